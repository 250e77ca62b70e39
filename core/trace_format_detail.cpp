#include "trace_format_detail.h"

namespace core::detail {

void appendSeconds(std::string& out, Micros t) {
    std::int64_t us = t.count();
    if (us < 0) {
        out += '-';
        us = -us;
    }
    appendInt(out, us / 1'000'000);
    out += '.';
    const auto fraction = static_cast<std::int32_t>(us % 1'000'000);
    char digits[6];
    std::int32_t rest = fraction;
    for (int i = 5; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    out.append(digits, sizeof digits);
}

void appendAddress(std::string& out, Address address) {
    const std::uint32_t v = address.v4;
    appendInt(out, v >> 24);
    out += '.';
    appendInt(out, (v >> 16) & 0xffu);
    out += '.';
    appendInt(out, (v >> 8) & 0xffu);
    out += '.';
    appendInt(out, v & 0xffu);
}

const HostInfo* TraceNames::host(HostId id) const {
    if (id < 0 || static_cast<std::size_t>(id) >= m_trace.hosts.size())
        return nullptr;
    return &m_trace.hosts[static_cast<std::size_t>(id)];
}

const ConnInfo* TraceNames::conn(ConnId id) const {
    if (id < 0 || static_cast<std::size_t>(id) >= m_trace.conns.size())
        return nullptr;
    return &m_trace.conns[static_cast<std::size_t>(id)];
}

const SegmentRecord* TraceNames::segment(SegId id) const {
    if (id < 0 || static_cast<std::size_t>(id) >= m_trace.segments.size())
        return nullptr;
    return &m_trace.segments[static_cast<std::size_t>(id)];
}

std::string_view TraceNames::hostName(HostId id) const {
    const HostInfo* h = host(id);
    return h ? std::string_view(h->name) : std::string_view("?");
}

HostId TraceNames::hostWithAddress(Address address) const {
    for (std::size_t i = 0; i < m_trace.hosts.size(); ++i) {
        if (m_trace.hosts[i].address == address)
            return static_cast<HostId>(i);
    }
    return kNone;
}

void TraceNames::appendEndpoint(std::string& out, HostId hostId, Address address, Port port,
                                NameWriter writeName) const {
    if (const HostInfo* h = host(hostId))
        writeName(out, h->name);
    else
        appendAddress(out, address);
    out += ':';
    appendInt(out, port);
}

void TraceNames::appendSource(std::string& out, const SegmentRecord& r,
                              NameWriter writeName) const {
    const HostInfo* sender = host(r.fromHost);
    const HostId owner = !sender || sender->address == r.src ? r.fromHost : hostWithAddress(r.src);
    appendEndpoint(out, owner, r.src, r.header.srcPort, writeName);
}

void TraceNames::appendLocal(std::string& out, ConnId id, NameWriter writeName) const {
    const ConnInfo* c = conn(id);
    if (!c) {
        out += '?';
        return;
    }
    writeName(out, hostName(c->host));
    out += ':';
    appendInt(out, c->localPort);
}

void TraceNames::appendRemote(std::string& out, ConnId id, NameWriter writeName) const {
    const ConnInfo* c = conn(id);
    if (!c) {
        out += '?';
        return;
    }
    appendEndpoint(out, hostWithAddress(c->remoteAddress), c->remoteAddress, c->remotePort,
                   writeName);
}

void appendRaw(std::string& out, std::string_view text) {
    out += text;
}

void appendJsonEscaped(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char ch : text) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20) {
                const auto code = static_cast<unsigned char>(ch);
                out += "\\u00";
                out += kHex[code >> 4];
                out += kHex[code & 0xfu];
            } else {
                out += ch;
            }
        }
    }
}

} // namespace core::detail
