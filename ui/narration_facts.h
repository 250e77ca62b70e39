#pragma once

// What the narration needs to know about a trace at one event: names, the
// ISNs of each connection (read from its SYNs), and the state, timers and
// queues of every connection once the events up to the current one have
// happened. Internal to ui/narration*.cpp.

#include "core/trace.h"

#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace ui::narration {

// A timer as last armed: when and for how long.
struct ArmedTimer {
    core::Micros armedAt{};
    core::Micros deadline{};
    core::Micros duration() const { return deadline - armedAt; }
};

struct ConnReplay {
    std::optional<core::State> state; // none before its first state change
    core::Rule lastRule = core::Rule::ActiveOpen;
    int changedAt = -1;                           // the event of its last state change
    std::map<core::TimerKind, ArmedTimer> timers; // the armed ones
    int rtoFired = 0;                             // RTO firings since the last ACK of new data
    std::optional<core::SegId> lastFin;           // the last FIN it sent
};

class Facts {
public:
    Facts(const core::Trace& trace, int eventIndex);

    const core::Trace& trace() const { return m_trace; }
    int index() const { return m_index; }
    const core::TraceEvent& current() const;
    bool isCapture() const { return m_trace.capture.has_value(); }

    const core::SegmentRecord* segment(core::SegId id) const;
    const core::ConnInfo* conn(core::ConnId id) const;
    const core::HostInfo* host(core::HostId id) const;

    QString hostName(core::HostId id) const;
    QString connName(core::ConnId id) const; // "client:49152"
    // Named after the host owning the address: a spoofed source reads as that host.
    QString sourceName(const core::SegmentRecord& r) const;
    QString destinationName(const core::SegmentRecord& r) const;
    QString label(core::SegId id) const; // "SYN, ACK seq=300 ack=101"

    // The initial sequence number a connection chose (its SYN's seq) and the
    // one it received (its peer's SYN's seq).
    std::optional<std::uint32_t> iss(core::ConnId id) const;
    std::optional<std::uint32_t> irs(core::ConnId id) const;
    // The connection at the other end, by 4-tuple; kNone when not in the trace.
    core::ConnId peerOf(core::ConnId id) const;
    // The connection a segment belongs to at its destination, kNone if none.
    core::ConnId receiverOf(const core::SegmentRecord& r) const;
    // The first SYN (without ACK) sent before the current event on the
    // reverse path of `r`: the SYN a SYN-ACK `r` answers.
    const core::SegmentRecord* synAnsweredBy(const core::SegmentRecord& r) const;

    // The replayed state of a connection after the current event.
    const ConnReplay* replay(core::ConnId id) const;
    bool hostDown(core::HostId id) const;
    std::optional<core::QueueLengths> queues(core::ConnId listener) const;
    std::optional<std::uint64_t> backlog(core::ConnId listener) const;
    // The timer as last armed, even when it has fired or been cancelled since.
    std::optional<ArmedTimer> lastArmed(core::ConnId id, core::TimerKind kind) const;

    // Events after the current one at the same time, up to `limit` of them.
    std::vector<int> sameTimeAfter(int limit = 12) const;
    // The first event after the current one that `pred` accepts, or -1.
    template <typename Pred> int findAfter(Pred pred) const {
        for (std::size_t i = static_cast<std::size_t>(m_index) + 1; i < m_trace.events.size(); ++i)
            if (pred(m_trace.events[i]))
                return static_cast<int>(i);
        return -1;
    }

private:
    void replayTo(int eventIndex);
    void apply(const core::TraceEvent& e, int index);

    const core::Trace& m_trace;
    int m_index;
    std::map<core::ConnId, ConnReplay> m_conns;
    std::map<core::ConnId, std::map<core::TimerKind, ArmedTimer>> m_lastArmed;
    std::map<core::ConnId, core::QueueLengths> m_queues;
    std::map<core::ConnId, std::uint64_t> m_backlogs;
    std::vector<bool> m_hostDown;
};

// "4 min", "240 ms": a duration for sentences, in minutes when whole.
QString spokenDuration(core::Micros d);
// "1.100 s": a point in virtual time.
QString spokenTime(core::Micros t);

} // namespace ui::narration
