#include "ui/narration.h"

#include "ui/event_text.h"
#include "ui/narration_parts.h"

#include <QCoreApplication>
#include <variant>

namespace ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};

// One visit per event kind.
struct Narrator {
    const narration::Facts& f;

    Narration operator()(const core::SegmentSent& e) const { return sentNarration(f, e); }
    Narration operator()(const core::SegmentArrived& e) const { return arrivedNarration(f, e); }
    Narration operator()(const core::SegmentDropped& e) const { return droppedNarration(f, e); }
    Narration operator()(const core::StateChanged& e) const { return stateNarration(f, e); }
    Narration operator()(const core::TimerEvent& e) const { return timerNarration(f, e); }
    Narration operator()(const core::AppCalled& e) const { return appCallNarration(f, e); }
    Narration operator()(const core::AppResult& e) const { return appResultNarration(f, e); }
    Narration operator()(const core::DataDelivered& e) const { return dataNarration(f, e); }
    Narration operator()(const core::QueueLengths& e) const { return queueNarration(f, e); }
    Narration operator()(const core::HostCrashed& e) const { return crashNarration(f, e); }
    Narration operator()(const core::HostRestarted& e) const { return restartNarration(f, e); }
    Narration operator()(const core::FaultApplied& e) const { return faultNarration(f, e); }
};

} // namespace

namespace narration {

Narration introNarration(const core::Trace& trace) {
    QStringList hosts;
    for (const core::HostInfo& h : trace.hosts)
        hosts << Tr::tr("%1 (%2)").arg(QString::fromStdString(h.name),
                                       QString::fromStdString(core::toString(h.address)));
    QString what;
    if (trace.events.empty()) {
        what = Tr::tr("This trace has no events.");
    } else {
        what = Tr::tr("%1 events over %2, between %3.")
                   .arg(trace.events.size())
                   .arg(spokenDuration(trace.events.back().t - trace.events.front().t))
                   .arg(hosts.join(QStringLiteral(", ")));
        what += QLatin1Char(' ') +
                Tr::tr("First: %1.").arg(describeEvent(trace, trace.events.front()).sentence);
    }
    if (trace.capture)
        what += QLatin1Char(' ') +
                Tr::tr("This trace was read from a packet capture: the states are inferred from "
                       "the segments seen, and what the capture cannot show is marked unknown.");
    return {Tr::tr("Before the first event"),
            what,
            Tr::tr("Press Play (Space) or step with the arrow keys to go event by event. Here "
                   "you will read what happened, why, and what each side waits for next."),
            {},
            QStringLiteral("RFC 9293")};
}

} // namespace narration

Narration narrate(const core::Trace& trace, int eventIndex) {
    if (eventIndex >= static_cast<int>(trace.events.size()))
        eventIndex = static_cast<int>(trace.events.size()) - 1;
    const narration::Facts facts(trace, eventIndex < 0 ? -1 : eventIndex);
    Narration n =
        eventIndex < 0
            ? narration::introNarration(trace)
            : std::visit(Narrator{facts}, trace.events[static_cast<std::size_t>(eventIndex)].body);
    n.waiting = narration::waitingList(facts);
    return n;
}

} // namespace ui
