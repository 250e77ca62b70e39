// Lab edits that add something to the scenario: application calls and
// crafted segments, with the RST a blind attacker would send.
#include "scenario_edit.h"
#include "scenario_edit_detail.h"

#include <algorithm>
#include <variant>

namespace core {
namespace {

bool isSocketId(const Scenario& s, const std::string& id) {
    return std::any_of(s.sockets.begin(), s.sockets.end(),
                       [&id](const SocketSpec& socket) { return socket.id == id; });
}

bool listensOn(const Scenario& s, const std::string& id) {
    return std::any_of(s.script.begin(), s.script.end(), [&id](const AppAction& a) {
        return a.call == AppCall::Listen && a.socket == id;
    });
}

bool isConnectionNumber(std::string_view text) {
    return !text.empty() && text.size() <= 9 && text.front() != '0' &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The names the scenario format accepts (docs/scenario-format.md, "Accepted
// connections"): a socket id, or "<id>/<n>" for a socket some action listens on.
void checkSocket(const Scenario& s, const AppAction& action) {
    const std::size_t slash = action.socket.find('/');
    const std::string id = action.socket.substr(0, slash);
    if (!isSocketId(s, id))
        throw EditError("the scenario has no socket \"" + id + "\"");
    if (slash == std::string::npos)
        return;
    if (!isConnectionNumber(action.socket.substr(slash + 1)) || !listensOn(s, id))
        throw EditError("\"" + action.socket + "\" is not a connection accepted by \"" + id + "\"");
    if (action.call == AppCall::Listen || action.call == AppCall::Connect)
        throw EditError("listen and connect need a socket of the scenario");
}

void checkCall(const Scenario& s, AppAction& action) {
    constexpr std::uint64_t kLargestSend = 100'000'000; // as the format allows
    switch (action.call) {
    case AppCall::Connect:
        edit::requireHost(s, action.peerHost);
        if (action.peerPort == 0)
            throw EditError("connect needs a port from 1 to 65535");
        return;
    case AppCall::Send:
        if (!action.text.empty())
            action.bytes = 0; // text or filler, not both
        else if (action.bytes == 0 || action.bytes > kLargestSend)
            throw EditError("send needs text or 1 to 100000000 bytes");
        return;
    case AppCall::Listen:
        action.backlog = std::max(action.backlog, -1);
        return;
    case AppCall::SetOption: {
        const SocketOptions& o = action.options;
        if (!o.keepalive && !o.keepaliveIdle && !o.keepaliveInterval && !o.keepaliveProbes)
            throw EditError("setsockopt needs an option");
        return;
    }
    case AppCall::Close:
    case AppCall::Abort:
        return;
    case AppCall::Accept:
    case AppCall::Receive:
        break;
    }
    throw EditError("accept and receive are not script calls");
}

// Whether the scenario uses this address already: a host, or where an inject
// sends to or claims to come from (a SYN flood counts up from its source).
bool addressInUse(const Scenario& s, Address address) {
    const auto is = [&address](const std::string& hostOrAddress) {
        const auto parsed = parseAddress(hostOrAddress);
        return parsed && *parsed == address;
    };
    for (const HostSpec& h : s.hosts)
        if (h.address == address)
            return true;
    for (const FaultSpec& f : s.faults) {
        if (f.kind != FaultKind::Inject)
            continue;
        const auto src = parseAddress(f.inject.src);
        if (is(f.inject.to) ||
            (src && address.v4 - src->v4 < static_cast<std::uint32_t>(f.inject.count)))
            return true;
    }
    return false;
}

Address freeAddress(const Scenario& s) {
    Address address = *parseAddress("10.0.0.66");
    while (addressInUse(s, address))
        ++address.v4;
    return address;
}

void checkInject(const Scenario& s, Micros at, const InjectSpec& spec) {
    const auto known = [&s](const std::string& hostOrAddress) {
        return parseAddress(hostOrAddress) ||
               std::any_of(s.hosts.begin(), s.hosts.end(),
                           [&](const HostSpec& h) { return h.name == hostOrAddress; });
    };
    if (spec.from.empty() || spec.from.find(':') != std::string::npos)
        throw EditError("an inject needs a sending host whose name has no ':'");
    if (!known(spec.to) || (!spec.src.empty() && !known(spec.src)))
        throw EditError("an inject goes to and claims a host of the scenario or an address");
    if (spec.count < 1 || spec.count > 100000 || spec.every < Micros{0})
        throw EditError("an inject sends 1 to 100000 copies, 0s or more apart");
    if (!hostUpAt(s, spec.from, at))
        throw EditError("host \"" + spec.from + "\" is down and would send nothing");
}

std::optional<std::string> hostWithAddress(const Trace& trace, Address address) {
    for (const HostInfo& h : trace.hosts)
        if (h.address == address)
            return h.name;
    return std::nullopt;
}

// "attacker", unless that name is one end of the connection.
std::string offPathHost(const std::string& target, const std::optional<std::string>& peer) {
    std::string name(kAttackerHost);
    for (int n = 2; name == target || name == peer; ++n)
        name = std::string(kAttackerHost) + std::to_string(n);
    return name;
}

std::optional<SeqNum> firstSynOf(const Trace& trace, ConnId target, Micros at) {
    for (const TraceEvent& e : trace.events) {
        if (e.t > at)
            break;
        const auto* sent = std::get_if<SegmentSent>(&e.body);
        if (!sent)
            continue;
        const SegmentRecord& rec = trace.segments[static_cast<std::size_t>(sent->seg)];
        if (rec.conn == target && rec.header.flags.has(Flag::Syn))
            return rec.header.seq;
    }
    return std::nullopt;
}

} // namespace

std::vector<std::string> socketsAt(const Scenario& scenario, const Trace& trace, Micros at) {
    std::vector<std::string> names;
    for (const SocketSpec& socket : scenario.sockets)
        names.push_back(socket.id);
    for (const TraceEvent& e : trace.events) {
        if (e.t > at)
            break;
        const auto* result = std::get_if<AppResult>(&e.body);
        if (!result || result->call != AppCall::Accept || result->accepted == kNone)
            continue;
        const std::string& name = trace.conns.at(static_cast<std::size_t>(result->accepted)).socket;
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    return names;
}

Scenario appCall(Scenario scenario, Micros at, AppAction action) {
    edit::checkTime(scenario, at);
    checkSocket(scenario, action);
    checkCall(scenario, action);
    action.when = Trigger{};
    action.when.at = at;
    action.edit = nextEditNumber(scenario);
    scenario.script.push_back(std::move(action));
    return scenario;
}

Scenario injectSegment(Scenario scenario, Micros at, InjectSpec spec) {
    edit::checkTime(scenario, at);
    const bool hasSender = std::any_of(scenario.hosts.begin(), scenario.hosts.end(),
                                       [&](const HostSpec& h) { return h.name == spec.from; });
    if (!hasSender && !spec.from.empty() && spec.from.find(':') == std::string::npos)
        scenario.hosts.push_back({spec.from, freeAddress(scenario)});
    checkInject(scenario, at, spec);
    FaultSpec fault;
    fault.kind = FaultKind::Inject;
    fault.at = at;
    fault.inject = std::move(spec);
    return edit::addFault(std::move(scenario), std::move(fault));
}

std::optional<SeqNum> rcvNxtAt(const Trace& trace, ConnId target, Micros at) {
    const ConnInfo& info = trace.conns.at(static_cast<std::size_t>(target));
    const auto fromPeer = [&info](const SegmentRecord& r) {
        return r.toHost == info.host && r.header.dstPort == info.localPort &&
               r.src == info.remoteAddress && r.header.srcPort == info.remotePort;
    };
    const auto record = [&trace](SegId id) -> const SegmentRecord& {
        return trace.segments[static_cast<std::size_t>(id)];
    };
    std::optional<SeqNum> rcvNxt;
    for (const TraceEvent& e : trace.events) {
        if (e.t > at)
            break;
        if (const auto* changed = std::get_if<StateChanged>(&e.body)) {
            // The segment that made the connection synchronized: the peer's SYN
            // (RCV.NXT = SEG.SEQ + 1, 3.10.7.2), or the ACK carrying a SYN cookie.
            if (changed->conn != target || rcvNxt || changed->cause == kNone ||
                !fromPeer(record(changed->cause)))
                continue;
            const SegmentRecord& cause = record(changed->cause);
            rcvNxt = cause.header.flags.has(Flag::Syn) ? cause.header.seq + 1 : cause.header.seq;
        } else if (const auto* sent = std::get_if<SegmentSent>(&e.body); sent && rcvNxt) {
            const SegmentRecord& rec = record(sent->seg);
            if (rec.conn == target && rec.header.flags.has(Flag::Ack) && rec.header.ack > *rcvNxt)
                rcvNxt = rec.header.ack;
        } else if (const auto* arrived = std::get_if<SegmentArrived>(&e.body); arrived && rcvNxt) {
            // Text or a FIN that arrived in order but is not acknowledged yet.
            const SegmentRecord& rec = record(arrived->seg);
            const SeqNum end =
                rec.header.seq + rec.payloadLength + (rec.header.flags.has(Flag::Fin) ? 1u : 0u);
            if (fromPeer(rec) && !rec.header.flags.has(Flag::Rst) && rec.header.seq <= *rcvNxt &&
                end > *rcvNxt)
                rcvNxt = end;
        }
    }
    return rcvNxt;
}

InjectSpec rstInto(const Trace& trace, const Scenario& scenario, Micros at, ConnId target,
                   RstSender sender, SeqChoice choice) {
    edit::checkTime(scenario, at);
    if (target < 0 || static_cast<std::size_t>(target) >= trace.conns.size())
        throw EditError("the trace has no connection " + std::to_string(target));
    const ConnInfo& info = trace.conns[static_cast<std::size_t>(target)];
    if (info.protocol != Protocol::Tcp || info.remotePort == 0)
        throw EditError("connection " + std::to_string(target) + " has no peer to claim to be");
    const std::string targetHost = trace.hosts.at(static_cast<std::size_t>(info.host)).name;
    const std::optional<std::string> peer = hostWithAddress(trace, info.remoteAddress);
    InjectSpec spec;
    spec.to = targetHost;
    spec.toPort = info.localPort;
    spec.src = peer.value_or(toString(info.remoteAddress));
    spec.srcPort = info.remotePort;
    if (sender == RstSender::Peer && !peer)
        throw EditError("no host of the scenario has the peer's address");
    spec.from = sender == RstSender::Peer ? *peer : offPathHost(targetHost, peer);
    constexpr std::uint32_t kBeyondAnyWindow = 1u << 30;
    if (const auto rcvNxt = rcvNxtAt(trace, target, at)) {
        // 3.10.7.4: a RST is valid when its sequence number is in the window.
        spec.flags = Flags(Flag::Rst);
        spec.seq = choice.kind == SeqChoice::Kind::InWindow ? rcvNxt->value()
                   : choice.kind == SeqChoice::Kind::OutOfWindow
                       ? (*rcvNxt + kBeyondAnyWindow).value()
                       : choice.seq;
        return spec;
    }
    // 3.10.7.3 SYN-SENT: a RST counts when its ACK acknowledges the SYN.
    const std::optional<SeqNum> iss = firstSynOf(trace, target, at);
    if (!iss)
        throw EditError("connection " + std::to_string(target) + " has sent no SYN yet");
    spec.flags = Flag::Rst | Flag::Ack;
    spec.seq = choice.kind == SeqChoice::Kind::Exact ? choice.seq : 0;
    const bool outside = choice.kind == SeqChoice::Kind::OutOfWindow;
    spec.ack = (*iss + 1 + (outside ? kBeyondAnyWindow : 0u)).value();
    return spec;
}

} // namespace core
