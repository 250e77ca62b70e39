#include "panels_test_support.h"
#include "ui/interview_questions.h"

#include <QSet>
#include <filesystem>
#include <gtest/gtest.h>

using ui::InterviewQuestion;

namespace {

std::vector<const InterviewQuestion*> allQuestions(const std::vector<InterviewQuestion>& main) {
    std::vector<const InterviewQuestion*> all;
    for (const InterviewQuestion& q : main) {
        all.push_back(&q);
        for (const InterviewQuestion& f : q.followUps)
            all.push_back(&f);
    }
    return all;
}

const InterviewQuestion* findQuestion(const std::vector<InterviewQuestion>& main,
                                      const QString& id) {
    for (const InterviewQuestion* q : allQuestions(main))
        if (q->id == id)
            return q;
    return nullptr;
}

} // namespace

TEST(InterviewQuestions, everyRequiredTopic_isAskedWithAScenario) {
    const std::vector<InterviewQuestion> questions = ui::interviewQuestions();
    // The list: the classic questions and the follow-ups asked next.
    const QStringList required = {"four-tuple", "tcp-vs-udp", "three-way", "syn-flood",
                                  "four-way",   "peer-crash", "time-wait", "third-ack-lost",
                                  "fin-lost",   "close-wait"};
    for (const QString& id : required) {
        SCOPED_TRACE(id.toStdString());
        const InterviewQuestion* q = findQuestion(questions, id);
        ASSERT_NE(q, nullptr);
        EXPECT_FALSE(q->question.isEmpty());
        EXPECT_FALSE(q->answer.isEmpty());
        EXPECT_FALSE(q->scenarios.isEmpty());
    }
    const InterviewQuestion* threeWay = findQuestion(questions, QStringLiteral("three-way"));
    EXPECT_NE(findQuestion(threeWay->followUps, QStringLiteral("third-ack-lost")), nullptr)
        << "a follow-up sits under its question";
}

TEST(InterviewQuestions, answers_citeRfcsAndLinuxDefaults) {
    const std::vector<InterviewQuestion> questions = ui::interviewQuestions();
    const auto answer = [&](const char* id) {
        return findQuestion(questions, QString::fromLatin1(id))->answer;
    };
    EXPECT_TRUE(answer("syn-flood").contains(QStringLiteral("RFC 4987")));
    EXPECT_TRUE(answer("time-wait").contains(QStringLiteral("60 s")));
    EXPECT_TRUE(answer("time-wait").contains(QStringLiteral("RFC 9293")));
    EXPECT_TRUE(answer("peer-crash").contains(QStringLiteral("7200")));
    EXPECT_TRUE(answer("peer-crash").contains(QStringLiteral("75 s")));
    EXPECT_TRUE(answer("syn-lost").contains(QStringLiteral("tcp_syn_retries = 6")));
    EXPECT_TRUE(answer("syn-lost").contains(QStringLiteral("RFC 6298")));
    EXPECT_TRUE(answer("assassination").contains(QStringLiteral("RFC 1337")));
}

TEST(InterviewQuestions, idsAreUnique_andEveryScenarioIdExists) {
    QSet<QString> ids;
    const std::vector<InterviewQuestion> questions = ui::interviewQuestions();
    for (const InterviewQuestion* q : allQuestions(questions)) {
        SCOPED_TRACE(q->id.toStdString());
        EXPECT_FALSE(ids.contains(q->id));
        ids.insert(q->id);
        for (const QString& scenario : q->scenarios)
            EXPECT_TRUE(std::filesystem::exists(panels_test::scenarioPath(scenario.toStdString())))
                << scenario.toStdString();
    }
    EXPECT_GE(ids.size(), 20);
}
