#pragma once

#include "trace.h"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace core {

// A capture file that could not be written. what() names the file and the
// reason: "cannot write capture 'out/x.pcap': No such file or directory".
class CaptureExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes what a capture on `host`'s interface would have recorded
// (capturedSegments() in capture_point.h) to `path` as a classic pcap file
// (libpcap; link type Ethernet; microsecond timestamps: the virtual time,
// counted from the Unix epoch). Each packet is an Ethernet II frame between the
// synthetic MAC addresses of its IPv4 source and destination (syntheticMac()),
// holding an IPv4 packet (identification: the segment id modulo 65536, TTL 64,
// Don't Fragment) holding the TCP segment, or UDP datagram, exactly as the
// trace recorded it, checksum included, with its payload (Trace::payloadOf()).
//
// Returns the number of packets written. Throws std::invalid_argument if
// `host` is not a host of the trace or a segment cannot be encoded, and
// CaptureExportError if the file cannot be written (a file already started
// is then left behind, possibly incomplete).
std::size_t exportPcap(const Trace& trace, HostId host, const std::string& path);

} // namespace core
