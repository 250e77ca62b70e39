#pragma once

// Internal to hl_core: how a fault that acts on segments decides which ones.
// The simulator and unusedFaults() test segments with the same code.

#include "scenario.h"
#include "trace.h"

#include <optional>
#include <vector>

namespace core {

// Drop, Delay, Duplicate and Partition act on segments as they are sent.
bool actsOnSegments(FaultKind kind);

// A fault's conditions with host names resolved against the scenario's hosts.
class FaultMatcher {
public:
    FaultMatcher(const FaultSpec& fault, const std::vector<HostSpec>& hosts);

    // Whether `segment`, sent at `sentAt` with trace id `id`, meets every
    // condition of the fault, `nth` aside. Never true for a fault that does not
    // act on segments, for a segment that no host receives (it enters no
    // link), or for a duplicate fault and a copy (which would copy its copies).
    bool meets(const SegmentRecord& segment, SegId id, Micros sentAt) const;
    // Only the nth segment that meets the conditions, from 1; 0: every one.
    int nth() const { return m_nth; }

private:
    FaultKind m_kind;
    std::optional<SegId> m_segment;
    std::optional<HostId> m_from; // for a partition: one side
    std::optional<HostId> m_to;   // for a partition: the other side
    Flags m_flags;
    bool m_flagsExact = false;
    std::optional<TimeWindow> m_between;
    int m_nth = 0;
};

} // namespace core
