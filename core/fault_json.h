#pragma once

// Internal to hl_core: the "faults" array of a scenario (docs/scenario-format.md).

#include "json_reader.h"
#include "scenario.h"

#include <vector>

namespace core::json {

// Reads the faults. Host names must be names of `hosts`.
std::vector<FaultSpec> readFaults(const Node& faults, const std::vector<HostSpec>& hosts);

// One fault as the format writes it: "at" (for a fault at a time), the kind's
// key, then the kind's other keys.
Json writeFault(const FaultSpec& fault);

} // namespace core::json
