// Timers (RFC 9293 3.8, 3.10.8): retransmission with RFC 6298 RTO and back-off,
// the SYN and SYN-ACK schedules of both profiles, retry limits, TIME-WAIT,
// the FIN-WAIT-2 timeout, keep-alive and delayed ACK.
#include "printers.h"
#include "tcb_fixture.h"

#include <string>
#include <vector>

using namespace core;
using namespace core::test;

namespace {

// When each segment since the last clear() was sent.
std::vector<Micros> sendTimes(const Tcb& tcb) {
    std::vector<Micros> out;
    for (const SentSegment& s : tcb.sent())
        out.push_back(s.t);
    return out;
}

// When the connection entered `to`, if it did since the last clear().
std::optional<Micros> timeEntered(const Tcb& tcb, State to) {
    for (const TraceEvent& e : tcb.events())
        if (const auto* s = std::get_if<StateChanged>(&e.body); s && s->to == to)
            return e.t;
    return std::nullopt;
}

std::optional<Micros> timeOfAppResult(const Tcb& tcb) {
    for (const TraceEvent& e : tcb.events())
        if (std::holds_alternative<AppResult>(e.body))
            return e.t;
    return std::nullopt;
}

SocketOptions keepalive(Micros idle, Micros interval, int probes) {
    SocketOptions o;
    o.keepalive = true;
    o.keepaliveIdle = idle;
    o.keepaliveInterval = interval;
    o.keepaliveProbes = probes;
    return o;
}

} // namespace

// ---- SYN and SYN-ACK schedules -----------------------------------------------------

// Linux 6.5+: tcp_syn_retries 6 + tcp_syn_linear_timeouts 4; the first five
// waits stay at 1 s, then the RTO doubles.
TEST(TcbTimer, SynSent_Linux_RetransmitsSynOnLinearThenExponentialScheduleAndFailsAt131s) {
    Tcb tcb(linuxProfile());
    tcb.conn().openActive(tcb.now(), kPeer);
    tcb.advanceTo(300s);

    const std::vector<Micros> expected = {0s, 1s, 2s, 3s, 4s, 5s, 7s, 11s, 19s, 35s, 67s};
    EXPECT_EQ(sendTimes(tcb), expected);
    for (std::size_t i = 0; i < tcb.sent().size(); ++i) {
        EXPECT_TRUE(isSegment(tcb.sent(i), Flag::Syn, 100));
        if (i > 0) {
            EXPECT_EQ(tcb.sent(i).origin, SegmentOrigin::Retransmission);
            EXPECT_EQ(tcb.sent(i).original, tcb.sent(0).id);
        }
    }
    EXPECT_EQ(tcb.state(), State::Closed);
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(131s));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::TimedOut));
    EXPECT_EQ(timeOfAppResult(tcb), Micros(131s));
    EXPECT_TRUE(isTransition(tcb.transitions().back(), State::SynSent, State::Closed,
                             Rule::RetransmissionLimit));
}

// RFC 9293 3.8.3 MUST-23: SYNs retransmitted for at least 3 minutes; the RTO
// doubles up to its 60 s maximum (RFC 6298 (2.5)).
TEST(TcbTimer, SynSent_Textbook_RetransmitsSynWithDoublingRtoAndFailsAt183s) {
    Tcb tcb;
    tcb.conn().openActive(tcb.now(), kPeer);
    tcb.advanceTo(300s);

    const std::vector<Micros> expected = {0s, 1s, 3s, 7s, 15s, 31s, 63s, 123s};
    EXPECT_EQ(sendTimes(tcb), expected);
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(183s));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::TimedOut));
}

// tcp_synack_retries 5: SYN-ACKs at 0, 1, 3, 7, 15, 31 s, the request dropped at 63 s.
TEST(TcbTimer, SynReceived_Linux_RetransmitsSynAckFiveTimesAndClosesAt63s) {
    Tcb tcb(linuxProfile());
    tcb.conn().startAsListenerChild();
    tcb.receive(Flag::Syn, 300);
    tcb.advanceTo(300s);

    const std::vector<Micros> expected = {0s, 1s, 3s, 7s, 15s, 31s};
    EXPECT_EQ(sendTimes(tcb), expected);
    for (const SentSegment& s : tcb.sent())
        EXPECT_TRUE(isSegment(s, Flag::Syn | Flag::Ack, 100, 301));
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(63s));
    EXPECT_TRUE(isTransition(tcb.transitions().back(), State::SynReceived, State::Closed,
                             Rule::RetransmissionLimit));
    EXPECT_TRUE(tcb.appResults().empty()); // nobody has accepted this connection
}

TEST(TcbTimer, SynReceived_Textbook_RetransmitsSynAckSevenTimesAndClosesAt183s) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::ListenerChild);
    tcb.advanceTo(300s);

    const std::vector<Micros> expected = {1s, 3s, 7s, 15s, 31s, 63s, 123s};
    EXPECT_EQ(sendTimes(tcb), expected);
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(183s));
}

// RFC 6298 (5.7): after a retransmitted SYN, data starts with an RTO of 3 s.
TEST(TcbTimer, SynSent_SynAckAfterRetransmission_GivesNoSampleAndRtoFallsBackTo3s) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.advanceTo(1500ms); // the SYN went again at 1 s
    tcb.receive(Flag::Syn | Flag::Ack, 300, 101);

    EXPECT_EQ(tcb.state(), State::Established);
    EXPECT_FALSE(tcb.conn().rto().srtt()); // Karn: no sample from a retransmitted SYN
    EXPECT_EQ(tcb.conn().rto().rto(), Micros(3s));
}

// ---- RTT samples and the RTO ---------------------------------------------------

TEST(TcbTimer, SynAckAfter100ms_FirstSampleSetsSrttRttvarAndRto) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInSynSent();
        tcb.advanceTo(100ms);
        tcb.receive(Flag::Syn | Flag::Ack, 300, 101);

        // (2.2): SRTT = R, RTTVAR = R/2, RTO = SRTT + 4*RTTVAR = 300 ms, then (2.4).
        EXPECT_EQ(tcb.conn().rto().srtt(), std::optional<Micros>(100ms));
        EXPECT_EQ(tcb.conn().rto().rttvar(), Micros(50ms));
        const Micros expectedRto = profile.name == "linux" ? Micros(300ms) : Micros(1s);
        EXPECT_EQ(tcb.conn().rto().rto(), expectedRto);
    }
}

TEST(TcbTimer, Linux_SecondSample_UpdatesPerRfc6298AndArmsTimerWithNewRto) {
    Tcb tcb(linuxProfile());
    tcb.openInSynSent();
    tcb.advanceTo(100ms);
    tcb.receive(Flag::Syn | Flag::Ack, 300, 101); // R = 100 ms
    tcb.advanceTo(1s);
    tcb.conn().send(tcb.now(), "ping");
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::Retransmission), Micros(1s + 300ms));

    tcb.advanceTo(1140ms);
    tcb.receive(Flag::Ack, 301, 105); // R' = 140 ms
    // (2.3): RTTVAR = 3/4 * 50 + 1/4 * |100 - 140| = 47.5 ms; SRTT = 7/8 * 100 + 1/8 * 140 = 105
    // ms.
    EXPECT_EQ(tcb.conn().rto().rttvar(), Micros(47500us));
    EXPECT_EQ(tcb.conn().rto().srtt(), std::optional<Micros>(105ms));
    EXPECT_EQ(tcb.conn().rto().rto(), Micros(295ms));
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission)); // (5.2) all ACKed
}

TEST(TcbTimer, Linux_SmallRtt_RtoIsClampedTo200ms) {
    Tcb tcb(linuxProfile());
    tcb.openInSynSent();
    tcb.advanceTo(10ms);
    tcb.receive(Flag::Syn | Flag::Ack, 300, 101);
    EXPECT_EQ(tcb.conn().rto().rto(), Micros(200ms));
}

// Karn's rule: an ACK of a retransmitted segment gives no sample, and the
// backed-off RTO stays until a segment sent once is ACKed.
TEST(TcbTimer, Established_AckOfRetransmittedData_GivesNoSampleAndKeepsBackoff) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.advanceTo(100ms);
    tcb.receive(Flag::Syn | Flag::Ack, 300, 101); // SRTT 100 ms, RTO 1 s
    tcb.clear();
    tcb.advanceTo(1s);
    tcb.conn().send(tcb.now(), "abc");
    tcb.advanceTo(2050ms); // retransmitted at 2 s; RTO now 2 s
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_EQ(tcb.sent(1).t, Micros(2s));
    EXPECT_EQ(tcb.sent(1).origin, SegmentOrigin::Retransmission);
    EXPECT_EQ(tcb.sent(1).original, tcb.sent(0).id);
    EXPECT_EQ(tcb.sent(1).segment.payload, "abc");

    tcb.receive(Flag::Ack, 301, 104);
    EXPECT_EQ(tcb.conn().rto().srtt(), std::optional<Micros>(100ms));
    EXPECT_EQ(tcb.conn().rto().rto(), Micros(2s));

    tcb.advanceTo(3s);
    tcb.conn().send(tcb.now(), "def");
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::Retransmission), Micros(5s)); // backed off
    tcb.advanceTo(3100ms);
    tcb.receive(Flag::Ack, 301, 107); // a valid sample of 100 ms
    EXPECT_EQ(tcb.conn().rto().rttvar(), Micros(37500us));
    EXPECT_EQ(tcb.conn().rto().rto(), Micros(1s));
}

// ---- retransmission of data and FIN, and the limit R2 ------------------------------

TEST(TcbTimer, Established_DataNeverAcked_Textbook_BacksOffAndClosesWithEtimedoutAt123s) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().send(tcb.now(), "lost");
    tcb.advanceTo(1000s);

    // RTO 1 s doubling to the 60 s maximum; 6 retransmissions (R2 >= 100 s, SHLD-11).
    const std::vector<Micros> expected = {0s, 1s, 3s, 7s, 15s, 31s, 63s};
    EXPECT_EQ(sendTimes(tcb), expected);
    for (const SentSegment& s : tcb.sent()) {
        EXPECT_TRUE(isSegment(s, Flag::Ack | Flag::Psh, 101, 301));
        EXPECT_EQ(s.segment.payload, "lost");
    }
    EXPECT_EQ(tcb.state(), State::Closed);
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(123s));
    EXPECT_TRUE(isTransition(tcb.transitions().back(), State::Established, State::Closed,
                             Rule::RetransmissionLimit));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Receive, SocketError::TimedOut));
}

TEST(TcbTimer, Established_DataNeverAcked_Linux_Retransmits15TimesThenCloses) {
    Tcb tcb(linuxProfile());
    tcb.openInEstablished(); // SYN-ACK at 0: RTO 200 ms
    tcb.conn().send(tcb.now(), "lost");
    tcb.advanceTo(3600s);

    EXPECT_EQ(tcb.sent().size(), 16u); // tcp_retries2 = 15
    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Receive, SocketError::TimedOut));
    // 0.2 s doubling to the 120 s maximum: 0.2 * (2^10 - 1) + 120 * 6 = 924.6 s.
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(924600ms));
}

TEST(TcbTimer, FinWait1_FinNotAcked_RetransmitsFin) {
    Tcb tcb;
    tcb.openInFinWait1();
    tcb.advanceTo(1s);

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 301));
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::Retransmission);
    EXPECT_TRUE(tcb.sent(0).segment.payload.empty());
}

TEST(TcbTimer, ClosingAndLastAck_FinNotAcked_RetransmitFin) {
    for (const State state : {State::Closing, State::LastAck}) {
        SCOPED_TRACE(toString(state));
        Tcb tcb;
        tcb.openIn(state);
        tcb.advanceTo(1s);

        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 302));
        EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::Retransmission);
    }
}

TEST(TcbTimer, FinStatesFinNeverAcked_CloseAtRetransmissionLimit) {
    for (const State state : {State::FinWait1, State::Closing, State::LastAck}) {
        SCOPED_TRACE(toString(state));
        Tcb tcb;
        tcb.openIn(state);
        tcb.advanceTo(1000s);

        EXPECT_EQ(tcb.sent().size(), 6u);
        EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(123s));
        EXPECT_TRUE(isTransition(tcb.transitions().back(), state, State::Closed,
                                 Rule::RetransmissionLimit));
    }
}

// ---- TIME-WAIT ---------------------------------------------------------------------

TEST(TcbTimer, TimeWait_LastsTwoMsl_Textbook240sLinux60s) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInTimeWait();
        const Micros length = profile.name == "linux" ? Micros(60s) : Micros(240s);
        EXPECT_EQ(tcb.conn().nextDeadline(), std::optional<Micros>(length));

        tcb.advanceTo(length - 1us);
        EXPECT_EQ(tcb.state(), State::TimeWait);
        tcb.advanceTo(length);
        EXPECT_EQ(tcb.state(), State::Closed);
        ASSERT_EQ(tcb.transitions().size(), 1u);
        EXPECT_TRUE(isTransition(tcb.transitions()[0], State::TimeWait, State::Closed,
                                 Rule::TimeWaitTimeout));
        EXPECT_TRUE(tcb.sent().empty());
        EXPECT_TRUE(tcb.appResults().empty());
    }
}

// 3.10.7.4: "The only thing that can arrive in this state is a retransmission
// of the remote FIN. Acknowledge it, and restart the 2 MSL timeout."
TEST(TcbTimer, TimeWait_ReceivesRetransmittedFin_AcksAndRestartsTwoMsl) {
    Tcb tcb;
    tcb.openInTimeWait();
    tcb.advanceTo(100s);
    tcb.receive(Flag::Fin | Flag::Ack, 301, 102);

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 302));
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::TimeWait), Micros(340s));
    tcb.advanceTo(300s);
    EXPECT_EQ(tcb.state(), State::TimeWait);
    tcb.advanceTo(340s);
    EXPECT_EQ(tcb.state(), State::Closed);
}

// ---- FIN-WAIT-2 ------------------------------------------------------------------

// Linux tcp_fin_timeout: an orphaned FIN-WAIT-2 ends 60 s after our FIN is ACKed.
TEST(TcbTimer, FinWait2_Linux_ClosesSilently60sAfterFinIsAcked) {
    Tcb tcb(linuxProfile());
    tcb.openInFinWait1();
    tcb.advanceTo(1s);
    tcb.receive(Flag::Ack, 301, 102);
    ASSERT_EQ(tcb.state(), State::FinWait2);
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::FinWait2), Micros(61s));
    tcb.clear();

    tcb.advanceTo(61s - 1us);
    EXPECT_EQ(tcb.state(), State::FinWait2);
    tcb.advanceTo(61s);
    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::FinWait2, State::Closed, Rule::FinWait2Timeout));
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbTimer, FinWait2_Textbook_WaitsForTheFinForever) {
    Tcb tcb;
    tcb.openInFinWait2();
    EXPECT_FALSE(tcb.conn().nextDeadline());
    tcb.advanceTo(100000s);
    EXPECT_EQ(tcb.state(), State::FinWait2);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbTimer, FinWait2_Linux_FinBeforeTimeout_EntersTimeWaitAndStopsTheTimer) {
    Tcb tcb(linuxProfile());
    tcb.openInFinWait2();
    tcb.advanceTo(30s);
    tcb.receive(Flag::Fin | Flag::Ack, 301, 102);

    EXPECT_EQ(tcb.state(), State::TimeWait);
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::FinWait2));
    EXPECT_EQ(tcb.conn().nextDeadline(), std::optional<Micros>(90s));
}

// ---- keep-alive (3.8.4) --------------------------------------------------------

TEST(TcbTimer, Keepalive_OffByDefault) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInEstablished();
        EXPECT_FALSE(tcb.conn().keepaliveEnabled()); // MUST-25
        EXPECT_FALSE(tcb.conn().nextDeadline());
    }
}

TEST(TcbTimer, Keepalive_UnansweredProbes_SendRstAndCloseWithEtimedout) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().setOptions(tcb.now(), keepalive(100s, 10s, 3));
    EXPECT_TRUE(tcb.conn().keepaliveEnabled());
    tcb.advanceTo(1000s);

    const std::vector<Micros> expected = {100s, 110s, 120s, 130s};
    EXPECT_EQ(sendTimes(tcb), expected);
    for (std::size_t i = 0; i < 3; ++i) {
        // SEG.SEQ = SND.NXT-1 and no data: the peer must answer with an ACK.
        EXPECT_TRUE(isSegment(tcb.sent(i), Flag::Ack, 100, 301));
        EXPECT_TRUE(tcb.sent(i).segment.payload.empty());
        EXPECT_EQ(tcb.sent(i).origin, SegmentOrigin::KeepaliveProbe);
    }
    EXPECT_TRUE(isSegment(tcb.sent(3), Flag::Rst, 101));
    EXPECT_EQ(tcb.state(), State::Closed);
    EXPECT_TRUE(isTransition(tcb.transitions().back(), State::Established, State::Closed,
                             Rule::KeepaliveTimeout));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Receive, SocketError::TimedOut));
}

TEST(TcbTimer, Keepalive_Linux_Defaults_DeclareThePeerDeadAfter7875s) {
    Tcb tcb(linuxProfile());
    tcb.openInEstablished();
    SocketOptions on;
    on.keepalive = true;
    tcb.conn().setOptions(tcb.now(), on);
    tcb.advanceTo(10000s);

    ASSERT_EQ(tcb.sent().size(), 10u); // 9 probes and the RST
    EXPECT_EQ(tcb.sent(0).t, Micros(7200s));
    EXPECT_EQ(tcb.sent(8).t, Micros(7800s));
    EXPECT_EQ(timeEntered(tcb, State::Closed), Micros(7875s));
}

TEST(TcbTimer, Keepalive_AnswerToProbe_RestartsTheIdleTime) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().setOptions(tcb.now(), keepalive(100s, 10s, 3));
    tcb.advanceTo(101s);
    ASSERT_EQ(tcb.sent().size(), 1u); // the probe at 100 s
    tcb.receive(Flag::Ack, 301, 101); // the peer's answer
    tcb.advanceTo(215s);

    const std::vector<Micros> expected = {100s, 201s, 211s};
    EXPECT_EQ(sendTimes(tcb), expected);
    EXPECT_EQ(tcb.state(), State::Established);
}

TEST(TcbTimer, Keepalive_SegmentFromPeer_PostponesTheFirstProbe) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().setOptions(tcb.now(), keepalive(100s, 10s, 3));
    tcb.advanceTo(50s);
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, "hi");
    tcb.clear();
    tcb.advanceTo(150s - 1us);
    EXPECT_TRUE(tcb.sent().empty());
    tcb.advanceTo(150s);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::KeepaliveProbe);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 100, 303));
}

TEST(TcbTimer, Keepalive_TurnedOff_StopsTheTimer) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().setOptions(tcb.now(), keepalive(100s, 10s, 3));
    SocketOptions off;
    off.keepalive = false;
    tcb.conn().setOptions(tcb.now(), off);
    EXPECT_FALSE(tcb.conn().nextDeadline());
    tcb.advanceTo(1000s);
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- delayed ACK (3.8.6.3) -----------------------------------------------------

// Linux once its quick-ACK allowance at the start of a connection is spent.
Profile linuxPastQuickAcks() {
    Profile p = linuxProfile();
    p.quickAcks = 0;
    return p;
}

TEST(TcbTimer, DelayedAck_Linux_FirstDataSegmentsAreAckedAtOnce) {
    Tcb tcb(linuxProfile());
    tcb.openInEstablished();
    for (int i = 0; i < 16; ++i)
        tcb.receive(Flag::Ack | Flag::Psh, 301 + 10u * static_cast<unsigned>(i), 101,
                    std::string(10, 'q'));
    EXPECT_EQ(tcb.sent().size(), 16u);
    // The 17th waits for the delayed-ACK timer (TCP_MAX_QUICKACKS is 16).
    tcb.receive(Flag::Ack | Flag::Psh, 301 + 160, 101, std::string(10, 'q'));
    EXPECT_EQ(tcb.sent().size(), 16u);
    EXPECT_TRUE(tcb.conn().timerDeadline(TimerKind::DelayedAck));
}

TEST(TcbTimer, DelayedAck_Linux_FinIsAckedAfter40msEvenInQuickAckMode) {
    Tcb tcb(linuxProfile());
    tcb.openInEstablished();
    tcb.receive(Flag::Fin | Flag::Ack, 301, 101);
    EXPECT_EQ(tcb.conn().state(), State::CloseWait);
    EXPECT_TRUE(tcb.sent().empty());
    tcb.advanceTo(40ms);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
}

TEST(TcbTimer, DelayedAck_Linux_DataIsAckedAfter40ms) {
    Tcb tcb(linuxPastQuickAcks());
    tcb.openInEstablished();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, std::string(100, 'd'));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::DelayedAck), Micros(40ms));

    tcb.advanceTo(40ms);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 401));
    EXPECT_EQ(tcb.sent(0).t, Micros(40ms));
}

TEST(TcbTimer, DelayedAck_Linux_ReplyCarriesTheAck) {
    Tcb tcb(linuxPastQuickAcks());
    tcb.openInEstablished();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, "question");
    tcb.advanceTo(10ms);
    tcb.conn().send(tcb.now(), "answer");
    tcb.advanceTo(100ms);

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 101, 309));
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::DelayedAck));
}

TEST(TcbTimer, DelayedAck_Linux_EverySecondFullSizedSegmentIsAckedAtOnce) {
    Tcb tcb(linuxPastQuickAcks());
    tcb.openInEstablished();
    tcb.receive(Flag::Ack, 301, 101, std::string(1460, 'a'));
    EXPECT_TRUE(tcb.sent().empty());
    tcb.receive(Flag::Ack, 301 + 1460, 101, std::string(1460, 'b'));

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301 + 2920));
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::DelayedAck));

    // The count starts over: a third full segment waits again.
    tcb.receive(Flag::Ack, 301 + 2920, 101, std::string(1460, 'c'));
    EXPECT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(tcb.conn().timerDeadline(TimerKind::DelayedAck));
}

TEST(TcbTimer, DelayedAck_Textbook_AcksAtOnce) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, std::string(100, 'd'));

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 401));
    EXPECT_FALSE(tcb.conn().nextDeadline());
}
