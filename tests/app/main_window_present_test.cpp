// The classroom: text size and presentation mode.

#include "app/main_window.h"
#include "ui/playback.h"
#include "ui/sequence_view.h"
#include "ui/state_machine_view.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

namespace {

const app::ScenarioLibrary& library() {
    static const app::ScenarioLibrary built = app::ScenarioLibrary::builtIn();
    return built;
}

class PresentationTest : public ::testing::Test {
protected:
    PresentationTest() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    ~PresentationTest() override {
        QSettings().clear();
        QApplication::setFont(QFont()); // the next test starts from the normal size
    }

    static std::unique_ptr<app::MainWindow> shownWindow() {
        auto w = std::make_unique<app::MainWindow>(library());
        w->setSavePrompt([] { return QMessageBox::Discard; });
        w->openBuiltIn(QStringLiteral("default"));
        w->show();
        w->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }

    static QStringList visibleDocks(const app::MainWindow& w) {
        QStringList names;
        for (const QDockWidget* dock : w.findChildren<QDockWidget*>())
            if (dock->isVisibleTo(&w))
                names << dock->objectName();
        names.sort();
        return names;
    }
};

} // namespace

TEST_F(PresentationTest, f11_showsOnlyDiagramAndStateMachine_fullScreen_largeTextThickLines) {
    const auto w = shownWindow();
    const QStringList before = visibleDocks(*w);
    ASSERT_TRUE(before.contains(QStringLiteral("libraryDock")));

    QTest::keyClick(w.get(), Qt::Key_F11);

    ASSERT_TRUE(w->isPresenting());
    EXPECT_TRUE(w->windowState() & Qt::WindowFullScreen);
    for (const QString& name : visibleDocks(*w))
        EXPECT_TRUE(name == QStringLiteral("stateMachineDock") ||
                    name == QStringLiteral("narrationDock"))
            << name.toStdString();
    EXPECT_TRUE(visibleDocks(*w).contains(QStringLiteral("stateMachineDock")));
    EXPECT_TRUE(visibleDocks(*w).contains(QStringLiteral("narrationDock")));
    EXPECT_FALSE(w->menuBar()->isVisibleTo(w.get()));
    EXPECT_GT(w->sequenceView()->theme().fontScale, 1.5);
    EXPECT_GT(w->sequenceView()->theme().lineScale, 1.5);
    EXPECT_GT(w->stateMachineView()->fontScale(), 1.5);
    // High contrast: black text on white.
    EXPECT_EQ(w->sequenceView()->theme().text, QColor(Qt::black));
    EXPECT_EQ(w->sequenceView()->theme().background, QColor(Qt::white));
}

TEST_F(PresentationTest, escapeLeaves_andTheDocksComeBackAsTheyWere) {
    const auto w = shownWindow();
    const QStringList before = visibleDocks(*w);
    w->setPresentationMode(true);

    QTest::keyClick(w.get(), Qt::Key_Escape);

    EXPECT_FALSE(w->isPresenting());
    EXPECT_FALSE(w->windowState() & Qt::WindowFullScreen);
    EXPECT_EQ(visibleDocks(*w), before);
    EXPECT_TRUE(w->menuBar()->isVisibleTo(w.get()));
    EXPECT_DOUBLE_EQ(w->sequenceView()->theme().fontScale, 1.0);
    EXPECT_DOUBLE_EQ(w->sequenceView()->theme().lineScale, 1.0);
}

TEST_F(PresentationTest, pageDownAndPageUp_stepThroughTheEvents_asAClickerDoes) {
    const auto w = shownWindow();
    w->setPresentationMode(true);
    ASSERT_EQ(w->playback()->eventIndex(), -1);

    QTest::keyClick(w->sequenceView(), Qt::Key_PageDown);
    QTest::keyClick(w->sequenceView(), Qt::Key_PageDown);
    EXPECT_EQ(w->playback()->eventIndex(), 1);
    QTest::keyClick(w->sequenceView(), Qt::Key_PageUp);
    EXPECT_EQ(w->playback()->eventIndex(), 0);
}

TEST_F(PresentationTest, closingWhilePresenting_remembersTheWindowsOwnLayout) {
    {
        const auto w = shownWindow();
        w->setPresentationMode(true);
        w->close();
    }
    const auto again = shownWindow();
    EXPECT_FALSE(again->isPresenting());
    EXPECT_TRUE(visibleDocks(*again).contains(QStringLiteral("libraryDock")));
    EXPECT_TRUE(again->menuBar()->isVisibleTo(again.get()));
}

TEST_F(PresentationTest, ctrlPlus_enlargesTheText_andTheNextWindowRemembersIt) {
    double larger = 0;
    {
        const auto w = shownWindow();
        const double normalFont = QApplication::font().pointSizeF();
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        larger = w->textScale();
        EXPECT_GT(larger, 1.0);
        EXPECT_DOUBLE_EQ(w->sequenceView()->theme().fontScale, larger);
        EXPECT_DOUBLE_EQ(w->stateMachineView()->fontScale(), larger);
        EXPECT_GT(QApplication::font().pointSizeF(), normalFont);
        // The diagram's own zoom is left alone: that is Ctrl+Alt+Plus.
        EXPECT_DOUBLE_EQ(w->sequenceView()->zoom(), 1.0);
        w->close();
    }
    const auto again = shownWindow();
    EXPECT_DOUBLE_EQ(again->textScale(), larger);

    QTest::keyClick(again.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(again->textScale(), 1.0, 1e-9);
    again->setTextScale(100.0);
    EXPECT_DOUBLE_EQ(again->textScale(), app::MainWindow::kMaxTextScale);
}
