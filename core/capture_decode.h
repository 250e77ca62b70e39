#pragma once

#include "segment.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace core {

// Decoding one captured packet down to its TCP segment: link layer, IPv4 or
// IPv6, TCP. Nothing here allocates for a packet that is not TCP.

// An IPv4 or IPv6 address as the capture had it, in network byte order. IPv4
// uses the first four bytes.
struct IpAddress {
    std::array<std::uint8_t, 16> bytes{};
    bool v6 = false;
    friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
};

// "10.0.0.1", "::1" (RFC 5952's short form).
std::string toString(const IpAddress& address);
// A host name for an address, short and unambiguous next to a port:
// "10.0.0.1", "[::1]".
std::string hostName(const IpAddress& address);

// The link-layer types the decoder reads (libpcap's DLT_ values on Linux).
inline constexpr int kLinkNull = 0;       // BSD loopback, address family in host byte order
inline constexpr int kLinkEthernet = 1;   // with 802.1Q / 802.1ad VLAN tags
inline constexpr int kLinkRaw = 12;       // raw IP (LINKTYPE_RAW)
inline constexpr int kLinkLoop = 108;     // OpenBSD loopback, family in network byte order
inline constexpr int kLinkLinuxSll = 113; // Linux cooked capture v1
inline constexpr int kLinkIpv4 = 228;
inline constexpr int kLinkIpv6 = 229;
inline constexpr int kLinkLinuxSll2 = 276; // Linux cooked capture v2

bool isSupportedLinkType(int linkType);

// Packets that are not TCP, counted by kind.
enum class SkippedKind : std::uint8_t {
    Udp,
    Icmp,   // ICMP and ICMPv6
    Arp,
    Fragment, // an IP fragment: not reassembled (IPv4: all but the first; IPv6: all)
    OtherIp,  // another IP protocol (ESP, SCTP, GRE ...) or IPv6 "no next header"
    OtherLink, // a link-layer protocol other than IP and ARP (LLDP, IPX, 802.3 LLC ...)
};
inline constexpr std::size_t kSkippedKindCount = 6;
// "UDP", "ICMP", "ARP", "IP fragment", "other IP protocol", "other link-layer protocol"
std::string_view toString(SkippedKind kind);

// A TCP segment as captured.
struct TcpPacket {
    IpAddress src;
    IpAddress dst;
    Segment header;                   // every field but the payload
    std::uint32_t payloadLength = 0;  // from the IP length: what was sent
    std::string_view payload;         // what was captured of it (shorter with a snap length)
    std::optional<std::uint16_t> ipId; // IPv4 identification; IPv6 has none
};

struct SkippedPacket {
    SkippedKind kind = SkippedKind::OtherLink;
};

// A packet that cannot be decoded: where (a byte offset into the packet) and
// what was wrong, e.g. "IPv4 header length 4 words (< 5)".
struct MalformedPacket {
    std::size_t offset = 0;
    std::string what;
};

using DecodedPacket = std::variant<TcpPacket, SkippedPacket, MalformedPacket>;

// Decodes a packet of link type `linkType` (isSupportedLinkType() must hold)
// from the `bytes` captured. The views in the result point into `bytes`.
DecodedPacket decodePacket(int linkType, std::span<const std::uint8_t> bytes);

} // namespace core
