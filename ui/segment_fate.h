#pragma once

// What became of one segment of a trace: where it came from, whether and when
// it arrived, and which state changes it caused. The data is plain; the
// sentences are translated.

#include "core/trace.h"

#include <QString>
#include <optional>
#include <vector>

namespace ui {

enum class SegmentEnd : std::uint8_t { Delivered, Dropped, InFlight };

struct SegmentFate {
    core::SegId seg = core::kNone;
    core::Micros sentAt{};
    SegmentEnd end = SegmentEnd::InFlight;
    core::Micros endedAt{}; // when delivered or dropped
    std::optional<core::DropReason> dropReason;
    core::SegmentOrigin origin = core::SegmentOrigin::Normal;
    core::SegId original = core::kNone;       // what a retransmission or duplicate copies
    bool spoofed = false;                     // sent from an address that is not its host's
    std::vector<core::FaultAction> faults;    // what faults of the scenario did to it
    std::vector<core::StateChanged> caused;   // the state changes it triggered
    std::vector<core::SegId> retransmittedAs; // later copies by the retransmission timer
};

// Reads the trace once. Throws std::out_of_range for an id the trace does not have.
SegmentFate segmentFate(const core::Trace& trace, core::SegId seg);

// "0.150000 s": virtual time as the text trace writes it.
QString formatSeconds(core::Micros t);
// "1 byte", "5 bytes"
QString formatBytes(std::uint64_t count);
// "SYN, ACK": the flags in the order the sequence diagram's labels say them.
QString flagList(core::Flags flags);
// "#1 server:80 → client:49152 (SYN, ACK)"
QString segmentTitle(const core::Trace& trace, core::SegId seg);
// The origin as a phrase: "a retransmission of #0"; empty for a first transmission.
QString describeOrigin(const SegmentFate& fate);
// The end as a phrase: "delivered at 0.200000 s", "lost on the link at ...".
QString describeEnd(const core::Trace& trace, const SegmentFate& fate);
// The whole story in sentences: title and origin, end, what it caused.
QString describeFate(const core::Trace& trace, const SegmentFate& fate);

} // namespace ui
