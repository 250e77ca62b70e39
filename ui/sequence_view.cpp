// SequenceView: state, geometry, scrolling and painting. Input handling is in
// sequence_view_input.cpp.

#include "ui/sequence_view.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace ui {

namespace {
constexpr double kZoomStep = 1.25;
} // namespace

SequenceView::SequenceView(QWidget* parent)
    : QAbstractScrollArea(parent), m_theme(DiagramTheme::forPalette(palette())) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
    relayout();
}

SequenceView::~SequenceView() = default;

void SequenceView::setTrace(std::shared_ptr<const core::Trace> trace) {
    m_trace = std::move(trace);
    if (m_trace && m_selected >= static_cast<core::SegId>(m_trace->segments.size()))
        m_selected = core::kNone;
    relayout();
}

void SequenceView::setOptions(const SequenceOptions& options) {
    const core::Micros atTop = m_diagram.axis.timeAt(visibleBody().top());
    const bool wasScrolled = verticalScrollBar()->value() > 0;
    m_options = options;
    relayout();
    if (wasScrolled) {
        const double y = (m_diagram.axis.y(atTop) - m_painter->bounds().top()) * m_zoom;
        verticalScrollBar()->setValue(static_cast<int>(std::lround(y - headerPixels())));
    }
}

void SequenceView::relayout() {
    m_diagram = m_trace ? layoutSequence(*m_trace, m_options) : SequenceDiagram{};
    m_painter = std::make_unique<SequencePainter>(m_diagram, m_theme, m_trace.get());
    updateScrollBars();
    viewport()->update();
}

void SequenceView::setTime(std::optional<core::Micros> time) {
    m_time = time;
    if (m_follow)
        scrollToPlayhead();
    viewport()->update();
}

void SequenceView::setFollowPlayhead(bool follow) {
    m_follow = follow;
    if (m_follow)
        scrollToPlayhead();
}

void SequenceView::setShowFuture(bool show) {
    m_showFuture = show;
    viewport()->update();
}

void SequenceView::setLayers(const DiagramLayers& layers) {
    m_layers = layers;
    viewport()->update();
}

void SequenceView::setTheme(const DiagramTheme& theme) {
    m_themeFromPalette = false;
    useTheme(theme);
}

void SequenceView::followPalette() {
    m_themeFromPalette = true;
    useTheme(DiagramTheme::forPalette(palette()));
}

void SequenceView::setScales(double fontScale, double lineScale) {
    m_fontScale = fontScale;
    m_lineScale = lineScale;
    useTheme(m_theme);
}

void SequenceView::useTheme(DiagramTheme theme) {
    theme.fontScale = m_fontScale;
    theme.lineScale = m_lineScale;
    m_theme = std::move(theme);
    m_painter->setTheme(m_theme);
    updateScrollBars();
    viewport()->update();
}

void SequenceView::setSelectedSegment(core::SegId seg) {
    m_selected = seg;
    viewport()->update();
}

void SequenceView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && m_themeFromPalette)
        useTheme(DiagramTheme::forPalette(palette()));
    QAbstractScrollArea::changeEvent(event);
}

double SequenceView::headerPixels() const {
    return m_painter->headerHeight() * m_zoom;
}

double SequenceView::rulerPixels() const {
    return m_painter->rulerWidth() * m_zoom;
}

// A diagram narrower than the view is centred in it; a wider one scrolls.
QPointF SequenceView::scrollOffset() const {
    const double content = m_painter->bounds().width() * m_zoom;
    const double pad = std::max(0.0, (viewport()->width() - content) / 2);
    return {horizontalScrollBar()->value() - pad,
            static_cast<double>(verticalScrollBar()->value())};
}

bool SequenceView::inRuler(QPointF viewportPos) const {
    const double left = std::max(0.0, -scrollOffset().x());
    return viewportPos.x() >= left - 1 && viewportPos.x() < left + rulerPixels() &&
           viewportPos.y() >= headerPixels();
}

QPointF SequenceView::mapToLogical(QPointF viewportPos) const {
    return (viewportPos + scrollOffset()) / m_zoom + m_painter->bounds().topLeft();
}

QPointF SequenceView::mapFromLogical(QPointF logical) const {
    return (logical - m_painter->bounds().topLeft()) * m_zoom - scrollOffset();
}

QRectF SequenceView::visibleBody() const {
    const QSizeF size = viewport()->size();
    return QRectF(mapToLogical(QPointF(rulerPixels(), headerPixels())),
                  mapToLogical(QPointF(size.width(), size.height())));
}

SequencePaintOptions SequenceView::paintOptions() const {
    SequencePaintOptions o;
    o.time = m_time;
    o.selected = m_selected;
    o.showFuture = m_showFuture;
    o.layers = m_layers;
    return o;
}

void SequenceView::updateScrollBars() {
    const QSizeF content = m_painter->bounds().size() * m_zoom;
    const QSize view = viewport()->size();
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(content.width())) - view.width()));
    verticalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(content.height())) - view.height()));
}

// Keeps the playhead between 10% and 90% of the body's height; when it leaves,
// it goes back to a third of the way down, so that what comes next shows.
void SequenceView::scrollToPlayhead() {
    if (!m_time)
        return;
    const double y = mapFromLogical(QPointF(0.0, m_diagram.axis.y(*m_time))).y();
    const double top = headerPixels();
    const double height = viewport()->height() - top;
    if (y >= top + 0.1 * height && y <= top + 0.9 * height)
        return;
    const double shift = y - (top + height / 3);
    verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                  static_cast<int>(std::lround(shift)));
}

void SequenceView::setZoom(double zoom, QPointF anchor) {
    const QPointF logical = mapToLogical(anchor);
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (clamped == m_zoom)
        return;
    m_zoom = clamped;
    updateScrollBars();
    const QPointF content = (logical - m_painter->bounds().topLeft()) * m_zoom - anchor;
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(content.x())));
    verticalScrollBar()->setValue(static_cast<int>(std::lround(content.y())));
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void SequenceView::zoomIn() {
    setZoom(m_zoom * kZoomStep, QRectF(viewport()->rect()).center());
}

void SequenceView::zoomOut() {
    setZoom(m_zoom / kZoomStep, QRectF(viewport()->rect()).center());
}

void SequenceView::resetZoom() {
    setZoom(1.0, QRectF(viewport()->rect()).center());
}

void SequenceView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SequenceView::scrollContentsBy(int, int) {
    viewport()->update();
}

// The body scrolls both ways; the ruler only up and down, the header only
// sideways; the corner where they meet stays blank.
void SequenceView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), m_theme.background);
    SequencePaintOptions o = paintOptions();
    o.visible = visibleBody();
    const QPointF origin = m_painter->bounds().topLeft();
    const QPointF scroll = scrollOffset();

    p.setTransform(QTransform::fromTranslate(-scroll.x(), -scroll.y())
                       .scale(m_zoom, m_zoom)
                       .translate(-origin.x(), -origin.y()));
    m_painter->paintBody(p, o);

    // The ruler stays at the left edge while the body scrolls sideways.
    p.setTransform(QTransform::fromTranslate(std::max(0.0, -scroll.x()), -scroll.y())
                       .scale(m_zoom, m_zoom)
                       .translate(-origin.x(), -origin.y()));
    m_painter->paintRuler(p, o);

    p.resetTransform();
    p.setClipRect(QRectF(std::max(0.0, -scroll.x()) + rulerPixels(), 0.0, viewport()->width(),
                         headerPixels()));
    p.setTransform(QTransform::fromTranslate(-scroll.x(), 0.0)
                       .scale(m_zoom, m_zoom)
                       .translate(-origin.x(), -origin.y()));
    m_painter->paintHeader(p, o);
    p.setClipping(false);
    p.resetTransform();
    p.fillRect(QRectF(std::max(0.0, -scroll.x()), 0.0, rulerPixels(), headerPixels()),
               m_theme.background);
}

} // namespace ui
