#pragma once

// The text a segment carries in the sequence diagram, "SYN, ACK seq=300 ack=101",
// for the diagram itself and for anything else that names a segment.

#include "core/trace.h"

#include <cstdint>
#include <string>

namespace ui {

// Flags in the order SYN, FIN, RST, PSH, ACK, URG, ECE, CWR, then "seq="
// (first:end when the segment carries data) and "ack=" when ACK is set;
// "UDP len=5" for a datagram. `seqBase` is subtracted from the sequence
// number and `ackBase` from the acknowledgment number (0: absolute numbers).
std::string segmentLabel(const core::SegmentRecord& segment, std::uint32_t seqBase,
                         std::uint32_t ackBase);

// Segment `id` of `trace` as layoutSequence() labels its arrow. With
// `relative`, numbers are relative to the ISN of each direction between two
// endpoints: the sequence number of the last new (not retransmitted) SYN sent
// that way up to this segment.
std::string segmentLabel(const core::Trace& trace, core::SegId id, bool relative);

// The ISNs that relative numbers of segment `id` count from: `seq` of its own
// direction, `ack` of the opposite one (0 where no SYN was seen).
struct SequenceBases {
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
};
SequenceBases relativeBases(const core::Trace& trace, core::SegId id);

} // namespace ui
