#pragma once

// The sequence diagram as a model: Trace + options -> lifelines, arrows, state
// bands, timer brackets and notes in logical coordinates (x across, y down).
// No Qt here: the model is tested without pixels, and one painter draws it.

#include "core/trace.h"

#include <optional>
#include <string>
#include <vector>

namespace ui {

enum class TimeAxisMode : std::uint8_t {
    Proportional, // y grows with virtual time; long idle gaps collapse into breaks
    EventRows,    // one row per distinct event time
};

struct SequenceOptions {
    TimeAxisMode axis = TimeAxisMode::Proportional;
    double laneSpacing = 240.0;
    double pixelsPerSecond = 2000.0;                     // Proportional
    core::Micros gapThreshold = std::chrono::seconds(2); // idle longer than this collapses
    double gapHeight = 40.0;                             // height of one collapsed gap
    double rowHeight = 30.0;                             // EventRows
    bool relativeSequenceNumbers = false;                // subtract each direction's ISN
};

struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(Point, Point) = default;
};

// An idle period that the axis does not draw to scale.
struct TimeBreak {
    double y = 0.0;         // where the break starts
    double height = 0.0;    // how tall it is drawn
    core::Micros start{};   // virtual time at the start of the idle period
    core::Micros skipped{}; // how long the idle period is
};

// Virtual time -> y: piecewise linear through one anchor per distinct event
// time, so y(t) never decreases; before the first and after the last anchor
// it continues at pixelsPerSecond.
class TimeAxis {
public:
    // One distinct event time and the height it is drawn at.
    struct Anchor {
        core::Micros t;
        double y;
    };

    TimeAxis() = default;
    TimeAxis(std::vector<core::Micros> eventTimes, const SequenceOptions& options);

    double y(core::Micros t) const;
    // The inverse of y(): the virtual time drawn at height y. Inside a
    // collapsed gap the skipped time is spread evenly over the break.
    core::Micros timeAt(double y) const;
    const std::vector<TimeBreak>& breaks() const { return m_breaks; }
    // For a time ruler: the mode, the scale outside breaks (Proportional), and
    // the event times in order with their heights (EventRows labels each row).
    TimeAxisMode mode() const { return m_mode; }
    double pixelsPerSecond() const { return m_pixelsPerMicro * 1e6; }
    const std::vector<Anchor>& anchors() const { return m_anchors; }

private:
    std::vector<Anchor> m_anchors;
    std::vector<TimeBreak> m_breaks;
    double m_pixelsPerMicro = 0.0;
    TimeAxisMode m_mode = TimeAxisMode::Proportional;
};

struct Lifeline {
    std::string label;   // "server:80", or "10.0.0.9:80" when no host owns the address
    std::string caption; // the host name; empty when no host owns the address
    double x = 0.0;
    core::HostId host = core::kNone;
    core::Port port = 0;
};

struct Arrow {
    core::SegId seg = core::kNone;
    int fromLane = 0;
    int toLane = 0;
    Point from;
    Point to; // the arrival; for a lost segment the point where it was lost
    std::string label;
    bool lost = false;
    std::optional<core::DropReason> dropReason;
    bool unfinished = false; // still in flight when the trace ends
    bool retransmission = false;
    bool injected = false;
    bool duplicate = false;
    bool keepaliveProbe = false;
    bool challengeAck = false;
    bool synCookie = false;
    bool hostReset = false; // a RST from a host for a segment that matched no socket
    bool udp = false;
    std::size_t sentEvent = 0; // the index of its SegmentSent event in the trace
};

struct StateBand {
    int lane = 0;
    double y0 = 0.0; // [y0, y1)
    double y1 = 0.0;
    core::State state = core::State::Closed;
    std::string label; // RFC spelling
};

// A lane's shown state changing, even for an instant (a CLOSE-WAIT that the
// application leaves at once has no band but has a mark), and to CLOSED.
struct StateMark {
    int lane = 0;
    double y = 0.0;
    core::State state = core::State::Closed;
    std::string label; // RFC spelling
    std::size_t event = 0; // the trace event that changed it
};

enum class TimerEnd : std::uint8_t { Fired, Cancelled, Rearmed, Pending };

struct TimerBracket {
    int lane = 0;
    double y0 = 0.0;
    double y1 = 0.0;
    core::TimerKind kind = core::TimerKind::Retransmission;
    std::string label;       // "RTO 1s"
    core::Micros duration{}; // as armed: deadline - arm time
    TimerEnd end = TimerEnd::Pending;
};

struct AppNote {
    int lane = 0;
    Point at;
    std::string text; // "connect()", "send(5 bytes)", "connect() -> ECONNREFUSED"
    bool result = false;
    bool error = false;
    std::size_t event = 0; // the index of its trace event
};

struct SequenceDiagram {
    std::vector<Lifeline> lifelines;
    TimeAxis axis;
    double height = 0.0; // y of the last event
    std::vector<Arrow> arrows;
    std::vector<StateBand> bands;
    std::vector<StateMark> stateMarks; // in time order
    std::vector<TimerBracket> timers;
    std::vector<AppNote> notes;
};

// Rules the layout follows:
// * Lanes: one per endpoint (host, local port) in order of first appearance,
//   so a listener and its children share one lane. A segment to an address no
//   host owns gets a lane of its own labelled with the address, and is drawn
//   lost half-way there.
// * Arrows run from y(send) to y(arrival). A segment lost on the link ends at
//   y(drop) and at the fraction of the way that its flight had covered, taking
//   the usual flight time on that direction (else half-way). A segment for a
//   crashed host reaches that host's lane and is marked lost.
// * Labels list flags in the order SYN, FIN, RST, PSH, ACK, URG, ECE, CWR, then
//   "seq=" (first:end when the segment carries data) and "ack=" when ACK is set.
//   Relative numbers subtract the ISN of that direction: the sequence number of
//   the last new (not retransmitted) SYN sent that way.
// * State bands show, per lane, the most recently changed connection that is
//   neither LISTEN nor CLOSED, else a listener in LISTEN; CLOSED draws no band.
//   A host crash closes every connection of that host.
SequenceDiagram layoutSequence(const core::Trace& trace, const SequenceOptions& options);

// What is special about an arrow, in a fixed order: "lost", "unfinished",
// "retransmission", "injected", "duplicate", "keepalive probe",
// "challenge ACK", "SYN cookie", "host RST", "UDP".
std::vector<std::string_view> arrowKinds(const Arrow& arrow);

// The model as indented text, one item a line, for tests and debugging.
std::string toText(const SequenceDiagram& diagram);

} // namespace ui
