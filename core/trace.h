#pragma once

#include "address.h"
#include "rule.h"
#include "segment.h"
#include "state.h"
#include "time.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace core {

using HostId = std::int32_t;
using ConnId = std::int32_t;
using SegId = std::int32_t;
inline constexpr std::int32_t kNone = -1;

// The transport a socket or a packet uses. UDP is here for contrast with TCP:
// no handshake, no acknowledgement, no retransmission.
enum class Protocol : std::uint8_t { Tcp, Udp };

enum class TimerKind : std::uint8_t { Retransmission, TimeWait, FinWait2, Keepalive, DelayedAck };
enum class TimerAction : std::uint8_t { Armed, Fired, Cancelled };

// Application calls (the RFC 9293 3.9.1 user interface, in socket terms).
enum class AppCall : std::uint8_t {
    Listen,
    Connect,
    Accept,
    Send,
    Receive,
    Close,
    Abort,
    SetOption
};

// What the application is told. None is success.
enum class SocketError : std::uint8_t {
    None,
    TimedOut,            // ETIMEDOUT
    ConnectionRefused,   // ECONNREFUSED
    ConnectionReset,     // ECONNRESET
    AddressNotAvailable, // EADDRNOTAVAIL
    AddressInUse,        // EADDRINUSE
    NotConnected,        // ENOTCONN
    BrokenPipe,          // EPIPE: send after close
    InvalidState,        // EINVAL / EISCONN: the call makes no sense in this state
};

// Why a segment never arrived.
enum class DropReason : std::uint8_t {
    LinkLoss,  // random loss on the link
    NoRoute,   // no host has the destination address
    NoSocket,  // a UDP datagram for a port with no socket (ICMP is not modelled)
    HostDown,  // the destination host has crashed
    Fault,     // a fault in the scenario dropped it
    QueueFull, // a listener's queue was full (Linux drops the SYN)
};

// Where a transmitted segment came from.
enum class SegmentOrigin : std::uint8_t {
    Normal,         // first transmission by a connection
    Retransmission, // a copy resent by the retransmission timer
    ResetNoSocket,  // RST from a host for a segment that matches no socket (3.10.7.1)
    ChallengeAck,   // RFC 5961 challenge ACK
    KeepaliveProbe, // keep-alive probe (3.8.4)
    Injected,       // crafted by a fault
    Duplicate,      // a copy made by a fault
    SynCookie,      // a listener's SYN-ACK carrying a SYN cookie, no state kept
};

// What a fault of the scenario did.
enum class FaultAction : std::uint8_t {
    Dropped,     // a drop fault matched the segment
    Delayed,     // a delay fault matched the segment: it arrives later
    Duplicated,  // a duplicate fault matched the segment: a copy follows
    Injected,    // an inject fault sent the segment
    Partitioned, // the segment was sent across a partitioned link
    LinkChanged, // a link change took effect (no segment)
};

std::string_view toString(TimerKind k);
std::string_view toString(TimerAction a);
std::string_view toString(AppCall c);
std::string_view toString(SocketError e); // "ETIMEDOUT", "" for None
std::string_view toString(DropReason r);
std::string_view toString(SegmentOrigin o);
std::string_view toString(FaultAction a);

struct HostInfo {
    std::string name;
    Address address;
    friend bool operator==(const HostInfo&, const HostInfo&) = default;
};

// One TCB's identity. A passive OPEN's child connection shares the listener's
// local port; `listener` names the connection it was spawned from.
struct ConnInfo {
    HostId host = kNone;
    Port localPort = 0;
    Address remoteAddress;
    Port remotePort = 0;
    std::string socket;      // the scenario's socket name, e.g. "client" or "srv/1"
    ConnId listener = kNone; // for passive children
    Protocol protocol = Protocol::Tcp;
    friend bool operator==(const ConnInfo&, const ConnInfo&) = default;
};

// One segment as transmitted. Payload bytes live in Trace::payload.
struct SegmentRecord {
    HostId fromHost = kNone; // the host that put it on the wire
    HostId toHost = kNone;   // kNone when no host owns the destination address
    Address src;             // not fromHost's address when an injected segment spoofs it
    Address dst;
    ConnId conn = kNone; // the sending TCB (a duplicate's: its original's); kNone for host
                         // RSTs and injections
    SegmentOrigin origin = SegmentOrigin::Normal;
    SegId original = kNone; // a retransmission's first copy; the segment a duplicate copies
    Segment header;         // payload left empty
    std::uint32_t payloadOffset = 0;
    std::uint32_t payloadLength = 0;
    Protocol protocol = Protocol::Tcp; // for UDP only the ports and payload count
    friend bool operator==(const SegmentRecord&, const SegmentRecord&) = default;
};

struct SegmentSent {
    SegId seg;
    friend bool operator==(const SegmentSent&, const SegmentSent&) = default;
};
struct SegmentArrived {
    SegId seg;
    friend bool operator==(const SegmentArrived&, const SegmentArrived&) = default;
};
struct SegmentDropped {
    SegId seg;
    DropReason reason;
    friend bool operator==(const SegmentDropped&, const SegmentDropped&) = default;
};
struct StateChanged {
    ConnId conn;
    State from;
    State to;
    Rule rule;
    SegId cause = kNone; // the segment that triggered it, if any
    friend bool operator==(const StateChanged&, const StateChanged&) = default;
};
struct TimerEvent {
    ConnId conn;
    TimerKind timer;
    TimerAction action;
    Micros deadline{}; // for Armed: when it will fire
    friend bool operator==(const TimerEvent&, const TimerEvent&) = default;
};
struct AppCalled {
    ConnId conn;
    AppCall call;
    std::uint64_t bytes = 0; // Send: bytes handed to TCP; Listen: backlog
    friend bool operator==(const AppCalled&, const AppCalled&) = default;
};
struct AppResult {
    ConnId conn;
    AppCall call; // which call completed or failed
    SocketError error = SocketError::None;
    ConnId accepted = kNone; // Accept: the new connection
    friend bool operator==(const AppResult&, const AppResult&) = default;
};
struct DataDelivered {
    ConnId conn;
    std::uint64_t offset; // stream offset of the first byte (0 = first data byte)
    std::uint32_t bytes;
    friend bool operator==(const DataDelivered&, const DataDelivered&) = default;
};
struct QueueLengths {
    ConnId listener;
    std::uint32_t synQueue;
    std::uint32_t acceptQueue;
    friend bool operator==(const QueueLengths&, const QueueLengths&) = default;
};
struct HostCrashed {
    HostId host;
    friend bool operator==(const HostCrashed&, const HostCrashed&) = default;
};
struct HostRestarted {
    HostId host;
    friend bool operator==(const HostRestarted&, const HostRestarted&) = default;
};

// Fault `fault` (an index into Scenario::faults) acted; recorded when it did,
// right after the segment it acted on was sent.
struct FaultApplied {
    std::int32_t fault;
    SegId seg; // kNone for a link change
    FaultAction action;
    friend bool operator==(const FaultApplied&, const FaultApplied&) = default;
};

using EventBody =
    std::variant<SegmentSent, SegmentArrived, SegmentDropped, StateChanged, TimerEvent, AppCalled,
                 AppResult, DataDelivered, QueueLengths, HostCrashed, HostRestarted, FaultApplied>;

struct TraceEvent {
    Micros t{};
    EventBody body;
    friend bool operator==(const TraceEvent&, const TraceEvent&) = default;
};

// How a trace read from packet captures got its times (core/capture_trace.h).
enum class CaptureTiming : std::uint8_t {
    TwoCaptures,       // captured at both ends: send and arrival times are both measured
    HandshakeEstimate, // one capture point: the far end's times are the capture's shifted by
                       // half the handshake's round-trip time (oneWayDelay)
    NoEstimate,        // one capture point and no complete handshake: the far end's times
                       // are the capture's (a delay of 0)
};

// Set on a trace read from packet captures instead of simulated. Its states are
// inferred from the segments seen (Rule::InferredFromCapture and
// Rule::StateUnknown mark what the capture cannot show).
struct CaptureOrigin {
    std::vector<std::string> files;
    HostId capturedAt = kNone; // one capture: the host it was taken nearest to
    CaptureTiming timing = CaptureTiming::NoEstimate;
    Micros oneWayDelay{};      // estimated, or with two captures the median measured
    std::int64_t epochMicros = 0; // the capture's clock (µs since the Unix epoch) at time 0
    // The host addresses of the trace are IPv4 stand-ins (192.0.2.x) because the
    // capture's are IPv6 or the same for both ends; HostInfo::name has the real ones.
    bool standInAddresses = false;
    friend bool operator==(const CaptureOrigin&, const CaptureOrigin&) = default;
};

// What simulate() produced: an ordered list of events in virtual time plus the
// tables they refer to.
struct Trace {
    std::vector<HostInfo> hosts;
    std::vector<ConnInfo> conns;
    std::vector<SegmentRecord> segments;
    std::string payload;
    // A deque grows in chunks: a long trace never needs twice its size at once.
    std::deque<TraceEvent> events;
    std::optional<CaptureOrigin> capture; // only for a trace read from captures

    std::string_view payloadOf(SegId id) const {
        const SegmentRecord& r = segments.at(static_cast<std::size_t>(id));
        return std::string_view(payload).substr(r.payloadOffset, r.payloadLength);
    }
    // "client:49152"
    std::string endpointName(ConnId id) const;
    std::string endpointName(HostId host, Port port) const;

    friend bool operator==(const Trace&, const Trace&) = default;
};

} // namespace core
