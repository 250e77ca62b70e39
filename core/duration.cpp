#include "duration.h"

#include <array>
#include <cstdint>

namespace core {
namespace {

struct Unit {
    std::string_view suffix;
    std::int64_t micros;
};

constexpr std::array<Unit, 4> kUnits = {
    {{"us", 1}, {"ms", 1'000}, {"s", 1'000'000}, {"min", 60'000'000}}};
constexpr std::string_view kAccepted =
    "expected a non-negative number with a unit us, ms, s or min, e.g. \"200ms\" or \"1.5s\"";
constexpr std::int64_t kMax = kLargestDuration.count();

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view takeDigits(std::string_view& text) {
    std::size_t n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    const std::string_view digits = text.substr(0, n);
    text.remove_prefix(n);
    return digits;
}

// Decimal digits to an integer; false on overflow.
bool toInteger(std::string_view digits, std::int64_t& out) {
    out = 0;
    for (char c : digits) {
        const std::int64_t d = c - '0';
        if (out > (kMax - d) / 10)
            return false;
        out = out * 10 + d;
    }
    return true;
}

// The digits after the decimal point, in microseconds of `unitMicros`; nullopt
// when they do not make a whole number of microseconds.
std::optional<std::int64_t> fractionToMicros(std::string_view fraction, std::int64_t unitMicros) {
    // Trailing zeros add nothing; what is left must divide into whole microseconds.
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    // A unit of at most 6*10^7 us cannot absorb more than 8 decimal places.
    std::int64_t digits = 0;
    if (fraction.size() > 8 || !toInteger(fraction, digits))
        return std::nullopt;
    std::int64_t scale = 1;
    for (std::size_t i = 0; i < fraction.size(); ++i)
        scale *= 10;
    if ((digits * unitMicros) % scale != 0)
        return std::nullopt;
    return digits * unitMicros / scale;
}

ParsedDuration failure(std::string_view text, std::string_view why) {
    return {std::nullopt, "invalid duration \"" + std::string(text) + "\": " + std::string(why) +
                              " (" + std::string(kAccepted) + ")"};
}

} // namespace

ParsedDuration parseDuration(std::string_view text) {
    std::string_view rest = text;
    if (!rest.empty() && rest.front() == '-')
        return failure(text, "durations cannot be negative");
    const std::string_view whole = takeDigits(rest);
    std::string_view fraction;
    if (!rest.empty() && rest.front() == '.') {
        rest.remove_prefix(1);
        fraction = takeDigits(rest);
        if (fraction.empty())
            return failure(text, "a decimal point needs digits after it");
    }
    if (whole.empty())
        return failure(text, "it does not start with a number");
    if (rest.empty())
        return failure(text, "it has no unit");
    const Unit* unit = nullptr;
    for (const Unit& u : kUnits)
        if (rest == u.suffix)
            unit = &u;
    if (unit == nullptr)
        return failure(text, "unknown unit \"" + std::string(rest) + "\"");

    const std::optional<std::int64_t> fractionMicros = fractionToMicros(fraction, unit->micros);
    if (!fractionMicros)
        return failure(text, "it is not a whole number of microseconds");
    std::int64_t wholeValue = 0;
    if (!toInteger(whole, wholeValue) || wholeValue > (kMax - *fractionMicros) / unit->micros)
        return failure(text, "it is too large");
    return {Micros{wholeValue * unit->micros + *fractionMicros}, {}};
}

std::string formatDuration(Micros duration) {
    const std::int64_t us = duration.count();
    if (us == 0)
        return "0s";
    if (us % 1'000'000 == 0)
        return std::to_string(us / 1'000'000) + "s";
    if (us % 1'000 == 0)
        return std::to_string(us / 1'000) + "ms";
    return std::to_string(us) + "us";
}

} // namespace core
