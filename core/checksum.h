#pragma once

#include "address.h"
#include "segment.h"

#include <cstdint>
#include <string_view>

namespace core {

// The TCP checksum over the IPv4 pseudo-header, header, options and payload
// (RFC 9293 3.1), with the checksum field taken as zero.
std::uint16_t tcpChecksum(Address src, Address dst, const Segment& seg);
// The UDP checksum (RFC 768) of a datagram with seg's ports and payload; a sum
// of 0 is sent as 0xffff, since 0 means "no checksum".
std::uint16_t udpChecksum(Address src, Address dst, const Segment& seg);

// The Internet checksum (RFC 1071) of `bytes`: the one's complement of their
// one's complement sum in 16-bit words, an odd last byte padded with zero. Over
// a header whose checksum field is filled in, it is 0 when the checksum is right.
std::uint16_t internetChecksum(std::string_view bytes);

} // namespace core
