#include "ui/quiz.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

// Flags in the order the diagram labels them: the handshake flags first.
constexpr core::Flag kLabelOrder[] = {core::Flag::Syn, core::Flag::Fin, core::Flag::Rst,
                                      core::Flag::Psh, core::Flag::Ack, core::Flag::Urg,
                                      core::Flag::Ece, core::Flag::Cwr};

// Right when it is the number sent, or that number counted from the ISN
// (the diagram's relative numbers); arithmetic modulo 2^32 like the wire's.
bool numberMatches(const std::optional<std::uint32_t>& given, std::uint32_t sent,
                   std::uint32_t base) {
    return given && (*given == sent || *given == static_cast<std::uint32_t>(sent - base));
}

} // namespace

QString flagsText(core::Flags flags) {
    QString text;
    for (const core::Flag f : kLabelOrder) {
        if (!flags.has(f))
            continue;
        const std::string_view name = core::flagName(f);
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) +
                QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    }
    return text.isEmpty() ? Tr::tr("(none)") : text;
}

QuizGrade gradeAnswer(const QuizQuestion& q, const QuizAnswer& a) {
    QuizGrade g;
    g.rightAnswer = q.answerText;
    if (q.kind == QuizKind::State) {
        g.stateRight = a.state == q.to;
        g.correct = g.stateRight;
        return g;
    }
    g.flagsRight = a.flags == q.flags;
    g.seqRight = !q.asksSeq || numberMatches(a.seq, q.seq, q.seqBase);
    g.ackRight = !q.asksAck || numberMatches(a.ack, q.ack, q.ackBase);
    g.correct = g.flagsRight && g.seqRight && g.ackRight;
    return g;
}

Quiz::Quiz(const core::Trace& trace) : m_questions(buildQuiz(trace)), m_events(trace.events) {}

const QuizQuestion* Quiz::current() const {
    return m_current >= 0 && m_current < questionCount()
               ? &m_questions[static_cast<std::size_t>(m_current)]
               : nullptr;
}

void Quiz::updateTrace(const core::Trace& trace) {
    // Events before an edit are unchanged (prefix stability); the first one
    // that differs is where the edit took effect.
    std::size_t firstChanged = 0;
    const std::size_t common = std::min(m_events.size(), trace.events.size());
    while (firstChanged < common && m_events[firstChanged] == trace.events[firstChanged])
        ++firstChanged;
    int resume = std::numeric_limits<int>::max();
    if (const QuizQuestion* q = current())
        resume = q->eventIndex + (m_answered ? 1 : 0);
    resume = std::min(resume, static_cast<int>(firstChanged));
    std::erase_if(m_results, [resume](const Result& r) { return r.eventIndex >= resume; });

    m_questions = buildQuiz(trace);
    m_events = trace.events;
    const auto next =
        std::find_if(m_questions.begin(), m_questions.end(),
                     [resume](const QuizQuestion& q) { return q.eventIndex >= resume; });
    m_current = static_cast<int>(next - m_questions.begin());
    m_answered = false;
}

void Quiz::restart() {
    m_results.clear();
    m_current = 0;
    m_answered = false;
}

QuizGrade Quiz::answer(const QuizAnswer& answer) {
    const QuizQuestion* q = current();
    if (!q)
        return {};
    const QuizGrade grade = gradeAnswer(*q, answer);
    if (!m_answered)
        m_results.push_back({q->eventIndex, grade.correct});
    m_answered = true;
    return grade;
}

void Quiz::next() {
    if (current())
        ++m_current;
    m_answered = false;
}

int Quiz::score() const {
    return static_cast<int>(std::count_if(m_results.begin(), m_results.end(),
                                          [](const Result& r) { return r.correct; }));
}

int Quiz::answeredCount() const {
    return static_cast<int>(m_results.size());
}

} // namespace ui
