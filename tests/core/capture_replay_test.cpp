// scenarioFromConnection(): the simulator replays a captured connection with
// the same handshake numbers.
#include "capture_test_support.h"
#include "core/capture_replay.h"
#include "core/capture_scan.h"
#include "core/capture_trace.h"
#include "core/scenario_json.h"
#include "core/simulate.h"

#include <gtest/gtest.h>

using namespace capturetest;

namespace {

core::ImportedConnection importFirst(const std::string& name) {
    const std::vector<std::string> paths = {capturePath(name)};
    return core::importConnection(paths, core::listConnections(paths).connections.at(0));
}

struct Numbers {
    core::Flags flags;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    friend bool operator==(const Numbers&, const Numbers&) = default;
};

std::vector<Numbers> firstThree(const std::vector<core::Segment>& segments) {
    std::vector<Numbers> numbers;
    for (std::size_t i = 0; i < 3 && i < segments.size(); ++i)
        numbers.push_back({segments[i].flags, segments[i].seq.value(),
                           segments[i].flags.has(core::Flag::Ack) ? segments[i].ack.value() : 0});
    return numbers;
}

// The first transmissions, as the handshake shows them.
std::vector<core::Segment> firstTransmissions(const core::Trace& trace) {
    std::vector<core::Segment> segments;
    for (const core::SegmentRecord& r : trace.segments)
        if (r.origin == core::SegmentOrigin::Normal)
            segments.push_back(r.header);
    return segments;
}

} // namespace

TEST(CaptureReplay, replayedHandshake_hasTheCapturedIsnsAndNumbers) {
    for (const char* name : {"loopback-handshake.pcapng", "loopback-ipv6.pcapng",
                             "ref-normal-client-side.pcap", "veth-data-lost-server.pcapng",
                             "veth-syn-ack-lost-server.pcapng"}) {
        const core::ImportedConnection c = importFirst(name);
        const core::Trace original = core::traceFromConnection(c);
        const core::Trace replay = core::simulate(core::scenarioFromConnection(c));
        EXPECT_EQ(firstThree(firstTransmissions(replay)), firstThree(firstTransmissions(original)))
            << name;
    }
}

TEST(CaptureReplay, replay_usesTheCapturedPortsAndApplicationCalls) {
    const core::Scenario s = core::scenarioFromConnection(importFirst("loopback-handshake.pcapng"));
    ASSERT_EQ(s.sockets.size(), 2u);
    EXPECT_EQ(s.sockets[1].port, 5555);
    EXPECT_EQ(toString(s.hosts[0].address), "192.0.2.1"); // loopback: one address for two hosts
    std::vector<std::string> calls;
    for (const core::AppAction& a : s.script)
        calls.push_back(a.socket + ' ' + std::string(toString(a.call)) +
                        (a.call == core::AppCall::Send ? ' ' + std::to_string(a.bytes) : ""));
    EXPECT_EQ(calls, (std::vector<std::string>{"server listen", "client connect", "client send 5",
                                               "server/1 send 5", "client close",
                                               "server/1 close"}));
    EXPECT_EQ(core::toJson(core::parseScenario(core::toJson(s), "replay")), core::toJson(s));
}

TEST(CaptureReplay, refusedConnect_replaysWithNoListener) {
    const core::Scenario s = core::scenarioFromConnection(importFirst("rst-closed-port.pcap"));
    const core::Trace replay = core::simulate(s);
    ASSERT_GE(replay.segments.size(), 2u);
    EXPECT_TRUE(replay.segments[1].header.flags.has(core::Flag::Rst));
    EXPECT_EQ(replay.segments[1].header.ack, replay.segments[0].header.seq + 1);
}

TEST(CaptureReplay, unansweredSyn_replaysAsDroppedSyns) {
    core::ImportedConnection c;
    c.summary.a = endpoint(1, 40000);
    c.summary.b = endpoint(2, 80);
    c.summary.seen.synFromA = true;
    c.packets.push_back(imported(true, core::Flag::Syn, 100, 0, 0));
    const core::Scenario s = core::scenarioFromConnection(c);
    ASSERT_EQ(s.faults.size(), 1u);
    EXPECT_EQ(s.faults[0].kind, core::FaultKind::Drop);
    EXPECT_EQ(s.faults[0].match.from, "client");
}
