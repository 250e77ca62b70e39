#pragma once

#include "core/trace.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

// Small questions tests ask of a trace.
namespace testsupport {

// Every event of one kind, with its time.
template <typename E> std::vector<std::pair<core::Micros, E>> eventsOf(const core::Trace& t) {
    std::vector<std::pair<core::Micros, E>> out;
    for (const core::TraceEvent& e : t.events)
        if (const auto* x = std::get_if<E>(&e.body))
            out.emplace_back(e.t, *x);
    return out;
}

// The states a connection entered, in order.
std::vector<core::State> statesOf(const core::Trace& t, core::ConnId c);
// The newest connection of a socket name ("client", "srv/1"); kNone if none.
core::ConnId connNamed(const core::Trace& t, const std::string& socket);
// The connections a listener spawned, accepted or not, in the order they were made.
std::vector<core::ConnId> childrenOf(const core::Trace& t, const std::string& listenerSocket);
// The states the newest connection of a socket entered.
std::vector<core::State> statesOfSocket(const core::Trace& t, const std::string& socket);
// What the application was told for one kind of call, in order.
std::vector<core::SocketError> errorsOf(const core::Trace& t, core::AppCall call);
// Bytes delivered to connections whose socket name starts with `prefix`.
std::uint64_t bytesDeliveredTo(const core::Trace& t, const std::string& prefix);
// One segment's record.
const core::SegmentRecord& segment(const core::Trace& t, core::SegId id);
// When a segment was sent, arrived, or was dropped (and why); nullopt if never.
std::optional<core::Micros> sentAt(const core::Trace& t, core::SegId id);
std::optional<core::Micros> arrivedAt(const core::Trace& t, core::SegId id);
std::optional<std::pair<core::Micros, core::DropReason>> droppedAt(const core::Trace& t,
                                                                   core::SegId id);
// Segments that satisfy a predicate.
template <typename Pred> std::vector<core::SegId> segmentsWhere(const core::Trace& t, Pred pred) {
    std::vector<core::SegId> ids;
    for (std::size_t i = 0; i < t.segments.size(); ++i)
        if (pred(t.segments[i]))
            ids.push_back(static_cast<core::SegId>(i));
    return ids;
}

} // namespace testsupport
