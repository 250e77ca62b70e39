#include "core/trace.h"
#include "panels_test_support.h"
#include "ui/event_text.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace core;
using panels_test::builtInTrace;

namespace {

QStringList sentences(const Trace& trace) {
    QStringList out;
    for (const TraceEvent& event : trace.events)
        out << ui::describeEvent(trace, event).sentence;
    return out;
}

// Every sentence of the trace in the failure message, so a changed wording is
// easy to see.
::testing::AssertionResult hasSentence(const QStringList& all, const QString& wanted) {
    if (all.contains(wanted))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no sentence \"" << wanted.toStdString() << "\" in:\n"
                                         << all.join(QLatin1Char('\n')).toStdString();
}

// client (conn 0) sends a SYN to server, which crashes; the tables are incomplete.
Trace handMadeTrace() {
    Trace trace;
    trace.hosts = {{"client", Address{0x0a000001}}, {"server", Address{0x0a000002}}};
    trace.conns = {{0, 49152, Address{0x0a000002}, 80, "client", kNone}};
    SegmentRecord syn;
    syn.fromHost = 0;
    syn.toHost = 1;
    syn.src = trace.hosts[0].address;
    syn.dst = trace.hosts[1].address;
    syn.conn = 0;
    syn.header.srcPort = 49152;
    syn.header.dstPort = 80;
    syn.header.seq = SeqNum(100);
    syn.header.flags = Flag::Syn;
    trace.segments.push_back(syn);
    trace.events = {
        {0us, SegmentSent{0}},
        {1s, HostCrashed{1}},
        {2s, SegmentDropped{0, DropReason::HostDown}},
        {3s, StateChanged{7, State::Closed, State::SynSent, Rule::ActiveOpen}},
        {4s, SegmentArrived{42}},
    };
    return trace;
}

} // namespace

TEST(EventText, defaultScenario_handshakeReadsAsSentences) {
    const QStringList all = sentences(*builtInTrace("default"));
    EXPECT_TRUE(hasSentence(all, "client:49152 sends SYN seq=100"));
    EXPECT_TRUE(hasSentence(all, "server:80 receives SYN seq=100"));
    EXPECT_TRUE(hasSentence(all, "client:49152 receives SYN, ACK seq=300 ack=101"));
    EXPECT_TRUE(hasSentence(all, "client:49152 sends PSH, ACK seq=101:106 ack=301"));
    EXPECT_TRUE(hasSentence(
        all, QString::fromUtf8("client:49152: SYN-SENT → ESTABLISHED (SYN, ACK received)")));
    EXPECT_TRUE(
        hasSentence(all, QString::fromUtf8("server:80: LISTEN → SYN-RECEIVED (SYN received)")));
}

TEST(EventText, defaultScenario_timersCallsAndQueues) {
    const QStringList all = sentences(*builtInTrace("default"));
    EXPECT_TRUE(hasSentence(all, "client:49152: RTO armed (1 s)"));
    EXPECT_TRUE(hasSentence(all, "client:49152: RTO cancelled"));
    EXPECT_TRUE(hasSentence(all, "client:49152: 2MSL timer armed (240 s)"));
    EXPECT_TRUE(hasSentence(all, "client:49152: connect() called"));
    EXPECT_TRUE(hasSentence(all, "server:80: listen(backlog 128) called"));
    EXPECT_TRUE(hasSentence(all, "client:49152: send(5 bytes) called"));
    EXPECT_TRUE(hasSentence(all, QString::fromUtf8("client:49152: connect() → ok")));
    EXPECT_TRUE(
        hasSentence(all, QString::fromUtf8("server:80: accept() → connection from client:49152")));
    EXPECT_TRUE(hasSentence(all, "server:80: 5 bytes delivered to the application"));
    EXPECT_TRUE(hasSentence(all, "server:80: listen queue: SYN 1, accept 0"));
}

TEST(EventText, lostSyn_faultAndDropAreNamed) {
    const QStringList all = sentences(*builtInTrace("loss-syn"));
    EXPECT_TRUE(hasSentence(all, "fault #1 dropped segment #0 (SYN seq=100)"));
    EXPECT_TRUE(hasSentence(all, "client:49152: SYN seq=100 dropped by a fault"));
    EXPECT_TRUE(hasSentence(all, "client:49152 retransmits SYN seq=100"));
    EXPECT_TRUE(hasSentence(all, "client:49152: RTO fired"));
    EXPECT_TRUE(hasSentence(all, "client:49152: RTO armed (2 s)"));
}

TEST(EventText, closedPort_resetAndRefusal) {
    const QStringList all = sentences(*builtInTrace("setup-closed-port"));
    EXPECT_TRUE(hasSentence(all, "server:81 sends RST, ACK seq=0 ack=101: no socket matches"));
    EXPECT_TRUE(
        hasSentence(all, QString::fromUtf8("client:49152: SYN-SENT → CLOSED (RST received)")));
    EXPECT_TRUE(hasSentence(
        all, QString::fromUtf8("client:49152: connect() → ECONNREFUSED (connection refused)")));
}

TEST(EventText, rstInjection_namesTheAttacker) {
    const QStringList all = sentences(*builtInTrace("rst-injection-in-window"));
    EXPECT_TRUE(hasSentence(all, "client:5000 sends RST seq=1000 (injected by attacker)"));
    EXPECT_TRUE(hasSentence(all, "fault #1 injected segment #3 (RST seq=1000)"));
}

TEST(EventText, handMadeTrace_crashAndUnknownIds) {
    const Trace trace = handMadeTrace();
    const QStringList all = sentences(trace);
    EXPECT_EQ(all.at(1), "host server crashed");
    EXPECT_EQ(ui::describeEvent(trace, trace.events[1]).endpoint, "server");
    EXPECT_EQ(all.at(2), "client:49152: SYN seq=100 dropped: host server is down");
    EXPECT_EQ(all.at(3), QString::fromUtf8("?: CLOSED → SYN-SENT (active OPEN)"));
    EXPECT_EQ(all.at(4), "? receives segment #42");
}

TEST(EventText, split_endpointAndDescription) {
    const Trace trace = handMadeTrace();
    const ui::EventText text = ui::describeEvent(trace, trace.events[0]);
    EXPECT_EQ(text.endpoint, "client:49152");
    EXPECT_EQ(text.description, "sends SYN seq=100");
    EXPECT_EQ(ui::eventKind(trace.events[0]), ui::EventKind::Sent);
    EXPECT_EQ(ui::eventKind(trace.events[2]), ui::EventKind::Dropped);
    EXPECT_EQ(ui::eventKindName(ui::EventKind::StateChange), "State");
}

TEST(EventText, times_haveSixGroupedDecimals) {
    EXPECT_EQ(ui::eventTimeText(150ms), QString::fromUtf8("0.150\u2009000\u00a0s"));
    EXPECT_EQ(ui::eventTimeText(Micros{61'000'001}), QString::fromUtf8("61.000\u2009001\u00a0s"));
    EXPECT_EQ(ui::eventTimeText(Micros{-1500}), QString::fromUtf8("-0.001\u2009500\u00a0s"));
}

TEST(EventText, durations_areShortAndExact) {
    EXPECT_EQ(ui::durationText(1s), "1 s");
    EXPECT_EQ(ui::durationText(60s), "60 s");
    EXPECT_EQ(ui::durationText(1500ms), "1.5 s");
    EXPECT_EQ(ui::durationText(200ms), "200 ms");
    EXPECT_EQ(ui::durationText(Micros{1250}), "1.25 ms");
    EXPECT_EQ(ui::durationText(Micros{250}), QString::fromUtf8("250 µs"));
}
