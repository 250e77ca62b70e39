#pragma once

// Helpers for the capture import tests: packets as bytes, decoded packets,
// imported packets, and the checked-in captures.

#include "core/capture_connections.h"
#include "core/capture_decode.h"
#include "core/capture_import.h"
#include "core/trace.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace capturetest {

// tests/data/captures/<name>
std::string capturePath(const std::string& name);

core::Segment segment(core::Flags flags, std::uint32_t seq, std::uint32_t ack,
                      std::uint16_t srcPort = 40000, std::uint16_t dstPort = 80);

// The TCP segment as bytes, with its data offset set from its options.
std::string tcpBytes(core::Segment header, std::string_view payload = {});
// An IPv4 packet 10.0.0.1 -> 10.0.0.2 around `transport`.
std::string ipv4Bytes(std::string_view transport, std::uint8_t protocol = 6,
                      std::uint16_t id = 7);
// An IPv6 packet ::1 -> ::2: `extensions` (already chained, the first one's
// type in `next`) then `transport`.
std::string ipv6Bytes(std::string_view transport, std::uint8_t next,
                      std::string_view extensions = {});
std::string ethernetBytes(std::uint16_t etherType, std::string_view payload);

core::DecodedPacket decode(int linkType, const std::string& bytes);

core::IpAddress ipv4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d);
core::IpEndpoint endpoint(std::uint8_t last, core::Port port);

// A decoded TCP packet between two endpoints.
core::TcpPacket tcp(const core::IpEndpoint& from, const core::IpEndpoint& to, core::Flags flags,
                    std::uint32_t seq, std::uint32_t ack, std::uint32_t payload = 0);

// One packet of an imported connection, seen by capture file 0 at `t` µs.
core::ImportedPacket imported(bool fromA, core::Flags flags, std::uint32_t seq, std::uint32_t ack,
                              std::int64_t t, std::uint32_t payload = 0);

// "A CLOSED -> SYN-SENT (active OPEN)" for each state change of the trace,
// A and B for connections 0 and 1.
std::vector<std::string> stateChanges(const core::Trace& trace);

// The trace of connection `index` (from 0) of these captures.
core::Trace traceOf(const std::vector<std::string>& names, std::size_t index = 0);

} // namespace capturetest
