#include "core/scenario_edit.h"
#include "panels_test_support.h"
#include "ui/quiz.h"

#include <gtest/gtest.h>

using panels_test::builtInItems;
using panels_test::builtInTrace;
using ui::Quiz;
using ui::QuizAnswer;
using ui::QuizKind;
using ui::QuizQuestion;

namespace {

const QuizQuestion* firstWhere(const std::vector<QuizQuestion>& quiz, auto predicate) {
    for (const QuizQuestion& q : quiz)
        if (predicate(q))
            return &q;
    return nullptr;
}

QuizAnswer segmentAnswer(core::Flags flags, std::optional<std::uint32_t> seq,
                         std::optional<std::uint32_t> ack) {
    QuizAnswer a;
    a.flags = flags;
    a.seq = seq;
    a.ack = ack;
    return a;
}

} // namespace

TEST(Quiz, defaultScenario_firstQuestionIsClientSynWithSeq100) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("default"));
    ASSERT_FALSE(quiz.empty());
    const QuizQuestion& q = quiz.front();
    EXPECT_EQ(q.kind, QuizKind::Segment);
    EXPECT_EQ(q.flags, core::Flags(core::Flag::Syn));
    EXPECT_EQ(q.seq, 100u);
    EXPECT_FALSE(q.asksSeq) << "an ISN cannot be predicted: it is given";
    EXPECT_FALSE(q.asksAck);
    EXPECT_TRUE(q.prompt.contains(QStringLiteral("client:49152"))) << q.prompt.toStdString();
    EXPECT_TRUE(q.prompt.contains(QStringLiteral("100"))) << q.prompt.toStdString();
    EXPECT_NE(std::find(q.flagChoices.begin(), q.flagChoices.end(), q.flags), q.flagChoices.end());
    EXPECT_GE(q.flagChoices.size(), 4u);
}

TEST(Quiz, synAck_asksAckAndGivesIsn_acceptsRelativeNumbers) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("default"));
    const QuizQuestion* q = firstWhere(quiz, [](const QuizQuestion& x) {
        return x.kind == QuizKind::Segment && x.flags == (core::Flag::Syn | core::Flag::Ack);
    });
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->seq, 300u);
    EXPECT_EQ(q->ack, 101u);
    EXPECT_TRUE(q->asksAck);
    EXPECT_TRUE(q->context.contains(QStringLiteral("SYN seq=100"))) << q->context.toStdString();
    const core::Flags synAck = core::Flag::Syn | core::Flag::Ack;
    EXPECT_TRUE(ui::gradeAnswer(*q, segmentAnswer(synAck, std::nullopt, 101)).correct);
    EXPECT_TRUE(ui::gradeAnswer(*q, segmentAnswer(synAck, std::nullopt, 1)).correct)
        << "relative: one past the client's ISN";
    EXPECT_FALSE(ui::gradeAnswer(*q, segmentAnswer(synAck, std::nullopt, 100)).correct);
    EXPECT_FALSE(ui::gradeAnswer(*q, segmentAnswer(synAck, std::nullopt, std::nullopt)).correct);
}

TEST(Quiz, dataSegment_asksSeqAndAck) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("default"));
    const QuizQuestion* q = firstWhere(quiz, [](const QuizQuestion& x) {
        return x.kind == QuizKind::Segment && x.flags == (core::Flag::Psh | core::Flag::Ack);
    });
    ASSERT_NE(q, nullptr);
    EXPECT_TRUE(q->asksSeq);
    EXPECT_TRUE(q->asksAck);
    const ui::QuizGrade right =
        ui::gradeAnswer(*q, segmentAnswer(core::Flag::Psh | core::Flag::Ack, 101, 301));
    EXPECT_TRUE(right.correct);
    const ui::QuizGrade wrongSeq =
        ui::gradeAnswer(*q, segmentAnswer(core::Flag::Psh | core::Flag::Ack, 106, 301));
    EXPECT_FALSE(wrongSeq.correct);
    EXPECT_TRUE(wrongSeq.flagsRight);
    EXPECT_FALSE(wrongSeq.seqRight);
    EXPECT_TRUE(wrongSeq.ackRight);
}

TEST(Quiz, rightAnswer_scores_wrongAnswer_doesNotAndGivesTheAnswer) {
    Quiz quiz(*builtInTrace("default"));
    ASSERT_GE(quiz.questionCount(), 2);
    const ui::QuizGrade right = quiz.answer(segmentAnswer(core::Flag::Syn, {}, {}));
    EXPECT_TRUE(right.correct);
    EXPECT_EQ(quiz.score(), 1);
    quiz.answer(segmentAnswer(core::Flag::Ack, {}, {}));
    EXPECT_EQ(quiz.score(), 1) << "a second try at the same question does not count";
    EXPECT_EQ(quiz.answeredCount(), 1);

    quiz.next();
    const QuizQuestion* q = quiz.current();
    ASSERT_NE(q, nullptr);
    const ui::QuizGrade wrong = quiz.answer(segmentAnswer(core::Flag::Rst, 0, 0));
    EXPECT_FALSE(wrong.correct);
    EXPECT_FALSE(wrong.rightAnswer.isEmpty());
    EXPECT_EQ(wrong.rightAnswer, q->answerText);
    EXPECT_EQ(quiz.score(), 1);
    EXPECT_EQ(quiz.answeredCount(), 2);
}

TEST(Quiz, synSentReceivesSynAck_asksForEstablished) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("default"));
    const QuizQuestion* q = firstWhere(quiz, [](const QuizQuestion& x) {
        return x.kind == QuizKind::State && x.from == core::State::SynSent;
    });
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->to, core::State::Established);
    EXPECT_TRUE(q->prompt.contains(QStringLiteral("SYN-SENT")));
    EXPECT_TRUE(q->prompt.contains(QStringLiteral("SYN, ACK seq=300 ack=101")));
    EXPECT_FALSE(q->prompt.contains(QStringLiteral("ESTABLISHED"))) << "gives the answer away";
    EXPECT_EQ(q->stateChoices.size(), 4u);
    EXPECT_NE(std::find(q->stateChoices.begin(), q->stateChoices.end(), core::State::Established),
              q->stateChoices.end());
    QuizAnswer a;
    a.state = core::State::Established;
    EXPECT_TRUE(ui::gradeAnswer(*q, a).correct);
    a.state = core::State::SynReceived;
    EXPECT_FALSE(ui::gradeAnswer(*q, a).correct);
}

TEST(Quiz, openCalls_areNotAsked) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("default"));
    EXPECT_EQ(firstWhere(quiz,
                         [](const QuizQuestion& x) {
                             return x.kind == QuizKind::State && x.to == core::State::SynSent;
                         }),
              nullptr);
}

TEST(Quiz, droppedSynAck_yieldsRetransmissionQuestionWithSeqAsked) {
    const core::Scenario scenario = core::loadScenarioFile(panels_test::scenarioPath("default"));
    const core::Trace before = core::simulate(scenario);
    const core::Trace after = core::simulate(core::dropSegment(scenario, before, 1)); // SYN-ACK
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(after);
    const QuizQuestion* retransmission = firstWhere(quiz, [&after](const QuizQuestion& x) {
        return x.kind == QuizKind::Segment &&
               after.segments[static_cast<std::size_t>(x.seg)].origin ==
                   core::SegmentOrigin::Retransmission;
    });
    ASSERT_NE(retransmission, nullptr);
    EXPECT_TRUE(retransmission->asksSeq) << "a retransmitted SYN repeats a seq already seen";
    EXPECT_TRUE(retransmission->context.contains(QStringLiteral("fired")))
        << retransmission->context.toStdString();
}

TEST(Quiz, editedTrace_keepsAnswersBeforeTheEdit_andResumesThere) {
    const core::Scenario scenario = core::loadScenarioFile(panels_test::scenarioPath("default"));
    const core::Trace before = core::simulate(scenario);
    Quiz quiz(before);
    quiz.answer(segmentAnswer(core::Flag::Syn, {}, {})); // the SYN, right
    quiz.next();
    const int synAckEvent = quiz.current()->eventIndex;
    const core::Trace after = core::simulate(core::dropSegment(scenario, before, 1));
    quiz.updateTrace(after);
    EXPECT_EQ(quiz.score(), 1);
    EXPECT_EQ(quiz.answeredCount(), 1);
    ASSERT_NE(quiz.current(), nullptr);
    EXPECT_EQ(quiz.current()->eventIndex, synAckEvent);
    EXPECT_GT(quiz.questionCount(), ui::buildQuiz(before).size() > 0 ? 2 : 0);
}

TEST(Quiz, injectedRst_asksFlagsOnly) {
    const std::vector<QuizQuestion> quiz = ui::buildQuiz(*builtInTrace("rst-injection-in-window"));
    const std::shared_ptr<const core::Trace> trace = builtInTrace("rst-injection-in-window");
    const QuizQuestion* q = firstWhere(quiz, [&trace](const QuizQuestion& x) {
        return x.kind == QuizKind::Segment &&
               trace->segments[static_cast<std::size_t>(x.seg)].origin ==
                   core::SegmentOrigin::Injected;
    });
    ASSERT_NE(q, nullptr);
    EXPECT_FALSE(q->asksSeq);
    EXPECT_FALSE(q->asksAck);
    EXPECT_TRUE(ui::gradeAnswer(*q, segmentAnswer(core::Flag::Rst, {}, {})).correct);
}

TEST(Quiz, everyBuiltInScenario_buildsAnswerableQuiz) {
    for (const ui::LibraryItem& item : builtInItems()) {
        SCOPED_TRACE(item.id.toStdString());
        const std::shared_ptr<const core::Trace> trace = builtInTrace(item.id.toStdString());
        Quiz quiz(*trace);
        EXPECT_GT(quiz.questionCount(), 0);
        while (const QuizQuestion* q = quiz.current()) {
            EXPECT_GE(q->eventIndex, 0);
            EXPECT_FALSE(q->prompt.isEmpty());
            if (q->kind == QuizKind::Segment) {
                EXPECT_NE(std::find(q->flagChoices.begin(), q->flagChoices.end(), q->flags),
                          q->flagChoices.end());
            } else {
                EXPECT_NE(std::find(q->stateChoices.begin(), q->stateChoices.end(), q->to),
                          q->stateChoices.end());
                EXPECT_FALSE(q->prompt.endsWith(QStringLiteral(" . Which state does it enter?")));
            }
            QuizAnswer right = segmentAnswer(q->flags, q->seq, q->ack);
            right.state = q->to;
            EXPECT_TRUE(quiz.answer(right).correct);
            quiz.next();
        }
        EXPECT_EQ(quiz.score(), quiz.questionCount());
    }
}

TEST(Quiz, emptyTrace_hasNoQuestion) {
    Quiz quiz{core::Trace{}};
    EXPECT_EQ(quiz.questionCount(), 0);
    EXPECT_TRUE(quiz.isFinished());
    EXPECT_FALSE(quiz.answer({}).correct);
}
