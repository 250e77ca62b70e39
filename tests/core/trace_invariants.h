#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <string>
#include <vector>

namespace testsupport {

// Runs a scenario and checks what must hold for any scenario:
// - no state change outside RFC 9293's diagram (a host crash aside);
// - SND.UNA <= SND.NXT in every TCB after every step;
// - every connection's bytes are delivered once, in order;
// - on a connection both ends closed normally, every byte sent was delivered;
// - at the end each TCB is CLOSED, or a quiet ESTABLISHED / half-closed one
//   (nothing unacknowledged, no retransmission pending), or a listener.
// Returns one line per violation; empty when all hold.
std::vector<std::string> checkInvariants(const core::Scenario& scenario);

// The same, for a trace already made: the checks that need no TCB access.
std::vector<std::string> checkTraceInvariants(const core::Trace& trace);

// Prefix stability: the first difference between the events of `a` and `b`
// strictly before `t` (and the segments those events send), or "" if none.
std::string prefixDifference(const core::Trace& a, const core::Trace& b, core::Micros t);

} // namespace testsupport
