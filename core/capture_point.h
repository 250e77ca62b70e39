#pragma once

#include "time.h"
#include "trace.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace core {

// A capture is taken at one point: one host's network interface, as tcpdump
// running on that host would see it. These functions say which segments (and
// UDP datagrams) of a trace pass that point, and when.

// Why defaultCaptureHost() chose its host.
enum class CaptureHostChoice : std::uint8_t {
    FirstAccepting, // the host of the first connection accepted in the trace (the server)
    SecondHost,     // no connection was accepted: the scenario's second host
    OnlyHost,       // no connection was accepted and the scenario has one host
    NoHost,         // the trace has no hosts
};

struct DefaultCaptureHost {
    HostId host = kNone; // kNone only for NoHost
    CaptureHostChoice choice = CaptureHostChoice::NoHost;
};

// The capture host when none is named: the host whose listener accepted the
// first connection (the first successful accept() result), else the second
// host of the scenario, else the only one.
DefaultCaptureHost defaultCaptureHost(const Trace& trace);

// The host named `nameOrAddress`: a host name from the scenario ("server") or
// its dotted IPv4 address ("10.0.0.2"). nullopt when no host matches.
std::optional<HostId> findHost(const Trace& trace, std::string_view nameOrAddress);

struct CapturedSegment {
    Micros t{};
    SegId seg = kNone;
    bool sent = false; // sent by the capture host; false: arrived at it
    friend bool operator==(const CapturedSegment&, const CapturedSegment&) = default;
};

// The segments that pass `host`'s interface, in the order of the trace (and so
// of time):
// * every segment the host sent (SegmentRecord::fromHost), at its send time,
//   whatever happened to it afterwards (lost, no route, dropped by a fault);
// * every segment that reached the host (SegmentRecord::toHost), at its
//   arrival time: those that arrived, and those the host then dropped after
//   they had passed the interface (a SYN for a full listen queue, a UDP
//   datagram for a port with no socket).
// Segments lost on the link or dropped by a fault never reach the host, and a
// crashed host captures nothing, so those do not appear. The source address
// does not matter: an injected segment with a spoofed source appears when it
// arrives at the host, and a segment to an address no host owns appears at
// its sender. A segment a host sends to itself appears once, when sent.
std::vector<CapturedSegment> capturedSegments(const Trace& trace, HostId host);

} // namespace core
