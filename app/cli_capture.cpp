#include "cli_capture.h"

#include "core/capture_extract.h"
#include "core/capture_import.h"
#include "core/capture_trace.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <vector>

namespace app {

namespace {

constexpr std::size_t kProblemsShown = 10;

// "0.053753": seconds with six decimals.
std::string seconds(std::int64_t micros) {
    const std::string fraction = std::to_string(micros % 1'000'000);
    return std::to_string(micros / 1'000'000) + '.' + std::string(6 - fraction.size(), '0') +
           fraction;
}

// Characters as a terminal shows them: UTF-8 continuation bytes take no room.
std::size_t displayWidth(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xc0u) != 0x80u;
    }));
}

using Row = std::array<std::string, 9>;
// Columns written flush right: the numbers.
constexpr std::array<bool, 9> kRightAligned = {true, false, false, true, true,
                                               true, true,  true,  false};

Row rowOf(std::size_t number, const core::ConnectionSummary& c, std::int64_t origin) {
    return {std::to_string(number),
            core::toString(c.a),
            core::toString(c.b),
            seconds(c.startMicros - origin),
            seconds(c.endMicros - c.startMicros),
            std::to_string(c.packets[0] + c.packets[1]),
            std::to_string(c.bytes[0]),
            std::to_string(c.bytes[1]),
            std::string(core::toString(c.end()))};
}

std::string joinRows(const std::vector<Row>& rows) {
    std::array<std::size_t, 9> width{};
    for (const Row& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], displayWidth(row[i]));
    std::string text;
    for (const Row& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(width[i] - displayWidth(row[i]), ' ');
            const bool last = i + 1 == row.size();
            text += kRightAligned[i] ? pad + row[i] : row[i] + (last ? "" : pad);
            text += last ? "\n" : "  ";
        }
    }
    return text;
}

std::string filesText(const std::vector<std::string>& files) {
    return files.size() == 1 ? files[0] : files[0] + " and " + files[1];
}

const core::ConnectionSummary& chosen(const core::CaptureListing& listing,
                                      const CommandLine& commandLine) {
    const std::size_t n = commandLine.connection.value_or(1);
    const std::size_t count = listing.connections.size();
    if (count == 0)
        throw CaptureChoiceError(filesText(commandLine.captures) + ": no TCP connection");
    if (n > count)
        throw CaptureChoiceError("--connection " + std::to_string(n) + ": " +
                                 filesText(commandLine.captures) +
                                 (commandLine.captures.size() == 1 ? " has " : " have ") +
                                 std::to_string(count) +
                                 (count == 1 ? " connection" : " connections") +
                                 " (see --list-connections)");
    return listing.connections[n - 1];
}

std::string skippedText(const core::CaptureFileStats& f) {
    std::string text;
    for (std::size_t k = 0; k < core::kSkippedKindCount; ++k) {
        if (f.skipped[k] == 0)
            continue;
        text += (text.empty() ? "" : ", ") +
                std::string(core::toString(static_cast<core::SkippedKind>(k))) + ' ' +
                std::to_string(f.skipped[k]);
    }
    return text;
}

void writeFileNotes(const core::CaptureFileStats& f, std::ostream& err) {
    if (f.skippedTotal() == 0 && f.malformed == 0)
        return;
    err << "handshake-lab: " << f.file << ": " << f.packets << " packets, " << f.tcpPackets
        << " TCP";
    if (f.skippedTotal() > 0)
        err << "; skipped " << f.skippedTotal() << " (" << skippedText(f) << ')';
    if (f.malformed > 0)
        err << "; " << f.malformed << " could not be decoded";
    err << '\n';
    for (std::size_t i = 0; i < f.problems.size() && i < kProblemsShown; ++i)
        err << "handshake-lab: " << f.file << ": packet " << f.problems[i].packet << ", byte "
            << f.problems[i].offset << ": " << f.problems[i].what << '\n';
    if (f.malformed > kProblemsShown)
        err << "handshake-lab: " << f.file << ": ... and " << f.malformed - kProblemsShown
            << " more that could not be decoded\n";
}

core::CaptureListing readListing(const CommandLine& commandLine, std::ostream& err) {
    core::CaptureListing listing = core::listConnections(commandLine.captures);
    writeCaptureNotes(listing, err);
    return listing;
}

} // namespace

std::string connectionTable(const core::CaptureListing& listing) {
    std::vector<Row> rows = {
        {"#", "A", "B", "start", "duration", "packets", "bytes A→B", "bytes B→A", "end"}};
    std::int64_t origin = 0;
    if (!listing.connections.empty())
        origin = listing.connections.front().startMicros; // they are sorted by start
    for (std::size_t i = 0; i < listing.connections.size(); ++i)
        rows.push_back(rowOf(i + 1, listing.connections[i], origin));
    return joinRows(rows);
}

void writeCaptureNotes(const core::CaptureListing& listing, std::ostream& err) {
    for (const core::CaptureFileStats& f : listing.files)
        writeFileNotes(f, err);
}

int listConnections(const CommandLine& commandLine, std::ostream& out, std::ostream& err) {
    const core::CaptureListing listing = readListing(commandLine, err);
    out << connectionTable(listing);
    return kExitOk;
}

core::Trace traceOfCapture(const CommandLine& commandLine, std::ostream& err) {
    const core::CaptureListing listing = readListing(commandLine, err);
    const core::ConnectionSummary& connection = chosen(listing, commandLine);
    const core::Trace trace =
        core::traceFromConnection(core::importConnection(commandLine.captures, connection));
    err << "handshake-lab: connection " << commandLine.connection.value_or(1) << ", "
        << core::toString(connection.a) << " -> " << core::toString(connection.b) << ": "
        << core::describeCaptureTiming(trace) << '\n';
    return trace;
}

int extractCapturedConnection(const CommandLine& commandLine, std::ostream& err) {
    const core::CaptureListing listing = readListing(commandLine, err);
    const core::ConnectionSummary& connection = chosen(listing, commandLine);
    const std::size_t file = connection.files[0].id >= 0 ? 0 : 1;
    const std::size_t packets = core::extractConnection(commandLine.captures[file], file,
                                                        connection, *commandLine.exportPath);
    err << "handshake-lab: wrote " << packets << (packets == 1 ? " packet" : " packets")
        << " of connection " << commandLine.connection.value_or(1) << " ("
        << core::toString(connection.a) << " -> " << core::toString(connection.b) << ") from "
        << commandLine.captures[file] << " to " << *commandLine.exportPath << '\n';
    return kExitOk;
}

} // namespace app
