// ConnectionTracker and mergeConnections(): which packets make one
// connection, who is A, how it ended; and the lists of real captures.
#include "capture_test_support.h"
#include "core/capture_connections.h"
#include "core/capture_scan.h"

#include <gtest/gtest.h>

using namespace capturetest;
using core::ConnectionEnd;
using core::Flag;

namespace {

const core::IpEndpoint kClient = endpoint(1, 40000);
const core::IpEndpoint kServer = endpoint(2, 80);

struct Exchange {
    core::ConnectionTracker tracker;
    std::int64_t t = 0;
    std::int64_t send(const core::IpEndpoint& from, const core::IpEndpoint& to, core::Flags flags,
                      std::uint32_t seq, std::uint32_t ack, std::uint32_t payload = 0) {
        ++t;
        return tracker.add(tcp(from, to, flags, seq, ack, payload), t * 1000, static_cast<std::uint64_t>(t));
    }
    // SYN, SYN-ACK, ACK, data, FIN both ways.
    void wholeConnection(std::uint32_t isn) {
        send(kClient, kServer, Flag::Syn, isn, 0);
        send(kServer, kClient, Flag::Syn | Flag::Ack, 500, isn + 1);
        send(kClient, kServer, Flag::Ack, isn + 1, 501);
        send(kClient, kServer, Flag::Ack | Flag::Psh, isn + 1, 501, 10);
        send(kClient, kServer, Flag::Fin | Flag::Ack, isn + 11, 501);
        send(kServer, kClient, Flag::Fin | Flag::Ack, 501, isn + 12);
        send(kClient, kServer, Flag::Ack, isn + 12, 502);
    }
};

} // namespace

TEST(ConnectionTracker, wholeConnection_isOneRowWithCountsAndFinEnd) {
    Exchange x;
    x.wholeConnection(100);
    ASSERT_EQ(x.tracker.connections().size(), 1u);
    const core::ConnectionSummary& c = x.tracker.connections()[0];
    EXPECT_EQ(c.a, kClient);
    EXPECT_EQ(c.b, kServer);
    EXPECT_EQ(c.packets, (std::array<std::uint64_t, 2>{5, 2}));
    EXPECT_EQ(c.bytes, (std::array<std::uint64_t, 2>{10, 0}));
    EXPECT_EQ(c.startMicros, 1000);
    EXPECT_EQ(c.duration(), core::Micros(6000));
    EXPECT_EQ(c.files[0].firstPacket, 1u);
    EXPECT_EQ(c.files[0].lastPacket, 7u);
    EXPECT_EQ(c.end(), ConnectionEnd::Fin);
}

TEST(ConnectionTracker, synReusingAFinishedTuple_startsANewConnection) {
    Exchange x;
    x.wholeConnection(100);
    x.wholeConnection(90000);
    ASSERT_EQ(x.tracker.connections().size(), 2u);
    EXPECT_EQ(x.tracker.connections()[1].files[0].firstPacket, 8u);
    EXPECT_EQ(x.tracker.connections()[1].isn[0], core::SeqNum(90000));
}

TEST(ConnectionTracker, retransmittedSyn_staysInItsConnection_aNewIsnDoesNot) {
    Exchange x;
    EXPECT_EQ(x.send(kClient, kServer, Flag::Syn, 100, 0), 0);
    EXPECT_EQ(x.send(kClient, kServer, Flag::Syn, 100, 0), 0);
    EXPECT_EQ(x.tracker.connections()[0].end(), ConnectionEnd::Incomplete);
    EXPECT_EQ(x.send(kClient, kServer, Flag::Syn, 7777, 0), 1);
}

TEST(ConnectionTracker, simultaneousOpen_isOneConnection) {
    Exchange x;
    EXPECT_EQ(x.send(kClient, kServer, Flag::Syn, 100, 0), 0);
    EXPECT_EQ(x.send(kServer, kClient, Flag::Syn, 500, 0), 0);
    EXPECT_EQ(x.tracker.connections().size(), 1u);
}

TEST(ConnectionTracker, synAckSeenFirst_makesItsReceiverA) {
    Exchange x;
    x.send(kServer, kClient, Flag::Syn | Flag::Ack, 500, 101);
    EXPECT_EQ(x.tracker.connections()[0].a, kClient);
}

TEST(ConnectionTracker, midConnection_firstSenderIsA_andASynAfterItIsNew) {
    Exchange x;
    x.send(kServer, kClient, Flag::Ack | Flag::Psh, 500, 101, 3);
    EXPECT_EQ(x.tracker.connections()[0].a, kServer);
    EXPECT_EQ(x.tracker.connections()[0].end(), ConnectionEnd::Open);
    EXPECT_EQ(x.send(kClient, kServer, Flag::Syn, 100, 0), 1);
}

TEST(ConnectionTracker, ends_resetHandshakeOnlyIncompleteOpen) {
    Exchange reset;
    reset.send(kClient, kServer, Flag::Syn, 100, 0);
    reset.send(kServer, kClient, Flag::Rst | Flag::Ack, 0, 101);
    EXPECT_EQ(reset.tracker.connections()[0].end(), ConnectionEnd::Reset);

    Exchange handshake;
    handshake.send(kClient, kServer, Flag::Syn, 100, 0);
    handshake.send(kServer, kClient, Flag::Syn | Flag::Ack, 500, 101);
    handshake.send(kClient, kServer, Flag::Ack, 101, 501);
    EXPECT_EQ(handshake.tracker.connections()[0].end(), ConnectionEnd::HandshakeOnly);
    handshake.send(kClient, kServer, Flag::Fin | Flag::Ack, 101, 501);
    EXPECT_EQ(handshake.tracker.connections()[0].end(), ConnectionEnd::Open); // half-closed
}

TEST(MergeConnections, twoCapturesOfOneConnection_areOneRowWithTheLargerCounts) {
    Exchange near;
    near.wholeConnection(100);
    Exchange far; // the far capture missed the client's data segment
    far.send(kServer, kClient, Flag::Syn | Flag::Ack, 500, 101); // and the SYN
    far.send(kClient, kServer, Flag::Ack, 101, 501);
    const std::vector<core::ConnectionSummary> merged =
        core::mergeConnections({near.tracker.take(), far.tracker.take()});
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].packets, (std::array<std::uint64_t, 2>{5, 2}));
    EXPECT_EQ(merged[0].files[0].id, 0);
    EXPECT_EQ(merged[0].files[1].id, 0);
    EXPECT_EQ(merged[0].files[1].lastPacket, 2u);
}

TEST(MergeConnections, differentIsns_areDifferentConnections) {
    Exchange one;
    one.wholeConnection(100);
    Exchange other;
    other.wholeConnection(5000);
    EXPECT_EQ(core::mergeConnections({one.tracker.take(), other.tracker.take()}).size(), 2u);
}

TEST(CaptureListing, reusedFourTuple_isTwoConnectionsInStartOrder) {
    const core::CaptureListing listing =
        core::listConnections({capturePath("loopback-reuse.pcapng")});
    ASSERT_EQ(listing.connections.size(), 2u);
    for (const core::ConnectionSummary& c : listing.connections) {
        EXPECT_EQ(toString(c.a), "127.0.0.1:40123");
        EXPECT_EQ(toString(c.b), "127.0.0.1:5558");
        EXPECT_EQ(c.packets[0] + c.packets[1], 10u);
        EXPECT_EQ(c.bytes, (std::array<std::uint64_t, 2>{5, 5}));
        EXPECT_EQ(c.end(), ConnectionEnd::Fin);
    }
    EXPECT_LT(listing.connections[0].endMicros, listing.connections[1].startMicros);
}

TEST(CaptureListing, refusedConnect_endsWithRst) {
    const core::CaptureListing listing = core::listConnections({capturePath("rst-closed-port.pcap")});
    ASSERT_EQ(listing.connections.size(), 1u);
    EXPECT_EQ(listing.connections[0].end(), ConnectionEnd::Reset);
    EXPECT_EQ(listing.connections[0].b.port, 5557);
}

TEST(CaptureListing, capturesAtBothEnds_mergeIntoOneConnection) {
    const core::CaptureListing listing = core::listConnections(
        {capturePath("ref-syn_lost-client-side.pcap"), capturePath("ref-syn_lost-server-side.pcap")});
    ASSERT_EQ(listing.connections.size(), 1u);
    const core::ConnectionSummary& c = listing.connections[0];
    EXPECT_EQ(toString(c.a), "10.99.0.1:50412");
    EXPECT_EQ(c.packets, (std::array<std::uint64_t, 2>{7, 5}));
    EXPECT_EQ(c.files[0].firstPacket, 1u);
    EXPECT_EQ(c.files[1].lastPacket, 12u);
}
