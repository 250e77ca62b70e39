#pragma once

#include "address.h"
#include "time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// When a listener answers a SYN with a SYN cookie instead of keeping state
// (Linux net.ipv4.tcp_syncookies: 0, 1, 2).
enum class SynCookies : std::uint8_t { Off, OnOverflow, Always };

// Every number that decides the model's timing and limits. Two presets exist;
// a scenario may override any field.
struct Profile {
    std::string name;

    // RFC 9293 3.4.2: MSL; TIME-WAIT lasts 2*MSL unless timeWait says otherwise.
    Micros msl{};
    std::optional<Micros> timeWait;
    Micros timeWaitLength() const { return timeWait ? *timeWait : 2 * msl; }

    // RFC 6298 retransmission timer.
    Micros rtoInitial{};  // (2.1)
    Micros rtoMin{};      // (2.4)
    Micros rtoMax{};      // (2.5)
    Micros rtoFallback{}; // (5.7): RTO once data starts after a retransmitted SYN

    // Retransmission limits (RFC 9293 3.8.3, R2), counted in retransmissions.
    int synRetries = 0;
    int synLinearTimeouts = 0; // Linux 6.5+: the first N SYN timeouts do not back off
    int synAckRetries = 0;
    int dataRetries = 0;

    // Linux's FIN-WAIT-2 limit for a connection the application has closed;
    // nullopt: wait for the peer's FIN forever, as RFC 9293 does.
    std::optional<Micros> finWait2Timeout;

    // RFC 9293 3.8.4 keep-alive, used when a socket enables it.
    Micros keepaliveIdle{};
    Micros keepaliveInterval{};
    int keepaliveProbes = 0;

    // RFC 9293 3.8.6.3 delayed ACK: at most this long, and every second full segment.
    bool delayedAck = false;
    Micros delayedAckTimeout{};
    // Linux quick-ACK mode: the first data segments of a connection are ACKed at
    // once (TCP_MAX_QUICKACKS); the ACK of a FIN is still delayed.
    int quickAcks = 0;

    // A hypothetical protocol, NOT TCP, for teaching why TCP needs three
    // segments: the server is ESTABLISHED as soon as a SYN arrives and the
    // client sends no third segment.
    bool twoWayHandshake = false;

    // Linux answers a retransmitted SYN in SYN-RECEIVED with the SYN-ACK again;
    // RFC 9293's acceptability test answers it with a bare ACK.
    bool synAckOnDuplicateSyn = false;

    // RFC 5961 challenge ACKs for RSTs and SYNs that are in the window but not exact.
    bool challengeAcks = false;

    // Advertised on SYNs and used for segmentation.
    std::uint16_t mss = 1460;
    std::uint32_t receiveWindow = 65535;
    std::optional<std::uint8_t> windowScale; // RFC 7323, offered on SYN when set
    bool timestamps = false;                 // RFC 7323 TSopt
    bool sackPermitted = false;              // RFC 2018

    // Listener queues.
    int synBacklog = 128;    // half-open (SYN-RECEIVED) connections per listener
    int acceptBacklog = 128; // default backlog of listen()
    SynCookies synCookies = SynCookies::Off;

    // Ephemeral ports for active opens (inclusive).
    Port ephemeralFirst = 49152;
    Port ephemeralLast = 65535;
};

// RFC 9293 / RFC 6298 values: MSL 2 min, RTO from 1 s (minimum 1 s, maximum
// 60 s), no delayed ACK, no FIN-WAIT-2 timeout, no options but MSS.
Profile textbookProfile();
// A current Linux 6.x kernel (see shared/reference/linux_defaults.md).
Profile linuxProfile();
// "textbook" or "linux"; nullopt for any other name.
std::optional<Profile> profileByName(std::string_view name);

} // namespace core
