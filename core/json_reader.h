#pragma once

// Internal to hl_core: reading a JSON document with a JSON Pointer for every
// value, so that each complaint says exactly where it is.

#include "time.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace core::json {

// Keys keep their document order, so errors and output follow the file.
using Json = nlohmann::ordered_json;

// Parses JSON text. Throws ScenarioError for a syntax error (with line and
// column) and for an object that repeats a key (with its path).
Json parseText(std::string_view text, const std::string& source);

// "a", "a or b", "a, b or c"
std::string listChoices(std::span<const std::string_view> choices);
// The candidate closest to a misspelt word, if one is close enough to be a likely typo.
std::optional<std::string_view> closestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates);
// `unknown <what> "<got>" (expected <choices>; did you mean "<closest>"?)`
std::string unknownProblem(std::string_view what, std::string_view got,
                           std::span<const std::string_view> choices);
// A string in double quotes with JSON escapes.
std::string quote(std::string_view text);

// One value of the document and its JSON Pointer. Every reader checks the type
// and range and throws ScenarioError at this path when they are wrong.
class Node {
public:
    Node(const Json& value, std::string path, const std::string& source);

    const Json& value() const { return *m_value; }
    const std::string& path() const { return m_path; }
    [[noreturn]] void fail(const std::string& problem) const;

    // Objects.
    void expectObject() const;
    // Fails at the first key not in `allowed`, suggesting the closest allowed key.
    void allowKeys(std::span<const std::string_view> allowed) const;
    bool has(std::string_view key) const;
    std::optional<Node> find(std::string_view key) const;
    Node require(std::string_view key) const;

    // Arrays.
    std::vector<Node> elements() const;

    // Scalars.
    bool isNull() const { return m_value->is_null(); }
    std::string string() const;
    std::string nonEmptyString() const;
    // A string that must be one of `choices`; else "unknown <what> ..." with a suggestion.
    std::string oneOf(std::string_view what, std::span<const std::string_view> choices) const;
    bool boolean() const;
    std::int64_t integer(std::int64_t min, std::int64_t max) const;
    std::uint64_t unsignedInteger() const;
    double probability() const; // a number from 0 to 1
    Micros duration() const;
    Micros positiveDuration() const; // above 0s: the period of a timer that re-arms itself

private:
    [[noreturn]] void failExpected(const std::string& expected) const;

    const Json* m_value;
    std::string m_path;
    const std::string* m_source;
};

} // namespace core::json
