#include "profile.h"

namespace core {

Profile textbookProfile() {
    Profile p;
    p.name = "textbook";
    p.msl = 120s;       // RFC 9293 3.4.2
    p.rtoInitial = 1s;  // RFC 6298 (2.1)
    p.rtoMin = 1s;      // RFC 6298 (2.4)
    p.rtoMax = 60s;     // RFC 6298 (2.5): a maximum of at least 60 s
    p.rtoFallback = 3s; // RFC 6298 (5.7)
    // RFC 9293 3.8.3 MUST-23: SYNs retransmitted for at least 3 minutes:
    // sent at 0, 1, 3, 7, 15, 31, 63, 123 s, given up at 183 s.
    p.synRetries = 7;
    p.synAckRetries = 7;
    // SHLD-11: R2 of at least 100 s: given up 123 s after the first send.
    p.dataRetries = 6;
    p.keepaliveIdle = 7200s; // MUST-28: no less than two hours
    p.keepaliveInterval = 75s;
    p.keepaliveProbes = 9;
    p.delayedAckTimeout = 200ms; // used only when a scenario turns delayedAck on
    p.challengeAcks = false;
    p.mss = 1460;
    p.receiveWindow = 65535;
    p.synBacklog = 128;
    p.acceptBacklog = 128;
    p.ephemeralFirst = 49152; // RFC 6335 dynamic ports
    p.ephemeralLast = 65535;
    return p;
}

Profile linuxProfile() {
    Profile p;
    p.name = "linux";
    p.msl = 30s;               // not used by Linux for TIME-WAIT; kept for 2*MSL arithmetic
    p.timeWait = 60s;          // TCP_TIMEWAIT_LEN
    p.rtoInitial = 1s;         // TCP_TIMEOUT_INIT
    p.rtoMin = 200ms;          // TCP_RTO_MIN
    p.rtoMax = 120s;           // TCP_RTO_MAX
    p.rtoFallback = 3s;        // TCP_TIMEOUT_FALLBACK
    p.synRetries = 6;          // tcp_syn_retries
    p.synLinearTimeouts = 4;   // tcp_syn_linear_timeouts (Linux 6.5+)
    p.synAckRetries = 5;       // tcp_synack_retries
    p.dataRetries = 15;        // tcp_retries2
    p.finWait2Timeout = 60s;   // tcp_fin_timeout
    p.keepaliveIdle = 7200s;   // tcp_keepalive_time
    p.keepaliveInterval = 75s; // tcp_keepalive_intvl
    p.keepaliveProbes = 9;     // tcp_keepalive_probes
    p.delayedAck = true;
    p.delayedAckTimeout = 40ms;    // TCP_DELACK_MIN
    p.quickAcks = 16;              // TCP_MAX_QUICKACKS
    p.synAckOnDuplicateSyn = true; // tcp_check_req() retransmits the SYN-ACK
    p.challengeAcks = true;        // RFC 5961, tcp_challenge_ack_limit INT_MAX
    p.mss = 1460;
    p.receiveWindow = 64240;
    p.windowScale = 10; // as the Linux 6.18 reference captures show
    p.timestamps = true;
    p.sackPermitted = true;
    p.synBacklog = 128;                    // max(128, ehash_entries / 128) on a small machine
    p.acceptBacklog = 4096;                // somaxconn
    p.synCookies = SynCookies::OnOverflow; // tcp_syncookies = 1
    p.ephemeralFirst = 32768;              // ip_local_port_range
    p.ephemeralLast = 60999;
    return p;
}

std::optional<Profile> profileByName(std::string_view name) {
    if (name == "textbook")
        return textbookProfile();
    if (name == "linux")
        return linuxProfile();
    return std::nullopt;
}

} // namespace core
