// Opening a connection: CLOSED, LISTEN, SYN-SENT, SYN-RECEIVED and the ways
// into ESTABLISHED (RFC 9293 3.5, 3.10.1, 3.10.7.2, 3.10.7.3, 3.10.7.4).
#include "printers.h"
#include "tcb_fixture.h"

#include <gtest/gtest-spi.h>

using namespace core;
using namespace core::test;

// ---- CLOSED --------------------------------------------------------------------

TEST(TcbClosed, PassiveOpen_EntersListenAndSendsNothing) {
    Tcb tcb;
    tcb.conn().openPassive(tcb.now());

    EXPECT_EQ(tcb.state(), State::Listen);
    EXPECT_TRUE(tcb.sent().empty());
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::Closed, State::Listen, Rule::PassiveOpen));
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbClosed, ActiveOpen_SendsSynAndEntersSynSent) {
    Tcb tcb;
    tcb.conn().openActive(tcb.now(), kPeer);

    EXPECT_EQ(tcb.state(), State::SynSent);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::Closed, State::SynSent, Rule::ActiveOpen));
    // 3.10.1: <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1.
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn, 100));
    EXPECT_EQ(tcb.sent(0).to, kPeer.address);
    EXPECT_EQ(tcb.sent(0).segment.srcPort, kLocal.port);
    EXPECT_EQ(tcb.sent(0).segment.dstPort, kPeer.port);
    EXPECT_EQ(tcb.sent(0).segment.options.mss, std::optional<std::uint16_t>(1460));
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(100));
    EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(101));
    // RFC 6298 (2.1): the first RTO is 1 s.
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::Retransmission), Micros(1s));
}

TEST(TcbClosed, ActiveOpen_Linux_SynOffersWindowScaleSackAndTimestamps) {
    Tcb tcb(linuxProfile());
    tcb.conn().openActive(tcb.now(), kPeer);

    ASSERT_EQ(tcb.sent().size(), 1u);
    const Options& o = tcb.sent(0).segment.options;
    EXPECT_EQ(o.mss, std::optional<std::uint16_t>(1460));
    EXPECT_EQ(o.windowScale, std::optional<std::uint8_t>(10));
    EXPECT_TRUE(o.sackPermitted);
    EXPECT_TRUE(o.timestamps.has_value());
    EXPECT_EQ(tcb.sent(0).segment.window, 64240); // a SYN's window is never scaled
}

TEST(TcbClosed, SendCloseAndAbort_AreRefusedOrIgnored) {
    Tcb tcb;
    EXPECT_EQ(tcb.conn().send(tcb.now(), "x"), SocketError::NotConnected);
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::NotConnected);
    tcb.conn().abort(tcb.now());
    tcb.receive(Flag::Syn, kPeerIss); // 3.10.7.1 is the host's job

    EXPECT_EQ(tcb.state(), State::Closed);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_TRUE(tcb.transitions().empty());
}

// ---- LISTEN --------------------------------------------------------------------

TEST(TcbListen, ReceivesSyn_SendsSynAckAndEntersSynReceived) {
    Tcb tcb;
    tcb.openInListen();
    const SegId syn = tcb.receive(Flag::Syn, 300);

    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Listen, State::SynReceived,
                             Rule::SynInListen, syn));
    // 3.10.7.2 third: <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn | Flag::Ack, 100, 301));
    EXPECT_EQ(tcb.conn().irs(), SeqNum(300));
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(301));
    EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(101));
    EXPECT_EQ(tcb.conn().remote(), kPeer);
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::Retransmission), Micros(1s));
}

// 3.10.2: SEND in LISTEN with the remote socket given turns the passive OPEN
// into an active one: a SYN with a fresh ISS, LISTEN -> SYN-SENT.
TEST(TcbListen, SendWithRemoteSocket_SendsSynAndEntersSynSent) {
    Tcb tcb;
    tcb.openInListen();
    tcb.conn().activateFromListen(tcb.now(), kPeer, SeqNum(5000));

    EXPECT_EQ(tcb.state(), State::SynSent);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Listen, State::SynSent,
                             Rule::SendInListen, kNone));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn, 5000, 0));
    EXPECT_FALSE(tcb.conn().passiveOpen());

    // It then completes like any active open.
    tcb.receive(Flag::Syn | Flag::Ack, 300, 5001);
    EXPECT_EQ(tcb.state(), State::Established);
}

TEST(TcbListen, ReceivesAck_SendsRstWithSeqOfAckAndStays) {
    Tcb tcb;
    tcb.openInListen();
    tcb.receive(Flag::Ack, 300, 555);

    EXPECT_EQ(tcb.state(), State::Listen);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 555)); // <SEQ=SEG.ACK><CTL=RST>
    EXPECT_TRUE(tcb.transitions().empty());
}

TEST(TcbListen, ReceivesSegmentWithoutSynAckOrRst_DropsIt) {
    Tcb tcb;
    tcb.openInListen();
    tcb.receive(Flag::Fin, 300);
    tcb.receive(Flags(), 300, 0, "data");

    EXPECT_EQ(tcb.state(), State::Listen);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbListen, Close_EntersClosed) {
    Tcb tcb;
    tcb.openInListen();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Listen, State::Closed, Rule::CloseCall));
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbListen, Abort_EntersClosedWithoutSending) {
    Tcb tcb;
    tcb.openInListen();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Listen, State::Closed, Rule::AbortCall));
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbListen, Send_WithoutForeignSocket_IsRefused) {
    Tcb tcb;
    tcb.openInListen();
    EXPECT_EQ(tcb.conn().send(tcb.now(), "x"), SocketError::InvalidState);
    EXPECT_EQ(tcb.state(), State::Listen);
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- SYN-SENT ------------------------------------------------------------------

TEST(TcbSynSent, ReceivesSynAck_EntersEstablishedAndAcks) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.advanceTo(100ms);
    const SegId synAck = tcb.receive(Flag::Syn | Flag::Ack, 300, 101);

    EXPECT_EQ(tcb.state(), State::Established);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynSent, State::Established,
                             Rule::SynAckInSynSent, synAck));
    // 3.10.7.3 fourth: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::None));
    EXPECT_EQ(tcb.conn().irs(), SeqNum(300));
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
    EXPECT_EQ(tcb.conn().sndWnd(), 65535u);
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbSynSent, ReceivesSyn_EntersSynReceivedAndSendsSynAck) {
    Tcb tcb;
    tcb.openInSynSent();
    const SegId syn = tcb.receive(Flag::Syn, 300);

    // Simultaneous open (3.10.7.3 fourth, Figure 7).
    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynSent, State::SynReceived,
                             Rule::SynInSynSent, syn));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn | Flag::Ack, 100, 301));
    EXPECT_FALSE(tcb.conn().passiveOpen());
    EXPECT_TRUE(tcb.appResults().empty());
}

TEST(TcbSynSent, ReceivesAckOutsideWindow_SendsRstWithSeqOfAck) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.receive(Flag::Syn | Flag::Ack, 300, 100); // SEG.ACK =< ISS
    tcb.receive(Flag::Syn | Flag::Ack, 300, 102); // SEG.ACK > SND.NXT
    tcb.receive(Flag::Ack, 300, 5000);

    EXPECT_EQ(tcb.state(), State::SynSent);
    ASSERT_EQ(tcb.sent().size(), 3u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 100));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Rst, 102));
    EXPECT_TRUE(isSegment(tcb.sent(2), Flag::Rst, 5000));
    EXPECT_TRUE(tcb.transitions().empty());
}

TEST(TcbSynSent, ReceivesAcceptableAckWithoutSyn_DropsIt) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.receive(Flag::Ack, 300, 101); // 3.10.7.3 fifth: neither SYN nor RST

    EXPECT_EQ(tcb.state(), State::SynSent);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(100));
}

TEST(TcbSynSent, Close_EntersClosedWithoutSending) {
    Tcb tcb;
    tcb.openInSynSent();
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynSent, State::Closed, Rule::CloseCall));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbSynSent, Abort_EntersClosedWithoutSending) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynSent, State::Closed, Rule::AbortCall));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

// ---- SYN-RECEIVED --------------------------------------------------------------

TEST(TcbSynReceived, PassiveOpen_ReceivesAckOfSyn_EntersEstablished) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::PassiveOpen);
    tcb.advanceTo(50ms);
    const SegId ack = tcb.receive(Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::Established);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Established,
                             Rule::AckInSynReceived, ack));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_TRUE(tcb.appResults().empty()); // a passive open has no connect() to complete
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
    EXPECT_EQ(tcb.conn().sndWnd(), 65535u);
    EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::Retransmission));
}

TEST(TcbSynReceived, SimultaneousOpen_ReceivesAckOfSyn_EntersEstablishedAndCompletesConnect) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    const SegId ack = tcb.receive(Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::Established);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Established,
                             Rule::AckInSynReceived, ack));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::None));
}

// The peer, also in SYN-RECEIVED, repeats its SYN with an ACK of ours. Its SYN
// lies left of the window, yet Figure 7 (and Linux) complete the open on it.
TEST(TcbSynReceived, SimultaneousOpen_ReceivesPeersSynAck_EntersEstablishedAsInFigure7) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
        const SegId synAck = tcb.receive(Flag::Syn | Flag::Ack, 300, 101);

        EXPECT_EQ(tcb.conn().state(), State::Established);
        EXPECT_TRUE(tcb.sent().empty());
        ASSERT_FALSE(tcb.transitions().empty());
        EXPECT_TRUE(isTransition(tcb.transitions().back(), State::SynReceived, State::Established,
                                 Rule::AckInSynReceived, synAck));
    }
}

// Two model TCBs open towards each other at once (Figure 7). Every segment is
// delivered; the exchange must end with both ESTABLISHED and nothing in flight.
TEST(TcbSynReceived, SimultaneousOpen_TwoTcbs_BothReachEstablishedAndFallQuiet) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Micros now{0};
        RecordingSink sinkA(now);
        RecordingSink sinkB(now);
        Connection a(ConnectionParams{1, kLocal, 100, 0}, profile, sinkA);
        Connection b(ConnectionParams{2, kPeer, 300, 0}, profile, sinkB);
        a.openActive(now, kPeer);
        b.openActive(now, kLocal);

        std::size_t deliveredA = 0; // segments of A handed to B so far
        std::size_t deliveredB = 0;
        int exchanged = 0;
        while (exchanged < 20 &&
               (deliveredA < sinkA.sent.size() || deliveredB < sinkB.sent.size())) {
            now += 10ms;
            if (deliveredA < sinkA.sent.size())
                b.onSegment(now, sinkA.sent[deliveredA++].segment, kLocal, ++exchanged);
            if (deliveredB < sinkB.sent.size())
                a.onSegment(now, sinkB.sent[deliveredB++].segment, kPeer, ++exchanged);
        }
        EXPECT_EQ(a.state(), State::Established);
        EXPECT_EQ(b.state(), State::Established);
        EXPECT_LT(exchanged, 20) << "the two ends kept answering each other";
    }
}

TEST(TcbSynReceived, ReceivesUnacceptableAck_SendsRstWithSeqOfAck) {
    Tcb tcb;
    tcb.openInSynReceived();
    tcb.receive(Flag::Ack, 301, 100); // SEG.ACK =< SND.UNA
    tcb.receive(Flag::Ack, 301, 102); // SEG.ACK > SND.NXT

    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 100));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Rst, 102));
    EXPECT_TRUE(tcb.transitions().empty());
}

TEST(TcbSynReceived, ReceivesSegmentWithoutAck_DropsIt) {
    Tcb tcb;
    tcb.openInSynReceived();
    tcb.receive(Flags(), 301, 0, "early"); // 3.10.7.4 fifth: ACK bit off

    EXPECT_EQ(tcb.state(), State::SynReceived);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.bytesDelivered(), 0u);
}

TEST(TcbSynReceived, ReceivesAckWithData_EntersEstablishedAndDeliversData) {
    Tcb tcb;
    tcb.openInSynReceived();
    tcb.receive(Flag::Ack | Flag::Psh, 301, 101, "hello");

    EXPECT_EQ(tcb.state(), State::Established);
    ASSERT_EQ(tcb.deliveries().size(), 1u);
    EXPECT_EQ(tcb.deliveries()[0].offset, 0u);
    EXPECT_EQ(tcb.deliveries()[0].bytes, 5u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(306));
    ASSERT_EQ(tcb.sent().size(), 1u); // textbook: no delayed ACK
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 306));
}

TEST(TcbSynReceived, ReceivesAckWithFin_EntersEstablishedThenCloseWait) {
    Tcb tcb;
    tcb.openInSynReceived();
    const SegId finAck = tcb.receive(Flag::Fin | Flag::Ack, 301, 101);

    EXPECT_EQ(tcb.state(), State::CloseWait);
    const auto t = tcb.transitions();
    ASSERT_EQ(t.size(), 2u);
    EXPECT_TRUE(
        isTransition(t[0], State::SynReceived, State::Established, Rule::AckInSynReceived, finAck));
    EXPECT_TRUE(
        isTransition(t[1], State::Established, State::CloseWait, Rule::FinReceived, finAck));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 302));
}

// 3.10.4 CLOSE in SYN-RECEIVED: "If no SENDs have been issued and there is no
// pending data to send, then form a FIN segment and send it, and enter
// FIN-WAIT-1 state".
TEST(TcbSynReceived, Close_SendsFinAndEntersFinWait1) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);

    EXPECT_EQ(tcb.state(), State::FinWait1);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::SynReceived, State::FinWait1, Rule::CloseCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Fin | Flag::Ack, 101, 301));

    // The peer ACKs SYN and FIN together: FIN-WAIT-2.
    tcb.clear();
    tcb.receive(Flag::Ack, 301, 102);
    EXPECT_EQ(tcb.state(), State::FinWait2);
}

// With data queued the FIN waits for it, and the data waits for ESTABLISHED
// (3.10.4). The model enters FIN-WAIT-1 at once, as Linux does.
TEST(TcbSynReceived, CloseWithQueuedData_SendsDataThenFinOnceSynIsAcked) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    EXPECT_EQ(tcb.conn().send(tcb.now(), "abc"), SocketError::None);
    EXPECT_EQ(tcb.conn().close(tcb.now()), SocketError::None);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.state(), State::FinWait1);

    tcb.receive(Flag::Ack, 301, 101);
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 101, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload, "abc");
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Fin | Flag::Ack, 104, 301));
}

TEST(TcbSynReceived, PassiveOpen_ReceivesDuplicateSyn_Textbook_AcksIt) {
    Tcb tcb;
    tcb.openInSynReceived();
    tcb.receive(Flag::Syn, 300); // left of the window: 3.10.7.4 first check

    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));
}

TEST(TcbSynReceived, PassiveOpen_ReceivesDuplicateSyn_Linux_RetransmitsSynAck) {
    Tcb tcb(linuxProfile());
    tcb.openInSynReceived(SynReceivedVia::ListenerChild);
    tcb.receive(Flag::Syn, 300); // tcp_check_req() answers with the SYN-ACK again

    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Syn | Flag::Ack, 100, 301));
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::Retransmission);
    EXPECT_EQ(tcb.sent(0).original, 0); // the first SYN-ACK, cleared by the helper
}

TEST(TcbSynReceived, Abort_SendsRstAndEntersClosed) {
    Tcb tcb;
    tcb.openInSynReceived();
    tcb.conn().abort(tcb.now());

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::SynReceived, State::Closed, Rule::AbortCall));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst, 101)); // 3.10.5: <SEQ=SND.NXT><CTL=RST>
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

// ---- into ESTABLISHED, both ways ----------------------------------------------

TEST(TcbEstablished, ReachedByActiveAndPassiveOpen_WithTheSameVariables) {
    for (const Opener opener : {Opener::Active, Opener::Passive}) {
        Tcb tcb;
        tcb.openInEstablished(opener);
        EXPECT_EQ(tcb.conn().iss(), SeqNum(100));
        EXPECT_EQ(tcb.conn().irs(), SeqNum(300));
        EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
        EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(101));
        EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(301));
        EXPECT_EQ(tcb.conn().passiveOpen(), opener == Opener::Passive);
        EXPECT_FALSE(tcb.conn().nextDeadline());
    }
}

// ---- the harness itself ----------------------------------------------------------

// The recording sink must catch a transition RFC 9293 does not allow, so that
// every test above would fail on one.
TEST(TcbHarness, RecordingSink_FlagsTransitionsTheRfcDoesNotAllow) {
    Micros now{0};
    RecordingSink sink(now);
    EXPECT_NONFATAL_FAILURE(
        sink.record(now, StateChanged{kConnId, State::Listen, State::Established,
                                      Rule::AckInSynReceived, kNone}),
        "RFC 9293 does not allow LISTEN -> ESTABLISHED");
}

TEST(TcbHarness, RecordingSink_FlagsATransitionThatStartsElsewhere) {
    Micros now{0};
    RecordingSink sink(now);
    sink.record(now, StateChanged{kConnId, State::Closed, State::SynSent, Rule::ActiveOpen, kNone});
    EXPECT_NONFATAL_FAILURE(sink.record(now, StateChanged{kConnId, State::Established,
                                                          State::FinWait1, Rule::CloseCall, kNone}),
                            "starts elsewhere");
}
