#include "simulate.h"

#include "simulator.h"

namespace core {

Trace simulate(const Scenario& scenario) {
    return Simulator(scenario).run();
}

Trace simulate(const Scenario& scenario, const ConnectionObserver& observe) {
    Simulator simulator(scenario);
    simulator.setObserver(observe);
    return simulator.run();
}

} // namespace core
