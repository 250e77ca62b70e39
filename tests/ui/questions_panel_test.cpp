#include "panels_test_support.h"
#include "ui/questions_panel.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <gtest/gtest.h>

using ui::QuestionsPanel;

namespace {

// The point in the answer view's viewport where the link to `href` is drawn.
std::optional<QPoint> linkPosition(QTextBrowser& view, const QString& href) {
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(view.document());
            cursor.setPosition(fragment.position() + 1);
            return view.cursorRect(cursor).center();
        }
    return std::nullopt;
}

} // namespace

TEST(QuestionsPanel, model_passesModelTester_andHasFollowUpsAsChildren) {
    QuestionsPanel panel;
    QAbstractItemModelTester tester(panel.tree()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QTreeWidget* tree = panel.tree();
    ASSERT_GE(tree->topLevelItemCount(), 7);
    int followUps = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        followUps += tree->topLevelItem(i)->childCount();
    EXPECT_GE(followUps, 10);
}

TEST(QuestionsPanel, selectQuestion_showsAnswerAndRunLinksWithTitles) {
    QuestionsPanel panel;
    panel.setScenarioTitles({{QStringLiteral("loss-third-ack"),
                              QStringLiteral("The third segment of the handshake is lost")}});
    panel.selectQuestion(QStringLiteral("third-ack-lost"));
    EXPECT_EQ(panel.currentQuestion(), QStringLiteral("third-ack-lost"));
    EXPECT_EQ(panel.runLinks(), QStringList{QStringLiteral("loss-third-ack")});
    const QString text = panel.answerView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("SYN-RECEIVED")));
    EXPECT_TRUE(text.contains(QStringLiteral("Run: The third segment of the handshake is lost")));
}

TEST(QuestionsPanel, clickingRun_emitsScenarioId) {
    QuestionsPanel panel;
    panel.resize(400, 700);
    panel.show();
    panel.selectQuestion(QStringLiteral("syn-flood"));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &QuestionsPanel::scenarioRequested);
    QTextBrowser* view = panel.answerView();
    // The links end the answer: scroll down to them.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const std::optional<QPoint> at =
        linkPosition(*view, QStringLiteral("scenario:syn-flood-cookies"));
    ASSERT_TRUE(at);
    ASSERT_TRUE(view->viewport()->rect().contains(*at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *at);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.front().front().toString(), QStringLiteral("syn-flood-cookies"));
}

TEST(QuestionsPanel, enterOnQuestion_runsItsFirstScenario) {
    QuestionsPanel panel;
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.selectQuestion(QStringLiteral("tcp-vs-udp"));
    QSignalSpy requested(&panel, &QuestionsPanel::scenarioRequested);
    panel.tree()->setFocus();
    QTest::keyClick(panel.tree(), Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.front().front().toString(), QStringLiteral("tcp-vs-udp"));
}
