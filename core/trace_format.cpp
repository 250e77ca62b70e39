// The text trace: tcpdump's line format (with -S, absolute sequence numbers)
// for segments, and one line for every other event. docs/trace-format.md
// describes every line; keep the two in step.

#include "trace_format.h"

#include "trace_format_detail.h"

#include <variant>

namespace core {

namespace {

using detail::appendInt;
using detail::appendRaw;

// tcpdump's options list, in the order Linux puts them on a SYN.
void appendOptions(std::string& out, const Options& o) {
    out += ", options [";
    const std::size_t start = out.size();
    auto separate = [&] {
        if (out.size() != start)
            out += ',';
    };
    if (o.mss) {
        out += "mss ";
        appendInt(out, *o.mss);
    }
    if (o.sackPermitted) {
        separate();
        out += "sackOK";
    }
    if (o.timestamps) {
        separate();
        out += "TS val ";
        appendInt(out, o.timestamps->value);
        out += " ecr ";
        appendInt(out, o.timestamps->echoReply);
    }
    if (o.windowScale) {
        separate();
        out += "wscale ";
        appendInt(out, *o.windowScale);
    }
    out += ']';
}

class TextFormatter {
public:
    explicit TextFormatter(const Trace& trace) : m_names(trace) {}

    void append(std::string& out, const TraceEvent& event) {
        m_out = &out;
        detail::appendSeconds(out, event.t);
        out += ' ';
        std::visit(*this, event.body);
        out += '\n';
    }

    void operator()(const SegmentSent& e) {
        appendSegId(e.seg);
        *m_out += ' ';
        const SegmentRecord* r = m_names.segment(e.seg);
        if (!r) {
            *m_out += "sent (unknown segment)";
            return;
        }
        appendSegment(*r);
    }

    void operator()(const SegmentArrived& e) {
        appendSegId(e.seg);
        *m_out += " arrives at ";
        if (const SegmentRecord* r = m_names.segment(e.seg))
            m_names.appendEndpoint(*m_out, r->toHost, r->dst, r->header.dstPort, appendRaw);
        else
            *m_out += '?';
    }

    void operator()(const SegmentDropped& e) {
        appendSegId(e.seg);
        *m_out += " dropped (";
        *m_out += toString(e.reason);
        *m_out += ')';
    }

    void operator()(const StateChanged& e) {
        appendConn(e.conn);
        *m_out += ' ';
        *m_out += hasUnknownFrom(e.rule) ? "?" : toString(e.from);
        *m_out += " -> ";
        *m_out += hasUnknownTo(e.rule) ? "?" : toString(e.to);
        *m_out += " (";
        *m_out += toString(e.rule);
        *m_out += ')';
        if (e.cause != kNone) {
            *m_out += " on ";
            appendSegId(e.cause);
        }
    }

    void operator()(const TimerEvent& e) {
        appendConn(e.conn);
        *m_out += " timer ";
        *m_out += toString(e.timer);
        *m_out += ' ';
        *m_out += toString(e.action);
        if (e.action == TimerAction::Armed) {
            *m_out += ", fires at ";
            detail::appendSeconds(*m_out, e.deadline);
        }
    }

    void operator()(const AppCalled& e) {
        appendConn(e.conn);
        *m_out += " app ";
        *m_out += toString(e.call);
        *m_out += '(';
        if (e.call == AppCall::Send) {
            appendInt(*m_out, e.bytes);
            *m_out += e.bytes == 1 ? " byte" : " bytes";
        } else if (e.call == AppCall::Listen) {
            *m_out += "backlog ";
            appendInt(*m_out, e.bytes);
        }
        *m_out += ')';
    }

    void operator()(const AppResult& e) {
        appendConn(e.conn);
        *m_out += " app ";
        *m_out += toString(e.call);
        *m_out += "() -> ";
        if (e.error != SocketError::None)
            *m_out += toString(e.error);
        else if (e.call == AppCall::Accept && e.accepted != kNone)
            appendAccepted(e.accepted);
        else
            *m_out += "ok";
    }

    void operator()(const DataDelivered& e) {
        appendConn(e.conn);
        *m_out += " delivered ";
        appendInt(*m_out, e.bytes);
        *m_out += e.bytes == 1 ? " byte (offset " : " bytes (offset ";
        appendInt(*m_out, e.offset);
        *m_out += ')';
    }

    void operator()(const QueueLengths& e) {
        appendConn(e.listener);
        *m_out += " queues: syn ";
        appendInt(*m_out, e.synQueue);
        *m_out += ", accept ";
        appendInt(*m_out, e.acceptQueue);
    }

    void operator()(const HostCrashed& e) { appendHostLine(e.host, " crashed"); }
    void operator()(const HostRestarted& e) { appendHostLine(e.host, " restarted"); }

    // "#4 fault 0: dropped", "#9 fault 2: injected by attacker", "fault 3: link changed"
    void operator()(const FaultApplied& e) {
        if (e.seg != kNone) {
            appendSegId(e.seg);
            *m_out += ' ';
        }
        *m_out += "fault ";
        appendInt(*m_out, e.fault);
        *m_out += ": ";
        *m_out += toString(e.action);
        const SegmentRecord* r = m_names.segment(e.seg);
        if (e.action == FaultAction::Injected && r) {
            *m_out += " by ";
            *m_out += m_names.hostName(r->fromHost);
        }
    }

private:
    void appendSegId(SegId id) {
        *m_out += '#';
        appendInt(*m_out, id);
    }

    void appendConn(ConnId id) { m_names.appendLocal(*m_out, id, appendRaw); }

    void appendHostLine(HostId host, std::string_view what) {
        *m_out += "host ";
        *m_out += m_names.hostName(host);
        *m_out += what;
    }

    // "conn 2 (srv/1) from client:49152"
    void appendAccepted(ConnId id) {
        *m_out += "conn ";
        appendInt(*m_out, id);
        const ConnInfo* c = m_names.conn(id);
        if (c && !c->socket.empty()) {
            *m_out += " (";
            *m_out += c->socket;
            *m_out += ')';
        }
        *m_out += " from ";
        m_names.appendRemote(*m_out, id, appendRaw);
    }

    void appendSegment(const SegmentRecord& r) {
        std::string& out = *m_out;
        const Segment& h = r.header;
        m_names.appendSource(out, r, appendRaw);
        out += " > ";
        m_names.appendEndpoint(out, r.toHost, r.dst, h.dstPort, appendRaw);
        if (r.protocol == Protocol::Udp) {
            out += " UDP, length "; // as tcpdump prints a datagram
            appendInt(out, r.payloadLength);
            appendOrigin(r);
            return;
        }
        out += " Flags [";
        out += tcpdumpFlags(h.flags);
        out += "], seq ";
        appendInt(out, h.seq.value());
        if (r.payloadLength > 0) {
            out += ':';
            appendInt(out, (h.seq + r.payloadLength).value());
        }
        if (h.flags.has(Flag::Ack)) {
            out += ", ack ";
            appendInt(out, h.ack.value());
        }
        out += ", win ";
        appendInt(out, h.window);
        if (h.flags.has(Flag::Urg)) {
            out += ", urg ";
            appendInt(out, h.urgentPointer);
        }
        if (!h.options.empty())
            appendOptions(out, h.options);
        out += ", length ";
        appendInt(out, r.payloadLength);
        appendOrigin(r);
    }

    // " (retransmission of #0)", " (injected)"
    void appendOrigin(const SegmentRecord& r) {
        if (r.origin == SegmentOrigin::Normal)
            return;
        *m_out += " (";
        *m_out += toString(r.origin);
        if (r.original != kNone) {
            *m_out += " of ";
            appendSegId(r.original);
        }
        *m_out += ')';
    }

    detail::TraceNames m_names;
    std::string* m_out = nullptr;
};

} // namespace

std::string tcpdumpFlags(Flags flags) {
    // tcpdump's order (print-tcp.c): F S R P . U E W, "none" when no flag is set.
    static constexpr struct {
        Flag flag;
        char letter;
    } kLetters[] = {{Flag::Fin, 'F'}, {Flag::Syn, 'S'}, {Flag::Rst, 'R'}, {Flag::Psh, 'P'},
                    {Flag::Ack, '.'}, {Flag::Urg, 'U'}, {Flag::Ece, 'E'}, {Flag::Cwr, 'W'}};
    if (flags.empty())
        return "none";
    std::string text;
    for (const auto& entry : kLetters) {
        if (flags.has(entry.flag))
            text += entry.letter;
    }
    return text;
}

void writeTextTrace(const Trace& trace, std::ostream& out) {
    TextFormatter formatter(trace);
    detail::streamLines(trace, out, [&](std::string& buffer, const TraceEvent& event) {
        formatter.append(buffer, event);
    });
}

std::string textTrace(const Trace& trace) {
    TextFormatter formatter(trace);
    std::string text;
    for (const TraceEvent& event : trace.events)
        formatter.append(text, event);
    return text;
}

} // namespace core
