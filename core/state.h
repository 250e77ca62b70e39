#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace core {

// The eleven connection states of RFC 9293 3.3.2. Never compare by numeric order:
// use the named predicates below.
enum class State : std::uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr std::array<State, 11> kAllStates = {
    State::Closed,      State::Listen,   State::SynSent,  State::SynReceived,
    State::Established, State::FinWait1, State::FinWait2, State::CloseWait,
    State::Closing,     State::LastAck,  State::TimeWait,
};

// RFC spelling: "SYN-RECEIVED", "TIME-WAIT".
std::string_view toString(State s);
// Accepts the RFC spelling, and also underscores ("TIME_WAIT") as Linux prints them.
std::optional<State> stateFromString(std::string_view text);

// The synchronized states: a SYN has been exchanged both ways (RFC 9293 3.5.2).
constexpr bool isSynchronized(State s) {
    switch (s) {
    case State::Established:
    case State::FinWait1:
    case State::FinWait2:
    case State::CloseWait:
    case State::Closing:
    case State::LastAck:
    case State::TimeWait:
        return true;
    default:
        return false;
    }
}

// The local side has sent its FIN (or will, once queued data is out).
constexpr bool hasClosedSending(State s) {
    switch (s) {
    case State::FinWait1:
    case State::FinWait2:
    case State::Closing:
    case State::LastAck:
    case State::TimeWait:
        return true;
    default:
        return false;
    }
}

// The peer's FIN has been received: no more data will arrive.
constexpr bool hasReceivedFin(State s) {
    switch (s) {
    case State::CloseWait:
    case State::Closing:
    case State::LastAck:
    case State::TimeWait:
        return true;
    default:
        return false;
    }
}

// Whether RFC 9293 lets a connection go from `from` to `to` in one step: the
// edges of the state diagram (3.3.2, Figure 5) plus those the event processing
// rules add (3.10): RST, ABORT and timeouts to CLOSED, RST in a passively opened
// SYN-RECEIVED back to LISTEN, FIN in SYN-RECEIVED to CLOSE-WAIT.
bool isAllowedTransition(State from, State to);

} // namespace core
