// Narration of a segment that arrives or never does.

#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::Flag;

// What the arrival of `seg` makes happen at once, read from the events at
// the same time that follow it, up to the next arrival.
QStringList effectsOf(const Facts& f, core::SegId seg, const core::SegmentRecord& r) {
    QStringList changes;
    QStringList others;
    bool answered = false;
    for (int i : f.sameTimeAfter(24)) {
        const core::EventBody& body = f.trace().events[static_cast<std::size_t>(i)].body;
        if (std::holds_alternative<core::SegmentArrived>(body))
            break;
        if (const auto* c = std::get_if<core::StateChanged>(&body); c && c->cause == seg) {
            changes << Tr::tr("%1 moves from %2 to %3.")
                           .arg(f.connName(c->conn),
                                QString::fromUtf8(core::toString(c->from).data()),
                                QString::fromUtf8(core::toString(c->to).data()));
        } else if (const auto* s = std::get_if<core::SegmentSent>(&body)) {
            const core::SegmentRecord* a = f.segment(s->seg);
            if (!answered && a && a->fromHost == r.toHost &&
                a->origin != core::SegmentOrigin::Injected) {
                others << Tr::tr("It answers with %1.").arg(f.label(s->seg));
                answered = true;
            }
        } else if (const auto* d = std::get_if<core::DataDelivered>(&body)) {
            others << Tr::tr("%1 bytes go up to the application.").arg(d->bytes);
        } else if (const auto* t = std::get_if<core::TimerEvent>(&body);
                   t && t->timer == core::TimerKind::Retransmission &&
                   t->action == core::TimerAction::Cancelled) {
            others << (r.header.flags.has(Flag::Rst)
                           ? Tr::tr("The RTO of %1 is cancelled: the connection is gone.")
                           : Tr::tr("Everything %1 sent is now acknowledged, so its RTO is "
                                    "cancelled."))
                          .arg(f.connName(t->conn));
        }
    }
    return changes + others;
}

// The RST or challenge ACK the arrival draws, if any.
core::SegId resetAnswer(const Facts& f, const core::SegmentRecord& r) {
    for (int i : f.sameTimeAfter(24)) {
        const core::EventBody& body = f.trace().events[static_cast<std::size_t>(i)].body;
        if (std::holds_alternative<core::SegmentArrived>(body))
            break;
        const auto* s = std::get_if<core::SegmentSent>(&body);
        const core::SegmentRecord* a = s ? f.segment(s->seg) : nullptr;
        if (a && a->fromHost == r.toHost && a->origin != core::SegmentOrigin::Injected &&
            (a->header.flags.has(Flag::Rst) || a->origin == core::SegmentOrigin::ChallengeAck))
            return s->seg;
    }
    return core::kNone;
}

// RCV.NXT of `conn` before segment `before`: the ack of the last segment it sent.
std::optional<core::SeqNum> expectedBy(const Facts& f, core::ConnId conn, core::SegId before) {
    std::optional<core::SeqNum> expected;
    for (core::SegId i = 0; i < before && conn != core::kNone; ++i)
        if (const core::SegmentRecord* s = f.segment(i);
            s && s->conn == conn && s->header.flags.has(Flag::Ack))
            expected = s->header.ack;
    return expected;
}

// The narration of the state change the arrival of `seg` causes, if any.
std::optional<Narration> causedChange(const Facts& f, core::SegId seg) {
    for (int i : f.sameTimeAfter(24)) {
        const core::EventBody& body = f.trace().events[static_cast<std::size_t>(i)].body;
        if (std::holds_alternative<core::SegmentArrived>(body))
            break;
        if (const auto* c = std::get_if<core::StateChanged>(&body); c && c->cause == seg)
            return stateNarration(f, *c);
    }
    return std::nullopt;
}

// Why data that arrives is delivered or not.
QString dataWhy(const Facts& f, core::SegId seg, const core::SegmentRecord& r) {
    for (int i : f.sameTimeAfter(24)) {
        const core::EventBody& body = f.trace().events[static_cast<std::size_t>(i)].body;
        if (std::holds_alternative<core::SegmentArrived>(body))
            break;
        if (std::holds_alternative<core::DataDelivered>(body))
            return Tr::tr("Its first byte, seq %1, is the next one expected, so the data goes to "
                          "the application and is acknowledged with ack = %2.")
                .arg(num(r.header.seq), num(r.header.seq + r.payloadLength));
    }
    (void)seg;
    return Tr::tr("Nothing new is delivered: these bytes are not the next ones expected (a "
                  "duplicate, or data after a gap). The receiver acknowledges what it has, so "
                  "the sender learns what is missing.");
}

// A RST that changes nothing: not acceptable where it landed.
QString ignoredRst(const Facts& f, core::SegId seg, const core::SegmentRecord& r) {
    const core::ConnId receiver = f.receiverOf(r);
    const std::optional<core::SeqNum> expected = expectedBy(f, receiver, seg);
    if (!expected)
        return Tr::tr("The RST matches no connection it could close, so it is ignored.");
    return Tr::tr("Its seq %1 lies outside the window of sequence numbers %2 accepts (the next "
                  "one it expects is %3), so the RST is silently dropped: a guessed RST must "
                  "land in the window to do harm.")
        .arg(num(r.header.seq), f.connName(receiver), num(*expected));
}

QString lossConsequence(const Facts& f, core::SegId seg, const core::SegmentRecord& r) {
    if (r.protocol == core::Protocol::Udp)
        return Tr::tr("UDP does not notice the loss and nothing sends the datagram again: its %1 "
                      "bytes never reach the application.")
            .arg(r.payloadLength);
    if (r.header.segLen() == 0 && r.payloadLength == 0 && !r.header.flags.has(Flag::Rst))
        return Tr::tr("Nobody resends a lost pure ACK, because ACKs are not acknowledged. If the "
                      "peer still waits for it, its own RTO will fire and resend its segment, "
                      "and the ACK will be sent again in reply.");
    if (r.header.flags.has(Flag::Rst))
        return Tr::tr("A RST is never retransmitted: if it is lost, the peer finds out only when "
                      "its next segment draws another RST.");
    const core::SegId original = r.original != core::kNone ? r.original : seg;
    const int resend = f.findAfter([&](const core::TraceEvent& e) {
        const auto* s = std::get_if<core::SegmentSent>(&e.body);
        const core::SegmentRecord* c = s ? f.segment(s->seg) : nullptr;
        return c && c->origin == core::SegmentOrigin::Retransmission && c->original == original;
    });
    if (resend < 0)
        return Tr::tr("The sender is not told: it only notices that no acknowledgement comes "
                      "back before its RTO expires. No copy follows in this trace.");
    const core::TraceEvent& e = f.trace().events[static_cast<std::size_t>(resend)];
    return Tr::tr("The sender is not told: it only notices that no acknowledgement comes back. "
                  "Its RTO fires at %1 and it sends the segment again as #%2.")
        .arg(spokenTime(e.t))
        .arg(std::get<core::SegmentSent>(e.body).seg);
}

QString dropWhat(const Facts& f, const core::SegmentDropped& e, const core::SegmentRecord& r) {
    const QString label = f.label(e.seg);
    switch (e.reason) {
    case core::DropReason::LinkLoss:
        return Tr::tr("Segment #%1 (%2) from %3 is lost on the way to %4.")
            .arg(e.seg)
            .arg(label, f.sourceName(r), f.destinationName(r));
    case core::DropReason::Fault:
        return Tr::tr("Segment #%1 (%2) is dropped by a fault of the scenario: it never reaches "
                      "%3.")
            .arg(e.seg)
            .arg(label, f.destinationName(r));
    case core::DropReason::NoRoute:
        return Tr::tr("Segment #%1 (%2) goes nowhere: no host has the address %3.")
            .arg(e.seg)
            .arg(label, QString::fromStdString(core::toString(r.dst)));
    case core::DropReason::NoSocket:
        return Tr::tr("Datagram #%1 is dropped at %2: no socket is bound to that port (a real "
                      "host would send an ICMP \"port unreachable\", which is not modelled here).")
            .arg(e.seg)
            .arg(f.destinationName(r));
    case core::DropReason::HostDown:
        return Tr::tr("Segment #%1 (%2) reaches %3, but that host is down: it answers nothing, "
                      "not even a RST.")
            .arg(e.seg)
            .arg(label, f.hostName(r.toHost));
    case core::DropReason::QueueFull:
        return Tr::tr("%1 drops segment #%2 (%3) without an answer: its listen queue is full.")
            .arg(f.destinationName(r))
            .arg(e.seg)
            .arg(label);
    }
    return Tr::tr("Segment #%1 (%2) is dropped.").arg(e.seg).arg(label);
}

} // namespace

Narration arrivedNarration(const Facts& f, const core::SegmentArrived& e) {
    const core::SegmentRecord* r = f.segment(e.seg);
    if (!r)
        return {Tr::tr("A segment arrives"), Tr::tr("Segment #%1 arrives.").arg(e.seg), {}, {}, {}};
    const QString to = f.destinationName(*r);
    QString what = Tr::tr("Segment #%1 (%2) arrives at %3.").arg(e.seg).arg(f.label(e.seg), to);
    if (r->protocol == core::Protocol::Udp)
        return {Tr::tr("Datagram arrives"),
                what,
                Tr::tr("UDP hands each datagram to the application as it comes, and sends no "
                       "acknowledgement back."),
                {},
                QStringLiteral("RFC 768")};
    const QStringList effects = effectsOf(f, e.seg, *r);
    if (const std::optional<Narration> change = causedChange(f, e.seg)) {
        QString why = change->why;
        const std::optional<core::SeqNum> expected = expectedBy(f, f.receiverOf(*r), e.seg);
        if (r->header.flags.has(Flag::Rst) && expected)
            why += QLatin1Char(' ') + Tr::tr("Here seq %1 lies in the window that starts at %2, "
                                             "the next sequence number expected.")
                                          .arg(num(r->header.seq), num(*expected));
        return {Tr::tr("Arrival at %1").arg(to),
                what + QLatin1Char(' ') + effects.join(QLatin1Char(' ')),
                why,
                {},
                change->rfc};
    }
    if (const core::SegId answer = resetAnswer(f, *r); answer != core::kNone) {
        const Narration reset = resetNarration(f, answer, e.seg);
        return {Tr::tr("Arrival at %1").arg(to),
                what + QLatin1Char(' ') + effects.join(QLatin1Char(' ')),
                reset.why,
                {},
                reset.rfc};
    }
    QString why = Tr::tr("The receiver checks a segment in the order RFC 9293 gives: is its "
                         "sequence number acceptable, then RST, SYN, ACK, FIN, and finally the "
                         "data.");
    if (!effects.isEmpty())
        what += QLatin1Char(' ') + effects.join(QLatin1Char(' '));
    else
        what += QLatin1Char(' ') + Tr::tr("It changes no state.");
    if (r->header.flags.has(Flag::Rst) && effects.isEmpty())
        why = ignoredRst(f, e.seg, *r);
    else if (r->origin == core::SegmentOrigin::ChallengeAck)
        why = Tr::tr("The real %1 still has its connection and this ACK fits it, so it sends no "
                     "RST: the forged RST has failed.")
                  .arg(to);
    else if (r->payloadLength > 0)
        why = dataWhy(f, e.seg, *r);
    else if (r->header.flags.has(Flag::Ack))
        why = Tr::tr("Its ack = %1 tells %2 that every byte before %1 has arrived.")
                  .arg(num(r->header.ack), to);
    return {Tr::tr("Arrival at %1").arg(to), what, why, {}, QStringLiteral("RFC 9293 3.10.7")};
}

Narration droppedNarration(const Facts& f, const core::SegmentDropped& e) {
    const core::SegmentRecord* r = f.segment(e.seg);
    if (!r)
        return {
            Tr::tr("A segment is lost"), Tr::tr("Segment #%1 is dropped.").arg(e.seg), {}, {}, {}};
    QString why = lossConsequence(f, e.seg, *r);
    if (e.reason == core::DropReason::QueueFull)
        why = Tr::tr("Linux drops a SYN that finds the queue full instead of refusing it: the "
                     "client will simply try again when its RTO fires, maybe when there is room.");
    const QString rfc = e.reason == core::DropReason::QueueFull ? QStringLiteral("RFC 4987 2.2")
                        : r->protocol == core::Protocol::Udp    ? QStringLiteral("RFC 768")
                                                                : QStringLiteral("RFC 6298 5");
    return {Tr::tr("Lost: segment #%1").arg(e.seg), dropWhat(f, e, *r), why, {}, rfc};
}

} // namespace ui::narration
