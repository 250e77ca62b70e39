#include "capture_reader.h"

#include "capture_decode.h"

#include <cerrno>
#include <cstring>
#include <pcap/pcap.h>
#include <string_view>
#include <sys/stat.h>
#include <system_error>

namespace core {

struct CaptureReader::Handle {
    pcap_t* pcap = nullptr;
    ~Handle() {
        if (pcap)
            pcap_close(pcap); // also closes the FILE it was opened on
    }
};

namespace {

constexpr std::int64_t kMicrosPerSecond = 1'000'000;
constexpr std::int64_t kLatestSecond = 1'000'000'000'000; // about the year 33,000

// libpcap's reasons, in the words of this program.
std::string openReason(std::string_view libpcap) {
    if (libpcap.find("unknown file format") != std::string_view::npos ||
        libpcap.find("truncated") != std::string_view::npos)
        return "not a pcap or pcapng file";
    return std::string(libpcap);
}

std::string linkTypeName(int linkType) {
    const char* name = pcap_datalink_val_to_name(linkType);
    return std::to_string(linkType) + (name ? std::string(" (") + name + ")" : std::string());
}

} // namespace

CaptureReader::CaptureReader(const std::string& path) : m_name(path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw CaptureError(path + ": " + std::generic_category().message(errno));
    struct stat info {};
    if (::fstat(::fileno(file), &info) == 0 && info.st_size > 0)
        m_size = static_cast<std::uint64_t>(info.st_size);
    open(file);
}

CaptureReader::CaptureReader(std::span<const std::uint8_t> data, const std::string& name)
    : m_name(name) {
    if (data.empty())
        throw CaptureError(name + ": not a pcap or pcapng file");
    // fmemopen only reads in mode "r"; it takes a non-const pointer all the same.
    std::FILE* file = fmemopen(const_cast<std::uint8_t*>(data.data()), data.size(), "r");
    if (!file)
        throw CaptureError(name + ": " + std::generic_category().message(errno));
    m_size = data.size();
    open(file);
}

CaptureReader::~CaptureReader() = default;

// Hands `file` to libpcap, which closes it in every case.
void CaptureReader::open(std::FILE* file) {
    char error[PCAP_ERRBUF_SIZE] = {};
    m_handle = std::make_unique<Handle>();
    m_handle->pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO,
                                                              error);
    if (!m_handle->pcap) {
        std::fclose(file);
        throw CaptureError(m_name + ": " + openReason(error));
    }
    m_linkType = pcap_datalink(m_handle->pcap);
    if (!isSupportedLinkType(m_linkType))
        throw CaptureError(m_name + ": link type " + linkTypeName(m_linkType) +
                           " is not supported (Ethernet, Linux cooked, raw IP or loopback)");
}

std::uint64_t CaptureReader::position() const {
    const long offset = std::ftell(pcap_file(m_handle->pcap));
    return offset > 0 ? static_cast<std::uint64_t>(offset) : 0;
}

bool CaptureReader::next(RawPacket& packet) {
    pcap_pkthdr* header = nullptr;
    const std::uint8_t* data = nullptr;
    const int result = pcap_next_ex(m_handle->pcap, &header, &data);
    if (result == PCAP_ERROR_BREAK)
        return false;
    if (result != 1) {
        const std::string reason = pcap_geterr(m_handle->pcap);
        const std::string where = std::to_string(m_count);
        if (reason.find("truncated") != std::string::npos)
            throw CaptureError(m_name + ": truncated after packet " + where);
        throw CaptureError(m_name + ": corrupt after packet " + where + ": " + reason);
    }
    packet.number = ++m_count;
    // pcapng's 64-bit timestamps can say anything; far beyond any clock, they
    // would overflow the microseconds.
    if (header->ts.tv_sec < 0 || header->ts.tv_sec > kLatestSecond)
        throw CaptureError(m_name + ": packet " + std::to_string(m_count) +
                           ": timestamp out of range");
    packet.timeMicros = static_cast<std::int64_t>(header->ts.tv_sec) * kMicrosPerSecond +
                        static_cast<std::int64_t>(header->ts.tv_usec);
    packet.wireLength = header->len;
    packet.bytes = std::span<const std::uint8_t>(data, header->caplen);
    return true;
}

} // namespace core
