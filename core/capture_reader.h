#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>

namespace core {

// A capture file that cannot be read. what() names the file and what is wrong:
// "x.pcap: not a pcap or pcapng file", "x.pcap: truncated after packet 1234".
class CaptureError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One packet as the file holds it.
struct RawPacket {
    std::uint64_t number = 0;      // from 1, as Wireshark numbers frames
    std::int64_t timeMicros = 0;   // capture time, µs since the Unix epoch
    std::uint32_t wireLength = 0;  // the packet's length on the wire
    std::span<const std::uint8_t> bytes; // what was captured; valid until the next next()
};

// Reads a pcap or pcapng file packet by packet with libpcap, in file order.
// Never reads the whole file into memory.
class CaptureReader {
public:
    // Opens `path`. Throws CaptureError naming `path`: it cannot be opened, is
    // not a pcap or pcapng file, or has a link type that decodePacket() does
    // not read.
    explicit CaptureReader(const std::string& path);
    // Reads a capture held in memory (for the fuzzer); `name` stands for the
    // file in messages. `data` must outlive the reader.
    CaptureReader(std::span<const std::uint8_t> data, const std::string& name);
    ~CaptureReader();
    CaptureReader(const CaptureReader&) = delete;
    CaptureReader& operator=(const CaptureReader&) = delete;

    const std::string& name() const { return m_name; }
    int linkType() const { return m_linkType; }
    // The file's size in bytes, and how far reading has come (what libpcap
    // has taken from the file: ahead of the packets handed out by up to its
    // buffer). For progress bars.
    std::uint64_t size() const { return m_size; }
    std::uint64_t position() const;

    // The next packet; false after the last one. Throws CaptureError when the
    // file ends inside a packet ("truncated after packet N") or is corrupt.
    bool next(RawPacket& packet);

private:
    struct Handle;
    void open(std::FILE* file);

    std::string m_name;
    std::unique_ptr<Handle> m_handle;
    int m_linkType = 0;
    std::uint64_t m_count = 0;
    std::uint64_t m_size = 0;
};

} // namespace core
