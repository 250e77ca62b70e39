// libFuzzer target for the scenario loader: any bytes go to parseScenario().
// A ScenarioError is the expected answer to bad input. Any other exception, a
// crash, a sanitizer report or a hang is a finding. A scenario that parses must
// come back unchanged through toJson() and parseScenario(), and a small one is
// simulated and its trace written, which must not crash either.
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/trace_format.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using core::Micros;
using namespace std::chrono_literals;

// Simulating is the slow part of an execution, so only small scenarios are
// simulated, cut at kMaxEnd of simulated time and after kMaxSteps connection
// steps: each execution stays in the milliseconds.
constexpr std::uint64_t kMaxPayload = 1024; // bytes of all send calls together
constexpr Micros kMaxEnd = 60s;
constexpr int kMaxSteps = 20'000;
// Without timers, a small scenario takes a few thousand steps at one instant
// at most (every byte in its own segment over links without delay). More means
// simulated time stands still: a simulation that never reaches its end time.
constexpr int kMaxStepsAtOneInstant = 10'000;

// Thrown by the observer to stop a simulation that has used its steps.
struct StepBudgetSpent {};

// Stops the run with the details, so that a finding can be read without a debugger.
[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "scenario_fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

// docs/scenario-format.md "Writing": reading what toJson() writes gives the
// same scenario, and writing that again gives the same text.
void checkRoundTrip(const core::Scenario& scenario) {
    const std::string written = core::toJson(scenario);
    core::Scenario reread;
    try {
        reread = core::parseScenario(written, "fuzz-written");
    } catch (const core::ScenarioError& e) {
        fail("parseScenario() rejects what toJson() wrote", std::string(e.what()) + '\n' + written);
    }
    const std::string rewritten = core::toJson(reread);
    if (rewritten != written)
        fail("toJson() of the re-read scenario differs", written + "---\n" + rewritten);
}

bool smallEnough(const core::Scenario& scenario) {
    std::uint64_t payload = 0;
    for (const core::AppAction& action : scenario.script) {
        const std::uint64_t bytes = action.bytes + action.text.size();
        if (bytes > kMaxPayload - payload)
            return false;
        payload += bytes;
    }
    return true;
}

void simulateBriefly(core::Scenario scenario) {
    scenario.endTime = std::min(scenario.endTime, kMaxEnd);
    int steps = 0;
    int stepsAtNow = 0;
    Micros lastNow{-1};
    const auto countStep = [&](Micros now, const core::Connection&) {
        stepsAtNow = now == lastNow ? stepsAtNow + 1 : 1;
        lastNow = now;
        if (stepsAtNow > kMaxStepsAtOneInstant)
            fail("simulated time stands still", core::toJson(scenario));
        if (++steps > kMaxSteps)
            throw StepBudgetSpent{};
    };
    try {
        const core::Trace trace = core::simulate(scenario, countStep);
        core::textTrace(trace);
        core::jsonLinesTrace(trace);
    } catch (const StepBudgetSpent&) {
        return; // a long run, not a finding
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    core::Scenario scenario;
    try {
        scenario = core::parseScenario(text, "fuzz");
    } catch (const core::ScenarioError&) {
        return 0; // rejected with a message: the expected answer to bad input
    }
    checkRoundTrip(scenario);
    if (smallEnough(scenario))
        simulateBriefly(scenario);
    return 0;
}
