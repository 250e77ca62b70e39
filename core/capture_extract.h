#pragma once

#include "capture_connections.h"

#include <cstddef>
#include <string>

namespace core {

// Copies the packets of `connection` (a row of listConnections()) from capture
// file `file` of `paths` to `out` as a classic pcap file: the link type,
// timestamps and bytes exactly as captured, like Wireshark's "Export
// Specified Packets" with a conversation filter. Returns the number of
// packets written. Throws CaptureError when the capture cannot be read and
// CaptureExportError (pcap_export.h) when `out` cannot be written.
std::size_t extractConnection(const std::string& path, std::size_t file,
                              const ConnectionSummary& connection, const std::string& out);

} // namespace core
