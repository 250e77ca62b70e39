#include "state.h"

namespace core {

std::string_view toString(State s) {
    switch (s) {
    case State::Closed:
        return "CLOSED";
    case State::Listen:
        return "LISTEN";
    case State::SynSent:
        return "SYN-SENT";
    case State::SynReceived:
        return "SYN-RECEIVED";
    case State::Established:
        return "ESTABLISHED";
    case State::FinWait1:
        return "FIN-WAIT-1";
    case State::FinWait2:
        return "FIN-WAIT-2";
    case State::CloseWait:
        return "CLOSE-WAIT";
    case State::Closing:
        return "CLOSING";
    case State::LastAck:
        return "LAST-ACK";
    case State::TimeWait:
        return "TIME-WAIT";
    }
    return "?";
}

std::optional<State> stateFromString(std::string_view text) {
    for (State s : kAllStates) {
        const std::string_view name = toString(s);
        if (name.size() != text.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i)
            same = name[i] == text[i] || (name[i] == '-' && text[i] == '_');
        if (same)
            return s;
    }
    return std::nullopt;
}

bool isAllowedTransition(State from, State to) {
    using enum State;
    // Any state may be left for CLOSED: ABORT (3.10.5), RST (3.10.7), user
    // timeout or retransmission limit (3.10.8, 3.8.3), except CLOSED itself.
    if (to == Closed)
        return from != Closed;
    switch (from) {
    case Closed:
        return to == Listen || to == SynSent; // passive / active OPEN
    case Listen:
        return to == SynReceived || to == SynSent; // SYN arrives / SEND (3.10.2)
    case SynSent:
        return to == SynReceived || to == Established;
    case SynReceived:
        return to == Established || to == FinWait1 || to == Listen || to == CloseWait;
    case Established:
        return to == FinWait1 || to == CloseWait;
    case FinWait1:
        return to == FinWait2 || to == Closing || to == TimeWait;
    case FinWait2:
        return to == TimeWait;
    case CloseWait:
        return to == LastAck;
    case Closing:
        return to == TimeWait;
    case LastAck:
        return false;
    case TimeWait:
        return false;
    }
    return false;
}

} // namespace core
