// The sequence painter's arrows: one per segment, from its send to its arrival,
// styled by where the segment came from, with its label along the line.

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace ui {

using namespace paint_detail;

namespace {

struct ArrowStyle {
    QColor color;
    Qt::PenStyle pen = Qt::SolidLine;
    double width = 1.6;
    QString tag; // said after the label: what is special about the segment
};

ArrowStyle styleOf(const Arrow& a, const DiagramTheme& t) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ui::SequencePainter", text);
    };
    if (a.injected)
        return {t.injected, Qt::SolidLine, 2.0, tr("injected")};
    if (a.duplicate)
        return {t.duplicate, Qt::DashDotLine, 1.6, tr("duplicate")};
    if (a.hostReset)
        return {t.hostReset, Qt::SolidLine, 1.8, tr("no socket: host resets")};
    if (a.challengeAck)
        return {t.challengeAck, Qt::SolidLine, 1.8, tr("challenge ACK")};
    if (a.synCookie)
        return {t.synCookie, Qt::SolidLine, 1.8, tr("SYN cookie")};
    if (a.keepaliveProbe)
        return {t.keepalive, Qt::DotLine, 1.6, tr("keep-alive probe")};
    if (a.retransmission)
        return {t.retransmission, Qt::DashLine, 1.6, tr("retransmission")};
    if (a.udp)
        return {t.udp, Qt::SolidLine, 1.0, {}};
    return {t.arrow, Qt::SolidLine, 1.6, {}};
}

void drawHead(QPainter& p, QPointF from, QPointF tip, const QColor& color, double scale) {
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6)
        return;
    const QPointF dir = d / len;
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = tip - dir * (kHeadLength * scale);
    const QPointF side = normal * (kHeadHalfWidth * scale);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(QPolygonF{tip, base + side, base - side});
}

} // namespace

void SequencePainter::paintArrows(QPainter& p, const Frame& f) const {
    const double margin = 3.0 * lineHeight();
    const QRectF area = f.visible.adjusted(-margin, -margin, margin, margin);
    std::vector<int> shown;
    int selected = -1;
    for (int i : m_arrowIndex.query(area.top(), area.bottom())) {
        const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(i)];
        if (std::max(a.from.x, a.to.x) < area.left() || std::min(a.from.x, a.to.x) > area.right())
            continue;
        if (hidden(a.from.y, f))
            continue;
        if (a.seg == f.options->selected && a.seg != core::kNone)
            selected = i;
        else
            shown.push_back(i);
    }
    for (int i : shown)
        paintArrowLine(p, f, i);
    if (selected >= 0) {
        paintArrowLine(p, f, selected); // on top of the others
        shown.push_back(selected);
    }
    if (f.options->layers.labels)
        paintArrowLabels(p, f, shown);
}

void SequencePainter::paintArrowLine(QPainter& p, const Frame& f, int index) const {
    const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(index)];
    const ArrowStyle style = styleOf(a, m_theme);
    const ArrowNow now = arrowNow(a, f);
    const QColor color = a.lost ? m_theme.lost : style.color;
    const QPointF from(a.from.x, a.from.y);
    const QPointF to(a.to.x, a.to.y);
    p.setOpacity(now.phase == Phase::Future ? kGhostOpacity : 1.0);
    if (a.seg == f.options->selected) {
        QColor halo = m_theme.selection;
        halo.setAlphaF(0.6f);
        p.setPen(m_theme.pen(halo, style.width + 7.0));
        p.drawLine(from, now.head);
    }
    p.setPen(m_theme.pen(color, style.width, style.pen));
    p.drawLine(from, now.head);
    if (now.phase == Phase::InFlight) {
        // The segment itself, travelling along its arrow.
        p.setPen(m_theme.pen(m_theme.background, 2.0));
        p.setBrush(color);
        const double r = 6.0 * m_theme.lineScale;
        p.drawEllipse(now.head, r, r);
    } else if (a.lost) {
        p.setPen(m_theme.pen(m_theme.lost, 2.6));
        drawCross(p, to, 6.0 * m_theme.lineScale);
    } else if (!a.unfinished) {
        drawHead(p, from, to, color, m_theme.lineScale);
    }
    p.setOpacity(1.0);
}

// Labels of arrows that leave one lane the same way at nearly the same time
// would print over each other: the later ones are left to the tooltip.
void SequencePainter::paintArrowLabels(QPainter& p, const Frame& f,
                                       const std::vector<int>& arrows) const {
    const double h = QFontMetricsF(m_theme.font(kLabelPx)).height();
    std::unordered_map<long long, double> lastY;
    for (int i : arrows) {
        const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(i)];
        const double dx = a.to.x - a.from.x;
        const double dy = a.to.y - a.from.y;
        const double cosine = std::abs(dx) / std::max(std::hypot(dx, dy), 1e-9);
        const long long key = (static_cast<long long>(a.fromLane) * 2 + (dx >= 0 ? 1 : 0)) * 64 +
                              m_labelSlot[static_cast<std::size_t>(i)];
        const auto last = lastY.find(key);
        const bool selected = a.seg == f.options->selected;
        if (!selected && last != lastY.end() && std::abs(a.from.y - last->second) * cosine < h)
            continue;
        paintArrowLabel(p, f, i);
        lastY[key] = a.from.y;
    }
}

// The label runs along the arrow, starting near the sender: arrows that cross
// in the middle (a simultaneous open) keep their labels apart. It sits below
// the line; a second segment on the same line puts its label above.
void SequencePainter::paintArrowLabel(QPainter& p, const Frame& f, int index) const {
    const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(index)];
    const QPointF from(a.from.x, a.from.y);
    const QPointF d = QPointF(a.to.x, a.to.y) - from;
    const double len = std::hypot(d.x(), d.y());
    const double available = len - kLabelMargin - kHeadLength - 8.0;
    if (available < 20.0)
        return;
    const bool rightward = d.x() >= 0;
    const double angle = std::atan2(rightward ? d.y() : -d.y(), rightward ? d.x() : -d.x());
    const bool selected = a.seg == f.options->selected;
    const ArrowStyle style = styleOf(a, m_theme);

    const QFont font = m_theme.font(kLabelPx, selected);
    QFont tagFont = m_theme.font(kSmallPx);
    tagFont.setItalic(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF tagMetrics(tagFont);
    QString text = m_arrowText[static_cast<std::size_t>(index)];
    double textWidth = metrics.horizontalAdvance(text);
    QString tag = style.tag;
    double tagWidth = tag.isEmpty() ? 0.0 : tagMetrics.horizontalAdvance(tag) + 6.0;
    if (textWidth + tagWidth > available) {
        tag.clear(); // the line's colour and dashes still say it
        tagWidth = 0.0;
        text = metrics.elidedText(text, Qt::ElideRight, available);
        textWidth = metrics.horizontalAdvance(text);
    }
    const double total = textWidth + tagWidth;
    const int slot = m_labelSlot[static_cast<std::size_t>(index)];
    const double row = (slot / 2) * metrics.height();
    const double baseline =
        slot % 2 == 0 ? 3.0 + metrics.ascent() + row : -3.0 - metrics.descent() - row;
    const double x0 = rightward ? kLabelMargin : -kLabelMargin - total;

    p.save();
    p.setOpacity(a.from.y > f.playY ? kGhostOpacity : 1.0);
    p.translate(from);
    p.rotate(angle * 180.0 / std::numbers::pi);
    QColor halo = m_theme.background;
    halo.setAlphaF(0.8f);
    p.fillRect(QRectF(x0 - 2.0, baseline - metrics.ascent() - 1.0, total + 4.0,
                      metrics.ascent() + metrics.descent() + 2.0),
               halo);
    p.setFont(font);
    p.setPen(m_theme.text);
    p.drawText(QPointF(x0, baseline), text);
    if (!tag.isEmpty()) {
        p.setFont(tagFont);
        p.setPen(a.lost ? m_theme.lost : style.color);
        p.drawText(QPointF(x0 + textWidth + 6.0, baseline), tag);
    }
    p.restore();
}

} // namespace ui
