#include "capture_scan.h"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <stdexcept>
#include <system_error>

namespace core {

namespace {

std::vector<ConnectionSummary> scanFile(const std::string& path, CaptureFileStats& stats,
                                        ProgressTicker& ticker) {
    CaptureReader reader(path);
    stats.file = path;
    stats.linkType = reader.linkType();
    ConnectionTracker tracker;
    forEachTcpPacket(
        reader, stats,
        [&](const RawPacket& raw, const TcpPacket& tcp) {
            tracker.add(tcp, raw.timeMicros, raw.number);
            return true;
        },
        &ticker);
    ticker.fileDone(reader);
    return tracker.take();
}

} // namespace

std::uint64_t CaptureFileStats::skippedTotal() const {
    return std::accumulate(skipped.begin(), skipped.end(), std::uint64_t{0});
}

void ProgressTicker::fileDone(const CaptureReader& reader) {
    m_done += std::max(reader.size(), reader.position());
    if (m_progress)
        report(m_done);
}

void ProgressTicker::report(std::uint64_t bytesRead) const {
    if (!m_progress->onProgress(std::min(bytesRead, m_total), m_total))
        throw CaptureCancelled();
}

std::uint64_t totalSize(const std::vector<std::string>& paths) {
    std::uint64_t total = 0;
    for (const std::string& path : paths) {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(path, error);
        if (!error)
            total += size;
    }
    return total;
}

CaptureListing listConnections(const std::vector<std::string>& paths) {
    return listConnections(paths, ScanProgress{});
}

CaptureListing listConnections(const std::vector<std::string>& paths,
                               const ScanProgress& progress) {
    if (paths.empty() || paths.size() > kMaxCaptureFiles)
        throw std::invalid_argument("listConnections: give one or two capture files");
    CaptureListing listing;
    std::vector<std::vector<ConnectionSummary>> perFile;
    ProgressTicker ticker(&progress, totalSize(paths));
    for (const std::string& path : paths) {
        listing.files.emplace_back();
        perFile.push_back(scanFile(path, listing.files.back(), ticker));
    }
    listing.connections = mergeConnections(perFile);
    return listing;
}

} // namespace core
