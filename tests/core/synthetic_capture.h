#pragma once

// A large capture written on the fly, for tests of progress and cancellation.

#include <cstdint>
#include <string>

namespace testsupport {

// Writes `connections` TCP connections of `packetsEach` packets (at least 6)
// to `path` as a classic pcap file (Ethernet, IPv4), one connection after the
// other, packets 10 µs apart. Connection k is 10.1.x.y:(20000 + k % 40000) ->
// 10.0.0.1:80: a handshake, `packetsEach` - 6 packets of 16 data bytes, A and
// B in turn (A first), then FIN-ACK both ways and the last ACK. Throws
// std::runtime_error when the file cannot be written.
void writeSyntheticCapture(const std::string& path, std::uint64_t connections,
                           std::uint64_t packetsEach);

} // namespace testsupport
