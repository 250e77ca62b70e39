#pragma once

#include "address.h"
#include "segment.h"

#include <cstdint>

namespace core {

// The TCP checksum over the IPv4 pseudo-header, header, options and payload
// (RFC 9293 3.1), with the checksum field taken as zero.
std::uint16_t tcpChecksum(Address src, Address dst, const Segment& seg);
// The UDP checksum (RFC 768) of a datagram with seg's ports and payload; a sum
// of 0 is sent as 0xffff, since 0 means "no checksum".
std::uint16_t udpChecksum(Address src, Address dst, const Segment& seg);

} // namespace core
