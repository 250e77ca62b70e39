#include "fault_match.h"

namespace core {
namespace {

// A name no host has never matches: HostIds are never below kNone.
constexpr HostId kUnknownHost = kNone - 1;

std::optional<HostId> resolve(const std::string& name, const std::vector<HostSpec>& hosts) {
    if (name.empty())
        return std::nullopt;
    for (std::size_t i = 0; i < hosts.size(); ++i)
        if (hosts[i].name == name)
            return static_cast<HostId>(i);
    return kUnknownHost;
}

} // namespace

bool actsOnSegments(FaultKind kind) {
    switch (kind) {
    case FaultKind::Drop:
    case FaultKind::Delay:
    case FaultKind::Duplicate:
    case FaultKind::Partition:
        return true;
    case FaultKind::Crash:
    case FaultKind::Restart:
    case FaultKind::Inject:
    case FaultKind::Link:
        return false;
    }
    return false;
}

FaultMatcher::FaultMatcher(const FaultSpec& fault, const std::vector<HostSpec>& hosts)
    : m_kind(fault.kind) {
    if (fault.kind == FaultKind::Partition) {
        m_from = resolve(fault.host, hosts).value_or(kUnknownHost);
        m_to = resolve(fault.peer, hosts).value_or(kUnknownHost);
        m_between = fault.between;
        return;
    }
    const SegmentMatch& m = fault.match;
    m_segment = m.segment;
    m_from = resolve(m.from, hosts);
    m_to = resolve(m.to, hosts);
    m_flags = m.flags;
    m_flagsExact = m.flagsExact;
    m_between = m.between;
    m_nth = m.nth;
}

bool FaultMatcher::meets(const SegmentRecord& segment, SegId id, Micros sentAt) const {
    if (!actsOnSegments(m_kind) || segment.toHost == kNone)
        return false;
    if (m_between && !m_between->contains(sentAt))
        return false;
    if (m_kind == FaultKind::Partition)
        return (segment.fromHost == m_from && segment.toHost == m_to) ||
               (segment.fromHost == m_to && segment.toHost == m_from);
    if (m_kind == FaultKind::Duplicate && segment.origin == SegmentOrigin::Duplicate)
        return false;
    if (m_segment && id != *m_segment)
        return false;
    if ((m_from && segment.fromHost != *m_from) || (m_to && segment.toHost != *m_to))
        return false;
    const std::uint8_t bits = segment.header.flags.bits();
    if (m_flagsExact)
        return bits == m_flags.bits();
    return (bits & m_flags.bits()) == m_flags.bits();
}

} // namespace core
