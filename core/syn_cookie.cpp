#include "syn_cookie.h"

#include "random.h"

#include <sodium.h>

namespace core {

namespace {

void putU32(unsigned char* out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<unsigned char>(v >> (24 - 8 * i));
}

std::uint32_t counterAt(Micros now) {
    return static_cast<std::uint32_t>(now / SynCookieCodec::kTick);
}

} // namespace

SynCookieCodec::SynCookieCodec(std::uint64_t seed) {
    // Keyed per scenario: 16 bytes from two draws of the seed.
    for (std::uint64_t half = 0; half < 2; ++half) {
        const std::uint64_t word = drawFor(seed, {0x5c00c1e5ULL, half});
        for (std::size_t i = 0; i < 8; ++i)
            m_key[half * 8 + i] = static_cast<unsigned char>(word >> (8 * i));
    }
}

std::uint32_t SynCookieCodec::hash24(const FourTuple& t, std::uint32_t counter,
                                     SeqNum clientIsn) const {
    static_assert(crypto_shorthash_siphash24_KEYBYTES == 16);
    unsigned char message[20];
    putU32(message, t.clientAddress.v4);
    putU32(message + 4, t.serverAddress.v4);
    putU32(message + 8, static_cast<std::uint32_t>(t.clientPort) << 16 | t.serverPort);
    putU32(message + 12, counter);
    putU32(message + 16, clientIsn.value());
    unsigned char digest[crypto_shorthash_siphash24_BYTES];
    crypto_shorthash_siphash24(digest, message, sizeof message, m_key.data());
    return static_cast<std::uint32_t>(digest[0]) | static_cast<std::uint32_t>(digest[1]) << 8 |
           static_cast<std::uint32_t>(digest[2]) << 16;
}

SeqNum SynCookieCodec::make(const FourTuple& tuple, SeqNum clientIsn, std::uint16_t clientMss,
                            Micros now) const {
    // The largest table entry the client can take; 536 is always allowed (RFC 9293 3.7.1).
    std::uint32_t index = 0;
    for (std::uint32_t i = 0; i < kMssTable.size(); ++i)
        if (kMssTable[i] <= clientMss)
            index = i;
    const std::uint32_t counter = counterAt(now);
    return SeqNum((counter % 32) << 27 | index << 24 | hash24(tuple, counter, clientIsn));
}

std::optional<std::uint16_t> SynCookieCodec::check(const FourTuple& tuple, SeqNum segSeq,
                                                   SeqNum segAck, Micros now) const {
    const std::uint32_t cookie = (segAck - 1u).value();
    const SeqNum clientIsn = segSeq - 1u;
    const std::uint32_t index = (cookie >> 24) & 0x7;
    if (index >= kMssTable.size())
        return std::nullopt;
    const std::uint32_t nowCounter = counterAt(now);
    for (std::uint32_t age = 0; age <= kMaxAgeTicks && age <= nowCounter; ++age) {
        const std::uint32_t counter = nowCounter - age;
        if ((counter % 32) == cookie >> 27 &&
            hash24(tuple, counter, clientIsn) == (cookie & 0xffffff))
            return kMssTable[index];
    }
    return std::nullopt;
}

} // namespace core
