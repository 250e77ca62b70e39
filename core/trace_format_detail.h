#pragma once

// Helpers shared by the text and JSON Lines trace writers. Internal to core:
// not part of the public interface.

#include "trace.h"

#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace core::detail {

// Appends the decimal digits of an integer, without allocating.
template <typename Int> void appendInt(std::string& out, Int value) {
    static_assert(std::is_integral_v<Int>);
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end);
}

// "1.250000": microseconds as seconds with six decimals, exactly.
void appendSeconds(std::string& out, Micros t);

// "10.0.0.1"
void appendAddress(std::string& out, Address address);

// Looks up the trace's tables without throwing: a trace built by hand may
// name a host or connection that is not in them, and gets "?" for it.
class TraceNames {
public:
    explicit TraceNames(const Trace& trace) : m_trace(trace) {}

    const HostInfo* host(HostId id) const;
    const ConnInfo* conn(ConnId id) const;
    const SegmentRecord* segment(SegId id) const;
    std::string_view hostName(HostId id) const;
    // The host that owns an address, kNone if none does.
    HostId hostWithAddress(Address address) const;

    // How an endpoint name is written: as is for text, escaped for JSON.
    using NameWriter = void (*)(std::string& out, std::string_view name);

    // "server:80"; the dotted address when no host is known ("10.0.0.9:80").
    void appendEndpoint(std::string& out, HostId host, Address address, Port port,
                        NameWriter writeName) const;
    // A segment's source, named after the host that owns its address: for a
    // spoofed segment, not the host that sent it.
    void appendSource(std::string& out, const SegmentRecord& r, NameWriter writeName) const;
    // A connection's local endpoint, "client:49152".
    void appendLocal(std::string& out, ConnId id, NameWriter writeName) const;
    // A connection's remote endpoint, named by the host owning its address.
    void appendRemote(std::string& out, ConnId id, NameWriter writeName) const;

private:
    const Trace& m_trace;
};

void appendRaw(std::string& out, std::string_view text);
void appendJsonEscaped(std::string& out, std::string_view text);

// Writes whatever `appendLine` produced for each event to `out`, in chunks so
// that memory stays bounded for traces with millions of events.
template <typename AppendLine>
void streamLines(const Trace& trace, std::ostream& out, AppendLine appendLine) {
    constexpr std::size_t kChunk = std::size_t{64} * 1024;
    std::string buffer;
    buffer.reserve(kChunk + 1024);
    for (const TraceEvent& event : trace.events) {
        appendLine(buffer, event);
        if (buffer.size() >= kChunk) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

} // namespace core::detail
