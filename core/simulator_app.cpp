// The application script, as the simulator runs it.
#include "simulator.h"

namespace core {

const SocketSpec* Simulator::socketSpec(const std::string& id) const {
    const auto it = m_sockets.find(id);
    return it == m_sockets.end() ? nullptr : it->second;
}

// The scenario's fixed ISN for the next connection this socket makes or
// accepts, if it has one.
std::optional<std::uint32_t> Simulator::nextFixedIsn(const SocketSpec* spec) {
    if (!spec)
        return std::nullopt;
    return spec->isnFor(m_isnUses[spec->id]++);
}

std::string Simulator::payloadFor(const AppAction& a) const {
    if (!a.text.empty())
        return a.text;
    // Filler that is easy to recognise in a hex dump: "abcdefghijklmnopqrstuvwxyz" repeated.
    std::string bytes(a.bytes, 'a');
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>('a' + i % 26);
    return bytes;
}

void Simulator::runAction(std::int32_t index) {
    const AppAction& a = m_scenario.script[static_cast<std::size_t>(index)];
    m_actionDone[static_cast<std::size_t>(index)] = true;
    const SocketSpec* spec = socketSpec(a.socket);
    if (spec) {
        const Host& host = m_hosts[static_cast<std::size_t>(m_hostByName.at(spec->host))];
        if (!host.up())
            return; // the application died with its host
        if (spec->protocol == Protocol::Udp) {
            udpAction(a, *spec);
            return;
        }
        const auto it = m_socketConn.find(a.socket);
        const bool live = it != m_socketConn.end() && conn(it->second);
        if (a.call == AppCall::Listen && !live) {
            listen(a, *spec);
            return;
        }
        if (a.call == AppCall::Connect && !live) {
            connect(a, *spec);
            return;
        }
        if (a.call == AppCall::Connect && conn(it->second)->state() == State::Listen) {
            connectListener(a, *spec, it->second);
            return;
        }
    }
    callOnSocket(a);
}

void Simulator::listen(const AppAction& a, const SocketSpec& spec) {
    const HostId h = m_hostByName.at(spec.host);
    const ConnId c = newConn(h, spec.port, spec.id, kNone);
    m_socketConn[spec.id] = c;
    const auto backlog =
        static_cast<std::uint32_t>(a.backlog >= 0 ? a.backlog : m_scenario.profile.acceptBacklog);
    m_trace.events.push_back({m_now, AppCalled{c, AppCall::Listen, backlog}});
    if (!m_hosts[static_cast<std::size_t>(h)].addListener(spec.port, c, backlog, spec.id)) {
        m_trace.events.push_back({m_now, AppResult{c, AppCall::Listen, SocketError::AddressInUse}});
        return;
    }
    createTcb(c, 0).openPassive(m_now);
}

void Simulator::connect(const AppAction& a, const SocketSpec& spec) {
    const HostId h = m_hostByName.at(spec.host);
    Host& host = m_hosts[static_cast<std::size_t>(h)];
    const Endpoint remote{m_hosts[static_cast<std::size_t>(m_hostByName.at(a.peerHost))].address(),
                          a.peerPort};
    std::optional<Port> port = spec.port;
    if (spec.port == 0)
        port = host.allocateEphemeral(remote);
    const ConnId c = newConn(h, port.value_or(0), spec.id, kNone);
    m_socketConn[spec.id] = c;
    m_trace.events.push_back({m_now, AppCalled{c, AppCall::Connect, 0}});
    if (!port || host.find(*port, remote)) {
        const SocketError e = port ? SocketError::AddressInUse : SocketError::AddressNotAvailable;
        m_trace.events.push_back({m_now, AppResult{c, AppCall::Connect, e}});
        return;
    }
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    info.remoteAddress = remote.address;
    info.remotePort = remote.port;
    Connection& tcb = createTcb(c, chooseIss(info, nextFixedIsn(&spec)));
    host.bind(*port, remote, c);
    tcb.openActive(m_now, remote);
}

// RFC 9293 3.10.2: a listening socket told where to connect becomes active.
void Simulator::connectListener(const AppAction& a, const SocketSpec& spec, ConnId c) {
    Host& host = m_hosts[static_cast<std::size_t>(m_hostByName.at(spec.host))];
    const Endpoint remote{m_hosts[static_cast<std::size_t>(m_hostByName.at(a.peerHost))].address(),
                          a.peerPort};
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    m_trace.events.push_back({m_now, AppCalled{c, AppCall::Connect, 0}});
    info.remoteAddress = remote.address;
    info.remotePort = remote.port;
    host.removeListener(info.localPort);
    host.bind(info.localPort, remote, c);
    conn(c)->activateFromListen(m_now, remote, SeqNum(chooseIss(info, nextFixedIsn(&spec))));
}

// send, close, abort, setsockopt, and listen/connect on a socket already in use.
void Simulator::callOnSocket(const AppAction& a) {
    const auto it = m_socketConn.find(a.socket);
    if (it == m_socketConn.end())
        return; // never opened (e.g. "srv/2" that was never accepted): nothing to call
    const ConnId c = it->second;
    const std::uint64_t bytes = a.call == AppCall::Send ? payloadFor(a).size() : 0;
    m_trace.events.push_back({m_now, AppCalled{c, a.call, bytes}});
    Connection* tcb = conn(c);
    SocketError result = SocketError::NotConnected;
    if (tcb) {
        switch (a.call) {
        case AppCall::Send:
            result = tcb->send(m_now, payloadFor(a));
            break;
        case AppCall::Close:
            result = tcb->close(m_now);
            break;
        case AppCall::Abort:
            tcb->abort(m_now);
            result = SocketError::None;
            break;
        case AppCall::SetOption:
            tcb->setOptions(m_now, a.options);
            result = SocketError::None;
            break;
        default:
            result = SocketError::InvalidState;
            break; // already listening or connected
        }
    }
    if (result != SocketError::None)
        m_trace.events.push_back({m_now, AppResult{c, a.call, result}});
}

// A passively opened connection became ESTABLISHED: the application, which is
// always waiting in accept(), takes it and names it "<listener>/<n>".
void Simulator::accept(Listener& l, ConnId child) {
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(child)];
    info.socket = l.socket + '/' + std::to_string(++l.accepted);
    m_socketConn[info.socket] = child;
    if (Connection* tcb = conn(child))
        tcb->setAccepted();
    m_trace.events.push_back({m_now, AppResult{l.conn, AppCall::Accept, SocketError::None, child}});
}

// Runs the script actions waiting on this connection's state or received bytes.
void Simulator::fireTriggers(ConnId c) {
    const ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    if (info.socket.empty())
        return;
    const auto it = m_triggers.find(info.socket);
    const auto bound = m_socketConn.find(info.socket);
    if (it == m_triggers.end() || bound == m_socketConn.end() || bound->second != c)
        return;
    const Connection* tcb = conn(c);
    const std::uint64_t delivered = deliveredBytes(c);
    for (std::int32_t index : it->second) {
        const AppAction& a = m_scenario.script[static_cast<std::size_t>(index)];
        if (m_actionDone[static_cast<std::size_t>(index)])
            continue;
        const bool stateReached = a.when.state && tcb && tcb->state() == *a.when.state;
        const bool bytesReached = a.when.receivedBytes && delivered >= *a.when.receivedBytes;
        if (stateReached || bytesReached) {
            m_actionDone[static_cast<std::size_t>(index)] = true;
            schedule(m_now + a.when.delay, Job::Action, index);
        }
    }
}

} // namespace core
