// Which segments a capture on one host's interface sees, and when.
#include "core/capture_point.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "printers.h"

#include <gtest/gtest.h>
#include <string>

namespace {

using core::CapturedSegment;
using core::DropReason;
using core::HostId;
using core::kNone;
using core::Micros;
using core::SegId;

// Three hosts: a 10.0.0.1, b 10.0.0.2, c 10.0.0.3.
class HandTrace {
public:
    HandTrace() { m_trace.hosts = {{"a", {0x0a000001}}, {"b", {0x0a000002}}, {"c", {0x0a000003}}}; }
    // A segment from `from` (kNone: injected into the network) to `to`
    // (kNone: an address no host owns), sent at `t`.
    SegId send(int t, HostId from, HostId to, core::SegmentOrigin origin = {}) {
        core::SegmentRecord rec;
        rec.fromHost = from;
        rec.toHost = to;
        rec.origin = origin;
        m_trace.segments.push_back(rec);
        const auto id = static_cast<SegId>(m_trace.segments.size() - 1);
        m_trace.events.push_back({Micros{t}, core::SegmentSent{id}});
        return id;
    }
    void arrive(int t, SegId id) {
        m_trace.events.push_back({Micros{t}, core::SegmentArrived{id}});
    }
    void drop(int t, SegId id, DropReason reason) {
        m_trace.events.push_back({Micros{t}, core::SegmentDropped{id, reason}});
    }
    const core::Trace& trace() const { return m_trace; }

private:
    core::Trace m_trace;
};

core::Trace simulateFile(const std::string& relativePath) {
    return core::simulate(core::loadScenarioFile(std::string(HL_SOURCE_DIR) + "/" + relativePath));
}

} // namespace

TEST(CapturePoint, eachRuleOfWhatPassesTheInterface) {
    HandTrace h;
    const HostId a = 0, b = 1, c = 2;
    const SegId delivered = h.send(1, a, b);
    h.arrive(2, delivered);
    const SegId lost = h.send(3, a, b);
    h.drop(4, lost, DropReason::LinkLoss);
    const SegId queueFull = h.send(5, b, a);
    h.drop(6, queueFull, DropReason::QueueFull);
    const SegId noRoute = h.send(7, a, kNone);
    h.drop(7, noRoute, DropReason::NoRoute);
    // c sends a segment whose header claims to come from a; it reaches b.
    const SegId spoofed = h.send(8, c, b, core::SegmentOrigin::Injected);
    h.arrive(9, spoofed);
    // Injected into the network by a fault, no host sends it.
    const SegId injected = h.send(10, kNone, a, core::SegmentOrigin::Injected);
    h.arrive(11, injected);
    const SegId toCrashed = h.send(12, b, a);
    h.drop(13, toCrashed, DropReason::HostDown);
    const SegId toItself = h.send(14, a, a);
    h.arrive(15, toItself);
    const SegId byFault = h.send(16, b, a);
    h.drop(17, byFault, DropReason::Fault);
    // A UDP datagram for a port with no socket: dropped by the host, after its interface.
    const SegId noSocket = h.send(18, b, a);
    h.drop(19, noSocket, DropReason::NoSocket);

    using V = std::vector<CapturedSegment>;
    EXPECT_EQ(core::capturedSegments(h.trace(), a), (V{{Micros{1}, delivered, true},
                                                       {Micros{3}, lost, true},
                                                       {Micros{6}, queueFull, false},
                                                       {Micros{7}, noRoute, true},
                                                       {Micros{11}, injected, false},
                                                       {Micros{14}, toItself, true},
                                                       {Micros{19}, noSocket, false}}));
    EXPECT_EQ(core::capturedSegments(h.trace(), b), (V{{Micros{2}, delivered, false},
                                                       {Micros{5}, queueFull, true},
                                                       {Micros{9}, spoofed, false},
                                                       {Micros{12}, toCrashed, true},
                                                       {Micros{16}, byFault, true},
                                                       {Micros{18}, noSocket, true}}));
    EXPECT_EQ(core::capturedSegments(h.trace(), c), (V{{Micros{8}, spoofed, true}}));
}

TEST(CapturePoint, lossyTransfer_eachSideSeesWhatItSentAndWhatReachedIt) {
    const core::Trace trace = simulateFile("tests/data/scenarios/lossy-transfer.json");
    std::size_t lost = 0;
    for (const core::TraceEvent& e : trace.events)
        if (const auto* d = std::get_if<core::SegmentDropped>(&e.body))
            lost += d->reason == DropReason::LinkLoss ? 1 : 0;
    ASSERT_GT(lost, 0u);
    const auto client = core::capturedSegments(trace, 0);
    const auto server = core::capturedSegments(trace, 1);
    // Every segment is sent by one of them; a lost one reaches neither.
    EXPECT_EQ(client.size() + server.size(), 2 * trace.segments.size() - lost);
    for (const auto& captured : {client, server})
        for (std::size_t i = 1; i < captured.size(); ++i)
            EXPECT_LE(captured[i - 1].t, captured[i].t);
}

TEST(CapturePoint, defaultHost_isTheFirstHostThatAccepts) {
    const core::Trace trace = simulateFile("resources/scenarios/default.json");
    const core::DefaultCaptureHost host = core::defaultCaptureHost(trace);
    EXPECT_EQ(host.choice, core::CaptureHostChoice::FirstAccepting);
    EXPECT_EQ(trace.hosts.at(static_cast<std::size_t>(host.host)).name, "server");
}

TEST(CapturePoint, defaultHost_nothingAccepted_isTheSecondHost) {
    for (const char* file : {"resources/scenarios/setup-closed-port.json",
                             "resources/scenarios/setup-simultaneous-open.json"}) {
        const core::DefaultCaptureHost host = core::defaultCaptureHost(simulateFile(file));
        EXPECT_EQ(host.choice, core::CaptureHostChoice::SecondHost) << file;
        EXPECT_EQ(host.host, 1) << file;
    }
}

TEST(CapturePoint, defaultHost_oneOrNoHost) {
    core::Trace trace;
    EXPECT_EQ(core::defaultCaptureHost(trace).choice, core::CaptureHostChoice::NoHost);
    EXPECT_EQ(core::defaultCaptureHost(trace).host, kNone);
    trace.hosts = {{"alone", {0x0a000001}}};
    EXPECT_EQ(core::defaultCaptureHost(trace).choice, core::CaptureHostChoice::OnlyHost);
    EXPECT_EQ(core::defaultCaptureHost(trace).host, 0);
}

TEST(CapturePoint, findHost_byNameOrAddress) {
    const core::Trace trace = HandTrace().trace();
    EXPECT_EQ(core::findHost(trace, "b"), 1);
    EXPECT_EQ(core::findHost(trace, "10.0.0.3"), 2);
    EXPECT_EQ(core::findHost(trace, "10.0.0.9"), std::nullopt);
    EXPECT_EQ(core::findHost(trace, "d"), std::nullopt);
}
