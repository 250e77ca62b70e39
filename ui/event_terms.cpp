// The small vocabulary of the event log: kinds, times, durations, causes.

#include "ui/event_text.h"

#include <QCoreApplication>
#include <variant>

namespace ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

// "5.25": a fixed-point value without trailing zeros.
QString trimmedDecimal(std::int64_t value, std::int64_t unit, int decimals) {
    QString text = QString::number(value / unit) + QLatin1Char('.') +
                   QStringLiteral("%1").arg(value % unit, decimals, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

} // namespace

QString timerName(core::TimerKind kind) {
    switch (kind) {
    case core::TimerKind::Retransmission:
        return QStringLiteral("RTO");
    case core::TimerKind::TimeWait:
        return Tr::tr("2MSL timer");
    case core::TimerKind::FinWait2:
        return Tr::tr("FIN-WAIT-2 timer");
    case core::TimerKind::Keepalive:
        return Tr::tr("keep-alive timer");
    case core::TimerKind::DelayedAck:
        return Tr::tr("delayed-ACK timer");
    }
    return QStringLiteral("?");
}

EventKind eventKind(const core::TraceEvent& event) {
    struct Kind {
        EventKind operator()(const core::SegmentSent&) const { return EventKind::Sent; }
        EventKind operator()(const core::SegmentArrived&) const { return EventKind::Arrived; }
        EventKind operator()(const core::SegmentDropped&) const { return EventKind::Dropped; }
        EventKind operator()(const core::StateChanged&) const { return EventKind::StateChange; }
        EventKind operator()(const core::TimerEvent&) const { return EventKind::Timer; }
        EventKind operator()(const core::AppCalled&) const { return EventKind::AppCall; }
        EventKind operator()(const core::AppResult&) const { return EventKind::AppResult; }
        EventKind operator()(const core::DataDelivered&) const { return EventKind::Data; }
        EventKind operator()(const core::QueueLengths&) const { return EventKind::Queue; }
        EventKind operator()(const core::HostCrashed&) const { return EventKind::Host; }
        EventKind operator()(const core::HostRestarted&) const { return EventKind::Host; }
        EventKind operator()(const core::FaultApplied&) const { return EventKind::Fault; }
    };
    return std::visit(Kind{}, event.body);
}

QString eventKindName(EventKind kind) {
    switch (kind) {
    case EventKind::Sent:
        return Tr::tr("Sent");
    case EventKind::Arrived:
        return Tr::tr("Arrived");
    case EventKind::Dropped:
        return Tr::tr("Dropped");
    case EventKind::StateChange:
        return Tr::tr("State");
    case EventKind::Timer:
        return Tr::tr("Timer");
    case EventKind::AppCall:
        return Tr::tr("Call");
    case EventKind::AppResult:
        return Tr::tr("Result");
    case EventKind::Data:
        return Tr::tr("Data");
    case EventKind::Queue:
        return Tr::tr("Queue");
    case EventKind::Host:
        return Tr::tr("Host");
    case EventKind::Fault:
        return Tr::tr("Fault");
    }
    return QStringLiteral("?");
}

QString eventTimeText(core::Micros t) {
    const std::int64_t us = t.count();
    const std::int64_t magnitude = us < 0 ? -us : us;
    const std::int64_t fraction = magnitude % 1'000'000;
    // U+2009 THIN SPACE groups the decimals; U+00A0 keeps the unit on the line.
    return QStringLiteral("%1%2.%3\u2009%4\u00a0s")
        .arg(us < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1'000'000)
        .arg(fraction / 1000, 3, 10, QLatin1Char('0'))
        .arg(fraction % 1000, 3, 10, QLatin1Char('0'));
}

QString durationText(core::Micros duration) {
    const std::int64_t us = duration.count();
    if (us % 1'000'000 == 0)
        return Tr::tr("%1 s").arg(us / 1'000'000);
    if (us >= 1'000'000)
        return Tr::tr("%1 s").arg(trimmedDecimal(us, 1'000'000, 6));
    if (us % 1000 == 0)
        return Tr::tr("%1 ms").arg(us / 1000);
    if (us >= 1000)
        return Tr::tr("%1 ms").arg(trimmedDecimal(us, 1000, 3));
    return Tr::tr("%1 µs").arg(us);
}

QString ruleText(core::Rule rule) {
    switch (rule) {
    case core::Rule::ActiveOpen:
        return Tr::tr("active OPEN");
    case core::Rule::PassiveOpen:
        return Tr::tr("passive OPEN");
    case core::Rule::SendInListen:
        return Tr::tr("SEND in LISTEN: passive becomes active");
    case core::Rule::SynInListen:
        return Tr::tr("SYN received");
    case core::Rule::SynAckInSynSent:
        return Tr::tr("SYN, ACK received");
    case core::Rule::SynInSynSent:
        return Tr::tr("SYN received: simultaneous open");
    case core::Rule::AckInSynReceived:
        return Tr::tr("ACK of SYN received");
    case core::Rule::CloseCall:
        return Tr::tr("CLOSE");
    case core::Rule::AckOfFin:
        return Tr::tr("ACK of FIN received");
    case core::Rule::FinReceived:
        return Tr::tr("FIN received");
    case core::Rule::TimeWaitTimeout:
        return Tr::tr("2MSL timeout");
    case core::Rule::RstReceived:
        return Tr::tr("RST received");
    case core::Rule::RstInPassiveSynReceived:
        return Tr::tr("RST received: back to LISTEN");
    case core::Rule::SynInPassiveSynReceived:
        return Tr::tr("SYN received: back to LISTEN");
    case core::Rule::AbortCall:
        return Tr::tr("ABORT");
    case core::Rule::SynInSynchronized:
        return Tr::tr("SYN in a synchronized state");
    case core::Rule::RetransmissionLimit:
        return Tr::tr("retransmission limit reached");
    case core::Rule::FinWait2Timeout:
        return Tr::tr("FIN-WAIT-2 timeout");
    case core::Rule::KeepaliveTimeout:
        return Tr::tr("keep-alive probes unanswered");
    case core::Rule::TimeWaitReopen:
        return Tr::tr("new SYN reuses TIME-WAIT");
    case core::Rule::TwoWayHandshake:
        return Tr::tr("two-way handshake, not TCP");
    case core::Rule::SynCookieAck:
        return Tr::tr("ACK with a valid SYN cookie");
    case core::Rule::HostCrashed:
        return Tr::tr("host crashed");
    case core::Rule::InferredFromCapture:
        return Tr::tr("seen in the capture; the state before is not known");
    case core::Rule::StateUnknown:
        return Tr::tr("the capture cannot tell the state from here on");
    }
    return QStringLiteral("?");
}

QString socketErrorText(core::SocketError error) {
    switch (error) {
    case core::SocketError::None:
        return {};
    case core::SocketError::TimedOut:
        return Tr::tr("timed out");
    case core::SocketError::ConnectionRefused:
        return Tr::tr("connection refused");
    case core::SocketError::ConnectionReset:
        return Tr::tr("connection reset");
    case core::SocketError::AddressNotAvailable:
        return Tr::tr("no local port free");
    case core::SocketError::AddressInUse:
        return Tr::tr("address in use");
    case core::SocketError::NotConnected:
        return Tr::tr("not connected");
    case core::SocketError::BrokenPipe:
        return Tr::tr("sending side already closed");
    case core::SocketError::InvalidState:
        return Tr::tr("not allowed in this state");
    }
    return {};
}

} // namespace ui
