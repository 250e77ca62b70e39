#include "capture_infer.h"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

namespace core {

namespace {

bool isSyn(const Segment& s) {
    return s.flags.has(Flag::Syn) && !s.flags.has(Flag::Ack);
}

bool isSynAck(const Segment& s) {
    return s.flags.has(Flag::Syn) && s.flags.has(Flag::Ack);
}

// The states in which an end may still send a FIN the capture could miss.
bool isSynchronizedOpen(State s) {
    return s == State::Established || s == State::CloseWait || s == State::SynReceived;
}

// What one end is known to have done, and its state (nullopt: unknown).
struct Side {
    std::optional<State> state;
    bool beforeOpen = false; // not yet part of the connection: LISTEN or CLOSED, not known which
    bool passive = false;    // entered SYN-RECEIVED from LISTEN
    std::size_t synArrived = kNoPacket; // the peer's SYN, while beforeOpen
    std::optional<SeqNum> iss;
    std::optional<SeqNum> fin;     // the sequence number of our FIN
    std::optional<SeqNum> sentEnd; // the highest SEG.SEQ + SEG.LEN sent
    std::optional<SeqNum> gap;     // unknown because the peer acknowledged up to here, unseen
    bool peerFin = false;          // the peer's FIN has arrived
};

class Inference {
public:
    Inference(const std::vector<ImportedPacket>& packets, const std::vector<CaptureEvent>& events)
        : m_packets(packets), m_events(events) {}

    std::vector<InferredChange> run();

private:
    void start();
    void onSend(std::size_t side, const ImportedPacket& p);
    void onSendSyn(Side& me, const ImportedPacket& p);
    void onSendFin(Side& me, const ImportedPacket& p);
    void onArrival(std::size_t side, const ImportedPacket& p);
    void onArrivalRst(Side& me, const ImportedPacket& p);
    void onArrivalSyn(Side& me, const ImportedPacket& p);
    void onArrivalAck(Side& me, const ImportedPacket& p);
    void onArrivalFin(Side& me);
    void recoverAfterGap(Side& me, const ImportedPacket& p);
    void change(Side& me, State to, Rule rule, std::size_t cause, bool before = false);
    void forget(Side& me, std::size_t cause);
    std::size_t indexOf(const Side& me) const { return &me == &m_sides[0] ? 0 : 1; }

    const std::vector<ImportedPacket>& m_packets;
    const std::vector<CaptureEvent>& m_events;
    std::array<Side, 2> m_sides;
    std::size_t m_event = 0;
    std::vector<InferredChange> m_changes;
};

void Inference::change(Side& me, State to, Rule rule, std::size_t cause, bool before) {
    const State from = me.state.value_or(State::Closed);
    if (me.state && !isAllowedTransition(from, to))
        rule = Rule::InferredFromCapture; // the capture skipped a step: where from is not known
    m_changes.push_back({m_event, before, indexOf(me), from, to, rule, cause});
    me.state = to;
    me.beforeOpen = false;
}

// RFC 9293 gives no transition for "the capture missed a segment": the
// state is simply no longer known.
void Inference::forget(Side& me, std::size_t cause) {
    if (!me.state)
        return;
    m_changes.push_back({m_event, false, indexOf(me), *me.state, State::Closed,
                         Rule::StateUnknown, cause});
    me.state.reset();
}

// Where the capture starts decides what is known before the first packet.
void Inference::start() {
    if (m_packets.empty())
        return;
    const ImportedPacket& first = m_packets.front();
    if (first.fromA && isSyn(first.header)) {
        m_sides[0].state = State::Closed; // about to OPEN: no TCB before (3.10.1)
        m_sides[1].beforeOpen = true;
        return;
    }
    // A capture that starts mid-connection. If both FINs are in it, nobody had
    // closed before it started, so both ends were ESTABLISHED (3.3.2).
    std::array<bool, 2> fin{};
    for (const ImportedPacket& p : m_packets)
        fin[p.fromA ? 0 : 1] = fin[p.fromA ? 0 : 1] || p.header.flags.has(Flag::Fin);
    if (isSynAck(first.header) || !fin[0] || !fin[1])
        return;
    for (std::size_t side = 0; side < 2; ++side) {
        const auto firstEvent = std::find_if(m_events.begin(), m_events.end(), [&](const CaptureEvent& e) {
            return (m_packets[e.packet].fromA == (side == 0)) != e.arrival;
        });
        m_event = static_cast<std::size_t>(firstEvent - m_events.begin());
        change(m_sides[side], State::Established, Rule::InferredFromCapture, firstEvent->packet,
               true);
    }
}

std::vector<InferredChange> Inference::run() {
    start();
    for (m_event = 0; m_event < m_events.size(); ++m_event) {
        const CaptureEvent& e = m_events[m_event];
        const ImportedPacket& p = m_packets[e.packet];
        const std::size_t sender = p.fromA ? 0 : 1;
        if (e.arrival)
            onArrival(1 - sender, p);
        else
            onSend(sender, p);
    }
    // start() added the changes known from the beginning out of order.
    std::stable_sort(m_changes.begin(), m_changes.end(), [](const auto& x, const auto& y) {
        return std::pair(x.event, !x.beforeEvent) < std::pair(y.event, !y.beforeEvent);
    });
    return std::move(m_changes);
}

void Inference::onSend(std::size_t side, const ImportedPacket& p) {
    Side& me = m_sides[side];
    const Segment& s = p.header;
    const std::size_t self = m_events[m_event].packet;
    if (s.flags.has(Flag::Rst)) {
        // ABORT (3.10.5), or Linux closing with unread data: the sender is CLOSED.
        if (me.state && *me.state != State::Closed)
            change(me, State::Closed, Rule::AbortCall, kNoPacket, true);
        else if (!me.state && !me.beforeOpen)
            change(me, State::Closed, Rule::InferredFromCapture, self, true);
        return;
    }
    if (s.flags.has(Flag::Syn))
        onSendSyn(me, p);
    else if (me.state == State::Closed)
        forget(me, self); // a closed end sends nothing but RSTs (3.10.7.1)
    recoverAfterGap(me, p);
    if (s.flags.has(Flag::Fin))
        onSendFin(me, p);
    if (!me.sentEnd || p.end() > *me.sentEnd)
        me.sentEnd = p.end();
}

void Inference::onSendSyn(Side& me, const ImportedPacket& p) {
    const std::size_t self = m_events[m_event].packet;
    if (!me.iss)
        me.iss = p.header.seq;
    if (isSyn(p.header)) {
        // Active OPEN (3.10.1); a SYN in SYN-SENT is a retransmission (3.8.1).
        const bool crossed = me.beforeOpen && me.synArrived != kNoPacket;
        if (me.beforeOpen || me.state == State::Closed)
            change(me, State::SynSent, Rule::ActiveOpen, kNoPacket, true);
        // The peer's SYN seemed to be here first, yet this end sent a SYN, not a
        // SYN-ACK: the two SYNs crossed, a simultaneous open (3.10.7.3).
        if (crossed)
            change(me, State::SynReceived, Rule::SynInSynSent, me.synArrived);
        return;
    }
    if (me.beforeOpen && me.synArrived != kNoPacket) {
        // A SYN-ACK shows the SYN reached a LISTEN (3.10.7.2).
        me.state = State::Listen;
        me.passive = true;
        change(me, State::SynReceived, Rule::SynInListen, me.synArrived, true);
    } else if (!me.state) {
        change(me, State::SynReceived, Rule::InferredFromCapture, self, true); // its SYN is missing
    }
}

void Inference::onSendFin(Side& me, const ImportedPacket& p) {
    const SeqNum fin = p.header.seq + p.payloadLength;
    if (me.fin && *me.fin == fin)
        return; // a retransmitted FIN
    me.fin = fin;
    if (!me.state)
        return;
    // CLOSE (3.10.4): ESTABLISHED or SYN-RECEIVED -> FIN-WAIT-1, CLOSE-WAIT -> LAST-ACK.
    if (*me.state == State::Established || *me.state == State::SynReceived)
        change(me, State::FinWait1, Rule::CloseCall, kNoPacket, true);
    else if (*me.state == State::CloseWait)
        change(me, State::LastAck, Rule::CloseCall, kNoPacket, true);
}

// New data from an end whose state was lost to a gap: a FIN takes the last
// sequence number, so the segments the capture missed did not carry one.
void Inference::recoverAfterGap(Side& me, const ImportedPacket& p) {
    if (me.state || !me.gap || p.payloadLength == 0 || p.header.seq < *me.gap)
        return;
    me.gap.reset();
    change(me, me.peerFin ? State::CloseWait : State::Established, Rule::InferredFromCapture,
           m_events[m_event].packet, true);
}

void Inference::onArrival(std::size_t side, const ImportedPacket& p) {
    Side& me = m_sides[side];
    const Segment& s = p.header;
    if (s.flags.has(Flag::Rst)) {
        onArrivalRst(me, p);
        return;
    }
    if (s.flags.has(Flag::Syn))
        onArrivalSyn(me, p);
    else if (s.flags.has(Flag::Ack))
        onArrivalAck(me, p);
    if (s.flags.has(Flag::Fin))
        onArrivalFin(me);
}

// An acceptable RST closes the connection (3.10.7.3, 3.10.7.4 second check);
// in SYN-SENT only one that acknowledges the SYN is acceptable.
void Inference::onArrivalRst(Side& me, const ImportedPacket& p) {
    const std::size_t self = m_events[m_event].packet;
    if (me.beforeOpen)
        return;
    if (!me.state) {
        change(me, State::Closed, Rule::InferredFromCapture, self);
        return;
    }
    switch (*me.state) {
    case State::Closed:
    case State::Listen:
        return;
    case State::SynSent:
        if (p.header.flags.has(Flag::Ack) && me.iss && p.header.ack == *me.iss + 1)
            change(me, State::Closed, Rule::RstReceived, self);
        return;
    case State::SynReceived:
        if (me.passive) {
            change(me, State::Listen, Rule::RstInPassiveSynReceived, self);
            return;
        }
        break;
    default:
        break;
    }
    change(me, State::Closed, Rule::RstReceived, self);
}

void Inference::onArrivalSyn(Side& me, const ImportedPacket& p) {
    const std::size_t self = m_events[m_event].packet;
    const bool acksOurSyn = me.iss && p.header.ack == *me.iss + 1;
    if (isSyn(p.header)) {
        if (me.state == State::SynSent)
            change(me, State::SynReceived, Rule::SynInSynSent, self); // simultaneous open (3.10.7.3)
        else if (me.beforeOpen)
            me.synArrived = self; // a LISTEN answers it; its SYN-ACK will tell
        return;
    }
    if (me.state == State::SynSent && acksOurSyn)
        change(me, State::Established, Rule::SynAckInSynSent, self); // 3.10.7.3
    else if (me.state == State::SynReceived && acksOurSyn)
        change(me, State::Established, Rule::AckInSynReceived, self); // 3.10.7.4, fifth check
    else if (!me.state && !me.beforeOpen)
        change(me, State::Established, Rule::InferredFromCapture, self); // its SYN is missing
}

// The ACK field (3.10.7.4, fifth check).
void Inference::onArrivalAck(Side& me, const ImportedPacket& p) {
    const std::size_t self = m_events[m_event].packet;
    const SeqNum ack = p.header.ack;
    if (me.state && !me.fin && me.sentEnd && ack > *me.sentEnd && isSynchronizedOpen(*me.state)) {
        // The peer acknowledges what the capture never saw us send: a FIN may be in it.
        me.gap = ack;
        forget(me, self);
        return;
    }
    if (!me.state)
        return;
    const bool finAcked = me.fin && ack > *me.fin;
    if (*me.state == State::SynReceived && me.iss && ack > *me.iss)
        change(me, State::Established, Rule::AckInSynReceived, self);
    else if (*me.state == State::FinWait1 && finAcked)
        change(me, State::FinWait2, Rule::AckOfFin, self);
    else if (*me.state == State::Closing && finAcked)
        change(me, State::TimeWait, Rule::AckOfFin, self);
    else if (*me.state == State::LastAck && finAcked)
        change(me, State::Closed, Rule::AckOfFin, self);
}

// The FIN bit (3.10.7.4, eighth check).
void Inference::onArrivalFin(Side& me) {
    const std::size_t self = m_events[m_event].packet;
    me.peerFin = true;
    if (!me.state)
        return;
    switch (*me.state) {
    case State::SynReceived:
    case State::Established:
        change(me, State::CloseWait, Rule::FinReceived, self);
        return;
    case State::FinWait1: // not yet acknowledged, or FIN-WAIT-2 would hold
        change(me, State::Closing, Rule::FinReceived, self);
        return;
    case State::FinWait2:
        change(me, State::TimeWait, Rule::FinReceived, self);
        return;
    default:
        return; // a repeated FIN
    }
}

} // namespace

std::vector<CaptureEvent> captureTimeline(const std::vector<PacketTimes>& times) {
    std::vector<CaptureEvent> events;
    for (std::size_t i = 0; i < times.size(); ++i) {
        events.push_back({times[i].sent, i, false});
        if (!times[i].lost)
            events.push_back({times[i].arrived, i, true});
    }
    std::stable_sort(events.begin(), events.end(), [](const CaptureEvent& x, const CaptureEvent& y) {
        return std::tie(x.t, x.packet, x.arrival) < std::tie(y.t, y.packet, y.arrival);
    });
    return events;
}

std::vector<InferredChange> inferStates(const std::vector<ImportedPacket>& packets,
                                        const std::vector<CaptureEvent>& timeline) {
    return Inference(packets, timeline).run();
}

} // namespace core
