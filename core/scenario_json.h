#pragma once

#include "scenario.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace core {

// A scenario file that cannot be used. what() reads
// "<source>: <json path>: <what is wrong>", e.g.
// "lab.json: /script/2/call: unknown call \"conect\" (expected one of listen, connect, ...)".
class ScenarioError : public std::runtime_error {
public:
    ScenarioError(std::string source, std::string jsonPath, std::string problem);
    const std::string& source() const { return m_source; }
    const std::string& jsonPath() const { return m_jsonPath; }
    const std::string& problem() const { return m_problem; }

private:
    std::string m_source;
    std::string m_jsonPath;
    std::string m_problem;
};

// Parses the JSON scenario format (docs/scenario-format.md). `source` names the
// file in error messages. Throws ScenarioError for anything malformed or
// inconsistent (unknown host, duplicate socket id, negative delay, ...).
Scenario parseScenario(std::string_view json, const std::string& source);

// Reads and parses a file; a missing or unreadable file is a ScenarioError too.
Scenario loadScenarioFile(const std::string& path);

// Writes a scenario back as JSON that parseScenario() reads to an equal scenario.
std::string toJson(const Scenario& scenario);

} // namespace core
