// The sequence painter: sizes, fonts and laid-out text, the frame of a paint,
// lifelines, time breaks, the playhead and hit testing.

#include "ui/sequence_painter.h"

#include "ui/sequence_painter_parts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <tuple>

namespace ui {

using namespace paint_detail;

SequencePainter::SequencePainter(const SequenceDiagram& diagram, DiagramTheme theme,
                                 const core::Trace* trace)
    : m_diagram(&diagram), m_trace(trace), m_theme(std::move(theme)) {
    prepare();
}

void SequencePainter::setTheme(DiagramTheme theme) {
    m_theme = std::move(theme);
    prepare(); // text sizes follow the theme's font scale
}

double SequencePainter::headerHeight() const {
    return 60.0 * m_theme.fontScale;
}

double SequencePainter::rulerWidth() const {
    return 84.0 * m_theme.fontScale;
}

double SequencePainter::laneRoom() const {
    return kBandHalf + kTimerGap + kMaxTimerColumns * kTimerColumn + kColumnGap +
           kColumnWidth * m_theme.fontScale;
}

double SequencePainter::columnX(int lane) const {
    const double x = m_diagram->lifelines[static_cast<std::size_t>(lane)].x;
    const double offset = kBandHalf + kTimerGap +
                          m_laneTimerColumns[static_cast<std::size_t>(lane)] * kTimerColumn +
                          kColumnGap;
    return outerLeft(lane) ? x - offset : x + offset;
}

double SequencePainter::timerX(int lane, int column) const {
    const double x = m_diagram->lifelines[static_cast<std::size_t>(lane)].x;
    const double offset = kBandHalf + kTimerGap + column * kTimerColumn;
    return outerLeft(lane) ? x - offset : x + offset;
}

void SequencePainter::prepare() {
    QFont tag = m_theme.font(kSmallPx);
    tag.setItalic(true);
    m_faces.clear();
    for (const QFont& font :
         {m_theme.font(kLabelPx), m_theme.font(kLabelPx, true), m_theme.font(kLabelPx * 0.9), tag,
          m_theme.font(kSmallPx), m_theme.font(kSmallPx, true), m_theme.font(kHeaderPx, true)})
        m_faces.emplace_back(font);
    m_texts.clear();
    prepareStyles();
    m_lineHeight = std::ceil(face(Face::Small).metrics.height()) + 5.0;
    prepareArrows();
    prepareLanes();
    prepareCaptions();
    const auto& lanes = m_diagram->lifelines;
    const double first = lanes.empty() ? 0.0 : lanes.front().x;
    const double last = lanes.empty() ? 0.0 : lanes.back().x;
    const double left = first - laneRoom() - rulerWidth();
    const double right = last + laneRoom();
    m_bounds = QRectF(QPointF(left, -headerHeight() - kTopMargin),
                      QPointF(right, std::max(m_diagram->height, 0.0) + kBottomMargin));
}

QStaticText SequencePainter::staticText(const QString& text, Face f) const {
    const QString key = QChar(u'0' + static_cast<int>(f)) + text;
    if (const QStaticText* cached = m_texts.object(key))
        return *cached;
    auto laidOut = std::make_unique<QStaticText>(text);
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), face(f).font);
    QStaticText copy = *laidOut;
    m_texts.insert(key, laidOut.release());
    return copy;
}

void SequencePainter::drawText(QPainter& p, const QRectF& box, Qt::Alignment align,
                               const QString& text, Face f) const {
    const QStaticText laidOut = staticText(text, f);
    const QSizeF size = laidOut.size();
    double x = box.left();
    if (align & Qt::AlignRight)
        x = box.right() - size.width();
    else if (align & Qt::AlignHCenter)
        x = box.center().x() - size.width() / 2;
    p.setFont(face(f).font);
    p.drawStaticText(QPointF(x, box.center().y() - size.height() / 2), laidOut);
}

std::pair<int, int> SequencePainter::lanesIn(double left, double right) const {
    const auto& lanes = m_diagram->lifelines;
    const auto first = std::partition_point(lanes.begin(), lanes.end(),
                                            [left](const Lifeline& l) { return l.x < left; });
    const auto last = std::partition_point(first, lanes.end(),
                                           [right](const Lifeline& l) { return l.x <= right; });
    return {static_cast<int>(first - lanes.begin()), static_cast<int>(last - lanes.begin())};
}

SequencePainter::Frame SequencePainter::makeFrame(const SequencePaintOptions& options) const {
    Frame f;
    f.options = &options;
    f.visible = options.visible.isEmpty() ? m_bounds : options.visible;
    if (options.time)
        f.playY = m_diagram->axis.y(*options.time);
    const double room = laneRoom() + 20.0;
    std::tie(f.firstLane, f.endLane) = lanesIn(f.visible.left() - room, f.visible.right() + room);
    return f;
}

void SequencePainter::paint(QPainter& painter, const SequencePaintOptions& options) const {
    SequencePaintOptions all = options;
    if (all.visible.isEmpty())
        all.visible = m_bounds;
    paintBody(painter, all);
    paintRuler(painter, all);
    paintHeader(painter, all);
}

void SequencePainter::paintBody(QPainter& p, const SequencePaintOptions& options) const {
    const Frame f = makeFrame(options);
    p.save();
    // A big plain fill is many times faster without antialiasing.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(f.visible, m_theme.background);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintLifelines(p, f);
    paintBreaks(p, f);
    if (options.layers.stateBands)
        paintBands(p, f);
    if (options.layers.timers)
        paintTimers(p, f);
    paintPlayhead(p, f); // under the segments travelling across it
    paintBreakMarks(p, f);
    paintArrows(p, f);
    paintColumnTexts(p, f);
    p.restore();
}

// Vertical lines are filled as thin rectangles: Qt strokes a tall antialiased
// line ten times slower.
void SequencePainter::paintLifelines(QPainter& p, const Frame& f) const {
    const double top = std::max(-kTopMargin, f.visible.top());
    const double bottom = std::min(m_diagram->height + kBottomMargin / 2, f.visible.bottom());
    if (bottom <= top)
        return;
    const double w = 1.2 * m_theme.lineScale;
    for (int i = f.firstLane; i < f.endLane; ++i) {
        const double x = m_diagram->lifelines[static_cast<std::size_t>(i)].x;
        p.fillRect(QRectF(x - w / 2, top, w, bottom - top), m_theme.lifeline);
    }
}

// Collapsed idle time: the lifelines turn dotted where time is not to scale.
void SequencePainter::paintBreaks(QPainter& p, const Frame& f) const {
    for (const TimeBreak& b : m_diagram->axis.breaks()) {
        if (b.y > f.visible.bottom() || b.y + b.height < f.visible.top())
            continue;
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(QRectF(f.visible.left(), b.y, f.visible.width(), b.height), m_theme.background);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(m_theme.pen(m_theme.lifeline, 1.2, Qt::DotLine));
        for (int i = f.firstLane; i < f.endLane; ++i) {
            const double x = m_diagram->lifelines[static_cast<std::size_t>(i)].x;
            p.drawLine(QPointF(x, b.y), QPointF(x, b.y + b.height));
        }
    }
}

void SequencePainter::paintBreakMarks(QPainter& p, const Frame& f) const {
    const auto& lanes = m_diagram->lifelines;
    const double laneLeft = lanes.empty() ? 0.0 : lanes.front().x;
    const double laneRight = lanes.empty() ? 0.0 : lanes.back().x;
    const QFontMetricsF& metrics = face(Face::Label).metrics;
    for (const TimeBreak& b : m_diagram->axis.breaks()) {
        if (b.y > f.visible.bottom() || b.y + b.height < f.visible.top())
            continue;
        // Two zig-zags across the diagram: "time is cut here". Separate lines:
        // Qt strokes a long polyline many times slower.
        p.setPen(m_theme.pen(m_theme.gapMark, 1.3));
        std::vector<QLineF> zigzag;
        const double start = std::floor(f.visible.left() / 12.0) * 12.0;
        for (const double yy : {b.y + b.height * 0.2, b.y + b.height * 0.8}) {
            for (double x = start; x <= f.visible.right() + 12.0; x += 12.0) {
                zigzag.emplace_back(QPointF(x, yy - 3.0), QPointF(x + 6.0, yy + 3.0));
                zigzag.emplace_back(QPointF(x + 6.0, yy + 3.0), QPointF(x + 12.0, yy - 3.0));
            }
        }
        p.drawLines(zigzag.data(), static_cast<int>(zigzag.size()));
        // The text stays in view while the diagram scrolls sideways.
        const QString text = tr("⋯ %1 skipped ⋯").arg(durationText(b.skipped));
        const double w = staticText(text, Face::Label).size().width() + 14.0;
        const double lo = std::max(laneLeft, f.visible.left() + w / 2);
        const double hi = std::min(laneRight, f.visible.right() - w / 2);
        const double cx = lo <= hi ? (laneLeft + laneRight) / 2 : f.visible.center().x();
        const double x = std::clamp(cx, std::min(lo, hi), std::max(lo, hi));
        const QRectF box(x - w / 2, b.y + b.height / 2 - metrics.height() / 2 - 2, w,
                         metrics.height() + 4);
        drawPill(p, box, m_theme.background, m_theme.gapMark, box.height() / 2);
        p.setPen(m_theme.mutedText);
        drawText(p, box, Qt::AlignCenter, text, Face::Label);
    }
}

void SequencePainter::paintPlayhead(QPainter& p, const Frame& f) const {
    if (!f.options->time || f.playY < f.visible.top() || f.playY > f.visible.bottom())
        return;
    p.setPen(m_theme.pen(m_theme.playhead, 1.6));
    p.drawLine(QPointF(f.visible.left(), f.playY), QPointF(f.visible.right(), f.playY));
}

SequencePainter::ArrowNow SequencePainter::arrowNow(const Arrow& a, const Frame& f) const {
    if (!f.options->time)
        return {Phase::Past, QPointF(a.to.x, a.to.y)};
    return arrowAt(a, f.playY);
}

SequencePainter::ArrowNow SequencePainter::arrowAt(const Arrow& a, double playY) {
    const QPointF from(a.from.x, a.from.y);
    const QPointF to(a.to.x, a.to.y);
    if (a.from.y > playY)
        return {Phase::Future, to};
    if (a.to.y <= playY)
        return {Phase::Past, to};
    const double f = (playY - a.from.y) / (a.to.y - a.from.y);
    return {Phase::InFlight, from + (to - from) * f};
}

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0.0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

} // namespace

std::optional<core::SegId> segmentAt(const SequenceDiagram& diagram, QPointF logical,
                                     double tolerance, std::optional<core::Micros> time) {
    const double playY = time ? diagram.axis.y(*time) : std::numeric_limits<double>::infinity();
    std::optional<core::SegId> best;
    double bestDistance = tolerance;
    for (const Arrow& a : diagram.arrows) {
        const double top = std::min(a.from.y, a.to.y) - tolerance;
        const double bottom = std::max(a.from.y, a.to.y) + tolerance;
        if (logical.y() < top || logical.y() > bottom)
            continue;
        const SequencePainter::ArrowNow now = SequencePainter::arrowAt(a, playY);
        if (now.phase == SequencePainter::Phase::Future)
            continue;
        const double d = distanceToSegment(logical, QPointF(a.from.x, a.from.y), now.head);
        if (d <= bestDistance) {
            bestDistance = d;
            best = a.seg;
        }
    }
    return best;
}

} // namespace ui
