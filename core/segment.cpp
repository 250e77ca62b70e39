#include "segment.h"

namespace core {

std::string_view flagName(Flag f) {
    switch (f) {
    case Flag::Fin:
        return "FIN";
    case Flag::Syn:
        return "SYN";
    case Flag::Rst:
        return "RST";
    case Flag::Psh:
        return "PSH";
    case Flag::Ack:
        return "ACK";
    case Flag::Urg:
        return "URG";
    case Flag::Ece:
        return "ECE";
    case Flag::Cwr:
        return "CWR";
    }
    return "?";
}

std::uint8_t Options::wireLength() const {
    unsigned bytes = 0;
    if (mss)
        bytes += 4; // kind, length, 2-byte value
    if (windowScale)
        bytes += 3;
    if (sackPermitted)
        bytes += 2;
    if (timestamps)
        bytes += 10;
    return static_cast<std::uint8_t>((bytes + 3) / 4 * 4);
}

std::optional<Segment> resetFor(const Segment& seg) {
    if (seg.flags.has(Flag::Rst))
        return std::nullopt;
    Segment rst;
    rst.srcPort = seg.dstPort;
    rst.dstPort = seg.srcPort;
    if (seg.flags.has(Flag::Ack)) {
        rst.seq = seg.ack;
        rst.flags = Flag::Rst;
    } else {
        rst.ack = seg.end();
        rst.flags = Flag::Rst | Flag::Ack;
    }
    return rst;
}

std::string encodeOptions(const Options& o) {
    std::string bytes;
    if (o.mss)
        bytes += {2, 4, static_cast<char>(*o.mss >> 8), static_cast<char>(*o.mss & 0xff)};
    if (o.sackPermitted)
        bytes += {4, 2};
    if (o.timestamps) {
        bytes += {8, 10};
        for (std::uint32_t v : {o.timestamps->value, o.timestamps->echoReply})
            for (int shift = 24; shift >= 0; shift -= 8)
                bytes += static_cast<char>((v >> shift) & 0xff);
    }
    if (o.windowScale)
        bytes += {3, 3, static_cast<char>(*o.windowScale)};
    while (bytes.size() % 4 != 0)
        bytes += '\x01';
    return bytes;
}

} // namespace core
