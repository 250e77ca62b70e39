#include "bench_scenarios.h"

#include "scenario_builder.h"

namespace testsupport {

using namespace std::chrono_literals;

core::Scenario manyConnections(int count, core::Micros apart, double loss) {
    auto b = ScenarioBuilder::clientServer();
    b.scenario().sockets.clear();
    b.scenario().script.clear();
    b.socket("srv", "server", 80).listenAt(core::Micros{0}, "srv");
    b.link(20ms, core::Micros{0}, loss).end(3600s);
    for (int i = 0; i < count; ++i) {
        const std::string c = "c" + std::to_string(i);
        b.socket(c, "client");
        b.connectAt(i * apart, c, "server", 80);
        b.sendWhen(core::State::Established, c, 1000);
        b.closeWhenReceived(1000, c);
        const std::string child = "srv/" + std::to_string(i + 1);
        b.sendWhenReceived(1000, child, 1000);
        b.closeWhen(core::State::CloseWait, child);
    }
    return b.build();
}

} // namespace testsupport
