// The JSON Lines trace: one object per event, keys in a fixed order, only
// integers and strings, so equal traces give equal bytes. Written by hand
// into a reused buffer because a trace can hold millions of events.
// docs/trace-format.md lists every key; keep the two in step.

#include "trace_format.h"
#include "trace_format_detail.h"

#include <variant>

namespace core {

namespace {

using detail::appendInt;
using detail::appendJsonEscaped;

// Appends one JSON object, key by key. Keys are literals of ours and need no escaping.
class JsonObject {
public:
    explicit JsonObject(std::string& out) : m_out(out) { m_out += '{'; }
    JsonObject(const JsonObject&) = delete;
    JsonObject& operator=(const JsonObject&) = delete;
    ~JsonObject() { m_out += '}'; }

    std::string& key(std::string_view name) {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return m_out;
    }
    template <typename Int> void number(std::string_view name, Int value) {
        appendInt(key(name), value);
    }
    void string(std::string_view name, std::string_view value) {
        key(name) += '"';
        appendJsonEscaped(m_out, value);
        m_out += '"';
    }
    void boolean(std::string_view name, bool value) { key(name) += value ? "true" : "false"; }

private:
    std::string& m_out;
    bool m_first = true;
};

// Flag names from the least significant bit, as Wireshark lists them: ["SYN","ACK"].
constexpr Flag kReadableFlagOrder[] = {Flag::Fin, Flag::Syn, Flag::Rst, Flag::Psh,
                                       Flag::Ack, Flag::Urg, Flag::Ece, Flag::Cwr};

void appendFlags(JsonObject& object, Flags flags) {
    std::string& out = object.key("flags");
    out += '[';
    bool first = true;
    for (const Flag f : kReadableFlagOrder) {
        if (!flags.has(f))
            continue;
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += flagName(f);
        out += '"';
    }
    out += ']';
}

void appendOptions(JsonObject& object, const Options& o) {
    JsonObject options(object.key("options"));
    if (o.mss)
        options.number("mss", *o.mss);
    if (o.sackPermitted)
        options.boolean("sack_ok", true);
    if (o.timestamps) {
        options.number("ts_val", o.timestamps->value);
        options.number("ts_ecr", o.timestamps->echoReply);
    }
    if (o.windowScale)
        options.number("wscale", *o.windowScale);
}

class JsonFormatter {
public:
    explicit JsonFormatter(const Trace& trace) : m_names(trace) {}

    void append(std::string& out, const TraceEvent& event) {
        {
            JsonObject object(out);
            m_object = &object;
            object.number("t_us", event.t.count());
            std::visit(*this, event.body);
            m_object = nullptr;
        }
        out += '\n';
    }

    void operator()(const SegmentSent& e) {
        event("send");
        m_object->number("seg", e.seg);
        if (const SegmentRecord* r = m_names.segment(e.seg))
            appendSegment(*r);
    }

    void operator()(const SegmentArrived& e) {
        event("arrive");
        m_object->number("seg", e.seg);
        if (const SegmentRecord* r = m_names.segment(e.seg))
            endpoint("dst", r->toHost, r->dst, r->header.dstPort);
    }

    void operator()(const SegmentDropped& e) {
        event("drop");
        m_object->number("seg", e.seg);
        m_object->string("reason", toString(e.reason));
    }

    void operator()(const StateChanged& e) {
        event("state");
        connection(e.conn);
        m_object->string("from", hasUnknownFrom(e.rule) ? "?" : toString(e.from));
        m_object->string("to", hasUnknownTo(e.rule) ? "?" : toString(e.to));
        m_object->string("cause", toString(e.rule));
        m_object->string("rule_ref", rfcSection(e.rule));
        if (e.cause != kNone)
            m_object->number("seg", e.cause);
    }

    void operator()(const TimerEvent& e) {
        event("timer");
        connection(e.conn);
        m_object->string("timer", toString(e.timer));
        m_object->string("action", toString(e.action));
        if (e.action == TimerAction::Armed)
            m_object->number("deadline_us", e.deadline.count());
    }

    void operator()(const AppCalled& e) {
        event("app");
        connection(e.conn);
        m_object->string("call", toString(e.call));
        if (e.call == AppCall::Send)
            m_object->number("bytes", e.bytes);
        else if (e.call == AppCall::Listen)
            m_object->number("backlog", e.bytes);
    }

    void operator()(const AppResult& e) {
        event("app");
        connection(e.conn);
        m_object->string("call", toString(e.call));
        m_object->string("result", e.error == SocketError::None ? "ok" : toString(e.error));
        if (e.error == SocketError::None && e.accepted != kNone)
            appendAccepted(e.accepted);
    }

    void operator()(const DataDelivered& e) {
        event("deliver");
        connection(e.conn);
        m_object->number("offset", e.offset);
        m_object->number("bytes", e.bytes);
    }

    void operator()(const QueueLengths& e) {
        event("queue");
        connection(e.listener);
        m_object->number("syn", e.synQueue);
        m_object->number("accept", e.acceptQueue);
    }

    void operator()(const HostCrashed& e) {
        event("crash");
        m_object->string("host", m_names.hostName(e.host));
    }

    void operator()(const HostRestarted& e) {
        event("restart");
        m_object->string("host", m_names.hostName(e.host));
    }

    void operator()(const FaultApplied& e) {
        event("fault");
        m_object->number("fault", e.fault);
        m_object->string("action", toString(e.action));
        if (e.seg == kNone)
            return;
        m_object->number("seg", e.seg);
        const SegmentRecord* r = m_names.segment(e.seg);
        if (e.action == FaultAction::Injected && r)
            m_object->string("from", m_names.hostName(r->fromHost));
    }

private:
    void event(std::string_view name) { m_object->string("event", name); }

    void connection(ConnId id) {
        std::string& out = m_object->key("endpoint");
        out += '"';
        m_names.appendLocal(out, id, appendJsonEscaped);
        out += '"';
        m_object->number("conn", id);
    }

    void endpoint(std::string_view name, HostId host, Address address, Port port) {
        std::string& out = m_object->key(name);
        out += '"';
        m_names.appendEndpoint(out, host, address, port, appendJsonEscaped);
        out += '"';
    }

    void appendAccepted(ConnId id) {
        m_object->number("accepted", id);
        const ConnInfo* c = m_names.conn(id);
        if (c && !c->socket.empty())
            m_object->string("accepted_socket", c->socket);
        std::string& out = m_object->key("peer");
        out += '"';
        m_names.appendRemote(out, id, appendJsonEscaped);
        out += '"';
    }

    void appendSegment(const SegmentRecord& r) {
        const Segment& h = r.header;
        std::string& src = m_object->key("src");
        src += '"';
        m_names.appendSource(src, r, appendJsonEscaped);
        src += '"';
        endpoint("dst", r.toHost, r.dst, h.dstPort);
        if (r.conn != kNone)
            m_object->number("conn", r.conn);
        if (r.protocol == Protocol::Udp) {
            // A datagram has ports and a length, nothing else.
            m_object->string("proto", "udp");
            m_object->number("len", r.payloadLength);
            return;
        }
        appendFlags(*m_object, h.flags);
        m_object->number("seq", h.seq.value());
        m_object->number("ack", h.ack.value());
        m_object->number("win", h.window);
        if (h.flags.has(Flag::Urg))
            m_object->number("urg", h.urgentPointer);
        m_object->number("len", r.payloadLength);
        if (!h.options.empty())
            appendOptions(*m_object, h.options);
        if (r.origin != SegmentOrigin::Normal)
            m_object->string("origin", toString(r.origin));
        if (r.original != kNone)
            m_object->number("original", r.original);
    }

    detail::TraceNames m_names;
    JsonObject* m_object = nullptr;
};

} // namespace

void writeJsonLinesTrace(const Trace& trace, std::ostream& out) {
    JsonFormatter formatter(trace);
    detail::streamLines(trace, out, [&](std::string& buffer, const TraceEvent& event) {
        formatter.append(buffer, event);
    });
}

std::string jsonLinesTrace(const Trace& trace) {
    JsonFormatter formatter(trace);
    std::string text;
    for (const TraceEvent& event : trace.events)
        formatter.append(text, event);
    return text;
}

} // namespace core
