#pragma once

// Learn mode's narration: each trace event explained for a learner in plain
// language — what happened, why, what each endpoint now waits for, and where
// the RFC says so. Every number comes from the trace itself (the ISNs from the
// SYNs, durations from the timer events), never from a template.

#include "core/trace.h"

#include <QString>
#include <QStringList>

namespace ui {

struct Narration {
    QString title;       // a few words: "SYN-ACK: the server answers"
    QString what;        // what happened, with the numbers of the trace
    QString why;         // why TCP does it
    QStringList waiting; // per endpoint: "server:80 — SYN-RECEIVED, waiting for …"
    QString rfc;         // "RFC 9293 3.5", or empty
    friend bool operator==(const Narration&, const Narration&) = default;
};

// The narration of trace.events[eventIndex]; -1 (or any index before the
// first event) gives an introduction to the trace. Pure: the same trace and
// index give the same text. A trace built by hand whose tables miss what an
// event names reads "?" there instead of failing.
Narration narrate(const core::Trace& trace, int eventIndex);

} // namespace ui
