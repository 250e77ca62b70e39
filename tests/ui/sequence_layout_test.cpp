#include "core/scenario_json.h"
#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/sequence_layout.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;
using ui::SequenceDiagram;
using ui::SequenceOptions;

namespace {

// The client connects at 1 ms, sends 5 bytes, and closes; the server closes
// 100 ms after the client's FIN arrives. The client ends in a 240 s TIME-WAIT.
ScenarioBuilder handshakeAndClose() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", 5);
    b.closeWhen(State::Established, "client", 100ms).closeWhen(State::CloseWait, "srv/1", 100ms);
    return b;
}

SequenceDiagram layout(const ScenarioBuilder& b, SequenceOptions options = {}) {
    return ui::layoutSequence(simulate(b.build()), options);
}

std::vector<std::string> labels(const SequenceDiagram& d) {
    std::vector<std::string> out;
    for (const ui::Arrow& a : d.arrows)
        out.push_back(a.label);
    return out;
}

int laneNamed(const SequenceDiagram& d, const std::string& prefix) {
    for (std::size_t i = 0; i < d.lifelines.size(); ++i)
        if (d.lifelines[i].label.starts_with(prefix))
            return static_cast<int>(i);
    return -1;
}

TEST(SequenceLayout, handshake_hasOneLanePerEndpoint) {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80);
    const SequenceDiagram d = layout(b);
    ASSERT_EQ(d.lifelines.size(), 2u);
    EXPECT_EQ(d.lifelines[0].label, "server:80"); // the listener appears first
    EXPECT_EQ(d.lifelines[0].caption, "server");
    EXPECT_TRUE(d.lifelines[1].label.starts_with("client:"));
    EXPECT_LT(d.lifelines[0].x, d.lifelines[1].x);
}

TEST(SequenceLayout, arrows_slopeDown) {
    const SequenceDiagram d = layout(handshakeAndClose());
    ASSERT_FALSE(d.arrows.empty());
    for (const ui::Arrow& a : d.arrows) {
        EXPECT_GT(a.to.y, a.from.y) << a.label;
        EXPECT_FALSE(a.lost) << a.label;
    }
}

TEST(SequenceLayout, simultaneousOpen_synsCross) {
    ScenarioBuilder b;
    b.host("a", "10.0.0.1").host("b", "10.0.0.2").link(50ms);
    b.socket("a", "a", 5000, 100).socket("b", "b", 6000, 300);
    b.connectAt(0ms, "a", "b", 6000).connectAt(0ms, "b", "a", 5000);
    const SequenceDiagram d = layout(b);
    ASSERT_GE(d.arrows.size(), 2u);
    const ui::Arrow& first = d.arrows[0];
    const ui::Arrow& second = d.arrows[1];
    EXPECT_EQ(first.fromLane, second.toLane);
    EXPECT_EQ(first.toLane, second.fromLane);
    EXPECT_LT(first.from.y, second.to.y); // both in flight at once: they cross
    EXPECT_LT(second.from.y, first.to.y);
}

TEST(SequenceLayout, lostSyn_endsPartWay_andRtoBracketCoversTheWait) {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80);
    b.fault(testsupport::dropFault(testsupport::matchFrom("client", Flag::Syn, 1)));
    const SequenceDiagram d = layout(b);
    ASSERT_GE(d.arrows.size(), 2u);
    const ui::Arrow& lost = d.arrows[0];
    EXPECT_TRUE(lost.lost);
    EXPECT_EQ(lost.dropReason, DropReason::Fault);
    const double laneFrom = d.lifelines[static_cast<std::size_t>(lost.fromLane)].x;
    const double laneTo = d.lifelines[static_cast<std::size_t>(lost.toLane)].x;
    EXPECT_DOUBLE_EQ(lost.to.x, (laneFrom + laneTo) / 2); // lost half-way, as simulated
    EXPECT_GT(lost.to.y, lost.from.y);
    EXPECT_TRUE(d.arrows[1].retransmission);
    EXPECT_EQ(d.arrows[1].label, "SYN seq=100");

    const auto rto = std::find_if(d.timers.begin(), d.timers.end(), [](const ui::TimerBracket& t) {
        return t.kind == TimerKind::Retransmission && t.end == ui::TimerEnd::Fired;
    });
    ASSERT_NE(rto, d.timers.end());
    EXPECT_EQ(rto->lane, lost.fromLane);
    EXPECT_DOUBLE_EQ(rto->y0, lost.from.y);
    EXPECT_DOUBLE_EQ(rto->y1, d.arrows[1].from.y); // fired when the SYN went out again
    EXPECT_TRUE(rto->label.starts_with("RTO "));
}

TEST(SequenceLayout, timeWait_collapsesIntoOneBreak) {
    const SequenceDiagram d = layout(handshakeAndClose());
    ASSERT_EQ(d.axis.breaks().size(), 1u);
    // The idle time runs from the server's last ACK arriving, 50 ms into TIME-WAIT.
    EXPECT_EQ(d.axis.breaks()[0].skipped, 240s - 50ms);
    const auto twoMsl = std::find_if(d.timers.begin(), d.timers.end(),
                                     [](const auto& t) { return t.kind == TimerKind::TimeWait; });
    ASSERT_NE(twoMsl, d.timers.end());
    EXPECT_EQ(twoMsl->duration, 240s);
    EXPECT_EQ(twoMsl->label, "2MSL 240s");
    EXPECT_EQ(twoMsl->end, ui::TimerEnd::Fired);
    EXPECT_DOUBLE_EQ(twoMsl->y1, d.height);
    EXPECT_LT(d.height, 2000.0); // not 240 s * 2000 px/s
}

TEST(SequenceLayout, labels_absoluteNumbers) {
    const std::vector<std::string> l = labels(layout(handshakeAndClose()));
    ASSERT_GE(l.size(), 4u);
    EXPECT_EQ(l[0], "SYN seq=100");
    EXPECT_EQ(l[1], "SYN, ACK seq=300 ack=101");
    EXPECT_EQ(l[2], "ACK seq=101 ack=301");
    EXPECT_EQ(l[3], "PSH, ACK seq=101:106 ack=301");
}

TEST(SequenceLayout, labels_relativeNumbersStartAtZero) {
    SequenceOptions options;
    options.relativeSequenceNumbers = true;
    const std::vector<std::string> l = labels(layout(handshakeAndClose(), options));
    ASSERT_GE(l.size(), 4u);
    EXPECT_EQ(l[0], "SYN seq=0");
    EXPECT_EQ(l[1], "SYN, ACK seq=0 ack=1");
    EXPECT_EQ(l[2], "ACK seq=1 ack=1");
    EXPECT_EQ(l[3], "PSH, ACK seq=1:6 ack=1");
}

TEST(SequenceLayout, client_statesInRfcOrder) {
    const SequenceDiagram d = layout(handshakeAndClose());
    const int client = laneNamed(d, "client:");
    std::vector<std::string> states;
    for (const ui::StateBand& band : d.bands)
        if (band.lane == client)
            states.push_back(band.label);
    const std::vector<std::string> expected = {"SYN-SENT", "ESTABLISHED", "FIN-WAIT-1",
                                               "FIN-WAIT-2", "TIME-WAIT"};
    EXPECT_EQ(states, expected);
}

TEST(SequenceLayout, server_laneShowsChildThenListenerAgain) {
    const SequenceDiagram d = layout(handshakeAndClose());
    std::vector<std::string> states;
    for (const ui::StateBand& band : d.bands)
        if (band.lane == laneNamed(d, "server:80"))
            states.push_back(band.label);
    const std::vector<std::string> expected = {"LISTEN",     "SYN-RECEIVED", "ESTABLISHED",
                                               "CLOSE-WAIT", "LAST-ACK",     "LISTEN"};
    EXPECT_EQ(states, expected);
}

TEST(SequenceLayout, y_isMonotonicInTime_inBothModes) {
    const Trace trace = simulate(handshakeAndClose().build());
    for (ui::TimeAxisMode mode : {ui::TimeAxisMode::Proportional, ui::TimeAxisMode::EventRows}) {
        SequenceOptions options;
        options.axis = mode;
        const SequenceDiagram d = ui::layoutSequence(trace, options);
        double last = d.axis.y(Micros{0});
        for (const TraceEvent& e : trace.events) {
            EXPECT_GE(d.axis.y(e.t), last);
            last = d.axis.y(e.t);
        }
        for (Micros t{0}; t < 300s; t += 100ms) {
            EXPECT_LE(d.axis.y(t), d.axis.y(t + 100ms));
        }
    }
}

TEST(SequenceLayout, timeAt_invertsY_atEveryEventTime_inBothModes) {
    const Trace trace = simulate(handshakeAndClose().build());
    for (ui::TimeAxisMode mode : {ui::TimeAxisMode::Proportional, ui::TimeAxisMode::EventRows}) {
        SequenceOptions options;
        options.axis = mode;
        const SequenceDiagram d = ui::layoutSequence(trace, options);
        for (const TraceEvent& e : trace.events)
            EXPECT_LE(std::chrono::abs(d.axis.timeAt(d.axis.y(e.t)) - e.t), 1us);
        // Inside the collapsed TIME-WAIT the time still moves forward.
        for (const ui::TimeBreak& b : d.axis.breaks()) {
            EXPECT_GT(d.axis.timeAt(b.y + b.height / 2), b.start);
            EXPECT_LT(d.axis.timeAt(b.y + b.height / 2), b.start + b.skipped);
        }
    }
}

TEST(SequenceLayout, axis_reportsItsModeScaleAndAnchors_forTheRuler) {
    const Trace trace = simulate(handshakeAndClose().build());
    SequenceOptions options;
    options.axis = ui::TimeAxisMode::EventRows;
    options.pixelsPerSecond = 1000.0;
    const SequenceDiagram d = ui::layoutSequence(trace, options);
    EXPECT_EQ(d.axis.mode(), ui::TimeAxisMode::EventRows);
    EXPECT_DOUBLE_EQ(d.axis.pixelsPerSecond(), 1000.0);
    ASSERT_GE(d.axis.anchors().size(), 3u);
    EXPECT_EQ(d.axis.anchors()[0].t, trace.events.front().t);
    EXPECT_DOUBLE_EQ(d.axis.anchors()[1].y, options.rowHeight);
    EXPECT_EQ(d.axis.anchors().back().t, trace.events.back().t);
    EXPECT_EQ(ui::layoutSequence(trace, {}).axis.mode(), ui::TimeAxisMode::Proportional);
}

TEST(SequenceLayout, eventRows_giveEachEventTimeOneRow) {
    SequenceOptions options;
    options.axis = ui::TimeAxisMode::EventRows;
    const Trace trace = simulate(handshakeAndClose().build());
    const SequenceDiagram d = ui::layoutSequence(trace, options);
    EXPECT_DOUBLE_EQ(d.axis.y(trace.events.front().t), 0.0);
    EXPECT_DOUBLE_EQ(d.axis.y(1ms), options.rowHeight);      // connect(): the second time
    EXPECT_DOUBLE_EQ(d.axis.y(51ms), 2 * options.rowHeight); // the SYN arrives
}

TEST(SequenceLayout, refusedConnect_notesTheError) {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 81);
    const SequenceDiagram d = layout(b);
    std::vector<std::string> notes;
    for (const ui::AppNote& n : d.notes)
        notes.push_back(n.text);
    EXPECT_NE(std::find(notes.begin(), notes.end(), "connect()"), notes.end());
    EXPECT_NE(std::find(notes.begin(), notes.end(), "connect() -> ECONNREFUSED"), notes.end());
}

TEST(SequenceLayout, segmentToCrashedHost_reachesItsLaneLost) {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80).crashAt(1s, "server").sendAt(2s, "client", 10);
    const SequenceDiagram d = layout(b);
    const auto data = std::find_if(d.arrows.begin(), d.arrows.end(), [](const ui::Arrow& a) {
        return a.dropReason == DropReason::HostDown;
    });
    ASSERT_NE(data, d.arrows.end());
    EXPECT_TRUE(data->lost);
    EXPECT_DOUBLE_EQ(data->to.x, d.lifelines[static_cast<std::size_t>(data->toLane)].x);
    for (const ui::StateBand& band : d.bands) {
        if (band.lane == laneNamed(d, "server:80")) {
            EXPECT_LE(band.y1, d.axis.y(1s)); // the crash ended every band of the server
        }
    }
    const auto crashed = std::find_if(d.notes.begin(), d.notes.end(), [](const ui::AppNote& n) {
        return n.text == "host crashed";
    });
    ASSERT_NE(crashed, d.notes.end());
    EXPECT_EQ(crashed->lane, laneNamed(d, "server:80"));
    EXPECT_DOUBLE_EQ(crashed->at.y, d.axis.y(1s));
    EXPECT_TRUE(crashed->error);
}

TEST(SequenceLayout, handshake_printsAsText) {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80);
    // The server listens at 0 and the client connects at 1 ms over a 50 ms link
    // (2000 px/s: 100 px per flight). Each side's first segment arms an RTO
    // that the next one cancels.
    const std::string expected = R"(lifeline server:80 (server) x=0.0
lifeline client:49152 (client) x=240.0
arrow client:49152 -> server:80 (240.0,2.0)->(0.0,102.0) "SYN seq=100"
arrow server:80 -> client:49152 (0.0,102.0)->(240.0,202.0) "SYN, ACK seq=300 ack=101"
arrow client:49152 -> server:80 (240.0,202.0)->(0.0,302.0) "ACK seq=101 ack=301"
band server:80 y=0.0..102.0 LISTEN
band client:49152 y=2.0..202.0 SYN-SENT
band server:80 y=102.0..302.0 SYN-RECEIVED
band client:49152 y=202.0..302.0 ESTABLISHED
timer client:49152 y=2.0..202.0 RTO 1s cancelled
timer server:80 y=102.0..302.0 RTO 1s cancelled
note server:80 y=0.0 listen()
note client:49152 y=2.0 connect()
note client:49152 y=202.0 connect() -> ok
note server:80 y=302.0 accept() -> ok
height 302.0
)";
    EXPECT_EQ(ui::toText(layout(b)), expected);
}

} // namespace

TEST(SequenceLayout, segmentToAnAddressNoHostHas_isLostJustShortOfItsLane_notOnALaneOnTheWay) {
    const Trace trace = simulate(
        loadScenarioFile(std::string(HL_SOURCE_DIR) + "/resources/scenarios/syn-flood.json"));
    const SequenceDiagram d = ui::layoutSequence(trace, SequenceOptions{});
    int checked = 0;
    for (const ui::Arrow& a : d.arrows) {
        if (a.dropReason != DropReason::NoRoute)
            continue;
        const double own = d.lifelines[static_cast<std::size_t>(a.toLane)].x;
        EXPECT_NEAR(std::abs(own - a.to.x), SequenceOptions{}.laneSpacing / 4, 1e-9);
        for (const ui::Lifeline& l : d.lifelines)
            EXPECT_GT(std::abs(l.x - a.to.x), 1.0) << a.label;
        ++checked;
    }
    EXPECT_GT(checked, 0);
}
