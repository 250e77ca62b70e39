// Lab edits (core/scenario_edit.h): each takes effect in the re-simulated
// trace as RFC 9293 says, leaves everything before its time alone, carries
// the next edit number, and keeps the scenario valid and saveable.
#include "core/fault_check.h"
#include "core/scenario_edit.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "library_scenarios.h"
#include "printers.h"
#include "scenario_builder.h"
#include "trace_queries.h"

#include <gtest/gtest.h>
#include <ostream>

namespace core {
void PrintTo(const EditRef& e, std::ostream* out) {
    *out << "{" << e.number << ", " << (e.place == EditPlace::Fault ? "fault " : "script ")
         << e.index << "}";
}
} // namespace core

namespace {

using namespace core;
using namespace std::chrono_literals;
using namespace testsupport;

// Every event before `t` and every segment sent before it are the same.
void expectSamePrefix(const Trace& before, const Trace& after, Micros t) {
    std::size_t n = 0;
    while (n < before.events.size() && before.events[n].t < t)
        ++n;
    ASSERT_GE(after.events.size(), n);
    for (std::size_t i = 0; i < n; ++i)
        ASSERT_EQ(after.events[i], before.events[i]) << "event " << i;
    for (const auto& [sent, e] : eventsOf<SegmentSent>(before)) {
        if (sent < t) {
            ASSERT_EQ(segment(after, e.seg), segment(before, e.seg)) << "segment " << e.seg;
        }
    }
}

// No fault is flagged by unusedFaults(), and the file round-trips unchanged.
void expectValid(const Scenario& edited) {
    const Trace trace = simulate(edited);
    for (const FaultProblem& p : unusedFaults(edited, trace))
        ADD_FAILURE() << p.jsonPath << ": " << p.problem;
    const std::string text = toJson(edited);
    EXPECT_EQ(toJson(parseScenario(text, "edited")), text);
}

SegId firstSegment(const Trace& t, Flags flags, const std::string& socket = "") {
    const auto ids = segmentsWhere(t, [&](const SegmentRecord& r) {
        return r.header.flags == flags &&
               (socket.empty() ||
                (r.conn != kNone && t.conns[static_cast<std::size_t>(r.conn)].socket == socket));
    });
    return ids.empty() ? kNone : ids.front();
}

// client (ISN 100) connects at 100 ms to server:80 (ISN 300) over 50 ms links;
// srv/1 is ESTABLISHED at 250 ms; the client sends 5 bytes at 2 s.
Scenario longLived(Profile profile = textbookProfile()) {
    auto b = ScenarioBuilder::clientServer(std::move(profile));
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    return b.build();
}

// --- segments

TEST(ScenarioEdit, dropSegment_synAckOfDefault_keepsThePrefixAndTheSynAckIsSentAgain) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    const SegId synAck = firstSegment(before, Flag::Syn | Flag::Ack);
    ASSERT_EQ(synAck, 1);
    const Scenario edited = dropSegment(s, before, synAck);
    ASSERT_EQ(edited.faults.size(), 1u);
    EXPECT_EQ(edited.faults[0].kind, FaultKind::Drop);
    SegmentMatch exactly;
    exactly.segment = synAck;
    exactly.from = "server";
    exactly.to = "client";
    exactly.flags = Flag::Syn | Flag::Ack;
    exactly.flagsExact = true;
    EXPECT_EQ(edited.faults[0].match, exactly);
    EXPECT_EQ(edited.faults[0].edit, 1);

    const Trace after = simulate(edited);
    expectSamePrefix(before, after, *sentAt(before, synAck));
    EXPECT_EQ(droppedAt(after, synAck)->second, DropReason::Fault);
    // 3.8.1: the lost SYN-ACK is recovered by a retransmission timer.
    const auto resent = segmentsWhere(after, [](const SegmentRecord& r) {
        return r.origin == SegmentOrigin::Retransmission && r.header.flags.has(Flag::Syn);
    });
    ASSERT_FALSE(resent.empty());
    EXPECT_EQ(segment(after, resent.front()).header.flags, Flags(Flag::Syn)) << "the client's RTO";
    EXPECT_EQ(*sentAt(after, resent.front()), *sentAt(after, 0) + 1s);
    const std::vector<State> client = statesOfSocket(after, "client");
    EXPECT_NE(std::find(client.begin(), client.end(), State::TimeWait), client.end())
        << "the connection still opens, exchanges and closes";
    expectValid(edited);
}

TEST(ScenarioEdit, delaySegment_dataSegment_arrivesLaterAndAgainReplacesTheDelay) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    const SegId hello = firstSegment(before, Flag::Psh | Flag::Ack, "client");
    ASSERT_NE(hello, kNone);
    Scenario edited = delaySegment(s, before, hello, 300ms);
    Trace after = simulate(edited);
    EXPECT_EQ(*arrivedAt(after, hello), *arrivedAt(before, hello) + 300ms);
    expectSamePrefix(before, after, *sentAt(before, hello));

    edited = delaySegment(edited, after, hello, 500ms);
    ASSERT_EQ(edited.faults.size(), 1u) << "a second delay of one segment replaces the first";
    EXPECT_EQ(edited.faults[0].by, 500ms);
    EXPECT_EQ(edited.faults[0].edit, 1);
    after = simulate(edited);
    EXPECT_EQ(*arrivedAt(after, hello), *arrivedAt(before, hello) + 500ms);
    expectValid(edited);
    EXPECT_THROW(delaySegment(s, before, hello, 0s), EditError);
}

TEST(ScenarioEdit, duplicateSegment_sendsACopyAfterAndACopyCannotBeCopied) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    const SegId syn = firstSegment(before, Flag::Syn);
    const Scenario edited = duplicateSegment(s, before, syn, 20ms);
    const Trace after = simulate(edited);
    const auto copies = segmentsWhere(
        after, [](const SegmentRecord& r) { return r.origin == SegmentOrigin::Duplicate; });
    ASSERT_EQ(copies.size(), 1u);
    EXPECT_EQ(segment(after, copies[0]).original, syn);
    EXPECT_EQ(*sentAt(after, copies[0]), *sentAt(after, syn) + 20ms);
    expectValid(edited);
    EXPECT_EQ(segmentEditProblem(after, copies[0], FaultKind::Duplicate),
              SegmentEditProblem::IsCopy);
    EXPECT_EQ(segmentEditProblem(after, copies[0], FaultKind::Drop), SegmentEditProblem::None);
    EXPECT_THROW(duplicateSegment(edited, after, copies[0], 0s), EditError);
}

TEST(ScenarioEdit, dropSegment_afterLabDelayOfIt_replacesTheDelayAndRenumbers) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    Scenario edited = crashHost(s, 200s, "server");
    edited = delaySegment(edited, before, 2, 1s);
    edited = dropSegment(edited, simulate(edited), 2);
    ASSERT_EQ(edited.faults.size(), 2u);
    EXPECT_EQ(edited.faults[1].kind, FaultKind::Drop);
    EXPECT_EQ(edited.faults[1].edit, 2);
    expectValid(edited);
}

TEST(ScenarioEdit, earlierEditThatRenumbersSegments_leavesALaterSegmentEditMatchingNothing) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    ASSERT_EQ(segment(before, 2).header.flags, Flags(Flag::Ack));
    Scenario edited = dropSegment(s, before, 2);       // the third ACK, at 200 ms
    edited = duplicateSegment(edited, before, 0, 1ms); // a copy of the SYN becomes #1
    const Trace after = simulate(edited);
    EXPECT_EQ(segment(after, 2).header.flags, Flag::Syn | Flag::Ack) << "#2 is another segment";
    EXPECT_EQ(droppedAt(after, 2), std::nullopt) << "and it is not dropped";
    const std::vector<FaultProblem> problems = unusedFaults(edited, after);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].fault, 0u);
    EXPECT_EQ(problems[0].problem, "matched no segment (#2 does not meet the other conditions)");
}

TEST(ScenarioEdit, segmentEditProblem_missingOrLostSegment_isNamed) {
    const Scenario s = libraryScenario("default");
    const Trace before = simulate(s);
    EXPECT_EQ(segmentEditProblem(before, 99, FaultKind::Drop), SegmentEditProblem::NoSuchSegment);
    EXPECT_EQ(segmentEditProblem(before, -1, FaultKind::Drop), SegmentEditProblem::NoSuchSegment);
    const Scenario edited = dropSegment(s, before, 0);
    const Trace after = simulate(edited);
    EXPECT_EQ(segmentEditProblem(after, 0, FaultKind::Drop), SegmentEditProblem::AlreadyLost);
    EXPECT_EQ(segmentEditProblem(after, 0, FaultKind::Delay), SegmentEditProblem::AlreadyLost);
    EXPECT_THROW(dropSegment(edited, after, 0), EditError);
}

// --- links

TEST(ScenarioEdit, changeLink_fromATime_newSegmentsTakeTheNewDelay) {
    const Scenario s = longLived();
    const Trace before = simulate(s);
    const Scenario edited = changeLink(s, 1s, "client", "server", {200ms, 0s, 0.0});
    ASSERT_EQ(edited.faults.size(), 1u);
    EXPECT_EQ(edited.faults[0].at, 1s);
    EXPECT_EQ(edited.faults[0].link, (LinkChange{"client", "server", 200ms, 0s, 0.0}));
    const Trace after = simulate(edited);
    expectSamePrefix(before, after, 1s);
    const SegId data = firstSegment(after, Flag::Psh | Flag::Ack, "client");
    EXPECT_EQ(*sentAt(after, data), 2s);
    EXPECT_EQ(*arrivedAt(after, data), 2s + 200ms);
    const SegId ack = segmentsWhere(after, [](const SegmentRecord& r) {
                          return r.fromHost == 1 && r.header.ack.value() == 106;
                      }).front();
    EXPECT_EQ(*arrivedAt(after, ack) - *sentAt(after, ack), 50ms) << "the way back is unchanged";
    expectValid(edited);
}

TEST(ScenarioEdit, changeLink_sameDirectionAndTimeAgain_replacesTheLastEdit) {
    const Scenario s = longLived();
    Scenario edited = changeLink(s, 1s, "client", "server", {100ms, 0s, 0.0});
    edited = changeLink(edited, 1s, "client", "server", {300ms, 10ms, 0.5});
    ASSERT_EQ(edited.faults.size(), 1u);
    EXPECT_EQ(edited.faults[0].link, (LinkChange{"client", "server", 300ms, 10ms, 0.5}));
    EXPECT_EQ(nextEditNumber(edited), 2);

    edited = changeLink(edited, 1s, "server", "client", {100ms, 0s, 0.0});
    edited = changeLink(edited, 2s, "server", "client", {100ms, 0s, 0.0});
    EXPECT_EQ(edited.faults.size(), 3u) << "another direction or time is another edit";
    edited = crashHost(edited, 3s, "server");
    edited = changeLink(edited, 2s, "server", "client", {120ms, 0s, 0.0});
    EXPECT_EQ(edited.faults.size(), 5u) << "only the last edit is replaced";
    EXPECT_THROW(changeLink(s, 1s, "client", "client", {}), EditError);
    EXPECT_THROW(changeLink(s, 1s, "client", "nobody", {}), EditError);
    EXPECT_THROW(changeLink(s, 1s, "client", "server", {10ms, 0s, 1.5}), EditError);
    EXPECT_THROW(changeLink(s, 11s, "client", "server", {}), EditError);
}

TEST(ScenarioEdit, currentLink_followsLinkLinksAndChangesUpToTheTime) {
    Scenario s = longLived();
    s.defaultLink = {40ms, 1ms, 0.0};
    s.links.push_back({"server", "client", {70ms, 2ms, 0.25}});
    s = changeLink(s, 3s, "client", "server", {200ms, 0s, 0.1});
    FaultSpec partial;
    partial.kind = FaultKind::Link;
    partial.at = 2s;
    partial.link = {"server", "client", std::nullopt, 5ms, std::nullopt};
    s.faults.push_back(partial);

    const auto same = [](const LinkParams& a, const LinkParams& b) {
        return a.delay == b.delay && a.jitter == b.jitter && a.loss == b.loss;
    };
    EXPECT_TRUE(same(currentLink(s, 0s, "client", "server"), {40ms, 1ms, 0.0}));
    EXPECT_TRUE(same(currentLink(s, 3s, "client", "server"), {200ms, 0s, 0.1}));
    EXPECT_TRUE(same(currentLink(s, 2999ms, "client", "server"), {40ms, 1ms, 0.0}));
    EXPECT_TRUE(same(currentLink(s, 1s, "server", "client"), {70ms, 2ms, 0.25}));
    EXPECT_TRUE(same(currentLink(s, 2s, "server", "client"), {70ms, 5ms, 0.25}));
}

// --- hosts

TEST(ScenarioEdit, crashAndRestartHost_closeTheConnectionsAndBringTheHostBack) {
    const Scenario s = longLived();
    const Trace before = simulate(s);
    Scenario edited = crashHost(s, 1s, "server");
    EXPECT_FALSE(hostUpAt(edited, "server", 1s));
    EXPECT_TRUE(hostUpAt(edited, "server", 999ms));
    EXPECT_THROW(crashHost(edited, 2s, "server"), EditError);
    EXPECT_THROW(restartHost(s, 2s, "server"), EditError);
    edited = restartHost(edited, 3s, "server");
    EXPECT_EQ(edited.faults[1].edit, 2);
    const Trace after = simulate(edited);
    expectSamePrefix(before, after, 1s);
    ASSERT_EQ(eventsOf<HostCrashed>(after).size(), 1u);
    EXPECT_EQ(eventsOf<HostCrashed>(after)[0].first, 1s);
    EXPECT_EQ(eventsOf<HostRestarted>(after)[0].first, 3s);
    const auto changes = eventsOf<StateChanged>(after);
    const ConnId child = connNamed(after, "srv/1");
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [&](const auto& c) {
        return c.first == 1s && c.second.conn == child && c.second.rule == Rule::HostCrashed;
    }));
    expectValid(edited);
}

// --- application calls

TEST(ScenarioEdit, appCall_closeNow_sendsAFinAtThatTime) {
    const Scenario s = longLived();
    const Trace before = simulate(s);
    AppAction close;
    close.socket = "client";
    close.call = AppCall::Close;
    close.when.state = State::Established; // replaced by the time
    const Scenario edited = appCall(s, 1s, close);
    ASSERT_EQ(edited.script.back().when.at, 1s);
    EXPECT_EQ(edited.script.back().when.state, std::nullopt);
    EXPECT_EQ(edited.script.back().edit, 1);
    const Trace after = simulate(edited);
    expectSamePrefix(before, after, 1s);
    const SegId fin = firstSegment(after, Flag::Fin | Flag::Ack, "client");
    ASSERT_NE(fin, kNone);
    EXPECT_EQ(*sentAt(after, fin), 1s);
    EXPECT_EQ(statesOfSocket(after, "srv/1")[2], State::CloseWait);
    expectValid(edited);
}

TEST(ScenarioEdit, appCall_onAcceptedConnection_sendsItsText) {
    const Scenario s = longLived();
    AppAction send;
    send.socket = "srv/1";
    send.call = AppCall::Send;
    send.text = "hi";
    send.bytes = 9; // text wins
    const Scenario edited = appCall(s, 1s, send);
    EXPECT_EQ(edited.script.back().bytes, 0u);
    EXPECT_EQ(bytesDeliveredTo(simulate(edited), "client"), 2u);
    expectValid(edited);
}

TEST(ScenarioEdit, appCall_invalidRequests_throw) {
    const Scenario s = longLived();
    AppAction a;
    a.socket = "nobody";
    a.call = AppCall::Close;
    EXPECT_THROW(appCall(s, 1s, a), EditError);
    a.socket = "client/1"; // client never listens
    EXPECT_THROW(appCall(s, 1s, a), EditError);
    a.socket = "srv/1";
    a.call = AppCall::Listen;
    EXPECT_THROW(appCall(s, 1s, a), EditError);
    a.socket = "client";
    a.call = AppCall::Connect;
    a.peerHost = "server";
    a.peerPort = 0;
    EXPECT_THROW(appCall(s, 1s, a), EditError);
    a.call = AppCall::Send;
    EXPECT_THROW(appCall(s, 1s, a), EditError) << "send needs text or bytes";
    a.call = AppCall::Accept;
    EXPECT_THROW(appCall(s, 1s, a), EditError);
}

TEST(ScenarioEdit, socketsAt_listsScenarioSocketsThenAcceptedConnections) {
    const Scenario s = longLived();
    const Trace trace = simulate(s);
    EXPECT_EQ(socketsAt(s, trace, 100ms), (std::vector<std::string>{"client", "srv"}));
    EXPECT_EQ(socketsAt(s, trace, 1s), (std::vector<std::string>{"client", "srv", "srv/1"}));
}

// --- the list of edits

TEST(ScenarioEdit, labEdits_listBothPlacesInNumberOrder) {
    Scenario s = longLived();
    s = crashHost(s, 5s, "server");
    AppAction close;
    close.socket = "client";
    close.call = AppCall::Close;
    s = appCall(s, 1s, close);
    s = changeLink(s, 2s, "client", "server", {10ms, 0s, 0.0});
    EXPECT_EQ(labEdits(s),
              (std::vector<EditRef>{
                  {1, EditPlace::Fault, 0}, {2, EditPlace::Script, 3}, {3, EditPlace::Fault, 1}}));
    EXPECT_EQ(nextEditNumber(s), 4);
    const Trace trace = simulate(s);
    EXPECT_EQ(editTime(s, trace, labEdits(s)[1]), 1s);
    EXPECT_EQ(editTime(s, trace, labEdits(s)[2]), 2s);
    EXPECT_EQ(nextEditNumber(longLived()), 1);
}

TEST(ScenarioEdit, withoutEdit_removesOneAndRenumbersTheLater) {
    Scenario s = longLived();
    s = crashHost(s, 5s, "server");
    AppAction close;
    close.socket = "client";
    close.call = AppCall::Close;
    s = appCall(s, 1s, close);
    s = changeLink(s, 2s, "client", "server", {10ms, 0s, 0.0});
    const Scenario without = withoutEdit(s, 2);
    EXPECT_EQ(without.script.size(), 3u);
    EXPECT_EQ(labEdits(without),
              (std::vector<EditRef>{{1, EditPlace::Fault, 0}, {2, EditPlace::Fault, 1}}));
    EXPECT_EQ(without.faults[1].kind, FaultKind::Link);
    EXPECT_EQ(toJson(withoutEdit(s, 9)), toJson(s)) << "an unknown number changes nothing";
    EXPECT_EQ(toJson(withoutEdit(withoutEdit(without, 1), 1)), toJson(longLived()));
}

TEST(ScenarioEdit, jsonRoundTrip_keepsEveryEditAndItsNumber) {
    Scenario s = libraryScenario("default");
    const Trace trace = simulate(s);
    s = dropSegment(s, trace, 1);
    s = changeLink(s, 1s, "server", "client", {80ms, 5ms, 0.25});
    AppAction abort;
    abort.socket = "client";
    abort.call = AppCall::Abort;
    s = appCall(s, 2s, abort);
    s = injectSegment(s, 3s,
                      rstInto(trace, s, 300ms, connNamed(trace, "srv/1"), RstSender::OffPath, {}));
    const Scenario back = parseScenario(toJson(s), "saved");
    EXPECT_EQ(labEdits(back), labEdits(s));
    EXPECT_EQ(back.faults, s.faults);
    EXPECT_EQ(toJson(back), toJson(s));
}

TEST(ScenarioEdit, timedEdits_afterTheEnd_throw) {
    const Scenario s = longLived();
    EXPECT_THROW(crashHost(s, 10s + 1us, "server"), EditError);
    EXPECT_THROW(crashHost(s, -1us, "server"), EditError);
    EXPECT_NO_THROW(crashHost(s, 10s, "server"));
}

} // namespace
