#pragma once

// The scrolling, zooming widget that shows one sequence diagram. It lays a
// trace out once per change and lets SequencePainter draw the visible part;
// the header with the lifeline labels and the time ruler stay pinned.

#include "ui/diagram_theme.h"
#include "ui/sequence_layout.h"
#include "ui/sequence_painter.h"

#include <QAbstractScrollArea>
#include <memory>
#include <optional>

class QMenu;

namespace ui {

class SequenceView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceView(QWidget* parent = nullptr);
    ~SequenceView() override;

    // Lays the trace out with options(); nullptr shows nothing. The selection
    // is kept if the segment still exists (an edit keeps earlier segment ids).
    void setTrace(std::shared_ptr<const core::Trace> trace);
    const std::shared_ptr<const core::Trace>& trace() const { return m_trace; }
    // Axis mode, scale, relative sequence numbers...: lays the trace out again,
    // keeping the time at the top of the view in place.
    void setOptions(const SequenceOptions& options);
    const SequenceOptions& options() const { return m_options; }
    const SequenceDiagram& diagram() const { return m_diagram; }

    // The playhead; nullopt draws everything as finished, with no playhead.
    void setTime(std::optional<core::Micros> time);
    std::optional<core::Micros> time() const { return m_time; }
    // While following, setTime() scrolls to keep the playhead in view.
    void setFollowPlayhead(bool follow);
    bool followPlayhead() const { return m_follow; }
    // Whether what happens after the playhead is drawn ghosted (else hidden).
    void setShowFuture(bool show);
    bool showFuture() const { return m_showFuture; }
    void setLayers(const DiagramLayers& layers);
    const DiagramLayers& layers() const { return m_layers; }
    // An explicit theme; until one is set the view follows its palette.
    void setTheme(const DiagramTheme& theme);
    // Back to the palette's light or dark theme after setTheme().
    void followPalette();
    // Text and line sizes (DiagramTheme::fontScale, lineScale) applied over
    // whichever theme is in use: larger text, a projector.
    void setScales(double fontScale, double lineScale);
    const DiagramTheme& theme() const { return m_theme; }
    // Highlights a segment; core::kNone clears. Emits nothing.
    void setSelectedSegment(core::SegId seg);
    core::SegId selectedSegment() const { return m_selected; }

    double zoom() const { return m_zoom; }
    // Sets the zoom (clamped to [kMinZoom, kMaxZoom]) keeping the diagram point
    // under `anchor` (viewport coordinates) in place.
    void setZoom(double zoom, QPointF anchor);
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;

    // Viewport position <-> diagram logical coordinates, for the scrolling body.
    QPointF mapToLogical(QPointF viewportPos) const;
    QPointF mapFromLogical(QPointF logical) const;
    // The part of the diagram shown, in logical coordinates: below the header
    // and right of the ruler.
    QRectF visibleBody() const;
    // The view's time, selection and layers, for drawing the whole diagram as
    // it is shown here (exports).
    SequencePaintOptions paintOptions() const;
    // What the tooltip over a segment says: label, lanes, times, origin.
    QString segmentToolTip(core::SegId seg) const;
    // The hands-on actions for a segment, as the context menu shows them.
    std::unique_ptr<QMenu> segmentMenu(core::SegId seg);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    // A click on an arrow (the view selects it too) ...
    void segmentClicked(core::SegId seg);
    // ... or elsewhere on the diagram or the ruler: the time drawn there.
    void timeClicked(core::Micros time);
    // Context menu or key D / L / U on the selected segment.
    void dropSegmentRequested(core::SegId seg);
    void delaySegmentRequested(core::SegId seg);
    void duplicateSegmentRequested(core::SegId seg);
    void zoomChanged(double zoom);

protected:
    bool event(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    void useTheme(DiagramTheme theme);
    void updateScrollBars();
    void scrollToPlayhead();
    QPointF scrollOffset() const; // viewport origin in zoomed content pixels
    bool inRuler(QPointF viewportPos) const;
    double headerPixels() const;
    double rulerPixels() const;
    std::optional<core::SegId> hitTest(QPointF viewportPos) const;
    core::Micros timeAtViewport(QPointF viewportPos) const;
    bool handlesShortcut(const QKeyEvent* event) const;
    static int zoomKey(const QKeyEvent* event);

    std::shared_ptr<const core::Trace> m_trace;
    SequenceOptions m_options;
    SequenceDiagram m_diagram;
    DiagramTheme m_theme;
    std::unique_ptr<SequencePainter> m_painter;
    bool m_themeFromPalette = true;
    double m_fontScale = 1.0;
    double m_lineScale = 1.0;
    std::optional<core::Micros> m_time;
    core::SegId m_selected = core::kNone;
    bool m_follow = false;
    bool m_showFuture = true;
    DiagramLayers m_layers;
    double m_zoom = 1.0;
};

} // namespace ui
