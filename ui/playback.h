#pragma once

// Playback is a cursor over a precomputed trace: a virtual time and the index
// of the last event stepped onto. It moves along the diagram's time axis, not
// along virtual time, so that motion on screen is even and a collapsed idle
// gap (a 60 s TIME-WAIT drawn 40 px tall) passes as quickly as it is short.

#include "core/trace.h"
#include "ui/sequence_layout.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <vector>

namespace ui {

// One time per trace event, in trace order.
std::vector<core::Micros> eventTimes(const core::Trace& trace);

class Playback : public QObject {
    Q_OBJECT

public:
    // At speed 1 the playhead moves this many logical pixels of the diagram's
    // time axis per second of wall time: with the default 2000 px per virtual
    // second, a 50 ms flight (100 px) takes under a second to watch, and a
    // collapsed gap (40 px) a third of a second.
    static constexpr double kPixelsPerSecond = 120.0;
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 10.0;
    // The steps faster() and slower() take, and a speed menu offers.
    static const std::vector<double>& speedSteps();

    explicit Playback(QObject* parent = nullptr);

    // A new trace: `eventTimes` has one time per trace event, in trace order,
    // never decreasing; `axis` is the diagram's. Stops playing and goes to the
    // start.
    void setTimeline(std::vector<core::Micros> eventTimes, TimeAxis axis);
    // The same scenario re-run after an edit (events before the edit are
    // unchanged): keeps the position, clamped to the new trace, and keeps playing.
    void updateTimeline(std::vector<core::Micros> eventTimes, TimeAxis axis);

    const std::vector<core::Micros>& eventTimes() const { return m_times; }
    const TimeAxis& axis() const { return m_axis; }
    int eventCount() const { return static_cast<int>(m_times.size()); }

    core::Micros time() const { return m_time; }
    // The last event stepped onto: -1 before the first. Every event before it
    // has happened; events at the same time after it have not yet.
    int eventIndex() const { return m_index; }
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    bool atStart() const { return m_index < 0; }
    bool atEnd() const { return m_times.empty() || m_index == eventCount() - 1; }

    // Moves the playhead as `wall` of playing would: kPixelsPerSecond * speed
    // along the axis per second. Does nothing unless playing; stops at the end.
    // The frame timer calls it; tests call it to drive playback without a clock.
    void advance(std::chrono::nanoseconds wall);

public slots:
    // Plays from here; at the end, from the start.
    void play();
    void pause();
    void togglePlay();
    // One event forward or back, exactly: the trace is precomputed. Pause first.
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    // To virtual time `t` (clamped to the trace): every event at or before it
    // has happened.
    void seekTime(core::Micros t);
    // To event `index` (clamped; -1 is before the first).
    void seekEvent(int index);
    // Clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(double speed);
    void faster();
    void slower();

signals:
    void positionChanged(core::Micros time, int eventIndex);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    // A new or updated timeline: eventTimes() and axis() changed.
    void timelineChanged();

private:
    void setPlaying(bool playing);
    void moveTo(core::Micros time, int index);
    void onFrame();
    // Events at or before `t`, minus one: the index an arrival at `t` reaches.
    int lastEventAtOrBefore(core::Micros t) const;
    int lastEventBefore(core::Micros t) const;

    std::vector<core::Micros> m_times;
    TimeAxis m_axis;
    core::Micros m_time{};
    int m_index = -1;
    double m_speed = 1.0;
    bool m_playing = false;
    QTimer m_frameTimer; // a child, so tests can see whether it runs
    QElapsedTimer m_clock;
};

} // namespace ui
