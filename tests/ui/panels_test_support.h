#pragma once

// Traces and scenarios for the tests of the event log, the library panel and
// playback: the built-in scenario files, simulated.

#include "core/scenario_json.h"
#include "core/simulate.h"

#include <memory>
#include <string>

namespace panels_test {

inline std::string scenarioPath(const std::string& id) {
    return std::string(HL_SOURCE_DIR) + "/resources/scenarios/" + id + ".json";
}

inline std::shared_ptr<const core::Trace> builtInTrace(const std::string& id) {
    return std::make_shared<const core::Trace>(
        core::simulate(core::loadScenarioFile(scenarioPath(id))));
}

} // namespace panels_test
