#include "trace.h"

namespace core {

std::string_view toString(TimerKind k) {
    switch (k) {
    case TimerKind::Retransmission:
        return "RTO";
    case TimerKind::TimeWait:
        return "2MSL";
    case TimerKind::FinWait2:
        return "FIN-WAIT-2";
    case TimerKind::Keepalive:
        return "keepalive";
    case TimerKind::DelayedAck:
        return "delayed-ACK";
    }
    return "?";
}

std::string_view toString(TimerAction a) {
    switch (a) {
    case TimerAction::Armed:
        return "armed";
    case TimerAction::Fired:
        return "fired";
    case TimerAction::Cancelled:
        return "cancelled";
    }
    return "?";
}

std::string_view toString(AppCall c) {
    switch (c) {
    case AppCall::Listen:
        return "listen";
    case AppCall::Connect:
        return "connect";
    case AppCall::Accept:
        return "accept";
    case AppCall::Send:
        return "send";
    case AppCall::Receive:
        return "receive";
    case AppCall::Close:
        return "close";
    case AppCall::Abort:
        return "abort";
    case AppCall::SetOption:
        return "setsockopt";
    }
    return "?";
}

std::string_view toString(SocketError e) {
    switch (e) {
    case SocketError::None:
        return "";
    case SocketError::TimedOut:
        return "ETIMEDOUT";
    case SocketError::ConnectionRefused:
        return "ECONNREFUSED";
    case SocketError::ConnectionReset:
        return "ECONNRESET";
    case SocketError::AddressNotAvailable:
        return "EADDRNOTAVAIL";
    case SocketError::AddressInUse:
        return "EADDRINUSE";
    case SocketError::NotConnected:
        return "ENOTCONN";
    case SocketError::BrokenPipe:
        return "EPIPE";
    case SocketError::InvalidState:
        return "EINVAL";
    }
    return "?";
}

std::string_view toString(DropReason r) {
    switch (r) {
    case DropReason::LinkLoss:
        return "lost on the link";
    case DropReason::NoRoute:
        return "no such host";
    case DropReason::NoSocket:
        return "no UDP socket on the port";
    case DropReason::HostDown:
        return "host is down";
    case DropReason::Fault:
        return "dropped by a fault";
    case DropReason::QueueFull:
        return "listen queue full";
    }
    return "?";
}

std::string_view toString(SegmentOrigin o) {
    switch (o) {
    case SegmentOrigin::Normal:
        return "";
    case SegmentOrigin::Retransmission:
        return "retransmission";
    case SegmentOrigin::ResetNoSocket:
        return "reset: no socket";
    case SegmentOrigin::ChallengeAck:
        return "challenge ACK";
    case SegmentOrigin::KeepaliveProbe:
        return "keepalive probe";
    case SegmentOrigin::Injected:
        return "injected";
    case SegmentOrigin::Duplicate:
        return "duplicate";
    case SegmentOrigin::SynCookie:
        return "SYN cookie";
    }
    return "?";
}

std::string_view toString(FaultAction a) {
    switch (a) {
    case FaultAction::Dropped:
        return "dropped";
    case FaultAction::Delayed:
        return "delayed";
    case FaultAction::Duplicated:
        return "duplicated";
    case FaultAction::Injected:
        return "injected";
    case FaultAction::Partitioned:
        return "partitioned";
    case FaultAction::LinkChanged:
        return "link changed";
    }
    return "?";
}

std::string Trace::endpointName(HostId host, Port port) const {
    const std::string name = host >= 0 && static_cast<std::size_t>(host) < hosts.size()
                                 ? hosts[static_cast<std::size_t>(host)].name
                                 : std::string("?");
    return name + ':' + std::to_string(port);
}

std::string Trace::endpointName(ConnId id) const {
    const ConnInfo& c = conns.at(static_cast<std::size_t>(id));
    return endpointName(c.host, c.localPort);
}

} // namespace core
