// Exports every scenario at each of its hosts and reads the capture back with
// tshark: no malformed packet, no expert error, good IPv4, TCP and UDP
// checksums; every packet's time, IP id and protocol, ports, flags, sequence
// and acknowledgment numbers, header length, payload length, window and
// options (UDP: ports and length) as in the trace; and
// tcp.analysis.retransmission exactly where expected_analysis.h says.
#include "core/capture_point.h"
#include "core/pcap_export.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "expected_analysis.h"
#include "tshark.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
using capturetest::Expected;
using capturetest::Field;
using capturetest::Row;

constexpr const char* kChecksumGood = "1";         // Wireshark's PROTO_CHECKSUM_E_GOOD
constexpr unsigned long kSeverityError = 0x800000; // Wireshark's PI_ERROR

std::vector<fs::path> scenarioFiles() {
    std::vector<fs::path> files;
    for (const char* dir :
         {"resources/scenarios", "tests/data/scenarios", "tests/capture/scenarios"})
        for (const auto& entry : fs::directory_iterator(fs::path(HL_SOURCE_DIR) / dir))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string hex(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += kDigits[b >> 4];
        out += kDigits[b & 0xfu];
    }
    return out;
}

// As tshark prints a number in hex: "0x0012".
std::string hexField(std::uint32_t value, int digits) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%0*x", digits, value);
    return text;
}

// As tshark prints frame.time_epoch: "0.150000000".
std::string epochText(core::Micros t) {
    const auto us = static_cast<std::uint64_t>(t.count());
    std::string fraction = std::to_string(us % 1'000'000);
    fraction.insert(0, 6 - fraction.size(), '0');
    return std::to_string(us / 1'000'000) + "." + fraction + "000";
}

bool hasSeverityError(const std::string& severities) {
    std::size_t start = 0;
    while (start < severities.size()) {
        const std::size_t comma = std::min(severities.find(',', start), severities.size());
        if (std::stoul(severities.substr(start, comma - start)) >= kSeverityError)
            return true;
        start = comma + 1;
    }
    return false;
}

void expectTcpMatches(const Row& row, const core::SegmentRecord& rec) {
    const core::Segment& h = rec.header;
    EXPECT_EQ(row[Field::IpProtocol], "6");
    EXPECT_EQ(row[Field::TcpChecksumStatus], kChecksumGood) << "TCP checksum";
    EXPECT_EQ(row[Field::SrcPort], std::to_string(h.srcPort));
    EXPECT_EQ(row[Field::DstPort], std::to_string(h.dstPort));
    EXPECT_EQ(row[Field::SeqRaw], std::to_string(h.seq.value()));
    EXPECT_EQ(row[Field::AckRaw], std::to_string(h.ack.value()));
    EXPECT_EQ(row[Field::Flags], hexField(h.flags.bits(), 4));
    EXPECT_EQ(row[Field::HeaderLength], std::to_string(h.dataOffset * 4));
    EXPECT_EQ(row[Field::PayloadLength], std::to_string(rec.payloadLength));
    EXPECT_EQ(row[Field::Window], std::to_string(h.window));
    EXPECT_EQ(row[Field::Options], hex(core::encodeOptions(h.options)));
}

void expectUdpMatches(const Row& row, const core::SegmentRecord& rec) {
    EXPECT_EQ(row[Field::IpProtocol], "17");
    EXPECT_EQ(row[Field::UdpChecksumStatus], kChecksumGood) << "UDP checksum";
    EXPECT_EQ(row[Field::UdpSrcPort], std::to_string(rec.header.srcPort));
    EXPECT_EQ(row[Field::UdpDstPort], std::to_string(rec.header.dstPort));
    EXPECT_EQ(row[Field::UdpLength], std::to_string(8 + rec.payloadLength));
}

// The header fields, as tshark shows them.
void expectHeaderMatches(const Row& row, const core::Trace& trace, const core::CapturedSegment& c) {
    const core::SegmentRecord& rec = trace.segments.at(static_cast<std::size_t>(c.seg));
    EXPECT_EQ(row[Field::TimeEpoch], epochText(c.t));
    EXPECT_EQ(row[Field::IpId], hexField(static_cast<std::uint32_t>(c.seg) & 0xffffu, 4));
    if (rec.protocol == core::Protocol::Udp)
        expectUdpMatches(row, rec);
    else
        expectTcpMatches(row, rec);
}

void expectWellFormed(const Row& row) {
    EXPECT_EQ(row[Field::Malformed], "") << "malformed packet";
    EXPECT_FALSE(hasSeverityError(row[Field::ExpertSeverity]))
        << "expert error, severities " << row[Field::ExpertSeverity];
    EXPECT_EQ(row[Field::IpChecksumStatus], kChecksumGood) << "IPv4 checksum";
}

void expectAnalysis(const Row& row, Expected expected) {
    const bool retransmission = !row[Field::Retransmission].empty();
    const bool outOfOrder = !row[Field::OutOfOrder].empty();
    const bool keepAlive = !row[Field::KeepAlive].empty();
    const std::string seen = std::string("tshark: retransmission ") +
                             (retransmission ? "yes" : "no") + ", out of order " +
                             (outOfOrder ? "yes" : "no") + ", keep-alive " +
                             (keepAlive ? "yes" : "no");
    switch (expected) {
    case Expected::NotRetransmission:
        EXPECT_TRUE(!retransmission && !keepAlive) << seen;
        break;
    case Expected::Retransmission:
        EXPECT_TRUE(retransmission && !keepAlive) << seen;
        break;
    case Expected::Reordered:
    case Expected::Repeated:
        EXPECT_TRUE((retransmission || outOfOrder) && !keepAlive) << seen;
        break;
    case Expected::KeepAlive:
        EXPECT_TRUE(keepAlive && !retransmission) << seen;
        break;
    }
}

class TsharkCapture : public testing::TestWithParam<fs::path> {
protected:
    void SetUp() override {
        const std::optional<std::string> found = capturetest::findTshark();
        if (!found)
            GTEST_SKIP() << "tshark is not installed (Debian package tshark; "
                            "./scripts/dev.sh test installs it)";
        m_tshark = *found;
    }
    void TearDown() override { fs::remove(m_capture); }

    void checkCaptureAt(const core::Trace& trace, core::HostId host) {
        const std::vector<core::CapturedSegment> captured = core::capturedSegments(trace, host);
        core::exportPcap(trace, host, m_capture.string());
        const std::vector<Row> rows = capturetest::readWithTshark(m_tshark, m_capture);
        ASSERT_EQ(rows.size(), captured.size());
        const auto expected = capturetest::expectedAnalysis(trace, captured);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            SCOPED_TRACE("frame " + std::to_string(i + 1) + ", segment #" +
                         std::to_string(captured[i].seg) + ", expected " +
                         std::string(capturetest::toString(expected[i].verdict)));
            expectWellFormed(rows[i]);
            expectHeaderMatches(rows[i], trace, captured[i]);
            expectAnalysis(rows[i], expected[i].verdict);
        }
    }

private:
    std::string m_tshark;
    fs::path m_capture =
        fs::temp_directory_path() / ("hl-tshark-test-" + std::to_string(::getpid()) + ".pcap");
};

core::Trace simulateFile(const std::string& relativePath) {
    return core::simulate(
        core::loadScenarioFile((fs::path(HL_SOURCE_DIR) / relativePath).string()));
}

// A captured segment: what the model says it is, and what tshark should say.
struct Judged {
    core::SegmentOrigin origin;
    capturetest::ExpectedPacket expected;
};

std::vector<Judged> judgedAt(const core::Trace& trace, const std::string& hostName) {
    const auto captured = core::capturedSegments(trace, *core::findHost(trace, hostName));
    const auto expected = capturetest::expectedAnalysis(trace, captured);
    std::vector<Judged> judged;
    for (std::size_t i = 0; i < captured.size(); ++i)
        judged.push_back(
            {trace.segments.at(static_cast<std::size_t>(captured[i].seg)).origin, expected[i]});
    return judged;
}

// How many captured segments have this origin and this verdict.
long countOf(const std::vector<Judged>& judged, core::SegmentOrigin origin, Expected verdict) {
    return std::count_if(judged.begin(), judged.end(), [&](const Judged& j) {
        return j.origin == origin && j.expected.verdict == verdict;
    });
}

} // namespace

// The test scenarios exercise every case where a capture and the model may
// disagree, so that the tshark test below checks each of them.
TEST(ExpectedAnalysis, everyDocumentedCaseOccursInTheTestScenarios) {
    using core::SegmentOrigin;
    const core::Trace lossy = simulateFile("tests/data/scenarios/lossy-transfer.json");
    const std::vector<Judged> atServer = judgedAt(lossy, "server");
    const std::vector<Judged> atClient = judgedAt(lossy, "client");
    EXPECT_GT(countOf(atClient, SegmentOrigin::Retransmission, Expected::Retransmission), 0);
    EXPECT_GT(countOf(atServer, SegmentOrigin::Normal, Expected::Reordered), 0);
    EXPECT_TRUE(std::any_of(atServer.begin(), atServer.end(), [](const Judged& j) {
        return j.origin == SegmentOrigin::Retransmission && j.expected.unseenRetransmission;
    }));

    const core::Trace simultaneous =
        simulateFile("resources/scenarios/setup-simultaneous-open.json");
    EXPECT_EQ(countOf(judgedAt(simultaneous, "alice"), SegmentOrigin::Normal, Expected::Repeated),
              2); // both SYN-ACKs

    const core::Trace cookies =
        simulateFile("tests/capture/scenarios/syn-cookies-lost-syn-ack.json");
    EXPECT_EQ(countOf(judgedAt(cookies, "server"), SegmentOrigin::SynCookie, Expected::Repeated),
              1);

    const core::Trace keepalive = simulateFile("resources/scenarios/keepalive-peer-alive.json");
    EXPECT_GT(
        countOf(judgedAt(keepalive, "client"), SegmentOrigin::KeepaliveProbe, Expected::KeepAlive),
        0);
    const core::Trace oneByte =
        simulateFile("tests/capture/scenarios/one-byte-retransmission.json");
    EXPECT_GT(
        countOf(judgedAt(oneByte, "client"), SegmentOrigin::Retransmission, Expected::KeepAlive),
        0);
}

TEST_P(TsharkCapture, atEachHost_tsharkReadsWhatTheTraceSays) {
    const core::Trace trace = core::simulate(core::loadScenarioFile(GetParam().string()));
    for (std::size_t host = 0; host < trace.hosts.size(); ++host) {
        SCOPED_TRACE("captured at " + trace.hosts[host].name);
        checkCaptureAt(trace, static_cast<core::HostId>(host));
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, TsharkCapture, testing::ValuesIn(scenarioFiles()),
                         [](const testing::TestParamInfo<fs::path>& param) {
                             std::string name = param.param.stem().string();
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
