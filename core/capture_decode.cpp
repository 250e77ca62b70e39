// One captured packet, layer by layer: link layer -> IPv4 / IPv6 -> TCP.
// Every read is checked against what was captured, so a short or corrupt
// packet gives a MalformedPacket saying where, never a read past the end.

#include "capture_decode.h"

#include <algorithm>
#include <arpa/inet.h>
#include <sys/socket.h>

namespace core {

namespace {

using Bytes = std::span<const std::uint8_t>;

std::uint16_t be16(Bytes b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

std::uint32_t be32(Bytes b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) << 24 | static_cast<std::uint32_t>(b[at + 1]) << 16 |
           static_cast<std::uint32_t>(b[at + 2]) << 8 | b[at + 3];
}

std::uint32_t le32(Bytes b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at + 3]) << 24 |
           static_cast<std::uint32_t>(b[at + 2]) << 16 |
           static_cast<std::uint32_t>(b[at + 1]) << 8 | b[at];
}

std::string number(std::size_t n) {
    return std::to_string(n);
}

// The packet ends inside a header of `layer` that starts at `offset`.
MalformedPacket cutShort(Bytes b, std::size_t offset, std::string_view layer, std::size_t need) {
    const std::size_t have = b.size() > offset ? b.size() - offset : 0;
    return {offset, std::string(layer) + " header cut short: needs " + number(need) +
                        " bytes, " + number(have) + " captured"};
}

bool hasBytes(Bytes b, std::size_t offset, std::size_t n) {
    return offset <= b.size() && b.size() - offset >= n;
}

// What the link layer carries.
enum class Network : std::uint8_t { Ipv4, Ipv6, Arp, Other };

struct LinkLayer {
    Network network = Network::Other;
    std::size_t offset = 0; // where the network layer starts
};

using LinkResult = std::variant<LinkLayer, MalformedPacket>;

Network fromEtherType(std::uint16_t type) {
    switch (type) {
    case 0x0800:
        return Network::Ipv4;
    case 0x86dd:
        return Network::Ipv6;
    case 0x0806:
        return Network::Arp;
    default:
        return Network::Other;
    }
}

bool isVlanTag(std::uint16_t type) {
    return type == 0x8100 || type == 0x88a8 || type == 0x9100; // 802.1Q, 802.1ad, QinQ
}

LinkResult ethernet(Bytes b) {
    if (!hasBytes(b, 0, 14))
        return cutShort(b, 0, "Ethernet", 14);
    std::size_t typeAt = 12;
    while (isVlanTag(be16(b, typeAt))) {
        if (!hasBytes(b, typeAt, 6)) // tag type, tag control, inner type
            return cutShort(b, typeAt, "802.1Q VLAN tag", 6);
        typeAt += 4;
    }
    return LinkLayer{fromEtherType(be16(b, typeAt)), typeAt + 2};
}

LinkResult linuxCooked(Bytes b, std::size_t headerLength, std::size_t protocolAt,
                       std::string_view name) {
    if (!hasBytes(b, 0, headerLength))
        return cutShort(b, 0, name, headerLength);
    return LinkLayer{fromEtherType(be16(b, protocolAt)), headerLength};
}

// BSD loopback: a 4-byte address family. Its value for IPv6 differs between
// systems (Linux 10, NetBSD and OpenBSD 24, FreeBSD 28, macOS 30).
LinkResult bsdLoopback(Bytes b, bool networkOrder) {
    if (!hasBytes(b, 0, 4))
        return cutShort(b, 0, "loopback", 4);
    std::uint32_t family = networkOrder ? be32(b, 0) : le32(b, 0);
    if (!networkOrder && family > 0xffff)
        family = be32(b, 0); // written on a big-endian machine
    switch (family) {
    case 2:
        return LinkLayer{Network::Ipv4, 4};
    case 10:
    case 24:
    case 28:
    case 30:
        return LinkLayer{Network::Ipv6, 4};
    default:
        return LinkLayer{Network::Other, 4};
    }
}

LinkResult rawIp(Bytes b) {
    if (b.empty())
        return cutShort(b, 0, "IP", 1);
    const int version = b[0] >> 4;
    if (version == 4)
        return LinkLayer{Network::Ipv4, 0};
    if (version == 6)
        return LinkLayer{Network::Ipv6, 0};
    return MalformedPacket{0, "raw IP packet of version " + number(static_cast<std::size_t>(version))};
}

LinkResult linkLayer(int linkType, Bytes b) {
    switch (linkType) {
    case kLinkEthernet:
        return ethernet(b);
    case kLinkLinuxSll:
        return linuxCooked(b, 16, 14, "Linux cooked (SLL)");
    case kLinkLinuxSll2:
        return linuxCooked(b, 20, 0, "Linux cooked (SLL2)");
    case kLinkNull:
        return bsdLoopback(b, false);
    case kLinkLoop:
        return bsdLoopback(b, true);
    default: // kLinkRaw, kLinkIpv4, kLinkIpv6
        return rawIp(b);
    }
}

// The TCP options the model knows (RFC 9293 3.2, RFC 7323, RFC 2018); others
// are stepped over by their length. A malformed option ends the list, as it
// does for a receiving stack.
Options tcpOptions(Bytes o) {
    Options options;
    std::size_t i = 0;
    while (i < o.size()) {
        const std::uint8_t kind = o[i];
        if (kind == 0) // end of option list
            break;
        if (kind == 1) { // no-operation
            ++i;
            continue;
        }
        if (i + 1 >= o.size() || o[i + 1] < 2 || o[i + 1] > o.size() - i)
            break;
        const std::size_t length = o[i + 1];
        if (kind == 2 && length == 4)
            options.mss = be16(o, i + 2);
        else if (kind == 3 && length == 3)
            options.windowScale = o[i + 2];
        else if (kind == 4 && length == 2)
            options.sackPermitted = true;
        else if (kind == 8 && length == 10)
            options.timestamps = Timestamps{be32(o, i + 2), be32(o, i + 6)};
        i += length;
    }
    return options;
}

// The IP layer's findings, handed to the TCP decoder.
struct IpInfo {
    IpAddress src;
    IpAddress dst;
    std::optional<std::uint16_t> id;
};

DecodedPacket tcp(Bytes b, std::size_t at, std::size_t length, IpInfo ip) {
    if (length < 20)
        return MalformedPacket{at, "TCP segment of " + number(length) +
                                       " bytes, shorter than the 20-byte header"};
    if (!hasBytes(b, at, 20))
        return cutShort(b, at, "TCP", 20);
    const std::size_t words = b[at + 12] >> 4;
    if (words < 5)
        return MalformedPacket{at + 12, "TCP data offset " + number(words) + " words (< 5)"};
    const std::size_t headerLength = words * 4;
    if (headerLength > length)
        return MalformedPacket{at + 12, "TCP data offset " + number(words) +
                                            " words, longer than the segment (" + number(length) +
                                            " bytes)"};
    if (!hasBytes(b, at, headerLength))
        return cutShort(b, at, "TCP", headerLength);
    TcpPacket p{ip.src, ip.dst, {}, static_cast<std::uint32_t>(length - headerLength), {}, ip.id};
    Segment& s = p.header;
    s.srcPort = be16(b, at);
    s.dstPort = be16(b, at + 2);
    s.seq = SeqNum(be32(b, at + 4));
    s.ack = SeqNum(be32(b, at + 8));
    s.dataOffset = static_cast<std::uint8_t>(words);
    s.flags = Flags::fromBits(b[at + 13]);
    s.window = be16(b, at + 14);
    s.checksum = be16(b, at + 16);
    s.urgentPointer = be16(b, at + 18);
    s.options = tcpOptions(b.subspan(at + 20, headerLength - 20));
    const std::size_t payloadAt = at + headerLength;
    const std::size_t captured = std::min<std::size_t>(p.payloadLength, b.size() - payloadAt);
    p.payload = std::string_view(reinterpret_cast<const char*>(b.data() + payloadAt), captured);
    return p;
}

DecodedPacket transport(Bytes b, std::uint8_t protocol, std::size_t at, std::size_t length,
                        const IpInfo& ip) {
    switch (protocol) {
    case 6:
        return tcp(b, at, length, ip);
    case 17:
        return SkippedPacket{SkippedKind::Udp};
    case 1:
    case 58:
        return SkippedPacket{SkippedKind::Icmp};
    default:
        return SkippedPacket{SkippedKind::OtherIp};
    }
}

IpAddress addressAt(Bytes b, std::size_t at, bool v6) {
    IpAddress a;
    a.v6 = v6;
    std::copy_n(b.begin() + static_cast<std::ptrdiff_t>(at), v6 ? 16 : 4, a.bytes.begin());
    return a;
}

// What follows the IP header: its stated length, or, when the field is 0
// (TCP segmentation offload, IPv6 jumbograms), everything captured.
std::size_t payloadLength(Bytes b, std::size_t at, std::size_t stated) {
    return stated != 0 ? stated : b.size() - std::min(b.size(), at);
}

// RFC 791. Fragments are not reassembled: the first one is decoded as far as
// it goes, the others are skipped.
DecodedPacket ipv4(Bytes b, std::size_t at) {
    if (!hasBytes(b, at, 20))
        return cutShort(b, at, "IPv4", 20);
    if (b[at] >> 4 != 4)
        return MalformedPacket{at, "IPv4 packet with version " + number(b[at] >> 4u)};
    const std::size_t words = b[at] & 0x0fu;
    if (words < 5)
        return MalformedPacket{at, "IPv4 header length " + number(words) + " words (< 5)"};
    const std::size_t headerLength = words * 4;
    if (!hasBytes(b, at, headerLength))
        return cutShort(b, at, "IPv4", headerLength);
    const std::size_t total = be16(b, at + 2);
    if (total != 0 && total < headerLength)
        return MalformedPacket{at + 2, "IPv4 total length " + number(total) +
                                           " shorter than its header (" + number(headerLength) +
                                           ")"};
    if ((be16(b, at + 6) & 0x1fffu) != 0)
        return SkippedPacket{SkippedKind::Fragment};
    const IpInfo ip{addressAt(b, at + 12, false), addressAt(b, at + 16, false), be16(b, at + 4)};
    const std::size_t length =
        total != 0 ? total - headerLength : payloadLength(b, at + headerLength, 0);
    return transport(b, b[at + 9], at + headerLength, length, ip);
}

// RFC 8200: steps over hop-by-hop, routing and destination options headers
// (and AH, RFC 4302); a fragment header means a fragment, skipped.
DecodedPacket ipv6(Bytes b, std::size_t at) {
    if (!hasBytes(b, at, 40))
        return cutShort(b, at, "IPv6", 40);
    if (b[at] >> 4 != 6)
        return MalformedPacket{at, "IPv6 packet with version " + number(b[at] >> 4u)};
    const IpInfo ip{addressAt(b, at + 8, true), addressAt(b, at + 24, true), std::nullopt};
    std::uint8_t next = b[at + 6];
    std::size_t offset = at + 40;
    std::size_t remaining = payloadLength(b, offset, be16(b, at + 4));
    while (next == 0 || next == 43 || next == 60 || next == 51) {
        if (!hasBytes(b, offset, 2))
            return cutShort(b, offset, "IPv6 extension", 8);
        const std::size_t length = next == 51 ? (b[offset + 1] + 2u) * 4u : (b[offset + 1] + 1u) * 8u;
        if (length > remaining)
            return MalformedPacket{offset, "IPv6 extension header of " + number(length) +
                                               " bytes, longer than the rest of the packet"};
        next = b[offset];
        offset += length;
        remaining -= length;
    }
    if (next == 44)
        return SkippedPacket{SkippedKind::Fragment};
    if (next == 59)
        return SkippedPacket{SkippedKind::OtherIp};
    return transport(b, next, offset, remaining, ip);
}

} // namespace

std::string toString(const IpAddress& address) {
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(address.v6 ? AF_INET6 : AF_INET, address.bytes.data(), text, sizeof text);
    return text;
}

std::string hostName(const IpAddress& address) {
    return address.v6 ? "[" + toString(address) + "]" : toString(address);
}

bool isSupportedLinkType(int linkType) {
    switch (linkType) {
    case kLinkNull:
    case kLinkEthernet:
    case kLinkRaw:
    case kLinkLoop:
    case kLinkLinuxSll:
    case kLinkIpv4:
    case kLinkIpv6:
    case kLinkLinuxSll2:
        return true;
    default:
        return false;
    }
}

std::string_view toString(SkippedKind kind) {
    switch (kind) {
    case SkippedKind::Udp:
        return "UDP";
    case SkippedKind::Icmp:
        return "ICMP";
    case SkippedKind::Arp:
        return "ARP";
    case SkippedKind::Fragment:
        return "IP fragment";
    case SkippedKind::OtherIp:
        return "other IP protocol";
    case SkippedKind::OtherLink:
        return "other link-layer protocol";
    }
    return "?";
}

DecodedPacket decodePacket(int linkType, std::span<const std::uint8_t> bytes) {
    const LinkResult link = linkLayer(linkType, bytes);
    if (const auto* bad = std::get_if<MalformedPacket>(&link))
        return *bad;
    const LinkLayer& layer = std::get<LinkLayer>(link);
    switch (layer.network) {
    case Network::Ipv4:
        return ipv4(bytes, layer.offset);
    case Network::Ipv6:
        return ipv6(bytes, layer.offset);
    case Network::Arp:
        return SkippedPacket{SkippedKind::Arp};
    case Network::Other:
        break;
    }
    return SkippedPacket{SkippedKind::OtherLink};
}

} // namespace core
