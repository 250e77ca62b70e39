#pragma once

// Internal to hl_core: what the edit functions of scenario_edit.h share.

#include "scenario.h"

#include <string>

namespace core::edit {

// Throws EditError when `at` is negative or after the scenario's end (a fault
// after the end does nothing, and unusedFaults() says so).
void checkTime(const Scenario& scenario, Micros at);
// Throws EditError when the scenario has no host of this name.
const HostSpec& requireHost(const Scenario& scenario, const std::string& name);
// Appends `fault` as the next edit.
Scenario addFault(Scenario scenario, FaultSpec fault);

} // namespace core::edit
