#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// Runs tshark, Wireshark's command-line analyser, on a capture file and
// returns the fields below for every packet.
namespace capturetest {

// The fields asked of tshark, in this order (-T fields -e ...).
enum Field {
    TimeEpoch,
    IpId,
    IpChecksumStatus,
    IpProtocol,
    TcpChecksumStatus,
    SrcPort,
    DstPort,
    SeqRaw,
    AckRaw,
    Flags,
    HeaderLength,
    PayloadLength,
    Window,
    Options,
    Retransmission,
    OutOfOrder,
    KeepAlive,
    Malformed,
    ExpertSeverity,
    UdpSrcPort,
    UdpDstPort,
    UdpLength,
    UdpChecksumStatus,
    kFieldCount
};

// tshark's name of a field: "tcp.seq_raw".
const char* fieldName(Field field);

// One packet: kFieldCount values as tshark prints them ("" when absent; a
// field present several times has its values joined with ',').
using Row = std::vector<std::string>;

// The tshark on PATH, if any.
std::optional<std::string> findTshark();

// Reads `capture` with IPv4, TCP and UDP checksum validation and TCP sequence
// analysis on, absolute sequence numbers. Adds a test failure, with tshark's stderr, if
// tshark fails.
std::vector<Row> readWithTshark(const std::string& tshark, const std::filesystem::path& capture);

// Runs `tshark -n -r capture options` (e.g. "-T fields -e tcp.seq_raw") and
// returns its output lines split at tabs. Adds a test failure, with tshark's
// stderr, if tshark fails.
std::vector<Row> runTshark(const std::string& tshark, const std::filesystem::path& capture,
                           const std::string& options);

} // namespace capturetest
