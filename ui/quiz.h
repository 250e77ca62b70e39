#pragma once

// The quiz of learn mode: built from any trace (a built-in scenario, one the
// learner edited or broke, a capture), it pauses before each segment a host
// sends and before each state change, and asks the learner to predict it.
// Pure logic over core::Trace; the only Qt in it is QString for the prompts.

#include "core/trace.h"

#include <QString>
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace ui {

enum class QuizKind : std::uint8_t {
    Segment, // predict the flags, and the seq and ack numbers, of a segment sent
    State,   // predict the state a connection enters
};

struct QuizQuestion {
    QuizKind kind = QuizKind::Segment;
    int eventIndex = -1; // the event asked about; the playhead waits just before it
    QString prompt;      // the question, with what the learner needs to know
    QString context;     // what just happened at that endpoint, or empty

    // Segment questions.
    core::SegId seg = core::kNone;
    core::Flags flags;                    // the right answer
    std::vector<core::Flags> flagChoices; // plausible combinations, the right one among them
    bool asksSeq = false;                 // false: the number is given (an ISN, a cookie) or
                                          // cannot be predicted (an attacker's guess)
    bool asksAck = false;                 // true when the segment carries ACK and it is asked
    std::uint32_t seq = 0;                // absolute numbers as sent
    std::uint32_t ack = 0;
    std::uint32_t seqBase = 0; // the ISNs relative numbers count from
    std::uint32_t ackBase = 0;
    QString answerText; // "SYN, ACK seq=300 ack=101", or the state in RFC spelling

    // State questions.
    core::State from = core::State::Closed;
    core::State to = core::State::Closed; // the right answer
    std::vector<core::State> stateChoices;
};

// What the learner answered. Only the parts the question asks are read.
struct QuizAnswer {
    core::Flags flags;
    std::optional<std::uint32_t> seq; // absolute, or relative to the ISN
    std::optional<std::uint32_t> ack;
    std::optional<core::State> state;
};

struct QuizGrade {
    bool correct = false; // every part asked was right
    bool flagsRight = false;
    bool seqRight = false;
    bool ackRight = false;
    bool stateRight = false;
    QString rightAnswer; // "SYN, ACK seq=300 ack=101", "ESTABLISHED"
};

// One question per segment a host sends and per state change it can be asked
// about fairly, in trace order. Tolerates any trace, including an empty one.
std::vector<QuizQuestion> buildQuiz(const core::Trace& trace);

QuizGrade gradeAnswer(const QuizQuestion& question, const QuizAnswer& answer);

// "SYN, ACK"; "(none)" for no flags. Flags in the order the diagram names them.
QString flagsText(core::Flags flags);

// The learner's way through the questions of one trace: the current question,
// what was answered, the score. The trace can change under it (an edit).
class Quiz {
public:
    Quiz() = default;
    explicit Quiz(const core::Trace& trace);

    // An edited trace of the same scenario: answers to questions before the
    // current one are kept when their event is still the same; the quiz goes
    // on at the first question at or after the current event.
    void updateTrace(const core::Trace& trace);
    void restart();

    const std::vector<QuizQuestion>& questions() const { return m_questions; }
    int currentIndex() const { return m_current; }
    // Null when the quiz is over (or has no question).
    const QuizQuestion* current() const;
    bool isFinished() const { return current() == nullptr; }
    // Whether the current question has been answered (then next() moves on).
    bool isAnswered() const { return m_answered; }

    // Grades and records the answer to the current question; a second answer
    // to the same question is graded but not counted.
    QuizGrade answer(const QuizAnswer& answer);
    void next();

    int score() const;         // questions answered right
    int answeredCount() const; // questions answered
    int questionCount() const { return static_cast<int>(m_questions.size()); }

private:
    struct Result {
        int eventIndex;
        bool correct;
    };

    std::vector<QuizQuestion> m_questions;
    std::deque<core::TraceEvent> m_events; // the trace's, to see where an edit changed it
    std::vector<Result> m_results;
    int m_current = 0;
    bool m_answered = false;
};

} // namespace ui
