// The Mermaid and PlantUML exports of a few library scenarios, compared with
// checked-in files: regenerate with HL_UPDATE_EXPECTED=1 and read the diff
// before committing.

#include "core/scenario_json.h"
#include "core/simulate.h"
#include "ui/sequence_layout.h"
#include "ui/text_diagram.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;

namespace {

ui::SequenceDiagram diagramOf(const std::string& id) {
    const core::Scenario scenario =
        core::loadScenarioFile(std::string(HL_SOURCE_DIR) + "/resources/scenarios/" + id + ".json");
    return ui::layoutSequence(core::simulate(scenario), ui::SequenceOptions{});
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void expectMatchesFile(const std::string& actual, const std::string& fileName) {
    const fs::path path = fs::path(HL_SOURCE_DIR) / "tests/data/expected" / fileName;
    if (std::getenv("HL_UPDATE_EXPECTED")) {
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "wrote " << path;
    }
    ASSERT_TRUE(fs::exists(path)) << path << " is missing; run with HL_UPDATE_EXPECTED=1";
    EXPECT_EQ(readFile(path), actual) << fileName;
}

class TextDiagram : public testing::TestWithParam<std::string> {};

TEST_P(TextDiagram, mermaidMatchesExpectedFile) {
    expectMatchesFile(ui::toMermaid(diagramOf(GetParam())), GetParam() + ".mmd");
}

TEST_P(TextDiagram, plantUmlMatchesExpectedFile) {
    expectMatchesFile(ui::toPlantUml(diagramOf(GetParam())), GetParam() + ".puml");
}

INSTANTIATE_TEST_SUITE_P(Library, TextDiagram,
                         testing::Values("default", "loss-syn", "setup-simultaneous-open",
                                         "rst-injection-in-window"),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(TextDiagram, lostSegment_isACrossedMessage_inBothFormats) {
    const ui::SequenceDiagram d = diagramOf("loss-syn");
    // The client's lane is P1: the server listens first.
    EXPECT_NE(ui::toMermaid(d).find("P1-xP0: SYN seq=100 (lost)\n"), std::string::npos);
    EXPECT_NE(ui::toPlantUml(d).find("P1 ->x P0 : SYN seq=100 (lost)\n"), std::string::npos);
}

TEST(TextDiagram, timeWait_becomesAGapThatSaysHowLong) {
    const ui::SequenceDiagram d = diagramOf("default");
    ASSERT_FALSE(d.axis.breaks().empty());
    EXPECT_NE(ui::toPlantUml(d).find(" later ...\n"), std::string::npos);
    EXPECT_NE(ui::toMermaid(d).find(" later\n"), std::string::npos);
}

} // namespace
