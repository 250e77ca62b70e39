#include "simulator.h"

#include "checksum.h"
#include "random.h"

#include <algorithm>

namespace core {

Simulator::Simulator(const Scenario& scenario) : m_scenario(scenario), m_cookies(scenario.seed) {
    for (const HostSpec& spec : scenario.hosts) {
        const auto id = static_cast<HostId>(m_hosts.size());
        m_hosts.emplace_back(id, spec.name, spec.address, scenario.profile);
        m_hostByAddress[spec.address.v4] = id;
        m_hostByName[spec.name] = id;
        m_trace.hosts.push_back(HostInfo{spec.name, spec.address});
    }
    m_network.setDefault(scenario.defaultLink);
    for (const LinkSpec& link : scenario.links)
        m_network.setLink(m_hostByName.at(link.from), m_hostByName.at(link.to), link.params);

    for (const SocketSpec& socket : scenario.sockets)
        m_sockets.emplace(socket.id, &socket);
    m_actionDone.assign(scenario.script.size(), false);
    for (std::size_t i = 0; i < scenario.script.size(); ++i) {
        const AppAction& a = scenario.script[i];
        const auto index = static_cast<std::int32_t>(i);
        if (a.when.at)
            schedule(*a.when.at + a.when.delay, Job::Action, index);
        else
            m_triggers[a.socket].push_back(index);
    }
    setUpFaults();
}

Trace Simulator::run() {
    while (!m_queue.empty() && m_queue.top().t <= m_scenario.endTime) {
        const Queued q = m_queue.top();
        m_queue.pop();
        m_now = q.t;
        dispatch(q);
        settle();
    }
    return std::move(m_trace);
}

void Simulator::schedule(Micros t, Job job, std::int32_t index) {
    m_queue.push(Queued{t, m_order++, job, index});
}

void Simulator::dispatch(const Queued& q) {
    switch (q.job) {
    case Job::Arrive:
        arrive(q.index);
        break;
    case Job::Lose:
        m_trace.events.push_back({m_now, SegmentDropped{q.index, DropReason::LinkLoss}});
        break;
    case Job::Wake:
        wake(q.index);
        break;
    case Job::Action:
        runAction(q.index);
        break;
    case Job::Fault:
        runFault(q.index);
        break;
    case Job::FaultDrop:
        m_trace.events.push_back({m_now, SegmentDropped{q.index, DropReason::Fault}});
        break;
    case Job::Copy:
        sendCopy(q.index);
        break;
    }
}

// After each job: forget closed connections, then make sure every connection
// that did something is woken for its next timer.
void Simulator::settle() {
    while (!m_dying.empty()) {
        const ConnId c = m_dying.back();
        m_dying.pop_back();
        reap(c);
    }
    std::sort(m_touched.begin(), m_touched.end());
    m_touched.erase(std::unique(m_touched.begin(), m_touched.end()), m_touched.end());
    for (ConnId c : m_touched) {
        const Connection* tcb = conn(c);
        if (!tcb)
            continue;
        if (m_observe)
            m_observe(m_now, *tcb);
        const std::optional<Micros> due = tcb->nextDeadline();
        auto& wakeAt = m_wakeAt[static_cast<std::size_t>(c)];
        if (due && (!wakeAt || *due < *wakeAt)) {
            wakeAt = due;
            schedule(std::max(*due, m_now), Job::Wake, c);
        }
    }
    m_touched.clear();
}

void Simulator::wake(ConnId c) {
    auto& wakeAt = m_wakeAt[static_cast<std::size_t>(c)];
    if (wakeAt == m_now)
        wakeAt.reset();
    Connection* tcb = conn(c);
    if (!tcb)
        return;
    const std::optional<Micros> due = tcb->nextDeadline();
    if (due && *due <= m_now)
        tcb->onTimer(m_now);
    m_touched.push_back(c);
}

Connection* Simulator::conn(ConnId c) const {
    if (c < 0 || static_cast<std::size_t>(c) >= m_conns.size())
        return nullptr;
    return m_conns[static_cast<std::size_t>(c)].get();
}

std::optional<HostId> Simulator::hostAt(Address a) const {
    const auto it = m_hostByAddress.find(a.v4);
    if (it == m_hostByAddress.end())
        return std::nullopt;
    return it->second;
}

ConnId Simulator::newConn(HostId host, Port port, std::string socket, ConnId listener) {
    const auto id = static_cast<ConnId>(m_trace.conns.size());
    ConnInfo info;
    info.host = host;
    info.localPort = port;
    info.socket = std::move(socket);
    info.listener = listener;
    m_trace.conns.push_back(std::move(info));
    m_conns.emplace_back();
    m_wakeAt.emplace_back();
    m_inSynQueue.push_back(false);
    return id;
}

Connection& Simulator::createTcb(ConnId c, std::uint32_t iss) {
    const ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    ConnectionParams params;
    params.id = c;
    params.local = Endpoint{m_hosts[static_cast<std::size_t>(info.host)].address(), info.localPort};
    params.iss = iss;
    params.tsOffset = static_cast<std::uint32_t>(
        drawFor(m_scenario.seed,
                {static_cast<std::uint64_t>(DrawKind::TsOffset), static_cast<std::uint64_t>(c)}));
    auto& slot = m_conns[static_cast<std::size_t>(c)];
    slot = std::make_unique<Connection>(params, m_scenario.profile, *this);
    m_touched.push_back(c);
    return *slot;
}

std::uint32_t Simulator::chooseIss(const ConnInfo& info, std::optional<std::uint32_t> fixed) const {
    if (fixed)
        return *fixed;
    // RFC 9293 3.4.1: ISN = M + F(localip, localport, remoteip, remoteport, secret),
    // M a clock ticking every 4 microseconds.
    const Address local = m_hosts[static_cast<std::size_t>(info.host)].address();
    const std::uint64_t f =
        drawFor(m_scenario.seed, {static_cast<std::uint64_t>(DrawKind::Isn), local.v4,
                                  info.localPort, info.remoteAddress.v4, info.remotePort});
    return static_cast<std::uint32_t>(f) + static_cast<std::uint32_t>(m_now.count() / 4);
}

// ---- the network -------------------------------------------------------------

SegId Simulator::transmit(ConnId from, Address to, Segment segment, SegmentOrigin origin,
                          SegId original) {
    m_touched.push_back(from);
    const HostId host = m_trace.conns[static_cast<std::size_t>(from)].host;
    return transmitFrom(host, from, to, std::move(segment), origin, original);
}

SegId Simulator::transmitFrom(HostId host, ConnId conn, Address to, Segment seg,
                              SegmentOrigin origin, SegId original, Protocol protocol) {
    const Address src = m_hosts[static_cast<std::size_t>(host)].address();
    return put(host, src, conn, to, std::move(seg), origin, original, kNone, protocol);
}

// Records a segment as sent from `host` with source address `src` (spoofed
// when it is not the host's) and sends it on its way.
SegId Simulator::put(HostId host, Address src, ConnId conn, Address to, Segment seg,
                     SegmentOrigin origin, SegId original, std::int32_t injectedBy,
                     Protocol protocol) {
    seg.checksum =
        protocol == Protocol::Udp ? udpChecksum(src, to, seg) : tcpChecksum(src, to, seg);
    const auto id = static_cast<SegId>(m_trace.segments.size());
    const std::optional<HostId> dest = hostAt(to);

    SegmentRecord rec;
    rec.fromHost = host;
    rec.toHost = dest.value_or(kNone);
    rec.src = src;
    rec.dst = to;
    rec.conn = conn;
    rec.origin = origin;
    rec.original = original;
    rec.protocol = protocol;
    std::string payload = std::move(seg.payload);
    rec.header = seg;
    rec.payloadOffset = static_cast<std::uint32_t>(m_trace.payload.size());
    rec.payloadLength = static_cast<std::uint32_t>(payload.size());
    m_trace.payload += payload;
    seg.payload = std::move(payload);
    m_trace.segments.push_back(std::move(rec));
    m_trace.events.push_back({m_now, SegmentSent{id}});
    if (injectedBy != kNone)
        m_trace.events.push_back({m_now, FaultApplied{injectedBy, id, FaultAction::Injected}});

    if (!dest) {
        m_trace.events.push_back({m_now, SegmentDropped{id, DropReason::NoRoute}});
        return id;
    }
    route(id, std::move(seg));
    return id;
}

void Simulator::arrive(SegId id) {
    auto node = m_inFlight.extract(id);
    const Segment& seg = node.mapped();
    const SegmentRecord& rec = m_trace.segments[static_cast<std::size_t>(id)];
    Host& host = m_hosts[static_cast<std::size_t>(rec.toHost)];
    if (!host.up()) {
        m_trace.events.push_back({m_now, SegmentDropped{id, DropReason::HostDown}});
        return;
    }
    if (rec.protocol == Protocol::Udp) {
        udpArrive(host, seg, id);
        return;
    }
    demultiplex(host, seg, Endpoint{rec.src, seg.srcPort}, id);
}

void Simulator::demultiplex(Host& host, const Segment& seg, Endpoint from, SegId id) {
    if (const std::optional<ConnId> c = host.find(seg.dstPort, from)) {
        if (!reuseTimeWait(host, *c, seg, id)) {
            m_trace.events.push_back({m_now, SegmentArrived{id}});
            conn(*c)->onSegment(m_now, seg, from, id);
            return;
        }
    }
    Listener* l = host.listener(seg.dstPort);
    if (!l) {
        m_trace.events.push_back({m_now, SegmentArrived{id}});
        resetNoSocket(host, seg, from.address);
        return;
    }
    const Flags f = seg.flags;
    if (f.has(Flag::Syn) && !f.has(Flag::Ack) && !f.has(Flag::Rst)) {
        synAtListener(host, *l, seg, from, id);
        return;
    }
    m_trace.events.push_back({m_now, SegmentArrived{id}});
    if (f.has(Flag::Ack) && !f.has(Flag::Syn) && !f.has(Flag::Rst) &&
        restoreFromCookie(host, *l, seg, from, id))
        return;
    conn(l->conn)->onSegment(m_now, seg, from, id);
}

// RFC 9293 3.6.1 (MAY-2): a SYN with a sequence number above the old
// connection's may reopen a 4-tuple that is in TIME-WAIT.
bool Simulator::reuseTimeWait(Host& host, ConnId c, const Segment& seg, SegId id) {
    Connection* tcb = conn(c);
    const Flags f = seg.flags;
    if (tcb->state() != State::TimeWait || !f.has(Flag::Syn) || f.has(Flag::Ack) ||
        f.has(Flag::Rst) || !(seg.seq > tcb->rcvNxt()) || !host.listener(seg.dstPort))
        return false;
    tcb->endTimeWaitForReuse(m_now, id);
    reap(c);
    return true;
}

void Simulator::spawnChild(Host& host, Listener& l, const Segment& seg, Endpoint from, SegId id) {
    const ConnId c = newConn(host.id(), seg.dstPort, std::string(), l.conn);
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    info.remoteAddress = from.address;
    info.remotePort = from.port;
    const SocketSpec* spec = socketSpec(l.socket);
    Connection& child = createTcb(c, chooseIss(info, nextFixedIsn(spec)));
    child.startAsListenerChild();
    host.bind(seg.dstPort, from, c);
    child.onSegment(m_now, seg, from, id);
}

// RFC 9293 3.10.7.1: a segment for no connection is answered with a RST.
void Simulator::resetNoSocket(Host& host, const Segment& seg, Address from) {
    if (std::optional<Segment> rst = resetFor(seg))
        transmitFrom(host.id(), kNone, from, std::move(*rst), SegmentOrigin::ResetNoSocket, kNone);
}

// ---- reacting to what connections record --------------------------------------

void Simulator::record(Micros t, EventBody body) {
    m_trace.events.push_back({t, body});
    if (const auto* s = std::get_if<StateChanged>(&body)) {
        m_touched.push_back(s->conn);
        onStateChanged(*s);
    } else if (const auto* d = std::get_if<DataDelivered>(&body)) {
        fireTriggers(d->conn);
    } else if (const auto* timer = std::get_if<TimerEvent>(&body)) {
        m_touched.push_back(timer->conn);
    }
}

void Simulator::onStateChanged(const StateChanged& e) {
    const ConnInfo& info = m_trace.conns[static_cast<std::size_t>(e.conn)];
    if (info.listener != kNone)
        onChildStateChanged(e, info);
    if (e.to == State::Closed || (e.to == State::Listen && info.listener != kNone))
        m_dying.push_back(e.conn);
    fireTriggers(e.conn);
}

void Simulator::onChildStateChanged(const StateChanged& e, const ConnInfo& info) {
    Listener* l = m_hosts[static_cast<std::size_t>(info.host)].listener(info.localPort);
    if (!l || l->conn != info.listener)
        return; // the listener is gone: nobody keeps the queues
    // A child rebuilt from a SYN cookie never sat in the SYN queue.
    std::vector<bool>::reference inQueue = m_inSynQueue[static_cast<std::size_t>(e.conn)];
    if (e.to == State::SynReceived && e.rule != Rule::SynCookieAck) {
        ++l->synQueue;
        inQueue = true;
        recordQueues(*l);
    }
    if (e.from == State::SynReceived && inQueue) {
        --l->synQueue;
        inQueue = false;
        recordQueues(*l);
    }
    if (e.to == State::Established) // once per child: from SYN-RECEIVED, or LISTEN when two-way
        accept(*l, e.conn);
}

void Simulator::recordQueues(const Listener& l) {
    m_trace.events.push_back({m_now, QueueLengths{l.conn, l.synQueue, l.acceptQueue}});
}

void Simulator::reap(ConnId c) {
    auto& slot = m_conns[static_cast<std::size_t>(c)];
    if (!slot)
        return;
    const ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    Host& host = m_hosts[static_cast<std::size_t>(info.host)];
    if (slot->state() == State::Closed || info.listener != kNone) {
        host.unbind(info.localPort, slot->remote());
        if (const Listener* l = host.listener(info.localPort); l && l->conn == c)
            host.removeListener(info.localPort);
        slot.reset();
    }
}

} // namespace core
