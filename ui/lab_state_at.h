#pragma once

// What a trace says about one moment, for the lab's controls.

#include "core/trace.h"

#include <map>
#include <vector>

namespace ui {

// The state each connection was in at `now` (after the events at `now`);
// connections with no state change by then are missing.
std::map<core::ConnId, core::State> statesAt(const core::Trace& trace, core::Micros now);

// The connections a RST can target at `now`: TCP, with a peer, neither CLOSED
// nor LISTEN; in the order they were made.
std::vector<core::ConnId> rstTargetsAt(const core::Trace& trace, core::Micros now);

} // namespace ui
