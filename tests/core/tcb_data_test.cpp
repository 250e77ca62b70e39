// Data (RFC 9293 3.8.6, 3.10.2, 3.10.7.4 seventh step): SEND before
// ESTABLISHED, segmentation to the peer's MSS, the send window, the FIN after
// queued data, half-close, out-of-order and duplicate segments.
#include "printers.h"
#include "tcb_fixture.h"

#include <string>

using namespace core;
using namespace core::test;

namespace {

// ESTABLISHED by an active open whose SYN-ACK carries `window` and `mss`
// (no MSS option when mss is 0).
void openWith(Tcb& tcb, std::uint16_t window, std::uint16_t mss) {
    tcb.openInSynSent();
    Segment synAck = tcb.peerSegment(Flag::Syn | Flag::Ack, 300, 101);
    synAck.window = window;
    synAck.options.mss = mss == 0 ? std::nullopt : std::optional<std::uint16_t>(mss);
    synAck.updateDataOffset();
    tcb.receive(synAck);
    ASSERT_EQ(tcb.state(), State::Established);
    tcb.clear();
}

std::string bytes(std::size_t n, char first = 'a') {
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += static_cast<char>(first + static_cast<char>(i % 26));
    return s;
}

} // namespace

// ---- SEND before ESTABLISHED ------------------------------------------------------

// 3.10.7.3: the third segment of the handshake may carry the queued data.
TEST(TcbData, SynSent_Send_QueuedDataRidesOnTheThirdSegment) {
    Tcb tcb;
    tcb.openInSynSent();
    EXPECT_EQ(tcb.conn().send(tcb.now(), "hello"), SocketError::None);
    EXPECT_TRUE(tcb.sent().empty());

    tcb.receive(Flag::Syn | Flag::Ack, 300, 101);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 101, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload, "hello");
    EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(106));
}

TEST(TcbData, SynReceived_Send_QueuesDataUntilSynIsAcked) {
    Tcb tcb;
    tcb.openInSynReceived();
    EXPECT_EQ(tcb.conn().send(tcb.now(), "early"), SocketError::None);
    EXPECT_TRUE(tcb.sent().empty());

    tcb.receive(Flag::Ack, 301, 101);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 101, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload, "early");
}

// ---- segmentation and the send window -----------------------------------------------

TEST(TcbData, Established_Send_SplitsIntoSegmentsOfThePeersMss) {
    Tcb tcb;
    openWith(tcb, 65535, 536);
    const std::string data = bytes(1200);
    tcb.conn().send(tcb.now(), data);

    ASSERT_EQ(tcb.sent().size(), 3u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Ack, 637, 301));
    EXPECT_TRUE(isSegment(tcb.sent(2), Flag::Ack | Flag::Psh, 1173, 301)); // PSH on the last
    EXPECT_EQ(tcb.sent(0).segment.payload, data.substr(0, 536));
    EXPECT_EQ(tcb.sent(1).segment.payload, data.substr(536, 536));
    EXPECT_EQ(tcb.sent(2).segment.payload, data.substr(1072));
}

TEST(TcbData, Established_PeerSentNoMssOption_SegmentsOf536) {
    Tcb tcb;
    openWith(tcb, 65535, 0); // RFC 9293 3.7.1: 536 by default
    tcb.conn().send(tcb.now(), bytes(600));

    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 536u);
    EXPECT_EQ(tcb.sent(1).segment.payload.size(), 64u);
}

TEST(TcbData, Established_OurMssSmallerThanPeers_SegmentsOfOurMss) {
    Profile profile = textbookProfile();
    profile.mss = 1000;
    Tcb tcb(profile);
    openWith(tcb, 65535, 1460);
    tcb.conn().send(tcb.now(), bytes(1500));

    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 1000u);
}

TEST(TcbData, Established_SendWindow_LimitsDataInFlight) {
    Tcb tcb;
    openWith(tcb, 1000, 536);
    tcb.conn().send(tcb.now(), bytes(3000));

    // 1000 bytes in flight: 536 + 464, then the window is full.
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Ack, 637, 301));
    EXPECT_EQ(tcb.sent(1).segment.payload.size(), 464u);
    EXPECT_EQ(tcb.conn().sndNxt(), SeqNum(1101));

    // The first 536 bytes ACKed with the same window: 536 more may go.
    tcb.clear();
    Segment ack = tcb.peerSegment(Flag::Ack, 301, 637);
    ack.window = 1000;
    tcb.receive(ack);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 1101, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 536u);
    EXPECT_EQ(tcb.conn().sndNxt() - tcb.conn().sndUna(), 1000);
}

TEST(TcbData, Established_WindowUpdateWithoutNewAck_OpensTheWindow) {
    Tcb tcb;
    openWith(tcb, 500, 1460);
    tcb.conn().send(tcb.now(), bytes(800));
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 500u);

    tcb.clear();
    Segment update = tcb.peerSegment(Flag::Ack, 301, 101); // nothing new ACKed
    update.window = 2000;
    tcb.receive(update);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 601, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 300u);
    EXPECT_EQ(tcb.conn().sndWnd(), 2000u);
}

// ---- acknowledgments of our data -------------------------------------------------

TEST(TcbData, Established_PartialAck_RestartsTimerAndRetransmitsOnlyTheRest) {
    Tcb tcb;
    openWith(tcb, 65535, 1460);
    const std::string data = bytes(1000);
    tcb.conn().send(tcb.now(), data);
    tcb.advanceTo(500ms);
    tcb.receive(Flag::Ack, 301, 501); // 400 of 1000 bytes
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(501));
    // RFC 6298 (5.3): restart the timer.
    EXPECT_EQ(tcb.conn().timerDeadline(TimerKind::Retransmission),
              tcb.now() + tcb.conn().rto().rto());

    tcb.clear();
    tcb.advanceTo(*tcb.conn().nextDeadline());
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 501, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload, data.substr(400));
    EXPECT_EQ(tcb.sent(0).origin, SegmentOrigin::Retransmission);
}

// ---- CLOSE with queued data ----------------------------------------------------

TEST(TcbData, Established_CloseWithQueuedData_SendsFinOnlyAfterTheData) {
    Tcb tcb;
    openWith(tcb, 1000, 1000);
    tcb.conn().send(tcb.now(), bytes(1500));
    tcb.conn().close(tcb.now());

    EXPECT_EQ(tcb.state(), State::FinWait1);
    ASSERT_EQ(tcb.sent().size(), 1u); // the window holds 1000 bytes; no FIN yet
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));

    tcb.clear();
    Segment ack = tcb.peerSegment(Flag::Ack, 301, 1101);
    ack.window = 1000;
    tcb.receive(ack);
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 1101, 301));
    EXPECT_EQ(tcb.sent(0).segment.payload.size(), 500u);
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Fin | Flag::Ack, 1601, 301));

    tcb.receive(Flag::Ack, 301, 1602);
    EXPECT_EQ(tcb.state(), State::FinWait2);
}

// ---- half-close ----------------------------------------------------------------

TEST(TcbData, CloseWait_SendsDataAfterThePeersFin) {
    Tcb tcb;
    tcb.openInCloseWait();
    EXPECT_EQ(tcb.conn().send(tcb.now(), "reply"), SocketError::None);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack | Flag::Psh, 101, 302));

    tcb.receive(Flag::Ack, 302, 106);
    EXPECT_EQ(tcb.conn().sndUna(), SeqNum(106));
    tcb.conn().close(tcb.now());
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Fin | Flag::Ack, 106, 302));
}

TEST(TcbData, FinWait2_DeliversDataInOrderUntilThePeersFin) {
    Tcb tcb;
    tcb.openInFinWait2();
    tcb.receive(Flag::Ack, 301, 102, "one,");
    tcb.receive(Flag::Ack, 305, 102, "two,");
    tcb.receive(Flag::Fin | Flag::Ack | Flag::Psh, 309, 102, "three");

    const auto d = tcb.deliveries();
    ASSERT_EQ(d.size(), 3u);
    EXPECT_EQ(d[0].offset, 0u);
    EXPECT_EQ(d[1].offset, 4u);
    EXPECT_EQ(d[2].offset, 8u);
    EXPECT_EQ(tcb.bytesDelivered(), 13u);
    EXPECT_EQ(tcb.state(), State::TimeWait);
    EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 102, 315));
}

TEST(TcbData, Established_DataWithFin_DeliversThenEntersCloseWait) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Fin | Flag::Ack | Flag::Psh, 301, 101, "bye");

    EXPECT_EQ(tcb.bytesDelivered(), 3u);
    EXPECT_EQ(tcb.state(), State::CloseWait);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(305));
    ASSERT_FALSE(tcb.sent().empty());
    EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 101, 305));
}

// ---- out of order and duplicates ---------------------------------------------------

// RFC 5681 4.2: an out-of-order segment is ACKed at once, and so is the
// segment that fills the hole, even where ACKs are otherwise delayed.
TEST(TcbData, Established_OutOfOrder_BufferedDeliveredInOrderAndAckedAtOnce) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInEstablished();
        tcb.receive(Flag::Ack, 306, 101, "world");

        EXPECT_EQ(tcb.bytesDelivered(), 0u);
        EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(301));
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301)); // a duplicate ACK

        tcb.receive(Flag::Ack, 301, 101, "hello");
        const auto d = tcb.deliveries();
        ASSERT_EQ(d.size(), 2u);
        EXPECT_EQ(d[0].offset, 0u);
        EXPECT_EQ(d[0].bytes, 5u);
        EXPECT_EQ(d[1].offset, 5u);
        EXPECT_EQ(d[1].bytes, 5u);
        EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(311));
        ASSERT_EQ(tcb.sent().size(), 2u);
        EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Ack, 101, 311));
    }
}

TEST(TcbData, Established_ThreeSegmentsInReverseOrder_AllDeliveredOnceInOrder) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Ack, 311, 101, "CCCCC");
    tcb.receive(Flag::Ack, 306, 101, "BBBBB");
    EXPECT_EQ(tcb.bytesDelivered(), 0u);
    tcb.receive(Flag::Ack, 301, 101, "AAAAA");

    EXPECT_EQ(tcb.bytesDelivered(), 15u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(316));
    EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 101, 316));
}

TEST(TcbData, Established_FinWithDataBeyondHole_HeldUntilTheHoleFills) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Fin | Flag::Ack, 306, 101, "world");
    EXPECT_EQ(tcb.state(), State::Established);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(301));

    tcb.receive(Flag::Ack, 301, 101, "hello");
    EXPECT_EQ(tcb.bytesDelivered(), 10u);
    EXPECT_EQ(tcb.state(), State::CloseWait);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(312));
    EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 101, 312));
}

TEST(TcbData, Established_BareFinBeyondHole_AckedAtOnceAndProcessedWhenTheHoleFills) {
    for (const Profile& profile : {textbookProfile(), linuxProfile()}) {
        SCOPED_TRACE(profile.name);
        Tcb tcb(profile);
        tcb.openInEstablished();
        const SegId fin = tcb.receive(Flag::Fin | Flag::Ack, 306, 101); // 301..305 missing

        EXPECT_EQ(tcb.state(), State::Established);
        ASSERT_EQ(tcb.sent().size(), 1u);
        EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 301));

        tcb.receive(Flag::Ack, 301, 101, "hello");
        EXPECT_EQ(tcb.state(), State::CloseWait);
        EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(307));
        ASSERT_GE(tcb.sent().size(), 2u);
        EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 101, 307)); // at once
        EXPECT_FALSE(tcb.conn().timerDeadline(TimerKind::DelayedAck));
        ASSERT_EQ(tcb.transitions().size(), 1u);
        // The cause is the segment that carried the FIN, not the one that filled the hole.
        EXPECT_TRUE(isTransition(tcb.transitions()[0], State::Established, State::CloseWait,
                                 Rule::FinReceived, fin));
    }
}

TEST(TcbData, Established_DataWithFin_IsAcknowledgedOnce) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Fin | Flag::Ack | Flag::Psh, 301, 101, "bye");

    EXPECT_EQ(tcb.state(), State::CloseWait);
    EXPECT_EQ(tcb.conn().bytesDelivered(), 3u);
    ASSERT_EQ(tcb.sent().size(), 1u);
    EXPECT_TRUE(isSegment(tcb.sent(0), Flag::Ack, 101, 305)); // data and FIN
}

// 3.10.7.3: "If there are other controls or text in the segment, then continue
// processing at the sixth step": data and a FIN on the SYN-ACK count.
TEST(TcbData, SynSent_SynAckWithDataAndFin_DeliversDataAndEntersCloseWait) {
    Tcb tcb;
    tcb.openInSynSent();
    const SegId synAck = tcb.receive(Flag::Syn | Flag::Ack | Flag::Fin, 300, 101, "hi");

    EXPECT_EQ(tcb.state(), State::CloseWait);
    EXPECT_EQ(tcb.conn().bytesDelivered(), 2u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(304)); // SYN, "hi", FIN
    ASSERT_EQ(tcb.transitions().size(), 2u);
    EXPECT_TRUE(isTransition(tcb.transitions()[1], State::Established, State::CloseWait,
                             Rule::FinReceived, synAck));
    EXPECT_TRUE(isSegment(tcb.sent().back(), Flag::Ack, 101, 304));
}

TEST(TcbData, Established_DuplicateSegment_IsNotDeliveredTwice) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Ack, 301, 101, "hello");
    tcb.receive(Flag::Ack, 301, 101, "hello");

    EXPECT_EQ(tcb.bytesDelivered(), 5u);
    ASSERT_EQ(tcb.sent().size(), 2u);
    EXPECT_TRUE(isSegment(tcb.sent(1), Flag::Ack, 101, 306)); // tells the peer what we have
}

TEST(TcbData, Established_OverlappingRetransmission_DeliversOnlyTheNewBytes) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Ack, 301, 101, "hello");
    tcb.receive(Flag::Ack, 301, 101, "helloworld");

    const auto d = tcb.deliveries();
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[1].offset, 5u);
    EXPECT_EQ(d[1].bytes, 5u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(311));
}

TEST(TcbData, Established_OverlappingOutOfOrderSegments_DeliverEachByteOnce) {
    Tcb tcb;
    tcb.openInEstablished();
    tcb.receive(Flag::Ack, 306, 101, "FGH");     // 306..308
    tcb.receive(Flag::Ack, 306, 101, "FGHIJ");   // 306..310, a longer copy
    tcb.receive(Flag::Ack, 301, 101, "ABCDEFG"); // 301..307, overlaps the held data

    EXPECT_EQ(tcb.bytesDelivered(), 10u);
    EXPECT_EQ(tcb.conn().rcvNxt(), SeqNum(311));
}
