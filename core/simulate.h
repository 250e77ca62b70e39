#pragma once

#include "scenario.h"
#include "trace.h"

namespace core {

// Runs a scenario to its end time. Pure and deterministic: the same scenario
// gives the same trace, byte for byte, and an edit at virtual time t leaves
// every event before t unchanged.
Trace simulate(const Scenario& scenario);

} // namespace core
