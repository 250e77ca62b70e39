// The pcap export, read back with libpcap: one packet per captured segment or
// datagram, at its virtual time, with headers and checksums that verify.
#include "core/capture_point.h"
#include "core/checksum.h"
#include "core/pcap_export.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/wire.h"
#include "printers.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <pcap/pcap.h>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Packet {
    std::int64_t micros = 0; // the timestamp
    std::string bytes;
};

struct PcapCloser {
    void operator()(pcap_t* p) const { pcap_close(p); }
};

std::vector<Packet> readCapture(const std::string& path, int* linkType = nullptr) {
    char error[PCAP_ERRBUF_SIZE] = {};
    const std::unique_ptr<pcap_t, PcapCloser> pcap(pcap_open_offline(path.c_str(), error));
    if (!pcap)
        throw std::runtime_error(error);
    if (linkType)
        *linkType = pcap_datalink(pcap.get());
    std::vector<Packet> packets;
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    while (pcap_next_ex(pcap.get(), &header, &data) == 1) {
        EXPECT_EQ(header->caplen, header->len);
        packets.push_back(
            {static_cast<std::int64_t>(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec,
             std::string(reinterpret_cast<const char*>(data), header->caplen)});
    }
    return packets;
}

std::uint32_t be16(const std::string& s, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s.at(at)) << 8 |
                                      static_cast<unsigned char>(s.at(at + 1)));
}
std::uint32_t be32(const std::string& s, std::size_t at) {
    return be16(s, at) << 16 | be16(s, at + 2);
}

// The TCP or UDP checksum checked from the bytes alone, as a receiver does:
// the sum over pseudo-header and segment, checksum field included, is zero.
bool transportChecksumVerifies(const std::string& ip) {
    const std::string transport = ip.substr(20);
    std::string pseudo = ip.substr(12, 8); // source and destination addresses
    pseudo += {0, ip.at(9), static_cast<char>(transport.size() >> 8),
               static_cast<char>(transport.size() & 0xff)};
    return core::internetChecksum(pseudo + transport) == 0;
}

void expectTcpShows(const std::string& tcp, const core::Trace& trace, core::SegId id) {
    const core::Segment& h = trace.segments.at(static_cast<std::size_t>(id)).header;
    EXPECT_EQ(be16(tcp, 0), h.srcPort);
    EXPECT_EQ(be16(tcp, 2), h.dstPort);
    EXPECT_EQ(be32(tcp, 4), h.seq.value());
    EXPECT_EQ(be32(tcp, 8), h.ack.value());
    const std::uint32_t offset = be16(tcp, 12) >> 12;
    EXPECT_EQ(offset, h.dataOffset);
    EXPECT_EQ(be16(tcp, 12) & 0xffu, h.flags.bits());
    EXPECT_EQ(be16(tcp, 14), h.window);
    EXPECT_EQ(be16(tcp, 16), h.checksum);
    const std::size_t headerBytes = std::size_t{offset} * 4;
    EXPECT_EQ(tcp.substr(20, headerBytes - 20), core::encodeOptions(h.options));
    EXPECT_EQ(tcp.substr(headerBytes), trace.payloadOf(id));
}

void expectUdpShows(const std::string& udp, const core::Trace& trace, core::SegId id) {
    const core::Segment& h = trace.segments.at(static_cast<std::size_t>(id)).header;
    EXPECT_EQ(be16(udp, 0), h.srcPort);
    EXPECT_EQ(be16(udp, 2), h.dstPort);
    EXPECT_EQ(be16(udp, 4), udp.size());
    EXPECT_EQ(be16(udp, 6), h.checksum);
    EXPECT_EQ(udp.substr(8), trace.payloadOf(id));
}

// Checks one packet against the segment it shows.
void expectPacketShows(const Packet& packet, const core::Trace& trace, core::SegId id) {
    SCOPED_TRACE("segment #" + std::to_string(id));
    const core::SegmentRecord& rec = trace.segments.at(static_cast<std::size_t>(id));
    const std::string& frame = packet.bytes;
    const core::MacAddress dst = core::syntheticMac(rec.dst);
    const core::MacAddress src = core::syntheticMac(rec.src);
    EXPECT_EQ(frame.substr(0, 12),
              std::string(dst.begin(), dst.end()) + std::string(src.begin(), src.end()));
    EXPECT_EQ(be16(frame, 12), 0x0800u);
    const std::string ip = frame.substr(14);
    EXPECT_EQ(be16(ip, 2), ip.size());
    EXPECT_EQ(be16(ip, 4), static_cast<std::uint32_t>(id) & 0xffffu);
    EXPECT_EQ(core::internetChecksum(std::string_view(ip).substr(0, 20)), 0) << "IPv4 checksum";
    EXPECT_EQ(be32(ip, 12), rec.src.v4);
    EXPECT_EQ(be32(ip, 16), rec.dst.v4);
    EXPECT_TRUE(transportChecksumVerifies(ip)) << "TCP or UDP checksum";
    if (rec.protocol == core::Protocol::Udp) {
        EXPECT_EQ(ip.at(9), 17);
        expectUdpShows(ip.substr(20), trace, id);
    } else {
        EXPECT_EQ(ip.at(9), 6);
        expectTcpShows(ip.substr(20), trace, id);
    }
}

class PcapExport : public testing::Test {
protected:
    void TearDown() override { fs::remove(m_path); }

    core::Trace simulateFile(const std::string& relativePath) const {
        return core::simulate(
            core::loadScenarioFile(std::string(HL_SOURCE_DIR) + "/" + relativePath));
    }

    // Exports at `host`, reads the file back, checks every packet.
    void exportAndCheck(const core::Trace& trace, core::HostId host) {
        const std::vector<core::CapturedSegment> expected = core::capturedSegments(trace, host);
        EXPECT_EQ(core::exportPcap(trace, host, m_path), expected.size());
        int linkType = -1;
        const std::vector<Packet> packets = readCapture(m_path, &linkType);
        EXPECT_EQ(linkType, DLT_EN10MB);
        ASSERT_EQ(packets.size(), expected.size());
        for (std::size_t i = 0; i < packets.size(); ++i) {
            EXPECT_EQ(packets[i].micros, expected[i].t.count()) << "packet " << i;
            expectPacketShows(packets[i], trace, expected[i].seg);
        }
    }

    std::string m_path =
        (fs::temp_directory_path() / ("hl-pcap-test-" + std::to_string(::getpid()) + ".pcap"))
            .string();
};

} // namespace

TEST_F(PcapExport, everyRecordedChecksum_agreesWithTheTcpOrUdpChecksum) {
    for (const char* file :
         {"resources/scenarios/default.json", "tests/data/scenarios/lossy-transfer.json",
          "resources/scenarios/teardown-three-segments.json",
          "tests/capture/scenarios/udp-datagrams.json"}) {
        const core::Trace trace = simulateFile(file);
        for (std::size_t i = 0; i < trace.segments.size(); ++i) {
            const core::SegmentRecord& rec = trace.segments[i];
            core::Segment seg = rec.header;
            seg.payload = std::string(trace.payloadOf(static_cast<core::SegId>(i)));
            const std::uint16_t expected = rec.protocol == core::Protocol::Udp
                                               ? core::udpChecksum(rec.src, rec.dst, seg)
                                               : core::tcpChecksum(rec.src, rec.dst, seg);
            EXPECT_EQ(rec.header.checksum, expected) << file << " #" << i;
        }
    }
}

TEST_F(PcapExport, defaultScenario_atServer_elevenPacketsFromFirstSynToLastAck) {
    const core::Trace trace = simulateFile("resources/scenarios/default.json");
    exportAndCheck(trace, 1);
    const std::vector<Packet> packets = readCapture(m_path);
    ASSERT_EQ(packets.size(), 11u);             // every segment: nothing is lost
    EXPECT_EQ(packets.front().micros, 150'000); // the SYN arrives at the server
    EXPECT_EQ(packets.back().micros, 450'000);  // the last ACK arrives
}

TEST_F(PcapExport, defaultScenario_atClient) {
    exportAndCheck(simulateFile("resources/scenarios/default.json"), 0);
    EXPECT_EQ(readCapture(m_path).front().micros, 100'000); // the client sends its SYN
}

TEST_F(PcapExport, lossyTransfer_eachHostShowsWhatPassedIt) {
    const core::Trace trace = simulateFile("tests/data/scenarios/lossy-transfer.json");
    exportAndCheck(trace, 0);
    const std::size_t atClient = readCapture(m_path).size();
    exportAndCheck(trace, 1);
    const std::size_t atServer = readCapture(m_path).size();
    EXPECT_LT(atClient, trace.segments.size() * 2);
    EXPECT_LT(atServer, trace.segments.size());
}

TEST_F(PcapExport, linuxOptions_areOnTheWireAsEncoded) {
    exportAndCheck(simulateFile("resources/scenarios/teardown-three-segments.json"), 1);
}

TEST_F(PcapExport, udpDatagrams_andOneForNoSocket_atEachHost) {
    const core::Trace trace = simulateFile("tests/capture/scenarios/udp-datagrams.json");
    exportAndCheck(trace, 0);
    EXPECT_EQ(readCapture(m_path).size(), 4u); // the client sends four datagrams
    exportAndCheck(trace, 1);
    EXPECT_EQ(readCapture(m_path).size(), 3u); // one is lost; no socket takes the last one
}

TEST_F(PcapExport, missingDirectory_errorNamesPathAndReason) {
    const core::Trace trace = simulateFile("resources/scenarios/default.json");
    const std::string path = "/nonexistent-dir-hl/out.pcap";
    try {
        core::exportPcap(trace, 1, path);
        FAIL() << "no error";
    } catch (const core::CaptureExportError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot write capture '" + path + "': No such file or directory");
    }
}

TEST_F(PcapExport, fullDisk_errorNamesPathAndReason) {
    if (!fs::exists("/dev/full"))
        GTEST_SKIP() << "no /dev/full on this system";
    const core::Trace trace = simulateFile("resources/scenarios/default.json");
    try {
        core::exportPcap(trace, 1, "/dev/full");
        FAIL() << "no error";
    } catch (const core::CaptureExportError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "cannot write capture '/dev/full': No space left on device");
    }
}

TEST_F(PcapExport, unknownHost_throwsInvalidArgument) {
    const core::Trace trace = simulateFile("resources/scenarios/default.json");
    EXPECT_THROW(core::exportPcap(trace, 2, m_path), std::invalid_argument);
    EXPECT_THROW(core::exportPcap(trace, core::kNone, m_path), std::invalid_argument);
}
