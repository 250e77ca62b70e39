#pragma once

// Draws a SequenceDiagram onto any QPainter: the widget, PNG, SVG and PDF all
// use this one painter, so an export is exactly what was on screen. Geometry
// comes from layoutSequence(); the constructor indexes it once, and a frame
// draws only what meets the visible rectangle. Sizes are logical pixels (text
// in pixel sizes too): scale the QPainter for zoom, high DPI or a 2x PNG.
//
// Endpoint colours: lane i of the diagram is theme.endpoint(i), for any other
// view that wants to match.

#include "ui/diagram_theme.h"
#include "ui/sequence_layout.h"
#include "ui/sequence_painter_index.h"

#include <QCache>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPolygonF>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <limits>
#include <map>
#include <optional>
#include <vector>

class QPainter;

namespace ui {

// What is drawn besides lifelines and arrows.
struct DiagramLayers {
    bool stateBands = true;
    bool timers = true;
    bool appNotes = true;
    bool labels = true; // the text on arrows
    friend bool operator==(const DiagramLayers&, const DiagramLayers&) = default;
};

struct SequencePaintOptions {
    // The playhead. nullopt: everything is drawn as finished, with no playhead.
    std::optional<core::Micros> time;
    core::SegId selected = core::kNone;
    bool showFuture = true; // what happens after `time` is drawn ghosted, else hidden
    DiagramLayers layers;
    // The logical rectangle to draw (the part of the body a view shows); empty:
    // all of bounds().
    QRectF visible;
};

class SequencePainter {
    Q_DECLARE_TR_FUNCTIONS(ui::SequencePainter)

public:
    // Keeps references to `diagram` and `trace`, which must outlive the painter.
    // The trace is optional: it gives the lanes their role captions. Painting
    // caches laid-out text, so a painter is used by one thread at a time.
    SequencePainter(const SequenceDiagram& diagram, DiagramTheme theme,
                    const core::Trace* trace = nullptr);

    const SequenceDiagram& diagram() const { return *m_diagram; }
    const DiagramTheme& theme() const { return m_theme; }
    void setTheme(DiagramTheme theme);

    // Everything that may be drawn, in the diagram's logical coordinates: the
    // lanes (lifeline x, y from 0 to the diagram's height) with room for the
    // state labels beside the outer lanes, the time ruler left of that
    // (x < 0) and the header with the lifeline labels above (y < 0).
    QRectF bounds() const { return m_bounds; }
    double headerHeight() const;
    double rulerWidth() const;

    // The whole picture as exported: body, ruler at the left, header on top.
    void paint(QPainter& painter, const SequencePaintOptions& options) const;
    // The three parts alone, so that a view can pin the header and the ruler
    // while the body scrolls. Paint the body first.
    void paintBody(QPainter& painter, const SequencePaintOptions& options) const;
    // x from bounds().left() for rulerWidth(), over the visible heights.
    void paintRuler(QPainter& painter, const SequencePaintOptions& options) const;
    // y from bounds().top() for headerHeight(), over the visible widths.
    void paintHeader(QPainter& painter, const SequencePaintOptions& options) const;

    // Where an arrow's line ends with the playhead at height `playY`: not yet
    // sent (Future), still on its way (InFlight, `head` on the line at playY)
    // or arrived / lost (Past, `head` at its end).
    enum class Phase : std::uint8_t { Past, InFlight, Future };
    struct ArrowNow {
        Phase phase = Phase::Past;
        QPointF head;
    };
    static ArrowNow arrowAt(const Arrow& arrow, double playY);

private:
    // A text (state name, app note, timer label) in the column beside a lane.
    struct ColumnItem {
        double y = 0.0;    // top, after pushing it below the items above it
        bool shown = true; // false: no room near its height, left out
    };
    // Fonts and their metrics, made once: making a QFont per text costs a
    // font database lookup each time.
    enum class Face : std::uint8_t { Label, LabelBold, LabelNarrow, Tag, Small, SmallBold, Header };
    struct Typeface {
        explicit Typeface(const QFont& f) : font(f), metrics(f) {}
        QFont font;
        QFontMetricsF metrics;
    };
    const Typeface& face(Face f) const { return m_faces[static_cast<std::size_t>(f)]; }
    // A laid-out text, cached: shaping the same string again each frame
    // would cost more than drawing it.
    QStaticText staticText(const QString& text, Face f) const;
    // `text` in `box`, aligned, vertically centred, with the painter's pen.
    void drawText(QPainter& p, const QRectF& box, Qt::Alignment align, const QString& text,
                  Face f) const;
    // How an arrow is drawn, by where its segment came from; made per theme.
    struct ArrowStyle {
        QColor color;
        Qt::PenStyle pen = Qt::SolidLine;
        double width = 1.6;
        QString tag; // said after the label: what is special about the segment
    };
    const ArrowStyle& styleOf(const Arrow& arrow) const;
    void prepareStyles();
    // What one paint call works with.
    struct Frame {
        const SequencePaintOptions* options = nullptr;
        QRectF visible;
        double playY = std::numeric_limits<double>::infinity(); // no playhead: all is past
        int firstLane = 0; // lanes [firstLane, endLane) may show something
        int endLane = 0;
        // Nearly level lines, filled together as device-pixel rectangles after
        // the others: by colour (with opacity), the rectangles in device pixels.
        mutable std::map<QRgb, std::vector<QRectF>> levelLines;
    };

    void prepare();
    void prepareArrows();
    void prepareLanes();
    void prepareCaptions();
    Frame makeFrame(const SequencePaintOptions& options) const;
    std::pair<int, int> lanesIn(double left, double right) const;
    // The height of a line of small text in a box (state names, notes...).
    double lineHeight() const { return m_lineHeight; }
    double laneRoom() const;
    double columnX(int lane) const; // the text column's edge next to the lane
    bool outerLeft(int lane) const { return lane == 0; }
    double timerX(int lane, int column) const;
    ArrowNow arrowNow(const Arrow& arrow, const Frame& frame) const;
    bool hidden(double y, const Frame& f) const { return y > f.playY && !f.options->showFuture; }

    void paintLifelines(QPainter& p, const Frame& f) const;
    void paintBreaks(QPainter& p, const Frame& f) const;
    void paintBreakMarks(QPainter& p, const Frame& f) const;
    void paintBands(QPainter& p, const Frame& f) const;
    void paintTimers(QPainter& p, const Frame& f) const;
    void paintTimer(QPainter& p, const Frame& f, int index) const;
    void paintArrows(QPainter& p, const Frame& f) const;
    void paintArrowLine(QPainter& p, const Frame& f, int index) const;
    void drawLine(QPainter& p, const Frame& f, const QPen& pen, QPointF a, QPointF b) const;
    void paintLevelLines(QPainter& p, const Frame& f) const;
    void paintPackets(QPainter& p, const Frame& f, const std::vector<int>& arrows) const;
    void paintArrowLabels(QPainter& p, const Frame& f, const std::vector<int>& arrows) const;
    // What a label must keep off: labels drawn so far, and lines of arrows.
    struct LabelObstacles {
        std::vector<QPolygonF> labels;
        std::vector<std::pair<int, QPolygonF>> lines; // arrow index, thin outline
        // Whether `area` keeps off the labels and the lines of arrows other
        // than `arrow`; kAnyArrow: off the labels only.
        bool clear(const QPolygonF& area, int arrow) const;
    };
    void paintArrowLabel(QPainter& p, const Frame& f, int index, LabelObstacles& obstacles) const;
    // An arrow's label laid out: one line (with the tag if it fits) or two.
    struct LabelText {
        std::vector<QStaticText> lines;
        std::optional<QStaticText> tag;
        bool tagBelow = false; // the tag on a line of its own
        Face face = Face::Label;
        double width = 0.0;
        std::size_t rows() const { return lines.size() + (tagBelow ? 1 : 0); }
    };
    LabelText labelText(int index, Face labelFace, double available) const;
    std::optional<LabelText> twoLineText(int index, Face labelFace) const;
    void drawLabel(QPainter& p, const Frame& f, const Arrow& a, const QTransform& along,
                   const LabelText& text, const QRectF& box) const;
    void paintColumnTexts(QPainter& p, const Frame& f) const;
    void paintBandChips(QPainter& p, const Frame& f, int lane) const;
    void paintTimerTexts(QPainter& p, const Frame& f, bool countdowns) const;
    void paintNotes(QPainter& p, const Frame& f) const;
    void packColumns();
    bool columnFree(int lane, double top) const;
    struct ColumnText {
        QString text;
        QColor color;
        QColor fill;
        QColor border;
        bool bold = false;
    };
    void paintColumnText(QPainter& p, int lane, double top, const ColumnText& text,
                         std::optional<QPointF> leaderFrom) const;
    void paintPlayhead(QPainter& p, const Frame& f) const;
    void paintTicks(QPainter& p, const Frame& f) const;
    void paintRowTicks(QPainter& p, const Frame& f) const;

    const SequenceDiagram* m_diagram;
    const core::Trace* m_trace;
    DiagramTheme m_theme;
    QRectF m_bounds;
    double m_lineHeight = 20.0;
    std::vector<Typeface> m_faces; // by Face
    mutable QCache<QString, QStaticText> m_texts{4000};

    SpanIndex m_arrowIndex;
    std::vector<ArrowStyle> m_styles; // by arrow kind, see styleOf()
    // Per arrow, where its label goes: 0 below the line, 1 above, kNoLabel none
    // (one of a burst of segments on one line).
    std::vector<int> m_labelSlot;
    static constexpr int kNoLabel = -1;
    static constexpr int kAnyArrow = -2;
    // Per arrow: how far from its sender it crosses another arrow between the
    // same two lanes (infinity: it does not).
    std::vector<double> m_crossAt;
    std::vector<bool> m_labelFirst; // per arrow: its label is placed before the others
    std::vector<int> m_crossedBy;   // that other arrow, or -1
    std::vector<QString> m_arrowText;
    std::vector<QString> m_noteText, m_timerText; // as shown, in the reader's language
    std::vector<std::vector<int>> m_bandsByLane;  // band indices by y0
    SpanIndex m_timerIndex;
    std::vector<int> m_timerColumn;
    std::vector<int> m_laneTimerColumns;
    std::vector<int> m_notesByY;
    std::vector<ColumnItem> m_bandChips, m_noteItems, m_timerItems;
    std::vector<std::vector<double>> m_columnTops; // per lane, the shown items' tops in order
    std::vector<QString> m_captions;
};

// The segment whose drawn arrow passes within `tolerance` of `logical`, the
// nearest if several do. A lost arrow ends where it was lost. With `time`, an
// arrow counts only as far as it is drawn at that time (none before it is sent).
std::optional<core::SegId> segmentAt(const SequenceDiagram& diagram, QPointF logical,
                                     double tolerance,
                                     std::optional<core::Micros> time = std::nullopt);

} // namespace ui
