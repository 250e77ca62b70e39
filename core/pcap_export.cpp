#include "pcap_export.h"

#include "capture_point.h"
#include "wire.h"

#include <cerrno>
#include <cstdio>
#include <memory>
#include <pcap/pcap.h>
#include <system_error>

namespace core {

namespace {

// libpcap's own maximum: any frame fits whole.
constexpr int kSnapLength = 262144;
constexpr std::int64_t kMicrosPerSecond = 1'000'000;

std::string osReason(int error) {
    if (error == 0)
        return "write error";
    return std::generic_category().message(error);
}

CaptureExportError writeError(const std::string& path, const std::string& reason) {
    return CaptureExportError("cannot write capture '" + path + "': " + reason);
}

// A segment or datagram as it was on the wire: Ethernet II, IPv4, TCP or UDP.
std::string frameOf(const Trace& trace, SegId id) {
    const SegmentRecord& rec = trace.segments.at(static_cast<std::size_t>(id));
    try {
        const bool udp = rec.protocol == Protocol::Udp;
        Ipv4Header ip;
        ip.src = rec.src;
        ip.dst = rec.dst;
        ip.protocol = udp ? IpProtocol::Udp : IpProtocol::Tcp;
        // Lets a reader of the capture find the segment in the trace.
        ip.identification = static_cast<std::uint16_t>(static_cast<std::uint32_t>(id) & 0xffffu);
        const std::string transport = udp ? encodeUdp(rec.header, trace.payloadOf(id))
                                          : encodeTcp(rec.header, trace.payloadOf(id));
        const std::string packet = encodeIpv4(ip, transport);
        return encodeEthernet(syntheticMac(rec.dst), syntheticMac(rec.src), kEtherTypeIpv4, packet);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("segment #" + std::to_string(id) + ": " + e.what());
    }
}

struct PcapCloser {
    void operator()(pcap_t* pcap) const { pcap_close(pcap); }
};

// An open capture file: libpcap's dumper on a file we opened, so that errno
// says why opening or writing failed.
class CaptureFile {
public:
    explicit CaptureFile(const std::string& path) : m_path(path) {
        m_pcap.reset(pcap_open_dead(DLT_EN10MB, kSnapLength));
        if (!m_pcap)
            throw writeError(m_path, "libpcap could not start a capture");
        std::FILE* file = std::fopen(path.c_str(), "wb");
        if (!file)
            throw writeError(m_path, osReason(errno));
        m_dumper = pcap_dump_fopen(m_pcap.get(), file);
        if (!m_dumper) {
            std::fclose(file);
            throw writeError(m_path, pcap_geterr(m_pcap.get()));
        }
    }
    ~CaptureFile() {
        if (m_dumper)
            pcap_dump_close(m_dumper);
    }
    CaptureFile(const CaptureFile&) = delete;
    CaptureFile& operator=(const CaptureFile&) = delete;

    void write(Micros t, const std::string& frame) {
        pcap_pkthdr header{};
        header.ts.tv_sec = static_cast<decltype(header.ts.tv_sec)>(t.count() / kMicrosPerSecond);
        header.ts.tv_usec = static_cast<decltype(header.ts.tv_usec)>(t.count() % kMicrosPerSecond);
        header.caplen = static_cast<bpf_u_int32>(frame.size());
        header.len = header.caplen;
        pcap_dump(reinterpret_cast<u_char*>(m_dumper), &header,
                  reinterpret_cast<const u_char*>(frame.data()));
    }

    // Flushes and closes; throws if anything written so far failed.
    void finish() {
        errno = 0;
        if (pcap_dump_flush(m_dumper) != 0 || std::ferror(pcap_dump_file(m_dumper)))
            throw writeError(m_path, osReason(errno));
        pcap_dump_close(m_dumper);
        m_dumper = nullptr;
    }

private:
    std::string m_path;
    std::unique_ptr<pcap_t, PcapCloser> m_pcap;
    pcap_dumper_t* m_dumper = nullptr;
};

} // namespace

std::size_t exportPcap(const Trace& trace, HostId host, const std::string& path) {
    if (host < 0 || static_cast<std::size_t>(host) >= trace.hosts.size())
        throw std::invalid_argument("no host #" + std::to_string(host) + " in the trace");
    const std::vector<CapturedSegment> captured = capturedSegments(trace, host);
    CaptureFile file(path);
    for (const CapturedSegment& segment : captured)
        file.write(segment.t, frameOf(trace, segment.seg));
    file.finish();
    return captured.size();
}

} // namespace core
