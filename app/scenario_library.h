#pragma once

#include "core/scenario.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace app {

// A --scenario name that is neither a file nor a built-in id.
class UnknownScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The scenarios built into the program (resources/scenarios/*.json, embedded
// as Qt resources under :/scenarios) and the way --scenario finds one.
class ScenarioLibrary {
public:
    struct Entry {
        std::string id;    // the scenario's "id", or its file name without .json
        std::string title; // the scenario's "title", or the id
        core::Scenario scenario;
    };

    // Parses every built-in scenario. Throws core::ScenarioError if one is
    // malformed: that is a bug in the program, and the message names the file.
    static ScenarioLibrary builtIn();

    explicit ScenarioLibrary(std::vector<Entry> entries);

    // Sorted by id.
    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* find(const std::string& id) const;

    // Resolves --scenario: an existing file, or any name ending in .json, is
    // loaded as a file (core::ScenarioError if that fails); anything else is a
    // built-in id (UnknownScenarioError, listing the known ids, if none matches).
    core::Scenario resolve(const std::string& idOrFile) const;

    // "default, lost-syn, ..."
    std::string knownIds() const;

private:
    std::vector<Entry> m_entries;
};

// The id of the scenario the window shows when none is named.
inline constexpr const char* kDefaultScenarioId = "default";

} // namespace app
