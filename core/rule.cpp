#include "rule.h"

namespace core {

std::string_view toString(Rule r) {
    switch (r) {
    case Rule::ActiveOpen:
        return "active OPEN";
    case Rule::PassiveOpen:
        return "passive OPEN";
    case Rule::SendInListen:
        return "SEND in LISTEN, passive becomes active";
    case Rule::SynInListen:
        return "SYN received";
    case Rule::SynAckInSynSent:
        return "SYN-ACK received";
    case Rule::SynInSynSent:
        return "SYN received, simultaneous open";
    case Rule::AckInSynReceived:
        return "ACK of SYN received";
    case Rule::CloseCall:
        return "CLOSE";
    case Rule::AckOfFin:
        return "ACK of FIN received";
    case Rule::FinReceived:
        return "FIN received";
    case Rule::TimeWaitTimeout:
        return "2MSL timeout";
    case Rule::RstReceived:
        return "RST received";
    case Rule::RstInPassiveSynReceived:
        return "RST received, back to LISTEN";
    case Rule::SynInPassiveSynReceived:
        return "SYN received, back to LISTEN";
    case Rule::AbortCall:
        return "ABORT";
    case Rule::SynInSynchronized:
        return "SYN in synchronized state";
    case Rule::RetransmissionLimit:
        return "retransmission limit reached";
    case Rule::FinWait2Timeout:
        return "FIN-WAIT-2 timeout";
    case Rule::KeepaliveTimeout:
        return "keepalive timeout";
    case Rule::TimeWaitReopen:
        return "new SYN reuses TIME-WAIT";
    case Rule::TwoWayHandshake:
        return "SYN received, two-way handshake (not TCP)";
    case Rule::SynCookieAck:
        return "ACK with a valid SYN cookie";
    case Rule::HostCrashed:
        return "host crashed";
    case Rule::InferredFromCapture:
        return "inferred from the capture, earlier state unknown";
    case Rule::StateUnknown:
        return "state unknown: the capture misses a segment";
    }
    return "?";
}

std::string_view rfcSection(Rule r) {
    switch (r) {
    case Rule::ActiveOpen:
    case Rule::PassiveOpen:
        return "RFC 9293 3.10.1";
    case Rule::SendInListen:
        return "RFC 9293 3.10.2";
    case Rule::SynInListen:
        return "RFC 9293 3.10.7.2";
    case Rule::SynAckInSynSent:
    case Rule::SynInSynSent:
        return "RFC 9293 3.10.7.3";
    case Rule::AckInSynReceived:
    case Rule::AckOfFin:
    case Rule::FinReceived:
    case Rule::RstReceived:
    case Rule::RstInPassiveSynReceived:
    case Rule::SynInPassiveSynReceived:
    case Rule::SynInSynchronized:
        return "RFC 9293 3.10.7.4";
    case Rule::CloseCall:
        return "RFC 9293 3.10.4";
    case Rule::TimeWaitTimeout:
        return "RFC 9293 3.10.8";
    case Rule::AbortCall:
        return "RFC 9293 3.10.5";
    case Rule::RetransmissionLimit:
        return "RFC 9293 3.8.3";
    case Rule::FinWait2Timeout:
        return "Linux tcp_fin_timeout";
    case Rule::KeepaliveTimeout:
        return "RFC 9293 3.8.4";
    case Rule::TimeWaitReopen:
        return "RFC 9293 3.6.1";
    case Rule::TwoWayHandshake:
        return "not TCP: a teaching variant";
    case Rule::SynCookieAck:
        return "RFC 4987 3.6";
    case Rule::HostCrashed:
        return "";
    case Rule::InferredFromCapture:
    case Rule::StateUnknown:
        return "inferred from a capture";
    }
    return "";
}

} // namespace core
