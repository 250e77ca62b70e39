#pragma once

#include "address.h"
#include "profile.h"
#include "state.h"
#include "time.h"
#include "trace.h"

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
    std::optional<std::uint32_t>
        isn; // fixed initial sequence number (for a listener: its children's)
    Protocol protocol = Protocol::Tcp; // a UDP socket sends datagrams, no connection
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

enum class FaultKind : std::uint8_t { Crash, Restart };

struct FaultSpec {
    Micros at{};
    FaultKind kind = FaultKind::Crash;
    std::string host;
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
