#pragma once

#include "core/scenario.h"

#include <cstdint>

namespace testsupport {

// A random but valid scenario: one server, one or two client hosts, random
// links (delay, jitter, loss per direction), random application calls, and
// sometimes a crash and a restart. Timers are shortened so that every
// connection finishes well before the end. The same index gives the same scenario.
core::Scenario randomScenario(std::uint64_t index);

} // namespace testsupport
