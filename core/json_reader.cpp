#include "json_reader.h"

#include "duration.h"
#include "scenario_json.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

namespace core::json {
namespace {

// RFC 6901: '~' and '/' inside a reference token are escaped.
std::string pointerToken(std::string_view key) {
    std::string token;
    for (char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

std::string childPath(const std::string& parent, std::string_view key) {
    return parent + "/" + pointerToken(key);
}

// nlohmann keeps the last of two equal keys without a word; a repeated key is
// almost always a mistake, so the parse callback tracks where it is and stops there.
class RepeatedKeyGuard {
public:
    explicit RepeatedKeyGuard(const std::string& source) : m_source(source) {}

    bool onEvent(Json::parse_event_t event, const Json& parsed) {
        using Event = Json::parse_event_t;
        switch (event) {
        case Event::object_start:
            m_frames.push_back({false, 0, {}, {}});
            break;
        case Event::array_start:
            m_frames.push_back({true, 0, {}, {}});
            break;
        case Event::key:
            onKey(parsed.get<std::string>());
            break;
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            onValueDone();
            break;
        case Event::value:
            onValueDone();
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool isArray;
        std::size_t index; // arrays: elements completed so far
        std::string key;   // objects: the key being read
        std::set<std::string> keys;
    };

    void onKey(const std::string& key) {
        Frame& object = m_frames.back();
        if (!object.keys.insert(key).second) {
            std::string path;
            for (std::size_t i = 0; i + 1 < m_frames.size(); ++i)
                path = m_frames[i].isArray ? path + "/" + std::to_string(m_frames[i].index)
                                           : childPath(path, m_frames[i].key);
            throw ScenarioError(m_source, childPath(path, key),
                                "key " + quote(key) + " appears twice in the same object");
        }
        object.key = key;
    }

    void onValueDone() {
        if (!m_frames.empty() && m_frames.back().isArray)
            ++m_frames.back().index;
    }

    const std::string& m_source;
    std::vector<Frame> m_frames;
};

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// nlohmann reports the byte offset just past the offending character. Columns
// count characters, not bytes, so that they match an editor on a line with
// Chinese text.
std::string lineAndColumn(std::string_view text, std::size_t byte) {
    const std::size_t at = std::min(byte == 0 ? 0 : byte - 1, text.size());
    const std::string_view before = text.substr(0, at);
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const std::size_t newline = before.rfind('\n');
    const std::string_view lineStart =
        newline == std::string_view::npos ? before : before.substr(newline + 1);
    const auto column = lineStart.size() -
                        static_cast<std::size_t>(
                            std::count_if(lineStart.begin(), lineStart.end(), isUtf8Continuation)) +
                        1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Drops nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: "
// prefix (ours counts characters), keeping the description of what it expected.
std::string detailOf(const std::string& message) {
    const std::size_t column = message.find("column ");
    if (column != std::string::npos && message.find(": ", column) != std::string::npos)
        return message.substr(message.find(": ", column) + 2);
    const std::size_t bracket = message.find("] ");
    return bracket == std::string::npos ? message : message.substr(bracket + 2);
}

// Levenshtein distance in which swapping two neighbouring letters ("SNY" for
// "SYN", "dorp" for "drop"), the most common typo, is one edit too.
std::size_t editDistance(std::string_view a, std::string_view b) {
    auto lower = [](char c) { return std::tolower(static_cast<unsigned char>(c)); };
    std::vector<std::size_t> twoBack(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]))
                current[j] = std::min(current[j], twoBack[j - 2] + 1);
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string describe(const Json& value) {
    if (value.is_object())
        return "an object";
    if (value.is_array())
        return "an array";
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > 40) {
        std::size_t cut = 37;
        while (cut > 0 && isUtf8Continuation(text[cut]))
            --cut;
        text = text.substr(0, cut) + "...";
    }
    return text;
}

} // namespace

Json parseText(std::string_view text, const std::string& source) {
    RepeatedKeyGuard guard(source);
    try {
        return Json::parse(text.begin(), text.end(),
                           [&guard](int, Json::parse_event_t event, Json& parsed) {
                               return guard.onEvent(event, parsed);
                           });
    } catch (const Json::parse_error& e) {
        throw ScenarioError(source, "",
                            "invalid JSON at " + lineAndColumn(text, e.byte) + ": " +
                                detailOf(e.what()));
    } catch (const Json::exception& e) {
        throw ScenarioError(source, "", "invalid JSON: " + detailOf(e.what()));
    }
}

std::string listChoices(std::span<const std::string_view> choices) {
    std::string text;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0)
            text += i + 1 == choices.size() ? " or " : ", ";
        text += choices[i];
    }
    return text;
}

std::optional<std::string_view> closestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates) {
    // One edit in a short word, two in a longer one, reads as a typo; more does not.
    const std::size_t limit = word.size() <= 4 ? 1 : 2;
    std::optional<std::string_view> best;
    std::size_t bestDistance = limit + 1;
    for (std::string_view candidate : candidates) {
        const std::size_t distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string unknownProblem(std::string_view what, std::string_view got,
                           std::span<const std::string_view> choices) {
    if (choices.empty())
        return "unknown " + std::string(what) + " " + quote(got) + " (there are none)";
    std::string problem =
        "unknown " + std::string(what) + " " + quote(got) + " (expected " + listChoices(choices);
    if (const auto suggestion = closestMatch(got, choices))
        problem += "; did you mean " + quote(*suggestion) + "?";
    return problem + ")";
}

std::string quote(std::string_view text) {
    return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

Node::Node(const Json& value, std::string path, const std::string& source)
    : m_value(&value), m_path(std::move(path)), m_source(&source) {}

void Node::fail(const std::string& problem) const {
    throw ScenarioError(*m_source, m_path, problem);
}

void Node::failExpected(const std::string& expected) const {
    fail("expected " + expected + ", got " + describe(*m_value));
}

void Node::expectObject() const {
    if (!m_value->is_object())
        failExpected("an object");
}

void Node::allowKeys(std::span<const std::string_view> allowed) const {
    expectObject();
    for (auto it = m_value->begin(); it != m_value->end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            Node(it.value(), childPath(m_path, it.key()), *m_source)
                .fail(unknownProblem("key", it.key(), allowed));
}

bool Node::has(std::string_view key) const {
    return m_value->contains(std::string(key));
}

std::optional<Node> Node::find(std::string_view key) const {
    expectObject();
    const auto it = m_value->find(std::string(key));
    if (it == m_value->end())
        return std::nullopt;
    return Node(*it, childPath(m_path, key), *m_source);
}

Node Node::require(std::string_view key) const {
    if (auto node = find(key))
        return *node;
    fail("missing required key " + quote(key));
}

std::vector<Node> Node::elements() const {
    if (!m_value->is_array())
        failExpected("an array");
    std::vector<Node> nodes;
    for (std::size_t i = 0; i < m_value->size(); ++i)
        nodes.emplace_back((*m_value)[i], m_path + "/" + std::to_string(i), *m_source);
    return nodes;
}

std::string Node::string() const {
    if (!m_value->is_string())
        failExpected("a string");
    return m_value->get<std::string>();
}

std::string Node::nonEmptyString() const {
    std::string text = string();
    if (text.empty())
        fail("expected a non-empty string");
    return text;
}

std::string Node::oneOf(std::string_view what, std::span<const std::string_view> choices) const {
    std::string text = string();
    if (std::find(choices.begin(), choices.end(), text) == choices.end())
        fail(unknownProblem(what, text, choices));
    return text;
}

bool Node::boolean() const {
    if (!m_value->is_boolean())
        failExpected("true or false");
    return m_value->get<bool>();
}

std::int64_t Node::integer(std::int64_t min, std::int64_t max) const {
    const std::string expected =
        max == std::numeric_limits<std::int64_t>::max()
            ? "an integer >= " + std::to_string(min)
            : "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    // nlohmann keeps non-negative integers as unsigned, negative ones as signed.
    if (m_value->is_number_unsigned()) {
        const auto value = m_value->get<std::uint64_t>();
        if (max < 0 || value > static_cast<std::uint64_t>(max))
            failExpected(expected);
        const auto signedValue = static_cast<std::int64_t>(value);
        if (signedValue < min)
            failExpected(expected);
        return signedValue;
    }
    if (!m_value->is_number_integer())
        failExpected(expected);
    const auto value = m_value->get<std::int64_t>();
    if (value < min || value > max)
        failExpected(expected);
    return value;
}

std::uint64_t Node::unsignedInteger() const {
    if (!m_value->is_number_unsigned())
        failExpected("an integer from 0 to 18446744073709551615");
    return m_value->get<std::uint64_t>();
}

double Node::probability() const {
    if (!m_value->is_number())
        failExpected("a number from 0 to 1");
    const auto value = m_value->get<double>();
    if (value < 0.0 || value > 1.0)
        failExpected("a number from 0 to 1");
    return value;
}

Micros Node::duration() const {
    if (!m_value->is_string())
        failExpected("a duration string with a unit, e.g. \"200ms\" or \"1.5s\"");
    const ParsedDuration parsed = parseDuration(m_value->get<std::string>());
    if (!parsed.value)
        fail(parsed.error);
    return *parsed.value;
}

Micros Node::positiveDuration() const {
    const Micros value = duration();
    if (value == Micros{0})
        failExpected("a duration above 0s, e.g. \"1s\"");
    return value;
}

} // namespace core::json
