// Closing a connection: ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT,
// CLOSING, LAST-ACK, TIME-WAIT entered and left by CLOSE, FIN, the ACK of our
// FIN and ABORT (RFC 9293 3.6, 3.10.4, 3.10.5, 3.10.7.4 fifth and eighth steps).
#include "printers.h"
#include "tcb_fixture.h"

using namespace core;
using namespace core::test;

// ---- ESTABLISHED ---------------------------------------------------------------

TEST(TcbEstablished, Close_SendsFinAndEntersFinWait1) {
    Tcb tcb;
    tcb.openInEstablished();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);

    EXPECT_EQ(tcb.state(), State::FinWait1);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::Established, State::FinWait1, Rule::CloseCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 301));
    EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(102)); // the FIN takes one sequence number
    EXPECT_TRUE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbEstablished, ReceivesFin_EntersCloseWaitAndAcks) {
    Tcb tcb;
    tcb.openInEstablished();
    const SegId fin = tcb.receive(Flag::Fin | Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::CloseWait);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Established, State::CloseWait,
                             Rule::FinReceived, fin));
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(302)); // advanced over the FIN
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
}

// Linux delays the ACK of a FIN; when the application closes at once, its FIN
// carries the acknowledgment and the close takes three segments.
TEST(TcbEstablished, ReceivesFin_Linux_AcksAfterDelayOrWithOurFin) {
    {
        Tcb tcb(linuxProfile());
        tcb.openInEstablished();
        tcb.receive(Flag::Fin | Flag::Ack, 301, 101);
        EXPECT_EQ(tcb.state(), State::CloseWait);
        EXPECT_TRUE(tcb.sent().empty());
        tcb.advanceTo(40ms);
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
        EXPECT_EQ(tcb.sent(0).t, Micros(40ms));
    }
    {
        Tcb tcb(linuxProfile());
        tcb.openInEstablished();
        tcb.receive(Flag::Fin | Flag::Ack, 301, 101);
        tcb.advanceTo(10ms);
        tcb.conn().close(tcb.now());
        tcb.advanceTo(100ms);
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 302));
        EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::DelayedAck));
    }
}

TEST(TcbEstablished, Abort_SendsRstWithSndNxtAndEntersClosed) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().send(tcb.now(), "unacked");
    tcb.clear();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::Established, State::Closed, Rule::AbortCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 108)); // 3.10.5: <SEQ=SND.NXT><CTL=RST>
    EXPECT_FALSE(tcb.conn().nextDeadline());             // the retransmission queue is flushed
}

// ---- FIN-WAIT-1 ----------------------------------------------------------------

TEST(TcbFinWait1, ReceivesAckOfFin_EntersFinWait2) {
    Tcb tcb;
    tcb.openInFinWait1();
    const SegId ack = tcb.receive(Flag::Ack, 301, 102);

    EXPECT_EQ(tcb.state(), State::FinWait2);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::FinWait1, State::FinWait2, Rule::AckOfFin, ack));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbFinWait1, ReceivesAckNotCoveringFin_Stays) {
    Tcb tcb;
    tcb.openInFinWait1();
    tcb.receive(Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::FinWait1);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_TRUE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

// Simultaneous close (Figure 13): each FIN crosses the other.
TEST(TcbFinWait1, ReceivesFin_EntersClosingAndAcks) {
    Tcb tcb;
    tcb.openInFinWait1();
    const SegId fin = tcb.receive(Flag::Fin | Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::Closing);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::FinWait1, State::Closing,
                             Rule::FinReceived, fin));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 302));
}

// 3.10.7.4 eighth step, FIN-WAIT-1: "If our FIN has been ACKed (perhaps in this
// segment), then enter TIME-WAIT".
TEST(TcbFinWait1, ReceivesFinWithAckOfFin_EntersTimeWaitAndAcks) {
    Tcb tcb;
    tcb.openInFinWait1();
    const SegId finAck = tcb.receive(Flag::Fin | Flag::Ack, 301, 102);

    EXPECT_EQ(tcb.state(), State::TimeWait);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::FinWait1, State::TimeWait,
                             Rule::FinReceived, finAck));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 302));
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::TimeWait), Micros(240s));
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbFinWait1, ReceivesData_DeliversIt) {
    Tcb tcb;
    tcb.openInFinWait1();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, "late");

    EXPECT_EQ(tcb.state(), State::FinWait1);
    EXPECT_EQ(tcb.bytesDelivered(), 4u);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 305));
}

TEST(TcbFinWait1, CloseAndSend_AreRefused) {
    Tcb tcb;
    tcb.openInFinWait1();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::InvalidState); // "connection closing"
    EXPECT_EQ(tcb.conn().send(tcb.now(), "x"), SocketError::BrokenPipe);
    EXPECT_EQ(tcb.state(), State::FinWait1);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbFinWait1, Abort_SendsRstAndEntersClosed) {
    Tcb tcb;
    tcb.openInFinWait1();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::FinWait1, State::Closed, Rule::AbortCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 102));
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

// ---- FIN-WAIT-2 ----------------------------------------------------------------

TEST(TcbFinWait2, ReceivesFin_EntersTimeWaitAndAcks) {
    Tcb tcb;
    tcb.openInFinWait2();
    const SegId fin = tcb.receive(Flag::Fin | Flag::Ack, 301, 102);

    EXPECT_EQ(tcb.state(), State::TimeWait);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::FinWait2, State::TimeWait,
                             Rule::FinReceived, fin));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 302));
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::TimeWait), Micros(240s));
}

TEST(TcbFinWait2, ReceivesData_DeliversItAndAcks) {
    Tcb tcb;
    tcb.openInFinWait2();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 102, "more");

    EXPECT_EQ(tcb.state(), State::FinWait2);
    EXPECT_EQ(tcb.bytesDelivered(), 4u);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 102, 305));
}

TEST(TcbFinWait2, CloseAndSend_AreRefused) {
    Tcb tcb;
    tcb.openInFinWait2();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::InvalidState);
    EXPECT_EQ(tcb.conn().send(tcb.now(), "x"), SocketError::BrokenPipe);
    EXPECT_EQ(tcb.state(), State::FinWait2);
}

TEST(TcbFinWait2, Abort_SendsRstAndEntersClosed) {
    Tcb tcb;
    tcb.openInFinWait2();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::FinWait2, State::Closed, Rule::AbortCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 102));
}

// ---- CLOSE-WAIT ----------------------------------------------------------------

TEST(TcbCloseWait, Close_SendsFinAndEntersLastAck) {
    Tcb tcb;
    tcb.openInCloseWait();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);

    EXPECT_EQ(tcb.state(), State::LastAck);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::CloseWait, State::LastAck, Rule::CloseCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 302));
}

TEST(TcbCloseWait, ReceivesRetransmittedFin_AcksAgainAndStays) {
    Tcb tcb;
    tcb.openInCloseWait();
    tcb.receive(Flag::Fin | Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::CloseWait);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(302));
}

TEST(TcbCloseWait, ReceivesData_IgnoresIt) {
    Tcb tcb;
    tcb.openInCloseWait();
    tcb.receive(Flag::Ack, 302, 101, "after FIN"); // 3.10.7.4 seventh: ignore the text

    EXPECT_EQ(tcb.bytesDelivered(), 0u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(302));
}

TEST(TcbCloseWait, Abort_SendsRstAndEntersClosed) {
    Tcb tcb;
    tcb.openInCloseWait();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::CloseWait, State::Closed, Rule::AbortCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 101));
}

// ---- CLOSING -------------------------------------------------------------------

TEST(TcbClosing, ReceivesAckOfFin_EntersTimeWait) {
    Tcb tcb;
    tcb.openInClosing();
    const SegId ack = tcb.receive(Flag::Ack, 302, 102);

    EXPECT_EQ(tcb.state(), State::TimeWait);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::Closing, State::TimeWait, Rule::AckOfFin, ack));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::TimeWait), Micros(240s));
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbClosing, ReceivesAckNotCoveringFin_Stays) {
    Tcb tcb;
    tcb.openInClosing();
    tcb.receive(Flag::Ack, 302, 101);

    EXPECT_EQ(tcb.state(), State::Closing);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbClosing, CloseIsRefusedAndAbortClosesWithoutRst) {
    Tcb tcb;
    tcb.openInClosing();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::InvalidState);
    tcb.conn().abort(tcb.now()); // 3.10.5: "Respond with ok and delete the TCB"

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Closing, State::Closed, Rule::AbortCall));
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- LAST-ACK ------------------------------------------------------------------

TEST(TcbLastAck, ReceivesAckOfFin_EntersClosed) {
    Tcb tcb;
    tcb.openInLastAck();
    const SegId ack = tcb.receive(Flag::Ack, 302, 102);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::LastAck, State::Closed, Rule::AckOfFin, ack));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_TRUE(tcb.appResults().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbLastAck, ReceivesAckNotCoveringFin_Stays) {
    Tcb tcb;
    tcb.openInLastAck();
    tcb.receive(Flag::Ack, 302, 101);

    EXPECT_EQ(tcb.state(), State::LastAck);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbLastAck, CloseIsRefusedAndAbortClosesWithoutRst) {
    Tcb tcb;
    tcb.openInLastAck();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::InvalidState);
    EXPECT_EQ(tcb.conn().send(tcb.now(), "x"), SocketError::BrokenPipe);
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::LastAck, State::Closed, Rule::AbortCall));
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- TIME-WAIT -----------------------------------------------------------------

TEST(TcbTimeWait, CloseIsRefusedAndAbortClosesWithoutRst) {
    Tcb tcb;
    tcb.openInTimeWait();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::InvalidState);
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::TimeWait, State::Closed, Rule::AbortCall));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

// RFC 9293 3.6.1 (MAY-2): the host hands a new SYN for this 4-tuple to the listener.
TEST(TcbTimeWait, EndForReuse_EntersClosedWithTheSynAsCause) {
    Tcb tcb;
    tcb.openInTimeWait();
    tcb.conn().endTimeWaitForReuse(tcb.now(), 4242);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::TimeWait, State::Closed,
                             Rule::TimeWaitReopen, 4242));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbTimeWait, ReceivesAckInWindow_StaysWithoutAnswer) {
    Tcb tcb;
    tcb.openInTimeWait();
    tcb.receive(Flag::Ack, 302, 102);

    EXPECT_EQ(tcb.state(), State::TimeWait);
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- whole closes ----------------------------------------------------------------

TEST(TcbClose, ActiveClose_GoesThroughFinWait1FinWait2TimeWaitToClosed) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().close(tcb.now());
    tcb.advanceTo(10ms);
    tcb.receive(Flag::Ack, 301, 102);
    tcb.advanceTo(20ms);
    tcb.receive(Flag::Fin | Flag::Ack, 301, 102);
    tcb.advanceTo(20ms + 240s);

    const auto t = tcb.transitions();
    ASSERT_EQ(t.size(), 4u);
    EXPECT_EQ(t[0].to, State::FinWait1);
    EXPECT_EQ(t[1].to, State::FinWait2);
    EXPECT_EQ(t[2].to, State::TimeWait);
    EXPECT_TRUE(isTransition(t[3], State::TimeWait, State::Closed, Rule::TimeWaitTimeout));
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 301));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Ack, 102, 302));
    EXPECT_TRUE(tcb.appResults().empty()); // an orderly close reports no error
}

TEST(TcbClose, PassiveClose_GoesThroughCloseWaitLastAckToClosed) {
    Tcb tcb;
    tcb.openInEstablished(Opener::Passive);
    tcb.receive(Flag::Fin | Flag::Ack, 301, 101);
    tcb.conn().close(tcb.now());
    tcb.receive(Flag::Ack, 302, 102);

    const auto t = tcb.transitions();
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].to, State::CloseWait);
    EXPECT_EQ(t[1].to, State::LastAck);
    EXPECT_TRUE(isTransition(t[2], State::LastAck, State::Closed, Rule::AckOfFin, t[2].cause));
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Fin | Flag::Ack, 101, 302));
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbClose, SimultaneousClose_GoesThroughClosingToTimeWait) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.conn().close(tcb.now());
    tcb.receive(Flag::Fin | Flag::Ack, 301, 101); // the peer's FIN crossed ours
    tcb.receive(Flag::Ack, 302, 102);             // and then it ACKs our FIN

    const auto t = tcb.transitions();
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].to, State::FinWait1);
    EXPECT_TRUE(isTransition(t[1], State::FinWait1, State::Closing, Rule::FinReceived, t[1].cause));
    EXPECT_TRUE(isTransition(t[2], State::Closing, State::TimeWait, Rule::AckOfFin, t[2].cause));
}

// After CLOSE in SYN-RECEIVED the FIN is out but the SYN-ACK is still
// unacknowledged: the timer retransmits the SYN-ACK first.
TEST(TcbSynReceived, CloseBeforeAckOfSyn_RetransmitsSynAckThenReachesFinWait2) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    tcb.conn().close(tcb.now());
    tcb.clear();
    tcb.advanceTo(1s);

    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn | Flag::Ack, 100, 301));
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::Retransmission);

    tcb.receive(Flag::Ack, 301, 102);
    EXPECT_EQ(tcb.state(), State::FinWait2);
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}
