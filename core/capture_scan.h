#pragma once

#include "capture_connections.h"
#include "capture_decode.h"
#include "capture_reader.h"

#include <array>
#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

namespace core {

// Reading whole capture files: every packet decoded, the TCP ones handed on,
// the others counted.

// A packet that could not be decoded, for the list shown to the user.
struct DecodeProblem {
    std::uint64_t packet = 0; // its number, from 1
    std::size_t offset = 0;   // the byte in the packet where decoding stopped
    std::string what;
    friend bool operator==(const DecodeProblem&, const DecodeProblem&) = default;
};

// What one file held.
struct CaptureFileStats {
    std::string file;
    int linkType = 0;
    std::uint64_t packets = 0;
    std::uint64_t tcpPackets = 0;
    std::array<std::uint64_t, kSkippedKindCount> skipped{}; // by SkippedKind
    std::uint64_t malformed = 0;
    std::vector<DecodeProblem> problems; // the first kMaxListedProblems of them

    std::uint64_t skippedTotal() const;
};

inline constexpr std::size_t kMaxListedProblems = 100;

// Reading a large capture takes a while: a caller can watch it and stop it.
struct ScanProgress {
    // Called now and then (every kProgressInterval packets and at the end of
    // each file) with the bytes of the files read so far and the size of all
    // the files that will be read. Runs on the reading thread. Returns false
    // to stop: the reading function then throws CaptureCancelled.
    std::function<bool(std::uint64_t bytesRead, std::uint64_t bytesTotal)> onProgress;
};

// Often enough to stop within a few milliseconds, rarely enough to cost
// nothing next to decoding the packets.
inline constexpr std::uint64_t kProgressInterval = 4096;

// Thrown when ScanProgress::onProgress asked to stop. Not a CaptureError: the
// file is fine.
class CaptureCancelled : public std::exception {
public:
    const char* what() const noexcept override { return "reading the capture was cancelled"; }
};

// Reports the progress of reading several files one after the other.
class ProgressTicker {
public:
    // `progress` may be null (no reports); `bytesTotal`: all the files' sizes.
    ProgressTicker(const ScanProgress* progress, std::uint64_t bytesTotal)
        : m_progress(progress && progress->onProgress ? progress : nullptr), m_total(bytesTotal) {}
    // Once per packet of `reader`; reports every kProgressInterval packets.
    void tick(const CaptureReader& reader) {
        if (m_progress && ++m_packets % kProgressInterval == 0)
            report(m_done + reader.position());
    }
    // After `reader` has been read to its end (or as far as wanted).
    void fileDone(const CaptureReader& reader);

private:
    void report(std::uint64_t bytesRead) const;
    const ScanProgress* m_progress;
    std::uint64_t m_total;
    std::uint64_t m_done = 0; // the sizes of the files already read
    std::uint64_t m_packets = 0;
};

// The total size of `paths` in bytes (a file that cannot be examined counts 0).
std::uint64_t totalSize(const std::vector<std::string>& paths);

struct CaptureListing {
    std::vector<ConnectionSummary> connections; // by start time
    std::vector<CaptureFileStats> files;        // in the order given
};

// Reads up to kMaxCaptureFiles captures of the same traffic in one pass each
// and lists their TCP connections (mergeConnections()). Throws CaptureError
// for a file that cannot be read, and std::invalid_argument for no file or
// too many.
CaptureListing listConnections(const std::vector<std::string>& paths);
// The same, reporting to `progress`; throws CaptureCancelled when it says stop.
CaptureListing listConnections(const std::vector<std::string>& paths, const ScanProgress& progress);

// Reads every packet of `reader`, counting it in `stats`, and calls
// onTcp(const RawPacket&, const TcpPacket&) for each TCP one. onTcp returns
// false to stop early. Throws CaptureError as CaptureReader::next() does, and
// CaptureCancelled when `ticker` (may be null) was told to stop.
template <class OnTcp>
void forEachTcpPacket(CaptureReader& reader, CaptureFileStats& stats, OnTcp&& onTcp,
                      ProgressTicker* ticker = nullptr) {
    RawPacket raw;
    while (reader.next(raw)) {
        if (ticker)
            ticker->tick(reader);
        ++stats.packets;
        DecodedPacket decoded = decodePacket(reader.linkType(), raw.bytes);
        if (auto* tcp = std::get_if<TcpPacket>(&decoded)) {
            ++stats.tcpPackets;
            if (!onTcp(raw, *tcp))
                return;
        } else if (auto* skipped = std::get_if<SkippedPacket>(&decoded)) {
            ++stats.skipped[static_cast<std::size_t>(skipped->kind)];
        } else {
            ++stats.malformed;
            auto& bad = std::get<MalformedPacket>(decoded);
            if (stats.problems.size() < kMaxListedProblems)
                stats.problems.push_back({raw.number, bad.offset, std::move(bad.what)});
        }
    }
}

} // namespace core
