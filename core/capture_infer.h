#pragma once

#include "capture_import.h"
#include "capture_timing.h"
#include "rule.h"
#include "state.h"

#include <cstddef>
#include <vector>

namespace core {

// The states of both ends of a captured connection, inferred from the
// segments each end sent and received, following RFC 9293's state diagram
// (3.3.2) and event processing (3.10). What the capture cannot support is
// left unknown (Rule::InferredFromCapture, Rule::StateUnknown), never
// guessed. docs/capture-import.md explains every rule.

// One thing that happened at one end: a packet left its sender or reached
// its receiver.
struct CaptureEvent {
    Micros t{};
    std::size_t packet = 0; // index into ImportedConnection::packets
    bool arrival = false;   // false: sent
    friend bool operator==(const CaptureEvent&, const CaptureEvent&) = default;
};

// Every send and every arrival (lost packets have none) in time order; at
// equal times, in capture order.
std::vector<CaptureEvent> captureTimeline(const std::vector<PacketTimes>& times);

inline constexpr std::size_t kNoPacket = static_cast<std::size_t>(-1);

struct InferredChange {
    std::size_t event = 0; // into the timeline: before a send, after an arrival ...
    bool beforeEvent = false; // ... unless this says otherwise
    std::size_t side = 0;  // 0: A, 1: B
    State from = State::Closed;
    State to = State::Closed;
    Rule rule = Rule::InferredFromCapture;
    std::size_t cause = kNoPacket; // the packet that caused it, if any
    friend bool operator==(const InferredChange&, const InferredChange&) = default;
};

// The state changes of A and B along `timeline`.
std::vector<InferredChange> inferStates(const std::vector<ImportedPacket>& packets,
                                        const std::vector<CaptureEvent>& timeline);

} // namespace core
