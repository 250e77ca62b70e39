#include "simulate.h"

namespace core {

Trace simulate(const Scenario& scenario) {
    Trace trace;
    for (const HostSpec& h : scenario.hosts)
        trace.hosts.push_back(HostInfo{h.name, h.address});
    return trace;
}

} // namespace core
