#pragma once

#include "address.h"
#include "profile.h"
#include "segment.h"
#include "state.h"
#include "time.h"
#include "trace.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct HostSpec {
    std::string name;
    Address address;
};

// A socket the application script talks to. A listener's accepted connections
// are named "<id>/1", "<id>/2", ... in the order they are accepted.
struct SocketSpec {
    std::string id;
    std::string host;
    Port port = 0; // 0: an ephemeral port chosen at connect
    // A fixed initial sequence number for the socket's first connection (for a
    // listener: its first child); nullopt: chosen by the RFC 9293 3.4.1 clock.
    std::optional<std::uint32_t> isn;
    Protocol protocol = Protocol::Tcp; // a UDP socket sends datagrams, no connection
    // ISNs for the socket's second, third, ... connection; after the list runs
    // out, the last one repeats.
    std::vector<std::uint32_t> laterIsns{};

    // The fixed ISN of the socket's n-th connection (0-based), if any.
    std::optional<std::uint32_t> isnFor(std::size_t n) const {
        if (n == 0 || laterIsns.empty())
            return isn;
        return laterIsns[std::min(n, laterIsns.size()) - 1];
    }
};

// When an application call happens: at a time, or when its socket reaches a
// state or has received some bytes, optionally after a delay.
struct Trigger {
    std::optional<Micros> at;
    std::optional<State> state;
    std::optional<std::uint64_t> receivedBytes;
    Micros delay{0};
};

struct SocketOptions {
    std::optional<bool> keepalive;
    std::optional<Micros> keepaliveIdle;
    std::optional<Micros> keepaliveInterval;
    std::optional<int> keepaliveProbes;
};

struct AppAction {
    Trigger when;
    std::string socket; // a SocketSpec id, or "<listener>/<n>"
    AppCall call = AppCall::Listen;
    std::string peerHost;    // Connect
    Port peerPort = 0;       // Connect
    std::uint64_t bytes = 0; // Send: this many bytes of filler ...
    std::string text;        // ... or these bytes
    int backlog = -1;        // Listen: -1 = the profile's acceptBacklog
    SocketOptions options;   // SetOption
    // Added in the lab: the edit's sequence number (1, 2, 3 ... in the order
    // the learner made them); nullopt for an action the author wrote.
    std::optional<int> edit;
};

// One direction of a link.
struct LinkParams {
    Micros delay{10ms};
    Micros jitter{0};  // each segment's delay is delay + a uniform draw in [0, jitter]
    double loss = 0.0; // probability a segment is lost, 0..1
};

struct LinkSpec {
    std::string from;
    std::string to;
    LinkParams params;
};

// What a fault does (docs/scenario-format.md, "Faults"). Crash, Restart,
// Inject and Link happen at a time; Drop, Delay, Duplicate and Partition act on
// segments as they are sent.
enum class FaultKind : std::uint8_t {
    Crash,
    Restart,
    Drop,
    Delay,
    Duplicate,
    Inject,
    Partition,
    Link
};

// A half-open interval of virtual time, [from, until).
struct TimeWindow {
    Micros from{};
    Micros until{};
    bool contains(Micros t) const { return from <= t && t < until; }
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

// Which segments a Drop, Delay or Duplicate fault acts on: every condition
// given must hold. Conditions look only at the segment and its send time.
struct SegmentMatch {
    std::optional<SegId> segment;      // the segment with this trace id
    std::string from;                  // sent by this host; "" = any
    std::string to;                    // to this host; "" = any
    Flags flags;                       // these flags are all set ...
    bool flagsExact = false;           // ... and no other
    std::optional<TimeWindow> between; // sent inside this window
    int nth = 0; // only the nth segment meeting the conditions (from 1); 0 = every one
    friend bool operator==(const SegmentMatch&, const SegmentMatch&) = default;
};

// The source port of an injected segment that does not give one.
inline constexpr Port kInjectSourcePort = 1024;

// A crafted segment. `to` and `src` name a host of the scenario or hold a
// dotted IPv4 address.
struct InjectSpec {
    std::string from; // the host that puts it on the wire (its links are used)
    std::string to;   // destination host or address
    Port toPort = 0;
    std::string src; // spoofed source host or address; "" = the address of `from`
    Port srcPort = kInjectSourcePort;
    Flags flags;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint16_t window = 65535;
    std::string payload;
    int count = 1; // copy i (from 0) is sent at `at` + i * every from source address + i
    Micros every{0};
    friend bool operator==(const InjectSpec&, const InjectSpec&) = default;
};

// New parameters for one direction of a link; a missing one keeps its value.
struct LinkChange {
    std::string from;
    std::string to;
    std::optional<Micros> delay;
    std::optional<Micros> jitter;
    std::optional<double> loss;
    friend bool operator==(const LinkChange&, const LinkChange&) = default;
};

// One fault. Which members apply depends on `kind`; the others stay default.
struct FaultSpec {
    Micros at{}; // Crash, Restart, Inject, Link: when it happens
    FaultKind kind = FaultKind::Crash;
    std::string host;   // Crash, Restart: the host; Partition: one side of the link
    std::string peer;   // Partition: the other side
    TimeWindow between; // Partition: while the link is cut
    SegmentMatch match; // Drop, Delay, Duplicate: the segments it acts on
    Micros by{}; // Delay: added to the segment's trip; Duplicate: the copy follows this much later
    InjectSpec inject;       // Inject
    LinkChange link;         // Link
    std::optional<int> edit; // added in the lab as this edit (see AppAction::edit)
    friend bool operator==(const FaultSpec&, const FaultSpec&) = default;
};

// Everything simulate() needs. Plain data: load it, edit it, run it again.
struct Scenario {
    std::string id;
    std::string title;
    std::string description;
    std::string topic;

    Profile profile = textbookProfile(); // the named profile with overrides applied
    std::vector<HostSpec> hosts;
    std::vector<SocketSpec> sockets;
    std::vector<AppAction> script;
    LinkParams defaultLink;
    std::vector<LinkSpec> links; // per-direction settings that replace defaultLink
    std::vector<FaultSpec> faults;
    std::uint64_t seed = 1;
    Micros endTime{600s}; // the simulation stops here even if timers are pending
};

} // namespace core
