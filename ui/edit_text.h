#pragma once

// What a lab edit says in the edit list, made from the fault or script action
// itself in the language of the user interface (nothing of it is stored).

#include "core/scenario_edit.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

class EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)

public:
    // One line, e.g. "At 1.250 s: drop segment #7 (SYN, ACK seq=300 ack=101)",
    // "From 2.000 s: client → server delay 200 ms, jitter 0 ms, loss 10 %".
    // `trace` is the trace of `scenario`; it gives the segment an edit names.
    static QString describe(const core::Scenario& scenario, const core::Trace& trace,
                            const core::EditRef& edit, bool relativeSequenceNumbers = false);

    // A point in virtual time: "1.250 s" (microseconds when it needs them).
    static QString time(core::Micros t);
    // A span of time in the largest unit that holds it exactly: "2 s", "200 ms", "7 µs".
    static QString duration(core::Micros d);
    // A loss probability as a percentage: "10 %", "12.5 %".
    static QString percent(double probability);
    // A crafted segment: "RST seq=101 from attacker (spoofing client:49152) into server:80".
    static QString injected(const core::InjectSpec& in);

private:
    static QString fault(const core::FaultSpec& f, const core::Trace& trace, core::Micros at,
                         bool relative);
    static QString segmentFault(const core::FaultSpec& f, const core::Trace& trace, core::Micros at,
                                bool relative);
    static QString linkChange(const core::FaultSpec& f);
    static QString call(const core::AppAction& a);
};

} // namespace ui
