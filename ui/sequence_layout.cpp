#include "ui/sequence_layout.h"

#include "core/duration.h"
#include "ui/segment_label.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace ui {
namespace {

using core::ConnId;
using core::HostId;
using core::kNone;
using core::Micros;
using core::SegId;

// An endpoint: a host's port, or an address no host owns (host == kNone).
using LaneKey = std::tuple<HostId, std::uint32_t, core::Port>;

// What happened to one segment after it was sent.
struct Flight {
    Micros sent{};
    std::size_t sentEvent = 0;
    std::optional<Micros> ended;
    std::optional<core::DropReason> dropped;
};

std::string_view timerName(core::TimerKind k) {
    switch (k) {
    case core::TimerKind::Retransmission:
        return "RTO";
    case core::TimerKind::TimeWait:
        return "2MSL";
    case core::TimerKind::FinWait2:
        return "FIN-WAIT-2";
    case core::TimerKind::Keepalive:
        return "keepalive";
    case core::TimerKind::DelayedAck:
        return "delayed-ACK";
    }
    return "?";
}

class Builder {
public:
    Builder(const core::Trace& trace, const SequenceOptions& options)
        : m_trace(trace), m_options(options) {}

    SequenceDiagram run() {
        collectLanesAndFlights();
        std::vector<Micros> times;
        for (const core::TraceEvent& e : m_trace.events)
            times.push_back(e.t);
        m_diagram.axis = TimeAxis(std::move(times), m_options);
        m_end = m_trace.events.empty() ? Micros{0} : m_trace.events.back().t;
        m_diagram.height = y(m_end);
        for (SegId s = 0; s < static_cast<SegId>(m_trace.segments.size()); ++s)
            addArrow(s);
        layoutEvents();
        return std::move(m_diagram);
    }

private:
    double y(Micros t) const { return m_diagram.axis.y(t); }
    double x(int lane) const { return m_diagram.lifelines[static_cast<std::size_t>(lane)].x; }
    const core::SegmentRecord& record(SegId s) const {
        return m_trace.segments[static_cast<std::size_t>(s)];
    }

    int lane(HostId host, core::Address address, core::Port port) {
        const LaneKey key{host, host == kNone ? address.v4 : 0u, port};
        if (auto it = m_lanes.find(key); it != m_lanes.end())
            return it->second;
        const int index = static_cast<int>(m_diagram.lifelines.size());
        Lifeline l;
        l.host = host;
        l.port = port;
        l.x = index * m_options.laneSpacing;
        if (host == kNone) {
            l.label = core::toString(address) + ':' + std::to_string(port);
        } else {
            l.label = m_trace.endpointName(host, port);
            l.caption = m_trace.hosts[static_cast<std::size_t>(host)].name;
        }
        m_diagram.lifelines.push_back(std::move(l));
        m_lanes.emplace(key, index);
        return index;
    }
    int connLane(ConnId c) {
        int& cached = m_connLane[static_cast<std::size_t>(c)];
        if (cached < 0) {
            const core::ConnInfo& info = m_trace.conns[static_cast<std::size_t>(c)];
            cached = lane(info.host, {}, info.localPort);
            m_connsOnLane[cached].push_back(c);
        }
        return cached;
    }
    int senderLane(SegId s) {
        const core::SegmentRecord& r = record(s);
        return lane(r.fromHost, r.src, r.header.srcPort);
    }
    int receiverLane(SegId s) {
        const core::SegmentRecord& r = record(s);
        return lane(r.toHost, r.dst, r.header.dstPort);
    }

    void collectLanesAndFlights() {
        m_flights.resize(m_trace.segments.size());
        m_connLane.assign(m_trace.conns.size(), -1);
        m_connStates.resize(m_trace.conns.size());
        m_event = 0;
        for (const core::TraceEvent& e : m_trace.events) {
            std::visit([&](const auto& body) { collect(e.t, body); }, e.body);
            ++m_event;
        }
    }
    void collect(Micros t, const core::SegmentSent& b) {
        senderLane(b.seg);
        receiverLane(b.seg);
        m_flights[static_cast<std::size_t>(b.seg)].sent = t;
        m_flights[static_cast<std::size_t>(b.seg)].sentEvent = m_event;
    }
    void collect(Micros t, const core::SegmentArrived& b) {
        Flight& f = m_flights[static_cast<std::size_t>(b.seg)];
        f.ended = t;
        const core::SegmentRecord& r = record(b.seg);
        m_flightTimes[{r.fromHost, r.toHost}].push_back(t - f.sent);
    }
    void collect(Micros t, const core::SegmentDropped& b) {
        Flight& f = m_flights[static_cast<std::size_t>(b.seg)];
        f.ended = t;
        f.dropped = b.reason;
    }
    void collect(Micros, const core::StateChanged& b) { connLane(b.conn); }
    void collect(Micros, const core::TimerEvent& b) { connLane(b.conn); }
    void collect(Micros, const core::AppCalled& b) { connLane(b.conn); }
    void collect(Micros, const core::AppResult& b) { connLane(b.conn); }
    void collect(Micros, const auto&) {}

    // How far along its way a lost segment got: elapsed over the median flight
    // time of delivered segments in that direction, or half-way if none was.
    double lostFraction(SegId s, const Flight& f) const {
        if (f.dropped == core::DropReason::HostDown || f.dropped == core::DropReason::QueueFull ||
            f.dropped == core::DropReason::NoSocket)
            return 1.0; // it reached the host and was discarded there
        const core::SegmentRecord& r = record(s);
        const auto it = m_flightTimes.find({r.fromHost, r.toHost});
        if (it == m_flightTimes.end())
            return 0.5;
        std::vector<Micros> times = it->second;
        std::nth_element(times.begin(), times.begin() + static_cast<long>(times.size() / 2),
                         times.end());
        const Micros typical = times[times.size() / 2];
        if (typical.count() <= 0)
            return 0.5;
        const double elapsed = static_cast<double>((*f.ended - f.sent).count());
        return std::clamp(elapsed / static_cast<double>(typical.count()), 0.0, 1.0);
    }

    void addArrow(SegId s) {
        const Flight& f = m_flights[static_cast<std::size_t>(s)];
        const core::SegmentRecord& r = record(s);
        Arrow a;
        a.seg = s;
        a.fromLane = senderLane(s);
        a.toLane = receiverLane(s);
        a.from = {x(a.fromLane), y(f.sent)};
        a.sentEvent = f.sentEvent;
        a.unfinished = !f.ended;
        a.to = {x(a.toLane), y(f.ended.value_or(m_end))};
        if (f.dropped == core::DropReason::NoRoute) {
            // Nobody has the address: lost just before its own lane, never on
            // a lane it passes on the way.
            const double dx = a.to.x - a.from.x;
            const double shortBy = std::min(m_options.laneSpacing / 4, std::abs(dx) / 2);
            a.to.x -= dx < 0 ? -shortBy : shortBy;
        } else if (f.dropped) {
            a.to.x = a.from.x + lostFraction(s, f) * (a.to.x - a.from.x);
        }
        if (f.dropped) {
            a.lost = true;
            a.dropReason = f.dropped;
        }
        a.retransmission = r.origin == core::SegmentOrigin::Retransmission;
        a.injected = r.origin == core::SegmentOrigin::Injected;
        a.duplicate = r.origin == core::SegmentOrigin::Duplicate;
        a.keepaliveProbe = r.origin == core::SegmentOrigin::KeepaliveProbe;
        a.challengeAck = r.origin == core::SegmentOrigin::ChallengeAck;
        a.synCookie = r.origin == core::SegmentOrigin::SynCookie;
        a.hostReset = r.origin == core::SegmentOrigin::ResetNoSocket;
        a.udp = r.protocol == core::Protocol::Udp;
        a.label = label(a, r);
        m_diagram.arrows.push_back(std::move(a));
    }

    std::string label(const Arrow& a, const core::SegmentRecord& r) {
        const core::Segment& h = r.header;
        const bool newSyn =
            h.flags.has(core::Flag::Syn) &&
            (r.origin == core::SegmentOrigin::Normal || r.origin == core::SegmentOrigin::SynCookie);
        if (newSyn)
            m_isn[{a.fromLane, a.toLane}] = h.seq.value();
        const auto base = [this](int from, int to) -> std::uint32_t {
            if (!m_options.relativeSequenceNumbers)
                return 0;
            const auto it = m_isn.find({from, to});
            return it == m_isn.end() ? 0 : it->second;
        };
        return segmentLabel(r, base(a.fromLane, a.toLane), base(a.toLane, a.fromLane));
    }

    void layoutEvents();
    void onEvent(Micros t, const core::StateChanged& b);
    void onEvent(Micros t, const core::HostCrashed& b);
    void onEvent(Micros t, const core::HostRestarted& b);
    void noteOnHostLanes(Micros t, HostId host, const std::string& text, bool error);
    void onEvent(Micros t, const core::TimerEvent& b);
    void onEvent(Micros t, const core::AppCalled& b);
    void onEvent(Micros t, const core::AppResult& b);
    void onEvent(Micros, const auto&) {}
    void refreshBand(int lane, Micros t);
    std::optional<core::State> shownState(int lane) const;
    void setConnState(ConnId c, core::State state);
    void closeTimer(std::size_t index, Micros t, TimerEnd end);

    struct ConnView {
        core::State state = core::State::Closed;
        std::size_t changed = 0; // order of its last change
    };

    const core::Trace& m_trace;
    const SequenceOptions& m_options;
    SequenceDiagram m_diagram;
    Micros m_end{};
    std::map<LaneKey, int> m_lanes;
    std::map<int, std::vector<ConnId>> m_connsOnLane;
    std::vector<Flight> m_flights;
    std::map<std::pair<HostId, HostId>, std::vector<Micros>> m_flightTimes;
    std::map<std::pair<int, int>, std::uint32_t> m_isn; // per direction (from lane, to lane)
    std::vector<int> m_connLane;                       // conn -> lane, -1 until seen
    std::vector<std::optional<ConnView>> m_connStates; // conn -> last state, if it had one
    // Per lane, the connections a band may show, ordered by their last change,
    // so that a busy listener's lane costs a lookup, not a scan, per change.
    struct LaneConns {
        std::set<std::pair<std::size_t, ConnId>> active; // neither LISTEN nor CLOSED
        std::set<std::pair<std::size_t, ConnId>> listening;
    };
    std::map<int, LaneConns> m_laneConns;
    std::size_t m_changes = 0;
    std::size_t m_event = 0; // the index of the event being looked at
    std::map<int, std::size_t> m_openBand; // lane -> index into bands
    std::map<std::pair<ConnId, core::TimerKind>, std::size_t> m_openTimers;
};

void Builder::layoutEvents() {
    m_event = 0;
    for (const core::TraceEvent& e : m_trace.events) {
        std::visit([&](const auto& body) { onEvent(e.t, body); }, e.body);
        ++m_event;
    }
    for (const auto& [laneIndex, band] : m_openBand)
        m_diagram.bands[band].y1 = m_diagram.height;
    for (const auto& [key, index] : m_openTimers)
        m_diagram.timers[index].y1 = m_diagram.height;
    // Bands of no height are states passed through at one instant: nothing to draw.
    std::erase_if(m_diagram.bands, [](const StateBand& b) { return b.y1 <= b.y0; });
}

void Builder::setConnState(ConnId c, core::State state) {
    LaneConns& lane = m_laneConns[connLane(c)];
    std::optional<ConnView>& view = m_connStates[static_cast<std::size_t>(c)];
    if (view) {
        lane.active.erase({view->changed, c});
        lane.listening.erase({view->changed, c});
    }
    view = ConnView{state, ++m_changes};
    if (state == core::State::Listen)
        lane.listening.insert({view->changed, c});
    else if (state != core::State::Closed)
        lane.active.insert({view->changed, c});
}

void Builder::onEvent(Micros t, const core::StateChanged& b) {
    setConnState(b.conn, b.to);
    refreshBand(connLane(b.conn), t);
}

void Builder::onEvent(Micros t, const core::HostCrashed& b) {
    for (std::size_t c = 0; c < m_connStates.size(); ++c) {
        if (m_connStates[c] && m_trace.conns[c].host == b.host)
            setConnState(static_cast<ConnId>(c), core::State::Closed); // all state lost, silently
    }
    for (const auto& [laneIndex, conns] : m_connsOnLane) {
        if (m_diagram.lifelines[static_cast<std::size_t>(laneIndex)].host == b.host)
            refreshBand(laneIndex, t);
    }
    noteOnHostLanes(t, b.host, "host crashed", true);
}

void Builder::onEvent(Micros t, const core::HostRestarted& b) {
    noteOnHostLanes(t, b.host, "host restarted", false);
}

void Builder::noteOnHostLanes(Micros t, HostId host, const std::string& text, bool error) {
    for (std::size_t i = 0; i < m_diagram.lifelines.size(); ++i) {
        if (m_diagram.lifelines[i].host != host)
            continue;
        const int laneIndex = static_cast<int>(i);
        m_diagram.notes.push_back({laneIndex, {x(laneIndex), y(t)}, text, false, error, m_event});
    }
}

// The connection a lane shows: the most recently changed one that is neither
// LISTEN nor CLOSED, else a listener, else none (CLOSED draws no band).
std::optional<core::State> Builder::shownState(int laneIndex) const {
    const auto it = m_laneConns.find(laneIndex);
    if (it == m_laneConns.end())
        return std::nullopt;
    if (!it->second.active.empty())
        return m_connStates[static_cast<std::size_t>(it->second.active.rbegin()->second)]->state;
    if (!it->second.listening.empty())
        return core::State::Listen;
    return std::nullopt;
}

void Builder::refreshBand(int laneIndex, Micros t) {
    const std::optional<core::State> shown = shownState(laneIndex);
    const auto open = m_openBand.find(laneIndex);
    if (open == m_openBand.end() && !shown)
        return;
    if (open != m_openBand.end()) {
        StateBand& band = m_diagram.bands[open->second];
        if (shown == band.state)
            return;
        band.y1 = y(t);
        m_openBand.erase(open);
    }
    const core::State state = shown.value_or(core::State::Closed);
    m_diagram.stateMarks.push_back(
        {laneIndex, y(t), state, std::string(core::toString(state)), m_event});
    if (!shown)
        return;
    m_openBand[laneIndex] = m_diagram.bands.size();
    m_diagram.bands.push_back({laneIndex, y(t), y(t), *shown, std::string(core::toString(*shown))});
}

void Builder::closeTimer(std::size_t index, Micros t, TimerEnd end) {
    m_diagram.timers[index].y1 = y(t);
    m_diagram.timers[index].end = end;
}

void Builder::onEvent(Micros t, const core::TimerEvent& b) {
    const auto key = std::make_pair(b.conn, b.timer);
    if (const auto it = m_openTimers.find(key); it != m_openTimers.end()) {
        const TimerEnd end = b.action == core::TimerAction::Armed   ? TimerEnd::Rearmed
                             : b.action == core::TimerAction::Fired ? TimerEnd::Fired
                                                                    : TimerEnd::Cancelled;
        closeTimer(it->second, t, end);
        m_openTimers.erase(it);
    }
    if (b.action != core::TimerAction::Armed)
        return;
    TimerBracket bracket;
    bracket.lane = connLane(b.conn);
    bracket.y0 = bracket.y1 = y(t);
    bracket.kind = b.timer;
    bracket.duration = b.deadline - t;
    bracket.label = std::string(timerName(b.timer)) + ' ' + core::formatDuration(bracket.duration);
    m_openTimers[key] = m_diagram.timers.size();
    m_diagram.timers.push_back(std::move(bracket));
}

void Builder::onEvent(Micros t, const core::AppCalled& b) {
    const int laneIndex = connLane(b.conn);
    std::string text = std::string(core::toString(b.call)) + '(';
    if (b.call == core::AppCall::Send)
        text += std::to_string(b.bytes) + " bytes";
    text += ')';
    m_diagram.notes.push_back(
        {laneIndex, {x(laneIndex), y(t)}, std::move(text), false, false, m_event});
}

void Builder::onEvent(Micros t, const core::AppResult& b) {
    const int laneIndex = connLane(b.conn);
    const bool error = b.error != core::SocketError::None;
    std::string text = std::string(core::toString(b.call)) + "() -> " +
                       (error ? std::string(core::toString(b.error)) : std::string("ok"));
    m_diagram.notes.push_back(
        {laneIndex, {x(laneIndex), y(t)}, std::move(text), true, error, m_event});
}

} // namespace

SequenceDiagram layoutSequence(const core::Trace& trace, const SequenceOptions& options) {
    return Builder(trace, options).run();
}

} // namespace ui
