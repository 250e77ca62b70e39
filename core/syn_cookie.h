#pragma once

#include "address.h"
#include "seqnum.h"
#include "time.h"

#include <array>
#include <cstdint>
#include <optional>

namespace core {

// SYN cookies (RFC 4987 3.6, after D. J. Bernstein): the listener answers a SYN
// with an ISN that encodes everything it needs, and keeps no state until the
// client's ACK brings the ISN back.
//
//   bits 31-27  a time counter t, one tick per minute, modulo 32
//   bits 26-24  an index into a table of MSS values
//   bits 23-0   SipHash-2-4, keyed with a secret, of the 4-tuple, t and the
//               client's ISN
class SynCookieCodec {
public:
    // The secret key is derived from the scenario's seed, so runs repeat.
    explicit SynCookieCodec(std::uint64_t seed);

    struct FourTuple {
        Address clientAddress;
        Port clientPort = 0;
        Address serverAddress;
        Port serverPort = 0;
    };

    // The ISN for a SYN-ACK that answers a SYN with sequence number clientIsn.
    SeqNum make(const FourTuple& tuple, SeqNum clientIsn, std::uint16_t clientMss,
                Micros now) const;
    // For an ACK that came back (SEG.ACK = cookie + 1, SEG.SEQ = client ISN + 1):
    // the MSS the cookie encoded, or nullopt when the cookie is wrong or too old.
    std::optional<std::uint16_t> check(const FourTuple& tuple, SeqNum segSeq, SeqNum segAck,
                                       Micros now) const;

    // The MSS values a cookie can carry (Linux's msstab).
    static constexpr std::array<std::uint16_t, 4> kMssTable{536, 1300, 1440, 1460};
    static constexpr Micros kTick{60'000'000};
    static constexpr std::uint32_t kMaxAgeTicks = 2; // accept cookies up to 2 ticks old

private:
    std::uint32_t hash24(const FourTuple& tuple, std::uint32_t counter, SeqNum clientIsn) const;

    std::array<unsigned char, 16> m_key{};
};

} // namespace core
