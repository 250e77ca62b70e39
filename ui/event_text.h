#pragma once

// Trace events in plain words for people: "client:49152 sends SYN seq=100",
// "server:80: SYN-RECEIVED → ESTABLISHED (ACK of SYN received)". core records
// causes as enums and values; this is where they become (translatable)
// sentences. State and flag names stay in RFC spelling.

#include "core/trace.h"

#include <QString>
#include <cstdint>

namespace ui {

// What kind of thing happened: for colours, icons and filters.
enum class EventKind : std::uint8_t {
    Sent,        // a segment was put on the wire
    Arrived,     // a segment reached its destination
    Dropped,     // a segment never arrived
    StateChange, // a connection changed state
    Timer,       // a timer was armed, fired or cancelled
    AppCall,     // the application called the socket API
    AppResult,   // a call returned
    Data,        // bytes were delivered to the application
    Queue,       // a listener's queues changed
    Host,        // a host crashed or restarted
    Fault,       // a fault of the scenario acted
};
inline constexpr int kEventKindCount = 11;

EventKind eventKind(const core::TraceEvent& event);
// "Sent", "State", ...: a short translated name for filters and legends.
QString eventKindName(EventKind kind);

// "0.150 000 s": seconds with all six decimals, grouped by three, so that a
// column of times lines up and no microsecond is hidden.
QString eventTimeText(core::Micros t);
// "1 s", "200 ms", "1.5 s", "250 µs": a duration as short as it stays exact.
QString durationText(core::Micros duration);

// The segment as the diagram labels its arrow, with absolute numbers:
// "SYN, ACK seq=300 ack=101", "PSH, ACK seq=101:106 ack=301", "UDP len=1460".
QString segmentLabel(const core::Trace& trace, core::SegId seg);

// "RTO", "2MSL timer", "keep-alive timer".
QString timerName(core::TimerKind kind);
// The cause of a state change in a few words: "SYN, ACK received".
QString ruleText(core::Rule rule);
// What a socket error means: "connection refused". Empty for None.
QString socketErrorText(core::SocketError error);

// One event in words, split the way the event log shows it.
struct EventText {
    QString endpoint;    // "client:49152", a host name, or empty (a link change)
    QString description; // "sends SYN seq=100", "RTO armed (1 s)"
    QString sentence;    // the two as one sentence: "client:49152 sends SYN seq=100"
};

// Tolerates a trace built by hand that names a host, connection or segment
// that is not in its tables: that part reads "?".
EventText describeEvent(const core::Trace& trace, const core::TraceEvent& event);

} // namespace ui
