#include "panels_test_support.h"
#include "ui/playback.h"
#include "ui/scrubber.h"
#include "ui/sequence_layout.h"
#include "ui/transport_bar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using namespace core;
using panels_test::builtInTrace;
using ui::Playback;
using ui::TransportBar;

namespace {

struct Fixture {
    Fixture() : trace(builtInTrace("default")) {
        axis = ui::layoutSequence(*trace, ui::SequenceOptions{}).axis;
        playback.setTimeline(ui::eventTimes(*trace), axis);
        bar.setPlayback(&playback);
        bar.resize(900, bar.sizeHint().height());
    }
    // Shows the bar in an active window, as window shortcuts need.
    bool showActive() {
        bar.show();
        bar.activateWindow();
        return QTest::qWaitForWindowActive(&bar);
    }
    std::shared_ptr<const Trace> trace;
    ui::TimeAxis axis;
    Playback playback;
    TransportBar bar;
};

QAction* actionNamed(const TransportBar& bar, const QString& text) {
    for (QAction* action : bar.playbackActions())
        if (action->text().remove('&') == text)
            return action;
    return nullptr;
}

} // namespace

TEST(TransportBar, actions_haveTheirShortcutsInMenuOrder) {
    Fixture f;
    const QList<QAction*> actions = f.bar.playbackActions();
    ASSERT_EQ(actions.size(), 7);
    const std::pair<const char*, QKeySequence> expected[] = {
        {"Play", QKeySequence(Qt::Key_Space)},
        {"Previous Event", QKeySequence(Qt::Key_Left)},
        {"Next Event", QKeySequence(Qt::Key_Right)},
        {"Go to Start", QKeySequence(Qt::Key_Home)},
        {"Go to End", QKeySequence(Qt::Key_End)},
        {"Slower", QKeySequence(Qt::Key_BracketLeft)},
        {"Faster", QKeySequence(Qt::Key_BracketRight)},
    };
    for (int i = 0; i < actions.size(); ++i) {
        EXPECT_EQ(actions[i]->text().remove('&'), expected[i].first);
        EXPECT_EQ(actions[i]->shortcut(), expected[i].second) << expected[i].first;
        EXPECT_EQ(actions[i]->shortcutContext(), Qt::WindowShortcut);
    }
    EXPECT_EQ(QKeySequence(Qt::Key_BracketRight).toString(), "]");
}

TEST(TransportBar, rightKey_stepsThePlaybackForward) {
    Fixture f;
    ASSERT_TRUE(f.showActive());
    QTest::keyClick(&f.bar, Qt::Key_Right);
    EXPECT_EQ(f.playback.eventIndex(), 0);
    QTest::keyClick(&f.bar, Qt::Key_Right);
    QTest::keyClick(&f.bar, Qt::Key_Left);
    EXPECT_EQ(f.playback.eventIndex(), 0);
    QTest::keyClick(&f.bar, Qt::Key_End);
    EXPECT_TRUE(f.playback.atEnd());
    QTest::keyClick(&f.bar, Qt::Key_Home);
    EXPECT_TRUE(f.playback.atStart());
}

TEST(TransportBar, spaceKey_togglesPlay_andTheActionSaysPause) {
    Fixture f;
    ASSERT_TRUE(f.showActive());
    QTest::keyClick(&f.bar, Qt::Key_Space);
    EXPECT_TRUE(f.playback.isPlaying());
    EXPECT_EQ(f.bar.playAction()->text().remove('&'), "Pause");
    QTest::keyClick(&f.bar, Qt::Key_Space);
    EXPECT_FALSE(f.playback.isPlaying());
    EXPECT_EQ(f.bar.playAction()->text().remove('&'), "Play");
}

TEST(TransportBar, positionLabel_showsTimeAndEventOfTotal) {
    Fixture f;
    const QString total = QString::number(f.playback.eventCount());
    EXPECT_EQ(f.bar.positionLabel()->text(), QString::fromUtf8("t = 0.000 s · event – / ") + total);
    f.playback.seekEvent(11);
    EXPECT_EQ(f.bar.positionLabel()->text(),
              QString::fromUtf8("t = 0.200 s · event 12 / ") + total);
}

TEST(TransportBar, stepButtons_areDisabledAtTheEnds) {
    Fixture f;
    EXPECT_FALSE(actionNamed(f.bar, "Previous Event")->isEnabled());
    EXPECT_FALSE(actionNamed(f.bar, "Go to Start")->isEnabled());
    EXPECT_TRUE(actionNamed(f.bar, "Next Event")->isEnabled());
    f.playback.toEnd();
    EXPECT_TRUE(actionNamed(f.bar, "Previous Event")->isEnabled());
    EXPECT_FALSE(actionNamed(f.bar, "Next Event")->isEnabled());
    EXPECT_FALSE(actionNamed(f.bar, "Go to End")->isEnabled());
    EXPECT_TRUE(f.bar.playAction()->isEnabled()); // plays again from the start
}

TEST(TransportBar, speed_fasterActionAndBoxAgree) {
    Fixture f;
    EXPECT_EQ(f.bar.speedBox()->currentText(), QString::fromUtf8("1×"));
    actionNamed(f.bar, "Faster")->trigger();
    EXPECT_DOUBLE_EQ(f.playback.speed(), 2.0);
    EXPECT_EQ(f.bar.speedBox()->currentText(), QString::fromUtf8("2×"));
    QTest::keyClick(f.bar.speedBox(), Qt::Key_Down); // the user picks the next speed
    EXPECT_DOUBLE_EQ(f.playback.speed(), 4.0);
    f.playback.setSpeed(10.0);
    EXPECT_FALSE(actionNamed(f.bar, "Faster")->isEnabled());
    f.playback.setSpeed(3.0); // between the steps: shown as it is
    EXPECT_EQ(f.bar.speedBox()->currentText(), QString::fromUtf8("3×"));
}

TEST(Scrubber, click_seeksToTheTimeUnderTheMouse) {
    Fixture f;
    ASSERT_TRUE(f.showActive());
    ui::Scrubber* scrubber = f.bar.scrubber();
    const Micros synAckArrives = 200ms;
    const int x = static_cast<int>(std::lround(scrubber->xForTime(synAckArrives)));
    QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(x, scrubber->height() / 2));
    EXPECT_EQ(f.playback.time(), scrubber->timeAtX(x));
    EXPECT_NEAR(scrubber->xForTime(f.playback.time()), x, 0.5);
    EXPECT_GT(f.playback.time(), 150ms); // the nearest events either side
    EXPECT_LT(f.playback.time(), 250ms);

    QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(scrubber->width() - 1, 5));
    EXPECT_TRUE(f.playback.atEnd());
    QTest::mouseClick(scrubber, Qt::LeftButton, {}, QPoint(0, 5));
    EXPECT_EQ(f.playback.time(), f.trace->events.front().t);
}

TEST(Scrubber, drag_followsTheMouse_andPlayingResumesAfter) {
    Fixture f;
    ASSERT_TRUE(f.showActive());
    ui::Scrubber* scrubber = f.bar.scrubber();
    f.playback.play();
    const int y = scrubber->height() / 2;
    QTest::mousePress(scrubber, Qt::LeftButton, {}, QPoint(20, y));
    EXPECT_FALSE(f.playback.isPlaying());
    QTest::mouseMove(scrubber, QPoint(scrubber->width() / 2, y));
    EXPECT_EQ(f.playback.time(), scrubber->timeAtX(scrubber->width() / 2));
    QTest::mouseRelease(scrubber, Qt::LeftButton, {}, QPoint(scrubber->width() / 2, y));
    EXPECT_TRUE(f.playback.isPlaying());
}

TEST(Scrubber, pageDown_jumpsForwardATenth) {
    Fixture f;
    ui::Scrubber* scrubber = f.bar.scrubber();
    const double x0 = scrubber->xForTime(f.playback.time());
    QTest::keyClick(scrubber, Qt::Key_PageDown);
    const double width = scrubber->width() - 14.0;
    EXPECT_NEAR(scrubber->xForTime(f.playback.time()) - x0, width / 10, 1.0);
}
