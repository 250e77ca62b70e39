#include "trace_invariants.h"

#include "core/connection.h"
#include "core/simulate.h"

#include <map>
#include <set>
#include <tuple>

namespace testsupport {

using namespace core;

namespace {

struct Snapshot {
    State state = State::Closed;
    bool quiet = true;
};

// Rules after which a connection did not close normally.
bool isAbnormal(Rule r) {
    switch (r) {
    case Rule::RstReceived:
    case Rule::RstInPassiveSynReceived:
    case Rule::SynInPassiveSynReceived:
    case Rule::AbortCall:
    case Rule::SynInSynchronized:
    case Rule::RetransmissionLimit:
    case Rule::FinWait2Timeout:
    case Rule::KeepaliveTimeout:
    case Rule::TimeWaitReopen:
    case Rule::HostCrashed:
        return true;
    default:
        return false;
    }
}

struct PerConn {
    std::uint64_t delivered = 0;
    std::uint64_t sent = 0; // bytes SEND accepted
    bool abnormal = false;
    bool established = false;
    State last = State::Closed;
};

std::string name(const Trace& t, ConnId c) {
    return t.endpointName(c) + " (conn " + std::to_string(c) + ")";
}

std::map<ConnId, PerConn> walk(const Trace& trace, std::vector<std::string>& problems) {
    std::map<ConnId, PerConn> conns;
    const AppCalled* pendingSend = nullptr;
    for (const TraceEvent& e : trace.events) {
        if (const auto* s = std::get_if<StateChanged>(&e.body)) {
            // A listener's child starts as a copy of the listener, in LISTEN.
            const bool child = trace.conns[static_cast<std::size_t>(s->conn)].listener != kNone;
            PerConn& pc = conns
                              .try_emplace(s->conn, PerConn{0, 0, false, false,
                                                            child ? State::Listen : State::Closed})
                              .first->second;
            if (s->rule != Rule::HostCrashed && !isNotTcp(s->rule) &&
                !isAllowedTransition(s->from, s->to))
                problems.push_back("t=" + std::to_string(e.t.count()) + " " + name(trace, s->conn) +
                                   ": transition " + std::string(toString(s->from)) + " -> " +
                                   std::string(toString(s->to)) + " is not in RFC 9293");
            if (pc.last != s->from)
                problems.push_back(name(trace, s->conn) + ": state change from " +
                                   std::string(toString(s->from)) + " but it was in " +
                                   std::string(toString(pc.last)));
            pc.last = s->to;
            pc.abnormal = pc.abnormal || isAbnormal(s->rule);
            pc.established = pc.established || s->to == State::Established;
        } else if (const auto* d = std::get_if<DataDelivered>(&e.body)) {
            PerConn& pc = conns[d->conn];
            if (d->offset != pc.delivered)
                problems.push_back(name(trace, d->conn) + ": delivered offset " +
                                   std::to_string(d->offset) + ", expected " +
                                   std::to_string(pc.delivered));
            pc.delivered = d->offset + d->bytes;
        } else if (const auto* a = std::get_if<AppCalled>(&e.body)) {
            if (a->call == AppCall::Send)
                conns[a->conn].sent += a->bytes;
            pendingSend = a->call == AppCall::Send ? a : nullptr;
            continue;
        } else if (const auto* r = std::get_if<AppResult>(&e.body)) {
            if (pendingSend && r->call == AppCall::Send && r->conn == pendingSend->conn &&
                r->error != SocketError::None)
                conns[r->conn].sent -= pendingSend->bytes;
        }
        pendingSend = nullptr;
    }
    return conns;
}

// Client and server TCBs of one connection, matched by 4-tuple; a 4-tuple
// used more than once is left out, as its bytes cannot be told apart.
void checkNothingLost(const Trace& trace, const std::map<ConnId, PerConn>& conns,
                      std::vector<std::string>& problems) {
    using Key = std::tuple<std::uint32_t, Port, std::uint32_t, Port>;
    std::map<Key, std::vector<ConnId>> byTuple;
    for (std::size_t c = 0; c < trace.conns.size(); ++c) {
        const ConnInfo& i = trace.conns[c];
        if (i.remotePort == 0 || i.localPort == 0)
            continue;
        const std::uint32_t local = trace.hosts[static_cast<std::size_t>(i.host)].address.v4;
        const std::uint32_t remote = i.remoteAddress.v4;
        // Order the two endpoints so that both sides map to the same key.
        const Key k = std::make_pair(local, i.localPort) < std::make_pair(remote, i.remotePort)
                          ? Key{local, i.localPort, remote, i.remotePort}
                          : Key{remote, i.remotePort, local, i.localPort};
        byTuple[k].push_back(static_cast<ConnId>(c));
    }
    for (const auto& [key, ids] : byTuple) {
        if (ids.size() != 2)
            continue;
        const PerConn& a = conns.at(ids[0]);
        const PerConn& b = conns.at(ids[1]);
        const bool normal = !a.abnormal && !b.abnormal && a.last == State::Closed &&
                            b.last == State::Closed && a.established && b.established;
        if (!normal)
            continue;
        if (b.delivered != a.sent)
            problems.push_back(name(trace, ids[1]) + " got " + std::to_string(b.delivered) +
                               " of " + std::to_string(a.sent) + " bytes after a normal close");
        if (a.delivered != b.sent)
            problems.push_back(name(trace, ids[0]) + " got " + std::to_string(a.delivered) +
                               " of " + std::to_string(b.sent) + " bytes after a normal close");
    }
}

} // namespace

std::vector<std::string> checkTraceInvariants(const Trace& trace) {
    std::vector<std::string> problems;
    const auto conns = walk(trace, problems);
    checkNothingLost(trace, conns, problems);
    return problems;
}

std::string prefixDifference(const Trace& a, const Trace& b, Micros t) {
    std::size_t n = 0;
    while (n < a.events.size() && a.events[n].t < t)
        ++n;
    if (b.events.size() < n)
        return "the second trace has only " + std::to_string(b.events.size()) + " events";
    for (std::size_t i = 0; i < n; ++i) {
        if (!(a.events[i] == b.events[i]))
            return "event " + std::to_string(i) + " differs";
        if (const auto* sent = std::get_if<SegmentSent>(&a.events[i].body)) {
            const auto id = static_cast<std::size_t>(sent->seg);
            if (b.segments.size() <= id || !(a.segments[id] == b.segments[id]))
                return "segment " + std::to_string(id) + " differs";
        }
    }
    return "";
}

std::vector<std::string> checkInvariants(const Scenario& scenario) {
    std::vector<std::string> problems;
    std::map<ConnId, Snapshot> last;
    const Trace trace = simulate(scenario, [&](Micros now, const Connection& tcb) {
        if (tcb.sndNxt() < tcb.sndUna())
            problems.push_back("t=" + std::to_string(now.count()) + " conn " +
                               std::to_string(tcb.id()) + ": SND.NXT < SND.UNA");
        const bool quiet =
            tcb.sndUna() == tcb.sndNxt() && !tcb.timerDeadline(TimerKind::Retransmission);
        last[tcb.id()] = Snapshot{tcb.state(), quiet};
    });
    for (std::string& p : checkTraceInvariants(trace))
        problems.push_back(std::move(p));

    std::map<ConnId, State> finalState;
    for (const TraceEvent& e : trace.events)
        if (const auto* s = std::get_if<StateChanged>(&e.body))
            finalState[s->conn] = s->to;
    for (const auto& [c, state] : finalState) {
        const bool child = trace.conns[static_cast<std::size_t>(c)].listener != kNone;
        if (state == State::Closed || (state == State::Listen && child))
            continue;
        if (state == State::Listen)
            continue; // a listener waits for connections forever
        const bool halfOrOpen =
            state == State::Established || state == State::CloseWait || state == State::FinWait2;
        if (!halfOrOpen || !last[c].quiet)
            problems.push_back(name(trace, c) + " ends in " + std::string(toString(state)) +
                               (last[c].quiet ? "" : ", not quiet"));
    }
    return problems;
}

} // namespace testsupport
