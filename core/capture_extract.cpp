#include "capture_extract.h"

#include "capture_scan.h"
#include "pcap_export.h"

#include <cerrno>
#include <cstdio>
#include <memory>
#include <pcap/pcap.h>
#include <system_error>

namespace core {

namespace {

constexpr int kSnapLength = 262144; // libpcap's maximum: every captured packet fits
constexpr std::int64_t kMicrosPerSecond = 1'000'000;

CaptureExportError writeError(const std::string& path, int error) {
    const std::string reason = error == 0 ? "write error" : std::generic_category().message(error);
    return CaptureExportError("cannot write capture '" + path + "': " + reason);
}

struct PcapCloser {
    void operator()(pcap_t* pcap) const { pcap_close(pcap); }
};

struct DumperCloser {
    void operator()(pcap_dumper_t* dumper) const { pcap_dump_close(dumper); }
};

// A pcap file being written with the link type of the capture it copies from.
class PacketWriter {
public:
    PacketWriter(const std::string& path, int linkType) : m_path(path) {
        m_pcap.reset(
            pcap_open_dead_with_tstamp_precision(linkType, kSnapLength, PCAP_TSTAMP_PRECISION_MICRO));
        std::FILE* file = m_pcap ? std::fopen(path.c_str(), "wb") : nullptr;
        if (!file)
            throw writeError(path, errno);
        m_dumper.reset(pcap_dump_fopen(m_pcap.get(), file));
        if (!m_dumper) {
            std::fclose(file);
            throw CaptureExportError("cannot write capture '" + path +
                                     "': " + pcap_geterr(m_pcap.get()));
        }
    }

    void write(const RawPacket& raw) {
        pcap_pkthdr header{};
        header.ts.tv_sec = static_cast<decltype(header.ts.tv_sec)>(raw.timeMicros / kMicrosPerSecond);
        header.ts.tv_usec =
            static_cast<decltype(header.ts.tv_usec)>(raw.timeMicros % kMicrosPerSecond);
        header.caplen = static_cast<bpf_u_int32>(raw.bytes.size());
        header.len = raw.wireLength;
        pcap_dump(reinterpret_cast<u_char*>(m_dumper.get()), &header, raw.bytes.data());
    }

    void finish() {
        errno = 0;
        if (pcap_dump_flush(m_dumper.get()) != 0 || std::ferror(pcap_dump_file(m_dumper.get())))
            throw writeError(m_path, errno);
        m_dumper.reset();
    }

private:
    std::string m_path;
    std::unique_ptr<pcap_t, PcapCloser> m_pcap;
    std::unique_ptr<pcap_dumper_t, DumperCloser> m_dumper;
};

} // namespace

std::size_t extractConnection(const std::string& path, std::size_t file,
                              const ConnectionSummary& connection, const std::string& out) {
    const ConnectionSummary::InFile& in = connection.files.at(file);
    CaptureReader reader(path);
    PacketWriter writer(out, reader.linkType());
    CaptureFileStats stats;
    ConnectionTracker tracker;
    std::size_t written = 0;
    forEachTcpPacket(reader, stats, [&](const RawPacket& raw, const TcpPacket& tcp) {
        if (tracker.add(tcp, raw.timeMicros, raw.number) == in.id) {
            writer.write(raw);
            ++written;
        }
        return raw.number < in.lastPacket;
    });
    writer.finish();
    return written;
}

} // namespace core
