#include "capture_point.h"

#include <variant>

namespace core {

namespace {

std::optional<HostId> firstAcceptingHost(const Trace& trace) {
    for (const TraceEvent& event : trace.events) {
        const auto* result = std::get_if<AppResult>(&event.body);
        if (!result || result->call != AppCall::Accept || result->error != SocketError::None ||
            result->conn < 0 || static_cast<std::size_t>(result->conn) >= trace.conns.size())
            continue;
        const HostId host = trace.conns[static_cast<std::size_t>(result->conn)].host;
        if (host >= 0 && static_cast<std::size_t>(host) < trace.hosts.size())
            return host;
    }
    return std::nullopt;
}

const SegmentRecord* recordOf(const Trace& trace, SegId id) {
    if (id < 0 || static_cast<std::size_t>(id) >= trace.segments.size())
        return nullptr;
    return &trace.segments[static_cast<std::size_t>(id)];
}

// Whether a segment dropped for this reason had reached its host's interface.
bool droppedAfterTheInterface(DropReason reason) {
    switch (reason) {
    case DropReason::QueueFull: // the listener dropped the SYN
    case DropReason::NoSocket:  // no UDP socket took the datagram
        return true;
    case DropReason::LinkLoss:
    case DropReason::NoRoute:
    case DropReason::HostDown: // nothing runs on a crashed host, a capture included
    case DropReason::Fault:
        return false;
    }
    return false;
}

// The segment `event` shows passing `host`'s interface, if any.
std::optional<CapturedSegment> passing(const Trace& trace, HostId host, const TraceEvent& event) {
    if (const auto* sent = std::get_if<SegmentSent>(&event.body)) {
        const SegmentRecord* rec = recordOf(trace, sent->seg);
        if (rec && rec->fromHost == host)
            return CapturedSegment{event.t, sent->seg, true};
        return std::nullopt;
    }
    SegId reached = kNone;
    if (const auto* arrived = std::get_if<SegmentArrived>(&event.body))
        reached = arrived->seg;
    else if (const auto* dropped = std::get_if<SegmentDropped>(&event.body);
             dropped && droppedAfterTheInterface(dropped->reason))
        reached = dropped->seg;
    const SegmentRecord* rec = recordOf(trace, reached);
    // A segment a host sent to itself was captured when sent.
    if (rec && rec->toHost == host && rec->fromHost != host)
        return CapturedSegment{event.t, reached, false};
    return std::nullopt;
}

} // namespace

DefaultCaptureHost defaultCaptureHost(const Trace& trace) {
    if (const std::optional<HostId> host = firstAcceptingHost(trace))
        return {*host, CaptureHostChoice::FirstAccepting};
    if (trace.hosts.size() >= 2)
        return {1, CaptureHostChoice::SecondHost};
    if (trace.hosts.size() == 1)
        return {0, CaptureHostChoice::OnlyHost};
    return {};
}

std::optional<HostId> findHost(const Trace& trace, std::string_view nameOrAddress) {
    const std::optional<Address> address = parseAddress(nameOrAddress);
    for (std::size_t i = 0; i < trace.hosts.size(); ++i) {
        const HostInfo& info = trace.hosts[i];
        if (info.name == nameOrAddress || (address && info.address == *address))
            return static_cast<HostId>(i);
    }
    return std::nullopt;
}

std::vector<CapturedSegment> capturedSegments(const Trace& trace, HostId host) {
    std::vector<CapturedSegment> captured;
    for (const TraceEvent& event : trace.events) {
        if (const std::optional<CapturedSegment> segment = passing(trace, host, event))
            captured.push_back(*segment);
    }
    return captured;
}

} // namespace core
