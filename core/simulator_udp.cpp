// UDP, for the "TCP vs UDP" contrast: a send is one or more datagrams with no
// handshake, no acknowledgement and no retransmission, so a lost datagram is
// lost for good.
#include "simulator.h"

namespace core {

std::uint64_t Simulator::deliveredBytes(ConnId c) const {
    if (const Connection* tcb = conn(c))
        return tcb->bytesDelivered();
    const auto it = m_udpDelivered.find(c);
    return it == m_udpDelivered.end() ? 0 : it->second;
}

// The socket's current binding, or a new one (on its port, or an ephemeral one
// as an unbound socket gets on its first send); kNone when binding fails.
ConnId Simulator::udpSocket(const SocketSpec& spec, Host& host, bool bind) {
    const auto it = m_socketConn.find(spec.id);
    if (it != m_socketConn.end()) {
        const ConnInfo& info = m_trace.conns[static_cast<std::size_t>(it->second)];
        if (host.findUdp(info.localPort) == it->second)
            return it->second;
    }
    if (!bind)
        return kNone;
    const std::optional<Port> port =
        spec.port != 0 ? std::optional<Port>(spec.port) : host.allocateUdpPort();
    const ConnId c = newConn(host.id(), port.value_or(0), spec.id, kNone);
    m_trace.conns[static_cast<std::size_t>(c)].protocol = Protocol::Udp;
    m_socketConn[spec.id] = c;
    if (!port || !host.bindUdp(*port, c))
        return kNone;
    return c;
}

void Simulator::udpAction(const AppAction& a, const SocketSpec& spec) {
    Host& host = m_hosts[static_cast<std::size_t>(m_hostByName.at(spec.host))];
    const bool binds =
        a.call == AppCall::Listen || a.call == AppCall::Connect || a.call == AppCall::Send;
    const ConnId c = udpSocket(spec, host, binds);
    const ConnId shown = c != kNone                    ? c
                         : m_socketConn.count(spec.id) ? m_socketConn[spec.id]
                                                       : kNone;
    if (shown == kNone)
        return; // closed and never reopened: nothing to call
    const std::uint64_t bytes = a.call == AppCall::Send ? payloadFor(a).size() : 0;
    m_trace.events.push_back({m_now, AppCalled{shown, a.call, bytes}});
    auto fail = [&](SocketError e) {
        m_trace.events.push_back({m_now, AppResult{shown, a.call, e}});
    };
    if (c == kNone) {
        fail(binds ? SocketError::AddressInUse : SocketError::NotConnected);
        return;
    }
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    switch (a.call) {
    case AppCall::Connect: // sets the default destination; nothing is sent
        info.remoteAddress =
            m_hosts[static_cast<std::size_t>(m_hostByName.at(a.peerHost))].address();
        info.remotePort = a.peerPort;
        m_trace.events.push_back({m_now, AppResult{c, AppCall::Connect, SocketError::None}});
        return;
    case AppCall::Send: {
        if (info.remotePort == 0) {
            fail(SocketError::NotConnected); // a datagram needs a destination
            return;
        }
        // The application writes datagrams of at most one MSS, as a UDP
        // application that avoids IP fragmentation would.
        const std::string data = payloadFor(a);
        for (std::size_t at = 0; at < data.size(); at += m_scenario.profile.mss) {
            Segment datagram;
            datagram.srcPort = info.localPort;
            datagram.dstPort = info.remotePort;
            datagram.dataOffset = 0;
            datagram.payload = data.substr(at, m_scenario.profile.mss);
            transmitFrom(host.id(), c, info.remoteAddress, std::move(datagram),
                         SegmentOrigin::Normal, kNone, Protocol::Udp);
        }
        return;
    }
    case AppCall::Close:
    case AppCall::Abort:
        host.unbindUdp(info.localPort);
        return;
    default:
        return; // listen binds (done above); options do not apply
    }
}

void Simulator::udpArrive(Host& host, const Segment& datagram, SegId id) {
    const std::optional<ConnId> c = host.findUdp(datagram.dstPort);
    if (!c) {
        m_trace.events.push_back({m_now, SegmentDropped{id, DropReason::NoSocket}});
        return;
    }
    m_trace.events.push_back({m_now, SegmentArrived{id}});
    std::uint64_t& delivered = m_udpDelivered[*c];
    const auto bytes = static_cast<std::uint32_t>(datagram.payload.size());
    const std::uint64_t offset = delivered;
    delivered += bytes;
    m_trace.events.push_back({m_now, DataDelivered{*c, offset, bytes}});
    fireTriggers(*c);
}

} // namespace core
