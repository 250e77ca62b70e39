#pragma once

#include "capture_import.h"
#include "time.h"
#include "trace.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace core {

// When each packet of an imported connection was sent and when it arrived.
// A capture point sees a packet once: near the sender that is its send time,
// near the receiver its arrival time. The other end's times are estimated
// from the handshake (one capture) or measured (a capture at each end).

struct PacketTimes {
    Micros sent{};    // since the trace's time 0
    Micros arrived{}; // for a lost packet: when it would have arrived
    bool lost = false; // two captures: only the sender's capture has it
};

struct ConnectionTiming {
    CaptureTiming method = CaptureTiming::NoEstimate;
    // One capture: the side it was taken nearest to (0: A, 1: B); nullopt
    // when there is no handshake to tell. Two captures: the side of file 0.
    std::optional<std::size_t> nearSide;
    Micros oneWayDelay{};
    std::int64_t epochMicros = 0; // time 0 on the capture's clock
    std::vector<PacketTimes> packets; // one per ImportedConnection::packets
};

// The one-way delay of a single capture: half the handshake's round-trip
// time. Near the client the SYN -> SYN-ACK gap is a round trip and the
// SYN-ACK -> ACK gap a turnaround at the client; near the server it is the
// other way round, so the longer gap tells the place and the round trip.
// Times the estimate would put out of cause-and-effect order (a reply sent
// before what it acknowledges arrived) are pulled together.
ConnectionTiming estimateTiming(const ImportedConnection& connection);

} // namespace core
