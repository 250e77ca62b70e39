#include "expected_analysis.h"

#include <optional>
#include <tuple>
#include <utility>

namespace capturetest {

namespace {

using core::Flag;
using core::SeqNum;

// One direction of one connection (or UDP flow), as a capture sees it.
using Direction = std::tuple<core::Protocol, std::uint32_t, core::Port, std::uint32_t, core::Port>;

Direction directionOf(const core::SegmentRecord& rec) {
    return {rec.protocol, rec.src.v4, rec.header.srcPort, rec.dst.v4, rec.header.dstPort};
}

// Both directions of one 4-tuple, as one conversation.
using Conversation =
    std::tuple<core::Protocol, std::uint32_t, core::Port, std::uint32_t, core::Port>;

Conversation conversationOf(const core::SegmentRecord& rec) {
    const auto [protocol, srcAddr, srcPort, dstAddr, dstPort] = directionOf(rec);
    if (std::tie(srcAddr, srcPort) < std::tie(dstAddr, dstPort))
        return {protocol, srcAddr, srcPort, dstAddr, dstPort};
    return {protocol, dstAddr, dstPort, srcAddr, srcPort};
}

bool isBareSyn(const core::SegmentRecord& rec) {
    return rec.protocol == core::Protocol::Tcp && rec.header.flags.has(Flag::Syn) &&
           !rec.header.flags.has(Flag::Ack);
}

// Where the conversation of captured[i] starts. Wireshark starts a new one
// ("TCP port numbers reused") at a SYN without ACK whose sequence number
// differs from the earlier SYN sent in the same direction; the same SYN again
// is a retransmission, even after a RST.
std::size_t conversationStart(const core::Trace& trace,
                              const std::vector<core::CapturedSegment>& captured, std::size_t i) {
    const Conversation key =
        conversationOf(trace.segments.at(static_cast<std::size_t>(captured[i].seg)));
    std::size_t start = 0;
    std::optional<std::pair<Direction, SeqNum>> lastSyn;
    for (std::size_t p = 0; p <= i; ++p) {
        const core::SegmentRecord& rec =
            trace.segments.at(static_cast<std::size_t>(captured[p].seg));
        if (conversationOf(rec) != key)
            continue;
        if (isBareSyn(rec)) {
            const bool otherSyn =
                lastSyn && lastSyn->first == directionOf(rec) && lastSyn->second != rec.header.seq;
            if (otherSyn)
                start = p;
            lastSyn = std::pair(directionOf(rec), rec.header.seq);
        }
    }
    return start;
}

bool looksLikeKeepAlive(const core::SegmentRecord& rec, std::optional<SeqNum> nextExpected) {
    const core::Flags f = rec.header.flags;
    return nextExpected && rec.payloadLength <= 1 && !f.has(Flag::Syn) && !f.has(Flag::Fin) &&
           !f.has(Flag::Rst) && rec.header.seq + 1 == *nextExpected;
}

// The highest SEG.SEQ + SEG.LEN a capture has seen in one direction (what
// Wireshark calls the next expected sequence number), over all the segments
// captured so far and over those among them sent before the one now judged.
struct SeenSoFar {
    std::optional<SeqNum> any;
    std::optional<SeqNum> sentBefore;
};

void raiseTo(std::optional<SeqNum>& highest, SeqNum end) {
    if (!highest || end > *highest)
        highest = end;
}

const core::SegmentRecord& recordOf(const core::Trace& trace, core::SegId id) {
    return trace.segments.at(static_cast<std::size_t>(id));
}

bool below(SeqNum seq, std::optional<SeqNum> limit) {
    return limit && seq < *limit;
}

ExpectedPacket judge(const core::SegmentRecord& rec, const SeenSoFar& seen) {
    if (rec.protocol != core::Protocol::Tcp)
        return {}; // no sequence numbers, nothing to analyse
    const bool retransmitted = rec.origin == core::SegmentOrigin::Retransmission;
    if (looksLikeKeepAlive(rec, seen.any))
        return {Expected::KeepAlive, false};
    const bool occupiesSequenceSpace = rec.header.segLen() + rec.payloadLength > 0;
    if (!occupiesSequenceSpace || !below(rec.header.seq, seen.any))
        return {Expected::NotRetransmission, retransmitted && occupiesSequenceSpace};
    if (retransmitted)
        return {Expected::Retransmission, false};
    if (below(rec.header.seq, seen.sentBefore))
        return {Expected::Repeated, false};
    return {Expected::Reordered, false};
}

} // namespace

std::string_view toString(Expected e) {
    switch (e) {
    case Expected::NotRetransmission:
        return "not a retransmission";
    case Expected::Retransmission:
        return "retransmission";
    case Expected::Reordered:
        return "reordered (out of order or retransmission)";
    case Expected::Repeated:
        return "repeats sequence space (retransmission or out of order)";
    case Expected::KeepAlive:
        return "keep-alive";
    }
    return "?";
}

std::vector<ExpectedPacket> expectedAnalysis(const core::Trace& trace,
                                             const std::vector<core::CapturedSegment>& captured) {
    std::vector<ExpectedPacket> expected;
    for (std::size_t i = 0; i < captured.size(); ++i) {
        const core::SegmentRecord& rec = recordOf(trace, captured[i].seg);
        SeenSoFar seen;
        for (std::size_t j = conversationStart(trace, captured, i); j < i; ++j) {
            const core::SegmentRecord& earlier = recordOf(trace, captured[j].seg);
            if (directionOf(earlier) != directionOf(rec))
                continue;
            // header.segLen() counts SYN and FIN; the payload lives in the trace.
            const SeqNum end = earlier.header.seq + earlier.header.segLen() + earlier.payloadLength;
            raiseTo(seen.any, end);
            if (captured[j].seg < captured[i].seg)
                raiseTo(seen.sentBefore, end);
        }
        expected.push_back(judge(rec, seen));
    }
    return expected;
}

} // namespace capturetest
