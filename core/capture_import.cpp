#include "capture_import.h"

#include "capture_scan.h"

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace core {

// The same tracker as the listing assigns the packets to connections, so the
// connection's id in this file picks them out.
std::vector<ImportedPacket> readConnectionPackets(CaptureReader& reader, std::size_t file,
                                                  const ConnectionSummary& connection,
                                                  ProgressTicker* ticker) {
    const ConnectionSummary::InFile& in = connection.files.at(file);
    std::vector<ImportedPacket> packets;
    CaptureFileStats stats;
    ConnectionTracker tracker;
    const auto onTcp = [&](const RawPacket& raw, const TcpPacket& tcp) {
        if (tracker.add(tcp, raw.timeMicros, raw.number) == in.id) {
            ImportedPacket p;
            p.fromA = IpEndpoint{tcp.src, tcp.header.srcPort} == connection.a;
            p.header = tcp.header;
            p.payloadLength = tcp.payloadLength;
            p.payload = std::string(tcp.payload);
            p.ipId = tcp.ipId;
            p.seenAt[file] = raw.timeMicros;
            p.number[file] = raw.number;
            packets.push_back(std::move(p));
        }
        return raw.number < in.lastPacket;
    };
    forEachTcpPacket(reader, stats, onTcp, ticker);
    // A file written from several interfaces (or a broken clock) is not always in time order.
    std::stable_sort(packets.begin(), packets.end(),
                     [file](const ImportedPacket& x, const ImportedPacket& y) {
                         return *x.seenAt[file] < *y.seenAt[file];
                     });
    return packets;
}

namespace {

using MatchKey = std::tuple<bool, std::uint32_t, std::uint32_t, std::uint8_t, std::uint32_t, int>;

MatchKey matchKey(const ImportedPacket& p) {
    return {p.fromA, p.header.seq.value(), p.header.ack.value(), p.header.flags.bits(),
            p.payloadLength, p.ipId ? int{*p.ipId} : -1};
}

// Adds the second file's packets to the first's: the k-th packet with a key
// in one file is the k-th with that key in the other.
std::vector<ImportedPacket> matchFiles(std::vector<ImportedPacket> first,
                                       std::vector<ImportedPacket> second) {
    std::map<MatchKey, std::deque<std::size_t>> unmatched;
    for (std::size_t i = 0; i < first.size(); ++i)
        unmatched[matchKey(first[i])].push_back(i);
    for (ImportedPacket& p : second) {
        auto it = unmatched.find(matchKey(p));
        if (it == unmatched.end() || it->second.empty()) {
            first.push_back(std::move(p));
            continue;
        }
        ImportedPacket& twin = first[it->second.front()];
        it->second.pop_front();
        twin.seenAt[1] = p.seenAt[1];
        twin.number[1] = p.number[1];
    }
    std::stable_sort(first.begin(), first.end(), [](const ImportedPacket& x, const ImportedPacket& y) {
        return x.firstSeen() < y.firstSeen();
    });
    return first;
}

} // namespace

std::int64_t ImportedPacket::firstSeen() const {
    std::optional<std::int64_t> first;
    for (const std::optional<std::int64_t>& t : seenAt)
        if (t && (!first || *t < *first))
            first = t;
    return first.value_or(0);
}

ImportedConnection importConnection(const std::vector<std::string>& paths,
                                    const ConnectionSummary& connection) {
    return importConnection(paths, connection, ScanProgress{});
}

ImportedConnection importConnection(const std::vector<std::string>& paths,
                                    const ConnectionSummary& connection,
                                    const ScanProgress& progress) {
    ImportedConnection imported{connection, paths, {}};
    std::vector<std::string> read; // the files that hold the connection
    for (std::size_t file = 0; file < paths.size() && file < kMaxCaptureFiles; ++file)
        if (connection.files[file].id >= 0)
            read.push_back(paths[file]);
    ProgressTicker ticker(&progress, totalSize(read));
    std::array<std::vector<ImportedPacket>, kMaxCaptureFiles> perFile;
    for (std::size_t file = 0; file < paths.size() && file < kMaxCaptureFiles; ++file)
        if (connection.files[file].id >= 0) {
            CaptureReader reader(paths[file]);
            perFile[file] = readConnectionPackets(reader, file, connection, &ticker);
            ticker.fileDone(reader);
        }
    imported.packets = matchFiles(std::move(perFile[0]), std::move(perFile[1]));
    return imported;
}

} // namespace core
