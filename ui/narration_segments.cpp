// Narration of resets, arrivals and losses: what the receiver makes of a
// segment, and what a lost one costs.

#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::Flag;

bool abortedJustNow(const Facts& f, core::ConnId conn) {
    const core::Micros t = f.current().t;
    for (int i = f.index() - 1; i >= 0; --i) {
        const core::TraceEvent& e = f.trace().events[static_cast<std::size_t>(i)];
        if (e.t != t)
            return false;
        const auto* a = std::get_if<core::AppCalled>(&e.body);
        if (a && a->conn == conn && a->call == core::AppCall::Abort)
            return true;
    }
    return false;
}

Narration challengeAck(const Facts& f, const core::SegmentRecord& r,
                       const core::SegmentRecord* trigger) {
    const QString from = f.sourceName(r);
    const QString what =
        trigger && trigger->header.flags.has(Flag::Rst)
            ? Tr::tr("%1 does not trust the RST it just received (seq %2): the RST is not "
                     "exactly at %3, the next sequence number it expects. Instead of closing, it "
                     "sends a challenge ACK with its real numbers (seq %4, ack %3).")
                  .arg(from, num(trigger->header.seq), num(r.header.ack), num(r.header.seq))
            : Tr::tr("%1 received a SYN on a connection that is already synchronized. Instead of "
                     "resetting, it sends a challenge ACK with its real numbers (seq %2, ack %3).")
                  .arg(from, num(r.header.seq), num(r.header.ack));
    const QString why =
        Tr::tr("A blind attacker may guess a sequence number somewhere in the window, but hardly "
               "the exact one. A peer that has really lost the connection answers this ACK with "
               "a RST at exactly seq %1, which is accepted; an attacker never sees the "
               "challenge.")
            .arg(num(r.header.ack));
    return {Tr::tr("Challenge ACK"), what, why, {}, QStringLiteral("RFC 5961 3.2, 4.2")};
}

// Where the RST's numbers come from (RFC 9293 3.10.7.1): the segment it answers.
QString resetNumbers(const core::SegmentRecord& r, const core::SegmentRecord& trigger) {
    if (trigger.header.flags.has(Flag::Ack))
        return Tr::tr("Its seq = %1 is the ack of the segment it answers, so the receiver will "
                      "find it acceptable.")
            .arg(num(r.header.seq));
    return Tr::tr("It carries ack = %1, the segment's seq + length, so the receiver can tell "
                  "which segment it answers.")
        .arg(num(r.header.ack));
}

} // namespace

core::SegId lastArrivalAt(const Facts& f, core::HostId host, core::Port port) {
    for (int i = f.index() - 1; i >= 0; --i) {
        const auto* a =
            std::get_if<core::SegmentArrived>(&f.trace().events[static_cast<std::size_t>(i)].body);
        const core::SegmentRecord* s = a ? f.segment(a->seg) : nullptr;
        if (s && s->toHost == host && s->header.dstPort == port)
            return a->seg;
    }
    return core::kNone;
}

Narration resetNarration(const Facts& f, core::SegId id, core::SegId triggerId) {
    const core::SegmentRecord* r = f.segment(id);
    const core::SegmentRecord* trigger = f.segment(triggerId);
    if (!r)
        return {Tr::tr("RST"), Tr::tr("Segment #%1 is sent.").arg(id), {}, {}, {}};
    if (r->origin == core::SegmentOrigin::ChallengeAck)
        return challengeAck(f, *r, trigger);
    const QString from = f.sourceName(*r);
    const QString to = f.destinationName(*r);
    const QString title = Tr::tr("RST from %1").arg(from);
    const QString rfc = QStringLiteral("RFC 9293 3.5.2, 3.10.7.1");
    if (r->conn != core::kNone && abortedJustNow(f, r->conn))
        return {title,
                Tr::tr("The application aborted: %1 sends a RST (seq = %2) to %3 and forgets "
                       "the connection at once, throwing away any data not yet sent.")
                    .arg(from, num(r->header.seq), to),
                Tr::tr("Unlike close(), abort() does not wait for the peer: no FIN, no "
                       "TIME-WAIT. The peer's application will see ECONNRESET."),
                {},
                QStringLiteral("RFC 9293 3.10.5")};
    if (!trigger)
        return {title,
                Tr::tr("%1 sends a RST (seq = %2) to %3.").arg(from, num(r->header.seq), to),
                Tr::tr("A RST tells the peer to drop the connection at once."),
                {},
                rfc};
    const bool synOnly =
        trigger->header.flags.has(Flag::Syn) && !trigger->header.flags.has(Flag::Ack);
    if (synOnly && r->conn == core::kNone)
        return {Tr::tr("Connection refused"),
                Tr::tr("Nothing listens on %1: the host refuses the SYN of %2 with a RST "
                       "(ack = the SYN's seq %3 + 1 = %4).")
                    .arg(from, to, num(trigger->header.seq), num(r->header.ack)),
                Tr::tr("Every segment that belongs to no connection is answered with a reset. "
                       "When it arrives, the connect() of %1 fails with ECONNREFUSED.")
                    .arg(to),
                {},
                rfc};
    const ConnReplay* state = r->conn != core::kNone ? f.replay(r->conn) : nullptr;
    if (state && state->state == core::State::SynSent)
        return {title,
                Tr::tr("%1 answers with a RST (seq = %2): the segment's ack = %3 does not "
                       "acknowledge its SYN, which had ISN %4.")
                    .arg(from, num(r->header.seq), num(trigger->header.ack),
                         f.iss(r->conn) ? num(*f.iss(r->conn)) : QStringLiteral("?")),
                Tr::tr("An unacceptable ACK in SYN-SENT means the segment belongs to an old or "
                       "foreign connection: the RST makes the other side drop it, while %1 keeps "
                       "waiting for the right answer to its own SYN.")
                    .arg(from),
                {},
                QStringLiteral("RFC 9293 3.10.7.3")};
    return {title,
            Tr::tr("No connection of %1 matches the segment that just arrived (%2), so it "
                   "answers with a RST.")
                    .arg(from, f.label(triggerId)) +
                QLatin1Char(' ') + resetNumbers(*r, *trigger),
            Tr::tr("The sender believes in a connection that no longer exists here (closed, "
                   "reset or forgotten in a crash). The reset makes it drop its side too, and its "
                   "application sees ECONNRESET."),
            {},
            rfc};
}

} // namespace ui::narration
