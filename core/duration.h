#pragma once

#include "time.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// The largest duration parseDuration() accepts, 2^61 - 1 us (about 73 000
// years): a quarter of the clock's range, so that the simulator's sums of a
// time and a few durations (a deadline, a delay plus jitter, twice the MSL)
// cannot overflow.
inline constexpr Micros kLargestDuration{std::numeric_limits<std::int64_t>::max() / 4};

// The result of reading a duration: a value, or a sentence saying what is wrong
// and what is accepted.
struct ParsedDuration {
    std::optional<Micros> value;
    std::string error;
};

// Reads "<decimal><unit>" with unit us, ms, s or min ("1.5s", "0.25ms", "2min")
// exactly, by decimal arithmetic: the same text gives the same microseconds on
// every machine. Rejects negative values, bare numbers, unknown units, values
// that are not a whole number of microseconds and values above kLargestDuration.
ParsedDuration parseDuration(std::string_view text);

// Writes a duration as a whole number in the largest of s, ms and us that
// holds it exactly ("1500ms", "2s", "7us"), so parseDuration() reads it back.
std::string formatDuration(Micros duration);

} // namespace core
