#pragma once

#include "capture_connections.h"
#include "capture_reader.h"
#include "capture_scan.h"
#include "segment.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core {

// The packets of one connection, read again from its capture files (the list
// of connections keeps no packets).

struct ImportedPacket {
    bool fromA = true;
    Segment header; // every header field; header.payload stays empty
    std::uint32_t payloadLength = 0;
    std::string payload; // the bytes captured: payloadLength, or fewer with a snap length
    std::optional<std::uint16_t> ipId;
    // When each capture file recorded it, µs since the Unix epoch; nullopt:
    // that file does not have it.
    std::array<std::optional<std::int64_t>, kMaxCaptureFiles> seenAt{};
    // Its packet number in each file (0: not there).
    std::array<std::uint64_t, kMaxCaptureFiles> number{};

    // The earliest time a file recorded it.
    std::int64_t firstSeen() const;
    // SEG.LEN (RFC 9293 3.4): payload, plus one for SYN and one for FIN.
    std::uint32_t segLen() const { return header.segLen() + payloadLength; }
    SeqNum end() const { return header.seq + segLen(); }
};

struct ImportedConnection {
    ConnectionSummary summary;
    std::vector<std::string> files; // the capture files, as listConnections() was given them
    // In the order first seen (file order for equal times); with two files, a
    // packet both have is one entry (matched on direction, sequence and
    // acknowledgment numbers, flags, payload length and IPv4 identification).
    // traceFromConnection() and scenarioFromConnection() expect this order.
    std::vector<ImportedPacket> packets;
};

// The packets of `connection` that `reader`, capture file `file` of the
// listing, holds, in time order (file order for equal times). Throws
// CaptureError as CaptureReader does, and CaptureCancelled when `ticker` (may
// be null) was told to stop.
std::vector<ImportedPacket> readConnectionPackets(CaptureReader& reader, std::size_t file,
                                                  const ConnectionSummary& connection,
                                                  ProgressTicker* ticker = nullptr);

// Reads the packets of `connection` (a row of listConnections(paths)) from
// `paths`. Throws CaptureError when a file cannot be read.
ImportedConnection importConnection(const std::vector<std::string>& paths,
                                    const ConnectionSummary& connection);
// The same, reporting to `progress` (the total: the files that hold the
// connection); throws CaptureCancelled when it says stop. Reading stops at the
// connection's last packet, so the bytes read may not reach the total.
ImportedConnection importConnection(const std::vector<std::string>& paths,
                                    const ConnectionSummary& connection,
                                    const ScanProgress& progress);

} // namespace core
