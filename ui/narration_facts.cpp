#include "ui/narration_facts.h"

#include "ui/event_text.h"
#include "ui/trace_tables.h"

#include <QCoreApplication>
#include <variant>

namespace ui::narration {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

bool isSyn(const core::SegmentRecord& r) {
    return r.protocol == core::Protocol::Tcp && r.header.flags.has(core::Flag::Syn);
}

} // namespace

Facts::Facts(const core::Trace& trace, int eventIndex) : m_trace(trace), m_index(eventIndex) {
    m_hostDown.assign(trace.hosts.size(), false);
    replayTo(eventIndex);
}

const core::TraceEvent& Facts::current() const {
    return m_trace.events.at(static_cast<std::size_t>(m_index));
}

const core::SegmentRecord* Facts::segment(core::SegId id) const {
    return at(m_trace.segments, id);
}
const core::ConnInfo* Facts::conn(core::ConnId id) const {
    return at(m_trace.conns, id);
}
const core::HostInfo* Facts::host(core::HostId id) const {
    return at(m_trace.hosts, id);
}

QString Facts::hostName(core::HostId id) const {
    const core::HostInfo* h = host(id);
    return h ? QString::fromStdString(h->name) : QStringLiteral("?");
}

QString Facts::connName(core::ConnId id) const {
    const core::ConnInfo* c = conn(id);
    if (!c)
        return QStringLiteral("?");
    return hostName(c->host) + QLatin1Char(':') + QString::number(c->localPort);
}

QString Facts::sourceName(const core::SegmentRecord& r) const {
    for (const core::HostInfo& h : m_trace.hosts)
        if (h.address == r.src)
            return QString::fromStdString(h.name) + QLatin1Char(':') +
                   QString::number(r.header.srcPort);
    return QString::fromStdString(core::toString(r.src)) + QLatin1Char(':') +
           QString::number(r.header.srcPort);
}

QString Facts::destinationName(const core::SegmentRecord& r) const {
    for (const core::HostInfo& h : m_trace.hosts)
        if (h.address == r.dst)
            return QString::fromStdString(h.name) + QLatin1Char(':') +
                   QString::number(r.header.dstPort);
    return QString::fromStdString(core::toString(r.dst)) + QLatin1Char(':') +
           QString::number(r.header.dstPort);
}

QString Facts::label(core::SegId id) const {
    return segmentLabel(m_trace, id);
}

std::optional<std::uint32_t> Facts::iss(core::ConnId id) const {
    for (const core::SegmentRecord& r : m_trace.segments)
        if (r.conn == id && isSyn(r) && r.origin != core::SegmentOrigin::SynCookie)
            return r.header.seq.value();
    // A connection rebuilt from a SYN cookie never sent a SYN: the cookie,
    // echoed in the ACK that rebuilt it, was its ISN (RFC 4987 3.6).
    for (const core::TraceEvent& e : m_trace.events) {
        const auto* c = std::get_if<core::StateChanged>(&e.body);
        if (c && c->conn == id && c->rule == core::Rule::SynCookieAck)
            if (const core::SegmentRecord* r = segment(c->cause))
                return (r->header.ack - 1u).value();
    }
    return std::nullopt;
}

std::optional<std::uint32_t> Facts::irs(core::ConnId id) const {
    // The SYN that moved it: received in LISTEN, SYN-SENT or (two-way) LISTEN.
    for (const core::TraceEvent& e : m_trace.events) {
        const auto* c = std::get_if<core::StateChanged>(&e.body);
        if (!c || c->conn != id)
            continue;
        const core::SegmentRecord* r = segment(c->cause);
        if (r && isSyn(*r))
            return r->header.seq.value();
        if (r && c->rule == core::Rule::SynCookieAck)
            return (r->header.seq - 1u).value();
    }
    const core::ConnInfo* c = conn(id);
    const core::HostInfo* h = c ? host(c->host) : nullptr;
    if (!h)
        return std::nullopt;
    for (const core::SegmentRecord& r : m_trace.segments)
        if (isSyn(r) && r.dst == h->address && r.header.dstPort == c->localPort &&
            r.src == c->remoteAddress && r.header.srcPort == c->remotePort)
            return r.header.seq.value();
    return std::nullopt;
}

core::ConnId Facts::peerOf(core::ConnId id) const {
    const core::ConnInfo* c = conn(id);
    const core::HostInfo* h = c ? host(c->host) : nullptr;
    if (!h)
        return core::kNone;
    for (std::size_t i = 0; i < m_trace.conns.size(); ++i) {
        const core::ConnInfo& p = m_trace.conns[i];
        const core::HostInfo* ph = host(p.host);
        if (ph && ph->address == c->remoteAddress && p.localPort == c->remotePort &&
            p.remoteAddress == h->address && p.remotePort == c->localPort)
            return static_cast<core::ConnId>(i);
    }
    return core::kNone;
}

core::ConnId Facts::receiverOf(const core::SegmentRecord& r) const {
    core::ConnId listener = core::kNone;
    core::ConnId closed = core::kNone;
    for (std::size_t i = 0; i < m_trace.conns.size(); ++i) {
        const core::ConnInfo& c = m_trace.conns[i];
        if (c.host != r.toHost || c.localPort != r.header.dstPort)
            continue;
        const auto id = static_cast<core::ConnId>(i);
        const ConnReplay* state = replay(id);
        const bool open = state && state->state && *state->state != core::State::Closed;
        if (c.remoteAddress == r.src && c.remotePort == r.header.srcPort) {
            if (open)
                return id;
            closed = id;
        } else if (open && *state->state == core::State::Listen) {
            listener = id;
        }
    }
    return listener != core::kNone ? listener : closed;
}

const core::SegmentRecord* Facts::synAnsweredBy(const core::SegmentRecord& r) const {
    const core::SegmentRecord* found = nullptr;
    for (int i = 0; i <= m_index; ++i) {
        const auto* sent =
            std::get_if<core::SegmentSent>(&m_trace.events[static_cast<std::size_t>(i)].body);
        const core::SegmentRecord* s = sent ? segment(sent->seg) : nullptr;
        if (s && isSyn(*s) && !s->header.flags.has(core::Flag::Ack) && s->src == r.dst &&
            s->dst == r.src && s->header.srcPort == r.header.dstPort &&
            s->header.dstPort == r.header.srcPort && (s->header.seq + 1u) == r.header.ack)
            found = s;
    }
    return found;
}

const ConnReplay* Facts::replay(core::ConnId id) const {
    const auto it = m_conns.find(id);
    return it == m_conns.end() ? nullptr : &it->second;
}

bool Facts::hostDown(core::HostId id) const {
    return id >= 0 && static_cast<std::size_t>(id) < m_hostDown.size() &&
           m_hostDown[static_cast<std::size_t>(id)];
}

std::optional<core::QueueLengths> Facts::queues(core::ConnId listener) const {
    const auto it = m_queues.find(listener);
    return it == m_queues.end() ? std::nullopt : std::optional(it->second);
}

std::optional<std::uint64_t> Facts::backlog(core::ConnId listener) const {
    const auto it = m_backlogs.find(listener);
    return it == m_backlogs.end() ? std::nullopt : std::optional(it->second);
}

std::optional<ArmedTimer> Facts::lastArmed(core::ConnId id, core::TimerKind kind) const {
    const auto it = m_lastArmed.find(id);
    if (it == m_lastArmed.end())
        return std::nullopt;
    const auto timer = it->second.find(kind);
    return timer == it->second.end() ? std::nullopt : std::optional(timer->second);
}

std::vector<int> Facts::sameTimeAfter(int limit) const {
    std::vector<int> out;
    const core::Micros t = current().t;
    for (std::size_t i = static_cast<std::size_t>(m_index) + 1;
         i < m_trace.events.size() && m_trace.events[i].t == t &&
         static_cast<int>(out.size()) < limit;
         ++i)
        out.push_back(static_cast<int>(i));
    return out;
}

void Facts::replayTo(int eventIndex) {
    const std::size_t end =
        std::min(m_trace.events.size(), static_cast<std::size_t>(std::max(eventIndex + 1, 0)));
    for (std::size_t i = 0; i < end; ++i)
        apply(m_trace.events[i], static_cast<int>(i));
}

void Facts::apply(const core::TraceEvent& e, int index) {
    if (const auto* c = std::get_if<core::StateChanged>(&e.body)) {
        ConnReplay& r = m_conns[c->conn];
        r.state = c->to;
        r.lastRule = c->rule;
        r.changedAt = index;
        if (c->to == core::State::Closed)
            r.timers.clear();
    } else if (const auto* t = std::get_if<core::TimerEvent>(&e.body)) {
        ConnReplay& r = m_conns[t->conn];
        if (t->action == core::TimerAction::Armed) {
            r.timers[t->timer] = {e.t, t->deadline};
            m_lastArmed[t->conn][t->timer] = {e.t, t->deadline};
        } else {
            r.timers.erase(t->timer);
        }
        if (t->timer == core::TimerKind::Retransmission)
            r.rtoFired = t->action == core::TimerAction::Fired       ? r.rtoFired + 1
                         : t->action == core::TimerAction::Cancelled ? 0
                                                                     : r.rtoFired;
    } else if (const auto* s = std::get_if<core::SegmentSent>(&e.body)) {
        const core::SegmentRecord* r = segment(s->seg);
        if (r && r->conn != core::kNone && r->header.flags.has(core::Flag::Fin))
            m_conns[r->conn].lastFin = s->seg;
    } else if (const auto* q = std::get_if<core::QueueLengths>(&e.body)) {
        m_queues[q->listener] = *q;
    } else if (const auto* a = std::get_if<core::AppCalled>(&e.body)) {
        if (a->call == core::AppCall::Listen)
            m_backlogs[a->conn] = a->bytes;
    } else if (const auto* h = std::get_if<core::HostCrashed>(&e.body)) {
        if (h->host >= 0 && static_cast<std::size_t>(h->host) < m_hostDown.size())
            m_hostDown[static_cast<std::size_t>(h->host)] = true;
    } else if (const auto* up = std::get_if<core::HostRestarted>(&e.body)) {
        if (up->host >= 0 && static_cast<std::size_t>(up->host) < m_hostDown.size())
            m_hostDown[static_cast<std::size_t>(up->host)] = false;
    }
}

QString spokenDuration(core::Micros d) {
    const std::int64_t us = d.count();
    if (us >= 60'000'000 && us % 60'000'000 == 0)
        return Tr::tr("%1 min").arg(us / 60'000'000);
    return durationText(d);
}

QString spokenTime(core::Micros t) {
    return Tr::tr("%1 s").arg(static_cast<double>(t.count()) / 1e6, 0, 'f', 3);
}

} // namespace ui::narration
