#pragma once

namespace app {

// The whole program: parses the command line, then either runs a command-line
// action (no display needed) or opens the main window. Returns the exit code.
int run(int argc, char* argv[]);

} // namespace app
