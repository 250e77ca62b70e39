#include "ui/segment_label.h"

#include <optional>
#include <tuple>

namespace ui {
namespace {

// Flags in the order a reader says them: SYN, FIN, RST, PSH, ACK, then the rest.
constexpr core::Flag kLabelOrder[] = {core::Flag::Syn, core::Flag::Fin, core::Flag::Rst,
                                      core::Flag::Psh, core::Flag::Ack, core::Flag::Urg,
                                      core::Flag::Ece, core::Flag::Cwr};

// One end of a segment as the diagram gives it a lane: a host's port, or an
// address no host owns.
using Endpoint = std::tuple<core::HostId, std::uint32_t, core::Port>;

Endpoint sender(const core::SegmentRecord& r) {
    return {r.fromHost, r.fromHost == core::kNone ? r.src.v4 : 0u, r.header.srcPort};
}

Endpoint receiver(const core::SegmentRecord& r) {
    return {r.toHost, r.toHost == core::kNone ? r.dst.v4 : 0u, r.header.dstPort};
}

bool isNewSyn(const core::SegmentRecord& r) {
    return r.header.flags.has(core::Flag::Syn) &&
           (r.origin == core::SegmentOrigin::Normal || r.origin == core::SegmentOrigin::SynCookie);
}

// The ISN of the direction from -> to as of segment `upTo`: its last new SYN.
std::uint32_t isnOf(const core::Trace& trace, const Endpoint& from, const Endpoint& to,
                    core::SegId upTo) {
    std::optional<std::uint32_t> isn;
    for (core::SegId s = 0; s <= upTo; ++s) {
        const core::SegmentRecord& r = trace.segments[static_cast<std::size_t>(s)];
        if (isNewSyn(r) && sender(r) == from && receiver(r) == to)
            isn = r.header.seq.value();
    }
    return isn.value_or(0);
}

} // namespace

std::string segmentLabel(const core::SegmentRecord& r, std::uint32_t seqBase,
                         std::uint32_t ackBase) {
    if (r.protocol == core::Protocol::Udp)
        return "UDP len=" + std::to_string(r.payloadLength);
    const core::Segment& h = r.header;
    std::string text;
    for (core::Flag f : kLabelOrder) {
        if (h.flags.has(f))
            text += (text.empty() ? "" : ", ") + std::string(core::flagName(f));
    }
    const std::uint32_t seq = h.seq.value() - seqBase;
    text += (text.empty() ? "seq=" : " seq=") + std::to_string(seq);
    if (r.payloadLength > 0)
        text += ':' + std::to_string(seq + r.payloadLength);
    if (h.flags.has(core::Flag::Ack))
        text += " ack=" + std::to_string(h.ack.value() - ackBase);
    return text;
}

std::string segmentLabel(const core::Trace& trace, core::SegId id, bool relative) {
    const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(id));
    if (!relative || r.protocol == core::Protocol::Udp)
        return segmentLabel(r, 0, 0);
    const SequenceBases bases = relativeBases(trace, id);
    return segmentLabel(r, bases.seq, bases.ack);
}

SequenceBases relativeBases(const core::Trace& trace, core::SegId id) {
    const core::SegmentRecord& r = trace.segments.at(static_cast<std::size_t>(id));
    return {isnOf(trace, sender(r), receiver(r), id), isnOf(trace, receiver(r), sender(r), id)};
}

} // namespace ui
