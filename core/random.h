#pragma once

#include "time.h"

#include <cstdint>
#include <initializer_list>

namespace core {

// Randomness keyed per decision (DESIGN.md): each draw is a pure function of the
// seed and a stable key, so one changed decision leaves every other unchanged.
// Raw 64-bit mixing only: std::uniform_*_distribution differs between libraries.
constexpr std::uint64_t mix64(std::uint64_t x) {
    // splitmix64's finalizer
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr std::uint64_t drawFor(std::uint64_t seed, std::initializer_list<std::uint64_t> key) {
    std::uint64_t h = mix64(seed);
    for (std::uint64_t part : key)
        h = mix64(h ^ part);
    return h;
}

// True with probability p (0..1): the top 53 bits as a fraction in [0, 1).
inline bool chance(std::uint64_t draw, double p) {
    return static_cast<double>(draw >> 11) * 0x1.0p-53 < p;
}

// A value in [0, max], uniform up to a bias of max/2^64.
inline Micros uniformUpTo(std::uint64_t draw, Micros max) {
    if (max.count() <= 0)
        return Micros{0};
    return Micros{static_cast<Micros::rep>(draw % (static_cast<std::uint64_t>(max.count()) + 1))};
}

// Keys that name the kind of decision.
enum class DrawKind : std::uint64_t { Loss = 1, Jitter = 2, Isn = 3, TsOffset = 4 };

} // namespace core
