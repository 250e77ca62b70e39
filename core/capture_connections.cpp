#include "capture_connections.h"

#include <algorithm>

namespace core {

namespace {

bool isSyn(const Segment& s) {
    return s.flags.has(Flag::Syn) && !s.flags.has(Flag::Ack);
}

bool isSynAck(const Segment& s) {
    return s.flags.has(Flag::Syn) && s.flags.has(Flag::Ack);
}

bool ended(const ConnectionFlags& seen) {
    return seen.rst || (seen.fin[0] && seen.fin[1]);
}

// FNV-1a over the bytes that make up an endpoint.
void mix(std::size_t& hash, const IpEndpoint& e) {
    constexpr std::size_t kPrime = 1099511628211u;
    for (const std::uint8_t byte : e.address.bytes)
        hash = (hash ^ byte) * kPrime;
    hash = (hash ^ static_cast<std::size_t>(e.port)) * kPrime;
    hash = (hash ^ static_cast<std::size_t>(e.address.v6)) * kPrime;
}

// Whether two captures' views of a 4-tuple are the same connection: a SYN
// both saw has the same sequence number; without one, they overlap in time.
bool sameIncarnation(const ConnectionSummary& m, const ConnectionSummary& c, bool swapped) {
    bool compared = false;
    for (std::size_t d = 0; d < 2; ++d) {
        const std::optional<SeqNum>& other = c.isn[swapped ? 1 - d : d];
        if (m.isn[d] && other) {
            if (*m.isn[d] != *other)
                return false;
            compared = true;
        }
    }
    return compared || (c.startMicros <= m.endMicros && m.startMicros <= c.endMicros);
}

// The connection of file `file` in the merged list that `c` is, if any: the
// same endpoints and the same ISN, or, without a SYN, overlapping in time.
ConnectionSummary* sameConnection(std::vector<ConnectionSummary>& merged,
                                  const ConnectionSummary& c) {
    for (ConnectionSummary& m : merged) {
        const bool sameEnds = (m.a == c.a && m.b == c.b) || (m.a == c.b && m.b == c.a);
        if (!sameEnds)
            continue;
        if (sameIncarnation(m, c, m.a != c.a))
            return &m;
    }
    return nullptr;
}

// Adds what another capture saw of the connection; `c` may name the ends the
// other way round.
void absorb(ConnectionSummary& m, const ConnectionSummary& c, std::size_t file) {
    const bool swapped = m.a != c.a;
    for (std::size_t d = 0; d < 2; ++d) {
        const std::size_t from = swapped ? 1 - d : d;
        m.packets[d] = std::max(m.packets[d], c.packets[from]);
        m.bytes[d] = std::max(m.bytes[d], c.bytes[from]);
        m.seen.fin[d] = m.seen.fin[d] || c.seen.fin[from];
        if (!m.isn[d])
            m.isn[d] = c.isn[from];
    }
    if (!swapped) {
        m.seen.synFromA = m.seen.synFromA || c.seen.synFromA;
        m.seen.synAckFromB = m.seen.synAckFromB || c.seen.synAckFromB;
    }
    m.seen.rst = m.seen.rst || c.seen.rst;
    m.seen.nonSyn = m.seen.nonSyn || c.seen.nonSyn;
    m.startMicros = std::min(m.startMicros, c.startMicros);
    m.endMicros = std::max(m.endMicros, c.endMicros);
    m.files[file] = c.files[0];
}

} // namespace

std::string toString(const IpEndpoint& endpoint) {
    return hostName(endpoint.address) + ':' + std::to_string(endpoint.port);
}

std::string_view toString(ConnectionEnd end) {
    switch (end) {
    case ConnectionEnd::Fin:
        return "FIN";
    case ConnectionEnd::Reset:
        return "RST";
    case ConnectionEnd::Open:
        return "open";
    case ConnectionEnd::HandshakeOnly:
        return "handshake only";
    case ConnectionEnd::Incomplete:
        return "incomplete";
    }
    return "?";
}

ConnectionEnd ConnectionSummary::end() const {
    if (seen.rst)
        return ConnectionEnd::Reset;
    if (seen.fin[0] && seen.fin[1])
        return ConnectionEnd::Fin;
    if (seen.synFromA && !seen.synAckFromB && packets[1] == 0)
        return ConnectionEnd::Incomplete;
    if (seen.synAckFromB && !seen.fin[0] && !seen.fin[1] && bytes[0] == 0 && bytes[1] == 0)
        return ConnectionEnd::HandshakeOnly;
    return ConnectionEnd::Open;
}

std::vector<ConnectionSummary> mergeConnections(
    const std::vector<std::vector<ConnectionSummary>>& perFile) {
    std::vector<ConnectionSummary> merged;
    for (std::size_t file = 0; file < perFile.size() && file < kMaxCaptureFiles; ++file) {
        for (const ConnectionSummary& c : perFile[file]) {
            if (ConnectionSummary* m = file > 0 ? sameConnection(merged, c) : nullptr) {
                absorb(*m, c, file);
                continue;
            }
            merged.push_back(c);
            merged.back().files = {};
            merged.back().files[file] = c.files[0];
        }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const ConnectionSummary& x, const ConnectionSummary& y) {
                         return x.startMicros < y.startMicros;
                     });
    return merged;
}

std::size_t ConnectionTracker::KeyHash::operator()(const Key& key) const {
    std::size_t hash = 14695981039346656037u;
    mix(hash, key.low);
    mix(hash, key.high);
    return hash;
}

// A SYN that is not a retransmission of this connection's SYN, nor the
// other half of a simultaneous open, is a new connection (RFC 9293 3.4.1: a
// new incarnation picks a new ISN).
bool ConnectionTracker::startsNew(const ConnectionSummary& current, const TcpPacket& packet,
                                  std::size_t direction) const {
    if (!isSyn(packet.header))
        return false;
    if (ended(current.seen))
        return true;
    if (const std::optional<SeqNum>& isn = current.isn[direction])
        return *isn != packet.header.seq;
    return current.seen.nonSyn;
}

std::int64_t ConnectionTracker::open(const TcpPacket& packet, std::int64_t timeMicros,
                                     std::uint64_t number) {
    ConnectionSummary c;
    const IpEndpoint src{packet.src, packet.header.srcPort};
    const IpEndpoint dst{packet.dst, packet.header.dstPort};
    // A SYN-ACK seen first answers a SYN the capture missed: its receiver opened.
    const bool fromB = isSynAck(packet.header);
    c.a = fromB ? dst : src;
    c.b = fromB ? src : dst;
    c.startMicros = c.endMicros = timeMicros;
    const auto id = static_cast<std::int64_t>(m_connections.size());
    c.files[0] = {id, number, number};
    m_connections.push_back(std::move(c));
    return id;
}

std::int64_t ConnectionTracker::add(const TcpPacket& packet, std::int64_t timeMicros,
                                    std::uint64_t number) {
    const IpEndpoint src{packet.src, packet.header.srcPort};
    const IpEndpoint dst{packet.dst, packet.header.dstPort};
    const Key key = src < dst ? Key{src, dst} : Key{dst, src};
    const auto [it, isNew] = m_byTuple.try_emplace(key, -1);
    std::int64_t& id = it->second;
    if (isNew || startsNew(m_connections[static_cast<std::size_t>(id)], packet,
                           m_connections[static_cast<std::size_t>(id)].a == src ? 0 : 1))
        id = open(packet, timeMicros, number);
    ConnectionSummary& c = m_connections[static_cast<std::size_t>(id)];
    const std::size_t d = c.a == src ? 0 : 1;
    const Segment& s = packet.header;
    c.packets[d] += 1;
    c.bytes[d] += packet.payloadLength;
    c.startMicros = std::min(c.startMicros, timeMicros);
    c.endMicros = std::max(c.endMicros, timeMicros);
    c.files[0].lastPacket = number;
    c.seen.synFromA = c.seen.synFromA || (d == 0 && isSyn(s));
    c.seen.synAckFromB = c.seen.synAckFromB || (d == 1 && isSynAck(s));
    c.seen.fin[d] = c.seen.fin[d] || s.flags.has(Flag::Fin);
    c.seen.rst = c.seen.rst || s.flags.has(Flag::Rst);
    c.seen.nonSyn = c.seen.nonSyn || !s.flags.has(Flag::Syn);
    if (s.flags.has(Flag::Syn) && !c.isn[d])
        c.isn[d] = s.seq;
    return id;
}

} // namespace core
