#include "app/main_window.h"
#include "app/scenario_document.h"
#include "app/shortcuts_dialog.h"
#include "core/scenario_json.h"
#include "ui/narration_panel.h"
#include "ui/playback.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const app::ScenarioLibrary& library() {
    static const app::ScenarioLibrary built = app::ScenarioLibrary::builtIn();
    return built;
}

// Keeps the tests away from the user's settings file, and from modal dialogs.
class MainWindowTest : public ::testing::Test {
protected:
    MainWindowTest() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    ~MainWindowTest() override { QSettings().clear(); }

    // A window that answers "save the edits?" with `answer` and records warnings.
    std::unique_ptr<app::MainWindow>
    window(QMessageBox::StandardButton answer = QMessageBox::Cancel) {
        auto w = std::make_unique<app::MainWindow>(library());
        w->setSavePrompt([this, answer] {
            ++prompts;
            return answer;
        });
        w->setWarningSink([this](const QString&, const QString& text) { warnings << text; });
        return w;
    }

    // An edit, as the lab would make one.
    static void editIt(app::MainWindow& w) {
        core::Scenario edited = w.document()->scenario();
        edited.defaultLink.delay *= 2;
        w.document()->applyEdit(QStringLiteral("slower"), edited, core::Micros{0});
    }

    int prompts = 0;
    QStringList warnings;
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

TEST_F(MainWindowTest, newWindow_hasFileEditAndHelpMenusWithShortcuts) {
    const auto w = window();
    EXPECT_EQ(w->windowTitle(), QStringLiteral("Handshake Lab"));
    const QMenuBar* bar = w->menuBar();
    const QString file = QStringLiteral("&File");
    ASSERT_NE(findAction(bar, file, QStringLiteral("&Quit")), nullptr);
    EXPECT_EQ(findAction(bar, file, QStringLiteral("&Quit"))->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+Q")));
    ASSERT_NE(findAction(bar, file, QStringLiteral("&Open Scenario…")), nullptr);
    EXPECT_EQ(findAction(bar, file, QStringLiteral("&Open Scenario…"))->shortcut(),
              QKeySequence(QKeySequence::Open));
    ASSERT_NE(findAction(bar, file, QStringLiteral("&Save")), nullptr);
    EXPECT_EQ(findAction(bar, file, QStringLiteral("&Save"))->shortcut(),
              QKeySequence(QKeySequence::Save));
    ASSERT_NE(findAction(bar, file, QStringLiteral("&Export…")), nullptr);
    EXPECT_EQ(findAction(bar, file, QStringLiteral("&Export…"))->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+E")));
    EXPECT_NE(findAction(bar, QStringLiteral("&Help"), QStringLiteral("&About Handshake Lab")),
              nullptr);
}

TEST_F(MainWindowTest, openBuiltIn_showsItsTitle) {
    const auto w = window();
    ASSERT_TRUE(w->openBuiltIn(QStringLiteral("default")));
    const std::string title = library().find("default")->title;
    EXPECT_EQ(w->windowTitle(),
              QString::fromStdString(title) + QStringLiteral("[*] — Handshake Lab"));
    EXPECT_FALSE(w->document()->trace()->events.empty());
}

TEST_F(MainWindowTest, unsavedEdits_closeAsks_andCancelKeepsTheWindowOpen) {
    const auto w = window(QMessageBox::Cancel);
    w->openBuiltIn(QStringLiteral("default"));
    w->show();
    editIt(*w);
    EXPECT_TRUE(w->isWindowModified());
    EXPECT_FALSE(w->close());
    EXPECT_EQ(prompts, 1);
    EXPECT_TRUE(w->isVisible());
    EXPECT_TRUE(w->document()->isModified());
}

TEST_F(MainWindowTest, unsavedEdits_openingAnotherAsks_andCancelKeepsTheEdits) {
    const auto w = window(QMessageBox::Cancel);
    w->openBuiltIn(QStringLiteral("default"));
    editIt(*w);
    EXPECT_FALSE(w->openBuiltIn(QStringLiteral("syn-flood")));
    EXPECT_EQ(prompts, 1);
    EXPECT_EQ(w->document()->builtInId(), QStringLiteral("default"));
    EXPECT_TRUE(w->document()->isModified());
}

TEST_F(MainWindowTest, unsavedEdits_discardOpensTheOther) {
    const auto w = window(QMessageBox::Discard);
    w->openBuiltIn(QStringLiteral("default"));
    editIt(*w);
    EXPECT_TRUE(w->openBuiltIn(QStringLiteral("syn-flood")));
    EXPECT_EQ(w->document()->builtInId(), QStringLiteral("syn-flood"));
    EXPECT_FALSE(w->document()->isModified());
}

TEST_F(MainWindowTest, saveAs_thenRestart_reopensTheFileFromRecent) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    {
        const auto w = window();
        w->openBuiltIn(QStringLiteral("default"));
        editIt(*w);
        ASSERT_TRUE(w->saveAs(path));
        EXPECT_FALSE(w->isWindowModified());
    }
    const auto again = window();
    ASSERT_TRUE(again->openLastScenario());
    EXPECT_EQ(again->document()->filePath(), path);
    EXPECT_EQ(again->document()->scenario().defaultLink.delay,
              library().find("default")->scenario.defaultLink.delay * 2);
    EXPECT_EQ(app::RecentFiles().paths().value(0), path);
}

TEST_F(MainWindowTest, openFile_malformed_warnsWithThePlace_andKeepsWhatWasOpen) {
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    QString json = QString::fromStdString(core::toJson(library().find("default")->scenario));
    json.replace(QRegularExpression(QStringLiteral("\"seed\": *\\d+")),
                 QStringLiteral("\"seed\": \"one\""));
    out.write(json.toUtf8());
    out.close();

    const auto w = window();
    w->openBuiltIn(QStringLiteral("default"));
    EXPECT_FALSE(w->openFile(path));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("bad.json"))) << warnings[0].toStdString();
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("/seed"))) << warnings[0].toStdString();
    EXPECT_EQ(w->document()->builtInId(), QStringLiteral("default"));
}

TEST_F(MainWindowTest, noLastScenario_opensTheDefault) {
    const auto w = window();
    ASSERT_TRUE(w->openLastScenario());
    EXPECT_EQ(w->document()->builtInId(), QStringLiteral("default"));
}

TEST_F(MainWindowTest, closedWindow_remembersItsSizeForTheNextOne) {
    {
        const auto w = window();
        w->show();
        w->resize(1000, 720);
        w->close();
    }
    EXPECT_TRUE(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    const auto restored = window();
    EXPECT_EQ(restored->size(), QSize(1000, 720));
}

TEST_F(MainWindowTest, keyboardShortcuts_listsTheMenusOwnShortcuts) {
    const auto w = window();
    const app::ShortcutsDialog dialog(w->menuBar());
    const QString all = dialog.rows().join(QLatin1Char('\n'));
    for (const char* expected :
         {"File\tQuit\tCtrl+Q", "Playback\tPlay\tSpace", "Edit\tDrop Selected Segment\tD",
          "View\tLarger Text\tCtrl++", "View\tPresentation Mode\tF11"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                               << all.toStdString();
}

TEST_F(MainWindowTest, narrationDock_isRaisedNextToTheLab_andFollowsThePlayhead) {
    const auto w = window();
    ASSERT_TRUE(w->openBuiltIn(QStringLiteral("default")));
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("narrationDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Narration"));
    EXPECT_EQ(w->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    auto* lab = w->findChild<QDockWidget*>(QStringLiteral("labDock"));
    ASSERT_NE(lab, nullptr);
    EXPECT_TRUE(w->tabifiedDockWidgets(lab).contains(dock));
    ASSERT_NE(w->narrationPanel(), nullptr);
    EXPECT_EQ(dock->widget(), w->narrationPanel());
    EXPECT_EQ(w->narrationPanel()->eventIndex(), w->playback()->eventIndex());

    w->playback()->seekEvent(4); // the client's SYN
    EXPECT_EQ(w->narrationPanel()->eventIndex(), 4);
    EXPECT_TRUE(w->narrationPanel()->narration().what.contains(QStringLiteral("ISN) 100")))
        << w->narrationPanel()->narration().what.toStdString();
}
