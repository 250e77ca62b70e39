#pragma once

// Scenarios the benchmarks share.

#include "core/scenario.h"

namespace testsupport {

// `count` connections from one client host to a server listening on port 80,
// one every `apart`: each opens, sends 1000 bytes, gets 1000 back and closes
// (about ten segments). Links of 20 ms that lose `loss` of the segments.
core::Scenario manyConnections(int count, core::Micros apart, double loss = 0.0);

} // namespace testsupport
