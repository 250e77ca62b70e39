// The scenario library (resources/scenarios): each scenario's teaching point,
// asserted on its trace, not just "it ran".
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "library_scenarios.h"
#include "printers.h"
#include "trace_queries.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <set>

namespace {

using namespace core;
using namespace testsupport;
namespace fs = std::filesystem;

// Segment flags in send order, e.g. {SYN}, {SYN,ACK}, {ACK} for a handshake.
std::vector<Flags> flagsSent(const Trace& t) {
    std::vector<Flags> flags;
    for (const auto& [time, s] : eventsOf<SegmentSent>(t))
        flags.push_back(t.segments[static_cast<std::size_t>(s.seg)].header.flags);
    return flags;
}

TEST(Library, EveryScenarioHasIdTitleDescriptionAndKnownTopic) {
    const std::set<std::string> topics{"setup",      "teardown",   "loss",       "handshake-why",
                                       "attacks",    "keepalive",  "four-tuple", "time-wait",
                                       "tcp-vs-udp", "rfc-figures"};
    for (const auto& entry : fs::directory_iterator(libraryDir())) {
        const Scenario s = loadScenarioFile(entry.path().string());
        SCOPED_TRACE(entry.path().filename().string());
        EXPECT_EQ(s.id, entry.path().stem().string());
        EXPECT_FALSE(s.title.empty());
        EXPECT_GT(s.description.size(), 80u) << "a paragraph that says what to watch";
        if (s.id != "default") {
            EXPECT_TRUE(topics.contains(s.topic)) << s.topic;
        }
    }
}

TEST(Library, ThreeWay_SynSynAckAck_WithIsn100And300) {
    const Trace t = runLibraryScenario("setup-three-way");
    EXPECT_EQ(flagsSent(t), (std::vector<Flags>{Flag::Syn, Flag::Syn | Flag::Ack, Flag::Ack}));
    EXPECT_EQ(segment(t, 1).header.ack, SeqNum(101));
    EXPECT_EQ(segment(t, 2).header.ack, SeqNum(301));
    EXPECT_EQ(statesOfSocket(t, "client"),
              (std::vector<State>{State::SynSent, State::Established}));
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established}));
}

TEST(Library, DataOnAck_TheThirdSegmentCarriesTheRequest) {
    const Trace t = runLibraryScenario("setup-data-on-ack");
    ASSERT_GE(t.segments.size(), 3u);
    EXPECT_EQ(segment(t, 2).header.flags, Flag::Ack | Flag::Psh);
    EXPECT_EQ(t.payloadOf(2), "hello");
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 5u);
}

TEST(Library, SimultaneousOpen_BothPassThroughSynReceived) {
    const Trace t = runLibraryScenario("setup-simultaneous-open");
    const std::vector<State> expected{State::SynSent, State::SynReceived, State::Established};
    EXPECT_EQ(
        statesOfSocket(t, "a"),
        (std::vector<State>{State::SynSent, State::SynReceived, State::Established, State::FinWait1,
                            State::FinWait2, State::TimeWait, State::Closed}));
    const std::vector<State> b = statesOfSocket(t, "b");
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), b.begin()));
    EXPECT_TRUE(eventsOf<AppResult>(t).size() >= 2u); // both connect() calls succeed
}

TEST(Library, ClosedPort_RstAndConnectionRefused) {
    const Trace t = runLibraryScenario("setup-closed-port");
    EXPECT_EQ(flagsSent(t), (std::vector<Flags>{Flag::Syn, Flag::Rst | Flag::Ack}));
    EXPECT_EQ(errorsOf(t, AppCall::Connect),
              std::vector<SocketError>{SocketError::ConnectionRefused});
}

TEST(Library, ClientClosesFirst_ClientWaitsInTimeWait) {
    const Trace t = runLibraryScenario("teardown-client-first");
    EXPECT_EQ(statesOfSocket(t, "client"),
              (std::vector<State>{State::SynSent, State::Established, State::FinWait1,
                                  State::FinWait2, State::TimeWait, State::Closed}));
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established, State::CloseWait,
                                  State::LastAck, State::Closed}));
}

TEST(Library, ServerClosesFirst_ServerWaitsInTimeWait) {
    const Trace t = runLibraryScenario("teardown-server-first");
    const std::vector<State> server = statesOfSocket(t, "srv/1");
    const std::vector<State> client = statesOfSocket(t, "client");
    EXPECT_NE(std::find(server.begin(), server.end(), State::TimeWait), server.end());
    EXPECT_EQ(std::find(client.begin(), client.end(), State::TimeWait), client.end());
    EXPECT_NE(std::find(client.begin(), client.end(), State::LastAck), client.end());
}

TEST(Library, ThreeSegmentClose_ServerFinCarriesTheAckOfTheClientFin) {
    const Trace t = runLibraryScenario("teardown-three-segments");
    std::vector<Flags> closing;
    for (const SegmentRecord& r : t.segments)
        if (r.header.flags.has(Flag::Fin) || closing.size() > 0)
            closing.push_back(r.header.flags);
    EXPECT_EQ(closing,
              (std::vector<Flags>{Flag::Fin | Flag::Ack, Flag::Fin | Flag::Ack, Flag::Ack}));
    EXPECT_EQ(statesOfSocket(t, "client").back(), State::Closed);
}

TEST(Library, HalfClose_ServerSendsFromCloseWaitAndClientReceivesInFinWait2) {
    const Trace t = runLibraryScenario("teardown-half-close");
    EXPECT_EQ(bytesDeliveredTo(t, "client"), 21u); // three 7-byte chunks
    for (const auto& [time, d] : eventsOf<DataDelivered>(t)) {
        if (t.conns[static_cast<std::size_t>(d.conn)].socket != "client")
            continue;
        // Each chunk arrives while the client is in FIN-WAIT-2.
        State clientState = State::Closed;
        for (const auto& [when, s] : eventsOf<StateChanged>(t))
            if (s.conn == d.conn && when <= time)
                clientState = s.to;
        EXPECT_EQ(clientState, State::FinWait2);
    }
}

TEST(Library, SimultaneousClose_BothGoThroughClosingToTimeWait) {
    const Trace t = runLibraryScenario("teardown-simultaneous-close");
    for (const char* socket : {"client", "srv/1"}) {
        const std::vector<State> s = statesOfSocket(t, socket);
        EXPECT_NE(std::find(s.begin(), s.end(), State::Closing), s.end()) << socket;
        EXPECT_NE(std::find(s.begin(), s.end(), State::TimeWait), s.end()) << socket;
    }
}

TEST(Library, Abort_OneRstAndTheServerIsToldConnectionReset) {
    const Trace t = runLibraryScenario("teardown-abort");
    const auto rsts =
        segmentsWhere(t, [](const SegmentRecord& r) { return r.header.flags.has(Flag::Rst); });
    ASSERT_EQ(rsts.size(), 1u);
    EXPECT_EQ(segment(t, rsts[0]).header.seq, SeqNum(101)); // SND.NXT
    EXPECT_TRUE(segmentsWhere(t, [](const SegmentRecord& r) {
                    return r.header.flags.has(Flag::Fin);
                }).empty());
    EXPECT_EQ(errorsOf(t, AppCall::Receive),
              std::vector<SocketError>{SocketError::ConnectionReset});
}

TEST(Library, Reordering_SegmentsArriveOutOfOrderButAreDeliveredInOrder) {
    const Trace t = runLibraryScenario("loss-reordering");
    SegId lastArrived = -1;
    bool overtaken = false;
    for (const auto& [time, a] : eventsOf<SegmentArrived>(t)) {
        const SegmentRecord& r = segment(t, a.seg);
        if (r.payloadLength == 0)
            continue;
        overtaken = overtaken || a.seg < lastArrived;
        lastArrived = std::max(lastArrived, a.seg);
    }
    EXPECT_TRUE(overtaken) << "jitter should reorder data segments";
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 6000u); // in order, once (the invariants check offsets)
}

TEST(Library, KeepaliveAlive_ProbesAreAcknowledgedAndTheConnectionStays) {
    const Trace t = runLibraryScenario("keepalive-peer-alive");
    const auto probes = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::KeepaliveProbe; });
    ASSERT_GE(probes.size(), 2u);
    EXPECT_EQ(segment(t, probes[0]).header.seq, SeqNum(100)); // SND.NXT - 1
    EXPECT_EQ(statesOfSocket(t, "client").back(), State::Established);
    EXPECT_TRUE(errorsOf(t, AppCall::Receive).empty());
}

TEST(Library, KeepaliveRestarted_ProbeGetsRstAndConnectionReset) {
    const Trace t = runLibraryScenario("keepalive-peer-restarted");
    EXPECT_FALSE(segmentsWhere(t, [](const SegmentRecord& r) {
                     return r.origin == SegmentOrigin::ResetNoSocket;
                 }).empty());
    EXPECT_EQ(errorsOf(t, AppCall::Receive),
              std::vector<SocketError>{SocketError::ConnectionReset});
}

TEST(Library, KeepaliveGone_ThreeUnansweredProbesThenTimedOut) {
    const Trace t = runLibraryScenario("keepalive-peer-gone");
    EXPECT_EQ(
        segmentsWhere(
            t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::KeepaliveProbe; })
            .size(),
        3u);
    EXPECT_EQ(errorsOf(t, AppCall::Receive), std::vector<SocketError>{SocketError::TimedOut});
}

TEST(Library, FourTuple_ThreeConnectionsToOnePortAreToldApart) {
    const Trace t = runLibraryScenario("four-tuple");
    std::set<std::tuple<std::uint32_t, Port>> remotes;
    for (const char* child : {"srv/1", "srv/2", "srv/3"}) {
        const ConnInfo& c = t.conns.at(static_cast<std::size_t>(connNamed(t, child)));
        EXPECT_EQ(c.localPort, 80);
        remotes.emplace(c.remoteAddress.v4, c.remotePort);
    }
    EXPECT_EQ(remotes.size(), 3u);
    EXPECT_EQ(bytesDeliveredTo(t, "srv/"), 6u + 7u + 8u);
    EXPECT_EQ(statesOfSocket(t, "srv"), std::vector<State>{State::Listen});
}

TEST(Library, PortExhaustion_FifthConnectFailsWithAddressNotAvailable) {
    const Trace t = runLibraryScenario("time-wait-port-exhaustion");
    const std::vector<SocketError> results = errorsOf(t, AppCall::Connect);
    EXPECT_EQ(std::count(results.begin(), results.end(), SocketError::None), 4);
    EXPECT_EQ(results.back(), SocketError::AddressNotAvailable);
}

TEST(Library, TcpVsUdp_TcpDeliversEverythingUdpLosesSome) {
    const Trace t = runLibraryScenario("tcp-vs-udp");
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 10000u);
    EXPECT_LT(bytesDeliveredTo(t, "usrv"), 10000u);
    EXPECT_FALSE(segmentsWhere(t, [](const SegmentRecord& r) {
                     return r.origin == SegmentOrigin::Retransmission;
                 }).empty());
}

} // namespace
