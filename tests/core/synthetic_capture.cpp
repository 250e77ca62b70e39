#include "synthetic_capture.h"

#include "core/wire.h"

#include <pcap/pcap.h>
#include <stdexcept>

namespace testsupport {

namespace {

constexpr std::uint32_t kPayload = 16;

struct Sides {
    std::uint32_t next[2] = {}; // each side's next sequence number
};

// Packet `n` of a connection with `count` packets, from A (client) or B.
core::Segment segmentAt(std::uint64_t n, std::uint64_t count, Sides& sides, bool& fromA,
                        std::uint32_t& payload) {
    const std::uint64_t dataEnd = count - 3;
    fromA =
        n == 0 || n == 2 || n == dataEnd || n == count - 1 || (n > 2 && n < dataEnd && n % 2 == 1);
    payload = n > 2 && n < dataEnd ? kPayload : 0;
    core::Segment s;
    const std::size_t me = fromA ? 0 : 1;
    s.seq = core::SeqNum(sides.next[me]);
    s.ack = core::SeqNum(sides.next[1 - me]);
    s.flags = n == 0                             ? core::Flags(core::Flag::Syn)
              : n == 1                           ? core::Flag::Syn | core::Flag::Ack
              : n == dataEnd || n == dataEnd + 1 ? core::Flag::Fin | core::Flag::Ack
                                                 : core::Flags(core::Flag::Ack);
    s.window = 512;
    sides.next[me] += payload + (n <= 1 || n == dataEnd || n == dataEnd + 1 ? 1u : 0u);
    return s;
}

std::string frame(std::uint64_t k, std::uint64_t n, std::uint64_t count, Sides& sides) {
    bool fromA = true;
    std::uint32_t payload = 0;
    core::Segment s = segmentAt(n, count, sides, fromA, payload);
    const auto clientPort = static_cast<core::Port>(20000 + k % 40000);
    s.srcPort = fromA ? clientPort : 80;
    s.dstPort = fromA ? 80 : clientPort;
    const core::Address client{0x0a010000u + static_cast<std::uint32_t>(k % 65536)};
    const core::Address server{0x0a000001u};
    core::Ipv4Header ip;
    ip.src = fromA ? client : server;
    ip.dst = fromA ? server : client;
    return core::encodeEthernet(
        core::syntheticMac(ip.dst), core::syntheticMac(ip.src), core::kEtherTypeIpv4,
        core::encodeIpv4(ip, core::encodeTcp(s, std::string(payload, 'x'))));
}

} // namespace

void writeSyntheticCapture(const std::string& path, std::uint64_t connections,
                           std::uint64_t packetsEach) {
    if (packetsEach < 6)
        throw std::invalid_argument("writeSyntheticCapture: at least 6 packets a connection");
    pcap_t* dead = pcap_open_dead(DLT_EN10MB, 262144);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper) {
        pcap_close(dead);
        throw std::runtime_error("cannot write " + path);
    }
    std::int64_t t = 1'700'000'000'000'000;
    for (std::uint64_t k = 0; k < connections; ++k) {
        Sides sides{
            {static_cast<std::uint32_t>(k * 7919u), static_cast<std::uint32_t>(k * 104729u)}};
        for (std::uint64_t n = 0; n < packetsEach; ++n, t += 10) {
            const std::string bytes = frame(k, n, packetsEach, sides);
            pcap_pkthdr header{};
            header.ts.tv_sec = t / 1'000'000;
            header.ts.tv_usec = t % 1'000'000;
            header.caplen = header.len = static_cast<bpf_u_int32>(bytes.size());
            pcap_dump(reinterpret_cast<u_char*>(dumper), &header,
                      reinterpret_cast<const u_char*>(bytes.data()));
        }
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
}

} // namespace testsupport
