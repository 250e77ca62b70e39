#pragma once

#include "capture_import.h"
#include "scenario.h"

namespace core {

// A scenario that replays a captured connection in the simulator, so the
// learner can edit it (drop a segment, delay it ...) and see what TCP does:
// * hosts "client" (A) and "server" (B) with the capture's IPv4 addresses,
//   or stand-ins 192.0.2.1 and 192.0.2.2 when they are IPv6 or the same
//   (loopback), as the description says;
// * sockets with the captured ports and ISNs (A's SYN, B's SYN-ACK);
// * the "linux" profile with the MSS, window scale, timestamps and
//   SACK-permitted of A's SYN;
// * a script: listen at 0 (only if B answered the SYN with a SYN-ACK),
//   connect when A's first SYN left, each send of new data when it left,
//   close when each side's first FIN left, abort when a side sent a RST;
//   a SYN that was never answered becomes a fault that drops A's SYNs;
// * links with the estimated (or measured) one-way delay both ways.
// The simulator then decides everything else itself.
Scenario scenarioFromConnection(const ImportedConnection& connection);

} // namespace core
