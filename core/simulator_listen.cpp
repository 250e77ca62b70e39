// What a listener does with a SYN: a child in its SYN queue, a SYN cookie, or
// nothing when the queue is full (RFC 4987 3.6 and Linux tcp_syncookies).
#include "simulator.h"

namespace core {

void Simulator::synAtListener(Host& host, Listener& l, const Segment& syn, Endpoint from,
                              SegId id) {
    const SynCookies mode = m_scenario.profile.synCookies;
    const bool full = host.synQueueFull(l);
    if (mode == SynCookies::Always || (full && mode == SynCookies::OnOverflow)) {
        m_trace.events.push_back({m_now, SegmentArrived{id}});
        sendSynCookie(host, l, syn, from);
        return;
    }
    if (full) {
        // The queue is full and cookies are off: Linux drops the SYN silently.
        m_trace.events.push_back({m_now, SegmentDropped{id, DropReason::QueueFull}});
        return;
    }
    m_trace.events.push_back({m_now, SegmentArrived{id}});
    spawnChild(host, l, syn, from, id);
}

SynCookieCodec::FourTuple Simulator::tupleOf(const Host& host, const Segment& seg,
                                             Endpoint from) const {
    return SynCookieCodec::FourTuple{from.address, from.port, host.address(), seg.dstPort};
}

// The SYN-ACK's ISN is the cookie; the listener remembers nothing, so nothing is
// retransmitted. A cookie keeps only the MSS: no window scale, SACK or timestamps.
void Simulator::sendSynCookie(Host& host, const Listener& l, const Segment& syn, Endpoint from) {
    const std::uint16_t clientMss = syn.options.mss.value_or(536);
    Segment synAck;
    synAck.srcPort = syn.dstPort;
    synAck.dstPort = syn.srcPort;
    synAck.seq = m_cookies.make(tupleOf(host, syn, from), syn.seq, clientMss, m_now);
    synAck.ack = syn.seq + 1u;
    synAck.flags = Flag::Syn | Flag::Ack;
    synAck.window = static_cast<std::uint16_t>(
        std::min<std::uint32_t>(m_scenario.profile.receiveWindow, 65535));
    synAck.options.mss = m_scenario.profile.mss;
    synAck.updateDataOffset();
    transmitFrom(host.id(), l.conn, from.address, std::move(synAck), SegmentOrigin::SynCookie,
                 kNone);
}

// An ACK for a listener with no connection: when it carries a valid cookie the
// connection is rebuilt and takes the ACK; otherwise the listener refuses it.
bool Simulator::restoreFromCookie(Host& host, Listener& l, const Segment& ack, Endpoint from,
                                  SegId id) {
    if (m_scenario.profile.synCookies == SynCookies::Off)
        return false;
    const std::optional<std::uint16_t> mss =
        m_cookies.check(tupleOf(host, ack, from), ack.seq, ack.ack, m_now);
    if (!mss)
        return false;
    const ConnId c = newConn(host.id(), ack.dstPort, std::string(), l.conn);
    ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
    info.remoteAddress = from.address;
    info.remotePort = from.port;
    Connection& child = createTcb(c, (ack.ack - 1u).value());
    child.startAsListenerChild();
    host.bind(ack.dstPort, from, c);
    child.restoreFromCookie(m_now, ack, from, id, std::min(*mss, m_scenario.profile.mss));
    child.onSegment(m_now, ack, from, id);
    return true;
}

} // namespace core
