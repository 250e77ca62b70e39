#include "bench_scenarios.h"
#include "core/simulate.h"
#include "library_scenarios.h"
#include "panels_test_support.h"
#include "ui/narration.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>

using namespace core;
using ui::Narration;

// Failure messages print QStrings as text.
static std::ostream& operator<<(std::ostream& out, const QString& text) {
    return out << text.toStdString();
}
using ui::narrate;

namespace {

// Everything a narration says, for "contains" checks.
QString allText(const Narration& n) {
    return n.title + QLatin1Char('\n') + n.what + QLatin1Char('\n') + n.why + QLatin1Char('\n') +
           n.waiting.join(QLatin1Char('\n')) + QLatin1Char('\n') + n.rfc;
}

int eventWhere(const Trace& trace, const std::function<bool(const EventBody&)>& match,
               int nth = 0) {
    for (std::size_t i = 0; i < trace.events.size(); ++i)
        if (match(trace.events[i].body) && nth-- == 0)
            return static_cast<int>(i);
    return -1;
}

int sentIndex(const Trace& trace, SegId seg) {
    return eventWhere(trace, [seg](const EventBody& b) {
        const auto* s = std::get_if<SegmentSent>(&b);
        return s && s->seg == seg;
    });
}

int arrivedIndex(const Trace& trace, SegId seg) {
    return eventWhere(trace, [seg](const EventBody& b) {
        const auto* s = std::get_if<SegmentArrived>(&b);
        return s && s->seg == seg;
    });
}

int entryInto(const Trace& trace, State to) {
    return eventWhere(trace, [to](const EventBody& b) {
        const auto* c = std::get_if<StateChanged>(&b);
        return c && c->to == to;
    });
}

int timerIndex(const Trace& trace, TimerKind kind, TimerAction action, int nth = 0) {
    return eventWhere(
        trace,
        [=](const EventBody& b) {
            const auto* t = std::get_if<TimerEvent>(&b);
            return t && t->timer == kind && t->action == action;
        },
        nth);
}

// The first segment whose flags are exactly `flags`.
SegId firstSegment(const Trace& trace, Flags flags) {
    for (std::size_t i = 0; i < trace.segments.size(); ++i)
        if (trace.segments[i].header.flags == flags)
            return static_cast<SegId>(i);
    return kNone;
}

std::vector<std::string> libraryIds() {
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(testsupport::libraryDir()))
        if (entry.path().extension() == ".json")
            ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST(Narration, beforeTheFirstEvent_introducesTheTraceAndPlay) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const Narration n = narrate(trace, -1);
    EXPECT_FALSE(n.title.isEmpty());
    EXPECT_TRUE(n.what.contains(QStringLiteral("client (10.0.0.1)"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("Play"))) << n.why;
    ASSERT_EQ(n.waiting.size(), 2);
    EXPECT_TRUE(n.waiting[0].contains(QStringLiteral("nothing opened yet"))) << n.waiting[0];
}

TEST(Narration, syn_namesTheClientIsnAndTheAckItExpects) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const Narration n = narrate(trace, sentIndex(trace, 0));
    EXPECT_TRUE(n.what.contains(QStringLiteral("ISN) 100"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("ack = 101"))) << n.why;
    EXPECT_EQ(n.rfc, QStringLiteral("RFC 9293 3.5"));
}

TEST(Narration, synAck_mentionsClientIsnPlusOneAndServerIsn) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const SegId synAck = firstSegment(trace, Flag::Syn | Flag::Ack);
    const Narration n = narrate(trace, sentIndex(trace, synAck));
    EXPECT_TRUE(n.what.contains(QStringLiteral("ISN 100 + 1 = 101"))) << n.what;
    EXPECT_TRUE(n.what.contains(QStringLiteral("own SYN with ISN 300"))) << n.what;
    EXPECT_TRUE(n.waiting.contains(QStringLiteral(
        "server:80 \u2014 SYN-RECEIVED, waiting for the ACK of its SYN (ack = 301)")))
        << n.waiting.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        n.waiting.contains(QStringLiteral("client:49152 \u2014 SYN-SENT, waiting for a SYN-ACK "
                                          "with ack = 101")))
        << n.waiting.join(QLatin1Char('\n')).toStdString();
}

TEST(Narration, synAck_followsTheIsnsOfTheScenario) {
    Scenario scenario = testsupport::libraryScenario("default");
    for (SocketSpec& s : scenario.sockets)
        s.isn = s.id == "client" ? 5000u : 7000u;
    const Trace trace = simulate(scenario);
    const SegId synAck = firstSegment(trace, Flag::Syn | Flag::Ack);
    const Narration n = narrate(trace, sentIndex(trace, synAck));
    EXPECT_TRUE(n.what.contains(QStringLiteral("ISN 5000 + 1 = 5001"))) << n.what;
    EXPECT_TRUE(n.what.contains(QStringLiteral("ISN 7000"))) << n.what;
    EXPECT_FALSE(allText(n).contains(QStringLiteral("101"))) << allText(n);
    EXPECT_TRUE(allText(n).contains(QStringLiteral("ack = 7001")));
}

TEST(Narration, thirdAck_completesTheHandshakeWithServerIsnPlusOne) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const SegId ack = firstSegment(trace, Flag::Ack);
    const Narration n = narrate(trace, sentIndex(trace, ack));
    EXPECT_TRUE(n.what.contains(QStringLiteral("ISN 300 + 1 = 301"))) << n.what;
    EXPECT_TRUE(n.what.contains(QStringLiteral("three-way handshake"))) << n.what;
}

TEST(Narration, data_givesTheSequenceRangeAndTheAckToCome) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const Narration n =
        narrate(trace, sentIndex(trace, firstSegment(trace, Flag::Psh | Flag::Ack)));
    EXPECT_TRUE(n.what.contains(QStringLiteral("5 bytes of data: sequence numbers 101 to 105")))
        << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("ack = 106"))) << n.why;
}

TEST(Narration, fin_consumesOneSequenceNumber_andItsAckIsFinPlusOne) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const SegId fin = firstSegment(trace, Flag::Fin | Flag::Ack);
    const Narration n = narrate(trace, sentIndex(trace, fin));
    EXPECT_TRUE(n.what.contains(QStringLiteral("FIN (seq = 106)"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("one sequence number"))) << n.why;
    EXPECT_TRUE(n.why.contains(QStringLiteral("ack = 107"))) << n.why;
    const Narration ack = narrate(trace, sentIndex(trace, fin + 1));
    EXPECT_TRUE(ack.what.contains(QStringLiteral("FIN seq 106 + 1 = 107"))) << ack.what;
}

TEST(Narration, timeWait_waitsTwoMslAndSaysWhy) {
    const Trace trace = testsupport::runLibraryScenario("default");
    const int armed = timerIndex(trace, TimerKind::TimeWait, TimerAction::Armed);
    const Narration n = narrate(trace, armed);
    EXPECT_TRUE(n.what.contains(QStringLiteral("4 min"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("old duplicate"))) << n.why;
    EXPECT_TRUE(n.waiting.contains(QStringLiteral(
        "client:49152 \u2014 TIME-WAIT, waiting 2MSL (4 min) so that old duplicates die out")))
        << n.waiting.join(QLatin1Char('\n')).toStdString();
    const Narration closed = narrate(trace, entryInto(trace, State::Closed) + 0);
    EXPECT_FALSE(closed.what.isEmpty());
}

TEST(Narration, lostSyn_saysTheSenderIsNotToldAndWhenItResends) {
    const Trace trace = testsupport::runLibraryScenario("loss-syn");
    const int dropped = eventWhere(
        trace, [](const EventBody& b) { return std::holds_alternative<SegmentDropped>(b); });
    const Narration n = narrate(trace, dropped);
    EXPECT_TRUE(n.what.contains(QStringLiteral("#0"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("not told"))) << n.why;
    EXPECT_TRUE(n.why.contains(QStringLiteral("1.000 s"))) << n.why;
    EXPECT_TRUE(n.why.contains(QStringLiteral("#1"))) << n.why;
}

TEST(Narration, retransmission_namesTheOriginalAndTheDoubledRto) {
    const Trace trace = testsupport::runLibraryScenario("loss-syn");
    const Narration n = narrate(trace, sentIndex(trace, 2));
    EXPECT_TRUE(n.what.contains(QStringLiteral("segment #0 again (retransmission 2)"))) << n.what;
    EXPECT_TRUE(n.what.contains(QStringLiteral("RTO of 2 s"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("4 s, twice 2 s"))) << n.why;
}

TEST(Narration, rtoFired_saysHowLongItWaited) {
    const Trace trace = testsupport::runLibraryScenario("loss-syn");
    const Narration n =
        narrate(trace, timerIndex(trace, TimerKind::Retransmission, TimerAction::Fired));
    EXPECT_TRUE(n.what.contains(QStringLiteral("within 1 s"))) << n.what;
}

TEST(Narration, closedPort_refusesWithRstAcknowledgingTheSyn) {
    const Trace trace = testsupport::runLibraryScenario("setup-closed-port");
    const SegId rst = firstSegment(trace, Flag::Rst | Flag::Ack);
    const Narration n = narrate(trace, sentIndex(trace, rst));
    EXPECT_TRUE(n.what.contains(QStringLiteral("seq 100 + 1 = 101"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("ECONNREFUSED"))) << n.why;
}

TEST(Narration, rstInWindow_closesTheConnection) {
    const Trace trace = testsupport::runLibraryScenario("rst-injection-in-window");
    const Narration injected = narrate(trace, sentIndex(trace, 3));
    EXPECT_TRUE(injected.what.contains(QStringLiteral("pretending to be client:5000")))
        << injected.what;
    const Narration arrival = narrate(trace, arrivedIndex(trace, 3));
    EXPECT_TRUE(arrival.what.contains(QStringLiteral("ESTABLISHED to CLOSED"))) << arrival.what;
}

TEST(Narration, rstOutOfWindow_isIgnoredWithTheExpectedNumber) {
    const Trace trace = testsupport::runLibraryScenario("rst-injection-out-of-window");
    const Narration n = narrate(trace, arrivedIndex(trace, 3));
    EXPECT_TRUE(n.why.contains(QStringLiteral("seq 100000 lies outside"))) << n.why;
    EXPECT_TRUE(n.why.contains(QStringLiteral("expects is 101"))) << n.why;
}

TEST(Narration, challengeAck_explainsRfc5961) {
    const Trace trace = testsupport::runLibraryScenario("rst-injection-challenge-ack");
    const Narration n = narrate(trace, sentIndex(trace, 4));
    EXPECT_EQ(n.title, QStringLiteral("Challenge ACK"));
    EXPECT_TRUE(n.what.contains(QStringLiteral("(seq 1000)"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("exactly seq 101"))) << n.why;
    EXPECT_TRUE(n.rfc.startsWith(QStringLiteral("RFC 5961"))) << n.rfc;
}

TEST(Narration, synCookie_keepsNoStateAndCarriesTheCookieInTheIsn) {
    const Trace trace = testsupport::runLibraryScenario("syn-flood-cookies");
    SegId cookie = kNone;
    for (std::size_t i = 0; i < trace.segments.size() && cookie == kNone; ++i)
        if (trace.segments[i].origin == SegmentOrigin::SynCookie)
            cookie = static_cast<SegId>(i);
    ASSERT_NE(cookie, kNone);
    const std::uint32_t isn = trace.segments[static_cast<std::size_t>(cookie)].header.seq.value();
    const Narration n = narrate(trace, sentIndex(trace, cookie));
    EXPECT_TRUE(n.what.contains(QStringLiteral("Its ISN %1 is not random").arg(isn))) << n.what;
    EXPECT_TRUE(n.what.contains(QStringLiteral("SYN queue is full (4 of 4)"))) << n.what;
    EXPECT_TRUE(n.why.contains(QStringLiteral("ack = %1").arg(isn + 1))) << n.why;
    EXPECT_EQ(n.rfc, QStringLiteral("RFC 4987 3.6"));
}

TEST(Narration, crash_thenRestart_peerLearnsByRst) {
    const Trace trace = testsupport::runLibraryScenario("keepalive-peer-restarted");
    const int crash = eventWhere(
        trace, [](const EventBody& b) { return std::holds_alternative<HostCrashed>(b); });
    const Narration n = narrate(trace, crash);
    EXPECT_TRUE(n.what.contains(QStringLiteral("server crashes"))) << n.what;
    EXPECT_TRUE(
        n.waiting.join(QLatin1Char('\n')).contains(QStringLiteral("server:80 \u2014 host down")))
        << n.waiting.join(QLatin1Char('\n')).toStdString();
    const SegId rst = firstSegment(trace, Flag::Rst);
    const Narration reset = narrate(trace, sentIndex(trace, rst));
    EXPECT_TRUE(reset.what.contains(QStringLiteral("seq = 301"))) << reset.what;
    const Narration probe = narrate(trace, sentIndex(trace, rst - 1));
    EXPECT_EQ(probe.title, QStringLiteral("Keep-alive probe"));
    EXPECT_TRUE(probe.what.contains(QStringLiteral("waited 10 s"))) << probe.what;
}

TEST(Narration, twoWayHandshake_saysNotTcp) {
    const Trace trace = testsupport::runLibraryScenario("why-not-two-handshakes");
    const int change = eventWhere(trace, [](const EventBody& b) {
        const auto* c = std::get_if<StateChanged>(&b);
        return c && c->rule == Rule::TwoWayHandshake;
    });
    const Narration n = narrate(trace, change);
    EXPECT_TRUE(n.why.startsWith(QStringLiteral("NOT TCP"))) << n.why;
    EXPECT_TRUE(n.rfc.contains(QStringLiteral("not TCP"))) << n.rfc;
}

TEST(Narration, lostUdpDatagram_isNeverResent) {
    const Trace trace = testsupport::runLibraryScenario("tcp-vs-udp");
    const int dropped = eventWhere(trace, [&](const EventBody& b) {
        const auto* d = std::get_if<SegmentDropped>(&b);
        return d && trace.segments[static_cast<std::size_t>(d->seg)].protocol == Protocol::Udp;
    });
    const Narration n = narrate(trace, dropped);
    EXPECT_TRUE(n.why.contains(QStringLiteral("nothing sends the datagram again"))) << n.why;
}

TEST(Narration, handBuiltTraceWithMissingTables_saysQuestionMarkInsteadOfFailing) {
    Trace trace;
    trace.events.push_back({0us, SegmentSent{7}});
    trace.events.push_back(
        {1us, StateChanged{3, State::Listen, State::SynReceived, Rule::SynInListen, 9}});
    trace.events.push_back({2us, TimerEvent{4, TimerKind::TimeWait, TimerAction::Fired, 3us}});
    trace.events.push_back({3us, AppResult{5, AppCall::Connect, SocketError::TimedOut, kNone}});
    trace.events.push_back({4us, FaultApplied{0, 12, FaultAction::Dropped}});
    trace.events.push_back({5us, HostCrashed{2}});
    for (int i = -1; i < static_cast<int>(trace.events.size()); ++i) {
        const Narration n = narrate(trace, i);
        EXPECT_FALSE(n.title.isEmpty()) << i;
    }
    EXPECT_TRUE(narrate(trace, 1).what.contains(QLatin1Char('?')));
    EXPECT_EQ(narrate(trace, 99), narrate(trace, 5)); // past the end: the last event
}

// A load test's thousands of endpoints are not all listed on every step.
TEST(Narration, manyEndpoints_listsOnlyThoseOfTheEvent_andCountsTheRest) {
    const Trace trace = simulate(testsupport::manyConnections(20, std::chrono::milliseconds(1)));
    const Narration intro = narrate(trace, -1);
    ASSERT_EQ(intro.waiting.size(), 9);
    EXPECT_TRUE(intro.waiting.back().contains(QStringLiteral("13 more endpoints")))
        << intro.waiting.back();

    // A SYN of one client: its sender and the server it goes to.
    const int syn = eventWhere(trace, [&](const EventBody& b) {
        const auto* s = std::get_if<SegmentSent>(&b);
        return s && trace.segments[static_cast<std::size_t>(s->seg)].header.flags.has(Flag::Syn) &&
               s->seg > 10;
    });
    ASSERT_GE(syn, 0);
    const core::SegmentRecord& r = trace.segments[static_cast<std::size_t>(
        std::get<SegmentSent>(trace.events[static_cast<std::size_t>(syn)].body).seg)];
    const Narration n = narrate(trace, syn);
    ASSERT_EQ(n.waiting.size(), 3) << n.waiting.join(QLatin1Char('\n'));
    const QString sender =
        QString::fromStdString(trace.hosts[static_cast<std::size_t>(r.fromHost)].name) +
        QLatin1Char(':') + QString::number(r.header.srcPort);
    EXPECT_TRUE(n.waiting.join(QLatin1Char('\n')).contains(sender)) << sender;
    EXPECT_TRUE(n.waiting.back().contains(QStringLiteral("19 more endpoints"))) << n.waiting.back();
}

TEST(Narration, capturedTrace_saysTheStateWasInferred) {
    Trace trace;
    trace.hosts = {{"a", Address{0x0a000001}}, {"b", Address{0x0a000002}}};
    trace.conns = {ConnInfo{0, 5000, Address{0x0a000002}, 80, "", kNone, Protocol::Tcp}};
    trace.capture = CaptureOrigin{};
    trace.events.push_back({0us, StateChanged{0, State::Closed, State::Established,
                                              Rule::InferredFromCapture, kNone}});
    trace.events.push_back(
        {1us, StateChanged{0, State::Established, State::Closed, Rule::StateUnknown, kNone}});
    const Narration first = narrate(trace, 0);
    EXPECT_TRUE(first.what.contains(QStringLiteral("an unknown state"))) << first.what;
    EXPECT_TRUE(first.waiting.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("inferred from the capture")));
    const Narration second = narrate(trace, 1);
    EXPECT_TRUE(second.waiting.join(QLatin1Char('\n')).contains(QStringLiteral("state unknown")));
    EXPECT_TRUE(narrate(trace, -1).what.contains(QStringLiteral("packet capture")));
}

// Every event of every built-in scenario gets a narration with no unknown part.
class NarrationOfLibrary : public ::testing::TestWithParam<std::string> {};

TEST_P(NarrationOfLibrary, everyEvent_hasTitleWhatAndNoQuestionMark) {
    const Trace trace = testsupport::runLibraryScenario(GetParam());
    for (int i = -1; i < static_cast<int>(trace.events.size()); ++i) {
        const Narration n = narrate(trace, i);
        ASSERT_FALSE(n.title.isEmpty()) << i;
        ASSERT_FALSE(n.what.isEmpty()) << i << " " << n.title.toStdString();
        ASSERT_FALSE(n.waiting.isEmpty()) << i;
        ASSERT_FALSE(allText(n).contains(QLatin1Char('?'))) << i << "\n"
                                                            << allText(n).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, NarrationOfLibrary, ::testing::ValuesIn(libraryIds()),
                         [](const ::testing::TestParamInfo<std::string>& scenario) {
                             std::string name = scenario.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
