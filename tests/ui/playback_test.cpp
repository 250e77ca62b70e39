#include "panels_test_support.h"
#include "ui/playback.h"
#include "ui/sequence_layout.h"

#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>
#include <utility>

using namespace core;
using panels_test::builtInTrace;
using ui::Playback;

namespace {

// The default scenario on the diagram's default axis: 48 events, and the
// client's 240 s TIME-WAIT collapsed into one 40 px break.
struct Fixture {
    explicit Fixture(const std::string& id = "default") : trace(builtInTrace(id)) {
        axis = ui::layoutSequence(*trace, ui::SequenceOptions{}).axis;
        playback.setTimeline(ui::eventTimes(*trace), axis);
    }
    std::shared_ptr<const Trace> trace;
    ui::TimeAxis axis;
    Playback playback;
};

using Position = std::pair<Micros, int>;

Position positionOf(const Playback& p) {
    return {p.time(), p.eventIndex()};
}

bool frameTimerRuns(const Playback& p) {
    const auto* timer = p.findChild<QTimer*>("playbackFrameTimer");
    return timer && timer->isActive();
}

} // namespace

TEST(Playback, newTimeline_startsBeforeTheFirstEvent) {
    Fixture f;
    EXPECT_EQ(f.playback.eventIndex(), -1);
    EXPECT_EQ(f.playback.time(), f.trace->events.front().t);
    EXPECT_EQ(f.playback.eventCount(), static_cast<int>(f.trace->events.size()));
    EXPECT_FALSE(f.playback.isPlaying());
}

TEST(Playback, stepForward_visitsEveryEventAtItsTime) {
    Fixture f;
    for (std::size_t i = 0; i < f.trace->events.size(); ++i) {
        f.playback.stepForward();
        ASSERT_EQ(f.playback.eventIndex(), static_cast<int>(i));
        ASSERT_EQ(f.playback.time(), f.trace->events[i].t);
    }
    f.playback.stepForward(); // at the end: stays
    EXPECT_EQ(f.playback.eventIndex(), f.playback.eventCount() - 1);
}

TEST(Playback, stepForwardThenBack_returnsToTheSamePosition) {
    Fixture f("loss-syn");
    std::vector<Position> visited{positionOf(f.playback)};
    while (!f.playback.atEnd()) {
        const Position before = positionOf(f.playback);
        f.playback.stepForward();
        f.playback.stepBack();
        ASSERT_EQ(positionOf(f.playback), before);
        f.playback.stepForward();
        visited.push_back(positionOf(f.playback));
    }
    // And all the way back, exactly through the same positions.
    for (auto it = visited.rbegin() + 1; it != visited.rend(); ++it) {
        f.playback.stepBack();
        ASSERT_EQ(positionOf(f.playback), *it);
    }
    f.playback.stepBack(); // at the start: stays
    EXPECT_EQ(positionOf(f.playback), visited.front());
}

TEST(Playback, toStartAndToEnd) {
    Fixture f;
    f.playback.toEnd();
    EXPECT_EQ(f.playback.eventIndex(), f.playback.eventCount() - 1);
    EXPECT_EQ(f.playback.time(), f.trace->events.back().t);
    EXPECT_TRUE(f.playback.atEnd());
    f.playback.toStart();
    EXPECT_EQ(positionOf(f.playback), Position(f.trace->events.front().t, -1));
    EXPECT_TRUE(f.playback.atStart());
}

TEST(Playback, seekTime_eventsAtOrBeforeItHaveHappened) {
    Fixture f;
    QSignalSpy moved(&f.playback, &Playback::positionChanged);
    f.playback.seekTime(175ms); // after the SYN arrived (150 ms), before the SYN-ACK (200 ms)
    EXPECT_EQ(f.playback.time(), 175ms);
    const int index = f.playback.eventIndex();
    EXPECT_LE(f.trace->events[static_cast<std::size_t>(index)].t, 175ms);
    EXPECT_GT(f.trace->events[static_cast<std::size_t>(index + 1)].t, 175ms);
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.at(0).at(1).toInt(), index);
    f.playback.seekTime(-5s);
    EXPECT_EQ(positionOf(f.playback), Position(f.trace->events.front().t, -1));
    f.playback.seekTime(10000s);
    EXPECT_TRUE(f.playback.atEnd());
}

TEST(Playback, advanceAtOneX_movesAlongTheAxisAtKPixelsPerSecond) {
    Fixture f;
    f.playback.seekTime(120ms); // inside the handshake: drawn to scale
    const double y0 = f.axis.y(f.playback.time());
    f.playback.play();
    f.playback.advance(std::chrono::milliseconds(250));
    EXPECT_NEAR(f.axis.y(f.playback.time()) - y0, 0.25 * Playback::kPixelsPerSecond, 0.01);
    f.playback.setSpeed(2.0);
    f.playback.advance(std::chrono::milliseconds(100));
    EXPECT_NEAR(f.axis.y(f.playback.time()) - y0, 0.45 * Playback::kPixelsPerSecond, 0.01);
}

TEST(Playback, collapsedGap_passesInGapHeightOverKPixelsPerSecond) {
    Fixture f;
    ASSERT_EQ(f.axis.breaks().size(), 1u);
    const ui::TimeBreak gap = f.axis.breaks().front();
    EXPECT_EQ(gap.skipped, 240s - 50ms); // TIME-WAIT, less the last ACK's flight
    f.playback.seekTime(gap.start);
    f.playback.play();
    const double seconds = gap.height / Playback::kPixelsPerSecond; // 1/3 s for 40 px
    f.playback.advance(std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double>(seconds - 0.01)));
    EXPECT_LT(f.playback.time(), gap.start + gap.skipped);
    EXPECT_GT(f.playback.time(), gap.start + 200s);
    f.playback.advance(std::chrono::milliseconds(20));
    EXPECT_GE(f.playback.time(), gap.start + gap.skipped);
}

TEST(Playback, advance_whilePaused_doesNothing) {
    Fixture f;
    f.playback.advance(std::chrono::seconds(1));
    EXPECT_EQ(f.playback.eventIndex(), -1);
    EXPECT_EQ(f.playback.time(), f.trace->events.front().t);
}

TEST(Playback, playingToTheEnd_stopsAndSaysSo) {
    Fixture f;
    QSignalSpy playing(&f.playback, &Playback::playingChanged);
    f.playback.play();
    EXPECT_TRUE(frameTimerRuns(f.playback));
    int frames = 0;
    while (f.playback.isPlaying() && frames++ < 10000)
        f.playback.advance(std::chrono::milliseconds(16));
    EXPECT_FALSE(f.playback.isPlaying());
    EXPECT_FALSE(frameTimerRuns(f.playback));
    EXPECT_TRUE(f.playback.atEnd());
    EXPECT_EQ(f.playback.time(), f.trace->events.back().t);
    ASSERT_EQ(playing.count(), 2);
    EXPECT_TRUE(playing.at(0).at(0).toBool());
    EXPECT_FALSE(playing.at(1).at(0).toBool());
    // About 120 px a second: the whole diagram plays in height / 120 seconds.
    const double height = f.axis.y(f.trace->events.back().t) - f.axis.y(f.trace->events.front().t);
    EXPECT_NEAR(frames * 0.016, height / Playback::kPixelsPerSecond, 0.05);
}

TEST(Playback, playAtTheEnd_restartsFromTheStart) {
    Fixture f;
    f.playback.toEnd();
    f.playback.play();
    EXPECT_TRUE(f.playback.isPlaying());
    EXPECT_EQ(f.playback.eventIndex(), -1);
    f.playback.pause();
    EXPECT_FALSE(frameTimerRuns(f.playback));
}

TEST(Playback, stepping_pauses) {
    Fixture f;
    f.playback.play();
    f.playback.stepForward();
    EXPECT_FALSE(f.playback.isPlaying());
    EXPECT_EQ(f.playback.eventIndex(), 0);
}

TEST(Playback, speed_isClampedAndSteps) {
    Fixture f;
    QSignalSpy changed(&f.playback, &Playback::speedChanged);
    f.playback.setSpeed(100.0);
    EXPECT_DOUBLE_EQ(f.playback.speed(), 10.0);
    f.playback.setSpeed(0.0);
    EXPECT_DOUBLE_EQ(f.playback.speed(), 0.1);
    EXPECT_EQ(changed.count(), 2);
    f.playback.faster();
    EXPECT_DOUBLE_EQ(f.playback.speed(), 0.25);
    f.playback.setSpeed(3.0);
    f.playback.faster();
    EXPECT_DOUBLE_EQ(f.playback.speed(), 4.0);
    f.playback.slower();
    f.playback.slower();
    EXPECT_DOUBLE_EQ(f.playback.speed(), 1.0);
    f.playback.setSpeed(10.0);
    f.playback.faster();
    EXPECT_DOUBLE_EQ(f.playback.speed(), 10.0);
}

TEST(Playback, updateTimeline_keepsThePosition_setTimelineResets) {
    Fixture f;
    f.playback.seekEvent(12);
    const Position before = positionOf(f.playback);
    f.playback.play();
    f.playback.updateTimeline(ui::eventTimes(*f.trace), f.axis);
    EXPECT_EQ(positionOf(f.playback), before);
    EXPECT_TRUE(f.playback.isPlaying());
    // A shorter trace: clamped to its end, and no longer playing.
    std::vector<Micros> shorter(8); // ends before event 12
    for (std::size_t i = 0; i < shorter.size(); ++i)
        shorter[i] = f.trace->events[i].t;
    f.playback.updateTimeline(shorter, f.axis);
    EXPECT_EQ(f.playback.eventIndex(), static_cast<int>(shorter.size()) - 1);
    EXPECT_FALSE(f.playback.isPlaying());
    f.playback.setTimeline(ui::eventTimes(*f.trace), f.axis);
    EXPECT_EQ(f.playback.eventIndex(), -1);
}

TEST(Playback, emptyTimeline_doesNotPlay) {
    Playback playback;
    playback.setTimeline({}, ui::TimeAxis{});
    playback.play();
    playback.stepForward();
    EXPECT_FALSE(playback.isPlaying());
    EXPECT_EQ(playback.eventIndex(), -1);
}
