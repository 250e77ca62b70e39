// Whole-simulation behaviour: determinism, prefix stability, and what hosts
// do (RFC 9293 3.10.7.1 resets, ports, queues, crashes).
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "printers.h"
#include "random_scenario.h"
#include "scenario_builder.h"
#include "trace_invariants.h"
#include "trace_queries.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace core;
using namespace std::chrono_literals;
using testsupport::bytesDeliveredTo;
using testsupport::connNamed;
using testsupport::errorsOf;
using testsupport::eventsOf;
using testsupport::ScenarioBuilder;
using testsupport::statesOf;

// ---- determinism and prefix stability ----------------------------------------

TEST(Simulate, SameScenarioTwice_GivesIdenticalTraces) {
    for (std::uint64_t i = 0; i < 50; ++i) {
        const Scenario s = testsupport::randomScenario(i);
        EXPECT_EQ(simulate(s), simulate(s)) << "random scenario " << i;
    }
}

// Events strictly before `t` in both traces are the same, with the same segments.
void expectSamePrefix(const Trace& a, const Trace& b, Micros t, const std::string& what) {
    EXPECT_EQ(testsupport::prefixDifference(a, b, t), "") << what;
}

TEST(Simulate, EditAtTimeT_LeavesEveryEarlierEventUnchanged) {
    for (std::uint64_t i = 0; i < 200; ++i) {
        const Scenario base = testsupport::randomScenario(i);
        const Trace before = simulate(base);
        if (before.events.size() < 4)
            continue;
        const Micros t = before.events[before.events.size() / 2].t;

        Scenario crashed = base;
        crashed.faults.push_back(testsupport::crashFault(t, "server"));
        expectSamePrefix(before, simulate(crashed), t, "crash at t, scenario " + std::to_string(i));

        Scenario aborted = base;
        AppAction abort;
        abort.when.at = t;
        abort.socket = "c0";
        abort.call = AppCall::Abort;
        aborted.script.push_back(abort);
        expectSamePrefix(before, simulate(aborted), t, "abort at t, scenario " + std::to_string(i));
    }
}

TEST(Simulate, DroppingOneSegment_DoesNotReshuffleLossOfOthers) {
    // Loss is drawn per segment from (seed, segment id): raising the loss of a
    // link from t on cannot change which earlier segments were lost.
    auto b = ScenarioBuilder::clientServer();
    b.link(50ms, 0ms, 0.2).seed(7);
    b.connectAt(0ms, "client", "server", 80).sendWhen(State::Established, "client", 20000);
    const Trace a = simulate(b.build());
    const Trace again = simulate(b.build());
    EXPECT_EQ(eventsOf<SegmentDropped>(a).size(), eventsOf<SegmentDropped>(again).size());
    EXPECT_FALSE(eventsOf<SegmentDropped>(a).empty());
}

// ---- the default scenario --------------------------------------------------------

TEST(Simulate, DefaultScenario_OpensExchangesAndCloses) {
    const Scenario s =
        loadScenarioFile(std::string(HL_SOURCE_DIR) + "/resources/scenarios/default.json");
    const Trace t = simulate(s);
    EXPECT_TRUE(testsupport::checkInvariants(s).empty());
    const ConnId client = connNamed(t, "client");
    const ConnId server = connNamed(t, "srv/1");
    ASSERT_NE(client, kNone);
    ASSERT_NE(server, kNone);
    EXPECT_EQ(statesOf(t, client),
              (std::vector<State>{State::SynSent, State::Established, State::FinWait1,
                                  State::FinWait2, State::TimeWait, State::Closed}));
    EXPECT_EQ(statesOf(t, server),
              (std::vector<State>{State::SynReceived, State::Established, State::CloseWait,
                                  State::LastAck, State::Closed}));
    // The textbook figure: SYN seq=100, SYN-ACK seq=300 ack=101.
    EXPECT_EQ(t.segments[0].header.seq, SeqNum(100));
    EXPECT_EQ(t.segments[1].header.seq, SeqNum(300));
    EXPECT_EQ(t.segments[1].header.ack, SeqNum(101));
}

// ---- hosts -------------------------------------------------------------------------

TEST(Host, ConnectToClosedPort_GetsRstAckAndConnectionRefused) {
    auto b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 81);
    const Trace t = simulate(b.build());
    // RFC 9293 3.10.7.1: the SYN has no ACK, so <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    const SegmentRecord& rst = t.segments.at(1);
    EXPECT_EQ(rst.origin, SegmentOrigin::ResetNoSocket);
    EXPECT_EQ(rst.header.flags, Flag::Rst | Flag::Ack);
    EXPECT_EQ(rst.header.seq, SeqNum(0));
    EXPECT_EQ(rst.header.ack, SeqNum(101));
    EXPECT_EQ(statesOf(t, connNamed(t, "client")),
              (std::vector<State>{State::SynSent, State::Closed}));
    EXPECT_EQ(errorsOf(t, AppCall::Connect),
              std::vector<SocketError>{SocketError::ConnectionRefused});
}

TEST(Host, SegmentWithAckForNoConnection_GetsRstWithSeqOfAck) {
    // The server crashes after the handshake and restarts; the client's data
    // then reaches a host with no TCB: <SEQ=SEG.ACK><CTL=RST>, ECONNRESET.
    auto b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80).crashAt(1s, "server").restartAt(2s, "server");
    b.sendAt(3s, "client", 10);
    const Trace t = simulate(b.build());
    const auto sent = eventsOf<SegmentSent>(t);
    const auto rst = std::find_if(sent.begin(), sent.end(), [&](const auto& e) {
        return t.segments[static_cast<std::size_t>(e.second.seg)].origin ==
               SegmentOrigin::ResetNoSocket;
    });
    ASSERT_NE(rst, sent.end());
    const SegmentRecord& r = t.segments[static_cast<std::size_t>(rst->second.seg)];
    EXPECT_EQ(r.header.flags, Flags(Flag::Rst));
    EXPECT_EQ(r.header.seq, SeqNum(301));
    EXPECT_EQ(errorsOf(t, AppCall::Receive),
              std::vector<SocketError>{SocketError::ConnectionReset});
}

TEST(Host, CrashedHost_DropsArrivingSegmentsSilently) {
    auto b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80).crashAt(1s, "server").sendAt(2s, "client", 10);
    const Trace t = simulate(b.build());
    EXPECT_EQ(eventsOf<HostCrashed>(t).size(), 1u);
    const auto drops = eventsOf<SegmentDropped>(t);
    ASSERT_FALSE(drops.empty());
    EXPECT_TRUE(std::all_of(drops.begin(), drops.end(),
                            [](const auto& d) { return d.second.reason == DropReason::HostDown; }));
    // The client retransmits until R2 and gives up with ETIMEDOUT.
    EXPECT_EQ(errorsOf(t, AppCall::Receive), std::vector<SocketError>{SocketError::TimedOut});
    EXPECT_EQ(statesOf(t, connNamed(t, "srv/1")).back(), State::Closed);
}

TEST(Host, KeepaliveOnIdleConnection_DetectsCrashedPeer) {
    Profile p = textbookProfile();
    p.keepaliveIdle = 10s;
    p.keepaliveInterval = 1s;
    p.keepaliveProbes = 3;
    auto b = ScenarioBuilder::clientServer(p);
    b.connectAt(0ms, "client", "server", 80).keepaliveAt(0ms, "client").crashAt(1s, "server");
    const Trace t = simulate(b.build());
    const auto probes =
        std::count_if(t.segments.begin(), t.segments.end(), [](const SegmentRecord& r) {
            return r.origin == SegmentOrigin::KeepaliveProbe;
        });
    EXPECT_EQ(probes, 3);
    EXPECT_EQ(errorsOf(t, AppCall::Receive), std::vector<SocketError>{SocketError::TimedOut});
}

TEST(Host, EphemeralPorts_AreTakenInOrderUntilExhausted) {
    Profile p = textbookProfile();
    p.ephemeralFirst = 50000;
    p.ephemeralLast = 50001;
    auto b = ScenarioBuilder::clientServer(p);
    b.socket("c2", "client").socket("c3", "client");
    b.connectAt(0ms, "client", "server", 80).connectAt(1ms, "c2", "server", 80);
    b.connectAt(2ms, "c3", "server", 80);
    const Trace t = simulate(b.build());
    EXPECT_EQ(t.conns[static_cast<std::size_t>(connNamed(t, "client"))].localPort, 50000);
    EXPECT_EQ(t.conns[static_cast<std::size_t>(connNamed(t, "c2"))].localPort, 50001);
    EXPECT_EQ(errorsOf(t, AppCall::Connect),
              (std::vector<SocketError>{SocketError::AddressNotAvailable, SocketError::None,
                                        SocketError::None}));
}

TEST(Host, ConnectOnListeningSocket_TurnsItActive) {
    // RFC 9293 3.10.2: the listener on server:80 is told to connect to the
    // client's listener on port 7000; it leaves LISTEN for SYN-SENT.
    auto b = ScenarioBuilder::clientServer();
    b.socket("back", "client", 7000).listenAt(0ms, "back").connectAt(1s, "srv", "client", 7000);
    const Trace t = simulate(b.build());
    EXPECT_EQ(statesOf(t, connNamed(t, "srv")),
              (std::vector<State>{State::Listen, State::SynSent, State::Established}));
    EXPECT_EQ(statesOf(t, connNamed(t, "back/1")),
              (std::vector<State>{State::SynReceived, State::Established}));
}

TEST(Variant, TwoWayHandshake_ServerEstablishesOnTheSynAndNoThirdSegmentIsSent) {
    Profile p = textbookProfile();
    p.twoWayHandshake = true;
    auto b = ScenarioBuilder::clientServer(p);
    b.connectAt(0ms, "client", "server", 80).end(1s);
    const Trace t = simulate(b.build());
    EXPECT_EQ(statesOf(t, connNamed(t, "srv/1")), std::vector<State>{State::Established});
    const auto changes = eventsOf<StateChanged>(t);
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [](const auto& c) {
        return c.second.rule == Rule::TwoWayHandshake && c.second.from == State::Listen &&
               c.second.to == State::Established;
    }));
    ASSERT_EQ(t.segments.size(), 2u); // SYN and SYN-ACK only
    EXPECT_EQ(t.segments[1].header.flags, Flag::Syn | Flag::Ack);
    EXPECT_EQ(statesOf(t, connNamed(t, "client")),
              (std::vector<State>{State::SynSent, State::Established}));
}

// The same 30% loss on the same 10 KB: TCP repairs it, UDP loses data for good.
Scenario lossyTransfer(Protocol protocol) {
    auto b = ScenarioBuilder::clientServer();
    b.scenario().sockets = {SocketSpec{"client", "client", 0, 100, protocol},
                            SocketSpec{"srv", "server", 80, 300, protocol}};
    b.link(20ms, 0ms, 0.3).seed(5).end(600s);
    b.connectAt(0ms, "client", "server", 80).sendAt(1s, "client", 10000);
    return b.build();
}

TEST(Variant, Udp_SameLossThatTcpRepairs_LosesDataForGood) {
    const Trace tcp = simulate(lossyTransfer(Protocol::Tcp));
    const Trace udp = simulate(lossyTransfer(Protocol::Udp));
    EXPECT_EQ(bytesDeliveredTo(tcp, "srv"), 10000u);
    EXPECT_LT(bytesDeliveredTo(udp, "srv"), 10000u);
    EXPECT_GT(bytesDeliveredTo(udp, "srv"), 0u);
    // UDP: no handshake, no state, no retransmission; every packet is a datagram.
    EXPECT_TRUE(eventsOf<StateChanged>(udp).empty());
    for (const SegmentRecord& r : udp.segments) {
        EXPECT_EQ(r.protocol, Protocol::Udp);
        EXPECT_EQ(r.origin, SegmentOrigin::Normal);
        EXPECT_LE(r.payloadLength, 1460u);
    }
    EXPECT_FALSE(eventsOf<SegmentDropped>(udp).empty());
}

TEST(Variant, UdpDatagramForAPortWithNoSocket_IsDropped) {
    auto b = ScenarioBuilder::clientServer();
    b.scenario().script.clear();
    b.scenario().sockets = {SocketSpec{"u", "client", 0, std::nullopt, Protocol::Udp}};
    b.connectAt(0ms, "u", "server", 9).sendAt(0ms, "u", 10);
    const Trace t = simulate(b.build());
    const auto drops = eventsOf<SegmentDropped>(t);
    ASSERT_EQ(drops.size(), 1u);
    EXPECT_EQ(drops[0].second.reason, DropReason::NoSocket);
}

TEST(Host, ListenOnBusyPort_FailsWithAddressInUse) {
    auto b = ScenarioBuilder::clientServer();
    b.socket("srv2", "server", 80).listenAt(1ms, "srv2");
    const Trace t = simulate(b.build());
    EXPECT_EQ(errorsOf(t, AppCall::Listen), std::vector<SocketError>{SocketError::AddressInUse});
}

TEST(Host, FullSynQueue_DropsFurtherSyns) {
    // Backlog 1 and every SYN-ACK lost: the first SYN holds the only slot.
    auto b = ScenarioBuilder::clientServer();
    b.scenario().script.clear();
    b.listenAt(0ms, "srv", 1).link("server", "client", 50ms, 0ms, 1.0);
    b.socket("c2", "client")
        .connectAt(0ms, "client", "server", 80)
        .connectAt(10ms, "c2", "server", 80);
    const Trace t = simulate(b.build());
    const auto drops = eventsOf<SegmentDropped>(t);
    EXPECT_TRUE(std::any_of(drops.begin(), drops.end(), [](const auto& d) {
        return d.second.reason == DropReason::QueueFull;
    }));
    const auto queues = eventsOf<QueueLengths>(t);
    ASSERT_FALSE(queues.empty());
    EXPECT_EQ(queues.front().second.synQueue, 1u);
}

TEST(Host, SynForTimeWaitWithHigherSeq_ReopensTheConnection) {
    // The server closes first and sits in TIME-WAIT; the client reconnects from
    // the same port with a clock-driven ISN above the old RCV.NXT (RFC 9293 3.6.1).
    auto b = ScenarioBuilder::clientServer();
    b.scenario().sockets = {SocketSpec{"client", "client", 5000, std::nullopt},
                            SocketSpec{"srv", "server", 80, std::nullopt}};
    b.connectAt(0ms, "client", "server", 80).closeWhen(State::Established, "srv/1", 100ms);
    b.closeWhen(State::CloseWait, "client").connectAt(5s, "client", "server", 80);
    const Trace t = simulate(b.build());
    const auto changes = eventsOf<StateChanged>(t);
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [](const auto& c) {
        return c.second.rule == Rule::TimeWaitReopen && c.second.from == State::TimeWait;
    }));
    EXPECT_NE(connNamed(t, "srv/2"), kNone);
    EXPECT_EQ(statesOf(t, connNamed(t, "srv/2")).at(1), State::Established);
}

} // namespace
