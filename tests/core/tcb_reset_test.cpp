// RST and SYN handling in every state, and the acceptability test of RFC 9293
// 3.10.7.4 (Table 6). The textbook profile follows RFC 793's reset rules; the
// linux profile answers with RFC 5961 challenge ACKs.
#include "printers.h"
#include "tcb_fixture.h"

#include <array>

using namespace core;
using namespace core::test;

namespace {

// The states where an acceptable RST tells the application ECONNRESET.
constexpr std::array kResetReportedStates = {State::Established, State::FinWait1, State::FinWait2,
                                             State::CloseWait};
// The states where an acceptable RST just closes.
constexpr std::array kResetSilentStates = {State::Closing, State::LastAck, State::TimeWait};
// Every state where the acceptability test applies.
constexpr std::array kSynchronizedStates = {State::SynReceived, State::Established, State::FinWait1,
                                            State::FinWait2,    State::CloseWait,   State::Closing,
                                            State::LastAck,     State::TimeWait};

std::uint32_t rcvNxt(const Tcb& tcb) {
    return tcb.conn().rcvNxt().value();
}
std::uint32_t sndNxt(const Tcb& tcb) {
    return tcb.conn().sndNxt().value();
}

} // namespace

// ---- LISTEN and SYN-SENT -----------------------------------------------------------

TEST(TcbReset, Listen_ReceivesRst_IgnoresIt) {
    Tcb tcb;
    tcb.openInListen();
    tcb.receive(Flag::Rst, 300);
    tcb.receive(Flag::Rst | Flag::Ack, 300, 100);

    EXPECT_EQ(tcb.state(), State::Listen);
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_TRUE(tcb.transitions().empty());
}

TEST(TcbReset, SynSent_ReceivesRstWithAcceptableAck_EntersClosedConnectionRefused) {
    Tcb tcb;
    tcb.openInSynSent();
    const SegId rst = tcb.receive(Flag::Rst | Flag::Ack, 0, 101);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(
        isTransition(tcb.transitions()[0], State::SynSent, State::Closed, Rule::RstReceived, rst));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::ConnectionRefused));
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_FALSE(tcb.conn().nextDeadline());
}

TEST(TcbReset, SynSent_ReceivesRstWithoutAck_IgnoresIt) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.receive(Flag::Rst, 0);

    EXPECT_EQ(tcb.state(), State::SynSent);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbReset, SynSent_ReceivesRstWithUnacceptableAck_DropsItSilently) {
    Tcb tcb;
    tcb.openInSynSent();
    tcb.receive(Flag::Rst | Flag::Ack, 0, 555); // never answer a RST with a RST

    EXPECT_EQ(tcb.state(), State::SynSent);
    EXPECT_TRUE(tcb.sent().empty());
}

// ---- SYN-RECEIVED --------------------------------------------------------------

TEST(TcbReset, SynReceived_PassiveOpen_ReceivesRst_ReturnsToListen) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInSynReceived(SynReceivedVia::PassiveOpen);
        const SegId rst = tcb.receive(Flag::Rst, 301);

        EXPECT_EQ(tcb.state(), State::Listen);
        ASSERT_EQ(tcb.transitions().size(), 1u);
        EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Listen,
                                 Rule::RstInPassiveSynReceived, rst));
        EXPECT_TRUE(tcb.appResults().empty()); // "The user need not be informed."
        EXPECT_TRUE(tcb.sent().empty());
        EXPECT_FALSE(tcb.conn().nextDeadline()); // the retransmission queue is flushed
    }
}

// Back in LISTEN, the next SYN starts a new connection: its SYN-ACK gets the
// initial RTO (RFC 6298 (2.1)) and its own count of retransmissions (3.8.3).
TEST(TcbReset, SynReceived_PassiveOpen_AfterRstReturnsToListen_NextSynStartsAfresh) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::PassiveOpen);
    tcb.advanceTo(7s); // SYN-ACK retransmitted at 1, 3 and 7 s
    tcb.receive(Flag::Rst, 301);
    ASSERT_EQ(tcb.state(), State::Listen);
    tcb.advanceTo(10s);
    tcb.receive(Flag::Syn, 900);
    ASSERT_EQ(tcb.state(), State::SynReceived);
    tcb.clear();

    tcb.advanceTo(10s + 200s);
    std::vector<Micros> sentAt;
    for (const SentSegment& s : tcb.sent())
        sentAt.push_back(s.t - 10s);
    // textbook: 7 SYN-ACK retries, as for the first connection.
    const std::vector<Micros> expected = {1s, 3s, 7s, 15s, 31s, 63s, 123s};
    EXPECT_EQ(sentAt, expected);
    EXPECT_EQ(tcb.state(), State::Closed);
}

TEST(TcbReset, SynReceived_SimultaneousOpen_ReceivesRst_EntersClosedConnectionRefused) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    const SegId rst = tcb.receive(Flag::Rst, 301);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Closed,
                             Rule::RstReceived, rst));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::ConnectionRefused));
    EXPECT_TRUE(tcb.sent().empty());
}

TEST(TcbReset, SynReceived_PassiveOpen_ReceivesSynInWindow_ReturnsToListen) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInSynReceived(SynReceivedVia::PassiveOpen);
        const SegId syn = tcb.receive(Flag::Syn, 305);

        EXPECT_EQ(tcb.state(), State::Listen);
        ASSERT_EQ(tcb.transitions().size(), 1u);
        EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Listen,
                                 Rule::SynInPassiveSynReceived, syn));
        EXPECT_TRUE(tcb.sent().empty());
        EXPECT_FALSE(tcb.conn().nextDeadline());
    }
}

TEST(TcbReset, SynReceived_SimultaneousOpen_ReceivesSynInWindow_Textbook_SendsRstAndCloses) {
    Tcb tcb;
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    const SegId syn = tcb.receive(Flag::Syn, 305);

    EXPECT_EQ(tcb.state(), State::Closed);
    ASSERT_EQ(tcb.transitions().size(), 1u);
    EXPECT_TRUE(isTransition(tcb.transitions()[0], State::SynReceived, State::Closed,
                             Rule::SynInSynchronized, syn));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst | Flag::Ack, 0, 306));
    ASSERT_EQ(tcb.appResults().size(), 1u);
    EXPECT_TRUE(isAppResult(tcb.appResults()[0], AppCall::Connect, SocketError::ConnectionReset));
}

// ---- synchronized states: an acceptable RST ----------------------------------------

TEST(TcbReset, ResetReportingStates_ReceiveRstAtRcvNxt_EnterClosedWithEconnreset) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        for (const State state : kResetReportedStates) {
            SCOPED_TRACE(profile.name + " " + std::string(toString(state)));
            Tcb tcb(profile);
            tcb.openIn(state);
            const SegId rst = tcb.receive(Flag::Rst, rcvNxt(tcb));

            EXPECT_EQ(tcb.state(), State::Closed);
            ASSERT_EQ(tcb.transitions().size(), 1u);
            EXPECT_TRUE(
                isTransition(tcb.transitions()[0], state, State::Closed, Rule::RstReceived, rst));
            ASSERT_EQ(tcb.appResults().size(), 1u);
            EXPECT_TRUE(
                isAppResult(tcb.appResults()[0], AppCall::Receive, SocketError::ConnectionReset));
            EXPECT_TRUE(tcb.sent().empty());
            EXPECT_FALSE(tcb.conn().nextDeadline());
        }
    }
}

TEST(TcbReset, ClosingLastAckTimeWait_ReceiveRstAtRcvNxt_JustClose) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        for (const State state : kResetSilentStates) {
            SCOPED_TRACE(profile.name + " " + std::string(toString(state)));
            Tcb tcb(profile);
            tcb.openIn(state);
            const SegId rst = tcb.receive(Flag::Rst, rcvNxt(tcb));

            EXPECT_EQ(tcb.state(), State::Closed);
            ASSERT_EQ(tcb.transitions().size(), 1u);
            EXPECT_TRUE(
                isTransition(tcb.transitions()[0], state, State::Closed, Rule::RstReceived, rst));
            EXPECT_TRUE(tcb.appResults().empty());
            EXPECT_TRUE(tcb.sent().empty());
            EXPECT_FALSE(tcb.conn().nextDeadline());
        }
    }
}

// ---- synchronized states: RST in the window but not at RCV.NXT ---------------------

TEST(TcbReset, SynchronizedStates_ReceiveRstInWindowNotAtRcvNxt_Linux_SendChallengeAck) {
    for (const State state : kSynchronizedStates) {
        SCOPED_TRACE(toString(state));
        Tcb tcb(linuxProfile());
        tcb.openIn(state);
        tcb.clear();
        const State before = tcb.state();
        tcb.receive(Flag::Rst, rcvNxt(tcb) + 10);

        // RFC 5961 3.2: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, and the connection stays.
        EXPECT_EQ(tcb.state(), before);
        EXPECT_TRUE(tcb.transitions().empty());
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, sndNxt(tcb), rcvNxt(tcb)));
        EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::ChallengeAck);
    }
}

TEST(TcbReset, SynchronizedStates_ReceiveRstInWindowNotAtRcvNxt_Textbook_Reset) {
    for (const State state : kSynchronizedStates) {
        SCOPED_TRACE(toString(state));
        Tcb tcb;
        tcb.openIn(state);
        tcb.receive(Flag::Rst, rcvNxt(tcb) + 10);

        // RFC 793: any RST in the window resets the connection.
        const State expected = state == State::SynReceived ? State::Listen : State::Closed;
        EXPECT_EQ(tcb.state(), expected);
        EXPECT_TRUE(tcb.sent().empty());
    }
}

TEST(TcbReset, SynchronizedStates_ReceiveRstOutsideWindow_DropItSilently) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        for (const State state : kSynchronizedStates) {
            SCOPED_TRACE(profile.name + " " + std::string(toString(state)));
            Tcb tcb(profile);
            tcb.openIn(state);
            tcb.clear();
            const State before = tcb.state();
            tcb.receive(Flag::Rst, rcvNxt(tcb) - 1);
            tcb.receive(Flag::Rst, rcvNxt(tcb) + tcb.conn().rcvWnd());
            tcb.receive(Flag::Rst | Flag::Ack, rcvNxt(tcb) + 100000, sndNxt(tcb));

            EXPECT_EQ(tcb.state(), before);
            EXPECT_TRUE(tcb.sent().empty());
            EXPECT_TRUE(tcb.transitions().empty());
        }
    }
}

// ---- synchronized states: a SYN ---------------------------------------------------

TEST(TcbReset, SynchronizedStates_ReceiveSyn_Linux_SendChallengeAckAndStay) {
    for (const State state : kSynchronizedStates) {
        if (state == State::SynReceived)
            continue; // a passive SYN-RECEIVED returns to LISTEN (see above)
        SCOPED_TRACE(toString(state));
        Tcb tcb(linuxProfile());
        tcb.openIn(state);
        tcb.clear();
        tcb.receive(Flag::Syn, rcvNxt(tcb));

        // RFC 9293 3.10.7.4 fourth check, RFC 5961 4.2.
        EXPECT_EQ(tcb.state(), state);
        EXPECT_TRUE(tcb.transitions().empty());
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, sndNxt(tcb), rcvNxt(tcb)));
        EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::ChallengeAck);
    }
}

TEST(TcbReset, SimultaneousSynReceived_ReceivesSynInWindow_Linux_SendsChallengeAck) {
    Tcb tcb(linuxProfile());
    tcb.openInSynReceived(SynReceivedVia::SimultaneousOpen);
    tcb.receive(Flag::Syn, 305);

    EXPECT_EQ(tcb.state(), State::SynReceived);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::ChallengeAck);
}

TEST(TcbReset, SynchronizedStates_ReceiveSynInWindow_Textbook_SendRstAndClose) {
    for (const State state : kSynchronizedStates) {
        if (state == State::SynReceived)
            continue;
        SCOPED_TRACE(toString(state));
        Tcb tcb;
        tcb.openIn(state);
        const std::uint32_t seq = rcvNxt(tcb);
        const SegId syn = tcb.receive(Flag::Syn, seq);

        // RFC 793: "If the SYN is in the window it is an error: send a reset".
        EXPECT_EQ(tcb.state(), State::Closed);
        ASSERT_EQ(tcb.transitions().size(), 1u);
        EXPECT_TRUE(
            isTransition(tcb.transitions()[0], state, State::Closed, Rule::SynInSynchronized, syn));
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Rst | Flag::Ack, 0, seq + 1));
        ASSERT_EQ(tcb.appResults().size(), 1u);
        EXPECT_TRUE(
            isAppResult(tcb.appResults()[0], AppCall::Receive, SocketError::ConnectionReset));
    }
}

// ---- the acceptability test (3.10.7.4, Table 6) -------------------------------

// ESTABLISHED, textbook: RCV.NXT = 301, RCV.WND = 65535, SND.NXT = 101.
class TcbAcceptability : public ::testing::Test {
protected:
    void SetUp() override { tcb.openInEstablished(); }

    // The segment was unacceptable: it got <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and nothing else.
    ::testing::AssertionResult answeredWithAckOnly(std::uint32_t rcvNxt = 301) {
        if (tcb.sent().size() != 1u)
            return ::testing::AssertionFailure() << tcb.sent().size() << " segments sent";
        if (tcb.bytesDelivered() != 0)
            return ::testing::AssertionFailure() << "data was delivered";
        return isSegment(tcb.sent(0), Flag::Ack, 101, rcvNxt);
    }

    Tcb tcb;
    const std::uint32_t rightEdge = 301 + 65535; // RCV.NXT + RCV.WND
};

TEST_F(TcbAcceptability, ZeroLength_AtRcvNxt_IsAccepted) {
    tcb.receive(Flag::Ack, 301, 101);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST_F(TcbAcceptability, ZeroLength_AtLastByteOfWindow_IsAccepted) {
    tcb.receive(Flag::Ack, rightEdge - 1, 101);
    EXPECT_TRUE(tcb.sent().empty());
}

TEST_F(TcbAcceptability, ZeroLength_LeftOfWindow_GetsAck) {
    tcb.receive(Flag::Ack, 300, 101);
    EXPECT_TRUE(answeredWithAckOnly());
}

TEST_F(TcbAcceptability, ZeroLength_AtRightEdge_GetsAck) {
    tcb.receive(Flag::Ack, rightEdge, 101);
    EXPECT_TRUE(answeredWithAckOnly());
}

TEST_F(TcbAcceptability, Data_StraddlingLeftEdge_IsAcceptedAndOnlyNewBytesDelivered) {
    tcb.receive(Flag::Ack, 297, 101, "abcdef"); // 297..302: 297-300 are old
    ASSERT_EQ(tcb.deliveries().size(), 1u);
    EXPECT_EQ(tcb.deliveries()[0].bytes, 2u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(303));
}

TEST_F(TcbAcceptability, Data_EntirelyLeftOfWindow_GetsAck) {
    tcb.receive(Flag::Ack, 290, 101, "old-data");
    EXPECT_TRUE(answeredWithAckOnly());
}

TEST_F(TcbAcceptability, Data_StraddlingRightEdge_IsAcceptedAndHeldOutOfOrder) {
    tcb.receive(Flag::Ack, rightEdge - 2, 101, "wxyz");
    EXPECT_TRUE(answeredWithAckOnly()); // accepted, held; the hole before it is ACKed at once
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(301));
}

TEST_F(TcbAcceptability, Data_BeyondWindow_GetsAck) {
    tcb.receive(Flag::Ack, rightEdge, 101, "far");
    EXPECT_TRUE(answeredWithAckOnly());
}

TEST_F(TcbAcceptability, Unacceptable_SegmentIsNotProcessedFurther) {
    tcb.conn().send(tcb.now(), "12345");
    tcb.clear();
    tcb.receive(Flag::Fin | Flag::Ack, 290, 106, "old-data"); // would ACK our data, and FIN
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
    EXPECT_EQ(tcb.state(), State::Established);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 106, 301));
}

TEST_F(TcbAcceptability, AckOfUnsentData_GetsAckAndIsDropped) {
    tcb.receive(Flag::Ack, 301, 150, "data"); // 3.10.7.4 fifth: SEG.ACK > SND.NXT
    EXPECT_TRUE(answeredWithAckOnly());
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
}

TEST_F(TcbAcceptability, OldDuplicateAck_IsIgnored) {
    tcb.receive(Flag::Ack, 301, 100); // SEG.ACK < SND.UNA
    EXPECT_TRUE(tcb.sent().empty());
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(101));
}

// RCV.WND = 0: only a zero-length segment at RCV.NXT is acceptable, and its
// ACK (and RST) are still processed.
TEST(TcbAcceptabilityZeroWindow, OnlyEmptySegmentAtRcvNxtIsAccepted) {
    Profile profile = textbookProfile();
    profile.receiveWindow = 0;
    Tcb tcb(profile);
    tcb.openInEstablished();
    tcb.conn().send(tcb.now(), "abc");
    tcb.clear();

    tcb.receive(Flag::Ack, 301, 104); // ACKs our 3 bytes
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(104));
    EXPECT_TRUE(tcb.sent().empty());

    tcb.receive(Flag::Ack, 301, 104, "x"); // data cannot fit
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 104, 301));
    EXPECT_EQ(tcb.bytesDelivered(), 0u);

    tcb.receive(Flag::Ack, 302, 104); // not at RCV.NXT
    EXPECT_EQ(tcb.sent().size(), 2u);

    tcb.receive(Flag::Rst, 301);
    EXPECT_EQ(tcb.state(), State::Closed);
}
