#pragma once

#include "time.h"

#include <optional>
#include <string>
#include <string_view>

namespace core {

// The result of reading a duration: a value, or a sentence saying what is wrong
// and what is accepted.
struct ParsedDuration {
    std::optional<Micros> value;
    std::string error;
};

// Reads "<decimal><unit>" with unit us, ms, s or min ("1.5s", "0.25ms", "2min")
// exactly, by decimal arithmetic: the same text gives the same microseconds on
// every machine. Rejects negative values, bare numbers, unknown units, values
// that are not a whole number of microseconds and values that overflow.
ParsedDuration parseDuration(std::string_view text);

// Writes a duration as a whole number in the largest of s, ms and us that
// holds it exactly ("1500ms", "2s", "7us"), so parseDuration() reads it back.
std::string formatDuration(Micros duration);

} // namespace core
