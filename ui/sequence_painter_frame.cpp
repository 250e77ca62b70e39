// The sequence painter's frame: the header with the lifeline labels and the
// time ruler, both drawn apart from the body so that a view can pin them.

#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

namespace ui {

using namespace paint_detail;

void SequencePainter::paintHeader(QPainter& p, const SequencePaintOptions& options) const {
    const Frame f = makeFrame(options);
    const double top = m_bounds.top();
    p.save();
    const double bottom = top + headerHeight();
    p.fillRect(QRectF(f.visible.left(), top, f.visible.width(), headerHeight()),
               m_theme.background);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(m_theme.pen(m_theme.lifeline, 1.0));
    p.drawLine(QPointF(f.visible.left(), bottom), QPointF(f.visible.right(), bottom));

    const QFontMetricsF& metrics = face(Face::Header).metrics;
    const QFontMetricsF& captionMetrics = face(Face::Small).metrics;
    const auto& lanes = m_diagram->lifelines;
    const double spacing = lanes.size() > 1 ? lanes[1].x - lanes[0].x : 240.0;
    const double chipHeight = metrics.height() + 8.0;
    const double chipTop = top + 6.0 * m_theme.fontScale;
    for (int i = f.firstLane; i < f.endLane; ++i) {
        const Lifeline& lane = lanes[static_cast<std::size_t>(i)];
        const QColor color = m_theme.endpoint(i);
        const QString label = QString::fromStdString(lane.label);
        const double w = staticText(label, Face::Header).size().width() + 16.0;
        const QRectF chip(lane.x - w / 2, chipTop, w, chipHeight);
        p.setPen(m_theme.pen(color, 2.0));
        p.drawLine(QPointF(lane.x, chip.bottom()), QPointF(lane.x, bottom));
        drawPill(p, chip, m_theme.fills ? color : m_theme.background, color, chipHeight / 2);
        p.setPen(m_theme.fills ? m_theme.chipText : m_theme.text);
        drawText(p, chip, Qt::AlignCenter, label, Face::Header);

        const QString caption = captionMetrics.elidedText(m_captions[static_cast<std::size_t>(i)],
                                                          Qt::ElideRight, spacing - 12.0);
        const double cw = staticText(caption, Face::Small).size().width() + 8.0;
        const QRectF captionBox(lane.x - cw / 2, chip.bottom() + 3.0, cw, captionMetrics.height());
        p.fillRect(captionBox, m_theme.background);
        p.setPen(m_theme.mutedText);
        drawText(p, captionBox, Qt::AlignCenter, caption, Face::Small);
    }
    p.restore();
}

void SequencePainter::paintRuler(QPainter& p, const SequencePaintOptions& options) const {
    const Frame f = makeFrame(options);
    const double left = m_bounds.left();
    const double width = rulerWidth();
    p.save();
    p.fillRect(QRectF(left, f.visible.top(), width, f.visible.height()), m_theme.background);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(m_theme.pen(m_theme.lifeline, 1.0));
    p.drawLine(QPointF(left + width, f.visible.top()), QPointF(left + width, f.visible.bottom()));

    const QFontMetricsF& metrics = face(Face::SmallBold).metrics;
    for (const TimeBreak& b : m_diagram->axis.breaks()) {
        if (b.y > f.visible.bottom() || b.y + b.height < f.visible.top())
            continue;
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(QRectF(left, b.y, width, b.height), m_theme.background);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(m_theme.mutedText);
        drawText(p, QRectF(left, b.y, width - 8.0, b.height), Qt::AlignRight, QStringLiteral("⋯"),
                 Face::Small);
    }
    p.setFont(face(Face::Small).font);
    if (m_diagram->axis.mode() == TimeAxisMode::Proportional)
        paintTicks(p, f);
    else
        paintRowTicks(p, f);

    if (options.time && f.playY >= f.visible.top() - metrics.height() &&
        f.playY <= f.visible.bottom() + metrics.height()) {
        const int decimals = decimalsFor(*options.time) > 3 ? 6 : 3;
        const QString text = tr("t = %1").arg(secondsText(*options.time, decimals));
        const double h = metrics.height() + 4.0;
        const double w =
            std::max(width - 4.0, staticText(text, Face::SmallBold).size().width() + 12);
        const QRectF box(left + 2.0, f.playY - h / 2, w, h); // wider than the ruler if need be
        drawPill(p, box, m_theme.playhead, m_theme.playhead, h / 2);
        p.setPen(m_theme.fills ? m_theme.chipText : m_theme.background);
        drawText(p, box, Qt::AlignCenter, text, Face::SmallBold);
    }
    p.restore();
}

// Ticks at round times (1, 2 or 5 times a power of ten), far enough apart for
// their labels, along each stretch of the axis between two breaks.
void SequencePainter::paintTicks(QPainter& p, const Frame& f) const {
    const TimeAxis& axis = m_diagram->axis;
    const double pxPerMicro = axis.pixelsPerSecond() / 1e6;
    if (pxPerMicro <= 0.0)
        return;
    const double minSpacing = 3.5 * face(Face::Small).metrics.height();
    long long step = 1;
    static constexpr std::array<long long, 3> kSteps = {1, 2, 5};
    for (long long decade = 1; decade < 1'000'000'000'000LL; decade *= 10) {
        const auto it = std::find_if(kSteps.begin(), kSteps.end(), [&](long long m) {
            return static_cast<double>(m * decade) * pxPerMicro >= minSpacing;
        });
        if (it != kSteps.end()) {
            step = *it * decade;
            break;
        }
    }
    const int decimals = decimalsFor(core::Micros{step});
    const double right = m_bounds.left() + rulerWidth();
    // Stretches of the axis drawn to scale: between the breaks. A tick whose
    // text would reach into a break is left out.
    const QFontMetricsF& metrics = face(Face::Small).metrics;
    const double half = metrics.height() / 2;
    std::vector<std::pair<double, double>> stretches;
    double from = -half;
    for (const TimeBreak& b : axis.breaks()) {
        stretches.emplace_back(from, b.y - half);
        from = b.y + b.height + half;
    }
    stretches.emplace_back(from, std::max(m_diagram->height, f.visible.bottom()));
    p.setPen(m_theme.pen(m_theme.mutedText, 1.0));
    for (const auto& [y0, y1] : stretches) {
        const double top = std::max({y0, f.visible.top() - half, 0.0});
        const double bottom = std::min(y1, f.visible.bottom() + half);
        if (bottom < top)
            continue;
        const long long t0 = axis.timeAt(top).count();
        const long long t1 = axis.timeAt(bottom).count();
        for (long long t = (t0 + step - 1) / step * step; t <= t1; t += step) {
            const double y = axis.y(core::Micros{t});
            p.drawLine(QPointF(right - 6.0, y), QPointF(right, y));
            drawText(p, QRectF(right - rulerWidth(), y - half, rulerWidth() - 9.0, 2 * half),
                     Qt::AlignRight, secondsText(core::Micros{t}, decimals), Face::Small);
        }
    }
}

// One row per event time: label the rows, skipping those too close to the last.
void SequencePainter::paintRowTicks(QPainter& p, const Frame& f) const {
    const auto& anchors = m_diagram->axis.anchors();
    const QFontMetricsF& metrics = face(Face::Small).metrics;
    const double right = m_bounds.left() + rulerWidth();
    auto it = std::partition_point(anchors.begin(), anchors.end(), [&](const TimeAxis::Anchor& a) {
        return a.y < f.visible.top() - metrics.height();
    });
    double last = -std::numeric_limits<double>::infinity();
    for (; it != anchors.end() && it->y <= f.visible.bottom() + metrics.height(); ++it) {
        if (it->y - last < metrics.height() + 2.0)
            continue;
        last = it->y;
        p.setPen(m_theme.pen(m_theme.mutedText, 1.0));
        p.drawLine(QPointF(right - 6.0, it->y), QPointF(right, it->y));
        // The rows on either side of a break say their times away from it.
        double top = it->y - metrics.height() / 2;
        for (const TimeBreak& b : m_diagram->axis.breaks()) {
            if (std::abs(b.y - it->y) < 0.5)
                top = it->y - metrics.height();
            else if (std::abs(b.y + b.height - it->y) < 0.5)
                top = it->y;
        }
        drawText(p, QRectF(right - rulerWidth(), top, rulerWidth() - 9.0, metrics.height()),
                 Qt::AlignRight, secondsText(it->t, decimalsFor(it->t) > 3 ? 6 : 3), Face::Small);
    }
}

} // namespace ui
