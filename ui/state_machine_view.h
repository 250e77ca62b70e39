#pragma once

#include "ui/diagram_theme.h"
#include "ui/endpoint_states.h"
#include "ui/state_machine_layout.h"

#include <QColor>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

class QPainter;

namespace ui {

// One endpoint as the state machine view shows it.
struct EndpointStatus {
    QString name; // "client:49152"
    QColor color;
    std::optional<core::State> state;    // none: no connection yet, nothing lit
    std::optional<StateTransition> last; // highlighted in the endpoint's colour
};

// Each lane of `diagram` that has had a connection by `event` (-1: before the
// first), in its lane's colour from `theme`.
std::vector<EndpointStatus> endpointStatuses(const SequenceDiagram& diagram,
                                             const EndpointStates& states, int event,
                                             const DiagramTheme& theme);

// The RFC 9293 state diagram (Figure 5) with each endpoint's current state lit
// in its colour and the transition it took last drawn thick, its label
// emphasised. Clicking a state asks to jump to when an endpoint next entered it.
class StateMachineView : public QWidget {
    Q_OBJECT

public:
    explicit StateMachineView(QWidget* parent = nullptr);

    void setEndpoints(std::vector<EndpointStatus> endpoints);
    const std::vector<EndpointStatus>& endpoints() const { return m_endpoints; }

    // Scales state names, chips and the legend, e.g. for a projector.
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }

    const StateMachineLayout& layout() const { return m_layout; }
    // Draws the whole diagram fitted into `target`, keeping its aspect ratio,
    // over whatever is there (the widget fills its Base colour first); the
    // widget and any exporter use this one function.
    void paint(QPainter& painter, const QRectF& target) const;
    // Logical layout coordinates -> this widget's coordinates.
    QTransform canvasToWidget() const;

    // One line on what a connection in `state` waits for (RFC 9293 3.3.2).
    static QString explanation(core::State state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stateClicked(core::State state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Colors;
    Colors colors() const;
    QTransform toWidget(const QRectF& target) const;
    std::optional<core::State> stateUnder(QPointF widgetPos) const;
    QString toolTipFor(core::State state) const;
    const Edge* edgeOf(const EndpointStatus& endpoint) const;

    void paintEdges(QPainter& p, const Colors& c) const;
    void paintLabels(QPainter& p, const Colors& c) const;
    static std::string takenLabel(const Edge& edge, const EndpointStatus* endpoint);
    void paintLabel(QPainter& p, const QRectF& r, const std::string& words, const QColor& text,
                    const QColor& back, bool emphasised) const;
    // The taken edges' lines, or (labels) their emphasised labels.
    void paintHighlights(QPainter& p, const Colors& c, bool labels) const;
    void paintBoxes(QPainter& p, const Colors& c) const;
    void paintLitBox(QPainter& p, const StateBox& box,
                     const std::vector<const EndpointStatus*>& lit, const Colors& c) const;
    void paintStateName(QPainter& p, const QRectF& area, core::State state,
                        const QColor& color) const;
    void paintChips(QPainter& p, const QRectF& box,
                    const std::vector<const EndpointStatus*>& lit) const;
    void paintLegend(QPainter& p, const Colors& c) const;

    StateMachineLayout m_layout;
    std::vector<EndpointStatus> m_endpoints;
    double m_fontScale = 1.0;
};

} // namespace ui
