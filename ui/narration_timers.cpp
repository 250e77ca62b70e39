// Narration of timers: what each one guards, and what happens when it fires.

#include "ui/event_text.h"
#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::TimerKind;

QString rfcOf(TimerKind kind) {
    switch (kind) {
    case TimerKind::Retransmission:
        return QStringLiteral("RFC 6298, RFC 9293 3.8.1");
    case TimerKind::TimeWait:
        return QStringLiteral("RFC 9293 3.6.1, 3.10.8");
    case TimerKind::FinWait2:
        return Tr::tr("Linux tcp_fin_timeout");
    case TimerKind::Keepalive:
        return QStringLiteral("RFC 9293 3.8.4");
    case TimerKind::DelayedAck:
        return QStringLiteral("RFC 9293 3.8.6.3");
    }
    return {};
}

Narration armed(const Facts& f, const core::TimerEvent& e, core::Micros now) {
    const QString who = f.connName(e.conn);
    const QString wait = spokenDuration(e.deadline - now);
    const QString at = spokenTime(e.deadline);
    const QString title = Tr::tr("%1 armed").arg(timerName(e.timer));
    switch (e.timer) {
    case TimerKind::Retransmission: {
        const ConnReplay* r = f.replay(e.conn);
        QString why = Tr::tr("TCP cannot see a loss; it can only notice that an acknowledgement "
                             "is late. The RTO is that deadline: RFC 6298 starts it at 1 s and "
                             "then derives it from the measured round-trip times.");
        if (r && r->rtoFired > 0)
            why += QLatin1Char(' ') + Tr::tr("The wait has doubled with each timeout so far (%1 "
                                             "in a row): exponential backoff.")
                                          .arg(r->rtoFired);
        return {title,
                Tr::tr("%1 arms its retransmission timer (RTO) for %2: if what it just sent is "
                       "not acknowledged by %3, it sends it again.")
                    .arg(who, wait, at),
                why,
                {},
                rfcOf(e.timer)};
    }
    case TimerKind::TimeWait:
        return {title,
                Tr::tr("%1 arms its 2MSL timer: it stays in TIME-WAIT for %2, until %3.")
                    .arg(who, wait, at),
                Tr::tr("MSL is the longest time a segment may live in the network (%1 here). "
                       "Waiting twice that long lets every old duplicate of this connection die "
                       "out before the "
                       "same addresses and ports can be used again, and keeps the connection to "
                       "acknowledge the peer's FIN again if the last ACK was lost.")
                    .arg(spokenDuration((e.deadline - now) / 2)),
                {},
                rfcOf(e.timer)};
    case TimerKind::FinWait2:
        return {title,
                Tr::tr("%1 arms its FIN-WAIT-2 timer for %2: if the peer's FIN has not come by "
                       "%3, it gives up on it.")
                    .arg(who, wait, at),
                Tr::tr("The application has closed and will never read again, so waiting forever "
                       "for a peer that may never send its FIN would only waste memory."),
                {},
                rfcOf(e.timer)};
    case TimerKind::Keepalive:
        return {title,
                Tr::tr("%1 arms its keep-alive timer for %2: if the connection stays idle until "
                       "%3, it probes the peer.")
                    .arg(who, wait, at),
                Tr::tr("An idle connection sends nothing, so a peer that crashed or vanished "
                       "would go unnoticed forever. Keep-alive probes find out."),
                {},
                rfcOf(e.timer)};
    case TimerKind::DelayedAck:
        return {title,
                Tr::tr("%1 holds back its ACK for up to %2 (until %3).").arg(who, wait, at),
                Tr::tr("A delayed ACK can ride on data going the other way, or cover two "
                       "segments at once: fewer segments on the wire."),
                {},
                rfcOf(e.timer)};
    }
    return {title, {}, {}, {}, {}};
}

Narration fired(const Facts& f, const core::TimerEvent& e) {
    const QString who = f.connName(e.conn);
    const std::optional<ArmedTimer> t = f.lastArmed(e.conn, e.timer);
    const QString after = t ? spokenDuration(t->duration()) : Tr::tr("its timeout");
    const QString title = Tr::tr("%1 fired").arg(timerName(e.timer));
    switch (e.timer) {
    case TimerKind::Retransmission:
        return {title,
                Tr::tr("No acknowledgement reached %1 within %2: its RTO fires (timeouts in a "
                       "row: %3).")
                    .arg(who, after)
                    .arg(f.replay(e.conn) ? f.replay(e.conn)->rtoFired : 1),
                Tr::tr("The segment or its acknowledgement was probably lost. TCP sends the "
                       "oldest unacknowledged segment again and doubles the RTO; after too many "
                       "tries it gives up."),
                {},
                rfcOf(e.timer)};
    case TimerKind::TimeWait:
        return {title,
                Tr::tr("%1 has waited 2MSL (%2) in TIME-WAIT.").arg(who, after),
                Tr::tr("No old segment of this connection can still be in the network: it is "
                       "safe to forget the connection."),
                {},
                rfcOf(e.timer)};
    case TimerKind::FinWait2:
        return {title,
                Tr::tr("The peer of %1 sent no FIN within %2.").arg(who, after),
                Tr::tr("The orphaned connection is deleted without waiting any longer."),
                {},
                rfcOf(e.timer)};
    case TimerKind::Keepalive:
        return {title,
                Tr::tr("%1 heard nothing from its peer for %2: it sends a keep-alive probe.")
                    .arg(who, after),
                Tr::tr("If enough probes in a row go unanswered, the peer is declared dead and "
                       "the connection is closed with ETIMEDOUT."),
                {},
                rfcOf(e.timer)};
    case TimerKind::DelayedAck:
        return {title,
                Tr::tr("%1 waited %2 for something to piggyback on: it sends its ACK alone now.")
                    .arg(who, after),
                Tr::tr("An ACK may be delayed, but not for long, or the peer would retransmit."),
                {},
                rfcOf(e.timer)};
    }
    return {title, {}, {}, {}, {}};
}

QString cancelWhy(TimerKind kind) {
    switch (kind) {
    case TimerKind::Retransmission:
        return Tr::tr("Everything it had sent is acknowledged (or the connection is gone): "
                      "nothing is left to resend.");
    case TimerKind::TimeWait:
        return Tr::tr("The connection left TIME-WAIT before the timer ran out.");
    case TimerKind::FinWait2:
        return Tr::tr("The peer's FIN arrived in time, or the connection is gone.");
    case TimerKind::Keepalive:
        return Tr::tr("The connection is no longer idle, or no longer exists.");
    case TimerKind::DelayedAck:
        return Tr::tr("The ACK has left with other data, so there is nothing left to delay.");
    }
    return {};
}

} // namespace

Narration timerNarration(const Facts& f, const core::TimerEvent& e) {
    switch (e.action) {
    case core::TimerAction::Armed:
        return armed(f, e, f.current().t);
    case core::TimerAction::Fired:
        return fired(f, e);
    case core::TimerAction::Cancelled:
        break;
    }
    return {Tr::tr("%1 cancelled").arg(timerName(e.timer)),
            Tr::tr("%1 cancels its %2.").arg(f.connName(e.conn), timerName(e.timer)),
            cancelWhy(e.timer),
            {},
            rfcOf(e.timer)};
}

} // namespace ui::narration
