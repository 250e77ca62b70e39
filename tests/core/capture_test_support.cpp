#include "capture_test_support.h"

#include "core/capture_scan.h"
#include "core/capture_trace.h"
#include "core/wire.h"

#include <variant>

namespace capturetest {

namespace {

void put16(std::string& out, std::uint32_t value) {
    out += static_cast<char>((value >> 8) & 0xffu);
    out += static_cast<char>(value & 0xffu);
}

} // namespace

std::string capturePath(const std::string& name) {
    return std::string(HL_SOURCE_DIR) + "/tests/data/captures/" + name;
}

core::Segment segment(core::Flags flags, std::uint32_t seq, std::uint32_t ack,
                      std::uint16_t srcPort, std::uint16_t dstPort) {
    core::Segment s;
    s.srcPort = srcPort;
    s.dstPort = dstPort;
    s.flags = flags;
    s.seq = core::SeqNum(seq);
    s.ack = core::SeqNum(ack);
    s.window = 1000;
    return s;
}

std::string tcpBytes(core::Segment header, std::string_view payload) {
    header.updateDataOffset();
    return core::encodeTcp(header, payload);
}

std::string ipv4Bytes(std::string_view transport, std::uint8_t protocol, std::uint16_t id) {
    core::Ipv4Header ip;
    ip.src = core::Address{0x0a000001};
    ip.dst = core::Address{0x0a000002};
    ip.identification = id;
    std::string bytes = core::encodeIpv4(ip, transport);
    bytes[9] = static_cast<char>(protocol);
    return bytes;
}

std::string ipv6Bytes(std::string_view transport, std::uint8_t next,
                      std::string_view extensions) {
    std::string out;
    out += static_cast<char>(0x60);
    out.append(3, '\0');
    put16(out, static_cast<std::uint32_t>(extensions.size() + transport.size()));
    out += static_cast<char>(next);
    out += static_cast<char>(64);
    out.append(15, '\0');
    out += '\1'; // ::1
    out.append(15, '\0');
    out += '\2'; // ::2
    out += extensions;
    out += transport;
    return out;
}

std::string ethernetBytes(std::uint16_t etherType, std::string_view payload) {
    return core::encodeEthernet({2, 0, 0, 0, 0, 2}, {2, 0, 0, 0, 0, 1}, etherType, payload);
}

core::DecodedPacket decode(int linkType, const std::string& bytes) {
    return core::decodePacket(
        linkType, std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

core::IpAddress ipv4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
    core::IpAddress address;
    address.bytes[0] = a;
    address.bytes[1] = b;
    address.bytes[2] = c;
    address.bytes[3] = d;
    return address;
}

core::IpEndpoint endpoint(std::uint8_t last, core::Port port) {
    return {ipv4(10, 0, 0, last), port};
}

core::TcpPacket tcp(const core::IpEndpoint& from, const core::IpEndpoint& to, core::Flags flags,
                    std::uint32_t seq, std::uint32_t ack, std::uint32_t payload) {
    core::TcpPacket p;
    p.src = from.address;
    p.dst = to.address;
    p.header = segment(flags, seq, ack, from.port, to.port);
    p.payloadLength = payload;
    return p;
}

core::ImportedPacket imported(bool fromA, core::Flags flags, std::uint32_t seq, std::uint32_t ack,
                              std::int64_t t, std::uint32_t payload) {
    core::ImportedPacket p;
    p.fromA = fromA;
    p.header = fromA ? segment(flags, seq, ack, 40000, 80) : segment(flags, seq, ack, 80, 40000);
    p.payloadLength = payload;
    p.payload = std::string(payload, 'x');
    p.seenAt[0] = t;
    return p;
}

std::vector<std::string> stateChanges(const core::Trace& trace) {
    std::vector<std::string> lines;
    for (const core::TraceEvent& e : trace.events) {
        const auto* s = std::get_if<core::StateChanged>(&e.body);
        if (!s)
            continue;
        const std::string from = core::hasUnknownFrom(s->rule) ? "?" : std::string(toString(s->from));
        const std::string to = core::hasUnknownTo(s->rule) ? "?" : std::string(toString(s->to));
        lines.push_back(std::string(s->conn == 0 ? "A " : "B ") + from + " -> " + to + " (" +
                        std::string(toString(s->rule)) + ")");
    }
    return lines;
}

core::Trace traceOf(const std::vector<std::string>& names, std::size_t index) {
    std::vector<std::string> paths;
    for (const std::string& name : names)
        paths.push_back(capturePath(name));
    const core::CaptureListing listing = core::listConnections(paths);
    return core::traceFromConnection(core::importConnection(paths, listing.connections.at(index)));
}

} // namespace capturetest
