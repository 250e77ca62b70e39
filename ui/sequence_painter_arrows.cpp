// The sequence painter's arrows: one per segment, from its send to its arrival,
// styled by where the segment came from, with its label along the line.

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace ui {

using namespace paint_detail;

namespace {

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

// Cuts the segment a-b to `r` (Liang-Barsky). A line across a thousand lanes
// would otherwise be stroked, and dashed, over its whole length. Returns false
// if nothing is left; `skipped` is how much was cut off at a's end.
bool clipToRect(QPointF& a, QPointF& b, const QRectF& r, double& skipped) {
    const QPointF d = b - a;
    double t0 = 0.0;
    double t1 = 1.0;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 > t1)
        return false;
    skipped = t0 * std::hypot(d.x(), d.y());
    b = a + d * t1;
    a = a + d * t0;
    return true;
}

// The kinds of arrow, in the order their look takes precedence.
enum ArrowKind : std::uint8_t {
    Injected,
    Duplicate,
    HostReset,
    ChallengeAck,
    SynCookie,
    KeepaliveProbe,
    Retransmission,
    Udp,
    Normal,
};

ArrowKind kindOf(const Arrow& a) {
    if (a.injected)
        return Injected;
    if (a.duplicate)
        return Duplicate;
    if (a.hostReset)
        return HostReset;
    if (a.challengeAck)
        return ChallengeAck;
    if (a.synCookie)
        return SynCookie;
    if (a.keepaliveProbe)
        return KeepaliveProbe;
    if (a.retransmission)
        return Retransmission;
    return a.udp ? Udp : Normal;
}

} // namespace

void SequencePainter::prepareStyles() {
    const DiagramTheme& t = m_theme;
    m_styles = {
        {t.injected, Qt::SolidLine, 2.0, tr("injected")},
        {t.duplicate, Qt::DashDotLine, 1.6, tr("duplicate")},
        {t.hostReset, Qt::SolidLine, 1.8, tr("no socket: host resets")},
        {t.challengeAck, Qt::SolidLine, 1.8, tr("challenge ACK")},
        {t.synCookie, Qt::SolidLine, 1.8, tr("SYN cookie")},
        {t.keepalive, Qt::DotLine, 1.6, tr("keep-alive probe")},
        {t.retransmission, Qt::DashLine, 1.6, tr("retransmission")},
        {t.udp, Qt::SolidLine, 1.0, {}},
        {t.arrow, Qt::SolidLine, 1.6, {}},
    };
}

const SequencePainter::ArrowStyle& SequencePainter::styleOf(const Arrow& arrow) const {
    return m_styles[kindOf(arrow)];
}

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
    paintLevelLines(p, f);
    if (selected >= 0) {
        paintArrowLine(p, f, selected); // on top of the others
        paintLevelLines(p, f);
        shown.push_back(selected);
    }
    if (f.options->layers.labels)
        paintArrowLabels(p, f, shown);
}

// A solid line that drops less than a device pixel over its length (an arrow
// across many lanes) is the same pixels as a thin rectangle. A crowded frame
// has thousands: they are filled together, unblended, many times faster than
// stroking each.
void SequencePainter::drawLine(QPainter& p, const Frame& f, const QPen& pen, QPointF a,
                               QPointF b) const {
    const QTransform t = p.combinedTransform();
    const bool level = pen.style() == Qt::SolidLine && t.type() <= QTransform::TxScale &&
                       std::abs((b.y() - a.y()) * t.m22()) < 0.75;
    if (!level) {
        p.setPen(pen);
        p.drawLine(a, b);
        return;
    }
    const double w = pen.widthF();
    const QRectF device = t.mapRect(
        QRectF(std::min(a.x(), b.x()), (a.y() + b.y() - w) / 2, std::abs(b.x() - a.x()), w));
    const double top = std::round(device.top());
    QColor color = pen.color();
    color.setAlphaF(color.alphaF() * static_cast<float>(p.opacity()));
    f.levelLines[color.rgba()].emplace_back(device.left(), top, device.width(),
                                            std::max(1.0, std::round(device.bottom()) - top));
}

namespace {

// The rows of device pixels that the rectangles cover, each row's runs merged:
// where a thousand level lines overlap, each pixel is filled once.
std::vector<QRect> mergedRows(const std::vector<QRectF>& rects) {
    std::vector<std::pair<int, std::pair<int, int>>> runs; // row, [left, right)
    for (const QRectF& r : rects) {
        const int left = static_cast<int>(std::floor(r.left()));
        const int right = static_cast<int>(std::ceil(r.right()));
        const int top = static_cast<int>(r.top());
        for (int row = top; row < top + static_cast<int>(r.height()); ++row)
            runs.push_back({row, {left, right}});
    }
    std::sort(runs.begin(), runs.end());
    std::vector<QRect> out;
    for (std::size_t i = 0; i < runs.size();) {
        const int row = runs[i].first;
        auto [left, right] = runs[i].second;
        for (++i; i < runs.size() && runs[i].first == row && runs[i].second.first <= right; ++i)
            right = std::max(right, runs[i].second.second);
        out.emplace_back(left, row, right - left, 1);
    }
    return out;
}

} // namespace

void SequencePainter::paintLevelLines(QPainter& p, const Frame& f) const {
    p.save();
    p.resetTransform();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (const auto& [rgba, rects] : f.levelLines) {
        p.setBrush(QColor::fromRgba(rgba));
        const std::vector<QRect> rows = mergedRows(rects);
        p.drawRects(rows.data(), static_cast<int>(rows.size()));
    }
    p.restore();
    f.levelLines.clear();
}

void SequencePainter::paintArrowLine(QPainter& p, const Frame& f, int index) const {
    const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(index)];
    const ArrowStyle& style = styleOf(a);
    const ArrowNow now = arrowNow(a, f);
    const QColor color = a.lost ? m_theme.lost : style.color;
    const QPointF from(a.from.x, a.from.y);
    const QPointF to(a.to.x, a.to.y);
    p.setOpacity(now.phase == Phase::Future ? kGhostOpacity : 1.0);
    const double margin = 20.0;
    QPointF start = from;
    QPointF end = now.head;
    double skipped = 0.0;
    if (clipToRect(start, end, f.visible.adjusted(-margin, -margin, margin, margin), skipped)) {
        if (a.seg == f.options->selected) {
            QColor halo = m_theme.selection;
            halo.setAlphaF(0.6f);
            drawLine(p, f, m_theme.pen(halo, style.width + 7.0), start, end);
        }
        QPen pen = m_theme.pen(color, style.width, style.pen);
        if (style.pen != Qt::SolidLine) // (an offset would make a solid pen a dashed one)
            pen.setDashOffset(skipped / pen.widthF()); // the dashes stay put while scrolling
        drawLine(p, f, pen, start, end);
    }
    // The end marks only where they can show: most arrows of a crowded frame
    // merely cross it.
    if (!f.visible.adjusted(-margin, -margin, margin, margin).contains(now.head)) {
        p.setOpacity(1.0);
        return;
    }
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
    const double h = face(Face::Label).metrics.height();
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
    // Cheap test first, before measuring any text: the label lies near the
    // first part of the line, no longer than its characters at their widest
    // (with room for a tag).
    const double widest =
        static_cast<double>(m_arrowText[static_cast<std::size_t>(index)].size() + 20) * kLabelPx *
        m_theme.fontScale;
    const QPointF reach = from + d * (std::min(len, kLabelMargin + widest) / len);
    const double around = 3.0 * lineHeight();
    const QRectF near = QRectF(from, reach).normalized().adjusted(-around, -around, around, around);
    if (!near.intersects(f.visible))
        return;
    const bool rightward = d.x() >= 0;
    const double angle = std::atan2(rightward ? d.y() : -d.y(), rightward ? d.x() : -d.x());
    const bool selected = a.seg == f.options->selected;
    const ArrowStyle& style = styleOf(a);

    const Face labelFace = selected ? Face::LabelBold : Face::Label;
    const QFontMetricsF& metrics = face(labelFace).metrics;
    QStaticText text = staticText(m_arrowText[static_cast<std::size_t>(index)], labelFace);
    double textWidth = text.size().width();
    QStaticText tag = style.tag.isEmpty() ? QStaticText() : staticText(style.tag, Face::Tag);
    double tagWidth = style.tag.isEmpty() ? 0.0 : tag.size().width() + 6.0;
    if (textWidth + tagWidth > available) {
        tagWidth = 0.0; // the line's colour and dashes still say it
        const QString elided = metrics.elidedText(m_arrowText[static_cast<std::size_t>(index)],
                                                  Qt::ElideRight, available);
        text = staticText(elided, labelFace);
        textWidth = text.size().width();
    }
    const double total = textWidth + tagWidth;
    const int slot = m_labelSlot[static_cast<std::size_t>(index)];
    const double row = (slot / 2) * metrics.height();
    const double top = slot % 2 == 0 ? 3.0 + row : -3.0 - metrics.height() - row;
    const double x0 = rightward ? kLabelMargin : -kLabelMargin - total;

    p.save();
    const bool ghost = a.from.y > f.playY;
    p.setOpacity(ghost ? kGhostOpacity : 1.0);
    p.translate(from);
    p.rotate(angle * 180.0 / std::numbers::pi);
    // A background behind the text keeps it readable across other lines. Only
    // opaque: Qt fills a rotated translucent rectangle several times slower.
    if (!ghost)
        p.fillRect(QRectF(x0 - 2.0, top - 1.0, total + 4.0, metrics.height() + 2.0),
                   m_theme.background);
    p.setFont(face(labelFace).font);
    p.setPen(m_theme.text);
    p.drawStaticText(QPointF(x0, top), text);
    if (tagWidth > 0.0) {
        // Baselines line up: the tag's font is smaller.
        const double shift = metrics.ascent() - face(Face::Tag).metrics.ascent();
        p.setFont(face(Face::Tag).font);
        p.setPen(a.lost ? m_theme.lost : style.color);
        p.drawStaticText(QPointF(x0 + textWidth + 6.0, top + shift), tag);
    }
    p.restore();
}

} // namespace ui
