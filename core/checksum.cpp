#include "checksum.h"

namespace core {

namespace {

class OnesComplementSum {
public:
    void add16(std::uint32_t word) { m_sum += word & 0xffffu; }
    void add32(std::uint32_t word) {
        add16(word >> 16);
        add16(word);
    }
    void addBytes(std::string_view bytes) {
        std::size_t i = 0;
        for (; i + 1 < bytes.size(); i += 2)
            add16(static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]) << 8 |
                                             static_cast<unsigned char>(bytes[i + 1])));
        if (i < bytes.size())
            add16(static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]) << 8));
    }
    std::uint16_t finish() const {
        std::uint64_t s = m_sum;
        while (s >> 16)
            s = (s & 0xffffu) + (s >> 16);
        return static_cast<std::uint16_t>(~s & 0xffffu);
    }

private:
    std::uint64_t m_sum = 0;
};

// The IPv4 pseudo-header that TCP (RFC 9293 3.1) and UDP (RFC 768) both sum.
void addPseudoHeader(OnesComplementSum& sum, Address src, Address dst, std::uint32_t protocol,
                     std::uint32_t length) {
    sum.add32(src.v4);
    sum.add32(dst.v4);
    sum.add16(protocol);
    sum.add16(length);
}

} // namespace

std::uint16_t tcpChecksum(Address src, Address dst, const Segment& seg) {
    OnesComplementSum sum;
    const auto tcpLength = static_cast<std::uint32_t>(seg.dataOffset * 4u + seg.payload.size());
    addPseudoHeader(sum, src, dst, 6, tcpLength);
    sum.add16(seg.srcPort);
    sum.add16(seg.dstPort);
    sum.add32(seg.seq.value());
    sum.add32(seg.ack.value());
    sum.add16(static_cast<std::uint32_t>(seg.dataOffset) << 12 | seg.flags.bits());
    sum.add16(seg.window);
    sum.add16(seg.urgentPointer);
    sum.addBytes(encodeOptions(seg.options));
    sum.addBytes(seg.payload);
    return sum.finish();
}

std::uint16_t udpChecksum(Address src, Address dst, const Segment& seg) {
    OnesComplementSum sum;
    const auto length = static_cast<std::uint32_t>(8 + seg.payload.size());
    addPseudoHeader(sum, src, dst, 17, length);
    sum.add16(seg.srcPort);
    sum.add16(seg.dstPort);
    sum.add16(length);
    sum.addBytes(seg.payload);
    const std::uint16_t result = sum.finish();
    return result == 0 ? 0xffff : result;
}

std::uint16_t internetChecksum(std::string_view bytes) {
    OnesComplementSum sum;
    sum.addBytes(bytes);
    return sum.finish();
}

} // namespace core
