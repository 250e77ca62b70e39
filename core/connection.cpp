#include "connection.h"

#include <algorithm>

namespace core {

Connection::Connection(const ConnectionParams& params, const Profile& profile, ConnectionSink& sink)
    : m_id(params.id), m_profile(profile), m_sink(sink), m_local(params.local), m_iss(params.iss),
      m_sndUna(params.iss), m_sndNxt(params.iss), m_rcvWnd(profile.receiveWindow),
      m_tsOffset(params.tsOffset), m_rto(profile.rtoInitial, profile.rtoMin, profile.rtoMax),
      m_keepIdle(profile.keepaliveIdle), m_keepInterval(profile.keepaliveInterval),
      m_keepProbes(profile.keepaliveProbes) {}

// ---- user calls ------------------------------------------------------------

void Connection::openPassive(Micros now) {
    m_now = now;
    m_passive = true;
    m_appAttached = true;
    setState(State::Listen, Rule::PassiveOpen); // 3.10.1 OPEN, passive
}

void Connection::openActive(Micros now, Endpoint remote) {
    m_now = now;
    m_appAttached = true;
    startActive(remote, Rule::ActiveOpen); // 3.10.1 OPEN, active
}

void Connection::activateFromListen(Micros now, Endpoint remote, SeqNum iss) {
    m_now = now;
    m_passive = false;
    m_iss = iss;
    startActive(remote, Rule::SendInListen); // 3.10.2 SEND in LISTEN, remote given
}

void Connection::startActive(Endpoint remote, Rule rule) {
    // Send <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1, enter SYN-SENT.
    m_remote = remote;
    m_sndUna = m_iss;
    m_sndNxt = m_iss + 1;
    setState(State::SynSent, rule);
    sendSyn(false);
}

void Connection::restoreFromCookie(Micros now, const Segment& ack, Endpoint from, SegId id,
                                   std::uint16_t mss) {
    m_now = now;
    m_remote = from;
    m_irs = ack.seq - 1u;
    m_rcvNxt = ack.seq;
    m_sndUna = m_iss;
    m_sndNxt = m_iss + 1;
    m_sndWl1 = ack.seq;
    m_peerMss = mss; // a cookie keeps only the MSS: no window scale, SACK or timestamps
    setState(State::SynReceived, Rule::SynCookieAck, id);
}

void Connection::startAsListenerChild() {
    m_state = State::Listen;
    m_passive = true;
}

SocketError Connection::send(Micros now, std::string_view data) {
    m_now = now;
    switch (m_state) {
    case State::Closed:
        return SocketError::NotConnected;
    case State::Listen:
        return SocketError::InvalidState;
    case State::SynSent:
    case State::SynReceived:
        // 3.10.2: queue the data until the connection is ESTABLISHED.
        if (m_finQueued)
            return SocketError::BrokenPipe;
        m_sendBuffer.append(data);
        return SocketError::None;
    case State::Established:
    case State::CloseWait:
        m_sendBuffer.append(data);
        pushData();
        return SocketError::None;
    default:
        return SocketError::BrokenPipe; // 3.10.2: "connection closing"
    }
}

SocketError Connection::close(Micros now) {
    m_now = now;
    switch (m_state) {
    case State::Closed:
        return SocketError::NotConnected;
    case State::Listen:
    case State::SynSent:
        // 3.10.4: delete the TCB; nothing was synchronized.
        enterClosed(Rule::CloseCall, kNone, SocketError::None);
        return SocketError::None;
    case State::SynReceived:
    case State::Established:
        // 3.10.4: the FIN follows the queued data; enter FIN-WAIT-1 in any case.
        m_closedByApp = true;
        m_finQueued = true;
        setState(State::FinWait1, Rule::CloseCall);
        pushData();
        return SocketError::None;
    case State::CloseWait:
        m_closedByApp = true;
        m_finQueued = true;
        setState(State::LastAck, Rule::CloseCall);
        pushData();
        return SocketError::None;
    default:
        return SocketError::InvalidState; // "connection closing"
    }
}

void Connection::abort(Micros now) {
    m_now = now;
    switch (m_state) {
    case State::SynReceived:
    case State::Established:
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait:
        // 3.10.5: send <SEQ=SND.NXT><CTL=RST>.
        sendReset(m_sndNxt, m_remote);
        enterClosed(Rule::AbortCall, kNone, SocketError::None);
        return;
    case State::Closed:
        return;
    default:
        enterClosed(Rule::AbortCall, kNone, SocketError::None);
        return;
    }
}

void Connection::setOptions(Micros now, const SocketOptions& options) {
    m_now = now;
    if (options.keepaliveIdle)
        m_keepIdle = *options.keepaliveIdle;
    if (options.keepaliveInterval)
        m_keepInterval = *options.keepaliveInterval;
    if (options.keepaliveProbes)
        m_keepProbes = *options.keepaliveProbes;
    if (options.keepalive) {
        m_keepalive = *options.keepalive;
        if (!m_keepalive)
            cancelTimer(TimerKind::Keepalive);
    }
    restartKeepalive();
}

void Connection::endTimeWaitForReuse(Micros now, SegId id) {
    m_now = now;
    enterClosed(Rule::TimeWaitReopen, id, SocketError::None);
}

// ---- state and notifications ---------------------------------------------

void Connection::setState(State to, Rule rule, SegId cause) {
    const State from = m_state;
    m_state = to;
    m_sink.record(m_now, StateChanged{m_id, from, to, rule, cause});
}

void Connection::tellApp(AppCall call, SocketError error) {
    if (m_appAttached)
        m_sink.record(m_now, AppResult{m_id, call, error, kNone});
}

void Connection::enterClosed(Rule rule, SegId cause, SocketError tell) {
    const bool connecting =
        m_state == State::SynSent || (m_state == State::SynReceived && !m_passive);
    cancelAllTimers();
    m_unacked.clear();
    setState(State::Closed, rule, cause);
    if (tell != SocketError::None)
        tellApp(connecting ? AppCall::Connect : AppCall::Receive, tell);
}

void Connection::enterTimeWait(Rule rule, SegId cause) {
    // 3.10.7.4: start the time-wait timer, turn off the other timers.
    cancelAllTimers();
    setState(State::TimeWait, rule, cause);
    setTimer(TimerKind::TimeWait, m_now + m_profile.timeWaitLength());
}

// ---- timers ------------------------------------------------------------------

void Connection::setTimer(TimerKind kind, Micros deadline) {
    m_timers[static_cast<std::size_t>(kind)] = deadline;
    m_sink.record(m_now, TimerEvent{m_id, kind, TimerAction::Armed, deadline});
}

void Connection::cancelTimer(TimerKind kind) {
    auto& slot = m_timers[static_cast<std::size_t>(kind)];
    if (!slot)
        return;
    slot.reset();
    m_sink.record(m_now, TimerEvent{m_id, kind, TimerAction::Cancelled, Micros{0}});
}

void Connection::cancelAllTimers() {
    for (std::size_t k = 0; k < m_timers.size(); ++k)
        cancelTimer(static_cast<TimerKind>(k));
}

std::optional<Micros> Connection::nextDeadline() const {
    std::optional<Micros> next;
    for (const auto& t : m_timers)
        if (t && (!next || *t < *next))
            next = t;
    return next;
}

void Connection::onTimer(Micros now) {
    m_now = now;
    for (std::size_t k = 0; k < m_timers.size(); ++k) {
        auto& slot = m_timers[k];
        if (!slot || *slot > now)
            continue;
        slot.reset();
        const auto kind = static_cast<TimerKind>(k);
        m_sink.record(now, TimerEvent{m_id, kind, TimerAction::Fired, Micros{0}});
        switch (kind) {
        case TimerKind::Retransmission:
            onRetransmissionTimeout();
            break;
        case TimerKind::TimeWait:
            enterClosed(Rule::TimeWaitTimeout, kNone, SocketError::None);
            break;
        case TimerKind::FinWait2:
            enterClosed(Rule::FinWait2Timeout, kNone, SocketError::None);
            break;
        case TimerKind::Keepalive:
            onKeepaliveTimeout();
            break;
        case TimerKind::DelayedAck:
            sendAck();
            break;
        }
        if (m_state == State::Closed)
            return;
    }
}

int Connection::retryLimit() const {
    switch (m_state) {
    case State::SynSent:
        return m_profile.synRetries + m_profile.synLinearTimeouts;
    case State::SynReceived:
        return m_passive ? m_profile.synAckRetries : m_profile.synRetries;
    default:
        return m_profile.dataRetries;
    }
}

void Connection::armRetransmission() {
    // RFC 6298 (5.1): start the timer when data is sent and it is not running.
    if (!timerDeadline(TimerKind::Retransmission))
        setTimer(TimerKind::Retransmission, m_now + m_rto.rto());
}

void Connection::onRetransmissionTimeout() {
    if (m_unacked.empty())
        return;
    if (m_retries >= retryLimit()) {
        // RFC 9293 3.8.3: R2 reached, close the connection; the user sees ETIMEDOUT.
        enterClosed(Rule::RetransmissionLimit, kNone, SocketError::TimedOut);
        return;
    }
    ++m_retries;
    // RFC 6298 (5.4) retransmit the earliest unacknowledged segment.
    Unacked& first = m_unacked.front();
    first.retransmitted = true;
    Segment seg;
    if (first.flags.has(Flag::Syn)) {
        m_synRetransmitted = true;
        seg = makeSegment(m_state == State::SynSent ? Flags(Flag::Syn) : Flag::Syn | Flag::Ack,
                          m_iss);
        addSynOptions(seg, m_state != State::SynSent);
    } else {
        const std::uint32_t dataLen = first.len - (first.flags.has(Flag::Fin) ? 1u : 0u);
        Flags flags = Flag::Ack;
        flags |= Flags::fromBits(first.flags.bits() & (Flags(Flag::Fin) | Flag::Psh).bits());
        seg = makeSegment(flags, first.seq);
        seg.payload =
            m_sendBuffer.substr(static_cast<std::uint32_t>(first.seq - m_sndUna), dataLen);
    }
    transmit(std::move(seg), SegmentOrigin::Retransmission, first.original);
    // (5.5) back off; Linux keeps the first tcp_syn_linear_timeouts SYN waits flat.
    if (m_state != State::SynSent || m_retries > m_profile.synLinearTimeouts)
        m_rto.backOff();
    // (5.6) restart the timer.
    setTimer(TimerKind::Retransmission, m_now + m_rto.rto());
}

void Connection::restartKeepalive() {
    const bool applies = m_state == State::Established || m_state == State::CloseWait;
    if (!m_keepalive || !applies)
        return;
    m_probesSent = 0;
    m_lastHeard = m_now;
    setTimer(TimerKind::Keepalive, m_now + m_keepIdle);
}

void Connection::onKeepaliveTimeout() {
    if (m_probesSent == 0 && m_now - m_lastHeard < m_keepIdle) {
        // Heard from the peer since the timer was set: idle time starts there.
        setTimer(TimerKind::Keepalive, m_lastHeard + m_keepIdle);
        return;
    }
    if (!m_unacked.empty()) {
        // Data is outstanding: the retransmission timer watches the peer.
        setTimer(TimerKind::Keepalive, m_now + m_keepIdle);
        return;
    }
    if (m_probesSent >= m_keepProbes) {
        // 3.8.4: the peer is dead. Linux resets the connection and reports ETIMEDOUT.
        sendReset(m_sndNxt, m_remote);
        enterClosed(Rule::KeepaliveTimeout, kNone, SocketError::TimedOut);
        return;
    }
    // 3.8.4: a probe with SEG.SEQ = SND.NXT-1 and no data makes the peer answer with an ACK.
    ++m_probesSent;
    transmit(makeSegment(Flag::Ack, m_sndNxt - 1), SegmentOrigin::KeepaliveProbe);
    setTimer(TimerKind::Keepalive, m_now + m_keepInterval);
}

} // namespace core
