// Progress reports and cancellation while a capture is read.
#include "capture_test_support.h"
#include "core/capture_import.h"
#include "core/capture_scan.h"
#include "synthetic_capture.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

using capturetest::capturePath;

using Report = std::pair<std::uint64_t, std::uint64_t>; // bytes read, total

// A synthetic capture of 20 connections of 500 packets, deleted afterwards.
class CaptureProgress : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_path = (std::filesystem::temp_directory_path() /
                  ("hl-progress-" + std::to_string(::getpid()) + ".pcap"))
                     .string();
        testsupport::writeSyntheticCapture(s_path, 20, 500);
    }
    static void TearDownTestSuite() { std::filesystem::remove(s_path); }

    static core::ScanProgress recordingInto(std::vector<Report>& reports, bool keepGoing = true) {
        return {[&reports, keepGoing](std::uint64_t read, std::uint64_t total) {
            reports.emplace_back(read, total);
            return keepGoing;
        }};
    }

    static std::string s_path;
};
std::string CaptureProgress::s_path;

TEST_F(CaptureProgress, listConnections_reportsGrowingBytesUpToTheFileSize) {
    std::vector<Report> reports;
    const core::CaptureListing listing = core::listConnections({s_path}, recordingInto(reports));

    const std::uint64_t size = std::filesystem::file_size(s_path);
    // 10,000 packets: after packets 4096 and 8192, then at the end.
    ASSERT_EQ(reports.size(), 3u);
    EXPECT_GT(reports[0].first, 0u);
    EXPECT_LT(reports[0].first, reports[1].first);
    EXPECT_LT(reports[1].first, size);
    EXPECT_EQ(reports[2], Report(size, size));
    EXPECT_EQ(listing.connections.size(), 20u);
    EXPECT_EQ(listing.files.at(0).packets, 10'000u);
}

TEST_F(CaptureProgress, listConnections_sameListingWithAndWithoutProgress) {
    std::vector<Report> reports;
    const core::CaptureListing watched = core::listConnections({s_path}, recordingInto(reports));
    const core::CaptureListing plain = core::listConnections({s_path});
    ASSERT_EQ(watched.connections.size(), plain.connections.size());
    for (std::size_t i = 0; i < plain.connections.size(); ++i) {
        EXPECT_EQ(watched.connections[i].a, plain.connections[i].a);
        EXPECT_EQ(watched.connections[i].packets, plain.connections[i].packets);
        EXPECT_EQ(watched.connections[i].end(), core::ConnectionEnd::Fin);
    }
}

TEST_F(CaptureProgress, listConnections_toldToStop_throwsCaptureCancelledAtOnce) {
    std::vector<Report> reports;
    EXPECT_THROW(core::listConnections({s_path}, recordingInto(reports, false)),
                 core::CaptureCancelled);
    EXPECT_EQ(reports.size(), 1u);
}

TEST_F(CaptureProgress, listConnections_twoFiles_countTheTotalOfBoth) {
    std::vector<Report> reports;
    const std::string other = capturePath("loopback-handshake.pcap");
    core::listConnections({other, s_path}, recordingInto(reports));
    const std::uint64_t total =
        std::filesystem::file_size(s_path) + std::filesystem::file_size(other);
    ASSERT_EQ(reports.size(), 4u); // the small file's end, two inside the large one, its end
    EXPECT_EQ(reports[0], Report(std::filesystem::file_size(other), total));
    EXPECT_EQ(reports[3], Report(total, total));
}

TEST_F(CaptureProgress, smallCapture_reportsOnceAtTheEnd) {
    std::vector<Report> reports;
    const std::string path = capturePath("loopback-handshake.pcapng");
    core::listConnections({path}, recordingInto(reports));
    const std::uint64_t size = std::filesystem::file_size(path);
    EXPECT_EQ(reports, (std::vector<Report>{{size, size}}));
}

TEST_F(CaptureProgress, importConnection_sameAsWithout_andCanBeStopped) {
    const core::CaptureListing listing = core::listConnections({s_path});
    const core::ConnectionSummary& last = listing.connections.back();
    std::vector<Report> reports;
    const core::ImportedConnection watched =
        core::importConnection({s_path}, last, recordingInto(reports));
    EXPECT_EQ(watched.packets.size(), 500u);
    EXPECT_EQ(core::importConnection({s_path}, last).packets.size(), 500u);
    EXPECT_EQ(reports.back().first, reports.back().second);

    reports.clear();
    EXPECT_THROW(core::importConnection({s_path}, last, recordingInto(reports, false)),
                 core::CaptureCancelled);
    EXPECT_EQ(reports.size(), 1u);
}

TEST(CaptureReaderSize, readToTheEnd_positionIsTheFileSize) {
    core::CaptureReader reader(capturePath("loopback-handshake.pcap"));
    EXPECT_EQ(reader.size(), std::filesystem::file_size(capturePath("loopback-handshake.pcap")));
    core::RawPacket raw;
    while (reader.next(raw)) {
    }
    EXPECT_EQ(reader.position(), reader.size());
}

} // namespace
