// What the state machine view shows per endpoint, from the sequence diagram's lanes.

#include "ui/state_machine_view.h"

namespace ui {

std::vector<EndpointStatus> endpointStatuses(const SequenceDiagram& diagram,
                                             const EndpointStates& states, int event,
                                             const DiagramTheme& theme) {
    const std::vector<LaneStatus> lanes = states.at(event);
    std::vector<EndpointStatus> endpoints;
    for (std::size_t i = 0; i < lanes.size() && i < diagram.lifelines.size(); ++i) {
        if (!lanes[i].state && !lanes[i].last)
            continue;
        endpoints.push_back({QString::fromStdString(diagram.lifelines[i].label),
                             theme.endpoint(static_cast<int>(i)), lanes[i].state, lanes[i].last});
    }
    return endpoints;
}

} // namespace ui
