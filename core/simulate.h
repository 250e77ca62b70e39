#pragma once

#include "scenario.h"
#include "trace.h"

#include <functional>

namespace core {

// Runs a scenario to its end time. Pure and deterministic: the same scenario
// gives the same trace, byte for byte, and an edit at virtual time t leaves
// every event before t unchanged.
Trace simulate(const Scenario& scenario);

class Connection;
// Called after every step of the simulation with each connection that took
// part in it, so tests can check the TCB's variables. It must not change anything.
using ConnectionObserver = std::function<void(Micros now, const Connection& tcb)>;
Trace simulate(const Scenario& scenario, const ConnectionObserver& observe);

} // namespace core
