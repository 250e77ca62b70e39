// What a connection sends: segments built from the TCB (RFC 9293 3.10),
// SYNs with their options, ACKs, RSTs, and queued data and FIN as the send
// window allows.
#include "connection.h"

#include <algorithm>

namespace core {

Segment Connection::makeSegment(Flags flags, SeqNum seq) const {
    Segment seg;
    seg.srcPort = m_local.port;
    seg.dstPort = m_remote.port;
    seg.seq = seq;
    seg.flags = flags;
    if (flags.has(Flag::Ack))
        seg.ack = m_rcvNxt;
    // Window scaling never applies to the window field of a SYN (RFC 7323 2.2).
    const std::uint32_t window = flags.has(Flag::Syn) ? m_rcvWnd : (m_rcvWnd >> m_rcvScale);
    seg.window = static_cast<std::uint16_t>(std::min<std::uint32_t>(window, 65535));
    if (m_useTimestamps && !flags.has(Flag::Rst)) {
        const auto ms = static_cast<std::uint32_t>(m_now.count() / 1000);
        seg.options.timestamps = Timestamps{m_tsOffset + ms, m_tsRecent};
    }
    seg.updateDataOffset();
    return seg;
}

void Connection::addSynOptions(Segment& seg, bool reply) const {
    // A SYN offers what the profile enables; a SYN-ACK only what the peer offered too.
    seg.options.mss = m_profile.mss;
    if (m_profile.windowScale && (!reply || m_peerOfferedWindowScale))
        seg.options.windowScale = m_profile.windowScale;
    if (m_profile.sackPermitted && (!reply || m_peerOfferedSack))
        seg.options.sackPermitted = true;
    if (m_profile.timestamps && (!reply || m_peerOfferedTimestamps)) {
        const auto ms = static_cast<std::uint32_t>(m_now.count() / 1000);
        seg.options.timestamps = Timestamps{m_tsOffset + ms, reply ? m_tsRecent : 0};
    }
    seg.updateDataOffset();
}

SegId Connection::transmit(Segment seg, SegmentOrigin origin, SegId original) {
    // Any ACK we send covers what a delayed ACK would have said.
    if (seg.flags.has(Flag::Ack) && !seg.flags.has(Flag::Rst)) {
        m_unackedFullSegments = 0;
        cancelTimer(TimerKind::DelayedAck);
    }
    return m_sink.transmit(m_id, m_remote.address, std::move(seg), origin, original);
}

void Connection::sendSyn(bool withAck) {
    Segment seg = makeSegment(withAck ? Flag::Syn | Flag::Ack : Flags(Flag::Syn), m_iss);
    addSynOptions(seg, withAck);
    const SegId id = transmit(std::move(seg));
    if (m_unacked.empty())
        m_unacked.push_back(Unacked{m_iss, 1, Flag::Syn, m_now, false, id});
    armRetransmission();
}

void Connection::sendAck() {
    transmit(makeSegment(Flag::Ack, m_sndNxt));
}

void Connection::sendReset(SeqNum seq, Endpoint to) {
    Segment seg;
    seg.srcPort = m_local.port;
    seg.dstPort = to.port;
    seg.seq = seq;
    seg.flags = Flag::Rst;
    m_sink.transmit(m_id, to.address, std::move(seg), SegmentOrigin::Normal, kNone);
}

void Connection::pushData() {
    if (!isSynchronized(m_state))
        return;
    // Data goes out only once our SYN is acknowledged; until then the SYN holds
    // the first sequence number. A FIN with no data before it need not wait
    // (3.10.4, CLOSE in SYN-RECEIVED: "form a FIN segment and send it").
    const bool synAcked = m_sndUna != m_iss;
    const std::uint32_t mss = std::min<std::uint32_t>(m_peerMss, m_profile.mss);
    while (synAcked) {
        const auto sentBytes =
            static_cast<std::uint32_t>(m_sndNxt - m_sndUna) - (m_finSent ? 1u : 0u);
        const auto unsent = static_cast<std::uint32_t>(m_sendBuffer.size()) - sentBytes;
        if (unsent == 0 || m_finSent)
            break;
        const auto inFlight = static_cast<std::uint32_t>(m_sndNxt - m_sndUna);
        const std::uint32_t usable = m_sndWnd > inFlight ? m_sndWnd - inFlight : 0;
        const std::uint32_t len = std::min({mss, unsent, usable});
        if (len == 0)
            break;
        const bool last = len == unsent;
        Segment seg = makeSegment(last ? Flag::Ack | Flag::Psh : Flags(Flag::Ack), m_sndNxt);
        seg.payload = m_sendBuffer.substr(sentBytes, len);
        const SegId id = transmit(std::move(seg));
        m_unacked.push_back(
            Unacked{m_sndNxt, len, last ? Flags(Flag::Psh) : Flags(), m_now, false, id});
        m_sndNxt += len;
        armRetransmission();
    }
    const std::uint32_t synLen = synAcked ? 0 : 1;
    const auto allSent =
        static_cast<std::uint32_t>(m_sndNxt - m_sndUna) == m_sendBuffer.size() + synLen;
    if (m_finQueued && !m_finSent && allSent) {
        // 3.10.4: the FIN goes after all preceding SENDs.
        m_finSeq = m_sndNxt;
        m_finSent = true;
        const SegId id = transmit(makeSegment(Flag::Fin | Flag::Ack, m_sndNxt));
        m_unacked.push_back(Unacked{m_sndNxt, 1, Flag::Fin, m_now, false, id});
        m_sndNxt += 1;
        armRetransmission();
    }
}

} // namespace core
