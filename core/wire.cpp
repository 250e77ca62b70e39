#include "wire.h"

#include "checksum.h"

#include <stdexcept>

namespace core {

namespace {

constexpr std::size_t kIpv4HeaderBytes = 20;
constexpr std::size_t kTcpHeaderBytes = 20;
constexpr std::size_t kUdpHeaderBytes = 8;
constexpr std::size_t kIpv4MaxBytes = 65535;
constexpr std::uint16_t kDontFragment = 0x4000;

void put8(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value & 0xffu);
}
void put16(std::string& out, std::uint32_t value) {
    put8(out, value >> 8);
    put8(out, value);
}
void put32(std::string& out, std::uint32_t value) {
    put16(out, value >> 16);
    put16(out, value);
}

} // namespace

MacAddress syntheticMac(Address address) {
    const std::uint32_t v = address.v4;
    return {0x02,
            0x00,
            static_cast<std::uint8_t>(v >> 24),
            static_cast<std::uint8_t>(v >> 16),
            static_cast<std::uint8_t>(v >> 8),
            static_cast<std::uint8_t>(v)};
}

std::string encodeTcp(const Segment& header, std::string_view payload) {
    const std::string options = encodeOptions(header.options);
    if (std::size_t{header.dataOffset} * 4 != kTcpHeaderBytes + options.size())
        throw std::invalid_argument("TCP data offset " + std::to_string(header.dataOffset) +
                                    " does not match " + std::to_string(options.size()) +
                                    " bytes of options");
    std::string out;
    out.reserve(kTcpHeaderBytes + options.size() + payload.size());
    put16(out, header.srcPort);
    put16(out, header.dstPort);
    put32(out, header.seq.value());
    put32(out, header.ack.value());
    // Data offset in the top 4 bits, 4 reserved bits (zero), then the 8 flags.
    put16(out, static_cast<std::uint32_t>(header.dataOffset) << 12 | header.flags.bits());
    put16(out, header.window);
    put16(out, header.checksum);
    put16(out, header.urgentPointer);
    out += options;
    out += payload;
    return out;
}

std::string encodeUdp(const Segment& header, std::string_view payload) {
    const std::size_t length = kUdpHeaderBytes + payload.size();
    if (length > kIpv4MaxBytes)
        throw std::invalid_argument("a UDP datagram of " + std::to_string(length) +
                                    " bytes exceeds 65535");
    std::string out;
    out.reserve(length);
    put16(out, header.srcPort);
    put16(out, header.dstPort);
    put16(out, static_cast<std::uint32_t>(length));
    put16(out, header.checksum);
    out += payload;
    return out;
}

std::string encodeIpv4(const Ipv4Header& header, std::string_view transport) {
    const std::size_t total = kIpv4HeaderBytes + transport.size();
    if (total > kIpv4MaxBytes)
        throw std::invalid_argument("an IPv4 packet of " + std::to_string(total) +
                                    " bytes exceeds 65535");
    std::string out;
    out.reserve(total);
    put8(out, 0x45); // version 4, header length 5 words
    put8(out, 0);    // DSCP and ECN
    put16(out, static_cast<std::uint32_t>(total));
    put16(out, header.identification);
    put16(out, kDontFragment); // no fragment offset
    put8(out, header.ttl);
    put8(out, static_cast<std::uint32_t>(header.protocol));
    put16(out, 0); // header checksum, filled in below
    put32(out, header.src.v4);
    put32(out, header.dst.v4);
    const std::uint16_t checksum = internetChecksum(out);
    out[10] = static_cast<char>(checksum >> 8);
    out[11] = static_cast<char>(checksum & 0xffu);
    out += transport;
    return out;
}

std::string encodeEthernet(const MacAddress& dst, const MacAddress& src, std::uint16_t etherType,
                           std::string_view payload) {
    std::string out;
    out.reserve(dst.size() + src.size() + 2 + payload.size());
    for (const std::uint8_t octet : dst)
        put8(out, octet);
    for (const std::uint8_t octet : src)
        put8(out, octet);
    put16(out, etherType);
    out += payload;
    return out;
}

} // namespace core
