#pragma once

#include "command_line.h"
#include "core/trace.h"

#include <iosfwd>

namespace app {

// --export FILE.png|svg|pdf: the trace drawn as the window draws it. Needs a
// QApplication (the offscreen platform will do). Writes a note on `err` naming
// the file(s) written; returns the exit code.
int exportImage(const CommandLine& commandLine, const core::Trace& trace, std::ostream& err);

} // namespace app
