#pragma once

#include <cstdint>

namespace core {

// A TCP sequence number. Arithmetic wraps modulo 2^32 and comparisons are the
// RFC's modular ones (RFC 9293 3.4): a < b when b lies less than 2^31 ahead of a.
// The order is not transitive across the whole space, so never sort SeqNums.
class SeqNum {
public:
    constexpr SeqNum() = default;
    constexpr explicit SeqNum(std::uint32_t value) : m_value(value) {}

    constexpr std::uint32_t value() const { return m_value; }

    constexpr SeqNum operator+(std::uint32_t n) const { return SeqNum(m_value + n); }
    constexpr SeqNum operator-(std::uint32_t n) const { return SeqNum(m_value - n); }
    constexpr SeqNum& operator+=(std::uint32_t n) {
        m_value += n;
        return *this;
    }

    // Signed distance from `other` to this number; exact while they are
    // less than 2^31 apart.
    constexpr std::int32_t operator-(SeqNum other) const {
        return static_cast<std::int32_t>(m_value - other.m_value);
    }

    friend constexpr bool operator==(SeqNum, SeqNum) = default;
    friend constexpr bool operator<(SeqNum a, SeqNum b) { return (a - b) < 0; }
    friend constexpr bool operator>(SeqNum a, SeqNum b) { return (a - b) > 0; }
    friend constexpr bool operator<=(SeqNum a, SeqNum b) { return (a - b) <= 0; }
    friend constexpr bool operator>=(SeqNum a, SeqNum b) { return (a - b) >= 0; }

private:
    std::uint32_t m_value = 0;
};

// True when left <= x < left + size, in sequence space.
constexpr bool inWindow(SeqNum x, SeqNum left, std::uint32_t size) {
    return x.value() - left.value() < size;
}

} // namespace core
