// SEGMENT ARRIVES, seventh and eighth steps (RFC 9293 3.10.7.4): the segment
// text, delivered to the application in order, and the FIN once everything
// before it has arrived; and when to send the ACK for them (3.8.6.3).
#include "connection.h"

#include <algorithm>

namespace core {

// Seventh and eighth steps: the segment text, then the FIN once it is in order.
void Connection::processTextAndFin(const Segment& seg, SegId id) {
    processText(seg);
    if (!seg.flags.has(Flag::Fin))
        return;
    const SeqNum finSeq = seg.end() - 1;
    if (finSeq == m_rcvNxt) {
        processFin(id);
    } else if (finSeq > m_rcvNxt) {
        m_outOfOrderFin = std::pair(finSeq, id);
        if (seg.payload.empty())
            sendAck(); // out of order: ACK at once (RFC 5681 4.2); data did so above
    }
}

// Seventh step: segment text, delivered in order.
void Connection::processText(const Segment& seg) {
    if (seg.payload.empty())
        return;
    const bool receiving =
        m_state == State::Established || m_state == State::FinWait1 || m_state == State::FinWait2;
    if (!receiving)
        return; // after the peer's FIN no data can arrive; ignore it
    const std::int32_t ahead = seg.seq - m_rcvNxt;
    if (ahead > 0) {
        // Out of order: keep it for later and ACK at once (RFC 9293 3.10.7.4, RFC 5681 4.2).
        const auto key = static_cast<std::uint32_t>(seg.seq - (m_irs + 1));
        std::string& slot = m_outOfOrder[key];
        if (slot.size() < seg.payload.size())
            slot = seg.payload;
        sendAck();
        return;
    }
    const auto skip = static_cast<std::size_t>(-ahead);
    if (skip >= seg.payload.size()) {
        sendAck(); // an old duplicate: tell the peer what we have
        return;
    }
    deliver(std::string_view(seg.payload).substr(skip));
    const bool hadGap = !m_outOfOrder.empty() || m_outOfOrderFin.has_value();
    drainOutOfOrder();
    if (!hadGap && seg.flags.has(Flag::Fin) && seg.end() - 1 == m_rcvNxt)
        return; // the FIN comes next in this segment, and its ACK covers the data
    if (hadGap)
        sendAck(); // a hole was filled: ACK at once
    else if (m_quickAcksLeft > 0 && m_profile.delayedAck) {
        --m_quickAcksLeft;
        sendAck();
    } else
        scheduleAck(seg.payload.size() >= std::min<std::size_t>(m_peerMss, m_profile.mss));
}

void Connection::deliver(std::string_view bytes) {
    const auto n = static_cast<std::uint32_t>(bytes.size());
    const std::uint64_t offset = m_delivered;
    m_delivered += n;
    m_rcvNxt += n;
    m_sink.record(m_now, DataDelivered{m_id, offset, n});
}

void Connection::drainOutOfOrder() {
    while (!m_outOfOrder.empty()) {
        auto first = m_outOfOrder.begin();
        const SeqNum start = m_irs + 1 + first->first;
        if (start > m_rcvNxt)
            break;
        const auto skip = static_cast<std::size_t>(m_rcvNxt - start);
        if (skip < first->second.size())
            deliver(std::string_view(first->second).substr(skip));
        m_outOfOrder.erase(first);
    }
    if (m_outOfOrderFin && m_outOfOrderFin->first == m_rcvNxt) {
        const SegId cause = m_outOfOrderFin->second;
        m_outOfOrderFin.reset();
        processFin(cause);
    }
}

void Connection::scheduleAck(bool fullSegment) {
    // RFC 9293 3.8.6.3: delay an ACK by less than 0.5 s, but ACK every second full segment.
    if (!m_profile.delayedAck) {
        sendAck();
        return;
    }
    if (fullSegment && ++m_unackedFullSegments >= 2) {
        sendAck();
        return;
    }
    if (!timerDeadline(TimerKind::DelayedAck))
        setTimer(TimerKind::DelayedAck, m_now + m_profile.delayedAckTimeout);
}

// Eighth step: the FIN bit, once everything before it has arrived.
void Connection::processFin(SegId id) {
    m_rcvNxt += 1; // advance RCV.NXT over the FIN
    switch (m_state) {
    case State::SynReceived:
    case State::Established:
        setState(State::CloseWait, Rule::FinReceived, id);
        scheduleAck(false); // Linux delays this ACK; a quick close() rides on it
        return;
    case State::FinWait1:
        // Our FIN was acknowledged in this same segment: TIME-WAIT; else CLOSING.
        if (finAcked())
            enterTimeWait(Rule::FinReceived, id);
        else
            setState(State::Closing, Rule::FinReceived, id);
        sendAck();
        return;
    case State::FinWait2:
        enterTimeWait(Rule::FinReceived, id);
        sendAck();
        return;
    default:
        sendAck(); // CLOSE-WAIT, CLOSING, LAST-ACK: a repeated FIN, stay
        return;
    }
}

} // namespace core
