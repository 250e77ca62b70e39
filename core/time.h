#pragma once

#include <chrono>

namespace core {

// Virtual time of the simulator: integer microseconds since the scenario starts.
// Nothing in core reads a wall clock.
using Micros = std::chrono::microseconds;

using namespace std::chrono_literals;

} // namespace core
