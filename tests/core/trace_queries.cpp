#include "trace_queries.h"

namespace testsupport {

using namespace core;

std::vector<State> statesOf(const Trace& t, ConnId c) {
    std::vector<State> states;
    for (const auto& [time, s] : eventsOf<StateChanged>(t))
        if (s.conn == c)
            states.push_back(s.to);
    return states;
}

ConnId connNamed(const Trace& t, const std::string& socket) {
    for (std::size_t c = t.conns.size(); c-- > 0;)
        if (t.conns[c].socket == socket)
            return static_cast<ConnId>(c);
    return kNone;
}

std::vector<ConnId> childrenOf(const Trace& t, const std::string& listenerSocket) {
    const ConnId listener = connNamed(t, listenerSocket);
    std::vector<ConnId> children;
    for (std::size_t c = 0; c < t.conns.size(); ++c)
        if (listener != kNone && t.conns[c].listener == listener)
            children.push_back(static_cast<ConnId>(c));
    return children;
}

std::vector<State> statesOfSocket(const Trace& t, const std::string& socket) {
    return statesOf(t, connNamed(t, socket));
}

std::vector<SocketError> errorsOf(const Trace& t, AppCall call) {
    std::vector<SocketError> errors;
    for (const auto& [time, r] : eventsOf<AppResult>(t))
        if (r.call == call)
            errors.push_back(r.error);
    return errors;
}

std::uint64_t bytesDeliveredTo(const Trace& t, const std::string& prefix) {
    std::uint64_t total = 0;
    for (const auto& [time, d] : eventsOf<DataDelivered>(t))
        if (t.conns[static_cast<std::size_t>(d.conn)].socket.starts_with(prefix))
            total += d.bytes;
    return total;
}

const SegmentRecord& segment(const Trace& t, SegId id) {
    return t.segments.at(static_cast<std::size_t>(id));
}

std::optional<Micros> sentAt(const Trace& t, SegId id) {
    for (const auto& [time, e] : eventsOf<SegmentSent>(t))
        if (e.seg == id)
            return time;
    return std::nullopt;
}

std::optional<Micros> arrivedAt(const Trace& t, SegId id) {
    for (const auto& [time, e] : eventsOf<SegmentArrived>(t))
        if (e.seg == id)
            return time;
    return std::nullopt;
}

std::optional<std::pair<Micros, DropReason>> droppedAt(const Trace& t, SegId id) {
    for (const auto& [time, e] : eventsOf<SegmentDropped>(t))
        if (e.seg == id)
            return std::pair(time, e.reason);
    return std::nullopt;
}

} // namespace testsupport
