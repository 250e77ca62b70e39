#pragma once

#include "core/scenario_json.h"
#include "core/simulate.h"

#include <filesystem>
#include <string>

// The built-in scenarios of resources/scenarios, for the tests of core_tests
// (which define HL_SOURCE_DIR).
namespace testsupport {

inline std::filesystem::path libraryDir() {
    return std::filesystem::path(HL_SOURCE_DIR) / "resources/scenarios";
}

inline core::Scenario libraryScenario(const std::string& id) {
    return core::loadScenarioFile((libraryDir() / (id + ".json")).string());
}

inline core::Trace runLibraryScenario(const std::string& id) {
    return core::simulate(libraryScenario(id));
}

} // namespace testsupport
