// SEGMENT ARRIVES, RFC 9293 3.10.7, one function per step in the RFC's order.
#include "connection.h"

#include <algorithm>

namespace core {

void Connection::onSegment(Micros now, const Segment& seg, Endpoint from, SegId id) {
    m_now = now;
    switch (m_state) {
    case State::Closed:
        return; // 3.10.7.1 is the host's job: no TCB exists
    case State::Listen:
        onSegmentInListen(seg, from, id);
        return;
    case State::SynSent:
        onSegmentInSynSent(seg, id);
        return;
    default:
        onSegmentSynchronized(seg, id);
        return;
    }
}

// RST for a segment that must be refused (3.10.7.2, 3.10.7.3).
void Connection::sendResetFor(const Segment& seg, Endpoint to) {
    if (std::optional<Segment> rst = resetFor(seg))
        m_sink.transmit(m_id, to.address, std::move(*rst), SegmentOrigin::Normal, kNone);
}

void Connection::readPeerOptions(const Segment& seg) {
    const Options& o = seg.options;
    m_peerMss = o.mss.value_or(536); // 3.7.1: 536 when no MSS option came
    m_peerOfferedWindowScale = o.windowScale.has_value();
    m_peerOfferedSack = o.sackPermitted;
    m_peerOfferedTimestamps = o.timestamps.has_value();
    // RFC 7323 2.2: scaling is used only when both SYNs carry the option.
    const bool weOffer = m_profile.windowScale.has_value();
    if (m_peerOfferedWindowScale && weOffer) {
        m_sndScale = std::min<std::uint8_t>(*o.windowScale, 14);
        m_rcvScale = *m_profile.windowScale;
    }
    m_useTimestamps = m_peerOfferedTimestamps && m_profile.timestamps;
    noteTimestamp(seg);
}

void Connection::noteTimestamp(const Segment& seg) {
    if (seg.options.timestamps)
        m_tsRecent = seg.options.timestamps->value;
}

// 3.10.7.2 LISTEN.
void Connection::onSegmentInListen(const Segment& seg, Endpoint from, SegId id) {
    if (seg.flags.has(Flag::Rst))
        return; // first: an incoming RST is ignored
    if (seg.flags.has(Flag::Ack)) {
        sendResetFor(seg, from); // second: any ACK is bad, <SEQ=SEG.ACK><CTL=RST>
        return;
    }
    if (!seg.flags.has(Flag::Syn))
        return; // fourth: anything else is dropped
    // third: a SYN. RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ; send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    m_remote = from;
    m_irs = seg.seq;
    m_rcvNxt = seg.seq + 1;
    readPeerOptions(seg);
    m_sndWnd = seg.window;
    m_sndWl1 = seg.seq;
    m_sndUna = m_iss;
    m_sndNxt = m_iss + 1;
    // A new connection, maybe after SYN-RECEIVED fell back to LISTEN: it inherits
    // no back-off (RFC 6298 (2.1)) and no retransmission count (3.8.3).
    m_retries = 0;
    m_synRetransmitted = false;
    m_rto = RtoEstimator(m_profile.rtoInitial, m_profile.rtoMin, m_profile.rtoMax);
    if (m_profile.twoWayHandshake) {
        // Not TCP: the hypothetical two-way handshake trusts the SYN at once.
        // No SYN-RECEIVED, and the SYN-ACK is never waited for nor resent.
        becomeEstablished(seg, Rule::TwoWayHandshake, id);
        Segment synAck = makeSegment(Flag::Syn | Flag::Ack, m_iss);
        addSynOptions(synAck, true);
        m_sndUna = m_sndNxt;
        transmit(std::move(synAck));
        return;
    }
    setState(State::SynReceived, Rule::SynInListen, id);
    sendSyn(true);
}

// 3.10.7.3 SYN-SENT.
void Connection::onSegmentInSynSent(const Segment& seg, SegId id) {
    const bool hasAck = seg.flags.has(Flag::Ack);
    // first: an ACK outside (ISS, SND.NXT] is refused with a RST.
    if (hasAck && (seg.ack <= m_iss || seg.ack > m_sndNxt)) {
        sendResetFor(seg, m_remote);
        return;
    }
    // second: a RST counts only with an acceptable ACK: "connection refused".
    if (seg.flags.has(Flag::Rst)) {
        if (hasAck)
            enterClosed(Rule::RstReceived, id, SocketError::ConnectionRefused);
        return;
    }
    // fifth: neither SYN nor RST: drop.
    if (!seg.flags.has(Flag::Syn))
        return;
    // fourth: a SYN. IRS = SEG.SEQ, RCV.NXT = SEG.SEQ+1, SND.UNA = SEG.ACK.
    m_irs = seg.seq;
    m_rcvNxt = seg.seq + 1;
    readPeerOptions(seg);
    if (hasAck)
        acknowledgeUpTo(seg.ack);
    if (m_sndUna > m_iss) {
        // Our SYN is acknowledged: ESTABLISHED, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
        becomeEstablished(seg, Rule::SynAckInSynSent, id);
        // The third segment of the handshake. "Data or controls that were queued
        // for transmission MAY be included": data queued in SYN-SENT rides on it.
        // The two-way variant has no third segment.
        if (m_sendBuffer.empty() && !m_profile.twoWayHandshake)
            sendAck();
        if (!seg.payload.empty() || seg.flags.has(Flag::Fin)) {
            // "If there are other controls or text in the segment, then continue
            // processing at the sixth step": the text starts after the SYN.
            Segment rest = seg;
            rest.seq = seg.seq + 1;
            rest.flags = Flags::fromBits(
                static_cast<std::uint8_t>(seg.flags.bits() & ~Flags(Flag::Syn).bits()));
            processTextAndFin(rest, id);
        }
        pushData();
        return;
    }
    // Simultaneous open: SYN-RECEIVED, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    m_sndWnd = seg.window;
    m_sndWl1 = seg.seq;
    setState(State::SynReceived, Rule::SynInSynSent, id);
    Segment synAck = makeSegment(Flag::Syn | Flag::Ack, m_iss);
    addSynOptions(synAck, true);
    transmit(std::move(synAck));
}

void Connection::becomeEstablished(const Segment& seg, Rule rule, SegId id) {
    // The SYN's window is never scaled (RFC 7323 2.2); later windows are.
    m_sndWnd = seg.flags.has(Flag::Syn) ? seg.window
                                        : static_cast<std::uint32_t>(seg.window) << m_sndScale;
    m_sndWl1 = seg.seq;
    m_sndWl2 = seg.ack;
    if (m_synRetransmitted)
        m_rto.applyFallback(m_profile.rtoFallback); // RFC 6298 (5.7)
    m_quickAcksLeft = m_profile.quickAcks;
    setState(State::Established, rule, id);
    if (!m_passive)
        tellApp(AppCall::Connect, SocketError::None);
    restartKeepalive();
}

// 3.10.7.4: SYN-RECEIVED and the synchronized states.
void Connection::onSegmentSynchronized(const Segment& seg, SegId id) {
    if (isCrossingSynAck(seg)) {
        // RFC 9293 Figure 7: in a simultaneous open the peer's SYN-ACK completes
        // the handshake, although its SYN lies just left of the window (Linux
        // lets it pass the same way in tcp_validate_incoming()).
        acknowledgeUpTo(seg.ack);
        becomeEstablished(seg, Rule::AckInSynReceived, id);
        pushData();
        return;
    }
    if (!isAcceptable(seg)) {
        if (seg.flags.has(Flag::Rst))
            return;
        const bool finAgain = seg.flags.has(Flag::Fin) && seg.end() == m_rcvNxt;
        if (m_state == State::TimeWait && finAgain) {
            // TIME-WAIT: a retransmitted FIN is acknowledged and the 2 MSL timeout
            // restarts. It lies just left of the window, so this precedes the test.
            sendAck();
            setTimer(TimerKind::TimeWait, m_now + m_profile.timeWaitLength());
            return;
        }
        // Linux (tcp_check_req) repeats the SYN-ACK only for a retransmitted bare SYN
        // of a passive open; the peer's SYN-ACK in a simultaneous open gets the ACK.
        const bool dupSyn =
            seg.flags.has(Flag::Syn) && !seg.flags.has(Flag::Ack) && seg.seq == m_irs && m_passive;
        if (m_state == State::SynReceived && dupSyn && m_profile.synAckOnDuplicateSyn) {
            Segment synAck = makeSegment(Flag::Syn | Flag::Ack, m_iss);
            addSynOptions(synAck, true);
            transmit(std::move(synAck), SegmentOrigin::Retransmission,
                     m_unacked.empty() ? kNone : m_unacked.front().original);
            return;
        }
        sendAck(); // first: not acceptable, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
        return;
    }
    noteTimestamp(seg);
    m_lastHeard = m_now; // the peer is alive: keep-alive probing starts over
    m_probesSent = 0;
    if (checkRst(seg, id) || checkSyn(seg, id))
        return;
    if (!seg.flags.has(Flag::Ack))
        return; // fifth: without ACK the segment is dropped
    if (!checkAck(seg, id))
        return;
    processTextAndFin(seg, id);
}

bool Connection::isCrossingSynAck(const Segment& seg) const {
    return m_state == State::SynReceived && !m_passive && seg.flags.has(Flag::Syn) &&
           seg.flags.has(Flag::Ack) && !seg.flags.has(Flag::Rst) && seg.seq == m_irs &&
           m_sndUna < seg.ack && seg.ack <= m_sndNxt;
}

// A passively opened connection in SYN-RECEIVED goes back to LISTEN (3.10.7.4):
// its retransmission queue is flushed and the listener takes over again.
void Connection::returnToListen(Rule rule, SegId cause) {
    cancelAllTimers();
    m_unacked.clear();
    setState(State::Listen, rule, cause);
}

// First check, the acceptability test (3.10.7.4, Table 6).
bool Connection::isAcceptable(const Segment& seg) const {
    const std::uint32_t len = seg.segLen();
    if (m_rcvWnd == 0)
        return len == 0 && seg.seq == m_rcvNxt;
    if (len == 0)
        return inWindow(seg.seq, m_rcvNxt, m_rcvWnd);
    return inWindow(seg.seq, m_rcvNxt, m_rcvWnd) ||
           inWindow(seg.seq + (len - 1), m_rcvNxt, m_rcvWnd);
}

// Second check, the RST bit.
bool Connection::checkRst(const Segment& seg, SegId id) {
    if (!seg.flags.has(Flag::Rst))
        return false;
    if (m_profile.challengeAcks && seg.seq != m_rcvNxt) {
        // RFC 5961 3.2: in the window but not exact, answer with a challenge ACK.
        transmit(makeSegment(Flag::Ack, m_sndNxt), SegmentOrigin::ChallengeAck);
        return true;
    }
    switch (m_state) {
    case State::SynReceived:
        if (m_passive) {
            returnToListen(Rule::RstInPassiveSynReceived, id);
        } else {
            enterClosed(Rule::RstReceived, id, SocketError::ConnectionRefused);
        }
        return true;
    case State::Established:
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait:
        enterClosed(Rule::RstReceived, id, SocketError::ConnectionReset);
        return true;
    default: // CLOSING, LAST-ACK, TIME-WAIT: just close
        enterClosed(Rule::RstReceived, id, SocketError::None);
        return true;
    }
}

// Fourth check, the SYN bit.
bool Connection::checkSyn(const Segment& seg, SegId id) {
    if (!seg.flags.has(Flag::Syn))
        return false;
    if (m_state == State::SynReceived && m_passive) {
        returnToListen(Rule::SynInPassiveSynReceived, id);
        return true;
    }
    if (m_profile.challengeAcks) {
        // RFC 5961 4.2, adopted by 3.10.7.4: any SYN here gets a challenge ACK.
        transmit(makeSegment(Flag::Ack, m_sndNxt), SegmentOrigin::ChallengeAck);
        return true;
    }
    // RFC 793 behaviour: a SYN in the window is an error; reset and close.
    sendResetFor(seg, m_remote);
    enterClosed(Rule::SynInSynchronized, id, SocketError::ConnectionReset);
    return true;
}

// Fifth check, the ACK field. Returns false when the segment is finished with.
bool Connection::checkAck(const Segment& seg, SegId id) {
    if (m_state == State::SynReceived) {
        if (!(m_sndUna < seg.ack && seg.ack <= m_sndNxt)) {
            sendResetFor(seg, m_remote); // <SEQ=SEG.ACK><CTL=RST>
            return false;
        }
        acknowledgeUpTo(seg.ack);
        becomeEstablished(seg, Rule::AckInSynReceived, id);
        pushData();
        return true;
    }
    if (seg.ack > m_sndNxt) {
        sendAck(); // acknowledges something not yet sent
        return false;
    }
    if (m_sndUna < seg.ack)
        acknowledgeUpTo(seg.ack);
    if (m_sndUna <= seg.ack)
        updateSendWindow(seg);
    // The peer's FIN is in order when the segment's data starts at or before RCV.NXT.
    const bool finComes = seg.flags.has(Flag::Fin) && seg.seq <= m_rcvNxt;
    switch (m_state) {
    case State::FinWait1:
        // Our FIN acknowledged: FIN-WAIT-2, unless the peer's FIN rides along,
        // in which case the eighth step goes straight to TIME-WAIT.
        if (finAcked() && !finComes) {
            setState(State::FinWait2, Rule::AckOfFin, id);
            if (m_closedByApp && m_profile.finWait2Timeout)
                setTimer(TimerKind::FinWait2, m_now + *m_profile.finWait2Timeout);
        }
        break;
    case State::Closing:
        if (finAcked())
            enterTimeWait(Rule::AckOfFin, id);
        return false; // otherwise ignore the segment
    case State::LastAck:
        if (finAcked()) {
            enterClosed(Rule::AckOfFin, id, SocketError::None);
            return false;
        }
        break;
    default:
        break;
    }
    pushData();
    return true;
}

void Connection::acknowledgeUpTo(SeqNum ack) {
    // Bytes of data newly acknowledged: SYN and FIN take sequence space but no buffer.
    std::uint32_t acked = static_cast<std::uint32_t>(ack - m_sndUna);
    if (m_sndUna == m_iss && acked > 0)
        --acked; // our SYN
    if (m_finSent && ack > m_finSeq && m_sndUna <= m_finSeq)
        --acked; // our FIN
    m_sendBuffer.erase(0, std::min<std::size_t>(acked, m_sendBuffer.size()));
    m_sndUna = ack;
    m_retries = 0;

    std::optional<Micros> sample;
    while (!m_unacked.empty() && m_unacked.front().seq + m_unacked.front().len <= ack) {
        const Unacked& done = m_unacked.front();
        // Karn's rule (RFC 6298 3): no samples from retransmitted segments.
        sample = done.retransmitted ? std::nullopt : std::optional<Micros>(m_now - done.firstSent);
        m_unacked.pop_front();
    }
    if (!m_unacked.empty() && m_unacked.front().seq < ack) {
        Unacked& part = m_unacked.front();
        part.len -= static_cast<std::uint32_t>(ack - part.seq);
        part.seq = ack;
    }
    if (sample)
        m_rto.addSample(*sample);
    // RFC 6298 (5.2) stop the timer when all is acknowledged, (5.3) else restart it.
    cancelTimer(TimerKind::Retransmission);
    if (!m_unacked.empty())
        setTimer(TimerKind::Retransmission, m_now + m_rto.rto());
}

void Connection::updateSendWindow(const Segment& seg) {
    // 3.10.7.4: take the window from the newest segment (SND.WL1, SND.WL2).
    if (m_sndWl1 < seg.seq || (m_sndWl1 == seg.seq && m_sndWl2 <= seg.ack)) {
        m_sndWnd = static_cast<std::uint32_t>(seg.window) << m_sndScale;
        m_sndWl1 = seg.seq;
        m_sndWl2 = seg.ack;
    }
}

} // namespace core
