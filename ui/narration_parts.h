#pragma once

// The pieces of narrate(), one per kind of event. Internal to ui/narration*.cpp.

#include "ui/narration.h"
#include "ui/narration_facts.h"

namespace ui::narration {

Narration introNarration(const core::Trace& trace);

Narration sentNarration(const Facts& f, const core::SegmentSent& e);
Narration arrivedNarration(const Facts& f, const core::SegmentArrived& e);
Narration droppedNarration(const Facts& f, const core::SegmentDropped& e);
Narration stateNarration(const Facts& f, const core::StateChanged& e);
Narration timerNarration(const Facts& f, const core::TimerEvent& e);
Narration appCallNarration(const Facts& f, const core::AppCalled& e);
Narration appResultNarration(const Facts& f, const core::AppResult& e);
Narration dataNarration(const Facts& f, const core::DataDelivered& e);
Narration queueNarration(const Facts& f, const core::QueueLengths& e);
Narration crashNarration(const Facts& f, const core::HostCrashed& e);
Narration restartNarration(const Facts& f, const core::HostRestarted& e);
Narration faultNarration(const Facts& f, const core::FaultApplied& e);

// A RST sent because of `trigger` (the segment that just arrived), or kNone.
Narration resetNarration(const Facts& f, core::SegId rst, core::SegId trigger);
// The segment that arrived last at `host` on `port` before the current event, or kNone.
core::SegId lastArrivalAt(const Facts& f, core::HostId host, core::Port port);

// For each endpoint of the trace: its state and what it waits for.
QStringList waitingList(const Facts& f);

// "100" for a sequence number.
inline QString num(std::uint32_t v) {
    return QString::number(v);
}
inline QString num(core::SeqNum v) {
    return QString::number(v.value());
}

} // namespace ui::narration
