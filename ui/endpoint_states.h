#pragma once

// Where each endpoint of a trace is in the RFC state diagram at a playback
// position: the state the sequence diagram's band shows on its lane, and the
// transition it took last. Built once per trace; each lookup is a binary
// search, so a view can ask every frame of a long trace.

#include "core/trace.h"
#include "ui/sequence_layout.h"

#include <array>
#include <optional>
#include <vector>

namespace ui {

// One StateChanged event of a trace.
struct StateTransition {
    core::ConnId conn = core::kNone;
    core::State from = core::State::Closed;
    core::State to = core::State::Closed;
    core::Rule rule = core::Rule::ActiveOpen;
    int event = -1; // index into Trace::events
    friend bool operator==(const StateTransition&, const StateTransition&) = default;
};

struct LaneStatus {
    // The state the lane's band shows; CLOSED once every connection of the
    // lane is closed; none before the lane has had a connection.
    std::optional<core::State> state;
    // The lane's most recent transition, of whichever of its connections.
    std::optional<StateTransition> last;
    friend bool operator==(const LaneStatus&, const LaneStatus&) = default;
};

class EndpointStates {
public:
    EndpointStates() = default;
    // `lanes` as layoutSequence() made them for `trace`: one per (host, port).
    EndpointStates(const core::Trace& trace, const std::vector<Lifeline>& lanes);

    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    // The lane's status once the events up to and including `event` have
    // happened; -1 is before the first event.
    LaneStatus at(int lane, int event) const;
    std::vector<LaneStatus> at(int event) const;

    // The index of the next StateChanged event into `state` after `afterEvent`,
    // wrapping round to the first; nullopt when no connection ever enters it.
    std::optional<int> nextEntryInto(core::State state, int afterEvent) const;

private:
    struct Change {
        int event = -1;
        LaneStatus status;
    };
    std::vector<std::vector<Change>> m_lanes;                        // per lane, by event
    std::array<std::vector<int>, core::kAllStates.size()> m_entries; // per state, event indices
};

// The same as EndpointStates::nextEntryInto, by one pass over the trace.
std::optional<int> nextEntryInto(const core::Trace& trace, core::State state, int afterEvent);

} // namespace ui
