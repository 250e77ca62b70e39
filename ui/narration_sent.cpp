// Narration of a segment put on the wire: what it says and why it is sent.

#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::Flag;

const QString kHandshake = QStringLiteral("RFC 9293 3.5");
const QString kClosing = QStringLiteral("RFC 9293 3.6");

bool hasFlag(const core::SegmentRecord& r, Flag flag) {
    return r.header.flags.has(flag);
}

Narration synSent(const Facts& f, const core::SegmentRecord& r) {
    const std::uint32_t isn = r.header.seq.value();
    QString what = Tr::tr("%1 sends a SYN to %2 with its initial sequence number (ISN) %3.")
                       .arg(f.sourceName(r), f.destinationName(r), num(isn));
    if (r.header.options.mss)
        what += QLatin1Char(' ') + Tr::tr("It offers MSS %1: the largest segment it can receive.")
                                       .arg(*r.header.options.mss);
    const QString why =
        Tr::tr("A SYN asks to open a connection and tells the peer where this side's byte "
               "numbering starts. The SYN itself takes up one sequence number, so the first data "
               "byte will be %1 (ISN + 1), and the peer must answer with ack = %1.")
            .arg(num(isn + 1));
    return {Tr::tr("SYN: %1 opens a connection").arg(f.sourceName(r)), what, why, {}, kHandshake};
}

Narration synAckSent(const Facts& f, const core::SegmentRecord& r) {
    const core::SegmentRecord* syn = f.synAnsweredBy(r);
    const std::uint32_t ack = r.header.ack.value();
    const QString peer = f.destinationName(r);
    const QString acked = syn ? Tr::tr("%1 acknowledges the SYN of %2 (ack = its ISN %3 + 1 = %4)")
                                    .arg(f.sourceName(r), peer, num(syn->header.seq), num(ack))
                              : Tr::tr("%1 acknowledges a SYN with ISN %2 (ack = %3)")
                                    .arg(f.sourceName(r), num(ack - 1), num(ack));
    const QString what =
        Tr::tr("%1 and sends its own SYN with ISN %2.").arg(acked, num(r.header.seq));
    const ConnReplay* sender = f.replay(r.conn);
    if (sender && sender->lastRule == core::Rule::TwoWayHandshake)
        return {Tr::tr("SYN-ACK: %1 answers").arg(f.sourceName(r)),
                what,
                Tr::tr("NOT TCP: in this two-way variant the server does not wait for an ACK of "
                       "its SYN. It is already ESTABLISHED and may send data at once, even if "
                       "the SYN was an old duplicate."),
                {},
                Tr::tr("not TCP: a teaching variant")};
    const QString why =
        Tr::tr("One segment does two jobs: its ACK confirms that the SYN of %1 arrived, and its "
               "SYN opens the other direction with this side's own numbering. Until %1 "
               "acknowledges it with ack = %2, the connection is only half open.")
            .arg(peer, num(r.header.seq + 1u));
    return {Tr::tr("SYN-ACK: %1 answers").arg(f.sourceName(r)), what, why, {}, kHandshake};
}

// Whether `r` is the first segment after the SYN that its connection sends.
bool firstAfterSyn(const Facts& f, core::SegId id, const core::SegmentRecord& r) {
    for (core::SegId i = 0; i < id; ++i) {
        const core::SegmentRecord* s = f.segment(i);
        if (s && s->conn == r.conn && s->conn != core::kNone && !hasFlag(*s, Flag::Syn))
            return false;
    }
    return true;
}

// The FIN of the peer that `r` acknowledges, if it does.
const core::SegmentRecord* finAckedBy(const Facts& f, core::SegId id,
                                      const core::SegmentRecord& r) {
    for (core::SegId i = 0; i < id; ++i) {
        const core::SegmentRecord* s = f.segment(i);
        if (s && hasFlag(*s, Flag::Fin) && s->src == r.dst && s->dst == r.src &&
            s->header.srcPort == r.header.dstPort && s->header.dstPort == r.header.srcPort &&
            (s->header.seq + s->payloadLength + 1u) == r.header.ack)
            return s;
    }
    return nullptr;
}

Narration ackSent(const Facts& f, core::SegId id, const core::SegmentRecord& r) {
    const QString from = f.sourceName(r);
    const QString to = f.destinationName(r);
    const std::optional<std::uint32_t> irs = f.irs(r.conn);
    const std::optional<std::uint32_t> iss = f.iss(r.conn);
    if (irs && iss && r.header.ack.value() == *irs + 1 && r.header.seq.value() == *iss + 1 &&
        firstAfterSyn(f, id, r)) {
        return {Tr::tr("ACK: the handshake's third segment"),
                Tr::tr("%1 acknowledges the SYN of %2 (ack = its ISN %3 + 1 = %4). This is the "
                       "third and last segment of the three-way handshake.")
                    .arg(from, to, num(*irs), num(r.header.ack)),
                Tr::tr("Now each side's ISN has been acknowledged by the other, so both know "
                       "where the other's numbering starts: the connection is synchronized. "
                       "The ACK carries no data and takes up no sequence number (seq stays "
                       "%1).")
                    .arg(num(r.header.seq)),
                {},
                kHandshake};
    }
    if (const core::SegmentRecord* fin = finAckedBy(f, id, r)) {
        const core::SeqNum finSeq = fin->header.seq + fin->payloadLength;
        return {Tr::tr("ACK of a FIN"),
                Tr::tr("%1 acknowledges the FIN of %2 (ack = FIN seq %3 + 1 = %4).")
                    .arg(from, to, num(finSeq), num(r.header.ack)),
                Tr::tr("The FIN took up one sequence number, so acknowledging it means ack = "
                       "FIN seq + 1. When this ACK arrives, %1 knows that its direction is "
                       "closed.")
                    .arg(to),
                {},
                kClosing};
    }
    return {Tr::tr("ACK from %1").arg(from),
            Tr::tr("%1 acknowledges everything before %2: ack = %2 is the next sequence number "
                   "it expects from %3.")
                .arg(from, num(r.header.ack), to),
            Tr::tr("A pure ACK carries no data and takes up no sequence number, so it is never "
                   "acknowledged itself, and never retransmitted."),
            {},
            QStringLiteral("RFC 9293 3.4")};
}

Narration dataSent(const Facts& f, const core::SegmentRecord& r) {
    const core::SeqNum first = r.header.seq;
    const core::SeqNum next = first + r.payloadLength;
    QString what = Tr::tr("%1 sends %2 bytes of data: sequence numbers %3 to %4 (seq = %3).")
                       .arg(f.sourceName(r))
                       .arg(r.payloadLength)
                       .arg(num(first), num(next - 1u));
    if (hasFlag(r, Flag::Ack))
        what += QLatin1Char(' ') + Tr::tr("Its ack = %1 tells %2 the next byte it expects.")
                                       .arg(num(r.header.ack), f.destinationName(r));
    const QString why =
        Tr::tr("Every data byte has its own sequence number, so the receiver can put bytes in "
               "order, notice gaps and acknowledge exactly what arrived: here with ack = %1. The "
               "sender keeps a copy until then, in case it has to send it again.")
            .arg(num(next));
    return {
        Tr::tr("Data from %1").arg(f.sourceName(r)), what, why, {}, QStringLiteral("RFC 9293 3.4")};
}

Narration finSent(const Facts& f, const core::SegmentRecord& r) {
    const core::SeqNum finSeq = r.header.seq + r.payloadLength;
    QString what = Tr::tr("%1 sends a FIN (seq = %2): it has no more data to send.")
                       .arg(f.sourceName(r), num(finSeq));
    if (r.payloadLength > 0)
        what += QLatin1Char(' ') +
                Tr::tr("The FIN rides on its last %1 bytes of data.").arg(r.payloadLength);
    const QString why =
        Tr::tr("A FIN closes only the sender's direction: %1 can still receive data until %2 "
               "sends its own FIN. Like a SYN, the FIN takes up one sequence number, so it is "
               "acknowledged with ack = %3.")
            .arg(f.sourceName(r), f.destinationName(r), num(finSeq + 1u));
    return {Tr::tr("FIN: %1 closes its direction").arg(f.sourceName(r)), what, why, {}, kClosing};
}

Narration retransmission(const Facts& f, core::SegId id, const core::SegmentRecord& r) {
    const core::SegId original = r.original;
    int attempt = 0;
    for (core::SegId i = 0; i <= id; ++i)
        if (const core::SegmentRecord* s = f.segment(i);
            s && s->origin == core::SegmentOrigin::Retransmission && s->original == original)
            ++attempt;
    const std::optional<ArmedTimer> fired = f.lastArmed(r.conn, core::TimerKind::Retransmission);
    QString what = Tr::tr("%1 sends segment #%2 again (retransmission %3): %4, the same sequence "
                          "numbers as before.")
                       .arg(f.sourceName(r))
                       .arg(original)
                       .arg(attempt)
                       .arg(f.label(id));
    if (fired)
        what += QLatin1Char(' ') + Tr::tr("No acknowledgement came within its RTO of %1.")
                                       .arg(spokenDuration(fired->duration()));
    const int rearm = f.findAfter([&](const core::TraceEvent& e) {
        const auto* t = std::get_if<core::TimerEvent>(&e.body);
        return t && t->conn == r.conn && t->timer == core::TimerKind::Retransmission &&
               t->action == core::TimerAction::Armed;
    });
    QString why = Tr::tr("TCP keeps every segment that takes up sequence numbers until it is "
                         "acknowledged, and sends it again when the retransmission timer (RTO) "
                         "expires.");
    if (rearm >= 0 && fired) {
        const core::TraceEvent& e = f.trace().events[static_cast<std::size_t>(rearm)];
        const core::Micros next = std::get<core::TimerEvent>(e.body).deadline - e.t;
        why += QLatin1Char(' ') +
               (next == 2 * fired->duration()
                    ? Tr::tr("The RTO doubles after each timeout (exponential backoff): the next "
                             "wait is %1, twice %2, so that a broken path is not flooded.")
                    : Tr::tr("The next wait is %1 (it was %2): the RTO backs off after each "
                             "timeout, so that a broken path is not flooded."))
                   .arg(spokenDuration(next), spokenDuration(fired->duration()));
    }
    return {Tr::tr("Retransmission of #%1").arg(original),
            what,
            why,
            {},
            QStringLiteral("RFC 6298 5, RFC 9293 3.8.1")};
}

Narration keepaliveProbe(const Facts& f, const core::SegmentRecord& r) {
    const std::optional<ArmedTimer> idle = f.lastArmed(r.conn, core::TimerKind::Keepalive);
    QString what =
        Tr::tr("%1 sends a keep-alive probe to %2: an ACK with seq = %3, one below the next "
               "sequence number %4, and no data.")
            .arg(f.sourceName(r), f.destinationName(r), num(r.header.seq), num(r.header.seq + 1u));
    if (idle)
        what += QLatin1Char(' ') +
                Tr::tr("The keep-alive timer waited %1.").arg(spokenDuration(idle->duration()));
    return {Tr::tr("Keep-alive probe"),
            what,
            Tr::tr("The probe's sequence number is one the peer has already acknowledged, so a "
                   "live peer must answer with an ACK; a peer that has lost the connection "
                   "answers with RST; a peer that is down or unreachable does not answer at "
                   "all."),
            {},
            QStringLiteral("RFC 9293 3.8.4")};
}

Narration synCookieSent(const Facts& f, const core::SegmentRecord& r) {
    const std::optional<core::QueueLengths> q = f.queues(r.conn);
    const std::optional<std::uint64_t> backlog = f.backlog(r.conn);
    const bool full = q && backlog && q->synQueue >= *backlog;
    const QString reason = full ? Tr::tr("Its SYN queue is full (%1 of %2), so %3 answers the "
                                         "SYN of %4 with a SYN cookie.")
                                      .arg(q->synQueue)
                                      .arg(*backlog)
                                      .arg(f.sourceName(r), f.destinationName(r))
                                : Tr::tr("%1 answers the SYN of %2 with a SYN cookie.")
                                      .arg(f.sourceName(r), f.destinationName(r));
    const QString what =
        reason + QLatin1Char(' ') +
        Tr::tr("Its ISN %1 is not random: it is a keyed hash of the addresses, ports, a time "
               "counter and the MSS. The server keeps no state at all for this connection.")
            .arg(num(r.header.seq));
    const QString why =
        Tr::tr("A SYN flood fills the SYN queue with half-open connections that never complete. "
               "With a cookie the server remembers nothing: if an ACK comes back with ack = %1 "
               "(cookie + 1), it checks the hash and rebuilds the connection from that ACK "
               "alone.")
            .arg(num(r.header.seq + 1u));
    return {Tr::tr("SYN cookie"), what, why, {}, QStringLiteral("RFC 4987 3.6")};
}

} // namespace

Narration sentNarration(const Facts& f, const core::SegmentSent& e) {
    const core::SegmentRecord* r = f.segment(e.seg);
    if (!r)
        return {Tr::tr("A segment is sent"), Tr::tr("Segment #%1 is sent.").arg(e.seg), {}, {}, {}};
    if (r->protocol == core::Protocol::Udp)
        return {Tr::tr("UDP datagram"),
                Tr::tr("%1 sends a UDP datagram of %2 bytes to %3, with no handshake before it.")
                    .arg(f.sourceName(*r))
                    .arg(r->payloadLength)
                    .arg(f.destinationName(*r)),
                Tr::tr("UDP keeps no connection and no sequence numbers: nothing tells the sender "
                       "whether the datagram arrives, and nothing sends it again if it is lost. "
                       "Any reliability is the application's job."),
                {},
                QStringLiteral("RFC 768")};
    switch (r->origin) {
    case core::SegmentOrigin::Retransmission:
        return retransmission(f, e.seg, *r);
    case core::SegmentOrigin::KeepaliveProbe:
        return keepaliveProbe(f, *r);
    case core::SegmentOrigin::SynCookie:
        return synCookieSent(f, *r);
    case core::SegmentOrigin::ResetNoSocket:
    case core::SegmentOrigin::ChallengeAck:
        return resetNarration(f, e.seg, lastArrivalAt(f, r->fromHost, r->header.srcPort));
    case core::SegmentOrigin::Injected:
    case core::SegmentOrigin::Duplicate:
        return r->origin == core::SegmentOrigin::Injected
                   ? faultNarration(f, {core::kNone, e.seg, core::FaultAction::Injected})
                   : faultNarration(f, {core::kNone, r->original, core::FaultAction::Duplicated});
    case core::SegmentOrigin::Normal:
        break;
    }
    if (hasFlag(*r, Flag::Rst))
        return resetNarration(f, e.seg, lastArrivalAt(f, r->fromHost, r->header.srcPort));
    if (hasFlag(*r, Flag::Syn))
        return hasFlag(*r, Flag::Ack) ? synAckSent(f, *r) : synSent(f, *r);
    if (hasFlag(*r, Flag::Fin))
        return finSent(f, *r);
    if (r->payloadLength > 0)
        return dataSent(f, *r);
    return ackSent(f, e.seg, *r);
}

} // namespace ui::narration
