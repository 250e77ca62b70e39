// Random scenarios against the invariants every run must keep (trace_invariants.h).
#include "printers.h"
#include "random_scenario.h"
#include "trace_invariants.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace {

std::uint64_t scenarioCount() {
    if (const char* n = std::getenv("HL_PROPERTY_SCENARIOS"))
        return std::strtoull(n, nullptr, 10);
    return 10000;
}

TEST(Property, RandomScenariosKeepRfcInvariants) {
    const std::uint64_t count = scenarioCount();
    int failures = 0;
    for (std::uint64_t i = 0; i < count && failures < 5; ++i) {
        const std::vector<std::string> problems =
            testsupport::checkInvariants(testsupport::randomScenario(i));
        if (!problems.empty()) {
            ++failures;
            std::string all;
            for (const std::string& p : problems)
                all += "\n  " + p;
            ADD_FAILURE() << "random scenario " << i << ":" << all;
        }
    }
}

} // namespace
