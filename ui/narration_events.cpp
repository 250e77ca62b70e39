// Narration of what is not a segment or a timer: application calls and
// their results, delivered data, listen queues, crashes and faults.

#include "ui/event_text.h"
#include "ui/narration_parts.h"

#include <QCoreApplication>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

const QString kUserInterface = QStringLiteral("RFC 9293 3.9.1");

QString remoteName(const Facts& f, core::ConnId id) {
    const core::ConnInfo* c = f.conn(id);
    if (!c)
        return QStringLiteral("?");
    for (const core::HostInfo& h : f.trace().hosts)
        if (h.address == c->remoteAddress)
            return QString::fromStdString(h.name) + QLatin1Char(':') +
                   QString::number(c->remotePort);
    return QString::fromStdString(core::toString(c->remoteAddress)) + QLatin1Char(':') +
           QString::number(c->remotePort);
}

bool isUdp(const Facts& f, core::ConnId id) {
    const core::ConnInfo* c = f.conn(id);
    return c && c->protocol == core::Protocol::Udp;
}

QString callWhat(const Facts& f, const core::AppCalled& e) {
    const QString who = f.connName(e.conn);
    switch (e.call) {
    case core::AppCall::Listen:
        return isUdp(f, e.conn) ? Tr::tr("The application binds a UDP socket at %1.").arg(who)
                                : Tr::tr("The application of %1 calls listen() with a backlog "
                                         "of %2 connections.")
                                      .arg(who)
                                      .arg(e.bytes);
    case core::AppCall::Connect:
        return isUdp(f, e.conn) ? Tr::tr("The application of %1 calls connect() on a UDP "
                                         "socket: it only records the destination %2; nothing "
                                         "is sent.")
                                      .arg(who, remoteName(f, e.conn))
                                : Tr::tr("The application of %1 calls connect() to %2.")
                                      .arg(who, remoteName(f, e.conn));
    case core::AppCall::Accept:
        return Tr::tr("The application of %1 calls accept().").arg(who);
    case core::AppCall::Send:
        return Tr::tr("The application of %1 hands %2 bytes to send.").arg(who).arg(e.bytes);
    case core::AppCall::Receive:
        return Tr::tr("The application of %1 reads from the socket.").arg(who);
    case core::AppCall::Close:
        return Tr::tr("The application of %1 calls close().").arg(who);
    case core::AppCall::Abort:
        return Tr::tr("The application of %1 aborts the connection.").arg(who);
    case core::AppCall::SetOption:
        return Tr::tr("The application of %1 sets a socket option (keep-alive).").arg(who);
    }
    return {};
}

QString callWhy(const Facts& f, const core::AppCalled& e) {
    switch (e.call) {
    case core::AppCall::Listen:
        return isUdp(f, e.conn)
                   ? Tr::tr("UDP has nothing to listen for: datagrams are simply delivered.")
                   : Tr::tr("A passive open: the socket will accept connections. The backlog "
                            "bounds how many finished connections may wait for accept().");
    case core::AppCall::Connect:
        return isUdp(f, e.conn) ? Tr::tr("UDP has no handshake.")
                                : Tr::tr("An active open: TCP starts the three-way handshake.");
    case core::AppCall::Send:
        return Tr::tr("TCP copies the bytes into its send buffer and numbers them; when they are "
                      "actually sent depends on the window and on the connection's state.");
    case core::AppCall::Close:
        return Tr::tr("close() means \"I have nothing more to send\": TCP finishes sending what "
                      "is queued, then sends a FIN.");
    case core::AppCall::Abort:
        return Tr::tr("abort() drops the connection at once with a RST, discarding queued data.");
    case core::AppCall::SetOption:
        return Tr::tr("With SO_KEEPALIVE, TCP probes the peer when the connection has been idle "
                      "for a while.");
    default:
        return {};
    }
}

QString errorWhy(core::SocketError error) {
    switch (error) {
    case core::SocketError::TimedOut:
        return Tr::tr("The peer never answered: retransmissions or keep-alive probes ran out.");
    case core::SocketError::ConnectionRefused:
        return Tr::tr("The peer answered the SYN with a RST: nothing listens on that port.");
    case core::SocketError::ConnectionReset:
        return Tr::tr("An acceptable RST arrived: the connection is gone, with any data not yet "
                      "read.");
    case core::SocketError::AddressNotAvailable:
        return Tr::tr("Every local port is taken, many of them by connections still in "
                      "TIME-WAIT.");
    case core::SocketError::AddressInUse:
        return Tr::tr("Another socket already uses this address and port.");
    case core::SocketError::NotConnected:
        return Tr::tr("The socket has no connection to use.");
    case core::SocketError::BrokenPipe:
        return Tr::tr("The application already closed its sending side.");
    case core::SocketError::InvalidState:
        return Tr::tr("The call makes no sense in the connection's current state.");
    case core::SocketError::None:
        break;
    }
    return {};
}

QString resultWhat(const Facts& f, const core::AppResult& e) {
    const QString who = f.connName(e.conn);
    const QString call = QString::fromUtf8(core::toString(e.call).data()) + QStringLiteral("()");
    if (e.error != core::SocketError::None)
        return Tr::tr("%1 fails at %2 with %3 (%4).")
            .arg(call, who, QString::fromUtf8(core::toString(e.error).data()),
                 socketErrorText(e.error));
    if (e.call == core::AppCall::Accept && e.accepted != core::kNone)
        return Tr::tr("accept() at %1 returns the new connection from %2.")
            .arg(who, remoteName(f, e.accepted));
    if (e.call == core::AppCall::Connect && !isUdp(f, e.conn))
        return Tr::tr("connect() at %1 returns: the handshake is complete on its side.").arg(who);
    return Tr::tr("%1 succeeds at %2.").arg(call, who);
}

} // namespace

Narration appCallNarration(const Facts& f, const core::AppCalled& e) {
    return {Tr::tr("%1 called")
                .arg(QString::fromUtf8(core::toString(e.call).data()) + QStringLiteral("()")),
            callWhat(f, e),
            callWhy(f, e),
            {},
            kUserInterface};
}

Narration appResultNarration(const Facts& f, const core::AppResult& e) {
    const bool failed = e.error != core::SocketError::None;
    QString why = errorWhy(e.error);
    if (!failed && e.call == core::AppCall::Connect)
        why = isUdp(f, e.conn) ? Tr::tr("UDP has no handshake: connect() returns at once.")
                               : Tr::tr("Its SYN has been acknowledged and it has acknowledged "
                                        "the peer's SYN: the application may send now.");
    else if (!failed && e.call != core::AppCall::Accept)
        why = Tr::tr("The call did what was asked.");
    if (!failed && e.call == core::AppCall::Accept)
        why = Tr::tr("The connection finished its handshake and waited in the accept queue; "
                     "accept() takes it out and gives the application its own socket.");
    return {failed
                ? Tr::tr("Error: %1").arg(QString::fromUtf8(core::toString(e.error).data()))
                : Tr::tr("%1 returns")
                      .arg(QString::fromUtf8(core::toString(e.call).data()) + QStringLiteral("()")),
            resultWhat(f, e),
            why,
            {},
            kUserInterface};
}

Narration dataNarration(const Facts& f, const core::DataDelivered& e) {
    const QString who = f.connName(e.conn);
    QString what = Tr::tr("%1 delivers %2 bytes to its application: bytes %3 to %4 of the stream.")
                       .arg(who)
                       .arg(e.bytes)
                       .arg(e.offset)
                       .arg(e.offset + e.bytes - 1);
    const std::optional<std::uint32_t> irs = f.irs(e.conn);
    if (irs && !isUdp(f, e.conn)) {
        const core::SeqNum first = core::SeqNum(*irs) + 1u + static_cast<std::uint32_t>(e.offset);
        what += QLatin1Char(' ') + Tr::tr("They had sequence numbers %1 to %2 (the peer's ISN %3 "
                                          "+ 1 + offset).")
                                       .arg(num(first), num(first + (e.bytes - 1)), num(*irs));
    }
    return {Tr::tr("Data delivered"),
            what,
            isUdp(f, e.conn)
                ? Tr::tr("UDP delivers each datagram on its own, in the order it arrives; gaps "
                         "stay gaps.")
                : Tr::tr("TCP delivers bytes in order, exactly once: out-of-order data waits for "
                         "the gap to be filled, duplicates are dropped."),
            {},
            isUdp(f, e.conn) ? QStringLiteral("RFC 768") : QStringLiteral("RFC 9293 3.10.7.4")};
}

Narration queueNarration(const Facts& f, const core::QueueLengths& e) {
    const std::optional<std::uint64_t> backlog = f.backlog(e.listener);
    QString what = Tr::tr("Listen queues of %1: SYN queue %2 (half-open connections), accept "
                          "queue %3 (connections ready for accept()).")
                       .arg(f.connName(e.listener))
                       .arg(e.synQueue)
                       .arg(e.acceptQueue);
    if (backlog && e.synQueue >= *backlog)
        what += QLatin1Char(' ') + Tr::tr("The SYN queue is full (backlog %1).").arg(*backlog);
    return {Tr::tr("Listen queues"),
            what,
            Tr::tr("A connection waits in the SYN queue from the SYN until the ACK of the "
                   "SYN-ACK, then in the accept queue until the application accepts it. A SYN "
                   "flood fills the SYN queue with connections that never complete."),
            {},
            QStringLiteral("RFC 4987 2.2")};
}

Narration crashNarration(const Facts& f, const core::HostCrashed& e) {
    const QString host = f.hostName(e.host);
    return {Tr::tr("%1 crashes").arg(host),
            Tr::tr("Host %1 crashes: it loses every connection and every listener, without "
                   "sending a single segment.")
                .arg(host),
            Tr::tr("Its peers are not told. They find out only when they send something: a "
                   "restarted host answers with a RST, a dead one not at all, and "
                   "retransmissions or keep-alive probes finally time out."),
            {},
            QStringLiteral("RFC 9293 3.5.2")};
}

Narration restartNarration(const Facts& f, const core::HostRestarted& e) {
    const QString host = f.hostName(e.host);
    return {Tr::tr("%1 restarts").arg(host),
            Tr::tr("Host %1 is up again, with no memory of its old connections.").arg(host),
            Tr::tr("Any segment of a connection it has forgotten now matches no socket, so it is "
                   "answered with a RST: that is how a peer learns the connection is gone."),
            {},
            QStringLiteral("RFC 9293 3.5.2")};
}

Narration faultNarration(const Facts& f, const core::FaultApplied& e) {
    const QString fault = e.fault >= 0 ? Tr::tr("Fault #%1 of the scenario").arg(e.fault + 1)
                                       : Tr::tr("A fault of the scenario");
    const QString seg = Tr::tr("segment #%1 (%2)").arg(e.seg).arg(f.label(e.seg));
    const core::SegmentRecord* r = f.segment(e.seg);
    switch (e.action) {
    case core::FaultAction::Dropped:
        return {Tr::tr("Fault: drop"),
                Tr::tr("%1 drops %2: it will never arrive.").arg(fault, seg),
                Tr::tr("Losses happen on real networks; the sender must notice and recover."),
                {},
                {}};
    case core::FaultAction::Delayed:
        return {Tr::tr("Fault: delay"),
                Tr::tr("%1 holds back %2: it arrives late.").arg(fault, seg),
                Tr::tr("A delayed segment may arrive after later ones, or after the sender has "
                       "already sent it again: TCP must cope with both."),
                {},
                {}};
    case core::FaultAction::Duplicated:
        return {Tr::tr("Fault: duplicate"),
                Tr::tr("%1 makes the network deliver %2 twice.").arg(fault, seg),
                Tr::tr("The receiver spots the copy by its sequence numbers: data it already has "
                       "is acknowledged again but never delivered twice."),
                {},
                QStringLiteral("RFC 9293 3.4")};
    case core::FaultAction::Injected:
        break;
    case core::FaultAction::Partitioned:
        return {Tr::tr("Fault: partition"),
                Tr::tr("%1 cuts the link: %2 is lost.").arg(fault, seg),
                Tr::tr("While the link is cut nothing gets through; TCP keeps retransmitting "
                       "with growing intervals until the link heals or it gives up."),
                {},
                {}};
    case core::FaultAction::LinkChanged:
        return {Tr::tr("Fault: link change"),
                Tr::tr("%1 changes the link's properties.").arg(fault),
                Tr::tr("From now on segments see the new delay or loss."),
                {},
                {}};
    }
    const bool spoofed = r && f.host(r->fromHost) && f.host(r->fromHost)->address != r->src;
    QString what = spoofed ? Tr::tr("%1: %2 forges %3, pretending to be %4.")
                                 .arg(fault, f.hostName(r->fromHost), seg, f.sourceName(*r))
                           : Tr::tr("%1 injects %2.").arg(fault, seg);
    QString why = Tr::tr("A segment crafted outside the connection: the receiver checks it like "
                         "any other.");
    if (r && r->header.flags.has(core::Flag::Rst))
        why = Tr::tr("A blind reset attack: whoever guesses a sequence number the receiver "
                     "accepts can tear down someone else's connection. Whether this one works "
                     "depends on where seq %1 lies in the receiver's window.")
                  .arg(num(r->header.seq));
    else if (r && r->header.flags.has(core::Flag::Syn))
        why = Tr::tr("A SYN the receiver cannot tell from a real one. If its source address "
                     "belongs to no host, the answer goes nowhere and a half-open connection "
                     "waits in the SYN queue (a SYN flood); if it is an old duplicate, it may "
                     "open a connection nobody asked for.");
    return {Tr::tr("Fault: injected segment"), what, why, {}, QStringLiteral("RFC 5961")};
}

} // namespace ui::narration
