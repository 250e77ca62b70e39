#include "app/main_window.h"
#include "core/trace.h"
#include "ui/trace_text_view.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace {

// Keeps the tests away from the user's settings file.
class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest() { QStandardPaths::setTestModeEnabled(true); }
};

QAction* findAction(const QMenuBar* bar, const QString& menuText, const QString& actionText) {
    for (QAction* menu : bar->actions()) {
        if (menu->text() != menuText || !menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == actionText)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_F(MainWindowTest, newWindow_hasTitleMenusAndTraceView) {
    const app::MainWindow window;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Handshake Lab"));
    EXPECT_EQ(window.centralWidget(), window.traceView());

    const QAction* quit =
        findAction(window.menuBar(), QStringLiteral("&File"), QStringLiteral("&Quit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
    EXPECT_NE(findAction(window.menuBar(), QStringLiteral("&Help"),
                         QStringLiteral("&About Handshake Lab")),
              nullptr);
}

TEST_F(MainWindowTest, showTrace_putsScenarioTitleInWindowTitle) {
    app::MainWindow window;
    core::Trace trace;
    trace.hosts = {{"server", core::Address{1}}};
    trace.events = {{core::Micros{0}, core::HostCrashed{0}}};
    window.showTrace(trace, QStringLiteral("Three-way handshake"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Three-way handshake — Handshake Lab"));
    EXPECT_EQ(window.traceView()->toPlainText(), QStringLiteral("0.000000 host server crashed"));
}

TEST_F(MainWindowTest, closedWindow_remembersItsSizeForTheNextOne) {
    QSettings().clear();
    {
        app::MainWindow window;
        window.show();
        window.resize(640, 480);
        window.close();
    }
    EXPECT_TRUE(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    const app::MainWindow restored;
    EXPECT_EQ(restored.size(), QSize(640, 480));
    QSettings().clear();
}
