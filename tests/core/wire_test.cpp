// Packets as bytes: Ethernet II, IPv4 and TCP headers, byte by byte.
#include "core/checksum.h"
#include "core/wire.h"
#include "printers.h"

#include <gtest/gtest.h>
#include <stdexcept>
#include <string>

namespace {

using core::Address;

std::string bytes(std::initializer_list<unsigned> values) {
    std::string out;
    for (const unsigned v : values)
        out += static_cast<char>(v);
    return out;
}

unsigned byteAt(const std::string& s, std::size_t i) {
    return static_cast<unsigned char>(s.at(i));
}

core::Segment synWithMss() {
    core::Segment syn;
    syn.srcPort = 49152;
    syn.dstPort = 80;
    syn.seq = core::SeqNum(100);
    syn.flags = core::Flag::Syn;
    syn.window = 65535;
    syn.options.mss = 1460;
    syn.updateDataOffset();
    syn.checksum = 0xbeef;
    return syn;
}

} // namespace

TEST(Wire, syntheticMac_is02_00_thenTheAddress) {
    const core::MacAddress mac = core::syntheticMac(Address{0x0a000001});
    EXPECT_EQ(mac, (core::MacAddress{0x02, 0x00, 0x0a, 0x00, 0x00, 0x01}));
    EXPECT_NE(core::syntheticMac(Address{0x0a000002}), mac);
}

TEST(Wire, internetChecksum_matchesRfc1071Example) {
    // The IPv4 header of RFC 1071's usual worked example (Wikipedia's
    // "Internet checksum"), checksum field zeroed: the checksum is 0xb861.
    const std::string header = bytes({0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
                                      0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7});
    EXPECT_EQ(core::internetChecksum(header), 0xb861);
    std::string filled = header;
    filled[10] = static_cast<char>(0xb8);
    filled[11] = static_cast<char>(0x61);
    EXPECT_EQ(core::internetChecksum(filled), 0);
}

TEST(Wire, encodeTcp_synWithMss_writesEveryFieldInNetworkOrder) {
    const std::string tcp = core::encodeTcp(synWithMss(), "");
    const std::string expected = bytes({0xc0, 0x00, 0x00, 0x50,   // ports
                                        0x00, 0x00, 0x00, 0x64,   // seq 100
                                        0x00, 0x00, 0x00, 0x00,   // ack
                                        0x60, 0x02, 0xff, 0xff,   // offset 6, SYN, window
                                        0xbe, 0xef, 0x00, 0x00,   // checksum, urgent
                                        0x02, 0x04, 0x05, 0xb4}); // MSS 1460
    EXPECT_EQ(tcp, expected);
}

TEST(Wire, encodeTcp_allOptions_areEncodeOptionsBytesAndOffsetMatches) {
    core::Segment seg = synWithMss();
    seg.options.sackPermitted = true;
    seg.options.timestamps = core::Timestamps{7, 0};
    seg.options.windowScale = 7;
    seg.updateDataOffset();
    const std::string tcp = core::encodeTcp(seg, "hello");
    const std::string options = core::encodeOptions(seg.options);
    ASSERT_EQ(tcp.size(), 20 + options.size() + 5);
    EXPECT_EQ(byteAt(tcp, 12) >> 4, seg.dataOffset);
    EXPECT_EQ(tcp.substr(20, options.size()), options);
    EXPECT_EQ(tcp.substr(20 + options.size()), "hello");
}

TEST(Wire, encodeTcp_dataOffsetNotMatchingOptions_throws) {
    core::Segment seg = synWithMss();
    seg.dataOffset = 5;
    EXPECT_THROW((void)core::encodeTcp(seg, ""), std::invalid_argument);
}

TEST(Wire, encodeUdp_portsLengthChecksumPayload) {
    core::Segment datagram;
    datagram.srcPort = 40000;
    datagram.dstPort = 9000;
    datagram.checksum = 0x1234;
    datagram.seq = core::SeqNum(7); // not part of a datagram
    EXPECT_EQ(core::encodeUdp(datagram, "hey"),
              bytes({0x9c, 0x40, 0x23, 0x28, 0x00, 0x0b, 0x12, 0x34}) + "hey");
    EXPECT_THROW((void)core::encodeUdp(datagram, std::string(65535 - 8 + 1, 'x')),
                 std::invalid_argument);
}

TEST(Wire, encodeIpv4_headerFieldsAndChecksum) {
    core::Ipv4Header header;
    header.src = Address{0x0a000001};
    header.dst = Address{0x0a000002};
    header.identification = 0x1234;
    const std::string packet = core::encodeIpv4(header, "abcd");
    ASSERT_EQ(packet.size(), 24u);
    EXPECT_EQ(packet.substr(0, 10), bytes({0x45, 0x00, 0x00, 0x18, 0x12, 0x34, 0x40, 0x00, 64, 6}));
    EXPECT_EQ(packet.substr(12, 8), bytes({10, 0, 0, 1, 10, 0, 0, 2}));
    header.protocol = core::IpProtocol::Udp;
    EXPECT_EQ(byteAt(core::encodeIpv4(header, ""), 9), 17u);
    EXPECT_EQ(core::internetChecksum(std::string_view(packet).substr(0, 20)), 0);
    EXPECT_EQ(packet.substr(20), "abcd");
}

TEST(Wire, encodeIpv4_over65535Bytes_throws) {
    const std::string big(65535 - 20 + 1, 'x');
    EXPECT_THROW((void)core::encodeIpv4(core::Ipv4Header{}, big), std::invalid_argument);
    EXPECT_NO_THROW((void)core::encodeIpv4(core::Ipv4Header{}, big.substr(1)));
}

TEST(Wire, encodeEthernet_destinationSourceTypePayload) {
    const std::string frame =
        core::encodeEthernet(core::syntheticMac(Address{0x0a000002}),
                             core::syntheticMac(Address{0x0a000001}), core::kEtherTypeIpv4, "ip");
    EXPECT_EQ(frame, bytes({2, 0, 10, 0, 0, 2, 2, 0, 10, 0, 0, 1, 0x08, 0x00}) + "ip");
}
