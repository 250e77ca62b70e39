#pragma once

#include "command_line.h"

#include <iosfwd>

namespace app {

// Runs an action that needs no window (everything but Action::OpenWindow),
// writing results to `out` and one "handshake-lab: ..." line per error to
// `err`. Returns the exit code.
int runCliAction(const CommandLine& commandLine, std::ostream& out, std::ostream& err);

// Prints "handshake-lab: <message>" on its own line.
void reportError(std::ostream& err, const std::string& message);

} // namespace app
