#pragma once

#include "address.h"
#include "segment.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// Packets as bytes on the wire, in network byte order: one small function per
// layer (Ethernet II, IPv4, then TCP or UDP).

using MacAddress = std::array<std::uint8_t, 6>;

// The simulated network has no link layer. A capture still needs Ethernet
// addresses, so each IPv4 address gets a synthetic one: 02:00 followed by the
// four octets of the address (locally administered, unicast), e.g.
// 10.0.0.1 -> 02:00:0a:00:00:01. Distinct hosts get distinct addresses.
MacAddress syntheticMac(Address address);

// IP protocol numbers (IANA "Assigned Internet Protocol Numbers").
enum class IpProtocol : std::uint8_t { Tcp = 6, Udp = 17 };

inline constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
inline constexpr std::uint8_t kDefaultTtl = 64;

// The TCP segment as transmitted (RFC 9293 3.1): the fields of `header` as
// they are, its checksum included (not recomputed, so a capture shows what was
// sent), the options exactly as encodeOptions() writes them, then `payload`.
// header.payload is ignored. Throws std::invalid_argument when
// header.dataOffset does not match the options' wire length.
std::string encodeTcp(const Segment& header, std::string_view payload);

// The UDP datagram as transmitted (RFC 768): the ports and the checksum of
// `header` as they are, the length, then `payload`; the other fields of
// `header` are ignored. Throws std::invalid_argument when the datagram would
// exceed 65,535 bytes.
std::string encodeUdp(const Segment& header, std::string_view payload);

struct Ipv4Header {
    Address src;
    Address dst;
    IpProtocol protocol = IpProtocol::Tcp;
    std::uint16_t identification = 0;
    std::uint8_t ttl = kDefaultTtl;
};

// An IPv4 packet (RFC 791): a 20-byte header without options, with Don't
// Fragment set and the header checksum computed, followed by `transport`.
// Throws std::invalid_argument when the packet would exceed 65,535 bytes.
std::string encodeIpv4(const Ipv4Header& header, std::string_view transport);

// An Ethernet II frame as captures show it: destination, source, EtherType,
// payload; no preamble, no padding to 60 bytes, no frame check sequence.
std::string encodeEthernet(const MacAddress& dst, const MacAddress& src, std::uint16_t etherType,
                           std::string_view payload);

} // namespace core
