#pragma once

#include "capture_import.h"
#include "trace.h"

#include <string>

namespace core {

// An imported connection as a Trace, so that every view (sequence diagram,
// state machine, event log, text and JSON traces, exports) shows it:
// * hosts 0 (A) and 1 (B), named by address ("10.0.0.1", "[::1]"); their
//   Address is the IPv4 address, or a stand-in (192.0.2.1, 192.0.2.2) for
//   IPv6 or when both ends share one address (loopback);
// * connections 0 (A's end) and 1 (B's), with the capture's ports;
// * one SegmentRecord per packet, numbered in the order they were sent, with
//   the captured header fields and payload length (payload bytes the capture
//   did not keep are zeros); a segment that resends sequence space already
//   sent is a Retransmission of the first one sent with its sequence number,
//   and one that repeats the last byte sent with no new data is a
//   KeepaliveProbe;
// * SegmentSent and SegmentArrived (SegmentDropped when only the sender's
//   capture has it) at the times of estimateTiming();
// * StateChanged events of inferStates();
// * Trace::capture saying where the times come from.
Trace traceFromConnection(const ImportedConnection& connection);

// One line on how the times were obtained, e.g. "one capture point at
// 10.0.0.1: one-way delay estimated as 12.3 ms from the handshake". English:
// the command line prints it; the GUI builds its own from Trace::capture.
std::string describeCaptureTiming(const Trace& trace);

} // namespace core
