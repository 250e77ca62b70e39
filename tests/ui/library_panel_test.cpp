#include "panels_test_support.h"
#include "ui/library_panel.h"
#include "ui/playback.h"
#include "ui/transport_bar.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace std::chrono_literals;
using panels_test::builtInItems;
using ui::LibraryPanel;
using ui::ScenarioListModel;

namespace {

QStringList childIds(const QAbstractItemModel& model, const QModelIndex& parent) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids << model.index(row, 0, parent).data(ScenarioListModel::IdRole).toString();
    return ids;
}

QModelIndex shownIndexOf(const LibraryPanel& panel, const QString& id) {
    const QAbstractItemModel* shown = panel.treeView()->model();
    for (int t = 0; t < shown->rowCount(); ++t) {
        const QModelIndex topic = shown->index(t, 0);
        for (int row = 0; row < shown->rowCount(topic); ++row)
            if (shown->index(row, 0, topic).data(ScenarioListModel::IdRole).toString() == id)
                return shown->index(row, 0, topic);
    }
    return {};
}

} // namespace

TEST(LibraryPanel, filterCookie_keepsTheSynCookieScenariosUnderTheirTopic) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.filterEdit()->setText("COOKIE");
    const QAbstractItemModel* shown = panel.treeView()->model();
    ASSERT_EQ(shown->rowCount(), 1);
    const QModelIndex topic = shown->index(0, 0);
    EXPECT_EQ(topic.data().toString(), "Attacks and defences");
    EXPECT_EQ(childIds(*shown, topic), QStringList({"syn-flood", "syn-flood-cookies"}));
    EXPECT_TRUE(panel.treeView()->isExpanded(topic));
}

TEST(LibraryPanel, filterById_findsTheFigure) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.filterEdit()->setText("rfc-figure-7");
    const QAbstractItemModel* shown = panel.treeView()->model();
    ASSERT_EQ(shown->rowCount(), 1);
    EXPECT_EQ(childIds(*shown, shown->index(0, 0)), QStringList({"rfc-figure-7"}));
    panel.filterEdit()->clear();
    EXPECT_EQ(shown->rowCount(), 10);
}

TEST(LibraryPanel, filterTopicName_keepsTheWholeTopic) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.filterEdit()->setText("teardown");
    const QAbstractItemModel* shown = panel.treeView()->model();
    ASSERT_EQ(shown->rowCount(), 1);
    EXPECT_EQ(shown->rowCount(shown->index(0, 0)), 6);
}

TEST(LibraryPanel, setCurrentScenario_selectsAndExplains_withoutActivating) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    QSignalSpy activated(&panel, &LibraryPanel::scenarioActivated);
    panel.setCurrentScenario("loss-syn");
    EXPECT_EQ(panel.currentScenario(), "loss-syn");
    const QString text = panel.explanation()->toPlainText();
    EXPECT_TRUE(text.contains("The SYN is lost twice")) << text.toStdString();
    EXPECT_TRUE(text.contains("The client's first SYN")) << text.toStdString();
    EXPECT_EQ(activated.count(), 0);
    panel.setCurrentScenario("no-such-scenario");
    EXPECT_EQ(panel.currentScenario(), "");
}

TEST(LibraryPanel, setCurrentScenario_hiddenByTheFilter_clearsTheFilter) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.filterEdit()->setText("cookie");
    panel.setCurrentScenario("default");
    EXPECT_EQ(panel.filterEdit()->text(), "");
    EXPECT_EQ(panel.currentScenario(), "default");
}

TEST(LibraryPanel, enterOnScenario_activatesItsId) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.setCurrentScenario("teardown-abort");
    QSignalSpy activated(&panel, &LibraryPanel::scenarioActivated);
    QTest::keyClick(panel.treeView(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), "teardown-abort");
}

TEST(LibraryPanel, doubleClick_activates_singleClickOnlySelects) {
    LibraryPanel panel;
    panel.resize(320, 600);
    panel.setItems(builtInItems());
    panel.show();
    QSignalSpy activated(&panel, &LibraryPanel::scenarioActivated);
    QTreeView* tree = panel.treeView();
    const QPoint where = tree->visualRect(shownIndexOf(panel, "setup-three-way")).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, where);
    EXPECT_EQ(panel.currentScenario(), "setup-three-way");
    EXPECT_EQ(activated.count(), 0);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, where);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), "setup-three-way");
}

TEST(LibraryPanel, topic_activatesNothing) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    QSignalSpy activated(&panel, &LibraryPanel::scenarioActivated);
    panel.treeView()->setCurrentIndex(panel.treeView()->model()->index(0, 0));
    QTest::keyClick(panel.treeView(), Qt::Key_Return);
    EXPECT_EQ(activated.count(), 0);
    EXPECT_EQ(panel.currentScenario(), "");
    EXPECT_TRUE(panel.explanation()->toPlainText().contains("5 scenarios"));
}

TEST(LibraryPanel, arrowKeysInTheTree_beatThePlaybackShortcuts) {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* panel = new LibraryPanel;
    auto* bar = new ui::TransportBar;
    layout->addWidget(panel);
    layout->addWidget(bar);
    ui::Playback playback;
    playback.setTimeline({0us, 1ms, 2ms}, ui::TimeAxis({0us, 1ms, 2ms}, ui::SequenceOptions{}));
    bar->setPlayback(&playback);
    panel->setItems(builtInItems());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTreeView* tree = panel->treeView();
    const QModelIndex topic = tree->model()->index(0, 0);
    tree->collapseAll();
    tree->setCurrentIndex(topic);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right);
    EXPECT_TRUE(tree->isExpanded(topic));
    QTest::keyClick(tree, Qt::Key_Left);
    EXPECT_FALSE(tree->isExpanded(topic));
    EXPECT_EQ(playback.eventIndex(), -1);
    QTest::keyClick(tree, Qt::Key_Space); // not the tree's: plays
    EXPECT_TRUE(playback.isPlaying());
}

TEST(LibraryPanel, filterHidingTheSelection_clearsTheExplanation) {
    LibraryPanel panel;
    panel.setItems(builtInItems());
    panel.setCurrentScenario("loss-syn");
    panel.filterEdit()->setText("cookie");
    EXPECT_EQ(panel.currentScenario(), "");
    EXPECT_FALSE(panel.explanation()->toPlainText().contains("The SYN is lost twice"));
}
