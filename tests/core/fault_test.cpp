// Faults as data (docs/scenario-format.md, "Faults"): each kind changes what
// it should and nothing else, and what it did is in the trace.
#include "core/checksum.h"
#include "core/network.h"
#include "core/simulate.h"
#include "core/trace_format.h"
#include "printers.h"
#include "random_scenario.h"
#include "scenario_builder.h"
#include "trace_invariants.h"
#include "trace_queries.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <optional>
#include <sstream>

namespace {

using namespace core;
using namespace std::chrono_literals;
using namespace testsupport;

std::vector<FaultApplied> faultsApplied(const Trace& t) {
    std::vector<FaultApplied> out;
    for (const auto& [time, f] : eventsOf<FaultApplied>(t))
        out.push_back(f);
    return out;
}

const SegmentRecord& seg(const Trace& t, SegId id) {
    return segment(t, id);
}

std::vector<std::string> linesWith(const std::string& text, const std::string& part) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(part) != std::string::npos)
            out.push_back(line);
    return out;
}

constexpr HostId kClient = 0;
constexpr HostId kServer = 1;
constexpr HostId kAttacker = 2;

// client:5000 connects at 0 to server:80 over 50 ms links; an off-path host
// "attacker" (10.0.0.66) can inject segments.
ScenarioBuilder connected(Profile profile = textbookProfile()) {
    auto b = ScenarioBuilder::clientServer(std::move(profile));
    b.host("attacker", "10.0.0.66");
    b.scenario().sockets[0].port = 5000;
    b.connectAt(0ms, "client", "server", 80).end(30s);
    return b;
}

InjectSpec rstToServer(std::uint32_t seq) {
    InjectSpec in;
    in.from = "attacker";
    in.to = "server";
    in.toPort = 80;
    in.src = "client";
    in.srcPort = 5000;
    in.flags = Flag::Rst;
    in.seq = seq;
    return in;
}

InjectSpec synToServer(const std::string& src, Port srcPort) {
    InjectSpec in;
    in.from = "attacker";
    in.to = "server";
    in.toPort = 80;
    in.src = src;
    in.srcPort = srcPort;
    in.flags = Flag::Syn;
    in.seq = 5000;
    return in;
}

// ---- drop ------------------------------------------------------------------------

TEST(DropFault, FirstSynFromClient_IsRetransmittedAfterInitialRtoAndConnectionForms) {
    auto b = connected();
    b.fault(dropFault(matchFrom("client", Flag::Syn, 1)));
    const Trace t = simulate(b.build());
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, 0, FaultAction::Dropped}}));
    // Lost part-way over the 50 ms link, as a segment lost by the link is.
    EXPECT_EQ(droppedAt(t, 0), std::pair(Micros{25ms}, DropReason::Fault));
    EXPECT_EQ(seg(t, 1).origin, SegmentOrigin::Retransmission);
    EXPECT_EQ(seg(t, 1).original, 0);
    EXPECT_EQ(sentAt(t, 1), Micros{1s}); // the initial RTO
    EXPECT_EQ(arrivedAt(t, 1), Micros{1050ms});
    EXPECT_EQ(statesOf(t, connNamed(t, "client")),
              (std::vector<State>{State::SynSent, State::Established}));
    EXPECT_TRUE(checkTraceInvariants(t).empty());
}

TEST(DropFault, TwoDropsWithNth_EachCountsMatchingSegmentsOnItsOwn) {
    auto b = connected();
    b.fault(dropFault(matchFrom("client", Flag::Syn, 1)));
    b.fault(dropFault(matchFrom("client", Flag::Syn, 2)));
    const Trace t = simulate(b.build());
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, 0, FaultAction::Dropped},
                                                           {1, 1, FaultAction::Dropped}}));
    // RFC 6298 (5.5): the RTO doubles, so the third SYN goes at 1 s + 2 s.
    EXPECT_EQ(sentAt(t, 2), Micros{3s});
    EXPECT_EQ(arrivedAt(t, 2), Micros{3050ms});
}

TEST(DropFault, FlagsExact_DropsPureAcksButNotDataCarryingAnAck) {
    auto b = connected();
    b.sendWhen(State::Established, "client", 5);
    SegmentMatch pureAck = matchFrom("client", Flag::Ack);
    pureAck.flagsExact = true;
    b.fault(dropFault(pureAck));
    const Trace t = simulate(b.build());
    const auto fromClient = [](const SegmentRecord& r) { return r.fromHost == kClient; };
    for (const SegId id : segmentsWhere(t, fromClient)) {
        const bool pure = seg(t, id).header.flags == Flags(Flag::Ack);
        EXPECT_EQ(droppedAt(t, id).has_value(), pure) << "#" << id;
        EXPECT_EQ(arrivedAt(t, id).has_value(), !pure) << "#" << id;
    }
    // The data's ACK completes the server's handshake instead of the lost ACK.
    const auto delivered = eventsOf<DataDelivered>(t);
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].second.bytes, 5u);
}

TEST(DropFault, Between_DropsOnlySegmentsSentInsideTheHalfOpenWindow) {
    auto b = connected();
    b.sendAt(2s, "client", 10).sendAt(2500ms, "client", 10).sendAt(3s, "client", 10);
    SegmentMatch m;
    m.from = "client";
    m.between = TimeWindow{2s, 3s};
    b.fault(dropFault(m));
    const Trace t = simulate(b.build());
    int dropped = 0;
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t)) {
        if (seg(t, sent.seg).fromHost != kClient)
            continue;
        const bool inside = time >= 2s && time < 3s;
        dropped += inside ? 1 : 0;
        EXPECT_EQ(arrivedAt(t, sent.seg).has_value(), !inside) << "#" << sent.seg;
    }
    EXPECT_EQ(dropped, 2);
    // The data sent at 2 s is resent at 3 s, just outside the window, and arrives.
    EXPECT_EQ(eventsOf<DataDelivered>(t).back().second.offset + 10, 30u);
}

TEST(DropFault, BySegmentId_DropsThatSegmentOnly) {
    auto b = connected();
    b.fault(dropFault(matchSegment(2)));
    const Trace t = simulate(b.build());
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, 2, FaultAction::Dropped}}));
    for (std::size_t i = 0; i < t.segments.size(); ++i)
        EXPECT_EQ(droppedAt(t, static_cast<SegId>(i)).has_value(), i == 2) << "#" << i;
}

// ---- delay and duplicate ---------------------------------------------------------------

TEST(DelayFault, DelayedOldSyn_ArrivesAfterTheNewOneAndIsOnlyAcknowledged) {
    auto b = connected();
    b.fault(delayFault(matchFrom("client", Flag::Syn, 1), 2s));
    const Trace t = simulate(b.build());
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, 0, FaultAction::Delayed}}));
    EXPECT_EQ(seg(t, 1).original, 0);
    EXPECT_EQ(arrivedAt(t, 1), Micros{1050ms});
    EXPECT_EQ(arrivedAt(t, 0), Micros{2050ms});
    // RFC 9293 3.10.7.4: the old SYN lies left of the window; it gets an ACK
    // and the connection carries on.
    const ConnId server = connNamed(t, "srv/1");
    EXPECT_EQ(statesOf(t, server), (std::vector<State>{State::SynReceived, State::Established}));
    const auto acks = segmentsWhere(t, [&](const SegmentRecord& r) {
        return r.conn == server && r.header.flags == Flags(Flag::Ack);
    });
    ASSERT_EQ(acks.size(), 1u);
    EXPECT_EQ(sentAt(t, acks[0]), Micros{2050ms});
}

TEST(DuplicateFault, DuplicatedData_ArrivesTwiceButIsDeliveredOnce) {
    auto b = connected();
    b.sendWhen(State::Established, "client", 5);
    b.fault(duplicateFault(matchFrom("client", Flag::Psh), 10ms));
    const Trace t = simulate(b.build());
    const auto copies = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Duplicate; });
    ASSERT_EQ(copies.size(), 1u);
    const SegmentRecord& copy = seg(t, copies[0]);
    const SegId data = copy.original;
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, data, FaultAction::Duplicated}}));
    EXPECT_EQ(copy.header, seg(t, data).header);
    EXPECT_EQ(t.payloadOf(copies[0]), t.payloadOf(data));
    EXPECT_EQ(copy.conn, seg(t, data).conn);
    EXPECT_EQ(sentAt(t, copies[0]), *sentAt(t, data) + 10ms);
    EXPECT_EQ(arrivedAt(t, copies[0]), *arrivedAt(t, data) + 10ms);
    const auto delivered = eventsOf<DataDelivered>(t);
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].second.bytes, 5u);
    EXPECT_TRUE(checkTraceInvariants(t).empty());
}

TEST(DuplicateFault, EverySegment_IsCopiedOnceAndCopiesAreNotCopied) {
    auto b = connected();
    b.sendWhen(State::Established, "client", 3000).closeWhen(State::CloseWait, "srv/1");
    b.closeWhenReceived(3000, "client");
    b.fault(duplicateFault(SegmentMatch{}, 1ms));
    const Trace t = simulate(b.build());
    std::vector<int> copiesOf(t.segments.size());
    for (const SegmentRecord& r : t.segments) {
        if (r.origin != SegmentOrigin::Duplicate)
            continue;
        ASSERT_NE(seg(t, r.original).origin, SegmentOrigin::Duplicate);
        ++copiesOf[static_cast<std::size_t>(r.original)];
    }
    for (std::size_t i = 0; i < t.segments.size(); ++i) {
        if (t.segments[i].origin != SegmentOrigin::Duplicate) {
            EXPECT_EQ(copiesOf[i], 1) << "#" << i;
        }
    }
    EXPECT_TRUE(checkTraceInvariants(t).empty());
}

TEST(SegmentFaults, DropAndDuplicateOnOneSegment_DropWinsAndBothCount) {
    auto b = connected();
    b.fault(duplicateFault(matchFrom("client", Flag::Syn, 1), 10ms));
    b.fault(dropFault(matchFrom("client", Flag::Syn, 1)));
    b.fault(delayFault(matchFrom("client", Flag::Syn, 2), 100ms));
    const Trace t = simulate(b.build());
    // The first SYN is dropped, not copied; the delay counts it and takes the second.
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{1, 0, FaultAction::Dropped},
                                                           {2, 1, FaultAction::Delayed}}));
    EXPECT_EQ(arrivedAt(t, 1), Micros{1150ms});
}

// ---- inject ----------------------------------------------------------------------

TEST(InjectFault, InWindowRst_ResetsAnEstablishedConnection_Textbook) {
    auto b = connected();
    b.fault(injectFault(1s, rstToServer(111))); // RCV.NXT is 101: in the window, not exact
    const Trace t = simulate(b.build());
    const auto injected = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Injected; });
    ASSERT_EQ(injected.size(), 1u);
    const SegId rst = injected[0];
    EXPECT_EQ(faultsApplied(t), (std::vector<FaultApplied>{{0, rst, FaultAction::Injected}}));
    const SegmentRecord& r = seg(t, rst);
    EXPECT_EQ(r.conn, kNone);
    EXPECT_EQ(r.fromHost, kAttacker);
    EXPECT_EQ(r.src, t.hosts[kClient].address);
    EXPECT_EQ(r.toHost, kServer);
    EXPECT_EQ(r.header.checksum, tcpChecksum(r.src, r.dst, r.header));
    // RFC 793 (no RFC 5961): any RST in the window resets the connection.
    const auto changes = eventsOf<StateChanged>(t);
    const ConnId server = connNamed(t, "srv/1");
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [&](const auto& c) {
        return c.second.conn == server && c.second.to == State::Closed &&
               c.second.rule == Rule::RstReceived && c.second.cause == rst;
    }));
    const std::string text = textTrace(t);
    EXPECT_EQ(linesWith(text, "#" + std::to_string(rst) + " "),
              (std::vector<std::string>{
                  "1.000000 #" + std::to_string(rst) +
                      " client:5000 > server:80 Flags [R], seq 111, win 65535, length 0 (injected)",
                  "1.000000 #" + std::to_string(rst) + " fault 0: injected by attacker",
                  "1.050000 #" + std::to_string(rst) + " arrives at server:80"}));
}

TEST(InjectFault, InWindowRst_GetsAChallengeAck_Linux) {
    auto b = connected(linuxProfile());
    b.fault(injectFault(1s, rstToServer(111)));
    const Trace t = simulate(b.build());
    const ConnId server = connNamed(t, "srv/1");
    EXPECT_EQ(statesOf(t, server), (std::vector<State>{State::SynReceived, State::Established}));
    // RFC 5961 3.2: the challenge ACK goes to the real client, which drops it quietly.
    const auto challenges = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::ChallengeAck; });
    ASSERT_EQ(challenges.size(), 1u);
    EXPECT_EQ(seg(t, challenges[0]).toHost, kClient);
    EXPECT_EQ(sentAt(t, challenges[0]), Micros{1050ms});
}

TEST(InjectFault, SpoofedSourceNoHostOwns_ReplyIsDroppedWithNoRoute) {
    auto b = connected();
    b.fault(injectFault(1s, synToServer("10.9.9.9", 1234)));
    const Trace t = simulate(b.build());
    const auto injected = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Injected; });
    ASSERT_EQ(injected.size(), 1u);
    const SegmentRecord& syn = seg(t, injected[0]);
    EXPECT_EQ(syn.src, parseAddress("10.9.9.9"));
    EXPECT_EQ(syn.header.checksum, tcpChecksum(syn.src, syn.dst, syn.header));
    const auto toSpoofed = segmentsWhere(
        t, [&](const SegmentRecord& r) { return r.dst == syn.src && r.fromHost == kServer; });
    ASSERT_FALSE(toSpoofed.empty()); // the SYN-ACK and its retransmissions
    for (const SegId id : toSpoofed) {
        EXPECT_EQ(seg(t, id).toHost, kNone);
        EXPECT_EQ(droppedAt(t, id), std::pair(*sentAt(t, id), DropReason::NoRoute));
    }
    EXPECT_EQ(linesWith(textTrace(t), "Flags [S.], seq 300, ack 5001").at(0),
              "1.050000 #" + std::to_string(toSpoofed[0]) +
                  " server:80 > 10.9.9.9:1234 Flags [S.], seq 300, ack 5001, win 65535, "
                  "options [mss 1460], length 0");
}

TEST(InjectFault, Repeat_SendsCopiesFromConsecutiveAddresses) {
    auto b = connected();
    b.scenario().script[0].backlog = 3;
    InjectSpec flood = synToServer("10.9.0.1", 1234);
    flood.count = 4;
    flood.every = 10ms;
    b.fault(injectFault(1s, flood));
    const Trace t = simulate(b.build());
    const auto injected = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Injected; });
    ASSERT_EQ(injected.size(), 4u);
    for (std::size_t i = 0; i < injected.size(); ++i) {
        const SegmentRecord& r = seg(t, injected[i]);
        EXPECT_EQ(sentAt(t, injected[i]), Micros{1s} + static_cast<int>(i) * 10ms);
        EXPECT_EQ(r.src.v4, parseAddress("10.9.0.1")->v4 + i);
        EXPECT_EQ(r.header.srcPort, 1234);
        EXPECT_EQ(r.header.checksum, tcpChecksum(r.src, r.dst, r.header));
    }
    // Three half-open connections fill the backlog of 3: the fourth SYN is
    // dropped when it arrives.
    EXPECT_EQ(droppedAt(t, injected[3]), std::pair(Micros{1080ms}, DropReason::QueueFull));
}

TEST(InjectFault, WithoutSrc_ComesFromTheSenderPort1024_WhoseHostAnswersWithRst) {
    auto b = connected();
    InjectSpec syn = synToServer("", kInjectSourcePort);
    b.fault(injectFault(1s, syn));
    const Trace t = simulate(b.build());
    const auto injected = segmentsWhere(
        t, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Injected; });
    ASSERT_EQ(injected.size(), 1u);
    EXPECT_EQ(seg(t, injected[0]).src, t.hosts[kAttacker].address);
    EXPECT_EQ(seg(t, injected[0]).header.srcPort, 1024);
    // The SYN-ACK reaches the attacker's host, which has no such socket (3.10.7.1).
    const auto resets = segmentsWhere(t, [](const SegmentRecord& r) {
        return r.origin == SegmentOrigin::ResetNoSocket && r.fromHost == kAttacker;
    });
    EXPECT_EQ(resets.size(), 1u);
}

TEST(InjectFault, FromACrashedHost_SendsNothing) {
    auto b = connected();
    b.crashAt(500ms, "attacker").fault(injectFault(1s, rstToServer(111)));
    const Trace t = simulate(b.build());
    EXPECT_TRUE(faultsApplied(t).empty());
    EXPECT_TRUE(segmentsWhere(t, [](const SegmentRecord& r) {
                    return r.origin == SegmentOrigin::Injected;
                }).empty());
}

// ---- partition and link changes ----------------------------------------------------

TEST(PartitionFault, DropsBothWaysOnlyInsideTheInterval) {
    auto b = connected();
    b.sendAt(2s, "client", 100).sendAt(2500ms, "srv/1", 100);
    b.fault(partitionFault("client", "server", 2s, 5s));
    const Trace t = simulate(b.build());
    int cutToServer = 0;
    int cutToClient = 0;
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t)) {
        const bool inside = time >= 2s && time < 5s;
        const auto drop = droppedAt(t, sent.seg);
        EXPECT_EQ(drop.has_value(), inside) << "#" << sent.seg;
        if (!inside)
            continue;
        EXPECT_EQ(drop->second, DropReason::Fault);
        (seg(t, sent.seg).toHost == kServer ? cutToServer : cutToClient)++;
    }
    EXPECT_GT(cutToServer, 0);
    EXPECT_GT(cutToClient, 0);
    for (const FaultApplied& f : faultsApplied(t))
        EXPECT_EQ(f.action, FaultAction::Partitioned);
    // Retransmitted at 5 s, when the link is back, both messages arrive.
    const auto delivered = eventsOf<DataDelivered>(t);
    ASSERT_EQ(delivered.size(), 2u);
    EXPECT_GE(delivered[0].first, 5s);
}

TEST(LinkFault, AppliesToSegmentsSentFromItsTimeOnAndKeepsWhatItDoesNotSay) {
    auto b = connected();
    b.sendAt(999ms, "client", 10).sendAt(1s, "client", 10).sendAt(1500ms, "client", 10);
    b.sendAt(2s, "client", 10);
    LinkChange slower{"client", "server", 200ms, std::nullopt, std::nullopt};
    LinkChange lossy{"client", "server", std::nullopt, std::nullopt, 1.0};
    b.fault(linkFault(2s, lossy)).fault(linkFault(1s, slower)).end(2500ms);
    const Trace t = simulate(b.build());
    EXPECT_EQ(eventsOf<FaultApplied>(t), (std::vector<std::pair<Micros, FaultApplied>>{
                                             {1s, {1, kNone, FaultAction::LinkChanged}},
                                             {2s, {0, kNone, FaultAction::LinkChanged}}}));
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t)) {
        const SegmentRecord& r = seg(t, sent.seg);
        if (r.fromHost == kServer) {
            EXPECT_EQ(arrivedAt(t, sent.seg), time + 50ms) << "#" << sent.seg;
        } else if (time < 1s) {
            EXPECT_EQ(arrivedAt(t, sent.seg), time + 50ms) << "#" << sent.seg;
        } else if (time < 2s) {
            EXPECT_EQ(arrivedAt(t, sent.seg), time + 200ms) << "#" << sent.seg;
        } else {
            // Lost part-way: the delay is still 200 ms.
            EXPECT_EQ(droppedAt(t, sent.seg), std::pair(time + 100ms, DropReason::LinkLoss));
        }
    }
}

TEST(Network, LinkChanges_AreLookedUpBySendTimeAndLayered) {
    Network n;
    n.setDefault(LinkParams{10ms, 0ms, 0.0});
    n.setLink(0, 1, LinkParams{50ms, 5ms, 0.0});
    n.changeLink(1s, 0, 1, LinkChange{"", "", 200ms, std::nullopt, std::nullopt});
    n.changeLink(1s, 0, 1, LinkChange{"", "", std::nullopt, std::nullopt, 0.5});
    n.changeLink(3s, 0, 1, LinkChange{"", "", std::nullopt, 0ms, std::nullopt});
    EXPECT_EQ(n.params(0, 1, 999999us).delay, 50ms);
    EXPECT_EQ(n.params(0, 1, 1s).delay, 200ms);
    EXPECT_EQ(n.params(0, 1, 1s).loss, 0.5);
    EXPECT_EQ(n.params(0, 1, 1s).jitter, 5ms);
    EXPECT_EQ(n.params(0, 1, 3s).jitter, 0ms);
    EXPECT_EQ(n.params(0, 1, 3s).delay, 200ms);
    EXPECT_EQ(n.params(1, 0, 5s).delay, 10ms);
}

// ---- determinism and prefix stability -------------------------------------------------

// The faults a learner adds in the GUI to segment `id`, sent at `t`, or at `t`.
std::vector<std::pair<std::string, FaultSpec>> faultsAt(SegId id, Micros t) {
    InjectSpec rst;
    rst.from = "client1";
    rst.to = "server";
    rst.toPort = 80;
    rst.flags = Flag::Rst;
    return {
        {"drop", dropFault(matchSegment(id))},
        {"delay", delayFault(matchSegment(id), 1s)},
        {"duplicate", duplicateFault(matchSegment(id), 0ms)},
        {"partition", partitionFault("server", "client1", t, t + 1s)},
        {"link", linkFault(t, LinkChange{"client1", "server", 1ms, 0ms, 1.0})},
        {"inject", injectFault(t, rst)},
    };
}

TEST(FaultDeterminism, SameScenarioWithFaultsTwice_GivesIdenticalTraces) {
    for (std::uint64_t i = 0; i < 20; ++i) {
        Scenario s = randomScenario(i);
        for (auto& [name, fault] : faultsAt(3, 500ms))
            s.faults.push_back(fault);
        EXPECT_EQ(simulate(s), simulate(s)) << "random scenario " << i;
    }
}

TEST(FaultDeterminism, FaultActingAtT_LeavesEveryEarlierEventUnchanged) {
    for (std::uint64_t i = 0; i < 60; ++i) {
        const Scenario base = randomScenario(i);
        const Trace before = simulate(base);
        const auto sent = eventsOf<SegmentSent>(before);
        if (sent.size() < 4)
            continue;
        const auto& [t, middle] = sent[sent.size() / 2];
        for (const auto& [name, fault] : faultsAt(middle.seg, t)) {
            Scenario edited = base;
            edited.faults.push_back(fault);
            const Trace after = simulate(edited);
            EXPECT_EQ(prefixDifference(before, after, t), "")
                << name << " at #" << middle.seg << ", random scenario " << i;
            const FaultKind k = fault.kind;
            if (k == FaultKind::Drop || k == FaultKind::Delay || k == FaultKind::Duplicate) {
                EXPECT_NE(before, after) << name << ", random scenario " << i;
            }
        }
    }
}

} // namespace
