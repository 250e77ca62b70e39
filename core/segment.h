#pragma once

#include "seqnum.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core {

// The eight TCP header flags (RFC 9293 3.1, RFC 3168 for CWR and ECE).
enum class Flag : std::uint8_t {
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10,
    Urg = 0x20,
    Ece = 0x40,
    Cwr = 0x80,
};

class Flags {
public:
    constexpr Flags() = default;
    constexpr Flags(Flag f) : m_bits(static_cast<std::uint8_t>(f)) {} // NOLINT: implicit by design
    static constexpr Flags fromBits(std::uint8_t bits) {
        Flags f;
        f.m_bits = bits;
        return f;
    }

    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool has(Flag f) const { return (m_bits & static_cast<std::uint8_t>(f)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }

    constexpr Flags operator|(Flags other) const { return fromBits(m_bits | other.m_bits); }
    constexpr Flags& operator|=(Flags other) {
        m_bits |= other.m_bits;
        return *this;
    }
    friend constexpr bool operator==(Flags, Flags) = default;

private:
    std::uint8_t m_bits = 0;
};

constexpr Flags operator|(Flag a, Flag b) {
    return Flags(a) | Flags(b);
}

// Flag names in header order from the most significant bit: CWR ECE URG ACK PSH RST SYN FIN.
std::string_view flagName(Flag f);
inline constexpr Flag kAllFlags[] = {Flag::Cwr, Flag::Ece, Flag::Urg, Flag::Ack,
                                     Flag::Psh, Flag::Rst, Flag::Syn, Flag::Fin};

struct Timestamps {
    std::uint32_t value = 0;     // TSval
    std::uint32_t echoReply = 0; // TSecr
    friend constexpr bool operator==(Timestamps, Timestamps) = default;
};

// The TCP options the model knows (RFC 9293 3.2, RFC 7323, RFC 2018).
struct Options {
    std::optional<std::uint16_t> mss;
    std::optional<std::uint8_t> windowScale;
    bool sackPermitted = false;
    std::optional<Timestamps> timestamps;

    // Bytes the options take on the wire, padded to a multiple of 4.
    std::uint8_t wireLength() const;
    bool empty() const { return !mss && !windowScale && !sackPermitted && !timestamps; }
    friend bool operator==(const Options&, const Options&) = default;
};

// The options as bytes on the wire: MSS, SACK-permitted, timestamps, window
// scale, then NOP (kind 1) padding to a multiple of 4; wireLength() bytes long.
std::string encodeOptions(const Options& options);

// One TCP segment: every header field plus the payload bytes.
struct Segment {
    std::uint16_t srcPort = 0;
    std::uint16_t dstPort = 0;
    SeqNum seq;
    SeqNum ack;
    std::uint8_t dataOffset = 5; // header length in 32-bit words
    Flags flags;
    std::uint16_t window = 0;
    std::uint16_t checksum = 0;
    std::uint16_t urgentPointer = 0;
    Options options;
    std::string payload;

    // SEG.LEN: payload octets plus one for SYN and one for FIN (RFC 9293 3.4).
    std::uint32_t segLen() const {
        return static_cast<std::uint32_t>(payload.size()) + (flags.has(Flag::Syn) ? 1u : 0u) +
               (flags.has(Flag::Fin) ? 1u : 0u);
    }
    // The sequence number just after this segment: SEG.SEQ + SEG.LEN.
    SeqNum end() const { return seq + segLen(); }
    // Sets dataOffset from the options.
    void updateDataOffset() {
        dataOffset = static_cast<std::uint8_t>(5 + options.wireLength() / 4);
    }

    friend bool operator==(const Segment&, const Segment&) = default;
};

// The RST that refuses `seg` (RFC 9293 3.10.7.1, also 3.10.7.2 and 3.10.7.3):
// <SEQ=SEG.ACK><CTL=RST> when it carries an ACK, else
// <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, ports swapped. nullopt for a RST,
// which is never answered.
std::optional<Segment> resetFor(const Segment& seg);

} // namespace core
