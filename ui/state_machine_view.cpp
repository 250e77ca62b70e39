#include "ui/state_machine_view.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <map>

namespace ui {
namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

// Black or white, whichever reads better on `fill`.
QColor textOn(const QColor& fill) {
    return fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QFont fontOfSize(const QFont& base, double pixels, bool bold = false) {
    QFont f = base;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

void paintArrowHead(QPainter& p, const Edge& e, const QColor& color, double size) {
    const QPointF tip = e.points.back();
    const QPointF back = e.points[e.points.size() - 2];
    const double len = std::hypot(tip.x() - back.x(), tip.y() - back.y());
    if (len <= 0.0)
        return;
    const QPointF dir = (tip - back) / len;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * size;
    const QPolygonF head({tip, base + normal * (size * 0.45), base - normal * (size * 0.45)});
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(head);
}

} // namespace

struct StateMachineView::Colors {
    QColor background;
    QColor text;
    QColor line;  // the figure's edges
    QColor faint; // the 3.10 extras
    QColor box;
};

StateMachineView::StateMachineView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void StateMachineView::setEndpoints(std::vector<EndpointStatus> endpoints) {
    m_endpoints = std::move(endpoints);
    update();
}

void StateMachineView::setFontScale(double scale) {
    m_fontScale = std::clamp(scale, 0.5, 3.0);
    update();
}

QSize StateMachineView::sizeHint() const {
    return {500, 515};
}

QSize StateMachineView::minimumSizeHint() const {
    return {250, 258};
}

StateMachineView::Colors StateMachineView::colors() const {
    const QPalette& pal = palette();
    Colors c;
    c.background = pal.color(QPalette::Base);
    c.text = pal.color(QPalette::Text);
    c.line = mix(c.background, c.text, 0.8);
    c.faint = mix(c.background, c.text, 0.4);
    c.box = mix(c.background, pal.color(QPalette::AlternateBase), 0.5);
    return c;
}

QTransform StateMachineView::toWidget(const QRectF& target) const {
    const QRectF canvas = m_layout.canvas();
    const double scale =
        std::min(target.width() / canvas.width(), target.height() / canvas.height());
    const QPointF offset(target.x() + (target.width() - canvas.width() * scale) / 2,
                         target.y() + (target.height() - canvas.height() * scale) / 2);
    return QTransform::fromTranslate(offset.x(), offset.y()).scale(scale, scale);
}

std::string StateMachineView::takenLabel(const Edge& edge, const EndpointStatus* endpoint) {
    return endpoint->last ? StateMachineLayout::takenLabel(edge, endpoint->last->rule) : edge.label;
}

const Edge* StateMachineView::edgeOf(const EndpointStatus& endpoint) const {
    if (!endpoint.last)
        return nullptr;
    return m_layout.edgeFor(endpoint.last->from, endpoint.last->to, endpoint.last->rule);
}

void StateMachineView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), colors().background);
    paint(p, QRectF(rect()).adjusted(4, 4, -4, -4));
}

void StateMachineView::paint(QPainter& painter, const QRectF& target) const {
    const Colors c = colors();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setTransform(toWidget(target), true);
    // Labels go over every line, so a highlighted edge passes under them.
    paintEdges(painter, c);
    paintHighlights(painter, c, false);
    paintBoxes(painter, c);
    paintLabels(painter, c);
    paintHighlights(painter, c, true);
    paintLegend(painter, c);
    painter.restore();
}

void StateMachineView::paintEdges(QPainter& p, const Colors& c) const {
    for (const Edge& e : m_layout.edges()) {
        if (e.kind == EdgeKind::NotTcp)
            continue; // only drawn when a teaching variant takes it
        const bool extra = e.kind == EdgeKind::Extra;
        const QColor color = extra ? c.faint : c.line;
        QPen pen(color, extra ? 1.2 : 1.6);
        if (extra)
            pen.setDashPattern({5.0, 4.0});
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(e.path());
        paintArrowHead(p, e, color, 10.0);
    }
}

void StateMachineView::paintLabels(QPainter& p, const Colors& c) const {
    std::vector<QRectF> labelled; // the abort paths share a label per side
    for (const Edge& e : m_layout.edges()) {
        if (e.kind == EdgeKind::NotTcp ||
            std::find(labelled.begin(), labelled.end(), e.labelRect) != labelled.end())
            continue;
        labelled.push_back(e.labelRect);
        paintLabel(p, e.labelRect, e.label, e.kind == EdgeKind::Extra ? c.faint : c.text,
                   c.background, false);
    }
}

// The RFC's way: the event above a short rule, the action below it.
void StateMachineView::paintLabel(QPainter& p, const QRectF& r, const std::string& words,
                                  const QColor& text, const QColor& back, bool emphasised) const {
    // The layout marks its labels with QT_TRANSLATE_NOOP in this context.
    const QString label = QCoreApplication::translate("ui::StateMachineLayout", words.c_str());
    const qsizetype split = label.indexOf(QLatin1String(" / "));
    const QString event = split < 0 ? label : label.left(split);
    const QString action = split < 0 ? QString() : label.mid(split + 3);
    QFont font = fontOfSize(this->font(), StateMachineLayout::kLabelFontSize, emphasised);
    const double wide = std::max(QFontMetricsF(font).horizontalAdvance(event),
                                 QFontMetricsF(font).horizontalAdvance(action));
    if (wide > r.width() - 2) // a wider font than the layout assumed: shrink to fit
        font = fontOfSize(font, StateMachineLayout::kLabelFontSize * (r.width() - 2) / wide,
                          emphasised);
    p.setPen(Qt::NoPen);
    p.setBrush(back);
    p.drawRoundedRect(r.adjusted(-2, -1, 2, 1), 4, 4);
    p.setFont(font);
    p.setPen(text);
    if (action.isEmpty()) {
        p.drawText(r, Qt::AlignCenter, event);
        return;
    }
    const QRectF top(r.left(), r.top(), r.width(), r.height() / 2);
    const QRectF bottom(r.left(), r.center().y(), r.width(), r.height() / 2);
    p.drawText(top, Qt::AlignHCenter | Qt::AlignBottom, event);
    p.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop, action);
    const double half = std::min(wide, r.width()) / 2;
    p.setPen(QPen(text, emphasised ? 1.2 : 0.8));
    p.drawLine(QPointF(r.center().x() - half, r.center().y()),
               QPointF(r.center().x() + half, r.center().y()));
}

void StateMachineView::paintHighlights(QPainter& p, const Colors& c, bool labels) const {
    // Endpoints that took the same edge share it: the first drawn widest.
    std::map<const Edge*, std::vector<const EndpointStatus*>> byEdge;
    for (const EndpointStatus& ep : m_endpoints) {
        if (const Edge* e = edgeOf(ep))
            byEdge[e].push_back(&ep);
    }
    for (const auto& [edge, eps] : byEdge) {
        if (labels) {
            const QColor tint = mix(c.background, eps.front()->color, 0.18);
            p.setPen(QPen(eps.front()->color, 2.0));
            p.setBrush(tint);
            p.drawRoundedRect(edge->labelRect.adjusted(-4, -3, 4, 3), 5, 5);
            paintLabel(p, edge->labelRect, takenLabel(*edge, eps.front()), c.text, tint, true);
            continue;
        }
        const double n = static_cast<double>(eps.size());
        for (std::size_t i = 0; i < eps.size(); ++i) {
            const double width = 4.0 + 3.0 * (n - 1 - static_cast<double>(i));
            p.setPen(QPen(eps[i]->color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(edge->path());
            paintArrowHead(p, *edge, eps[i]->color, 14.0 + 2.0 * (n - 1 - static_cast<double>(i)));
        }
    }
}

void StateMachineView::paintBoxes(QPainter& p, const Colors& c) const {
    std::vector<std::vector<const EndpointStatus*>> lit(m_layout.boxes().size());
    for (const EndpointStatus& ep : m_endpoints) {
        if (ep.state)
            lit[static_cast<std::size_t>(m_layout.boxFor(*ep.state, edgeOf(ep)))].push_back(&ep);
    }
    for (std::size_t b = 0; b < m_layout.boxes().size(); ++b) {
        const StateBox& box = m_layout.boxes()[b];
        if (!lit[b].empty()) {
            paintLitBox(p, box, lit[b], c);
            continue;
        }
        p.setPen(QPen(c.line, 1.6));
        p.setBrush(c.box);
        p.drawRoundedRect(box.rect, 8, 8);
        paintStateName(p, box.rect, box.state, c.text);
    }
}

// The name in RFC spelling, as large as the font scale asks and the box allows.
void StateMachineView::paintStateName(QPainter& p, const QRectF& area, core::State state,
                                      const QColor& color) const {
    const QString name = QString::fromUtf8(core::toString(state));
    const double wanted = StateMachineLayout::kStateFontSize * m_fontScale;
    const double wide = QFontMetricsF(fontOfSize(font(), wanted, true)).horizontalAdvance(name);
    const double fits = wanted * (area.width() - 10) / std::max(wide, 1.0);
    p.setFont(fontOfSize(font(), std::min(wanted, fits), true));
    p.setPen(color);
    p.drawText(area, Qt::AlignCenter, name);
}

// A lit box: filled in stripes of the endpoints' colours, one ring each,
// the state name above a chip per endpoint.
void StateMachineView::paintLitBox(QPainter& p, const StateBox& box,
                                   const std::vector<const EndpointStatus*>& lit,
                                   const Colors& c) const {
    QPainterPath shape;
    shape.addRoundedRect(box.rect, 8, 8);
    const double stripe = box.rect.width() / static_cast<double>(lit.size());
    p.save();
    p.setClipPath(shape);
    for (std::size_t i = 0; i < lit.size(); ++i)
        p.fillRect(QRectF(box.rect.left() + stripe * static_cast<double>(i), box.rect.top(), stripe,
                          box.rect.height()),
                   mix(c.background, lit[i]->color, 0.35));
    p.restore();
    p.setBrush(Qt::NoBrush);
    for (std::size_t i = 0; i < lit.size(); ++i) {
        const double out = 3.5 * static_cast<double>(i);
        p.setPen(QPen(lit[i]->color, 3.0));
        p.drawRoundedRect(box.rect.adjusted(-out, -out, out, out), 8 + out, 8 + out);
    }
    const QRectF upper(box.rect.left(), box.rect.top() + 2, box.rect.width(),
                       box.rect.height() * 0.55);
    paintStateName(p, upper, box.state, c.text);
    paintChips(p, box.rect, lit);
}

void StateMachineView::paintChips(QPainter& p, const QRectF& box,
                                  const std::vector<const EndpointStatus*>& lit) const {
    const QFont font = fontOfSize(this->font(), 11.0 * m_fontScale);
    const QFontMetricsF metrics(font);
    const double gap = 4.0;
    const double room = (box.width() - 8 - gap * static_cast<double>(lit.size() - 1)) /
                        static_cast<double>(lit.size());
    const double height = metrics.height() + 2;
    std::vector<QString> texts;
    double total = gap * static_cast<double>(lit.size() - 1);
    for (const EndpointStatus* ep : lit) {
        // "client:49152" that does not fit says "client", else as much as fits.
        const QString host = ep->name.left(ep->name.lastIndexOf(QLatin1Char(':')));
        const bool fits = metrics.horizontalAdvance(ep->name) <= room - 8;
        texts.push_back(
            metrics.elidedText(fits || host.isEmpty() ? ep->name : host, Qt::ElideRight, room - 8));
        total += metrics.horizontalAdvance(texts.back()) + 8;
    }
    double x = box.center().x() - total / 2;
    const double y = box.bottom() - height - 4;
    p.setFont(font);
    for (std::size_t i = 0; i < lit.size(); ++i) {
        const QRectF chip(x, y, metrics.horizontalAdvance(texts[i]) + 8, height);
        p.setPen(Qt::NoPen);
        p.setBrush(lit[i]->color);
        p.drawRoundedRect(chip, height / 2, height / 2);
        p.setPen(textOn(lit[i]->color));
        p.drawText(chip, Qt::AlignCenter, texts[i]);
        x = chip.right() + gap;
    }
}

void StateMachineView::paintLegend(QPainter& p, const Colors& c) const {
    const QFont plain = fontOfSize(font(), StateMachineLayout::kLabelFontSize * m_fontScale);
    const QFont bold = fontOfSize(font(), StateMachineLayout::kLabelFontSize * m_fontScale, true);
    const double row = QFontMetricsF(plain).height() + 5;
    // The top-left corner of Figure 5 is empty down to about y = 135.
    const auto fitting = static_cast<std::size_t>(std::max(1.0, std::floor(120.0 / row)));
    const std::size_t rows = m_endpoints.size() <= fitting ? fitting : fitting - 1;
    QPointF at(12, 12);
    for (std::size_t i = 0; i < m_endpoints.size() && i < rows; ++i) {
        const EndpointStatus& ep = m_endpoints[i];
        p.setPen(Qt::NoPen);
        p.setBrush(ep.color);
        p.drawRoundedRect(QRectF(at.x(), at.y() + row / 2 - 6, 12, 12), 3, 3);
        p.setFont(bold);
        p.setPen(c.text);
        const QRectF nameRect(at.x() + 18, at.y(), 400, row);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, ep.name);
        const double nameWidth = QFontMetricsF(bold).horizontalAdvance(ep.name);
        p.setFont(plain);
        const QString state =
            ep.state ? QString::fromUtf8(core::toString(*ep.state)) : tr("no connection");
        p.drawText(nameRect.adjusted(nameWidth + 10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   state);
        at.ry() += row;
    }
    if (m_endpoints.size() > rows) {
        p.setFont(plain);
        p.setPen(c.faint);
        p.drawText(QRectF(at.x() + 18, at.y(), 400, row), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("and %n more", nullptr, static_cast<int>(m_endpoints.size() - rows)));
    }
}

QTransform StateMachineView::canvasToWidget() const {
    return toWidget(QRectF(rect()).adjusted(4, 4, -4, -4));
}

std::optional<core::State> StateMachineView::stateUnder(QPointF widgetPos) const {
    bool invertible = false;
    const QTransform back = canvasToWidget().inverted(&invertible);
    if (!invertible)
        return std::nullopt;
    return m_layout.stateAt(back.map(widgetPos));
}

void StateMachineView::mouseMoveEvent(QMouseEvent* event) {
    setCursor(stateUnder(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void StateMachineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (const std::optional<core::State> s = stateUnder(event->position())) {
            emit stateClicked(*s);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

bool StateMachineView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    if (const std::optional<core::State> s = stateUnder(help->pos())) {
        QToolTip::showText(help->globalPos(), toolTipFor(*s), this);
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}

QString StateMachineView::toolTipFor(core::State state) const {
    QString text = QStringLiteral("<b>%1</b>: %2")
                       .arg(QString::fromUtf8(core::toString(state)), explanation(state));
    for (const EndpointStatus& ep : m_endpoints) {
        if (ep.state == state)
            text += QStringLiteral("<br>") + tr("%1 is here.").arg(ep.name.toHtmlEscaped());
    }
    return text;
}

// The definitions of RFC 9293 3.3.2, one line each.
QString StateMachineView::explanation(core::State state) {
    switch (state) {
    case core::State::Closed:
        return tr("no connection state at all");
    case core::State::Listen:
        return tr("waiting for a connection request from any remote TCP peer and port");
    case core::State::SynSent:
        return tr("waiting for a matching connection request after having sent a connection "
                  "request");
    case core::State::SynReceived:
        return tr("waiting for a confirming connection request acknowledgment after having both "
                  "received and sent a connection request");
    case core::State::Established:
        return tr("an open connection: data received can be delivered to the user; the normal "
                  "state for the data transfer phase");
    case core::State::FinWait1:
        return tr("waiting for a connection termination request from the remote TCP peer, or an "
                  "acknowledgment of the connection termination request previously sent");
    case core::State::FinWait2:
        return tr("waiting for a connection termination request from the remote TCP peer");
    case core::State::CloseWait:
        return tr("waiting for a connection termination request from the local user");
    case core::State::Closing:
        return tr("waiting for a connection termination request acknowledgment from the remote "
                  "TCP peer");
    case core::State::LastAck:
        return tr("waiting for an acknowledgment of the connection termination request "
                  "previously sent to the remote TCP peer");
    case core::State::TimeWait:
        return tr("waiting for enough time to pass to be sure the remote TCP peer received the "
                  "acknowledgment of its connection termination request, and that old duplicate "
                  "segments have left the network");
    }
    return {};
}

} // namespace ui
