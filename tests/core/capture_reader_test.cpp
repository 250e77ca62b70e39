// CaptureReader and listConnections() on the checked-in captures: pcap and
// pcapng, every link type recorded, and files that are not captures at all.
#include "capture_test_support.h"
#include "core/capture_reader.h"
#include "core/capture_scan.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <pcap/pcap.h>

using namespace capturetest;

namespace {

std::string errorOf(const std::string& path) {
    try {
        core::listConnections({path});
    } catch (const core::CaptureError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A pcap file of link type `linkType` with one 4-byte packet, in /tmp.
std::string pcapWithLinkType(int linkType) {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("hl-linktype-" + std::to_string(linkType) + ".pcap"))
            .string();
    pcap_t* dead = pcap_open_dead(linkType, 65535);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    pcap_pkthdr header{};
    header.caplen = header.len = 4;
    const u_char bytes[4] = {};
    pcap_dump(reinterpret_cast<u_char*>(dumper), &header, bytes);
    pcap_dump_close(dumper);
    pcap_close(dead);
    return path;
}

} // namespace

TEST(CaptureReader, pcapAndPcapng_giveTheSamePackets) {
    core::CaptureReader ng(capturePath("loopback-handshake.pcapng"));
    core::CaptureReader classic(capturePath("loopback-handshake.pcap"));
    EXPECT_EQ(ng.linkType(), core::kLinkEthernet);
    core::RawPacket a;
    core::RawPacket b;
    int packets = 0;
    while (ng.next(a)) {
        ASSERT_TRUE(classic.next(b));
        EXPECT_EQ(a.number, b.number);
        EXPECT_EQ(a.timeMicros, b.timeMicros);
        EXPECT_EQ(a.wireLength, b.wireLength);
        EXPECT_TRUE(std::equal(a.bytes.begin(), a.bytes.end(), b.bytes.begin(), b.bytes.end()));
        ++packets;
    }
    EXPECT_FALSE(classic.next(b));
    EXPECT_EQ(packets, 11);
}

TEST(CaptureReader, everyRecordedLinkType_isRead) {
    const std::pair<const char*, int> files[] = {
        {"loopback-handshake.pcapng", core::kLinkEthernet},
        {"cooked-sll.pcap", core::kLinkLinuxSll},
        {"cooked-sll2.pcapng", core::kLinkLinuxSll2},
        {"ref-normal-client-side.pcap", core::kLinkEthernet},
    };
    for (const auto& [name, linkType] : files) {
        const core::CaptureListing listing = core::listConnections({capturePath(name)});
        EXPECT_EQ(listing.files.at(0).linkType, linkType) << name;
        EXPECT_EQ(listing.files[0].tcpPackets, listing.files[0].packets) << name;
        ASSERT_EQ(listing.connections.size(), 1u) << name;
        EXPECT_EQ(listing.connections[0].end(), core::ConnectionEnd::Fin) << name;
    }
}

TEST(CaptureReader, notACapture_saysSoAndNamesTheFile) {
    const std::string garbage = capturePath("garbage.pcap");
    EXPECT_EQ(errorOf(garbage), garbage + ": not a pcap or pcapng file");
    EXPECT_EQ(errorOf(capturePath("tcp_actor.py")), capturePath("tcp_actor.py") +
                                                         ": not a pcap or pcapng file");
}

TEST(CaptureReader, truncatedFile_saysAfterWhichPacket) {
    const std::string path = capturePath("truncated.pcap");
    EXPECT_EQ(errorOf(path), path + ": truncated after packet 1");
}

TEST(CaptureReader, missingFile_givesTheSystemsReason) {
    EXPECT_EQ(errorOf("/no/such/dir/x.pcap"), "/no/such/dir/x.pcap: No such file or directory");
}

TEST(CaptureReader, unsupportedLinkType_isNamed) {
    const std::string path = pcapWithLinkType(DLT_IEEE802_11);
    EXPECT_EQ(errorOf(path), path + ": link type 105 (IEEE802_11) is not supported (Ethernet, "
                                    "Linux cooked, raw IP or loopback)");
    std::remove(path.c_str());
}

TEST(CaptureReader, everyCutOfAFile_opensOrFailsWithAMessage) {
    const std::string bytes = readAll(capturePath("loopback-handshake.pcapng"));
    for (std::size_t length = 0; length <= bytes.size(); length += 7) {
        const std::span data(reinterpret_cast<const std::uint8_t*>(bytes.data()), length);
        try {
            core::CaptureReader reader(data, "cut");
            core::RawPacket packet;
            while (reader.next(packet)) {
            }
        } catch (const core::CaptureError& e) {
            EXPECT_EQ(std::string(e.what()).rfind("cut: ", 0), 0u) << e.what();
        }
    }
}

TEST(CaptureScan, badHeaders_areCountedListedAndTheRestOpens) {
    const core::CaptureListing listing = core::listConnections({capturePath("bad-headers.pcap")});
    const core::CaptureFileStats& f = listing.files.at(0);
    EXPECT_EQ(f.packets, 11u);
    EXPECT_EQ(f.tcpPackets, 9u);
    EXPECT_EQ(f.malformed, 2u);
    ASSERT_EQ(f.problems.size(), 2u);
    EXPECT_EQ(f.problems[0], (core::DecodeProblem{1, 14, "IPv4 header length 4 words (< 5)"}));
    EXPECT_EQ(f.problems[1], (core::DecodeProblem{2, 46, "TCP data offset 3 words (< 5)"}));
    ASSERT_EQ(listing.connections.size(), 1u);
    EXPECT_EQ(listing.connections[0].packets[0] + listing.connections[0].packets[1], 9u);
}

TEST(CaptureScan, tooManyFiles_isRejected) {
    const std::string f = capturePath("rst-closed-port.pcap");
    EXPECT_THROW(core::listConnections({f, f, f}), std::invalid_argument);
    EXPECT_THROW(core::listConnections({}), std::invalid_argument);
}
