#pragma once

#include "command_line.h"
#include "core/capture_scan.h"
#include "core/trace.h"

#include <iosfwd>
#include <stdexcept>
#include <string>

namespace app {

// The command-line actions on captures (--capture FILE).

// A capture that cannot give what was asked (no TCP connection, --connection
// out of range). what() is the one-line message.
class CaptureChoiceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The connections as an aligned table, one per line, numbered from 1:
//  #  A  B  start  duration  packets  bytes A→B  bytes B→A  end
// start is seconds since the first TCP packet of the captures.
std::string connectionTable(const core::CaptureListing& listing);

// One "handshake-lab: FILE: ..." line per file that had packets which are
// not TCP or could not be decoded, and one per undecodable packet (at most
// ten per file). Nothing for a file of TCP only.
void writeCaptureNotes(const core::CaptureListing& listing, std::ostream& err);

// --capture ... --list-connections.
int listConnections(const CommandLine& commandLine, std::ostream& out, std::ostream& err);

// The trace of the connection the command line chose (--connection, default
// 1), after the notes and a line on how its times were obtained on `err`.
core::Trace traceOfCapture(const CommandLine& commandLine, std::ostream& err);

// --capture ... --export FILE.pcap: the chosen connection's packets as captured.
int extractCapturedConnection(const CommandLine& commandLine, std::ostream& err);

} // namespace app
