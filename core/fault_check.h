#pragma once

#include "scenario.h"
#include "trace.h"

#include <cstddef>
#include <string>
#include <vector>

namespace core {

// A fault of a scenario that did nothing in its trace.
struct FaultProblem {
    std::size_t fault;    // index into Scenario::faults
    std::string jsonPath; // "/faults/2"
    std::string problem;  // "matched no segment (no segment from client with flags SYN was sent)"
};

// The faults that had no effect in `trace`, which simulate(scenario) made:
// - a drop, delay, duplicate or partition that matched no segment (saying
//   why), or only segments that another fault had already dropped;
// - a fault at a time after the scenario's end;
// - an inject whose sending host was down each time it was due.
// Such a scenario does not show what its author meant. A caller that rejects
// it can say so as ScenarioError(file, p.jsonPath, p.problem) does:
// "<file>: /faults/2: matched no segment (...)".
std::vector<FaultProblem> unusedFaults(const Scenario& scenario, const Trace& trace);

} // namespace core
