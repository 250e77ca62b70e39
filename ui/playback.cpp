#include "ui/playback.h"

#include <algorithm>

namespace ui {

namespace {

// About one frame of a 60 Hz display.
constexpr std::chrono::milliseconds kFrameInterval{16};
// A frame that comes much later than asked (the program was busy re-running
// a scenario) moves the playhead as one slow frame would, not in one leap.
constexpr std::chrono::nanoseconds kLongestFrame = std::chrono::milliseconds(100);

} // namespace

std::vector<core::Micros> eventTimes(const core::Trace& trace) {
    std::vector<core::Micros> times;
    times.reserve(trace.events.size());
    for (const core::TraceEvent& event : trace.events)
        times.push_back(event.t);
    return times;
}

const std::vector<double>& Playback::speedSteps() {
    static const std::vector<double> steps = {0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 10.0};
    return steps;
}

Playback::Playback(QObject* parent) : QObject(parent), m_frameTimer(this) {
    m_frameTimer.setObjectName(QStringLiteral("playbackFrameTimer"));
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(kFrameInterval);
    connect(&m_frameTimer, &QTimer::timeout, this, &Playback::onFrame);
}

void Playback::setTimeline(std::vector<core::Micros> eventTimes, TimeAxis axis) {
    setPlaying(false);
    m_times = std::move(eventTimes);
    m_axis = std::move(axis);
    m_index = -1;
    m_time = m_times.empty() ? core::Micros{} : m_times.front();
    emit timelineChanged();
    emit positionChanged(m_time, m_index);
}

void Playback::updateTimeline(std::vector<core::Micros> eventTimes, TimeAxis axis) {
    m_times = std::move(eventTimes);
    m_axis = std::move(axis);
    if (m_times.empty()) {
        m_time = {};
        m_index = -1;
    } else {
        // Keep the events stepped onto, as far as the new trace has them at
        // this time.
        m_time = std::clamp(m_time, m_times.front(), m_times.back());
        m_index = std::clamp(m_index, lastEventBefore(m_time), lastEventAtOrBefore(m_time));
    }
    emit timelineChanged();
    emit positionChanged(m_time, m_index);
    if (atEnd())
        setPlaying(false);
}

void Playback::advance(std::chrono::nanoseconds wall) {
    if (!m_playing || m_times.empty())
        return;
    const double seconds = std::chrono::duration<double>(wall).count();
    const double y = m_axis.y(m_time) + kPixelsPerSecond * m_speed * seconds;
    // timeAt() rounds to a microsecond: never let that move the playhead back.
    const core::Micros t = std::max(m_axis.timeAt(y), m_time);
    if (t >= m_times.back()) {
        moveTo(m_times.back(), eventCount() - 1);
        setPlaying(false);
        return;
    }
    moveTo(t, std::max(m_index, lastEventAtOrBefore(t)));
}

void Playback::play() {
    if (m_times.empty())
        return;
    if (atEnd())
        toStart();
    setPlaying(true);
}

void Playback::pause() {
    setPlaying(false);
}

void Playback::togglePlay() {
    if (m_playing)
        pause();
    else
        play();
}

void Playback::stepForward() {
    pause();
    if (m_index + 1 < eventCount())
        moveTo(m_times[static_cast<std::size_t>(m_index + 1)], m_index + 1);
}

void Playback::stepBack() {
    pause();
    if (m_index >= 0)
        seekEvent(m_index - 1);
}

void Playback::toStart() {
    seekEvent(-1);
}

void Playback::toEnd() {
    pause();
    seekEvent(eventCount() - 1);
}

void Playback::seekTime(core::Micros t) {
    if (m_times.empty())
        return;
    if (t < m_times.front()) {
        seekEvent(-1);
        return;
    }
    t = std::min(t, m_times.back());
    moveTo(t, lastEventAtOrBefore(t));
    if (atEnd())
        setPlaying(false);
}

void Playback::seekEvent(int index) {
    index = std::clamp(index, -1, eventCount() - 1);
    if (index < 0) {
        moveTo(m_times.empty() ? core::Micros{} : m_times.front(), -1);
        return;
    }
    moveTo(m_times[static_cast<std::size_t>(index)], index);
    if (atEnd())
        setPlaying(false);
}

void Playback::setSpeed(double speed) {
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged(m_speed);
}

void Playback::faster() {
    const auto& steps = speedSteps();
    const auto next = std::upper_bound(steps.begin(), steps.end(), m_speed * 1.0001);
    setSpeed(next == steps.end() ? kMaxSpeed : *next);
}

void Playback::slower() {
    const auto& steps = speedSteps();
    const auto next = std::lower_bound(steps.begin(), steps.end(), m_speed * 0.9999);
    setSpeed(next == steps.begin() ? kMinSpeed : *(next - 1));
}

void Playback::setPlaying(bool playing) {
    if (playing == m_playing)
        return;
    m_playing = playing;
    // The frame timer runs only while something moves.
    if (m_playing) {
        m_clock.start();
        m_frameTimer.start();
    } else {
        m_frameTimer.stop();
    }
    emit playingChanged(m_playing);
}

void Playback::moveTo(core::Micros time, int index) {
    if (time == m_time && index == m_index)
        return;
    m_time = time;
    m_index = index;
    emit positionChanged(m_time, m_index);
}

void Playback::onFrame() {
    const std::chrono::nanoseconds elapsed{m_clock.nsecsElapsed()};
    m_clock.start();
    advance(std::min(elapsed, kLongestFrame));
}

int Playback::lastEventAtOrBefore(core::Micros t) const {
    return static_cast<int>(std::upper_bound(m_times.begin(), m_times.end(), t) - m_times.begin()) -
           1;
}

int Playback::lastEventBefore(core::Micros t) const {
    return static_cast<int>(std::lower_bound(m_times.begin(), m_times.end(), t) - m_times.begin()) -
           1;
}

} // namespace ui
