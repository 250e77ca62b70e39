// The capture import against tshark on the same files: every TCP packet
// decodes to the header fields tshark reads, the connections are tshark's TCP
// streams, and the segments marked as retransmissions and keep-alives are
// those tshark's sequence analysis marks.
#include "capture_test_support.h"
#include "core/capture_scan.h"
#include "core/capture_trace.h"
#include "tshark.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using capturetest::Row;

const char* const kFields = "-T fields -E separator=/t -E occurrence=a -E aggregator=, "
                            "-e frame.number -e tcp.srcport -e tcp.dstport -e tcp.seq_raw "
                            "-e tcp.ack_raw -e tcp.flags -e tcp.len -e tcp.hdr_len "
                            "-e tcp.window_size_value -e tcp.options.mss_val "
                            "-e tcp.options.wscale.shift -e tcp.option_kind "
                            "-e tcp.options.timestamp.tsval -e tcp.options.timestamp.tsecr -e ip.id "
                            "-Y tcp";

// The captures that open: every one in the directory but the broken ones.
std::vector<fs::path> readableCaptures() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(capturetest::capturePath("")))
        if ((entry.path().extension() == ".pcap" || entry.path().extension() == ".pcapng") &&
            entry.path().filename() != "garbage.pcap" && entry.path().filename() != "truncated.pcap")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string hex(std::uint32_t value, int digits) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%0*x", digits, value);
    return text;
}

std::string optional(const auto& value) {
    return value ? std::to_string(*value) : std::string();
}

// What tshark prints for the packet, from our decoding.
Row rowOf(std::uint64_t number, const core::TcpPacket& p) {
    const core::Segment& s = p.header;
    const core::Options& o = s.options;
    return {std::to_string(number),
            std::to_string(s.srcPort),
            std::to_string(s.dstPort),
            std::to_string(s.seq.value()),
            std::to_string(s.ack.value()),
            hex(s.flags.bits(), 4),
            std::to_string(p.payloadLength),
            std::to_string(s.dataOffset * 4),
            std::to_string(s.window),
            optional(o.mss),
            optional(o.windowScale),
            o.sackPermitted ? "4" : "-",
            o.timestamps ? std::to_string(o.timestamps->value) : "",
            o.timestamps ? std::to_string(o.timestamps->echoReply) : "",
            p.ipId ? hex(*p.ipId, 4) : ""};
}

// tshark's row, with the option kinds reduced to whether SACK-permitted (4) is there.
Row normalised(Row row) {
    std::string& kinds = row.at(11);
    kinds = ("," + kinds + ",").find(",4,") != std::string::npos ? "4" : "-";
    return row;
}

std::map<std::uint64_t, Row> ourRows(const fs::path& file) {
    std::map<std::uint64_t, Row> rows;
    core::CaptureReader reader(file.string());
    core::CaptureFileStats stats;
    core::forEachTcpPacket(reader, stats, [&](const core::RawPacket& raw, const core::TcpPacket& p) {
        rows.emplace(raw.number, rowOf(raw.number, p));
        return true;
    });
    return rows;
}

class TsharkImport : public ::testing::Test {
protected:
    void SetUp() override {
        m_tshark = capturetest::findTshark();
        if (!m_tshark)
            GTEST_SKIP() << "tshark is not on PATH (./scripts/dev.sh test installs it)";
    }
    std::optional<std::string> m_tshark;
};

} // namespace

TEST_F(TsharkImport, everyTcpPacket_decodesToTsharksHeaderFields) {
    for (const fs::path& file : readableCaptures()) {
        const std::map<std::uint64_t, Row> ours = ourRows(file);
        std::size_t compared = 0;
        for (const Row& row : capturetest::runTshark(*m_tshark, file, kFields)) {
            const std::uint64_t number = std::stoull(row.at(0));
            const auto it = ours.find(number);
            if (it == ours.end()) {
                // Only bad-headers.pcap's packet 2 is TCP to tshark and malformed to us.
                EXPECT_EQ(file.filename().string() + " #" + row[0], "bad-headers.pcap #2");
                continue;
            }
            EXPECT_EQ(it->second, normalised(row)) << file.filename();
            ++compared;
        }
        EXPECT_EQ(compared, ours.size()) << file.filename();
    }
}

TEST_F(TsharkImport, connections_areTsharksTcpStreams) {
    for (const fs::path& file : readableCaptures()) {
        std::map<std::string, std::uint64_t> streams;
        for (const Row& row : capturetest::runTshark(*m_tshark, file, "-T fields -e tcp.stream -Y tcp"))
            ++streams[row.at(0)];
        std::vector<std::uint64_t> theirs;
        for (const auto& [stream, packets] : streams)
            theirs.push_back(packets);
        std::vector<std::uint64_t> ours;
        for (const core::ConnectionSummary& c : core::listConnections({file.string()}).connections)
            ours.push_back(c.packets[0] + c.packets[1]);
        std::sort(theirs.begin(), theirs.end());
        std::sort(ours.begin(), ours.end());
        if (file.filename() == "bad-headers.pcap")
            theirs.back() -= 1; // the packet tshark decodes and we cannot
        EXPECT_EQ(ours, theirs) << file.filename();
    }
}

TEST_F(TsharkImport, retransmissionsAndKeepalives_areTsharksToo) {
    for (const fs::path& file : readableCaptures()) {
        if (file.filename() == "bad-headers.pcap")
            continue; // tshark calls packets retransmissions after the SYN-ACK it could not read
        const std::string fields = "-T fields -e tcp.srcport -e tcp.seq_raw -e tcp.len "
                                   "-e tcp.analysis.retransmission -e tcp.analysis.keep_alive -Y tcp";
        std::vector<std::string> theirs;
        for (const Row& row : capturetest::runTshark(*m_tshark, file, fields))
            if (!row.at(3).empty() || !row.at(4).empty())
                theirs.push_back(row[0] + ' ' + row[1] + ' ' + row[2] + (row[4].empty() ? " R" : " K"));
        std::vector<std::string> ours;
        const core::CaptureListing listing = core::listConnections({file.string()});
        for (std::size_t i = 0; i < listing.connections.size(); ++i) {
            const core::Trace t = core::traceFromConnection(
                core::importConnection({file.string()}, listing.connections[i]));
            for (const core::SegmentRecord& r : t.segments)
                if (r.origin == core::SegmentOrigin::Retransmission ||
                    r.origin == core::SegmentOrigin::KeepaliveProbe)
                    ours.push_back(std::to_string(r.header.srcPort) + ' ' +
                                   std::to_string(r.header.seq.value()) + ' ' +
                                   std::to_string(r.payloadLength) +
                                   (r.origin == core::SegmentOrigin::KeepaliveProbe ? " K" : " R"));
        }
        std::sort(theirs.begin(), theirs.end());
        std::sort(ours.begin(), ours.end());
        EXPECT_EQ(ours, theirs) << file.filename();
    }
}
