#pragma once

#include "capture_connections.h"
#include "capture_decode.h"
#include "capture_reader.h"

#include <array>
#include <cstdint>
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

struct CaptureListing {
    std::vector<ConnectionSummary> connections; // by start time
    std::vector<CaptureFileStats> files;        // in the order given
};

// Reads up to kMaxCaptureFiles captures of the same traffic in one pass each
// and lists their TCP connections (mergeConnections()). Throws CaptureError
// for a file that cannot be read, and std::invalid_argument for no file or
// too many.
CaptureListing listConnections(const std::vector<std::string>& paths);

// Reads every packet of `reader`, counting it in `stats`, and calls
// onTcp(const RawPacket&, const TcpPacket&) for each TCP one. onTcp returns
// false to stop early. Throws CaptureError as CaptureReader::next() does.
template <class OnTcp>
void forEachTcpPacket(CaptureReader& reader, CaptureFileStats& stats, OnTcp&& onTcp) {
    RawPacket raw;
    while (reader.next(raw)) {
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
