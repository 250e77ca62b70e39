#pragma once

// Internal to hl_core: the "script" array of a scenario, the application calls.

#include "json_reader.h"
#include "scenario.h"

#include <vector>

namespace core::json {

// Reads the script. Socket names must be ids from `sockets`, or "<id>/<n>" for
// the n-th connection accepted by a socket that some action listens on.
std::vector<AppAction> readScript(const Node& script, const std::vector<HostSpec>& hosts,
                                  const std::vector<SocketSpec>& sockets);

// One action as the format writes it: trigger, socket, call, then the call's keys.
Json writeAction(const AppAction& action);

} // namespace core::json
