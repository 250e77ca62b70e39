// The scenarios of the library that need faults (resources/scenarios): lost
// segments, old duplicates, why three segments, SYN floods and blind RSTs.
// Each test asserts the scenario's teaching point on its trace, with the
// numbers its description quotes.
#include "core/fault_check.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "library_scenarios.h"
#include "printers.h"
#include "trace_queries.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <optional>

namespace {

using namespace core;
using namespace testsupport;
namespace fs = std::filesystem;

std::optional<DropReason> dropReason(const Trace& t, SegId id) {
    for (const auto& [time, e] : eventsOf<SegmentDropped>(t))
        if (e.seg == id)
            return e.reason;
    return std::nullopt;
}

// The state changes of one connection, with their times.
std::vector<std::pair<Micros, StateChanged>> changesOf(const Trace& t, ConnId c) {
    std::vector<std::pair<Micros, StateChanged>> out;
    for (const auto& [time, s] : eventsOf<StateChanged>(t))
        if (s.conn == c)
            out.emplace_back(time, s);
    return out;
}

// The state a connection was in at `time`, after every event at that time.
State stateAt(const Trace& t, ConnId c, Micros time) {
    State state = State::Closed;
    for (const auto& [when, s] : changesOf(t, c))
        if (when <= time)
            state = s.to;
    return state;
}

// The first result of a call, with its time.
std::optional<std::pair<Micros, SocketError>> firstResult(const Trace& t, AppCall call) {
    for (const auto& [time, r] : eventsOf<AppResult>(t))
        if (r.call == call)
            return std::pair(time, r.error);
    return std::nullopt;
}

bool hasFlags(const SegmentRecord& r, Flags f) {
    return r.header.flags == f;
}

HostId hostNamed(const Trace& t, const std::string& name) {
    for (std::size_t h = 0; h < t.hosts.size(); ++h)
        if (t.hosts[h].name == name)
            return static_cast<HostId>(h);
    return kNone;
}

// Segments sent by one host with exactly these flags, in send order.
std::vector<SegId> sentBy(const Trace& t, const std::string& host, Flags flags) {
    const HostId h = hostNamed(t, host);
    return segmentsWhere(
        t, [&](const SegmentRecord& r) { return r.fromHost == h && hasFlags(r, flags); });
}

std::vector<SegId> withOrigin(const Trace& t, SegmentOrigin origin) {
    return segmentsWhere(t, [&](const SegmentRecord& r) { return r.origin == origin; });
}

const Flags kSyn = Flag::Syn;
const Flags kSynAck = Flag::Syn | Flag::Ack;
const Flags kAck = Flag::Ack;
const Flags kFinAck = Flag::Fin | Flag::Ack;
const Flags kRst = Flag::Rst;

TEST(LibraryFaults, EveryFaultOfTheLibraryActs) {
    for (const auto& entry : fs::directory_iterator(libraryDir())) {
        const Scenario s = loadScenarioFile(entry.path().string());
        SCOPED_TRACE(entry.path().filename().string());
        for (const FaultProblem& p : unusedFaults(s, simulate(s)))
            ADD_FAILURE() << p.jsonPath << ": " << p.problem;
    }
}

// ---- loss --------------------------------------------------------------------------

TEST(LibraryLoss, SynLostTwice_ResentAfterOneThenTwoSecondsWithTheSameSeq) {
    const Trace t = runLibraryScenario("loss-syn");
    const std::vector<SegId> syns = sentBy(t, "client", kSyn);
    ASSERT_EQ(syns.size(), 3u);
    // RFC 6298: the initial RTO of 1 s, then doubled (5.5).
    EXPECT_EQ(sentAt(t, syns[0]), Micros{0s});
    EXPECT_EQ(sentAt(t, syns[1]), Micros{1s});
    EXPECT_EQ(sentAt(t, syns[2]), Micros{3s});
    for (const SegId id : syns)
        EXPECT_EQ(segment(t, id).header.seq, SeqNum(100)) << "#" << id;
    EXPECT_EQ(dropReason(t, syns[0]), DropReason::Fault);
    EXPECT_EQ(dropReason(t, syns[1]), DropReason::Fault);
    EXPECT_EQ(arrivedAt(t, syns[2]), Micros{3050ms});
    EXPECT_EQ(firstResult(t, AppCall::Connect), std::pair(Micros{3100ms}, SocketError::None));
}

TEST(LibraryLoss, SynAckLost_ClientResendsSynServerResendsSynAckAndAcksTheDuplicate) {
    const Trace t = runLibraryScenario("loss-synack");
    const std::vector<SegId> syns = sentBy(t, "client", kSyn);
    const std::vector<SegId> synAcks = sentBy(t, "server", kSynAck);
    ASSERT_EQ(syns.size(), 2u);
    ASSERT_EQ(synAcks.size(), 2u);
    EXPECT_EQ(dropReason(t, synAcks[0]), DropReason::Fault);
    // Each side's own timer: the client's at 1 s, the server's at 0.05 s + 1 s.
    EXPECT_EQ(sentAt(t, syns[1]), Micros{1s});
    EXPECT_EQ(sentAt(t, synAcks[1]), Micros{1050ms});
    EXPECT_EQ(segment(t, synAcks[1]).origin, SegmentOrigin::Retransmission);
    // The duplicate SYN lies left of the window: a bare ACK, no new connection.
    const std::vector<SegId> serverAcks = sentBy(t, "server", kAck);
    ASSERT_EQ(serverAcks.size(), 1u);
    const Segment& ack = segment(t, serverAcks[0]).header;
    EXPECT_EQ(ack.seq, SeqNum(301));
    EXPECT_EQ(ack.ack, SeqNum(101));
    EXPECT_EQ(sentAt(t, serverAcks[0]), arrivedAt(t, syns[1]));
    EXPECT_EQ(childrenOf(t, "srv").size(), 1u);
    // The resent SYN-ACK completes the handshake.
    const auto client = changesOf(t, connNamed(t, "client"));
    ASSERT_EQ(client.size(), 2u);
    EXPECT_EQ(client[1].first, Micros{1100ms});
    EXPECT_EQ(client[1].second.cause, synAcks[1]);
    EXPECT_EQ(changesOf(t, connNamed(t, "srv/1")).back().first, Micros{1150ms});
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established}));
}

TEST(LibraryLoss, ThirdAckLost_ServerWaitsInSynReceivedUntilTheDataSegmentAcksItsSyn) {
    const Trace t = runLibraryScenario("loss-third-ack");
    const std::vector<SegId> pureAcks = sentBy(t, "client", kAck);
    ASSERT_FALSE(pureAcks.empty());
    EXPECT_EQ(segment(t, pureAcks[0]).header.ack, SeqNum(301));
    EXPECT_EQ(dropReason(t, pureAcks[0]), DropReason::Fault);
    const ConnId client = connNamed(t, "client");
    const ConnId server = connNamed(t, "srv/1");
    // For a while the two sides disagree.
    EXPECT_EQ(stateAt(t, client, 300ms), State::Established);
    EXPECT_EQ(stateAt(t, server, 300ms), State::SynReceived);
    const std::vector<SegId> data = sentBy(t, "client", Flag::Psh | Flag::Ack);
    ASSERT_EQ(data.size(), 1u);
    EXPECT_EQ(t.payloadOf(data[0]), "hello");
    EXPECT_EQ(segment(t, data[0]).header.ack, SeqNum(301));
    const auto changes = changesOf(t, server);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[1].second.to, State::Established);
    EXPECT_EQ(changes[1].second.rule, Rule::AckInSynReceived);
    EXPECT_EQ(changes[1].second.cause, data[0]);
    EXPECT_EQ(changes[1].first, Micros{350ms});
    EXPECT_TRUE(withOrigin(t, SegmentOrigin::Retransmission).empty()) << "no SYN-ACK resent";
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 5u);
}

TEST(LibraryLoss, FinLost_ResentOneSecondLaterAndTheCloseCompletes) {
    const Trace t = runLibraryScenario("loss-fin");
    const std::vector<SegId> fins = sentBy(t, "client", kFinAck);
    ASSERT_EQ(fins.size(), 2u);
    EXPECT_EQ(dropReason(t, fins[0]), DropReason::Fault);
    EXPECT_EQ(segment(t, fins[1]).original, fins[0]);
    EXPECT_EQ(segment(t, fins[1]).header.seq, SeqNum(101));
    EXPECT_EQ(sentAt(t, fins[0]), Micros{300ms});
    EXPECT_EQ(sentAt(t, fins[1]), Micros{1300ms});
    const ConnId client = connNamed(t, "client");
    const ConnId server = connNamed(t, "srv/1");
    EXPECT_EQ(stateAt(t, client, 1300ms), State::FinWait1);
    EXPECT_EQ(stateAt(t, server, 1300ms), State::Established) << "the server knows nothing yet";
    const auto serverChanges = changesOf(t, server);
    ASSERT_GE(serverChanges.size(), 3u);
    EXPECT_EQ(serverChanges[2].second.to, State::CloseWait);
    EXPECT_EQ(serverChanges[2].second.cause, fins[1]);
    EXPECT_EQ(statesOf(t, client),
              (std::vector<State>{State::SynSent, State::Established, State::FinWait1,
                                  State::FinWait2, State::TimeWait, State::Closed}));
    EXPECT_EQ(statesOf(t, server).back(), State::Closed);
}

TEST(LibraryLoss, LastAckLost_TimeWaitAcksTheResentFinAndRestartsItsTimer) {
    const Trace t = runLibraryScenario("loss-last-ack");
    const std::vector<SegId> serverFins = sentBy(t, "server", kFinAck);
    ASSERT_EQ(serverFins.size(), 2u);
    EXPECT_EQ(sentAt(t, serverFins[1]), Micros{1550ms});
    EXPECT_EQ(segment(t, serverFins[1]).original, serverFins[0]);
    const std::vector<SegId> lastAcks = segmentsWhere(t, [&](const SegmentRecord& r) {
        return hasFlags(r, kAck) && r.header.ack == SeqNum(302);
    });
    ASSERT_EQ(lastAcks.size(), 2u);
    EXPECT_EQ(dropReason(t, lastAcks[0]), DropReason::Fault);
    EXPECT_EQ(sentAt(t, lastAcks[1]), arrivedAt(t, serverFins[1]));
    const ConnId client = connNamed(t, "client");
    EXPECT_EQ(stateAt(t, client, 1600ms), State::TimeWait);
    std::vector<Micros> deadlines;
    for (const auto& [time, e] : eventsOf<TimerEvent>(t))
        if (e.conn == client && e.timer == TimerKind::TimeWait && e.action == TimerAction::Armed)
            deadlines.push_back(e.deadline);
    EXPECT_EQ(deadlines, (std::vector<Micros>{240600ms, 241600ms}));
    EXPECT_EQ(changesOf(t, client).back(),
              std::pair(Micros{241600ms}, StateChanged{client, State::TimeWait, State::Closed,
                                                       Rule::TimeWaitTimeout, kNone}));
    const auto server = changesOf(t, connNamed(t, "srv/1"));
    EXPECT_EQ(server.back().second.rule, Rule::AckOfFin);
    EXPECT_EQ(server.back().second.cause, lastAcks[1]);
    EXPECT_EQ(server.back().first, Micros{1650ms});
    EXPECT_TRUE(segmentsWhere(t, [](const SegmentRecord& r) {
                    return r.header.flags.has(Flag::Rst);
                }).empty());
}

TEST(LibraryLoss, OldSegmentInTimeWait_IsAcknowledgedButNotDeliveredAgain) {
    const Trace t = runLibraryScenario("loss-old-segment-in-time-wait");
    const std::vector<SegId> data = sentBy(t, "server", Flag::Psh | Flag::Ack);
    ASSERT_EQ(data.size(), 2u);
    const SegId old = data[0];
    EXPECT_EQ(segment(t, old).header.seq, SeqNum(301));
    EXPECT_EQ(segment(t, data[1]).original, old);
    EXPECT_EQ(sentAt(t, old), Micros{350ms});
    EXPECT_EQ(arrivedAt(t, old), Micros{2400ms});
    const ConnId client = connNamed(t, "client");
    EXPECT_EQ(stateAt(t, client, 2400ms), State::TimeWait);
    // The 5 bytes were delivered once, from the retransmission.
    const auto delivered = eventsOf<DataDelivered>(t);
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].first, Micros{1400ms});
    EXPECT_EQ(delivered[0].second.bytes, 5u);
    // The old segment lies left of the window: TIME-WAIT repeats its ACK.
    std::vector<SegId> reply;
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t))
        if (time == 2400ms && segment(t, sent.seg).conn == client)
            reply.push_back(sent.seg);
    ASSERT_EQ(reply.size(), 1u);
    EXPECT_TRUE(hasFlags(segment(t, reply[0]), kAck));
    EXPECT_EQ(segment(t, reply[0]).header.seq, SeqNum(102));
    EXPECT_EQ(segment(t, reply[0]).header.ack, SeqNum(307));
    // The closed server answers that ACK with a RST, which RFC 9293 lets end
    // TIME-WAIT early (the hazard RFC 1337 describes).
    const auto end = changesOf(t, client).back();
    EXPECT_EQ(end.first, Micros{2500ms});
    EXPECT_EQ(end.second.from, State::TimeWait);
    EXPECT_EQ(end.second.rule, Rule::RstReceived);
}

// ---- handshake-why ---------------------------------------------------------------

TEST(LibraryHandshakeWhy, ThreeWay_OldSynGetsRstFromClientAndOnlyTheRealConnectionIsAccepted) {
    const Trace t = runLibraryScenario("why-three-handshakes");
    const std::vector<SegId> oldSyn = withOrigin(t, SegmentOrigin::Injected);
    ASSERT_EQ(oldSyn.size(), 1u);
    EXPECT_EQ(segment(t, oldSyn[0]).header.seq, SeqNum(80));
    const std::vector<SegId> syns = sentBy(t, "client", kSyn);
    ASSERT_EQ(syns.size(), 2u);
    const SegId realSyn = syns[1];
    EXPECT_EQ(segment(t, realSyn).header.seq, SeqNum(100));
    EXPECT_LT(arrivedAt(t, oldSyn[0]), arrivedAt(t, realSyn));

    const std::vector<ConnId> children = childrenOf(t, "srv");
    ASSERT_EQ(children.size(), 2u);
    // The old SYN: SYN-ACK with ack 81, the client's RST 81, back to LISTEN.
    const auto old = changesOf(t, children[0]);
    ASSERT_EQ(old.size(), 2u);
    EXPECT_EQ(old[0].second.cause, oldSyn[0]);
    const SegId rst = old[1].second.cause;
    EXPECT_EQ(old[1].second.to, State::Listen);
    EXPECT_EQ(old[1].second.rule, Rule::RstInPassiveSynReceived);
    EXPECT_EQ(segment(t, rst).conn, connNamed(t, "client"));
    EXPECT_TRUE(hasFlags(segment(t, rst), kRst));
    EXPECT_EQ(segment(t, rst).header.seq, SeqNum(81));
    const auto synAcks = sentBy(t, "server", kSynAck);
    ASSERT_EQ(synAcks.size(), 2u);
    EXPECT_EQ(segment(t, synAcks[0]).header.ack, SeqNum(81));
    // The real SYN: a normal handshake, the only connection the server accepts.
    EXPECT_EQ(children[1], connNamed(t, "srv/1"));
    EXPECT_EQ(changesOf(t, children[1])[0].second.cause, realSyn);
    EXPECT_EQ(statesOf(t, children[1]),
              (std::vector<State>{State::SynReceived, State::Established}));
    EXPECT_EQ(errorsOf(t, AppCall::Accept), std::vector<SocketError>{SocketError::None});
    EXPECT_EQ(bytesDeliveredTo(t, "client"), 7u);
    EXPECT_TRUE(errorsOf(t, AppCall::Receive).empty());
}

TEST(LibraryHandshakeWhy, TwoWay_OldSynOpensAConnectionNobodyAskedFor) {
    const Trace t = runLibraryScenario("why-not-two-handshakes");
    EXPECT_TRUE(libraryScenario("why-not-two-handshakes").profile.twoWayHandshake);
    const std::vector<SegId> oldSyn = withOrigin(t, SegmentOrigin::Injected);
    ASSERT_EQ(oldSyn.size(), 1u);
    const SegId realSyn = sentBy(t, "client", kSyn).back();

    // The server trusts the old SYN at once and its application acts on it.
    const ConnId phantom = connNamed(t, "srv/1");
    const auto changes = changesOf(t, phantom);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0],
              std::pair(Micros{50ms}, StateChanged{phantom, State::Listen, State::Established,
                                                   Rule::TwoWayHandshake, oldSyn[0]}));
    const std::vector<SegId> welcome = segmentsWhere(
        t, [&](const SegmentRecord& r) { return r.conn == phantom && r.payloadLength > 0; });
    ASSERT_EQ(welcome.size(), 1u);
    EXPECT_EQ(t.payloadOf(welcome[0]), "welcome");
    EXPECT_EQ(segment(t, welcome[0]).header.ack, SeqNum(81));
    EXPECT_LT(sentAt(t, welcome[0]), arrivedAt(t, realSyn)) << "before the client's SYN arrived";
    // The client refuses it, too late: the application has already acted.
    EXPECT_EQ(changes[1].first, Micros{150ms});
    EXPECT_EQ(changes[1].second.rule, Rule::RstReceived);
    EXPECT_EQ(errorsOf(t, AppCall::Receive),
              std::vector<SocketError>{SocketError::ConnectionReset});
    // The real SYN makes a second connection.
    const ConnId real = connNamed(t, "srv/2");
    EXPECT_EQ(changesOf(t, real)[0].second.cause, realSyn);
    EXPECT_EQ(errorsOf(t, AppCall::Accept),
              (std::vector<SocketError>{SocketError::None, SocketError::None}));
    EXPECT_EQ(bytesDeliveredTo(t, "client"), 7u);
}

// ---- attacks ---------------------------------------------------------------------

std::uint32_t longestSynQueue(const Trace& t) {
    std::uint32_t longest = 0;
    for (const auto& [time, q] : eventsOf<QueueLengths>(t))
        longest = std::max(longest, q.synQueue);
    return longest;
}

TEST(LibraryAttacks, SynFlood_QueueFullDropsTheClientsSynsAndConnectTimesOut) {
    const Trace t = runLibraryScenario("syn-flood");
    EXPECT_EQ(withOrigin(t, SegmentOrigin::Injected).size(), 100u);
    EXPECT_EQ(longestSynQueue(t), 4u);
    const std::vector<SegId> syns = sentBy(t, "client", kSyn);
    ASSERT_EQ(syns.size(), 4u);
    const std::vector<Micros> expected{1s, 2s, 4s, 8s};
    for (std::size_t i = 0; i < syns.size(); ++i) {
        EXPECT_EQ(sentAt(t, syns[i]), expected[i]);
        EXPECT_EQ(dropReason(t, syns[i]), DropReason::QueueFull) << "#" << syns[i];
    }
    EXPECT_EQ(firstResult(t, AppCall::Connect), std::pair(Micros{16s}, SocketError::TimedOut));
    const std::vector<ConnId> halfOpen = childrenOf(t, "srv");
    const Address client = t.hosts[static_cast<std::size_t>(hostNamed(t, "client"))].address;
    for (const ConnId c : halfOpen) {
        EXPECT_NE(t.conns[static_cast<std::size_t>(c)].remoteAddress, client);
        // Each entry leaves the queue 7 s after it came: SYN-ACKs at 0, 1 and 3 s, then 4 s more.
        const auto changes = changesOf(t, c);
        ASSERT_EQ(changes.size(), 2u);
        EXPECT_EQ(changes[1].second.rule, Rule::RetransmissionLimit);
        EXPECT_EQ(changes[1].first - changes[0].first, Micros{7s});
    }
    ASSERT_FALSE(halfOpen.empty());
    EXPECT_EQ(changesOf(t, halfOpen[0])[1].first, Micros{7050ms});
}

TEST(LibraryAttacks, SynFloodWithCookies_ClientConnectsAndKeepsNoHalfOpenState) {
    const Trace t = runLibraryScenario("syn-flood-cookies");
    EXPECT_EQ(withOrigin(t, SegmentOrigin::Injected).size(), 100u);
    EXPECT_EQ(longestSynQueue(t), 4u);
    EXPECT_EQ(firstResult(t, AppCall::Connect), std::pair(Micros{1100ms}, SocketError::None));
    const ConnId client = connNamed(t, "client");
    const auto synAck = segmentsWhere(t, [&](const SegmentRecord& r) {
        return hasFlags(r, kSynAck) &&
               r.dst == t.hosts[static_cast<std::size_t>(hostNamed(t, "client"))].address;
    });
    ASSERT_EQ(synAck.size(), 1u);
    EXPECT_EQ(segment(t, synAck[0]).origin, SegmentOrigin::SynCookie);
    const SeqNum cookie = segment(t, synAck[0]).header.seq;
    EXPECT_EQ(cookie, SeqNum(54189858)) << "the number the description quotes";
    const std::vector<SegId> acks = segmentsWhere(
        t, [&](const SegmentRecord& r) { return r.conn == client && hasFlags(r, kAck); });
    ASSERT_EQ(acks.size(), 1u);
    EXPECT_EQ(segment(t, acks[0]).header.ack, cookie + 1);
    // The server's connection appears only when the ACK brings the cookie back.
    const ConnId server = connNamed(t, "srv/1");
    const Micros ackArrives = *arrivedAt(t, acks[0]);
    EXPECT_EQ(ackArrives, Micros{1150ms});
    for (const TraceEvent& e : t.events) {
        const auto* s = std::get_if<StateChanged>(&e.body);
        const auto* timer = std::get_if<TimerEvent>(&e.body);
        if ((s && s->conn == server) || (timer && timer->conn == server)) {
            EXPECT_GE(e.t, ackArrives);
        }
    }
    EXPECT_EQ(
        changesOf(t, server),
        (std::vector<std::pair<Micros, StateChanged>>{
            {ackArrives, {server, State::Listen, State::SynReceived, Rule::SynCookieAck, acks[0]}},
            {ackArrives,
             {server, State::SynReceived, State::Established, Rule::AckInSynReceived, acks[0]}}}));
    // Cookie SYN-ACKs are never resent: no state, no timer.
    for (const SegId id : withOrigin(t, SegmentOrigin::Retransmission))
        EXPECT_NE(segment(t, segment(t, id).original).origin, SegmentOrigin::SynCookie);
}

TEST(LibraryAttacks, RstInWindow_Textbook_ResetsTheServerAndThenTheClient) {
    const Trace t = runLibraryScenario("rst-injection-in-window");
    const std::vector<SegId> rst = withOrigin(t, SegmentOrigin::Injected);
    ASSERT_EQ(rst.size(), 1u);
    EXPECT_EQ(segment(t, rst[0]).header.seq, SeqNum(1000)); // RCV.NXT is 101, the window 65535
    const auto server = changesOf(t, connNamed(t, "srv/1"));
    EXPECT_EQ(server.back(),
              std::pair(Micros{1050ms}, StateChanged{connNamed(t, "srv/1"), State::Established,
                                                     State::Closed, Rule::RstReceived, rst[0]}));
    EXPECT_EQ(statesOfSocket(t, "client").back(), State::Closed);
    EXPECT_EQ(
        errorsOf(t, AppCall::Receive),
        (std::vector<SocketError>{SocketError::ConnectionReset, SocketError::ConnectionReset}));
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 0u);
}

TEST(LibraryAttacks, RstInWindow_Linux_GetsAChallengeAckAndTheConnectionSurvives) {
    const Trace t = runLibraryScenario("rst-injection-challenge-ack");
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established}));
    const std::vector<SegId> challenges = withOrigin(t, SegmentOrigin::ChallengeAck);
    ASSERT_EQ(challenges.size(), 1u);
    const SegmentRecord& challenge = segment(t, challenges[0]);
    EXPECT_EQ(challenge.toHost, hostNamed(t, "client")); // to the real peer, not the attacker
    EXPECT_EQ(challenge.header.seq, SeqNum(301));
    EXPECT_EQ(challenge.header.ack, SeqNum(101));
    EXPECT_EQ(sentAt(t, challenges[0]), Micros{1050ms});
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 5u);
    EXPECT_TRUE(errorsOf(t, AppCall::Receive).empty());
}

TEST(LibraryAttacks, RstAtExactlyRcvNxt_Linux_StillResets) {
    Scenario s = libraryScenario("rst-injection-challenge-ack");
    FaultSpec exact = s.faults.at(0);
    exact.at = 3s;
    exact.inject.seq = 106; // RCV.NXT after "hello"
    s.faults.push_back(exact);
    const Trace t = simulate(s);
    const auto server = changesOf(t, connNamed(t, "srv/1"));
    EXPECT_EQ(server.back().first, Micros{3050ms});
    EXPECT_EQ(server.back().second.rule, Rule::RstReceived);
}

TEST(LibraryAttacks, RstOutOfWindow_IsDroppedSilentlyAndTheConnectionSurvives) {
    const Trace t = runLibraryScenario("rst-injection-out-of-window");
    const std::vector<SegId> rst = withOrigin(t, SegmentOrigin::Injected);
    ASSERT_EQ(rst.size(), 1u);
    EXPECT_EQ(segment(t, rst[0]).header.seq, SeqNum(100000)); // past 101 + 65535
    EXPECT_EQ(arrivedAt(t, rst[0]), Micros{1050ms});
    // No reply of any kind until the client's data at 2 s.
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t)) {
        if (time >= 1s && time < 2s) {
            EXPECT_EQ(sent.seg, rst[0]);
        }
    }
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established}));
    EXPECT_EQ(bytesDeliveredTo(t, "srv/1"), 5u);
}

} // namespace
