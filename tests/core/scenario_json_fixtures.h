#pragma once

// Small scenario documents for the scenario_json tests, each a valid base that
// a test changes in one place.

#include "core/scenario_json.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace testing_scenario {

struct Doc {
    std::string hosts = R"([{"name": "client", "address": "10.0.0.1"},
                            {"name": "server", "address": "10.0.0.2"}])";
    std::string sockets = R"([{"id": "client", "host": "client"},
                              {"id": "srv", "host": "server", "port": 80}])";
    std::string script = R"([{"at": "0s", "socket": "srv", "call": "listen"},
                             {"at": "1s", "socket": "client", "call": "connect", "to": "server:80"})";
    std::string extra; // more top-level members, e.g. "\"seed\": 2"

    std::string text() const {
        return "{\"id\": \"t\", \"hosts\": " + hosts + ", \"sockets\": " + sockets +
               ", \"script\": " + script + "]" + (extra.empty() ? "" : ", " + extra) + "}";
    }
};

// The base document with one more top-level member.
inline std::string withMember(const std::string& member) {
    Doc doc;
    doc.extra = member;
    return doc.text();
}

// The base document with one more script action, at /script/2.
inline std::string withAction(const std::string& action) {
    Doc doc;
    doc.script += ", " + action;
    return doc.text();
}

// The error parsing `json` gives; fails the test if it parses.
inline core::ScenarioError errorOf(const std::string& json) {
    try {
        core::parseScenario(json, "test.json");
    } catch (const core::ScenarioError& e) {
        return e;
    }
    ADD_FAILURE() << "parsed without error: " << json;
    return core::ScenarioError("", "", "");
}

// The error loading the file at `path` gives; fails the test if it loads.
inline core::ScenarioError loadErrorOf(const std::string& path) {
    try {
        core::loadScenarioFile(path);
    } catch (const core::ScenarioError& e) {
        return e;
    }
    ADD_FAILURE() << "loaded without error: " << path;
    return core::ScenarioError("", "", "");
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Parsing `json` fails at `path` with a problem that contains `part`.
inline void expectError(const std::string& json, const std::string& path, const std::string& part) {
    const core::ScenarioError e = errorOf(json);
    EXPECT_EQ(e.jsonPath(), path) << e.what();
    EXPECT_TRUE(contains(e.problem(), part)) << e.what();
}

} // namespace testing_scenario
