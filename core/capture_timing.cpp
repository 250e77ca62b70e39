#include "capture_timing.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace core {

namespace {

// Absolute times (µs since the Unix epoch) before the trace's time 0 is chosen.
struct AbsoluteTimes {
    std::int64_t sent = 0;
    std::int64_t arrived = 0;
    bool lost = false;
};

bool isSyn(const Segment& s) {
    return s.flags.has(Flag::Syn) && !s.flags.has(Flag::Ack);
}

bool isSynAck(const Segment& s) {
    return s.flags.has(Flag::Syn) && s.flags.has(Flag::Ack);
}

std::size_t sideOf(const ImportedPacket& p) {
    return p.fromA ? 0 : 1;
}

// The handshake's two gaps at one capture point: SYN -> first SYN-ACK (a round
// trip near A) and last SYN-ACK -> A's ACK of it (a round trip near B).
struct HandshakeGaps {
    std::int64_t nearA = 0;
    std::int64_t nearB = 0;
};

std::optional<HandshakeGaps> handshakeGaps(const std::vector<ImportedPacket>& packets,
                                           std::size_t file) {
    const auto time = [&](std::size_t i) { return *packets[i].seenAt[file]; };
    std::optional<std::size_t> lastSyn, firstSynAck, lastSynAck;
    for (std::size_t i = 0; i < packets.size(); ++i) {
        const ImportedPacket& p = packets[i];
        if (p.fromA && isSyn(p.header) && !firstSynAck) {
            lastSyn = i;
        } else if (!p.fromA && isSynAck(p.header) && lastSyn) {
            firstSynAck = firstSynAck.value_or(i);
            lastSynAck = i;
        } else if (lastSynAck && p.fromA && !p.header.flags.has(Flag::Syn) &&
                   p.header.flags.has(Flag::Ack) &&
                   p.header.ack == packets[*lastSynAck].header.seq + 1) {
            return HandshakeGaps{time(*firstSynAck) - time(*lastSyn), time(i) - time(*lastSynAck)};
        }
    }
    return std::nullopt;
}

// A reply cannot leave before what it acknowledges has arrived. Where the
// estimate says otherwise (this exchange was quicker than the handshake),
// the acknowledged packet arrives, and the reply leaves, half-way between
// the two capture times. The far side's sends also stay in capture order.
void keepCauseBeforeEffect(const std::vector<ImportedPacket>& packets, std::size_t file,
                           std::size_t near, std::vector<AbsoluteTimes>& times) {
    std::deque<std::size_t> unacked; // the near side's packets that use sequence space
    std::int64_t lastFarSend = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < packets.size(); ++i) {
        const ImportedPacket& r = packets[i];
        if (sideOf(r) == near) {
            if (r.segLen() > 0)
                unacked.push_back(i);
            continue;
        }
        const std::int64_t replyCaptured = *r.seenAt[file];
        while (r.header.flags.has(Flag::Ack) && !unacked.empty() &&
               packets[unacked.front()].end() <= r.header.ack) {
            const std::int64_t captured = *packets[unacked.front()].seenAt[file];
            AbsoluteTimes& acked = times[unacked.front()];
            const std::int64_t halfway = captured + std::max<std::int64_t>(0, replyCaptured - captured) / 2;
            acked.arrived = std::min(acked.arrived, halfway);
            times[i].sent = std::max(times[i].sent, acked.arrived);
            unacked.pop_front();
        }
        times[i].sent = std::max(times[i].sent, lastFarSend);
        lastFarSend = times[i].sent;
    }
}

ConnectionTiming oneCapture(const ImportedConnection& c, std::size_t file,
                            std::vector<AbsoluteTimes>& times) {
    ConnectionTiming timing;
    const std::optional<HandshakeGaps> gaps = handshakeGaps(c.packets, file);
    std::size_t near = 0;
    if (gaps) {
        near = gaps->nearA >= gaps->nearB ? 0 : 1;
        timing.method = CaptureTiming::HandshakeEstimate;
        timing.nearSide = near;
        timing.oneWayDelay = Micros(std::max(gaps->nearA, gaps->nearB) / 2);
    }
    const std::int64_t d = timing.oneWayDelay.count();
    for (const ImportedPacket& p : c.packets) {
        const std::int64_t t = *p.seenAt[file];
        times.push_back(sideOf(p) == near ? AbsoluteTimes{t, t + d} : AbsoluteTimes{t - d, t});
    }
    if (gaps)
        keepCauseBeforeEffect(c.packets, file, near, times);
    return timing;
}

// Which file was taken at A: the one that sees A's packets first and B's last.
bool fileZeroAtA(const std::vector<ImportedPacket>& packets) {
    long votes = 0;
    for (const ImportedPacket& p : packets) {
        if (!p.seenAt[0] || !p.seenAt[1] || *p.seenAt[0] == *p.seenAt[1])
            continue;
        const bool zeroFirst = *p.seenAt[0] < *p.seenAt[1];
        votes += zeroFirst == p.fromA ? 1 : -1;
    }
    return votes >= 0;
}

std::int64_t medianDelay(const std::vector<ImportedPacket>& packets, bool zeroAtA) {
    std::vector<std::int64_t> delays;
    for (const ImportedPacket& p : packets) {
        if (!p.seenAt[0] || !p.seenAt[1])
            continue;
        const std::size_t sender = p.fromA == zeroAtA ? 0 : 1;
        delays.push_back(std::max<std::int64_t>(0, *p.seenAt[1 - sender] - *p.seenAt[sender]));
    }
    if (delays.empty())
        return 0;
    std::nth_element(delays.begin(), delays.begin() + static_cast<std::ptrdiff_t>(delays.size() / 2),
                     delays.end());
    return delays[delays.size() / 2];
}

ConnectionTiming twoCaptures(const ImportedConnection& c, std::vector<AbsoluteTimes>& times) {
    ConnectionTiming timing;
    const bool zeroAtA = fileZeroAtA(c.packets);
    timing.method = CaptureTiming::TwoCaptures;
    timing.nearSide = zeroAtA ? 0 : 1;
    const std::int64_t d = medianDelay(c.packets, zeroAtA);
    timing.oneWayDelay = Micros(d);
    for (const ImportedPacket& p : c.packets) {
        const std::size_t sender = p.fromA == zeroAtA ? 0 : 1;
        const std::optional<std::int64_t>& sent = p.seenAt[sender];
        const std::optional<std::int64_t>& arrived = p.seenAt[1 - sender];
        AbsoluteTimes t;
        t.sent = sent ? *sent : *arrived - d;
        t.arrived = arrived ? std::max(*arrived, t.sent) : t.sent + d;
        t.lost = !arrived;
        times.push_back(t);
    }
    return timing;
}

} // namespace

ConnectionTiming estimateTiming(const ImportedConnection& connection) {
    std::array<bool, kMaxCaptureFiles> inFile{};
    for (const ImportedPacket& p : connection.packets)
        for (std::size_t f = 0; f < kMaxCaptureFiles; ++f)
            inFile[f] = inFile[f] || p.seenAt[f].has_value();
    std::vector<AbsoluteTimes> times;
    ConnectionTiming timing = inFile[0] && inFile[1]
                                  ? twoCaptures(connection, times)
                                  : oneCapture(connection, inFile[0] ? 0 : 1, times);
    timing.epochMicros = times.empty() ? 0 : times.front().sent;
    for (const AbsoluteTimes& t : times)
        timing.epochMicros = std::min(timing.epochMicros, t.sent);
    for (const AbsoluteTimes& t : times)
        timing.packets.push_back(
            {Micros(t.sent - timing.epochMicros), Micros(t.arrived - timing.epochMicros), t.lost});
    return timing;
}

} // namespace core
