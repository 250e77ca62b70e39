#pragma once

#include "trace.h"

#include <ostream>
#include <string>

namespace core {

// Human-readable trace, like tcpdump plus state changes (docs/trace-format.md):
//   0.000000 client:49152 CLOSED -> SYN-SENT (active OPEN)
//   0.000000 #0 client:49152 > server:80 Flags [S], seq 100, win 65535, options [mss 1460], length
//   0 0.050000 #0 arrives at server:80
void writeTextTrace(const Trace& trace, std::ostream& out);
std::string textTrace(const Trace& trace);

// One JSON object per line (docs/trace-format.md). Byte-identical for equal traces.
void writeJsonLinesTrace(const Trace& trace, std::ostream& out);
std::string jsonLinesTrace(const Trace& trace);

// tcpdump's flag string: "S", "S.", ".", "P.", "F.", "R", "R." ...
std::string tcpdumpFlags(Flags flags);

} // namespace core
