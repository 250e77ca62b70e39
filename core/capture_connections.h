#pragma once

#include "address.h"
#include "capture_decode.h"
#include "time.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core {

// At most this many captures of the same traffic are read together: one per end.
inline constexpr std::size_t kMaxCaptureFiles = 2;

// The TCP connections of a capture, as Wireshark's Conversations list shows
// them, found in one streaming pass that keeps a summary per connection and
// never the packets themselves.

struct IpEndpoint {
    IpAddress address;
    Port port = 0;
    friend auto operator<=>(const IpEndpoint&, const IpEndpoint&) = default;
};

// "10.0.0.1:80", "[::1]:5555"
std::string toString(const IpEndpoint& endpoint);

// How a connection ended, as far as the capture shows.
enum class ConnectionEnd : std::uint8_t {
    Fin,           // both sides sent a FIN
    Reset,         // a RST was seen
    Open,          // still open when the capture ends (also: only one FIN)
    HandshakeOnly, // the handshake, then no data, FIN or RST
    Incomplete,    // a SYN that was never answered
};
// "FIN", "RST", "open", "handshake only", "incomplete"
std::string_view toString(ConnectionEnd end);

// What was seen of a connection, in the order that matters for its end and
// for the timing estimate. Index 0 is A -> B, 1 is B -> A.
struct ConnectionFlags {
    bool synFromA = false;    // a SYN without ACK from A
    bool synAckFromB = false; // a SYN-ACK from B
    std::array<bool, 2> fin{};
    bool rst = false;
    bool nonSyn = false; // a segment without SYN (a SYN after it starts a new connection)
};

// One row of the list.
struct ConnectionSummary {
    IpEndpoint a; // the side that sent the first SYN, else the first sender
    IpEndpoint b;
    std::int64_t startMicros = 0; // first packet, µs since the Unix epoch
    std::int64_t endMicros = 0;   // last packet
    std::array<std::uint64_t, 2> packets{};
    std::array<std::uint64_t, 2> bytes{}; // TCP payload
    ConnectionFlags seen;
    // The sequence number of each side's SYN (A's SYN, B's SYN-ACK): tells
    // apart the connections that reuse a 4-tuple.
    std::array<std::optional<SeqNum>, 2> isn{};
    // Per capture file (index as given): which connection of that file this
    // is (ConnectionTracker numbering, -1: not in that file) and its first and
    // last packet numbers there.
    struct InFile {
        std::int64_t id = -1;
        std::uint64_t firstPacket = 0;
        std::uint64_t lastPacket = 0;
        friend bool operator==(const InFile&, const InFile&) = default;
    };
    std::array<InFile, kMaxCaptureFiles> files{};

    ConnectionEnd end() const;
    Micros duration() const { return Micros(endMicros - startMicros); }
};

// One list from the lists of several captures of the same traffic (index i:
// the connections of file i, each with only files[0] set): a connection seen
// in several files is one row, with files[i] set for each file that has it,
// packets and bytes of each direction from the file that saw more (the one
// nearer the sender). Sorted by start time.
std::vector<ConnectionSummary> mergeConnections(
    const std::vector<std::vector<ConnectionSummary>>& perFile);

// Assigns TCP packets to connections, one packet at a time, in file order.
// A connection is a 4-tuple (both directions); a SYN without ACK starts a new
// one on the same 4-tuple when the previous one ended (FIN both ways or RST),
// saw segments without SYN, or had a SYN from the same side with another ISN.
class ConnectionTracker {
public:
    // The connection `packet` belongs to: its id, counted from 0 in the order
    // connections are first seen.
    std::int64_t add(const TcpPacket& packet, std::int64_t timeMicros, std::uint64_t number);
    // The connections in the order of their ids (files[0] set).
    const std::vector<ConnectionSummary>& connections() const { return m_connections; }
    std::vector<ConnectionSummary> take() { return std::move(m_connections); }

private:
    struct Key {
        IpEndpoint low;
        IpEndpoint high;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    bool startsNew(const ConnectionSummary& current, const TcpPacket& packet,
                   std::size_t direction) const;
    std::int64_t open(const TcpPacket& packet, std::int64_t timeMicros, std::uint64_t number);

    // The 4-tuple's latest connection.
    std::unordered_map<Key, std::int64_t, KeyHash> m_byTuple;
    std::vector<ConnectionSummary> m_connections;
};

} // namespace core
