#include "ui/lab_state_at.h"

#include <variant>

namespace ui {

std::map<core::ConnId, core::State> statesAt(const core::Trace& trace, core::Micros now) {
    std::map<core::ConnId, core::State> states;
    for (const core::TraceEvent& e : trace.events) {
        if (e.t > now)
            break;
        if (const auto* changed = std::get_if<core::StateChanged>(&e.body))
            states[changed->conn] = changed->to;
    }
    return states;
}

std::vector<core::ConnId> rstTargetsAt(const core::Trace& trace, core::Micros now) {
    std::vector<core::ConnId> targets;
    for (const auto& [conn, state] : statesAt(trace, now)) {
        const core::ConnInfo& info = trace.conns[static_cast<std::size_t>(conn)];
        if (state != core::State::Closed && state != core::State::Listen &&
            info.protocol == core::Protocol::Tcp && info.remotePort != 0)
            targets.push_back(conn);
    }
    return targets;
}

} // namespace ui
