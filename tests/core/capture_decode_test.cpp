// decodePacket(): every supported link layer, IPv4 and IPv6, TCP options,
// what is skipped and what is malformed.
#include "capture_test_support.h"
#include "core/capture_decode.h"

#include <gtest/gtest.h>

using namespace capturetest;
using core::Flag;
using core::MalformedPacket;
using core::SkippedKind;
using core::SkippedPacket;
using core::TcpPacket;

namespace {

core::Segment synWithOptions() {
    core::Segment s = segment(Flag::Syn, 1000, 0);
    s.options.mss = 1460;
    s.options.windowScale = 7;
    s.options.sackPermitted = true;
    s.options.timestamps = core::Timestamps{11, 22};
    return s;
}

// A copy: its payload still points into the packet's bytes, which the test keeps.
TcpPacket asTcp(const core::DecodedPacket& p) {
    const auto* tcp = std::get_if<TcpPacket>(&p);
    EXPECT_NE(tcp, nullptr);
    return tcp ? *tcp : TcpPacket{};
}

SkippedKind skippedKind(const core::DecodedPacket& p) {
    const auto* skipped = std::get_if<SkippedPacket>(&p);
    EXPECT_NE(skipped, nullptr);
    return skipped ? skipped->kind : SkippedKind::OtherLink;
}

MalformedPacket malformed(const core::DecodedPacket& p) {
    const auto* bad = std::get_if<MalformedPacket>(&p);
    EXPECT_NE(bad, nullptr);
    return bad ? *bad : MalformedPacket{};
}

} // namespace

TEST(CaptureDecode, ethernetIpv4Syn_readsEveryHeaderFieldAndOption) {
    const std::string frame = ethernetBytes(0x0800, ipv4Bytes(tcpBytes(synWithOptions()), 6, 4242));
    const TcpPacket p = asTcp(decode(core::kLinkEthernet, frame));
    EXPECT_EQ(toString(p.src), "10.0.0.1");
    EXPECT_EQ(toString(p.dst), "10.0.0.2");
    EXPECT_EQ(p.ipId, 4242);
    EXPECT_EQ(p.header.srcPort, 40000);
    EXPECT_EQ(p.header.dstPort, 80);
    EXPECT_EQ(p.header.seq.value(), 1000u);
    EXPECT_EQ(p.header.flags, core::Flags(Flag::Syn));
    EXPECT_EQ(p.header.window, 1000);
    EXPECT_EQ(p.header.dataOffset, 10);
    EXPECT_EQ(p.header.options, synWithOptions().options);
    EXPECT_EQ(p.payloadLength, 0u);
}

TEST(CaptureDecode, payload_lengthFromIpAndBytesAsCaptured) {
    const std::string frame =
        ethernetBytes(0x0800, ipv4Bytes(tcpBytes(segment(Flag::Ack | Flag::Psh, 1, 2), "hello")));
    EXPECT_EQ(asTcp(decode(core::kLinkEthernet, frame)).payload, "hello");
    // A snap length that cut the payload: the length is still what was sent.
    const std::string snapped = frame.substr(0, frame.size() - 3);
    const TcpPacket cut = asTcp(decode(core::kLinkEthernet, snapped));
    EXPECT_EQ(cut.payloadLength, 5u);
    EXPECT_EQ(cut.payload, "he");
}

TEST(CaptureDecode, ethernetPadding_isNotPayload) {
    const std::string frame =
        ethernetBytes(0x0800, ipv4Bytes(tcpBytes(segment(Flag::Ack, 1, 2)))) + std::string(6, '\0');
    EXPECT_EQ(asTcp(decode(core::kLinkEthernet, frame)).payloadLength, 0u);
}

TEST(CaptureDecode, vlanTags_areSteppedOver) {
    const std::string ip = ipv4Bytes(tcpBytes(segment(Flag::Syn, 5, 0)));
    const std::string tagged = ethernetBytes(0x8100, std::string("\x00\x0a\x08\x00", 4) + ip);
    EXPECT_EQ(asTcp(decode(core::kLinkEthernet, tagged)).header.seq.value(), 5u);
    const std::string qinq =
        ethernetBytes(0x88a8, std::string("\x00\x01\x81\x00\x00\x0a\x08\x00", 8) + ip);
    EXPECT_EQ(asTcp(decode(core::kLinkEthernet, qinq)).header.seq.value(), 5u);
}

TEST(CaptureDecode, linuxCookedV1AndV2_readTheProtocolField) {
    const std::string ip = ipv4Bytes(tcpBytes(segment(Flag::Syn, 9, 0)));
    std::string sll(16, '\0');
    sll[14] = '\x08';
    EXPECT_EQ(asTcp(decode(core::kLinkLinuxSll, sll + ip)).header.seq.value(), 9u);
    std::string sll2(20, '\0');
    sll2[0] = '\x08';
    EXPECT_EQ(asTcp(decode(core::kLinkLinuxSll2, sll2 + ip)).header.seq.value(), 9u);
}

TEST(CaptureDecode, bsdLoopback_familyInEitherByteOrder) {
    const std::string ip = ipv4Bytes(tcpBytes(segment(Flag::Syn, 3, 0)));
    const std::string v6 = ipv6Bytes(tcpBytes(segment(Flag::Syn, 4, 0)), 6);
    EXPECT_EQ(asTcp(decode(core::kLinkNull, std::string("\x02\0\0\0", 4) + ip)).header.seq.value(), 3u);
    EXPECT_EQ(asTcp(decode(core::kLinkNull, std::string("\0\0\0\x02", 4) + ip)).header.seq.value(), 3u);
    EXPECT_EQ(asTcp(decode(core::kLinkLoop, std::string("\0\0\0\x02", 4) + ip)).header.seq.value(), 3u);
    EXPECT_EQ(asTcp(decode(core::kLinkNull, std::string("\x1e\0\0\0", 4) + v6)).header.seq.value(), 4u);
    EXPECT_EQ(skippedKind(decode(core::kLinkNull, std::string("\x07\0\0\0", 4) + ip)),
              SkippedKind::OtherLink);
}

TEST(CaptureDecode, rawIp_versionNibbleChoosesIpv4OrIpv6) {
    const TcpPacket v4 = asTcp(decode(core::kLinkRaw, ipv4Bytes(tcpBytes(segment(Flag::Syn, 1, 0)))));
    EXPECT_FALSE(v4.src.v6);
    const TcpPacket v6 = asTcp(decode(core::kLinkIpv6, ipv6Bytes(tcpBytes(segment(Flag::Syn, 1, 0)), 6)));
    EXPECT_TRUE(v6.src.v6);
    EXPECT_EQ(hostName(v6.src), "[::1]");
    EXPECT_FALSE(v6.ipId);
    EXPECT_EQ(malformed(decode(core::kLinkRaw, std::string("\x50\0\0\0", 4))).what,
              "raw IP packet of version 5");
}

TEST(CaptureDecode, ipv6ExtensionHeaders_areSteppedOver) {
    // Hop-by-hop (8 bytes) -> destination options (16 bytes) -> TCP.
    std::string ext(8, '\0');
    ext[0] = 60;
    std::string dest(16, '\0');
    dest[0] = 6;
    dest[1] = 1;
    const std::string tcp = tcpBytes(segment(Flag::Ack, 77, 1), "abc");
    const TcpPacket p = asTcp(decode(core::kLinkIpv6, ipv6Bytes(tcp, 0, ext + dest)));
    EXPECT_EQ(p.header.seq.value(), 77u);
    EXPECT_EQ(p.payloadLength, 3u);
}

TEST(CaptureDecode, fragments_areSkipped) {
    std::string v4 = ipv4Bytes(tcpBytes(segment(Flag::Ack, 1, 1), "data"));
    v4[6] = 0x20; // more fragments, offset 0: the first fragment is decoded
    EXPECT_EQ(asTcp(decode(core::kLinkRaw, v4)).payloadLength, 4u);
    v4[7] = 0x10; // offset 16 * 8 bytes
    EXPECT_EQ(skippedKind(decode(core::kLinkRaw, v4)), SkippedKind::Fragment);
    EXPECT_EQ(skippedKind(decode(core::kLinkIpv6, ipv6Bytes(std::string(16, '\0'), 44))),
              SkippedKind::Fragment);
}

TEST(CaptureDecode, otherProtocols_areSkippedByKind) {
    EXPECT_EQ(skippedKind(decode(core::kLinkRaw, ipv4Bytes(std::string(8, '\0'), 17))),
              SkippedKind::Udp);
    EXPECT_EQ(skippedKind(decode(core::kLinkRaw, ipv4Bytes(std::string(8, '\0'), 1))),
              SkippedKind::Icmp);
    EXPECT_EQ(skippedKind(decode(core::kLinkIpv6, ipv6Bytes(std::string(8, '\0'), 58))),
              SkippedKind::Icmp);
    EXPECT_EQ(skippedKind(decode(core::kLinkRaw, ipv4Bytes(std::string(8, '\0'), 47))),
              SkippedKind::OtherIp);
    EXPECT_EQ(skippedKind(decode(core::kLinkEthernet, ethernetBytes(0x0806, std::string(28, '\0')))),
              SkippedKind::Arp);
    EXPECT_EQ(skippedKind(decode(core::kLinkEthernet, ethernetBytes(0x88cc, std::string(20, '\0')))),
              SkippedKind::OtherLink);
}

TEST(CaptureDecode, badIpv4Header_saysWhereAndWhat) {
    std::string frame = ethernetBytes(0x0800, ipv4Bytes(tcpBytes(segment(Flag::Syn, 1, 0))));
    frame[14] = 0x44;
    const MalformedPacket bad = malformed(decode(core::kLinkEthernet, frame));
    EXPECT_EQ(bad.offset, 14u);
    EXPECT_EQ(bad.what, "IPv4 header length 4 words (< 5)");
    frame[14] = 0x45;
    frame[16] = 0;
    frame[17] = 10; // total length 10 < 20
    EXPECT_EQ(malformed(decode(core::kLinkEthernet, frame)).what,
              "IPv4 total length 10 shorter than its header (20)");
}

TEST(CaptureDecode, badTcpDataOffset_saysWhereAndWhat) {
    std::string ip = ipv4Bytes(tcpBytes(segment(Flag::Syn, 1, 0)));
    ip[20 + 12] = 0x30;
    MalformedPacket bad = malformed(decode(core::kLinkRaw, ip));
    EXPECT_EQ(bad.offset, 32u);
    EXPECT_EQ(bad.what, "TCP data offset 3 words (< 5)");
    ip[20 + 12] = static_cast<char>(0xf0);
    EXPECT_EQ(malformed(decode(core::kLinkRaw, ip)).what,
              "TCP data offset 15 words, longer than the segment (20 bytes)");
}

TEST(CaptureDecode, packetCutInsideAHeader_isMalformedNeverReadPast) {
    const std::string frame = ethernetBytes(0x0800, ipv4Bytes(tcpBytes(synWithOptions())));
    for (std::size_t length = 0; length < 14 + 20 + 40; ++length) {
        const core::DecodedPacket p = decode(core::kLinkEthernet, frame.substr(0, length));
        EXPECT_TRUE(std::holds_alternative<MalformedPacket>(p)) << length;
    }
    EXPECT_EQ(malformed(decode(core::kLinkEthernet, frame.substr(0, 30))).what,
              "IPv4 header cut short: needs 20 bytes, 16 captured");
}

TEST(CaptureDecode, malformedOption_endsTheOptionList) {
    core::Segment s = segment(Flag::Syn, 1, 0);
    s.options.mss = 1400;
    std::string tcp = tcpBytes(s);
    tcp += std::string("\x03\x09\x07\x00", 4); // window scale claiming 9 bytes
    tcp[12] = 0x70;                            // 7 words
    const TcpPacket p = asTcp(decode(core::kLinkRaw, ipv4Bytes(tcp)));
    EXPECT_EQ(p.header.options.mss, 1400);
    EXPECT_FALSE(p.header.options.windowScale);
}

TEST(CaptureDecode, addresses_printShort) {
    EXPECT_EQ(hostName(ipv4(127, 0, 0, 1)), "127.0.0.1");
    core::IpAddress v6;
    v6.v6 = true;
    v6.bytes = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(hostName(v6), "[2001:db8::1]");
    EXPECT_EQ(toString(core::IpEndpoint{v6, 443}), "[2001:db8::1]:443");
}
