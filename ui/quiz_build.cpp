// Building the quiz's questions from a trace: which events are asked, how the
// question is put, and which wrong answers are offered beside the right one.

#include "ui/event_text.h"
#include "ui/quiz.h"
#include "ui/segment_label.h"
#include "ui/trace_tables.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <bit>

namespace ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

// The combinations a learner meets most, in the order the choices are listed.
constexpr core::Flags kFlagCatalogue[] = {
    core::Flag::Syn,
    core::Flag::Syn | core::Flag::Ack,
    core::Flag::Ack,
    core::Flag::Psh | core::Flag::Ack,
    core::Flag::Fin | core::Flag::Ack,
    core::Flag::Fin,
    core::Flag::Rst,
    core::Flag::Rst | core::Flag::Ack,
};
constexpr std::size_t kFlagDistractors = 4;
constexpr std::size_t kStateChoices = 4;

// The right combination and the four of the catalogue closest to it (fewest
// flags different), so that the wrong choices are ones a learner might pick.
std::vector<core::Flags> flagChoices(core::Flags right) {
    std::vector<std::pair<int, std::size_t>> byDistance;
    for (std::size_t i = 0; i < std::size(kFlagCatalogue); ++i)
        if (kFlagCatalogue[i] != right)
            byDistance.emplace_back(
                std::popcount(static_cast<unsigned>(kFlagCatalogue[i].bits() ^ right.bits())), i);
    std::stable_sort(byDistance.begin(), byDistance.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    byDistance.resize(std::min(byDistance.size(), kFlagDistractors));
    std::vector<core::Flags> choices;
    const bool known = std::find(std::begin(kFlagCatalogue), std::end(kFlagCatalogue), right) !=
                       std::end(kFlagCatalogue);
    if (!known)
        choices.push_back(right);
    for (std::size_t i = 0; i < std::size(kFlagCatalogue); ++i) {
        const bool picked = std::any_of(byDistance.begin(), byDistance.end(),
                                        [i](const auto& d) { return d.second == i; });
        if (picked || kFlagCatalogue[i] == right)
            choices.push_back(kFlagCatalogue[i]);
    }
    return choices;
}

// The right state, the others RFC 9293 allows from `from`, then any others,
// listed in the order of the connection's life (kAllStates).
std::vector<core::State> stateChoices(core::State from, core::State to) {
    std::vector<core::State> picked = {to};
    for (const core::State s : core::kAllStates)
        if (picked.size() < kStateChoices && s != to && s != from &&
            core::isAllowedTransition(from, s))
            picked.push_back(s);
    for (const core::State s : core::kAllStates)
        if (picked.size() < kStateChoices && s != from &&
            std::find(picked.begin(), picked.end(), s) == picked.end())
            picked.push_back(s);
    std::vector<core::State> choices;
    for (const core::State s : core::kAllStates)
        if (std::find(picked.begin(), picked.end(), s) != picked.end())
            choices.push_back(s);
    return choices;
}

// What set off a state change, without naming the state it leads to.
QString trigger(const core::Trace& trace, const core::StateChanged& e) {
    if (e.cause >= 0 && static_cast<std::size_t>(e.cause) < trace.segments.size())
        return Tr::tr("It receives %1.").arg(segmentLabel(trace, e.cause));
    switch (e.rule) {
    case core::Rule::CloseCall:
        return Tr::tr("Its application calls close().");
    case core::Rule::AbortCall:
        return Tr::tr("Its application aborts the connection.");
    case core::Rule::SendInListen:
        return Tr::tr("Its application sends data to a remote address.");
    case core::Rule::TimeWaitTimeout:
        return Tr::tr("Its 2MSL timer expires.");
    case core::Rule::RetransmissionLimit:
        return Tr::tr("Its retransmission timer fires once more, and it has retransmitted as "
                      "often as it may.");
    case core::Rule::FinWait2Timeout:
        return Tr::tr("Its FIN-WAIT-2 timer expires.");
    case core::Rule::KeepaliveTimeout:
        return Tr::tr("Its last keep-alive probe goes unanswered.");
    default:
        return {};
    }
}

// Which state changes are asked. The application's own calls to listen() and
// connect() name their state (the first question should be the first
// segment); a crash and the placeholders of a capture are not protocol rules.
bool isAskable(const core::StateChanged& e) {
    switch (e.rule) {
    case core::Rule::ActiveOpen:
    case core::Rule::PassiveOpen:
    case core::Rule::HostCrashed:
    case core::Rule::InferredFromCapture:
    case core::Rule::StateUnknown:
        return false;
    default:
        return true;
    }
}

QuizQuestion stateQuestion(const core::Trace& trace, int index, const core::StateChanged& e,
                           const QString& endpoint) {
    QuizQuestion q;
    q.kind = QuizKind::State;
    q.eventIndex = index;
    q.from = e.from;
    q.to = e.to;
    q.stateChoices = stateChoices(e.from, e.to);
    q.answerText = qs(core::toString(e.to));
    q.prompt = Tr::tr("%1 is in %2. %3 Which state does it enter?")
                   .arg(endpoint, qs(core::toString(e.from)), trigger(trace, e));
    return q;
}

// The segment's numbers, and which of them the learner can fairly predict.
void setNumbers(const core::Trace& trace, const core::SegmentRecord& r, QuizQuestion& q) {
    const core::Segment& h = r.header;
    q.seq = h.seq.value();
    q.ack = h.ack.value();
    const SequenceBases bases = relativeBases(trace, q.seg);
    q.seqBase = bases.seq;
    q.ackBase = bases.ack;
    // An attacker's numbers are its own guess: only its flags can be reasoned out
    // (from what the attack is for), so nothing else is asked.
    if (r.origin == core::SegmentOrigin::Injected)
        return;
    q.asksAck = h.flags.has(core::Flag::Ack);
    // A new SYN's seq is the ISN, picked by the host (at random on a real one),
    // and a SYN cookie is a hash: neither follows from what came before.
    const bool newIsn = h.flags.has(core::Flag::Syn) && r.origin == core::SegmentOrigin::Normal;
    q.asksSeq = !newIsn && r.origin != core::SegmentOrigin::SynCookie;
}

QString segmentPrompt(const core::SegmentRecord& r, const QuizQuestion& q, const QString& from,
                      const QString& to) {
    if (r.origin == core::SegmentOrigin::Injected)
        return Tr::tr("An attacker injects a segment towards %1 that claims to come from %2. "
                      "Its numbers are a guess. Which flags does it carry?")
            .arg(to, from);
    QString prompt = Tr::tr("%1 sends a segment to %2. What does it carry?").arg(from, to);
    if (r.payloadLength > 0)
        prompt += QLatin1Char(' ') + Tr::tr("It carries %1 bytes of data.").arg(r.payloadLength);
    if (r.origin == core::SegmentOrigin::SynCookie)
        prompt += QLatin1Char(' ') + Tr::tr("Its seq is a SYN cookie: %1.").arg(q.seq);
    else if (!q.asksSeq)
        prompt += QLatin1Char(' ') +
                  Tr::tr("Its seq is the initial sequence number (ISN) it chose: %1.").arg(q.seq);
    return prompt;
}

// A segment a host put on the wire. A copy made by a fault is the network's
// doing, not a host's, and a UDP datagram has no flags or numbers to predict.
std::optional<QuizQuestion> segmentQuestion(const core::Trace& trace, int index, core::SegId seg) {
    if (seg < 0 || static_cast<std::size_t>(seg) >= trace.segments.size())
        return std::nullopt;
    const core::SegmentRecord& r = trace.segments[static_cast<std::size_t>(seg)];
    if (r.protocol == core::Protocol::Udp || r.origin == core::SegmentOrigin::Duplicate)
        return std::nullopt;
    QuizQuestion q;
    q.kind = QuizKind::Segment;
    q.eventIndex = index;
    q.seg = seg;
    q.flags = r.header.flags;
    q.flagChoices = flagChoices(q.flags);
    setNumbers(trace, r, q);
    q.answerText = segmentLabel(trace, seg);
    if (q.seqBase != 0 || q.ackBase != 0)
        q.answerText += QStringLiteral(" (") +
                        Tr::tr("relative: %1").arg(qs(segmentLabel(trace, seg, true))) +
                        QLatin1Char(')');
    const EventText text = describeEvent(trace, trace.events[static_cast<std::size_t>(index)]);
    const std::string to = r.toHost == core::kNone
                               ? core::toString(r.dst) + ':' + std::to_string(r.header.dstPort)
                               : trace.endpointName(r.toHost, r.header.dstPort);
    q.prompt = segmentPrompt(r, q, text.endpoint, QString::fromStdString(to));
    return q;
}

// Events that tell an endpoint what to do next: a segment arrived, its
// application called, one of its timers fired.
bool givesContext(const core::TraceEvent& event) {
    if (const auto* timer = std::get_if<core::TimerEvent>(&event.body))
        return timer->action == core::TimerAction::Fired;
    const EventKind kind = eventKind(event);
    return kind == EventKind::Arrived || kind == EventKind::AppCall;
}

} // namespace

std::vector<QuizQuestion> buildQuiz(const core::Trace& trace) {
    std::vector<QuizQuestion> quiz;
    QHash<QString, QString> lastContext; // per endpoint: the last event that gives context
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const core::TraceEvent& event = trace.events[i];
        const int index = static_cast<int>(i);
        const EventText text = describeEvent(trace, event);
        std::optional<QuizQuestion> q;
        if (const auto* sent = std::get_if<core::SegmentSent>(&event.body))
            q = segmentQuestion(trace, index, sent->seg);
        else if (const auto* change = std::get_if<core::StateChanged>(&event.body);
                 change && isAskable(*change))
            q = stateQuestion(trace, index, *change, text.endpoint);
        if (q) {
            if (q->kind == QuizKind::Segment &&
                trace.segments[static_cast<std::size_t>(q->seg)].origin !=
                    core::SegmentOrigin::Injected)
                q->context = lastContext.value(text.endpoint);
            quiz.push_back(std::move(*q));
        }
        if (givesContext(event))
            lastContext.insert(text.endpoint, text.sentence);
    }
    return quiz;
}

} // namespace ui
