#pragma once

// Traces and scenarios for the tests of the event log, the library panel and
// playback: the built-in scenario files, simulated.

#include "core/scenario_json.h"
#include "core/simulate.h"
#include "ui/scenario_list_model.h"

#include <QString>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

// GoogleTest prints QStrings (and lists of them) as text.
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

namespace panels_test {

inline std::string scenarioPath(const std::string& id) {
    return std::string(HL_SOURCE_DIR) + "/resources/scenarios/" + id + ".json";
}

inline std::shared_ptr<const core::Trace> builtInTrace(const std::string& id) {
    return std::make_shared<const core::Trace>(
        core::simulate(core::loadScenarioFile(scenarioPath(id))));
}

// Every built-in scenario as the library lists it, in file name order.
inline std::vector<ui::LibraryItem> builtInItems() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(HL_SOURCE_DIR) + "/resources/scenarios"))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<ui::LibraryItem> items;
    for (const auto& file : files) {
        const core::Scenario s = core::loadScenarioFile(file.string());
        items.push_back({QString::fromStdString(s.id), QString::fromStdString(s.title),
                         QString::fromStdString(s.topic), QString::fromStdString(s.description)});
    }
    return items;
}

} // namespace panels_test
