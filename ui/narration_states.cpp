// Narration of a state change: the RFC rule that fired, with the numbers
// that made it fire.

#include "ui/event_text.h"
#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::Rule;
using core::State;

QString stateName(State s) {
    return QString::fromUtf8(core::toString(s).data());
}

QString orUnknown(std::optional<std::uint32_t> v) {
    return v ? num(*v) : QStringLiteral("?");
}

QString handshakeWhy(const Facts& f, const core::StateChanged& e, const QString& who) {
    switch (e.rule) {
    case Rule::SynInListen:
        return Tr::tr("A SYN with ISN %1 arrived at a listening socket. The server notes it (it "
                      "will acknowledge with ack = %2), keeps a half-open connection in its SYN "
                      "queue and answers with a SYN-ACK.")
            .arg(orUnknown(f.irs(e.conn)),
                 f.irs(e.conn) ? num(*f.irs(e.conn) + 1) : QStringLiteral("?"));
    case Rule::SynAckInSynSent:
        return Tr::tr("The SYN-ACK acknowledges the SYN of %1 (ack = its ISN %2 + 1), so %1 "
                      "knows its SYN arrived. It notes the peer's ISN %3 and acknowledges it. "
                      "connect() returns now: %1 may send data even before its ACK arrives.")
            .arg(who, orUnknown(f.iss(e.conn)), orUnknown(f.irs(e.conn)));
    case Rule::SynInSynSent:
        return Tr::tr("Both sides sent a SYN at the same time (simultaneous open): a SYN with ISN "
                      "%1 arrives while %2 waits for a SYN-ACK. It acknowledges that SYN and "
                      "waits for the ACK of its own.")
            .arg(orUnknown(f.irs(e.conn)), who);
    case Rule::AckInSynReceived:
        return Tr::tr("The ACK acknowledges the SYN of %1 (ack = its ISN %2 + 1): both ISNs are "
                      "now confirmed and the connection is established. A listener's connection "
                      "moves to the accept queue, where accept() picks it up.")
            .arg(who, orUnknown(f.iss(e.conn)));
    case Rule::SynCookieAck:
        return Tr::tr("The ACK's ack = %1 minus one is a valid SYN cookie, so the server rebuilds "
                      "the connection from it (its ISN and the MSS) although it kept no state.")
            .arg(f.iss(e.conn) ? num(*f.iss(e.conn) + 1) : QStringLiteral("?"));
    case Rule::TwoWayHandshake:
        return Tr::tr("NOT TCP: this imaginary server takes the SYN alone as enough and is "
                      "ESTABLISHED at once, without knowing whether the SYN is current. An old "
                      "duplicate SYN opens a connection nobody asked for: this is why TCP needs "
                      "the third segment.");
    default:
        return {};
    }
}

QString closeWhy(const core::StateChanged& e, const QString& who) {
    if (e.from == State::CloseWait)
        return Tr::tr("The peer has closed its direction and now the application closes too: %1 "
                      "sends its own FIN and waits for the last acknowledgement.")
            .arg(who);
    if (e.to == State::Closed)
        return Tr::tr("Closing a socket that has no synchronized connection simply deletes it: "
                      "nothing needs to be said to a peer.");
    return Tr::tr("The application called close(): %1 will send no more data. It sends a FIN "
                  "and waits for its acknowledgement; it can still receive.")
        .arg(who);
}

QString finWhy(const Facts& f, const core::StateChanged& e, const QString& who) {
    if (e.rule == Rule::AckOfFin) {
        if (e.to == State::FinWait2)
            return Tr::tr("Its FIN is acknowledged: this direction is closed. The peer may still "
                          "send data; %1 waits for the peer's FIN.")
                .arg(who);
        if (e.to == State::TimeWait)
            return Tr::tr("Both FINs are now acknowledged. %1 waits in TIME-WAIT, like any side "
                          "that sent its FIN before receiving the peer's.")
                .arg(who);
        return Tr::tr("The last ACK arrived: both directions are closed and the connection is "
                      "deleted. The side that closes second needs no TIME-WAIT.");
    }
    if (e.to == State::Closing)
        return Tr::tr("Simultaneous close: the peer's FIN arrives before the ACK of %1's own FIN. "
                      "It acknowledges the FIN and waits for the ACK of its own.")
            .arg(who);
    if (e.to == State::TimeWait)
        return Tr::tr("Both directions are now closed. %1 closed first, so it is the one that "
                      "waits in TIME-WAIT before forgetting the connection.")
            .arg(who);
    (void)f;
    return Tr::tr("The peer's FIN says it will send no more data. %1 acknowledges it and tells "
                  "its application (a read returns end of stream); it may still send until the "
                  "application calls close().")
        .arg(who);
}

QString endWhy(const Facts& f, const core::StateChanged& e, const QString& who) {
    const ConnReplay* r = f.replay(e.conn);
    switch (e.rule) {
    case Rule::TimeWaitTimeout: {
        const std::optional<ArmedTimer> t = f.lastArmed(e.conn, core::TimerKind::TimeWait);
        return Tr::tr("The 2MSL timer expired after %1: any old segment of this connection has "
                      "died out in the network by now, so the connection is deleted and its "
                      "4-tuple may be used again.")
            .arg(t ? spokenDuration(t->duration()) : Tr::tr("2MSL"));
    }
    case Rule::RstReceived:
        if (e.from == State::SynSent)
            return Tr::tr("The RST answers its SYN: nothing listens there. The attempt ends and "
                          "connect() fails with ECONNREFUSED.");
        return Tr::tr("The RST is acceptable (its sequence number is in the window), so the "
                      "connection is closed at once: no FIN, no TIME-WAIT, and data not yet "
                      "delivered is lost. The application sees ECONNRESET.");
    case Rule::RstInPassiveSynReceived:
        return Tr::tr("A RST answered the SYN-ACK: the half-open connection is dropped and the "
                      "listener simply goes on listening.");
    case Rule::SynInPassiveSynReceived:
        return Tr::tr("A SYN arrived on the half-open connection: it is dropped and the listener "
                      "goes on listening.");
    case Rule::AbortCall:
        return Tr::tr("The application called abort(): the connection is dropped at once, with a "
                      "RST to the peer if it was synchronized.");
    case Rule::SynInSynchronized:
        return Tr::tr("A SYN arrived on a synchronized connection: under RFC 793's rule %1 "
                      "resets the connection.")
            .arg(who);
    case Rule::RetransmissionLimit:
        return Tr::tr("%1 timed out %2 times in a row without an answer: TCP gives up, deletes "
                      "the connection and reports ETIMEDOUT.")
            .arg(who)
            .arg(r ? r->rtoFired : 0);
    case Rule::FinWait2Timeout: {
        const std::optional<ArmedTimer> t = f.lastArmed(e.conn, core::TimerKind::FinWait2);
        return Tr::tr("The application has closed and the peer never sent its FIN. Rather than "
                      "wait forever in FIN-WAIT-2, Linux deletes the orphaned connection after %1 "
                      "(tcp_fin_timeout).")
            .arg(t ? spokenDuration(t->duration()) : Tr::tr("a while"));
    }
    case Rule::KeepaliveTimeout:
        return Tr::tr("No keep-alive probe was answered: the peer is considered dead, the "
                      "connection is deleted and the application sees ETIMEDOUT.");
    case Rule::TimeWaitReopen:
        return Tr::tr("A new SYN for the same 4-tuple arrived during TIME-WAIT with a higher "
                      "sequence number: the host may reuse the connection at once instead of "
                      "waiting out 2MSL.");
    case Rule::HostCrashed:
        return Tr::tr("The host crashed: this socket is gone from its memory, and no peer is "
                      "told.");
    default:
        return {};
    }
}

QString ruleWhy(const Facts& f, const core::StateChanged& e) {
    const QString who = f.connName(e.conn);
    switch (e.rule) {
    case Rule::ActiveOpen:
        return Tr::tr("The application called connect(): TCP picks an initial sequence number "
                      "(%1), sends a SYN and waits for the answer.")
            .arg(orUnknown(f.iss(e.conn)));
    case Rule::PassiveOpen:
        return Tr::tr("The application called listen(): the socket now accepts SYNs from any "
                      "client. It has no connection yet; each SYN will create one.");
    case Rule::SendInListen:
        return Tr::tr("The application sent data on a listening socket given a remote address: "
                      "it turns into an active opener and sends a SYN.");
    case Rule::CloseCall:
        return closeWhy(e, who);
    case Rule::AckOfFin:
    case Rule::FinReceived:
        return finWhy(f, e, who);
    case Rule::InferredFromCapture:
        return Tr::tr("The capture shows %1 in %2 from here on. It cannot show the state before: "
                      "the capture started after it.")
            .arg(who, stateName(e.to));
    case Rule::StateUnknown:
        return Tr::tr("A segment is missing from the capture, so the state of %1 cannot be told "
                      "from here on.")
            .arg(who);
    default:
        break;
    }
    const QString handshake = handshakeWhy(f, e, who);
    return handshake.isEmpty() ? endWhy(f, e, who) : handshake;
}

QString ruleSource(Rule rule) {
    if (core::isNotTcp(rule))
        return Tr::tr("not TCP: a teaching variant");
    if (rule == Rule::InferredFromCapture || rule == Rule::StateUnknown)
        return Tr::tr("inferred from a capture");
    if (rule == Rule::FinWait2Timeout)
        return Tr::tr("Linux tcp_fin_timeout");
    return QString::fromUtf8(core::rfcSection(rule).data());
}

} // namespace

Narration stateNarration(const Facts& f, const core::StateChanged& e) {
    const QString who = f.connName(e.conn);
    const QString from =
        core::hasUnknownFrom(e.rule) ? Tr::tr("an unknown state") : stateName(e.from);
    const QString to = core::hasUnknownTo(e.rule) ? Tr::tr("an unknown state") : stateName(e.to);
    const QString title =
        QStringLiteral("%1: %2 \u2192 %3")
            .arg(who, core::hasUnknownFrom(e.rule) ? QStringLiteral("?") : stateName(e.from),
                 core::hasUnknownTo(e.rule) ? QStringLiteral("?") : stateName(e.to));
    return {title,
            Tr::tr("%1 moves from %2 to %3 (%4).").arg(who, from, to, ruleText(e.rule)),
            ruleWhy(f, e),
            {},
            ruleSource(e.rule)};
}

} // namespace ui::narration
