#include "tshark.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace capturetest {

namespace {

namespace fs = std::filesystem;

constexpr const char* kFieldNames[kFieldCount] = {
    "frame.time_epoch",
    "ip.id",
    "ip.checksum.status",
    "ip.proto",
    "tcp.checksum.status",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.seq_raw",
    "tcp.ack_raw",
    "tcp.flags",
    "tcp.hdr_len",
    "tcp.len",
    "tcp.window_size_value",
    "tcp.options",
    "tcp.analysis.retransmission",
    "tcp.analysis.out_of_order",
    "tcp.analysis.keep_alive",
    "_ws.malformed",
    "_ws.expert.severity",
    "udp.srcport",
    "udp.dstport",
    "udp.length",
    "udp.checksum.status",
};

// Far more packets than any test capture has: output is never unbounded.
constexpr std::size_t kMaxRows = 100'000;
constexpr std::size_t kMaxStderrShown = 2000;

std::string shellQuoted(const std::string& s) {
    std::string quoted = "'";
    for (const char c : s)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

Row splitTabs(const std::string& line) {
    Row fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    return fields;
}

std::string firstCharsOf(const fs::path& path, std::size_t limit) {
    std::ifstream in(path);
    std::string text(limit, '\0');
    in.read(text.data(), static_cast<std::streamsize>(limit));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

std::string commandFor(const std::string& tshark, const fs::path& capture, const fs::path& errors) {
    std::string command = shellQuoted(tshark) + " -n -r " + shellQuoted(capture.string()) +
                          " -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE"
                          " -o udp.check_checksum:TRUE"
                          " -o tcp.analyze_sequence_numbers:TRUE"
                          " -o tcp.relative_sequence_numbers:FALSE"
                          " -T fields -E separator=/t -E occurrence=a -E aggregator=,";
    for (const char* field : kFieldNames)
        command += std::string(" -e ") + field;
    return command + " 2>" + shellQuoted(errors.string());
}

// Runs `command` and splits its output lines at tabs; `errors` holds its stderr.
std::vector<Row> runCommand(const std::string& command, const fs::path& errors) {
    std::vector<Row> rows;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return rows;
    }
    std::string line;
    for (int c; (c = std::fgetc(pipe)) != EOF;) {
        if (c != '\n') {
            if (line.size() < 65536)
                line += static_cast<char>(c);
            continue;
        }
        if (rows.size() < kMaxRows)
            rows.push_back(splitTabs(line));
        line.clear();
    }
    const int status = ::pclose(pipe);
    EXPECT_EQ(status, 0) << command << "\n" << firstCharsOf(errors, kMaxStderrShown);
    fs::remove(errors);
    return rows;
}

} // namespace

const char* fieldName(Field field) {
    return kFieldNames[field];
}

std::optional<std::string> findTshark() {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        const fs::path candidate = fs::path(dir.empty() ? "." : dir) / "tshark";
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
    }
    return std::nullopt;
}

std::vector<Row> readWithTshark(const std::string& tshark, const fs::path& capture) {
    const fs::path errors = capture.string() + ".stderr";
    std::vector<Row> rows = runCommand(commandFor(tshark, capture, errors), errors);
    for (const Row& row : rows)
        EXPECT_EQ(row.size(), static_cast<std::size_t>(kFieldCount)) << "a row of tshark output";
    return rows;
}

std::vector<Row> runTshark(const std::string& tshark, const fs::path& capture,
                           const std::string& options) {
    const fs::path errors =
        fs::temp_directory_path() / ("hl-tshark-" + std::to_string(::getpid()) + ".stderr");
    const std::string command = shellQuoted(tshark) + " -n -r " + shellQuoted(capture.string()) +
                                " " + options + " 2>" + shellQuoted(errors.string());
    return runCommand(command, errors);
}

} // namespace capturetest
