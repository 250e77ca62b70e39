#pragma once

// The RFC 9293 state diagram (3.3.2, Figure 5) as geometry: state boxes and
// transition edges in a fixed logical space, placed as the RFC draws them.
// No painting here: the layout is tested without pixels, and
// StateMachineView draws it.

#include "core/rule.h"
#include "core/state.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>
#include <string>
#include <vector>

namespace ui {

struct StateBox {
    core::State state = core::State::Closed;
    QRectF rect;
};

enum class EdgeKind : std::uint8_t {
    Figure, // drawn in RFC 9293 Figure 5
    Extra,  // allowed by the event processing rules of 3.10 (RST, ABORT, timeouts ...)
    NotTcp, // a teaching variant's transition, outside the RFC on purpose: drawn only when taken
};

// Where an edge's label sits relative to its anchor point.
enum class LabelSide : std::uint8_t {
    Above,
    Below,
    Left,
    Right,
    AboveLeft,
    AboveRight,
    BelowLeft,
    BelowRight
};

struct Edge {
    core::State from = core::State::Closed;
    core::State to = core::State::Closed;
    int fromBox = 0; // indices into StateMachineLayout::boxes()
    int toBox = 0;
    EdgeKind kind = EdgeKind::Figure;
    // The rules this edge stands for. Empty: every rule between these two
    // states that no other edge names (the RST / ABORT / timeout paths).
    std::vector<core::Rule> rules;
    std::string label;           // "event / action" in the RFC's words: "rcv SYN / snd SYN,ACK"
    QRectF labelRect;            // where the label goes: event above a rule, action below
    std::vector<QPointF> points; // polyline from the source box border to the target's

    std::string event() const;  // "rcv SYN"
    std::string action() const; // "snd SYN,ACK"; empty when the label has none
    // The polyline with rounded corners.
    QPainterPath path() const;
};

class StateMachineLayout {
public:
    // Font size of labels and of state names, in logical units; label rects
    // are sized for it.
    static constexpr double kLabelFontSize = 13.0;
    static constexpr double kStateFontSize = 15.0;

    StateMachineLayout();

    QRectF canvas() const { return m_canvas; }
    // Twelve boxes: CLOSED is drawn twice, at the top and at the bottom, as in the RFC.
    const std::vector<StateBox>& boxes() const { return m_boxes; }
    const std::vector<Edge>& edges() const { return m_edges; }

    // The edge for a transition: the one naming `rule`, else the catch-all
    // edge between the two states, else any edge between them; nullptr when
    // the diagram has no edge from `from` to `to`.
    const Edge* edgeFor(core::State from, core::State to, core::Rule rule) const;
    // The label to emphasise when `edge` is taken by `rule`: the edge's own,
    // or for a shared RST / ABORT / timeout path the words of that rule.
    static std::string takenLabel(const Edge& edge, core::Rule rule);
    // The state whose box contains `point`, if any.
    std::optional<core::State> stateAt(QPointF point) const;
    // The box showing `state`; for CLOSED the one `via` ends in, else the top one.
    int boxFor(core::State state, const Edge* via = nullptr) const;

    // The size a label needs at kLabelFontSize: event above action.
    static QSizeF labelSize(const std::string& label);

private:
    int addBox(core::State state, QPointF centre);
    void addOpeningEdges();
    void addHandshakeEdges();
    void addClosingEdges();
    void addExtraEdges();
    void addAbortPaths();
    void addEdge(core::State from, core::State to, EdgeKind kind, const char* label,
                 std::vector<QPointF> points, QPointF labelAnchor, LabelSide side,
                 std::vector<core::Rule> rules);

    QRectF m_canvas;
    std::vector<StateBox> m_boxes;
    std::vector<Edge> m_edges;
    int m_closedTop = 0;
};

} // namespace ui
