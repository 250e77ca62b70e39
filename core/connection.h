#pragma once

#include "address.h"
#include "profile.h"
#include "rto_estimator.h"
#include "scenario.h"
#include "segment.h"
#include "seqnum.h"
#include "state.h"
#include "time.h"
#include "trace.h"

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace core {

struct Endpoint {
    Address address;
    Port port = 0;
    friend constexpr bool operator==(Endpoint, Endpoint) = default;
};

// The world as a connection sees it: where its segments go and where its
// events are written. The host implements it; tests use a recording fake.
class ConnectionSink {
public:
    virtual ~ConnectionSink() = default;
    // Hands `segment` to the network; returns its trace id.
    virtual SegId transmit(ConnId from, Address to, Segment segment, SegmentOrigin origin,
                           SegId original) = 0;
    virtual void record(Micros t, EventBody body) = 0;
};

struct ConnectionParams {
    ConnId id = kNone;
    Endpoint local;
    std::uint32_t iss = 0;
    std::uint32_t tsOffset = 0; // RFC 7323 5.4: a per-connection offset of TSval
};

// One TCB (RFC 9293 3.3.1) and its event processing (3.10). Time comes in as
// `now`; segments leave and events are recorded through the sink.
class Connection {
public:
    Connection(const ConnectionParams& params, const Profile& profile, ConnectionSink& sink);

    // User calls (RFC 9293 3.10.1-3.10.5).
    void openPassive(Micros now);
    void openActive(Micros now, Endpoint remote);
    // SEND in LISTEN with a remote socket (RFC 9293 3.10.2): the passive OPEN
    // becomes active with a new ISS, LISTEN -> SYN-SENT.
    void activateFromListen(Micros now, Endpoint remote, SeqNum iss);
    // Makes this TCB a child of a listener: it starts in LISTEN, as a passive
    // OPEN, and is about to receive the SYN that created it.
    void startAsListenerChild();
    // A listener child rebuilt from an ACK that carried a valid SYN cookie
    // (RFC 4987 3.6): it enters SYN-RECEIVED as if it had sent the SYN-ACK with
    // ISS = the cookie, then processes the ACK like any other.
    void restoreFromCookie(Micros now, const Segment& ack, Endpoint from, SegId id,
                           std::uint16_t mss);
    SocketError send(Micros now, std::string_view data);
    SocketError close(Micros now);
    void abort(Micros now);
    void setOptions(Micros now, const SocketOptions& options);
    // The application has accepted this passively opened connection: from now
    // on it is told about errors.
    void setAccepted() { m_appAttached = true; }
    // A new SYN reuses this TIME-WAIT connection's 4-tuple (RFC 9293 3.6.1,
    // MAY-2): TIME-WAIT ends now and the host hands the SYN to the listener.
    void endTimeWaitForReuse(Micros now, SegId id);

    // SEGMENT ARRIVES (RFC 9293 3.10.7). `id` is the segment's trace id.
    void onSegment(Micros now, const Segment& seg, Endpoint from, SegId id);
    // Runs every timer that is due at or before `now` (RFC 9293 3.10.8).
    void onTimer(Micros now);
    // When onTimer() next has work; nullopt when no timer runs.
    std::optional<Micros> nextDeadline() const;

    ConnId id() const { return m_id; }
    State state() const { return m_state; }
    Endpoint local() const { return m_local; }
    Endpoint remote() const { return m_remote; }
    bool passiveOpen() const { return m_passive; }
    bool keepaliveEnabled() const { return m_keepalive; }
    SeqNum iss() const { return m_iss; }
    SeqNum irs() const { return m_irs; }
    SeqNum sndUna() const { return m_sndUna; }
    SeqNum sndNxt() const { return m_sndNxt; }
    std::uint32_t sndWnd() const { return m_sndWnd; }
    SeqNum rcvNxt() const { return m_rcvNxt; }
    std::uint32_t rcvWnd() const { return m_rcvWnd; }
    std::uint64_t bytesDelivered() const { return m_delivered; }
    const RtoEstimator& rto() const { return m_rto; }
    std::optional<Micros> timerDeadline(TimerKind kind) const {
        return m_timers[static_cast<std::size_t>(kind)];
    }

private:
    // A transmitted segment that is not yet acknowledged.
    struct Unacked {
        SeqNum seq;
        std::uint32_t len = 0; // SEG.LEN, counting SYN and FIN
        Flags flags;           // SYN and FIN only
        Micros firstSent{};
        bool retransmitted = false;
        SegId original = kNone;
    };

    // connection.cpp: calls, state, timers.
    void startActive(Endpoint remote, Rule rule);
    void setState(State to, Rule rule, SegId cause = kNone);
    void tellApp(AppCall call, SocketError error);
    void enterClosed(Rule rule, SegId cause, SocketError tell);
    void enterTimeWait(Rule rule, SegId cause);
    void setTimer(TimerKind kind, Micros deadline);
    void cancelTimer(TimerKind kind);
    void cancelAllTimers();
    void armRetransmission();
    void onRetransmissionTimeout();
    void onKeepaliveTimeout();
    void restartKeepalive();
    int retryLimit() const;

    // connection_output.cpp: what the connection sends.
    Segment makeSegment(Flags flags, SeqNum seq) const;
    void addSynOptions(Segment& seg, bool reply) const;
    SegId transmit(Segment seg, SegmentOrigin origin = SegmentOrigin::Normal,
                   SegId original = kNone);
    void sendSyn(bool withAck);
    void sendAck();
    void sendReset(SeqNum seq, Endpoint to);
    void pushData(); // segmentizes queued data and a pending FIN into the send window

    // connection_input.cpp: SEGMENT ARRIVES, one function per RFC step.
    void sendResetFor(const Segment& seg, Endpoint to);
    void onSegmentInListen(const Segment& seg, Endpoint from, SegId id);
    void onSegmentInSynSent(const Segment& seg, SegId id);
    void onSegmentSynchronized(const Segment& seg, SegId id);
    bool isAcceptable(const Segment& seg) const;
    bool isCrossingSynAck(const Segment& seg) const;
    bool checkRst(const Segment& seg, SegId id);
    void returnToListen(Rule rule, SegId cause);
    bool checkSyn(const Segment& seg, SegId id);
    bool checkAck(const Segment& seg, SegId id);
    bool finAcked() const { return m_finSent && m_sndUna > m_finSeq; }
    void acknowledgeUpTo(SeqNum ack);
    void updateSendWindow(const Segment& seg);
    void readPeerOptions(const Segment& seg);
    void noteTimestamp(const Segment& seg);
    void becomeEstablished(const Segment& seg, Rule rule, SegId id);

    // connection_receive.cpp: the seventh and eighth steps, and their ACKs.
    void processTextAndFin(const Segment& seg, SegId id);
    void processText(const Segment& seg);
    void deliver(std::string_view bytes);
    void drainOutOfOrder();
    void processFin(SegId id);
    void scheduleAck(bool fullSegment);

    ConnId m_id;
    const Profile& m_profile;
    ConnectionSink& m_sink;
    Micros m_now{};

    State m_state = State::Closed;
    bool m_passive = false;
    bool m_appAttached = false; // the application holds this socket
    bool m_closedByApp = false; // CLOSE called: no more SENDs, orphaned FIN-WAIT-2
    Endpoint m_local;
    Endpoint m_remote;

    // RFC 9293 3.3.1 send and receive sequence variables.
    SeqNum m_iss;
    SeqNum m_sndUna;
    SeqNum m_sndNxt;
    std::uint32_t m_sndWnd = 0;
    SeqNum m_sndWl1;
    SeqNum m_sndWl2;
    SeqNum m_irs;
    SeqNum m_rcvNxt;
    std::uint32_t m_rcvWnd = 0;

    // Negotiated options.
    std::uint16_t m_peerMss = 536; // RFC 9293 3.7.1: default when no MSS option
    std::uint8_t m_sndScale = 0;
    std::uint8_t m_rcvScale = 0;
    bool m_useTimestamps = false;
    bool m_peerOfferedWindowScale = false;
    bool m_peerOfferedTimestamps = false;
    bool m_peerOfferedSack = false;
    bool m_synRetransmitted = false;
    std::uint32_t m_tsOffset = 0;
    std::uint32_t m_tsRecent = 0;

    // Send side: bytes from SND.UNA on (sent but unacknowledged, then unsent).
    std::string m_sendBuffer;
    bool m_finQueued = false; // a FIN follows the queued data
    bool m_finSent = false;
    SeqNum m_finSeq;
    std::deque<Unacked> m_unacked;
    RtoEstimator m_rto;
    int m_retries = 0; // consecutive timeouts of the segment at SND.UNA

    // Receive side.
    std::map<std::uint32_t, std::string> m_outOfOrder;       // by offset from IRS+1
    std::optional<std::pair<SeqNum, SegId>> m_outOfOrderFin; // its sequence number and segment
    std::uint64_t m_delivered = 0;
    int m_unackedFullSegments = 0;
    int m_quickAcksLeft = 0;

    // Keep-alive (RFC 9293 3.8.4).
    bool m_keepalive = false;
    Micros m_keepIdle{};
    Micros m_keepInterval{};
    int m_keepProbes = 0;
    int m_probesSent = 0;
    Micros m_lastHeard{}; // when the last acceptable segment arrived

    std::array<std::optional<Micros>, 5> m_timers{};
};

} // namespace core
