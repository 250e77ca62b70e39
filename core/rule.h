#pragma once

#include <cstdint>
#include <string_view>

namespace core {

// Why a state changed: the RFC 9293 rule (or Linux behaviour) that fired. core
// records these as values; ui/ turns them into sentences in the user's language.
enum class Rule : std::uint8_t {
    ActiveOpen,              // OPEN call, active (3.10.1)
    PassiveOpen,             // OPEN call, passive (3.10.1)
    SendInListen,            // SEND in LISTEN with a remote socket: passive becomes active (3.10.2)
    SynInListen,             // SYN arrives in LISTEN (3.10.7.2)
    SynAckInSynSent,         // SYN with acceptable ACK in SYN-SENT (3.10.7.3)
    SynInSynSent,            // SYN without ACK in SYN-SENT: simultaneous open (3.10.7.3)
    AckInSynReceived,        // ACK of our SYN in SYN-RECEIVED (3.10.7.4)
    CloseCall,               // CLOSE call (3.10.4)
    AckOfFin,                // our FIN acknowledged (3.10.7.4, fifth check)
    FinReceived,             // FIN arrives (3.10.7.4, eighth check)
    TimeWaitTimeout,         // 2*MSL expired (3.10.8)
    RstReceived,             // acceptable RST (3.10.7.4 second check, 3.10.7.3)
    RstInPassiveSynReceived, // RST in SYN-RECEIVED from a passive OPEN (3.10.7.4)
    SynInPassiveSynReceived, // SYN in SYN-RECEIVED from a passive OPEN (3.10.7.4)
    AbortCall,               // ABORT call (3.10.5)
    SynInSynchronized,       // SYN in a synchronized state, RFC 793 reset behaviour (3.10.7.4)
    RetransmissionLimit,     // R2 reached for SYN, SYN-ACK or data/FIN (3.8.3)
    FinWait2Timeout,         // orphaned FIN-WAIT-2 timed out (Linux tcp_fin_timeout)
    KeepaliveTimeout,        // keep-alive probes unanswered (3.8.4)
    TimeWaitReopen,          // new SYN reuses a TIME-WAIT connection (3.6.1, MAY-2)
    TwoWayHandshake,         // NOT TCP: a SYN in LISTEN establishes at once (teaching variant)
    SynCookieAck, // an ACK carried a valid SYN cookie: SYN-RECEIVED rebuilt (RFC 4987 3.6)
    HostCrashed,  // the host lost all state: not a protocol transition
    // Only in traces read from a packet capture (core/capture_trace.h), where
    // states are inferred from the segments seen. Neither is a protocol
    // transition, and each has one end that is a placeholder, not a state:
    InferredFromCapture, // the state `to` is known from here on, the state before it is not:
                         // `from` is CLOSED as a placeholder for "unknown"
    StateUnknown,        // the capture no longer shows the state (a segment is missing):
                         // `to` is CLOSED as a placeholder for "unknown"
};

// Rules of the teaching variants that are not TCP: their transitions lie
// outside RFC 9293's diagram on purpose.
constexpr bool isNotTcp(Rule r) {
    return r == Rule::TwoWayHandshake;
}

// Whether a StateChanged with rule `r` has a placeholder instead of a real
// state at its start (`from`) or its end (`to`): shown as "?", not as CLOSED.
constexpr bool hasUnknownFrom(Rule r) {
    return r == Rule::InferredFromCapture;
}
constexpr bool hasUnknownTo(Rule r) {
    return r == Rule::StateUnknown;
}

// Short English label as the text trace prints it: "active OPEN".
std::string_view toString(Rule r);
// The RFC section the rule comes from, e.g. "RFC 9293 3.10.7.4".
std::string_view rfcSection(Rule r);

} // namespace core
