// Scenario tests: the text trace of every built-in and test scenario against a
// checked-in expected file that a person has read. After an intended change,
// regenerate with HL_UPDATE_EXPECTED=1 and read the diff before committing.
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/trace_format.h"
#include "printers.h"
#include "trace_invariants.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> scenarioFiles() {
    std::vector<fs::path> files;
    for (const char* dir : {"/resources/scenarios", "/tests/data/scenarios"})
        for (const auto& entry : fs::directory_iterator(std::string(HL_SOURCE_DIR) + dir))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The first line where the two texts differ, for a readable failure.
std::string firstDifference(const std::string& expected, const std::string& actual) {
    std::istringstream e(expected);
    std::istringstream a(actual);
    std::string le;
    std::string la;
    for (int line = 1;; ++line) {
        const bool moreE = static_cast<bool>(std::getline(e, le));
        const bool moreA = static_cast<bool>(std::getline(a, la));
        if (!moreE && !moreA)
            return "no difference";
        if (le != la || moreE != moreA)
            return "line " + std::to_string(line) + "\n  expected: " + (moreE ? le : "<end>") +
                   "\n  actual:   " + (moreA ? la : "<end>");
    }
}

class ScenarioTrace : public testing::TestWithParam<fs::path> {};

TEST_P(ScenarioTrace, TextTraceMatchesExpectedFile) {
    const core::Scenario scenario = core::loadScenarioFile(GetParam().string());
    const std::string actual = core::textTrace(core::simulate(scenario));
    const fs::path expectedPath =
        fs::path(HL_SOURCE_DIR) / "tests/data/expected" / (GetParam().stem().string() + ".txt");
    if (std::getenv("HL_UPDATE_EXPECTED")) {
        std::ofstream(expectedPath, std::ios::binary) << actual;
        GTEST_SKIP() << "wrote " << expectedPath;
    }
    ASSERT_TRUE(fs::exists(expectedPath))
        << expectedPath << " is missing; run with HL_UPDATE_EXPECTED=1 and read it";
    const std::string expected = readFile(expectedPath);
    EXPECT_TRUE(expected == actual)
        << GetParam().filename().string() << ": " << firstDifference(expected, actual);
}

TEST_P(ScenarioTrace, KeepsTheInvariants) {
    const core::Scenario scenario = core::loadScenarioFile(GetParam().string());
    const std::vector<std::string> problems = testsupport::checkInvariants(scenario);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems.front());
}

std::string testName(const testing::TestParamInfo<fs::path>& info) {
    std::string name = info.param.stem().string();
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(AllScenarios, ScenarioTrace, testing::ValuesIn(scenarioFiles()), testName);

} // namespace
