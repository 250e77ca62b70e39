#include "capture_trace.h"

#include "capture_infer.h"
#include "capture_timing.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace core {

namespace {

// RFC 5737's documentation range: never a real host of the capture.
constexpr std::uint32_t kStandInA = 0xc0000201; // 192.0.2.1
constexpr std::uint32_t kStandInB = 0xc0000202; // 192.0.2.2

Address ipv4Of(const IpAddress& a) {
    return Address{static_cast<std::uint32_t>(a.bytes[0]) << 24 |
                   static_cast<std::uint32_t>(a.bytes[1]) << 16 |
                   static_cast<std::uint32_t>(a.bytes[2]) << 8 | a.bytes[3]};
}

void addHostsAndConns(const ConnectionSummary& s, Trace& trace) {
    const bool standIn = s.a.address.v6 || s.b.address.v6 || s.a.address == s.b.address;
    const Address a = standIn ? Address{kStandInA} : ipv4Of(s.a.address);
    const Address b = standIn ? Address{kStandInB} : ipv4Of(s.b.address);
    trace.hosts = {{hostName(s.a.address), a}, {hostName(s.b.address), b}};
    trace.conns.push_back({0, s.a.port, b, s.b.port, "", kNone, Protocol::Tcp});
    trace.conns.push_back({1, s.b.port, a, s.a.port, "", kNone, Protocol::Tcp});
    trace.capture->standInAddresses = standIn;
}

// Tells first transmissions from resent sequence space, per direction.
class OriginTracker {
public:
    // `p` is sent as segment `id`; returns its origin and the first copy.
    std::pair<SegmentOrigin, SegId> classify(const ImportedPacket& p, SegId id) {
        Direction& d = m_directions[p.fromA ? 0 : 1];
        const bool control = p.header.flags.has(Flag::Rst);
        if (d.sentEnd && !control && p.payloadLength <= 1 && !p.header.flags.has(Flag::Syn) &&
            !p.header.flags.has(Flag::Fin) && p.header.seq + 1 == *d.sentEnd)
            return {SegmentOrigin::KeepaliveProbe, kNone}; // RFC 9293 3.8.4: SND.NXT - 1
        const bool usesSpace = !control && p.segLen() > 0;
        const bool resent = usesSpace && d.sentEnd && p.header.seq < *d.sentEnd;
        SegId original = kNone;
        if (resent) {
            const auto first = d.firstWithSeq.find(p.header.seq.value());
            original = first != d.firstWithSeq.end() ? first->second : containing(d, p.header.seq);
        }
        if (usesSpace) {
            d.firstWithSeq.try_emplace(p.header.seq.value(), id);
            d.sent.push_back({p.header.seq, p.end(), id});
            if (!d.sentEnd || p.end() > *d.sentEnd)
                d.sentEnd = p.end();
        }
        if (!resent)
            return {SegmentOrigin::Normal, kNone};
        return {SegmentOrigin::Retransmission, original};
    }

private:
    struct Range {
        SeqNum seq;
        SeqNum end;
        SegId id = kNone;
    };
    struct Direction {
        std::optional<SeqNum> sentEnd;
        std::unordered_map<std::uint32_t, SegId> firstWithSeq;
        std::vector<Range> sent; // segments that use sequence space, in the order sent
    };

    // A resent range that starts inside an earlier segment (the sender cut
    // its data differently): the first segment that holds its first byte.
    static SegId containing(const Direction& d, SeqNum seq) {
        for (const Range& r : d.sent)
            if (r.seq <= seq && seq < r.end)
                return r.id;
        return kNone;
    }

    std::array<Direction, 2> m_directions;
};

std::vector<std::size_t> sendOrder(const std::vector<PacketTimes>& times) {
    std::vector<std::size_t> order(times.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return times[x].sent < times[y].sent;
    });
    return order;
}

// The segments in the order sent; returns each packet's segment id.
std::vector<SegId> addSegments(const ImportedConnection& c, const std::vector<PacketTimes>& times,
                               Trace& trace) {
    std::vector<SegId> segOf(c.packets.size());
    OriginTracker origins;
    for (const std::size_t i : sendOrder(times)) {
        const ImportedPacket& p = c.packets[i];
        const auto id = static_cast<SegId>(trace.segments.size());
        segOf[i] = id;
        const HostId from = p.fromA ? 0 : 1;
        SegmentRecord r;
        r.fromHost = from;
        r.toHost = 1 - from;
        r.src = trace.hosts[static_cast<std::size_t>(from)].address;
        r.dst = trace.hosts[static_cast<std::size_t>(1 - from)].address;
        r.conn = from;
        std::tie(r.origin, r.original) = origins.classify(p, id);
        r.header = p.header;
        r.payloadOffset = static_cast<std::uint32_t>(trace.payload.size());
        r.payloadLength = p.payloadLength;
        trace.payload += p.payload;
        trace.payload.append(p.payloadLength - p.payload.size(), '\0');
        trace.segments.push_back(std::move(r));
    }
    return segOf;
}

void addEvents(const ImportedConnection& c, const std::vector<PacketTimes>& times,
               const std::vector<SegId>& segOf, Trace& trace) {
    const std::vector<CaptureEvent> timeline = captureTimeline(times);
    const std::vector<InferredChange> changes = inferStates(c.packets, timeline);
    std::vector<TraceEvent> events;
    std::size_t next = 0;
    const auto addChanges = [&](std::size_t event, bool before) {
        for (; next < changes.size() && changes[next].event == event &&
               changes[next].beforeEvent == before;
             ++next) {
            const InferredChange& ch = changes[next];
            const SegId cause = ch.cause == kNoPacket ? kNone : segOf[ch.cause];
            events.push_back({timeline[event].t, StateChanged{static_cast<ConnId>(ch.side), ch.from,
                                                              ch.to, ch.rule, cause}});
        }
    };
    for (std::size_t k = 0; k < timeline.size(); ++k) {
        const CaptureEvent& e = timeline[k];
        addChanges(k, true);
        const SegId seg = segOf[e.packet];
        events.push_back(e.arrival ? TraceEvent{e.t, SegmentArrived{seg}}
                                   : TraceEvent{e.t, SegmentSent{seg}});
        addChanges(k, false);
    }
    for (std::size_t i = 0; i < times.size(); ++i)
        if (times[i].lost)
            events.push_back({times[i].arrived, SegmentDropped{segOf[i], DropReason::LinkLoss}});
    std::stable_sort(events.begin(), events.end(),
                     [](const TraceEvent& x, const TraceEvent& y) { return x.t < y.t; });
    trace.events.assign(events.begin(), events.end());
}

// "12.3 ms", "450 µs", "1.025 s"
std::string durationText(Micros d) {
    const std::int64_t us = d.count();
    if (us < 1000)
        return std::to_string(us) + " µs";
    if (us < 1'000'000) {
        const std::int64_t tenths = (us + 50) / 100;
        return std::to_string(tenths / 10) + '.' + std::to_string(tenths % 10) + " ms";
    }
    const std::int64_t ms = (us + 500) / 1000;
    std::string fraction = std::to_string(ms % 1000);
    return std::to_string(ms / 1000) + '.' + std::string(3 - fraction.size(), '0') + fraction + " s";
}

} // namespace

Trace traceFromConnection(const ImportedConnection& connection) {
    const ConnectionTiming timing = estimateTiming(connection);
    Trace trace;
    trace.capture = CaptureOrigin{};
    CaptureOrigin& origin = *trace.capture;
    origin.files = connection.files;
    origin.timing = timing.method;
    origin.oneWayDelay = timing.oneWayDelay;
    origin.epochMicros = timing.epochMicros;
    if (timing.method != CaptureTiming::TwoCaptures && timing.nearSide)
        origin.capturedAt = static_cast<HostId>(*timing.nearSide);
    addHostsAndConns(connection.summary, trace);
    const std::vector<SegId> segOf = addSegments(connection, timing.packets, trace);
    addEvents(connection, timing.packets, segOf, trace);
    return trace;
}

std::string describeCaptureTiming(const Trace& trace) {
    if (!trace.capture || trace.hosts.size() < 2)
        return {};
    const CaptureOrigin& o = *trace.capture;
    const std::string delay = durationText(o.oneWayDelay);
    switch (o.timing) {
    case CaptureTiming::TwoCaptures:
        return "two capture points, at " + trace.hosts[0].name + " and " + trace.hosts[1].name +
               ": send and arrival times measured, median one-way delay " + delay;
    case CaptureTiming::HandshakeEstimate:
        return "one capture point at " +
               trace.hosts[static_cast<std::size_t>(std::max(o.capturedAt, 0))].name +
               ": one-way delay estimated as " + delay + " from the handshake";
    case CaptureTiming::NoEstimate:
        break;
    }
    return "one capture point, no complete handshake: the far end's times are the capture's "
           "(one-way delay unknown, taken as 0)";
}

} // namespace core
