#include "segment.h"

namespace core {

std::string_view flagName(Flag f) {
    switch (f) {
    case Flag::Fin: return "FIN";
    case Flag::Syn: return "SYN";
    case Flag::Rst: return "RST";
    case Flag::Psh: return "PSH";
    case Flag::Ack: return "ACK";
    case Flag::Urg: return "URG";
    case Flag::Ece: return "ECE";
    case Flag::Cwr: return "CWR";
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

} // namespace core
