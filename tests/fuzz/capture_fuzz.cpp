// libFuzzer target for the capture import: any bytes are read as a pcap or
// pcapng file (libpcap on fmemopen). A CaptureError is the expected answer to
// a broken file. Otherwise the connections are listed and the first few are
// imported, turned into traces (every invariant below checked) and into
// replay scenarios, which are simulated when small. Any other exception, a
// crash, a sanitizer report, a hang or a broken invariant is a finding.
#include "core/capture_import.h"
#include "core/capture_replay.h"
#include "core/capture_scan.h"
#include "core/capture_trace.h"
#include "core/simulate.h"
#include "core/trace_format.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace {

using namespace std::chrono_literals;

constexpr std::size_t kConnectionsImported = 3;
constexpr std::size_t kMaxScriptToSimulate = 12;
constexpr core::Micros kMaxSimulated = 130s; // past the linux profile's 60 s TIME-WAIT

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "capture_fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

// Events in time order, arrivals after sends, and only transitions RFC 9293's
// diagram allows where both ends of one are known.
void checkTrace(const core::Trace& t, std::size_t packets) {
    if (t.segments.size() != packets)
        fail("a segment per packet", std::to_string(t.segments.size()) + " segments, " +
                                         std::to_string(packets) + " packets");
    std::vector<core::Micros> sent(t.segments.size(), core::Micros(-1));
    core::Micros last{0};
    for (const core::TraceEvent& e : t.events) {
        if (e.t < last)
            fail("events out of time order", core::textTrace(t));
        last = e.t;
        if (const auto* s = std::get_if<core::SegmentSent>(&e.body))
            sent.at(static_cast<std::size_t>(s->seg)) = e.t;
        const auto* a = std::get_if<core::SegmentArrived>(&e.body);
        if (a && (sent.at(static_cast<std::size_t>(a->seg)) < core::Micros(0) ||
                  e.t < sent[static_cast<std::size_t>(a->seg)]))
            fail("a segment arrives before it was sent", core::textTrace(t));
        const auto* c = std::get_if<core::StateChanged>(&e.body);
        if (c && !core::hasUnknownFrom(c->rule) && !core::hasUnknownTo(c->rule) &&
            !core::isAllowedTransition(c->from, c->to))
            fail("a transition RFC 9293 does not allow", core::textTrace(t));
    }
}

void replayBriefly(const core::ImportedConnection& c) {
    core::Scenario scenario = core::scenarioFromConnection(c);
    if (scenario.script.size() > kMaxScriptToSimulate)
        return;
    scenario.endTime = std::min(scenario.endTime, kMaxSimulated);
    core::textTrace(core::simulate(scenario));
}

void importFirstConnections(std::span<const std::uint8_t> data,
                            const std::vector<core::ConnectionSummary>& connections) {
    for (std::size_t i = 0; i < connections.size() && i < kConnectionsImported; ++i) {
        core::CaptureReader reader(data, "fuzz");
        core::ImportedConnection c{connections[i], {"fuzz"}, {}};
        c.packets = core::readConnectionPackets(reader, 0, connections[i]);
        const core::Trace trace = core::traceFromConnection(c);
        checkTrace(trace, c.packets.size());
        core::textTrace(trace);
        core::jsonLinesTrace(trace);
        core::describeCaptureTiming(trace);
        replayBriefly(c);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::span<const std::uint8_t> data(bytes, size);
    try {
        core::CaptureReader reader(data, "fuzz");
        core::CaptureFileStats stats;
        core::ConnectionTracker tracker;
        core::forEachTcpPacket(reader, stats, [&](const core::RawPacket& raw, const core::TcpPacket& p) {
            tracker.add(p, raw.timeMicros, raw.number);
            return true;
        });
        std::uint64_t assigned = 0;
        for (const core::ConnectionSummary& c : tracker.connections())
            assigned += c.packets[0] + c.packets[1];
        if (assigned != stats.tcpPackets)
            fail("every TCP packet in one connection", std::to_string(assigned) + " of " +
                                                           std::to_string(stats.tcpPackets));
        importFirstConnections(data, core::mergeConnections({tracker.take()}));
    } catch (const core::CaptureError&) {
        return 0; // a broken file, reported with a message: the expected answer
    }
    return 0;
}
