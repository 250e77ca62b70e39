// The sequence painter's arrows: one per segment, from its send to its arrival,
// styled by where the segment came from. Their labels: sequence_painter_labels.cpp.

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>

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
    paintPackets(p, f, shown);
}

// The segments in flight at the playhead, each a dot travelling along its arrow.
void SequencePainter::paintPackets(QPainter& p, const Frame& f,
                                   const std::vector<int>& arrows) const {
    if (!f.options->time)
        return;
    const double r = 6.0 * m_theme.lineScale;
    p.setPen(m_theme.pen(m_theme.background, 2.0));
    for (int i : arrows) {
        const Arrow& a = m_diagram->arrows[static_cast<std::size_t>(i)];
        const ArrowNow now = arrowNow(a, f);
        if (now.phase != Phase::InFlight || !f.visible.adjusted(-r, -r, r, r).contains(now.head))
            continue;
        p.setBrush(styleOf(a).color);
        p.drawEllipse(now.head, r, r);
    }
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
    // A segment on its way does not show yet that it will be lost.
    const QColor color = a.lost && now.phase != Phase::InFlight ? m_theme.lost : style.color;
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
        // The segment itself: paintPackets(), over the labels.
    } else if (a.lost) {
        p.setPen(m_theme.pen(m_theme.lost, 2.6));
        drawCross(p, to, 6.0 * m_theme.lineScale);
    } else if (!a.unfinished) {
        drawHead(p, from, to, color, m_theme.lineScale);
    }
    p.setOpacity(1.0);
}

} // namespace ui
