#include "panels_test_support.h"
#include "ui/quiz_panel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using panels_test::builtInTrace;
using ui::QuizPanel;

namespace {

QRadioButton* choice(const QuizPanel& panel, const QString& text) {
    for (QRadioButton* b : panel.choiceButtons())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST(QuizPanel, start_asksFirstQuestion_andSeeksJustBeforeIt) {
    QuizPanel panel;
    panel.setTrace(builtInTrace("default"));
    QSignalSpy seeks(&panel, &QuizPanel::seekRequested);
    panel.start();
    const ui::QuizQuestion* q = panel.quiz().current();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(panel.promptLabel()->text(), q->prompt);
    ASSERT_FALSE(seeks.isEmpty());
    EXPECT_EQ(seeks.back().front().toInt(), q->eventIndex - 1);
    EXPECT_NE(choice(panel, QStringLiteral("SYN")), nullptr);
    EXPECT_NE(choice(panel, QStringLiteral("SYN, ACK")), nullptr);
}

TEST(QuizPanel, rightAnswerAndCheck_showsFeedback_updatesScore_seeksOntoEvent) {
    QuizPanel panel;
    panel.setTrace(builtInTrace("default"));
    panel.start();
    QSignalSpy seeks(&panel, &QuizPanel::seekRequested);
    const int asked = panel.quiz().current()->eventIndex;
    choice(panel, QStringLiteral("SYN"))->click();
    QTest::mouseClick(panel.checkButton(), Qt::LeftButton);
    EXPECT_TRUE(panel.feedbackLabel()->text().contains(QStringLiteral("Right")))
        << panel.feedbackLabel()->text().toStdString();
    EXPECT_TRUE(panel.feedbackLabel()->text().contains(QStringLiteral("sends SYN seq=100")))
        << "the default explanation is the event in words";
    EXPECT_EQ(panel.scoreLabel()->text(), QStringLiteral("Score: 1 / 1"));
    ASSERT_FALSE(seeks.isEmpty());
    EXPECT_EQ(seeks.back().front().toInt(), asked);
    EXPECT_TRUE(panel.nextButton()->isEnabled());
    EXPECT_FALSE(panel.checkButton()->isEnabled());
}

TEST(QuizPanel, wrongAnswer_showsTheRightOne_andDoesNotScore) {
    QuizPanel panel;
    panel.setTrace(builtInTrace("default"));
    panel.start();
    panel.setExplainer([](int) { return QStringLiteral("Because RFC 9293 says so."); });
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    choice(panel, QStringLiteral("SYN"))->click();
    panel.check();
    panel.next();
    // The server's LISTEN -> SYN-RECEIVED, answered right, then its SYN-ACK.
    ASSERT_EQ(panel.quiz().current()->kind, ui::QuizKind::State);
    choice(panel, QStringLiteral("SYN-RECEIVED"))->click();
    panel.check();
    panel.next();
    ASSERT_NE(choice(panel, QStringLiteral("SYN, ACK")), nullptr);
    choice(panel, QStringLiteral("SYN, ACK"))->click();
    ASSERT_TRUE(panel.ackEdit()->isVisible());
    ASSERT_TRUE(panel.ackEdit()->isEnabled());
    QTest::keyClicks(panel.ackEdit(), QStringLiteral("100"));
    ASSERT_EQ(panel.ackEdit()->text(), QStringLiteral("100"));
    QTest::keyClick(panel.ackEdit(), Qt::Key_Return);
    const QString feedback = panel.feedbackLabel()->text();
    EXPECT_TRUE(feedback.contains(QStringLiteral("Not quite")))
        << feedback.toStdString() << panel.ackEdit()->text().toStdString();
    EXPECT_TRUE(feedback.contains(QStringLiteral("SYN, ACK seq=300 ack=101")));
    EXPECT_TRUE(feedback.contains(QStringLiteral("Because RFC 9293 says so.")));
    EXPECT_EQ(panel.scoreLabel()->text(), QStringLiteral("Score: 2 / 3"));
}

TEST(QuizPanel, checkWithoutChoice_asksForOne_andCountsNothing) {
    QuizPanel panel;
    panel.setTrace(builtInTrace("default"));
    panel.start();
    panel.check();
    EXPECT_EQ(panel.quiz().answeredCount(), 0);
    EXPECT_FALSE(panel.feedbackLabel()->text().isEmpty());
}

TEST(QuizPanel, answeringEverything_endsWithScore) {
    QuizPanel panel;
    panel.setTrace(builtInTrace("setup-three-way"));
    panel.start();
    int guard = 0;
    while (panel.quiz().current() && ++guard < 100) {
        panel.choiceButtons().front()->click();
        panel.check();
        panel.next();
    }
    EXPECT_TRUE(panel.quiz().isFinished());
    EXPECT_TRUE(panel.promptLabel()->text().contains(
        QStringLiteral("of %1 questions right").arg(panel.quiz().questionCount())));
    EXPECT_FALSE(panel.checkButton()->isVisible());
}

TEST(QuizPanel, notRunning_neverSeeks) {
    QuizPanel panel;
    QSignalSpy seeks(&panel, &QuizPanel::seekRequested);
    panel.setTrace(builtInTrace("default"));
    panel.updateTrace(builtInTrace("default"));
    EXPECT_TRUE(seeks.isEmpty());
}
