#include "ui/event_text.h"

#include "ui/trace_tables.h"

#include <QCoreApplication>
#include <variant>

namespace ui {

namespace {

// The translation context of every sentence here and in event_terms.cpp.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

QString hostName(const core::Trace& trace, core::HostId id) {
    const core::HostInfo* h = at(trace.hosts, id);
    return h ? QString::fromStdString(h->name) : QStringLiteral("?");
}

// "server:80"; the dotted address when no host is known.
QString endpoint(const core::Trace& trace, core::HostId host, core::Address address,
                 core::Port port) {
    const QString name = at(trace.hosts, host) ? hostName(trace, host)
                                               : QString::fromStdString(core::toString(address));
    return name + QLatin1Char(':') + QString::number(port);
}

// A segment's source is named after the host owning its address: an injected
// segment that spoofs the client's address reads as coming from the client.
QString sourceEndpoint(const core::Trace& trace, const core::SegmentRecord& r) {
    const core::HostInfo* sender = at(trace.hosts, r.fromHost);
    core::HostId owner = r.fromHost;
    if (sender && sender->address != r.src) {
        owner = core::kNone;
        for (std::size_t i = 0; i < trace.hosts.size(); ++i)
            if (trace.hosts[i].address == r.src)
                owner = static_cast<core::HostId>(i);
    }
    return endpoint(trace, owner, r.src, r.header.srcPort);
}

QString destinationEndpoint(const core::Trace& trace, const core::SegmentRecord& r) {
    return endpoint(trace, r.toHost, r.dst, r.header.dstPort);
}

QString connEndpoint(const core::Trace& trace, core::ConnId id) {
    const core::ConnInfo* c = at(trace.conns, id);
    if (!c)
        return QStringLiteral("?");
    return hostName(trace, c->host) + QLatin1Char(':') + QString::number(c->localPort);
}

// Flags in the order the diagram labels them: the handshake flags first.
constexpr core::Flag kLabelOrder[] = {core::Flag::Syn, core::Flag::Fin, core::Flag::Rst,
                                      core::Flag::Psh, core::Flag::Ack, core::Flag::Urg,
                                      core::Flag::Ece, core::Flag::Cwr};

QString bytesText(std::uint64_t bytes) {
    return bytes == 1 ? Tr::tr("1 byte") : Tr::tr("%1 bytes").arg(bytes);
}

} // namespace

QString segmentLabel(const core::Trace& trace, core::SegId seg) {
    const core::SegmentRecord* r = at(trace.segments, seg);
    if (!r)
        return Tr::tr("segment #%1").arg(seg);
    if (r->protocol == core::Protocol::Udp)
        return QStringLiteral("UDP len=%1").arg(r->payloadLength);
    const core::Segment& h = r->header;
    QString text;
    for (const core::Flag f : kLabelOrder) {
        if (h.flags.has(f))
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + qs(core::flagName(f));
    }
    text += (text.isEmpty() ? QStringLiteral("seq=") : QStringLiteral(" seq=")) +
            QString::number(h.seq.value());
    if (r->payloadLength > 0)
        text += QLatin1Char(':') + QString::number((h.seq + r->payloadLength).value());
    if (h.flags.has(core::Flag::Ack))
        text += QStringLiteral(" ack=") + QString::number(h.ack.value());
    return text;
}

namespace {

// One visit per event kind. The endpoint is the connection or host the event
// happened at: a segment's sender for sends and drops, its receiver for arrivals.
class Describer {
public:
    explicit Describer(const core::Trace& trace) : m_trace(trace) {}

    EventText operator()(const core::SegmentSent& e) const {
        const core::SegmentRecord* r = at(m_trace.segments, e.seg);
        if (!r)
            return {QStringLiteral("?"), Tr::tr("sends segment #%1").arg(e.seg), {}};
        return {sourceEndpoint(m_trace, *r), sendText(e.seg, *r), {}};
    }

    EventText operator()(const core::SegmentArrived& e) const {
        const core::SegmentRecord* r = at(m_trace.segments, e.seg);
        const QString to = r ? destinationEndpoint(m_trace, *r) : QStringLiteral("?");
        return {to, Tr::tr("receives %1").arg(segmentLabel(m_trace, e.seg)), {}};
    }

    EventText operator()(const core::SegmentDropped& e) const {
        const core::SegmentRecord* r = at(m_trace.segments, e.seg);
        const QString from = r ? sourceEndpoint(m_trace, *r) : QStringLiteral("?");
        return {from, dropText(e, r), {}};
    }

    EventText operator()(const core::StateChanged& e) const {
        return {connEndpoint(m_trace, e.conn),
                QStringLiteral("%1 \u2192 %2 (%3)")
                    .arg(qs(core::toString(e.from)), qs(core::toString(e.to)), ruleText(e.rule)),
                {}};
    }

    EventText operator()(const core::TimerEvent& e) const {
        const QString name = timerName(e.timer);
        QString text;
        switch (e.action) {
        case core::TimerAction::Armed:
            text = Tr::tr("%1 armed (%2)").arg(name, durationText(e.deadline - m_now));
            break;
        case core::TimerAction::Fired:
            text = Tr::tr("%1 fired").arg(name);
            break;
        case core::TimerAction::Cancelled:
            text = Tr::tr("%1 cancelled").arg(name);
            break;
        }
        return {connEndpoint(m_trace, e.conn), text, {}};
    }

    EventText operator()(const core::AppCalled& e) const {
        QString arguments;
        if (e.call == core::AppCall::Send)
            arguments = bytesText(e.bytes);
        else if (e.call == core::AppCall::Listen)
            arguments = Tr::tr("backlog %1").arg(e.bytes);
        const QString call =
            qs(core::toString(e.call)) + QLatin1Char('(') + arguments + QLatin1Char(')');
        return {connEndpoint(m_trace, e.conn), Tr::tr("%1 called").arg(call), {}};
    }

    EventText operator()(const core::AppResult& e) const {
        const QString call = qs(core::toString(e.call)) + QStringLiteral("()");
        QString text;
        if (e.error != core::SocketError::None)
            text = QStringLiteral("%1 \u2192 %2 (%3)")
                       .arg(call, qs(core::toString(e.error)), socketErrorText(e.error));
        else if (e.call == core::AppCall::Accept && e.accepted != core::kNone)
            text = Tr::tr("%1 \u2192 connection from %2").arg(call, remoteOf(e.accepted));
        else
            text = Tr::tr("%1 \u2192 ok").arg(call);
        return {connEndpoint(m_trace, e.conn), text, {}};
    }

    EventText operator()(const core::DataDelivered& e) const {
        return {connEndpoint(m_trace, e.conn),
                e.bytes == 1 ? Tr::tr("1 byte delivered to the application")
                             : Tr::tr("%1 bytes delivered to the application").arg(e.bytes),
                {}};
    }

    EventText operator()(const core::QueueLengths& e) const {
        return {connEndpoint(m_trace, e.listener),
                Tr::tr("listen queue: SYN %1, accept %2").arg(e.synQueue).arg(e.acceptQueue),
                {}};
    }

    EventText operator()(const core::HostCrashed& e) const {
        const QString host = hostName(m_trace, e.host);
        return {host, Tr::tr("host crashed"), Tr::tr("host %1 crashed").arg(host)};
    }

    EventText operator()(const core::HostRestarted& e) const {
        const QString host = hostName(m_trace, e.host);
        return {host, Tr::tr("host restarted"), Tr::tr("host %1 restarted").arg(host)};
    }

    EventText operator()(const core::FaultApplied& e) const {
        const QString text = faultText(e);
        return {{}, text, text};
    }

    core::Micros m_now{};

private:
    QString sendText(core::SegId seg, const core::SegmentRecord& r) const;
    QString dropText(const core::SegmentDropped& e, const core::SegmentRecord* r) const;
    QString faultText(const core::FaultApplied& e) const;

    // The peer of a connection, named after the host that owns its address.
    QString remoteOf(core::ConnId id) const {
        const core::ConnInfo* c = at(m_trace.conns, id);
        if (!c)
            return QStringLiteral("?");
        for (std::size_t i = 0; i < m_trace.hosts.size(); ++i)
            if (m_trace.hosts[i].address == c->remoteAddress)
                return endpoint(m_trace, static_cast<core::HostId>(i), c->remoteAddress,
                                c->remotePort);
        return endpoint(m_trace, core::kNone, c->remoteAddress, c->remotePort);
    }

    const core::Trace& m_trace;
};

QString Describer::sendText(core::SegId seg, const core::SegmentRecord& r) const {
    const QString label = segmentLabel(m_trace, seg);
    switch (r.origin) {
    case core::SegmentOrigin::Normal:
        break;
    case core::SegmentOrigin::Retransmission:
        return Tr::tr("retransmits %1").arg(label);
    case core::SegmentOrigin::ResetNoSocket:
        // RFC 9293 3.10.7.1: a segment for no connection is answered with a RST.
        return Tr::tr("sends %1: no socket matches").arg(label);
    case core::SegmentOrigin::ChallengeAck:
        return Tr::tr("sends %1 (challenge ACK, RFC 5961)").arg(label);
    case core::SegmentOrigin::KeepaliveProbe:
        return Tr::tr("sends keep-alive probe %1").arg(label);
    case core::SegmentOrigin::Injected:
        return Tr::tr("sends %1 (injected by %2)").arg(label, hostName(m_trace, r.fromHost));
    case core::SegmentOrigin::Duplicate:
        return Tr::tr("sends %1 (duplicate of #%2)").arg(label).arg(r.original);
    case core::SegmentOrigin::SynCookie:
        return Tr::tr("sends %1 with a SYN cookie").arg(label);
    }
    return Tr::tr("sends %1").arg(label);
}

QString Describer::dropText(const core::SegmentDropped& e, const core::SegmentRecord* r) const {
    const QString label = segmentLabel(m_trace, e.seg);
    switch (e.reason) {
    case core::DropReason::LinkLoss:
        return Tr::tr("%1 lost on the link").arg(label);
    case core::DropReason::NoRoute:
        return Tr::tr("%1 dropped: no host has address %2")
            .arg(label, r ? QString::fromStdString(core::toString(r->dst)) : QStringLiteral("?"));
    case core::DropReason::NoSocket:
        return Tr::tr("%1 dropped: no socket at %2")
            .arg(label, r ? destinationEndpoint(m_trace, *r) : QStringLiteral("?"));
    case core::DropReason::HostDown:
        return Tr::tr("%1 dropped: host %2 is down")
            .arg(label, hostName(m_trace, r ? r->toHost : core::kNone));
    case core::DropReason::Fault:
        return Tr::tr("%1 dropped by a fault").arg(label);
    case core::DropReason::QueueFull:
        return Tr::tr("%1 dropped: the listen queue is full").arg(label);
    }
    return Tr::tr("%1 dropped").arg(label);
}

// Faults are numbered from 1 as the scenario lists them.
QString Describer::faultText(const core::FaultApplied& e) const {
    const int n = e.fault + 1;
    const QString seg = QStringLiteral("#%1 (%2)").arg(e.seg).arg(segmentLabel(m_trace, e.seg));
    switch (e.action) {
    case core::FaultAction::Dropped:
        return Tr::tr("fault #%1 dropped segment %2").arg(n).arg(seg);
    case core::FaultAction::Delayed:
        return Tr::tr("fault #%1 delayed segment %2").arg(n).arg(seg);
    case core::FaultAction::Duplicated:
        return Tr::tr("fault #%1 duplicated segment %2").arg(n).arg(seg);
    case core::FaultAction::Injected:
        return Tr::tr("fault #%1 injected segment %2").arg(n).arg(seg);
    case core::FaultAction::Partitioned:
        return Tr::tr("fault #%1: segment %2 crossed a partitioned link").arg(n).arg(seg);
    case core::FaultAction::LinkChanged:
        return Tr::tr("fault #%1 changed the link").arg(n);
    }
    return Tr::tr("fault #%1").arg(n);
}

} // namespace

EventText describeEvent(const core::Trace& trace, const core::TraceEvent& event) {
    Describer describer(trace);
    describer.m_now = event.t;
    EventText text = std::visit(describer, event.body);
    if (text.sentence.isEmpty()) {
        // The endpoint is the subject of what it does, and the topic of what
        // happens to it.
        const EventKind kind = eventKind(event);
        const bool acts = kind == EventKind::Sent || kind == EventKind::Arrived;
        text.sentence = acts ? Tr::tr("%1 %2").arg(text.endpoint, text.description)
                             : Tr::tr("%1: %2").arg(text.endpoint, text.description);
    }
    return text;
}

} // namespace ui
