#include "capture_scan.h"

#include <numeric>
#include <stdexcept>

namespace core {

namespace {

std::vector<ConnectionSummary> scanFile(const std::string& path, CaptureFileStats& stats) {
    CaptureReader reader(path);
    stats.file = path;
    stats.linkType = reader.linkType();
    ConnectionTracker tracker;
    forEachTcpPacket(reader, stats, [&](const RawPacket& raw, const TcpPacket& tcp) {
        tracker.add(tcp, raw.timeMicros, raw.number);
        return true;
    });
    return tracker.take();
}

} // namespace

std::uint64_t CaptureFileStats::skippedTotal() const {
    return std::accumulate(skipped.begin(), skipped.end(), std::uint64_t{0});
}

CaptureListing listConnections(const std::vector<std::string>& paths) {
    if (paths.empty() || paths.size() > kMaxCaptureFiles)
        throw std::invalid_argument("listConnections: give one or two capture files");
    CaptureListing listing;
    std::vector<std::vector<ConnectionSummary>> perFile;
    for (const std::string& path : paths) {
        listing.files.emplace_back();
        perFile.push_back(scanFile(path, listing.files.back()));
    }
    listing.connections = mergeConnections(perFile);
    return listing;
}

} // namespace core
