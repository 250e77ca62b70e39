// What each endpoint of a trace waits for at a moment: its state, and the
// segment, call or timeout that will move it on.

#include "ui/narration_parts.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

using core::State;

// The ack that acknowledges the connection's FIN, once it has sent one.
std::optional<core::SeqNum> finAck(const Facts& f, const ConnReplay& r) {
    const core::SegmentRecord* fin = r.lastFin ? f.segment(*r.lastFin) : nullptr;
    if (!fin)
        return std::nullopt;
    return fin->header.seq + fin->payloadLength + 1u;
}

QString waitingForFinAck(const Facts& f, const ConnReplay& r) {
    const std::optional<core::SeqNum> ack = finAck(f, r);
    return ack ? Tr::tr("waiting for the ACK of its FIN (ack = %1)").arg(num(*ack))
               : Tr::tr("waiting for the ACK of its FIN");
}

// How long TIME-WAIT lasts: the 2MSL timer armed now or right after.
std::optional<core::Micros> timeWaitLength(const Facts& f, core::ConnId id, const ConnReplay& r) {
    if (const auto it = r.timers.find(core::TimerKind::TimeWait); it != r.timers.end())
        return it->second.duration();
    const int armed = f.findAfter([id](const core::TraceEvent& e) {
        const auto* t = std::get_if<core::TimerEvent>(&e.body);
        return t && t->conn == id && t->timer == core::TimerKind::TimeWait &&
               t->action == core::TimerAction::Armed;
    });
    if (armed < 0)
        return std::nullopt;
    const core::TraceEvent& e = f.trace().events[static_cast<std::size_t>(armed)];
    return std::get<core::TimerEvent>(e.body).deadline - e.t;
}

QString listenWaiting(const Facts& f, core::ConnId id) {
    QString text = Tr::tr("waiting for a SYN");
    const std::optional<core::QueueLengths> q = f.queues(id);
    if (q && (q->synQueue > 0 || q->acceptQueue > 0))
        text += Tr::tr("; SYN queue %1, accept queue %2").arg(q->synQueue).arg(q->acceptQueue);
    return text;
}

QString establishedWaiting(const ConnReplay& r) {
    QString text = Tr::tr("data may flow both ways");
    if (const auto it = r.timers.find(core::TimerKind::Retransmission); it != r.timers.end())
        text += Tr::tr("; waiting for the ACK of what it sent (RTO until %1)")
                    .arg(spokenTime(it->second.deadline));
    else if (const auto ka = r.timers.find(core::TimerKind::Keepalive); ka != r.timers.end())
        text += Tr::tr("; idle, keep-alive probe at %1").arg(spokenTime(ka->second.deadline));
    return text;
}

QString waitingFor(const Facts& f, core::ConnId id, const ConnReplay& r) {
    const core::ConnId peer = f.peerOf(id);
    const QString peerName = peer != core::kNone ? f.connName(peer) : Tr::tr("the peer");
    switch (*r.state) {
    case State::Closed:
        return Tr::tr("no connection");
    case State::Listen:
        return listenWaiting(f, id);
    case State::SynSent: {
        const std::optional<std::uint32_t> iss = f.iss(id);
        return iss ? Tr::tr("waiting for a SYN-ACK with ack = %1").arg(num(*iss + 1))
                   : Tr::tr("waiting for a SYN-ACK");
    }
    case State::SynReceived: {
        const std::optional<std::uint32_t> iss = f.iss(id);
        return iss ? Tr::tr("waiting for the ACK of its SYN (ack = %1)").arg(num(*iss + 1))
                   : Tr::tr("waiting for the ACK of its SYN");
    }
    case State::Established:
        return establishedWaiting(r);
    case State::FinWait1:
        return waitingForFinAck(f, r) + Tr::tr(", then for the FIN of %1").arg(peerName);
    case State::FinWait2:
        return Tr::tr("its FIN is acknowledged; waiting for the FIN of %1").arg(peerName);
    case State::CloseWait:
        return Tr::tr("%1 has finished sending; waiting for its own application to call close()")
            .arg(peerName);
    case State::Closing:
    case State::LastAck:
        return waitingForFinAck(f, r);
    case State::TimeWait: {
        const std::optional<core::Micros> length = timeWaitLength(f, id, r);
        return length ? Tr::tr("waiting 2MSL (%1) so that old duplicates die out")
                            .arg(spokenDuration(*length))
                      : Tr::tr("waiting 2MSL so that old duplicates die out");
    }
    }
    return {};
}

QString connLine(const Facts& f, core::ConnId id, const ConnReplay& r) {
    const QString state = QString::fromUtf8(core::toString(*r.state).data());
    if (r.lastRule == core::Rule::StateUnknown)
        return Tr::tr("state unknown: the capture does not show it");
    if (r.lastRule == core::Rule::HostCrashed)
        return Tr::tr("CLOSED: lost in the crash");
    QString text = state + QStringLiteral(", ") + waitingFor(f, id, r);
    if (f.isCapture())
        text += Tr::tr(" (inferred from the capture)");
    return text;
}

struct Lane {
    core::HostId host = core::kNone;
    core::Port port = 0;
    core::Protocol protocol = core::Protocol::Tcp;
    std::vector<core::ConnId> conns;
};

std::vector<Lane> lanesOf(const Facts& f) {
    std::vector<Lane> lanes;
    std::map<std::tuple<core::HostId, core::Port, core::Protocol>, std::size_t> index;
    const auto& conns = f.trace().conns;
    for (std::size_t i = 0; i < conns.size(); ++i) {
        const core::ConnInfo& c = conns[i];
        if (!f.host(c.host))
            continue;
        const auto [it, added] = index.try_emplace({c.host, c.localPort, c.protocol}, lanes.size());
        if (added)
            lanes.push_back(Lane{c.host, c.localPort, c.protocol, {}});
        lanes[it->second].conns.push_back(static_cast<core::ConnId>(i));
    }
    return lanes;
}

// The endpoints (host, port) the current event happens at: a segment's two
// ends, a connection and its peer, every port of a crashed host.
std::vector<std::pair<core::HostId, core::Port>> involved(const Facts& f) {
    std::vector<std::pair<core::HostId, core::Port>> out;
    const auto addConn = [&](core::ConnId id) {
        for (const core::ConnId c : {id, f.peerOf(id)})
            if (const core::ConnInfo* info = f.conn(c))
                out.emplace_back(info->host, info->localPort);
    };
    const auto addSegment = [&](core::SegId id) {
        if (const core::SegmentRecord* r = f.segment(id)) {
            out.emplace_back(r->fromHost, r->header.srcPort);
            out.emplace_back(r->toHost, r->header.dstPort);
        }
    };
    std::visit(
        [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, core::QueueLengths>)
                addConn(e.listener);
            else if constexpr (requires { e.conn; })
                addConn(e.conn);
            else if constexpr (requires { e.seg; })
                addSegment(e.seg);
            else if constexpr (requires { e.host; })
                for (const core::ConnInfo& c : f.trace().conns)
                    if (c.host == e.host)
                        out.emplace_back(c.host, c.localPort);
        },
        f.current().body);
    return out;
}

QString laneLine(const Facts& f, const Lane& lane) {
    if (f.hostDown(lane.host))
        return Tr::tr("host down: all its connections are lost and it answers nothing");
    if (lane.protocol == core::Protocol::Udp)
        return Tr::tr("UDP socket: no connection, nothing to wait for");
    std::vector<core::ConnId> active;
    core::ConnId listener = core::kNone;
    core::ConnId latest = core::kNone;
    for (core::ConnId id : lane.conns) {
        const ConnReplay* r = f.replay(id);
        if (!r || !r->state)
            continue;
        if (*r->state == State::Listen)
            listener = id;
        else if (*r->state != State::Closed)
            active.push_back(id);
        if (latest == core::kNone || r->changedAt > f.replay(latest)->changedAt)
            latest = id;
    }
    if (active.size() > 1) {
        QStringList parts;
        for (core::ConnId id : active)
            parts << QString::fromUtf8(core::toString(*f.replay(id)->state).data());
        parts.removeDuplicates();
        QString text =
            Tr::tr("%1 connections (%2)").arg(active.size()).arg(parts.join(QStringLiteral(", ")));
        if (listener != core::kNone)
            text += Tr::tr("; still listening, %1").arg(listenWaiting(f, listener));
        return text;
    }
    const core::ConnId shown = !active.empty()           ? active.front()
                               : listener != core::kNone ? listener
                                                         : latest;
    if (shown == core::kNone)
        return Tr::tr("CLOSED, nothing opened yet");
    return connLine(f, shown, *f.replay(shown));
}

} // namespace

QStringList waitingList(const Facts& f) {
    // A trace of thousands of connections (a load test, a SYN flood) would
    // list every endpoint on every step: past a handful, only the endpoints
    // the current event happens at.
    constexpr std::size_t kAllUpTo = 8;
    const std::vector<Lane> lanes = lanesOf(f);
    const bool all = lanes.size() <= kAllUpTo || f.index() < 0;
    const auto here = all ? decltype(involved(f)){} : involved(f);
    QStringList out;
    for (const Lane& lane : lanes) {
        const bool shown = all ? out.size() < static_cast<qsizetype>(kAllUpTo)
                               : std::find(here.begin(), here.end(),
                                           std::pair(lane.host, lane.port)) != here.end();
        if (!shown)
            continue;
        const QString name = f.hostName(lane.host) + QLatin1Char(':') + QString::number(lane.port);
        out << QStringLiteral("%1 \u2014 %2").arg(name, laneLine(f, lane));
    }
    if (lanes.size() > static_cast<std::size_t>(out.size()))
        out << Tr::tr("… and %1 more endpoints")
                   .arg(lanes.size() - static_cast<std::size_t>(out.size()));
    return out;
}

} // namespace ui::narration
