#include "ui/endpoint_states.h"

#include <algorithm>
#include <map>
#include <set>

namespace ui {
namespace {

using core::ConnId;
using core::State;

std::size_t stateIndex(State s) {
    const auto it = std::find(core::kAllStates.begin(), core::kAllStates.end(), s);
    return static_cast<std::size_t>(it - core::kAllStates.begin());
}

// Replays the state changes of a trace lane by lane, keeping per lane the
// connections ordered by their last change, so that choosing the one a band
// shows costs O(log n) (ui/sequence_layout.cpp, shownState()).
class Replay {
public:
    Replay(const core::Trace& trace, const std::vector<Lifeline>& lanes) : m_trace(trace) {
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            if (lanes[i].host != core::kNone)
                m_laneOf[{lanes[i].host, lanes[i].port}] = static_cast<int>(i);
        }
        m_lanes.resize(lanes.size());
    }

    // Returns the lane whose status the change may have altered, or -1.
    int onStateChanged(const core::StateChanged& e, int index) {
        const int lane = laneOf(e.conn);
        if (lane < 0)
            return -1;
        LaneSets& sets = m_lanes[static_cast<std::size_t>(lane)];
        forget(sets, e.conn);
        Conn& c = m_conns[e.conn];
        c = {e.to, ++m_changes};
        remember(sets, e.conn, c);
        sets.hadConnection = true;
        sets.last = StateTransition{e.conn, e.from, e.to, e.rule, index};
        return lane;
    }

    // A crash loses every TCB of the host at once (as the layout draws it);
    // the StateChanged events that follow only confirm it.
    std::vector<int> onHostCrashed(core::HostId host) {
        std::vector<int> touched;
        for (auto& [conn, c] : m_conns) {
            const int lane = laneOf(conn);
            if (lane < 0 || m_trace.conns[static_cast<std::size_t>(conn)].host != host)
                continue;
            forget(m_lanes[static_cast<std::size_t>(lane)], conn);
            c.state = State::Closed;
            touched.push_back(lane);
        }
        return touched;
    }

    LaneStatus status(int lane) const {
        const LaneSets& sets = m_lanes[static_cast<std::size_t>(lane)];
        LaneStatus s;
        s.last = sets.last;
        if (!sets.active.empty())
            s.state = m_conns.at(sets.active.rbegin()->second).state;
        else if (!sets.listeners.empty())
            s.state = State::Listen;
        else if (sets.hadConnection)
            s.state = State::Closed;
        return s;
    }

private:
    struct Conn {
        State state = State::Closed;
        std::size_t changed = 0; // order of its last change
    };
    using ByChange = std::set<std::pair<std::size_t, ConnId>>;
    struct LaneSets {
        ByChange active;    // neither LISTEN nor CLOSED
        ByChange listeners; // in LISTEN
        bool hadConnection = false;
        std::optional<StateTransition> last;
    };

    int laneOf(ConnId conn) const {
        const core::ConnInfo& info = m_trace.conns[static_cast<std::size_t>(conn)];
        const auto it = m_laneOf.find({info.host, info.localPort});
        return it == m_laneOf.end() ? -1 : it->second;
    }
    void forget(LaneSets& sets, ConnId conn) const {
        const auto it = m_conns.find(conn);
        if (it == m_conns.end())
            return;
        sets.active.erase({it->second.changed, conn});
        sets.listeners.erase({it->second.changed, conn});
    }
    static void remember(LaneSets& sets, ConnId conn, const Conn& c) {
        if (c.state == State::Listen)
            sets.listeners.insert({c.changed, conn});
        else if (c.state != State::Closed)
            sets.active.insert({c.changed, conn});
    }

    const core::Trace& m_trace;
    std::map<std::pair<core::HostId, core::Port>, int> m_laneOf;
    std::map<ConnId, Conn> m_conns;
    std::vector<LaneSets> m_lanes;
    std::size_t m_changes = 0;
};

} // namespace

EndpointStates::EndpointStates(const core::Trace& trace, const std::vector<Lifeline>& lanes)
    : m_lanes(lanes.size()) {
    Replay replay(trace, lanes);
    const auto record = [&](int lane, int index) {
        if (lane < 0)
            return;
        std::vector<Change>& changes = m_lanes[static_cast<std::size_t>(lane)];
        LaneStatus now = replay.status(lane);
        if (!changes.empty() && changes.back().event == index)
            changes.back().status = std::move(now);
        else if (changes.empty() || !(changes.back().status == now))
            changes.push_back({index, std::move(now)});
    };
    int index = 0;
    for (const core::TraceEvent& e : trace.events) {
        if (const auto* changed = std::get_if<core::StateChanged>(&e.body)) {
            record(replay.onStateChanged(*changed, index), index);
            m_entries[stateIndex(changed->to)].push_back(index);
        } else if (const auto* crashed = std::get_if<core::HostCrashed>(&e.body)) {
            for (int lane : replay.onHostCrashed(crashed->host))
                record(lane, index);
        }
        ++index;
    }
}

LaneStatus EndpointStates::at(int lane, int event) const {
    const std::vector<Change>& changes = m_lanes.at(static_cast<std::size_t>(lane));
    const auto after = std::upper_bound(changes.begin(), changes.end(), event,
                                        [](int e, const Change& c) { return e < c.event; });
    if (after == changes.begin())
        return {};
    return std::prev(after)->status;
}

std::vector<LaneStatus> EndpointStates::at(int event) const {
    std::vector<LaneStatus> out;
    out.reserve(m_lanes.size());
    for (int lane = 0; lane < laneCount(); ++lane)
        out.push_back(at(lane, event));
    return out;
}

std::optional<int> EndpointStates::nextEntryInto(State state, int afterEvent) const {
    const std::vector<int>& entries = m_entries[stateIndex(state)];
    if (entries.empty())
        return std::nullopt;
    const auto next = std::upper_bound(entries.begin(), entries.end(), afterEvent);
    return next == entries.end() ? entries.front() : *next;
}

std::optional<int> nextEntryInto(const core::Trace& trace, State state, int afterEvent) {
    std::optional<int> first;
    int index = 0;
    for (const core::TraceEvent& e : trace.events) {
        const auto* changed = std::get_if<core::StateChanged>(&e.body);
        if (changed && changed->to == state) {
            if (index > afterEvent)
                return index;
            if (!first)
                first = index;
        }
        ++index;
    }
    return first;
}

} // namespace ui
