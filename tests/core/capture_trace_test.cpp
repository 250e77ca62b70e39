// traceFromConnection() on the checked-in real captures: the states both
// ends went through, the times, retransmissions, and the text trace of three
// captures against expected files a person has read.
#include "capture_test_support.h"
#include "core/capture_trace.h"
#include "core/trace_format.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace capturetest;
using Lines = std::vector<std::string>;

namespace {

const Lines kClientClosesFirst = {
    "A CLOSED -> SYN-SENT (active OPEN)",
    "B LISTEN -> SYN-RECEIVED (SYN received)",
    "A SYN-SENT -> ESTABLISHED (SYN-ACK received)",
    "B SYN-RECEIVED -> ESTABLISHED (ACK of SYN received)",
    "A ESTABLISHED -> FIN-WAIT-1 (CLOSE)",
    "B ESTABLISHED -> CLOSE-WAIT (FIN received)",
    "A FIN-WAIT-1 -> FIN-WAIT-2 (ACK of FIN received)",
    "B CLOSE-WAIT -> LAST-ACK (CLOSE)",
    "A FIN-WAIT-2 -> TIME-WAIT (FIN received)",
    "B LAST-ACK -> CLOSED (ACK of FIN received)",
};

const std::vector<std::vector<std::string>> kGoodCaptures = {
    {"loopback-handshake.pcapng"},     {"loopback-handshake.pcap"},
    {"loopback-ipv6.pcapng"},          {"cooked-sll.pcap"},
    {"cooked-sll2.pcapng"},            {"mid-connection.pcapng"},
    {"rst-closed-port.pcap"},          {"loopback-reuse.pcapng"},
    {"veth-data-lost-client.pcapng"},  {"veth-data-lost-server.pcapng"},
    {"veth-syn-ack-lost-client.pcapng", "veth-syn-ack-lost-server.pcapng"},
    {"ref-normal-client-side.pcap", "ref-normal-server-side.pcap"},
    {"ref-syn_lost-server-side.pcap"}, {"ref-half_close-client-side.pcap"},
    {"ref-delay-server-side.pcap"},    {"bad-headers.pcap"},
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(CaptureTrace, clientClosesFirst_everyCaptureShowsTheSameStates) {
    for (const auto& files : std::vector<std::vector<std::string>>{
             {"loopback-handshake.pcapng"},
             {"loopback-ipv6.pcapng"},
             {"cooked-sll2.pcapng"},
             {"ref-normal-client-side.pcap"},
             {"ref-normal-server-side.pcap"},
             {"ref-normal-client-side.pcap", "ref-normal-server-side.pcap"},
             {"veth-syn-ack-lost-server.pcapng"}})
        EXPECT_EQ(stateChanges(traceOf(files)), kClientClosesFirst) << files[0];
}

TEST(CaptureTrace, serverClosesFirst_serverGoesToTimeWait) {
    const Lines changes = stateChanges(traceOf({"loopback-reuse.pcapng"}, 1));
    EXPECT_EQ(Lines(changes.begin() + 4, changes.end()),
              (Lines{"B ESTABLISHED -> FIN-WAIT-1 (CLOSE)",
                     "A ESTABLISHED -> CLOSE-WAIT (FIN received)",
                     "A CLOSE-WAIT -> LAST-ACK (CLOSE)",
                     // A's FIN carries the ACK of B's: first the ACK, then the FIN (3.10.7.4)
                     "B FIN-WAIT-1 -> FIN-WAIT-2 (ACK of FIN received)",
                     "B FIN-WAIT-2 -> TIME-WAIT (FIN received)",
                     "A LAST-ACK -> CLOSED (ACK of FIN received)"}));
}

TEST(CaptureTrace, refusedConnect_clientResetServerNeverOpened) {
    EXPECT_EQ(stateChanges(traceOf({"rst-closed-port.pcap"})),
              (Lines{"A CLOSED -> SYN-SENT (active OPEN)", "A SYN-SENT -> CLOSED (RST received)"}));
}

TEST(CaptureTrace, halfClose_clientStaysInFinWait2WhileDataArrives) {
    const Lines changes = stateChanges(traceOf({"ref-half_close-client-side.pcap"}));
    EXPECT_EQ(changes, kClientClosesFirst);
}

TEST(CaptureTrace, captureStartedLate_statesBeforeItAreUnknown) {
    const Lines changes = stateChanges(traceOf({"mid-connection.pcapng"}));
    ASSERT_GE(changes.size(), 2u);
    EXPECT_EQ(changes[0], "A ? -> ESTABLISHED (inferred from the capture, earlier state unknown)");
    EXPECT_EQ(changes[1], "B ? -> ESTABLISHED (inferred from the capture, earlier state unknown)");
    EXPECT_EQ(Lines(changes.begin() + 2, changes.end()),
              Lines(kClientClosesFirst.begin() + 4, kClientClosesFirst.end()));
}

TEST(CaptureTrace, everyRfcTransition_isOneTheDiagramAllows) {
    for (const auto& files : kGoodCaptures) {
        const core::Trace t = traceOf(files);
        for (const core::TraceEvent& e : t.events) {
            const auto* s = std::get_if<core::StateChanged>(&e.body);
            if (s && !core::hasUnknownFrom(s->rule) && !core::hasUnknownTo(s->rule)) {
                EXPECT_TRUE(core::isAllowedTransition(s->from, s->to))
                    << files[0] << ": " << toString(s->from) << " -> " << toString(s->to);
            }
        }
    }
}

TEST(CaptureTrace, everyTrace_hasOrderedEventsAndArrivalsAfterSends) {
    for (const auto& files : kGoodCaptures) {
        const core::Trace t = traceOf(files);
        std::vector<core::Micros> sent(t.segments.size(), core::Micros(-1));
        core::Micros last{0};
        for (const core::TraceEvent& e : t.events) {
            EXPECT_GE(e.t, last) << files[0];
            last = e.t;
            if (const auto* s = std::get_if<core::SegmentSent>(&e.body))
                sent[static_cast<std::size_t>(s->seg)] = e.t;
            if (const auto* a = std::get_if<core::SegmentArrived>(&e.body)) {
                EXPECT_GE(e.t, sent[static_cast<std::size_t>(a->seg)]) << files[0];
            }
        }
        EXPECT_EQ(t.payload.size(), [&] {
            std::size_t total = 0;
            for (const core::SegmentRecord& r : t.segments)
                total += r.payloadLength;
            return total;
        }()) << files[0];
    }
}

TEST(CaptureTrace, hostsAndPayload_comeFromTheCapture) {
    const core::Trace v4 = traceOf({"veth-data-lost-client.pcapng"});
    EXPECT_EQ(v4.hosts[0].name, "10.77.0.1");
    EXPECT_EQ(toString(v4.hosts[1].address), "10.77.0.2");
    EXPECT_FALSE(v4.capture->standInAddresses);
    EXPECT_EQ(v4.payloadOf(3), "hello");
    const core::Trace v6 = traceOf({"loopback-ipv6.pcapng"});
    EXPECT_EQ(v6.hosts[0].name, "[::1]");
    EXPECT_EQ(toString(v6.hosts[0].address), "192.0.2.1");
    EXPECT_TRUE(v6.capture->standInAddresses);
    EXPECT_EQ(v6.endpointName(1), "[::1]:5556");
}

TEST(CaptureTrace, resentData_isARetransmissionOfTheFirstCopy) {
    const core::Trace t = traceOf({"veth-data-lost-client.pcapng"});
    std::vector<core::SegId> retransmissions;
    for (std::size_t i = 0; i < t.segments.size(); ++i)
        if (t.segments[i].origin == core::SegmentOrigin::Retransmission) {
            retransmissions.push_back(static_cast<core::SegId>(i));
            EXPECT_EQ(t.segments[i].original, 5);
        }
    EXPECT_EQ(retransmissions, (std::vector<core::SegId>{6, 7}));
    EXPECT_EQ(t.payloadOf(7), "world");
}

TEST(CaptureTrace, timing_nearSideAndDelayFromTheHandshake) {
    const core::Trace client = traceOf({"veth-syn-ack-lost-client.pcapng"});
    EXPECT_EQ(client.capture->timing, core::CaptureTiming::HandshakeEstimate);
    EXPECT_EQ(client.capture->capturedAt, 0);
    const core::Trace server = traceOf({"ref-delay-server-side.pcap"});
    EXPECT_EQ(server.capture->capturedAt, 1);
    // The 200 ms added to the client's packets make a 200.3 ms handshake round trip.
    EXPECT_EQ(describeCaptureTiming(server),
              "one capture point at 10.99.0.2: one-way delay estimated as 100.1 ms from the "
              "handshake");
    const core::Trace late = traceOf({"mid-connection.pcapng"});
    EXPECT_EQ(late.capture->timing, core::CaptureTiming::NoEstimate);
    EXPECT_EQ(late.capture->capturedAt, core::kNone);
}

TEST(CaptureTrace, twoCaptures_measureBothTimesAndMarkWhatOnlyTheSenderSaw) {
    const core::Trace t = traceOf({"ref-syn_lost-client-side.pcap", "ref-syn_lost-server-side.pcap"});
    EXPECT_EQ(t.capture->timing, core::CaptureTiming::TwoCaptures);
    EXPECT_EQ(t.capture->files.size(), 2u);
    // The client's first SYN: sent at 0, seen at the server 21 µs later.
    ASSERT_TRUE(std::holds_alternative<core::SegmentSent>(t.events[1].body));
    EXPECT_EQ(t.events[1].t, core::Micros(0));
    EXPECT_EQ(t.events[2].body, core::EventBody(core::SegmentArrived{0}));
    EXPECT_EQ(t.events[2].t, core::Micros(21));
    EXPECT_EQ(t.segments[1].origin, core::SegmentOrigin::Retransmission);
}

TEST(CaptureTrace, textTraces_matchTheExpectedFiles) {
    const std::pair<std::vector<std::string>, const char*> cases[] = {
        {{"loopback-handshake.pcapng"}, "loopback-handshake.trace.txt"},
        {{"mid-connection.pcapng"}, "mid-connection.trace.txt"},
        {{"ref-normal-client-side.pcap", "ref-normal-server-side.pcap"}, "ref-normal-both.trace.txt"},
    };
    for (const auto& [files, expected] : cases) {
        const core::Trace t = traceOf(files);
        const std::string text = "# " + describeCaptureTiming(t) + "\n" + core::textTrace(t);
        EXPECT_EQ(text, readFile(capturePath("expected/") + expected)) << expected;
    }
}
