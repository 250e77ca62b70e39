#include "fault_json.h"

#include "duration.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

namespace core::json {
namespace {

using Names = std::vector<std::string_view>;

// An inject fault sends at most this many copies: enough for a SYN flood,
// few enough that a typo cannot stall the simulator.
constexpr std::int64_t kMaxInjectCount = 100000;
constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();

// Flag names as the JSON trace lists them, from the least significant bit.
constexpr std::array<Flag, 8> kFlagOrder = {Flag::Fin, Flag::Syn, Flag::Rst, Flag::Psh,
                                            Flag::Ack, Flag::Urg, Flag::Ece, Flag::Cwr};

constexpr std::array<std::string_view, 7> kMatchKeys = {"segment",     "from", "to",     "flags",
                                                        "flags_exact", "nth",  "between"};
constexpr std::array<std::string_view, 9> kInjectKeys = {
    "from", "to", "src", "flags", "seq", "ack", "window", "payload", "repeat"};

using ReadKind = void (*)(const Node& fault, const Node& value, FaultSpec& out, const Names& hosts);
using WriteKind = void (*)(const FaultSpec& fault, Json& out);

// One kind of fault: its key, whether it happens at a time ("at"), the other
// keys it takes, and how it is read and written.
struct KindSpec {
    FaultKind kind;
    std::string_view key;
    bool timed;
    std::vector<std::string_view> keys;
    ReadKind read;
    WriteKind write;
};

std::string hostName(const Node& node, const Names& hosts) {
    return node.oneOf("host", hosts);
}

Flags readFlags(const Node& node) {
    Names names;
    for (const Flag f : kFlagOrder)
        names.push_back(flagName(f));
    Flags flags;
    for (const Node& element : node.elements()) {
        const std::string name = element.string();
        const auto it = std::find_if(kFlagOrder.begin(), kFlagOrder.end(),
                                     [&name](Flag f) { return flagName(f) == name; });
        if (it == kFlagOrder.end())
            element.fail(unknownProblem("flag", name, names));
        if (flags.has(*it))
            element.fail("flag " + quote(name) + " is listed twice");
        flags |= *it;
    }
    return flags;
}

Json writeFlags(Flags flags) {
    Json out = Json::array();
    for (const Flag f : kFlagOrder)
        if (flags.has(f))
            out.push_back(flagName(f));
    return out;
}

// ["1s", "5s"]: from 1 s up to, not including, 5 s.
TimeWindow readWindow(const Node& node) {
    const std::vector<Node> ends = node.elements();
    if (ends.size() != 2)
        node.fail("expected [start, end], two durations such as [\"1s\", \"5s\"]");
    const TimeWindow window{ends[0].duration(), ends[1].duration()};
    if (window.until <= window.from)
        node.fail("the time window is empty: its end " + quote(ends[1].string()) +
                  " is not after its start " + quote(ends[0].string()) +
                  " (it runs from start up to, not including, end)");
    return window;
}

Json writeWindow(const TimeWindow& window) {
    return Json::array({formatDuration(window.from), formatDuration(window.until)});
}

Micros positiveDuration(const Node& node) {
    const Micros d = node.duration();
    if (d <= Micros{0})
        node.fail("expected a duration above 0s, e.g. \"2s\"");
    return d;
}

SegmentMatch readMatch(const Node& node, const Names& hosts) {
    node.allowKeys(kMatchKeys);
    SegmentMatch m;
    if (const auto segment = node.find("segment"))
        m.segment = static_cast<SegId>(segment->integer(0, std::numeric_limits<SegId>::max()));
    if (const auto from = node.find("from"))
        m.from = hostName(*from, hosts);
    if (const auto to = node.find("to"))
        m.to = hostName(*to, hosts);
    const auto flags = node.find("flags");
    if (flags)
        m.flags = readFlags(*flags);
    if (const auto exact = node.find("flags_exact")) {
        m.flagsExact = exact->boolean();
        if (m.flagsExact && !flags)
            exact->fail("\"flags_exact\" needs \"flags\": the flags that must be set and no "
                        "other, e.g. [\"SYN\"]");
    }
    if (const auto nth = node.find("nth"))
        m.nth = static_cast<int>(nth->integer(1, kMaxInt));
    if (const auto between = node.find("between"))
        m.between = readWindow(*between);
    return m;
}

Json writeMatch(const SegmentMatch& m) {
    Json out = Json::object();
    if (m.segment)
        out["segment"] = *m.segment;
    if (!m.from.empty())
        out["from"] = m.from;
    if (!m.to.empty())
        out["to"] = m.to;
    if (!m.flags.empty() || m.flagsExact)
        out["flags"] = writeFlags(m.flags);
    if (m.flagsExact)
        out["flags_exact"] = true;
    if (m.nth != 0)
        out["nth"] = m.nth;
    if (m.between)
        out["between"] = writeWindow(*m.between);
    return out;
}

struct HostPort {
    std::string host; // a host name or a dotted address
    Port port = 0;
};

// "server:80" or "10.0.0.9:80".
HostPort readHostPort(const Node& node, const Names& hosts) {
    const std::string text = node.string();
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        node.fail("expected \"host:port\" with a host name or an IPv4 address, e.g. "
                  "\"server:80\" or \"10.0.0.9:80\"");
    HostPort out{text.substr(0, colon), 0};
    if (std::find(hosts.begin(), hosts.end(), out.host) == hosts.end() && !parseAddress(out.host)) {
        std::string problem = "unknown host " + quote(out.host) + " (expected " +
                              listChoices(hosts) + " or an IPv4 address such as \"10.0.0.9\"";
        if (const auto suggestion = closestMatch(out.host, hosts))
            problem += "; did you mean " + quote(*suggestion) + "?";
        node.fail(problem + ")");
    }
    const std::string_view port = std::string_view(text).substr(colon + 1);
    unsigned value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || error != std::errc{} || end != port.data() + port.size() || value > 65535)
        node.fail("expected a port from 0 to 65535 after the colon, e.g. \"server:80\"");
    out.port = static_cast<Port>(value);
    return out;
}

void readRepeat(const Node& node, InjectSpec& out) {
    node.allowKeys(std::array<std::string_view, 2>{"count", "every"});
    out.count = static_cast<int>(node.require("count").integer(1, kMaxInjectCount));
    if (const auto every = node.find("every"))
        out.every = every->duration();
    else if (out.count > 1)
        node.fail("missing required key \"every\" (the time from one copy to the next)");
}

InjectSpec readInject(const Node& node, const Names& hosts) {
    node.allowKeys(kInjectKeys);
    InjectSpec out;
    out.from = hostName(node.require("from"), hosts);
    const HostPort to = readHostPort(node.require("to"), hosts);
    out.to = to.host;
    out.toPort = to.port;
    if (const auto src = node.find("src")) {
        const HostPort spoofed = readHostPort(*src, hosts);
        out.src = spoofed.host;
        out.srcPort = spoofed.port;
    }
    if (const auto flags = node.find("flags"))
        out.flags = readFlags(*flags);
    if (const auto seq = node.find("seq"))
        out.seq = static_cast<std::uint32_t>(seq->integer(0, 4294967295));
    if (const auto ack = node.find("ack"))
        out.ack = static_cast<std::uint32_t>(ack->integer(0, 4294967295));
    if (const auto window = node.find("window"))
        out.window = static_cast<std::uint16_t>(window->integer(0, 65535));
    if (const auto payload = node.find("payload"))
        out.payload = payload->string();
    if (const auto repeat = node.find("repeat"))
        readRepeat(*repeat, out);
    return out;
}

Json writeInject(const InjectSpec& in) {
    Json out = Json::object();
    out["from"] = in.from;
    out["to"] = in.to + ":" + std::to_string(in.toPort);
    // The sender's own address with another port is written with its name.
    if (!in.src.empty() || in.srcPort != kInjectSourcePort)
        out["src"] = (in.src.empty() ? in.from : in.src) + ":" + std::to_string(in.srcPort);
    out["flags"] = writeFlags(in.flags);
    out["seq"] = in.seq;
    out["ack"] = in.ack;
    out["window"] = in.window;
    if (!in.payload.empty())
        out["payload"] = in.payload;
    if (in.count != 1 || in.every != Micros{0})
        out["repeat"] = Json{{"count", in.count}, {"every", formatDuration(in.every)}};
    return out;
}

LinkChange readLinkChange(const Node& node, const Names& hosts) {
    node.allowKeys(std::array<std::string_view, 5>{"from", "to", "delay", "jitter", "loss"});
    LinkChange out;
    out.from = hostName(node.require("from"), hosts);
    out.to = hostName(node.require("to"), hosts);
    if (out.from == out.to)
        node.find("to")->fail("a link joins two different hosts");
    if (const auto delay = node.find("delay"))
        out.delay = delay->duration();
    if (const auto jitter = node.find("jitter"))
        out.jitter = jitter->duration();
    if (const auto loss = node.find("loss"))
        out.loss = loss->probability();
    if (!out.delay && !out.jitter && !out.loss)
        node.fail("a link change needs at least one of delay, jitter or loss");
    return out;
}

Json writeLinkChange(const LinkChange& change) {
    Json out = Json{{"from", change.from}, {"to", change.to}};
    if (change.delay)
        out["delay"] = formatDuration(*change.delay);
    if (change.jitter)
        out["jitter"] = formatDuration(*change.jitter);
    if (change.loss)
        out["loss"] = *change.loss;
    return out;
}

void readHost(const Node&, const Node& value, FaultSpec& out, const Names& hosts) {
    out.host = hostName(value, hosts);
}
void writeHost(const FaultSpec& fault, Json& out) {
    out[fault.kind == FaultKind::Crash ? "crash" : "restart"] = fault.host;
}

void readDrop(const Node&, const Node& value, FaultSpec& out, const Names& hosts) {
    out.match = readMatch(value, hosts);
}
void writeDrop(const FaultSpec& fault, Json& out) {
    out["drop"] = writeMatch(fault.match);
}

void readDelay(const Node& fault, const Node& value, FaultSpec& out, const Names& hosts) {
    out.match = readMatch(value, hosts);
    out.by = positiveDuration(fault.require("by"));
}
void writeDelay(const FaultSpec& fault, Json& out) {
    out["delay"] = writeMatch(fault.match);
    out["by"] = formatDuration(fault.by);
}

void readDuplicate(const Node& fault, const Node& value, FaultSpec& out, const Names& hosts) {
    out.match = readMatch(value, hosts);
    if (const auto after = fault.find("after"))
        out.by = after->duration();
}
void writeDuplicate(const FaultSpec& fault, Json& out) {
    out["duplicate"] = writeMatch(fault.match);
    out["after"] = formatDuration(fault.by);
}

void readInjectKind(const Node&, const Node& value, FaultSpec& out, const Names& hosts) {
    out.inject = readInject(value, hosts);
}
void writeInjectKind(const FaultSpec& fault, Json& out) {
    out["inject"] = writeInject(fault.inject);
}

void readPartition(const Node& fault, const Node& value, FaultSpec& out, const Names& hosts) {
    const std::vector<Node> sides = value.elements();
    if (sides.size() != 2)
        value.fail("expected the two hosts of the link, e.g. [\"client\", \"server\"]");
    out.host = hostName(sides[0], hosts);
    out.peer = hostName(sides[1], hosts);
    if (out.host == out.peer)
        sides[1].fail("a link joins two different hosts");
    out.between = readWindow(fault.require("between"));
}
void writePartition(const FaultSpec& fault, Json& out) {
    out["partition"] = Json::array({fault.host, fault.peer});
    out["between"] = writeWindow(fault.between);
}

void readLink(const Node&, const Node& value, FaultSpec& out, const Names& hosts) {
    out.link = readLinkChange(value, hosts);
}
void writeLink(const FaultSpec& fault, Json& out) {
    out["link"] = writeLinkChange(fault.link);
}

const std::vector<KindSpec>& kindSpecs() {
    static const std::vector<KindSpec> specs = {
        {FaultKind::Crash, "crash", true, {}, readHost, writeHost},
        {FaultKind::Restart, "restart", true, {}, readHost, writeHost},
        {FaultKind::Drop, "drop", false, {}, readDrop, writeDrop},
        {FaultKind::Delay, "delay", false, {"by"}, readDelay, writeDelay},
        {FaultKind::Duplicate, "duplicate", false, {"after"}, readDuplicate, writeDuplicate},
        {FaultKind::Inject, "inject", true, {}, readInjectKind, writeInjectKind},
        {FaultKind::Partition, "partition", false, {"between"}, readPartition, writePartition},
        {FaultKind::Link, "link", true, {}, readLink, writeLink},
    };
    return specs;
}

// Every key any fault may have: a typo is caught before the kind is known.
const Names& allFaultKeys() {
    static const Names keys = [] {
        Names all = {"at"};
        for (const KindSpec& spec : kindSpecs())
            all.push_back(spec.key);
        for (const KindSpec& spec : kindSpecs())
            for (const std::string_view key : spec.keys)
                if (std::find(all.begin(), all.end(), key) == all.end())
                    all.push_back(key);
        all.push_back("edit"); // any fault may have been added in the lab
        return all;
    }();
    return keys;
}

const KindSpec& readKind(const Node& fault) {
    const KindSpec* found = nullptr;
    Names kinds;
    for (const KindSpec& spec : kindSpecs()) {
        kinds.push_back(spec.key);
        if (!fault.has(spec.key))
            continue;
        if (found)
            fault.fail("give either " + quote(found->key) + " or " + quote(spec.key) +
                       ", not both");
        found = &spec;
    }
    if (!found)
        fault.fail("missing what the fault does (expected one of " + listChoices(kinds) + ")");
    return *found;
}

// The key is known, but belongs to another kind of fault.
void checkKeysApply(const Node& fault, const KindSpec& spec) {
    for (auto it = fault.value().begin(); it != fault.value().end(); ++it) {
        const std::string& key = it.key();
        if (key == spec.key || key == "edit" || (key == "at" && spec.timed) ||
            std::find(spec.keys.begin(), spec.keys.end(), key) != spec.keys.end())
            continue;
        Names takes = spec.keys;
        if (spec.timed)
            takes.insert(takes.begin(), "at");
        std::string problem = "key " + quote(key) + " does not apply to a " +
                              std::string(spec.key) + " fault (it takes " +
                              (takes.empty() ? "no other keys" : listChoices(takes)) + ")";
        if (key == "at" && !spec.timed)
            problem += "; it acts on segments as they are sent: to limit it in time, give "
                       "\"between\"" +
                       std::string(spec.kind == FaultKind::Partition ? "" : " in the match");
        fault.find(key)->fail(problem);
    }
}

FaultSpec readFault(const Node& node, const Names& hosts) {
    node.allowKeys(allFaultKeys());
    const KindSpec& spec = readKind(node);
    checkKeysApply(node, spec);
    FaultSpec fault;
    fault.kind = spec.kind;
    if (spec.timed)
        fault.at = node.require("at").duration();
    spec.read(node, *node.find(spec.key), fault, hosts);
    if (const auto edit = node.find("edit"))
        fault.edit = static_cast<int>(edit->integer(1, kMaxInt));
    return fault;
}

} // namespace

std::vector<FaultSpec> readFaults(const Node& faults, const std::vector<HostSpec>& hosts) {
    Names names;
    for (const HostSpec& host : hosts)
        names.push_back(host.name);
    std::vector<FaultSpec> out;
    for (const Node& element : faults.elements())
        out.push_back(readFault(element, names));
    return out;
}

Json writeFault(const FaultSpec& fault) {
    Json out = Json::object();
    for (const KindSpec& spec : kindSpecs()) {
        if (spec.kind != fault.kind)
            continue;
        if (spec.timed)
            out["at"] = formatDuration(fault.at);
        spec.write(fault, out);
    }
    if (fault.edit)
        out["edit"] = *fault.edit;
    return out;
}

} // namespace core::json
