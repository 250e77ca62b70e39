#include "app/main_window.h"
#include "app/scenario_document.h"
#include "ui/event_log_view.h"
#include "ui/playback.h"
#include "ui/questions_panel.h"
#include "ui/quiz_panel.h"
#include "ui/sequence_view.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <gtest/gtest.h>

namespace {

class MainWindowLearnTest : public ::testing::Test {
protected:
    MainWindowLearnTest() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        window.openBuiltIn(QStringLiteral("default"));
    }
    ~MainWindowLearnTest() override { QSettings().clear(); }

    QAction* learnAction(const QString& text) const {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&Learn") && menu->menu())
                for (QAction* action : menu->menu()->actions())
                    if (action->text() == text)
                        return action;
        return nullptr;
    }

    app::MainWindow window;
};

} // namespace

TEST_F(MainWindowLearnTest, startQuiz_hidesTheFuture_andWaitsBeforeTheFirstQuestion) {
    QAction* start = learnAction(QStringLiteral("Start &Quiz"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+Q")));
    window.playback()->toEnd();
    start->trigger();
    EXPECT_FALSE(window.sequenceView()->showFuture());
    EXPECT_FALSE(window.playback()->isPlaying());
    const auto* dock = window.findChild<QDockWidget*>(QStringLiteral("quizDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isHidden());
    const ui::QuizQuestion* q = window.quizPanel()->quiz().current();
    ASSERT_NE(q, nullptr);
    // Just short of the asked event's time: nothing sent at that instant is drawn yet.
    EXPECT_LT(window.playback()->eventIndex(), q->eventIndex);
    EXPECT_EQ(window.playback()->time(),
              window.playback()->eventTimes()[static_cast<std::size_t>(q->eventIndex)] -
                  core::Micros{1});
    const int asked = q->eventIndex;
    for (QRadioButton* choice : window.quizPanel()->choiceButtons())
        if (choice->text() == QStringLiteral("SYN"))
            choice->click();
    // The event log shows nothing after the playhead either.
    EXPECT_TRUE(window.eventLog()->hidesFuture());
    EXPECT_EQ(window.eventLog()->tableView()->model()->rowCount(),
              window.playback()->eventIndex() + 1);
    window.quizPanel()->check();
    EXPECT_EQ(window.playback()->eventIndex(), asked) << "answered: the playhead moves onto it";
    EXPECT_EQ(window.eventLog()->tableView()->model()->rowCount(), asked + 1);
    // The feedback explains the event in the narration's words, numbers included.
    EXPECT_TRUE(window.quizPanel()->feedbackLabel()->text().contains(QStringLiteral("100")))
        << window.quizPanel()->feedbackLabel()->text().toStdString();

    learnAction(QStringLiteral("S&top Quiz"))->trigger();
    EXPECT_TRUE(window.sequenceView()->showFuture());
    EXPECT_FALSE(window.eventLog()->hidesFuture());
    EXPECT_EQ(window.eventLog()->tableView()->model()->rowCount(),
              static_cast<int>(window.document()->trace()->events.size()));
    EXPECT_TRUE(dock->isHidden());
}

TEST_F(MainWindowLearnTest, editDuringQuiz_rebuildsTheQuiz_andKeepsTheScore) {
    learnAction(QStringLiteral("Start &Quiz"))->trigger();
    ui::QuizPanel* panel = window.quizPanel();
    for (QRadioButton* choice : panel->choiceButtons())
        if (choice->text() == QStringLiteral("SYN"))
            choice->click();
    panel->check(); // the client's SYN, right
    core::Scenario edited = window.document()->scenario();
    edited.defaultLink.delay *= 2;
    window.document()->applyEdit(QStringLiteral("slower"), edited, core::Micros{0});
    // A slower link changes nothing before the SYN arrives: its answer stays.
    EXPECT_EQ(panel->quiz().score(), 1);
    ASSERT_NE(panel->quiz().current(), nullptr);
    EXPECT_EQ(panel->quiz().current()->kind, ui::QuizKind::State);
    EXPECT_LT(window.playback()->eventIndex(), panel->quiz().current()->eventIndex);
    EXPECT_FALSE(window.sequenceView()->showFuture());
}

TEST_F(MainWindowLearnTest, interviewQuestions_showsTheDock_andRunOpensTheScenario) {
    QAction* questions = learnAction(QStringLiteral("Interview &Questions"));
    ASSERT_NE(questions, nullptr);
    questions->trigger();
    const auto* dock = window.findChild<QDockWidget*>(QStringLiteral("questionsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isHidden());
    emit window.questionsPanel()->scenarioRequested(QStringLiteral("loss-third-ack"));
    EXPECT_EQ(window.document()->builtInId(), QStringLiteral("loss-third-ack"));
}
