#include "simulate.h"

#include "simulator.h"

namespace core {

Trace simulate(const Scenario& scenario) {
    return Simulator(scenario).run();
}

} // namespace core
