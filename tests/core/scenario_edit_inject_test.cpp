// Crafted segments in the lab: RCV.NXT read from the trace, and RSTs in and
// out of the window (RFC 9293 3.10.7.3 and 3.10.7.4, RFC 5961 3.2).
#include "core/fault_check.h"
#include "core/scenario_edit.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "printers.h"
#include "scenario_builder.h"
#include "trace_queries.h"

#include <gtest/gtest.h>

namespace {

using namespace core;
using namespace std::chrono_literals;
using namespace testsupport;

// client (ISN 100) connects at 100 ms to server:80 (ISN 300) over 50 ms links;
// srv/1 is ESTABLISHED at 250 ms; the client sends 5 bytes at 2 s.
Scenario longLived(Profile profile = textbookProfile()) {
    auto b = ScenarioBuilder::clientServer(std::move(profile));
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    return b.build();
}

// The scenario with a RST into `socket` at 1 s, and its trace.
struct Injected {
    Scenario scenario;
    Trace trace;
    InjectSpec spec;
};
Injected rstAt1s(const Scenario& s, const std::string& socket, RstSender sender, SeqChoice choice) {
    const Trace before = simulate(s);
    const InjectSpec spec = rstInto(before, s, 1s, connNamed(before, socket), sender, choice);
    Scenario edited = injectSegment(s, 1s, spec);
    Trace after = simulate(edited);
    for (const FaultProblem& p : unusedFaults(edited, after))
        ADD_FAILURE() << p.jsonPath << ": " << p.problem;
    EXPECT_EQ(toJson(parseScenario(toJson(edited), "edited")), toJson(edited));
    return {std::move(edited), std::move(after), spec};
}

bool resetByRst(const Trace& t, const std::string& socket) {
    const ConnId c = connNamed(t, socket);
    for (const auto& [time, e] : eventsOf<StateChanged>(t))
        if (e.conn == c && e.to == State::Closed && e.rule == Rule::RstReceived)
            return time > 1s;
    return false;
}

std::vector<SegId> sentBy(const Trace& t, const std::string& socket, SegmentOrigin origin) {
    const ConnId c = connNamed(t, socket);
    return segmentsWhere(t,
                         [&](const SegmentRecord& r) { return r.conn == c && r.origin == origin; });
}

TEST(ScenarioEditInject, rcvNxtAt_isThePeersIsnPlusOneThenFollowsTheData) {
    const Scenario s = longLived();
    const Trace t = simulate(s);
    const ConnId child = connNamed(t, "srv/1");
    EXPECT_EQ(rcvNxtAt(t, child, 100ms), std::nullopt) << "the SYN has not arrived";
    EXPECT_EQ(rcvNxtAt(t, child, 150ms), SeqNum(101));
    EXPECT_EQ(rcvNxtAt(t, connNamed(t, "client"), 1s), SeqNum(301));
    EXPECT_EQ(rcvNxtAt(t, child, 2050ms), SeqNum(106)) << "5 bytes arrived at 2.05 s";
}

TEST(ScenarioEditInject, rcvNxtAt_countsDataNotYetAcknowledged) {
    auto b = ScenarioBuilder::clientServer();
    b.scenario().profile.delayedAck = true;
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    const Trace t = simulate(b.build());
    EXPECT_EQ(rcvNxtAt(t, connNamed(t, "srv/1"), 2050ms), SeqNum(106));
}

TEST(ScenarioEditInject, rstInto_offPath_addsAnAttackerThatClaimsThePeer) {
    const Injected r = rstAt1s(longLived(), "srv/1", RstSender::OffPath, {});
    EXPECT_EQ(r.spec.from, "attacker");
    EXPECT_EQ(r.spec.to, "server");
    EXPECT_EQ(r.spec.toPort, 80);
    EXPECT_EQ(r.spec.src, "client");
    EXPECT_EQ(r.spec.srcPort,
              r.trace.conns[static_cast<std::size_t>(connNamed(r.trace, "client"))].localPort);
    EXPECT_EQ(r.spec.flags, Flags(Flag::Rst));
    EXPECT_EQ(r.spec.seq, 101u);
    ASSERT_EQ(r.scenario.hosts.size(), 3u);
    EXPECT_EQ(r.scenario.hosts[2].name, "attacker");
    EXPECT_EQ(toString(r.scenario.hosts[2].address), "10.0.0.66");
    EXPECT_EQ(r.scenario.faults.back().edit, 1);
}

TEST(ScenarioEditInject, rstInto_inWindowTextbook_resetsTheConnection) {
    const Injected r = rstAt1s(longLived(), "srv/1", RstSender::OffPath, {});
    EXPECT_TRUE(resetByRst(r.trace, "srv/1")); // 3.10.7.4, second check
    EXPECT_EQ(statesOfSocket(r.trace, "srv/1").back(), State::Closed);
}

TEST(ScenarioEditInject, rstInto_fromThePeerItself_resetsTheConnection) {
    const Injected r = rstAt1s(longLived(), "client", RstSender::Peer, {});
    EXPECT_EQ(r.spec.from, "server");
    EXPECT_EQ(r.spec.seq, 301u);
    EXPECT_EQ(r.scenario.hosts.size(), 2u) << "no attacker needed";
    EXPECT_TRUE(resetByRst(r.trace, "client"));
}

TEST(ScenarioEditInject, rstInto_outOfWindow_isIgnored) {
    const Injected r =
        rstAt1s(longLived(), "srv/1", RstSender::OffPath, {SeqChoice::Kind::OutOfWindow, 0});
    EXPECT_EQ(r.spec.seq, 101u + (1u << 30));
    EXPECT_FALSE(resetByRst(r.trace, "srv/1"));
    // 3.10.7.4 first check: an unacceptable RST is dropped without an answer.
    for (const auto& [t, e] : eventsOf<SegmentSent>(r.trace))
        EXPECT_FALSE(t > 1s && t < 2s && segment(r.trace, e.seg).fromHost == 1)
            << "the server sent #" << e.seg;
    EXPECT_EQ(bytesDeliveredTo(r.trace, "srv/1"), 5u) << "the connection still carries data";
}

TEST(ScenarioEditInject, rstInto_linuxExactSeq_resetsButInWindowOtherSeqGetsAChallengeAck) {
    const Injected exact = rstAt1s(longLived(linuxProfile()), "srv/1", RstSender::OffPath, {});
    EXPECT_TRUE(resetByRst(exact.trace, "srv/1"));

    const Injected near = rstAt1s(longLived(linuxProfile()), "srv/1", RstSender::OffPath,
                                  {SeqChoice::Kind::Exact, 111});
    EXPECT_FALSE(resetByRst(near.trace, "srv/1"));
    EXPECT_EQ(sentBy(near.trace, "srv/1", SegmentOrigin::ChallengeAck).size(), 1u); // RFC 5961 3.2

    const Injected textbook =
        rstAt1s(longLived(), "srv/1", RstSender::OffPath, {SeqChoice::Kind::Exact, 111});
    EXPECT_TRUE(resetByRst(textbook.trace, "srv/1")) << "RFC 793: anywhere in the window";
}

TEST(ScenarioEditInject, rstInto_synSent_carriesAnAckOfTheSyn) {
    auto b = ScenarioBuilder::clientServer();
    b.link(500ms).connectAt(100ms, "client", "server", 80).end(10s);
    const Scenario s = b.build();
    const Trace before = simulate(s);
    const ConnId client = connNamed(before, "client");
    const InjectSpec in = rstInto(before, s, 200ms, client, RstSender::Peer, {});
    EXPECT_EQ(in.flags, Flag::Rst | Flag::Ack);
    EXPECT_EQ(in.ack, 101u);
    const Trace after = simulate(injectSegment(s, 200ms, in));
    EXPECT_EQ(statesOfSocket(after, "client").back(), State::Closed); // 3.10.7.3
    EXPECT_EQ(errorsOf(after, AppCall::Connect),
              (std::vector<SocketError>{SocketError::ConnectionRefused}));

    const InjectSpec wrong =
        rstInto(before, s, 200ms, client, RstSender::Peer, {SeqChoice::Kind::OutOfWindow, 0});
    EXPECT_EQ(wrong.ack, 101u + (1u << 30));
    const Trace ignored = simulate(injectSegment(s, 200ms, wrong));
    EXPECT_EQ(statesOfSocket(ignored, "client").back(), State::Established);
}

TEST(ScenarioEditInject, rstInto_listenerOrUnknownConnection_throws) {
    const Scenario s = longLived();
    const Trace t = simulate(s);
    EXPECT_THROW(rstInto(t, s, 1s, connNamed(t, "srv"), RstSender::OffPath, {}), EditError);
    EXPECT_THROW(rstInto(t, s, 1s, 42, RstSender::OffPath, {}), EditError);
}

TEST(ScenarioEditInject, injectSegment_takesAFreeAddressAndNeedsAnUpSender) {
    Scenario s = longLived();
    s.hosts.push_back({"web", *parseAddress("10.0.0.66")});
    InjectSpec syn;
    syn.from = "mallory";
    syn.to = "server";
    syn.toPort = 80;
    syn.flags = Flag::Syn;
    const Scenario edited = injectSegment(s, 1s, syn);
    EXPECT_EQ(edited.hosts.back().name, "mallory");
    EXPECT_EQ(toString(edited.hosts.back().address), "10.0.0.67");

    const Scenario crashed = crashHost(s, 500ms, "client");
    syn.from = "client";
    EXPECT_THROW(injectSegment(crashed, 1s, syn), EditError);
    syn.to = "nowhere";
    EXPECT_THROW(injectSegment(s, 1s, syn), EditError);
}

} // namespace
