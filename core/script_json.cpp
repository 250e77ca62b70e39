#include "script_json.h"

#include "duration.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <set>

namespace core::json {
namespace {

constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();

struct ScriptContext {
    std::vector<std::string_view> hosts;
    std::vector<std::string_view> sockets;
    std::set<std::string, std::less<>> listeners; // sockets some action listens on
};

using ReadCall = void (*)(const Node& action, AppAction& out, const ScriptContext& context);
using WriteCall = void (*)(const AppAction& action, Json& out);

// One application call: its name in the format, the keys it takes besides the
// common ones, and how they are read and written.
struct CallSpec {
    AppCall call;
    std::string_view name;
    std::vector<std::string_view> keys;
    ReadCall read;
    WriteCall write;
};

constexpr std::array<std::string_view, 5> kCommonKeys = {"at", "when", "after", "socket", "call"};

void readListen(const Node& action, AppAction& out, const ScriptContext&) {
    if (const auto backlog = action.find("backlog"))
        out.backlog = static_cast<int>(backlog->integer(0, std::numeric_limits<int>::max()));
}

void writeListen(const AppAction& action, Json& out) {
    if (action.backlog >= 0)
        out["backlog"] = action.backlog;
}

// "server:80": a host of the scenario and a port to connect to.
void readConnect(const Node& action, AppAction& out, const ScriptContext& context) {
    const Node to = action.require("to");
    const std::string text = to.string();
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        to.fail("expected \"host:port\", e.g. \"server:80\"");
    const std::string host = text.substr(0, colon);
    if (std::find(context.hosts.begin(), context.hosts.end(), host) == context.hosts.end())
        to.fail(unknownProblem("host", host, context.hosts));
    const std::string_view port = std::string_view(text).substr(colon + 1);
    unsigned value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || error != std::errc{} || end != port.data() + port.size() || value < 1 ||
        value > 65535)
        to.fail("expected a port from 1 to 65535 after the colon, e.g. \"server:80\"");
    out.peerHost = host;
    out.peerPort = static_cast<Port>(value);
}

void writeConnect(const AppAction& action, Json& out) {
    out["to"] = action.peerHost + ":" + std::to_string(action.peerPort);
}

void readSend(const Node& action, AppAction& out, const ScriptContext&) {
    const auto bytes = action.find("bytes");
    const auto text = action.find("text");
    if (bytes && text)
        action.fail("give either \"bytes\" or \"text\", not both");
    // The filler is made in memory and every byte goes into the trace: a
    // scenario that teaches needs far less than 100 MB.
    constexpr std::int64_t kLargestSend = 100'000'000;
    if (bytes)
        out.bytes = static_cast<std::uint64_t>(bytes->integer(1, kLargestSend));
    else if (text)
        out.text = text->nonEmptyString();
    else
        action.fail(
            "send needs \"bytes\" (a count of filler bytes) or \"text\" (the bytes to send)");
}

void writeSend(const AppAction& action, Json& out) {
    if (!action.text.empty())
        out["text"] = action.text;
    else
        out["bytes"] = action.bytes;
}

void readNothing(const Node&, AppAction&, const ScriptContext&) {}
void writeNothing(const AppAction&, Json&) {}

void readSetOption(const Node& action, AppAction& out, const ScriptContext&) {
    SocketOptions& options = out.options;
    if (const auto node = action.find("keepalive"))
        options.keepalive = node->boolean();
    if (const auto node = action.find("keepalive_idle"))
        options.keepaliveIdle = node->positiveDuration();
    if (const auto node = action.find("keepalive_interval"))
        options.keepaliveInterval = node->positiveDuration();
    if (const auto node = action.find("keepalive_probes"))
        options.keepaliveProbes =
            static_cast<int>(node->integer(1, std::numeric_limits<int>::max()));
    if (!options.keepalive && !options.keepaliveIdle && !options.keepaliveInterval &&
        !options.keepaliveProbes)
        action.fail("setsockopt needs at least one of keepalive, keepalive_idle, "
                    "keepalive_interval or keepalive_probes");
}

void writeSetOption(const AppAction& action, Json& out) {
    const SocketOptions& options = action.options;
    if (options.keepalive)
        out["keepalive"] = *options.keepalive;
    if (options.keepaliveIdle)
        out["keepalive_idle"] = formatDuration(*options.keepaliveIdle);
    if (options.keepaliveInterval)
        out["keepalive_interval"] = formatDuration(*options.keepaliveInterval);
    if (options.keepaliveProbes)
        out["keepalive_probes"] = *options.keepaliveProbes;
}

const std::vector<CallSpec>& callSpecs() {
    static const std::vector<CallSpec> specs = {
        {AppCall::Listen, "listen", {"backlog"}, readListen, writeListen},
        {AppCall::Connect, "connect", {"to"}, readConnect, writeConnect},
        {AppCall::Send, "send", {"bytes", "text"}, readSend, writeSend},
        {AppCall::Close, "close", {}, readNothing, writeNothing},
        {AppCall::Abort, "abort", {}, readNothing, writeNothing},
        {AppCall::SetOption,
         "setsockopt",
         {"keepalive", "keepalive_idle", "keepalive_interval", "keepalive_probes"},
         readSetOption,
         writeSetOption},
    };
    return specs;
}

// Every key any action may have: a typo is caught before the call is known.
const std::vector<std::string_view>& allActionKeys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> all(kCommonKeys.begin(), kCommonKeys.end());
        for (const CallSpec& spec : callSpecs())
            all.insert(all.end(), spec.keys.begin(), spec.keys.end());
        all.push_back("edit"); // any action may have been added in the lab
        return all;
    }();
    return keys;
}

const CallSpec& readCall(const Node& node) {
    const std::string name = node.string();
    std::vector<std::string_view> names;
    for (const CallSpec& spec : callSpecs()) {
        if (spec.name == name)
            return spec;
        names.push_back(spec.name);
    }
    node.fail(unknownProblem("call", name, names));
}

// The key is known, but belongs to another call.
void checkKeysApply(const Node& action, const CallSpec& spec) {
    for (auto it = action.value().begin(); it != action.value().end(); ++it) {
        const std::string& key = it.key();
        const auto isIn = [&key](const auto& keys) {
            return std::find(keys.begin(), keys.end(), key) != keys.end();
        };
        if (isIn(kCommonKeys) || isIn(spec.keys) || key == "edit")
            continue;
        const std::string takes = spec.keys.empty() ? "no other keys" : listChoices(spec.keys);
        action.find(key)->fail("key " + quote(key) + " does not apply to call " + quote(spec.name) +
                               " (it takes " + takes + ")");
    }
}

State readState(const Node& node) {
    const std::string name = node.string();
    if (const auto state = stateFromString(name))
        return *state;
    std::vector<std::string_view> names;
    for (State s : kAllStates)
        names.push_back(toString(s));
    node.fail(unknownProblem("state", name, names));
}

Trigger readWhen(const Node& when) {
    when.allowKeys(std::array<std::string_view, 2>{"state", "received"});
    const auto state = when.find("state");
    const auto received = when.find("received");
    if (state && received)
        when.fail("give either \"state\" or \"received\", not both");
    Trigger trigger;
    if (state)
        trigger.state = readState(*state);
    else if (received)
        trigger.receivedBytes = static_cast<std::uint64_t>(received->integer(1, kNoLimit));
    else
        when.fail("expected \"state\" (e.g. \"ESTABLISHED\") or \"received\" (a byte count)");
    return trigger;
}

Trigger readTrigger(const Node& action) {
    const auto at = action.find("at");
    const auto when = action.find("when");
    const auto after = action.find("after");
    if (at && when)
        action.fail("give either \"at\" or \"when\", not both");
    if (!at && !when)
        action.fail("missing \"at\" (a time) or \"when\" (a condition on the socket)");
    if (at) {
        if (after)
            after->fail("\"after\" only goes with \"when\"; with \"at\", change the time");
        Trigger trigger;
        trigger.at = at->duration();
        return trigger;
    }
    Trigger trigger = readWhen(*when);
    if (after)
        trigger.delay = after->duration();
    return trigger;
}

bool isConnectionNumber(std::string_view text) {
    return !text.empty() && text.size() <= 9 && text.front() != '0' &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string readSocket(const Node& node, const CallSpec& spec, const ScriptContext& context) {
    const std::string name = node.nonEmptyString();
    const std::size_t slash = name.find('/');
    const std::string id = name.substr(0, slash);
    if (std::find(context.sockets.begin(), context.sockets.end(), id) == context.sockets.end())
        node.fail(unknownProblem("socket", id, context.sockets));
    if (slash == std::string::npos)
        return name;
    if (!isConnectionNumber(name.substr(slash + 1)))
        node.fail("expected \"<socket>/<n>\" with n a whole number from 1, e.g. \"" + id + "/1\"");
    if (!context.listeners.contains(id))
        node.fail(quote(name) + " is a connection accepted by socket " + quote(id) +
                  ", but no action calls listen on " + quote(id));
    if (spec.call == AppCall::Listen || spec.call == AppCall::Connect)
        node.fail(std::string(spec.name) +
                  " needs a socket from \"sockets\", not an accepted connection");
    return name;
}

AppAction readAction(const Node& node, const ScriptContext& context) {
    node.allowKeys(allActionKeys());
    const CallSpec& spec = readCall(node.require("call"));
    checkKeysApply(node, spec);
    AppAction action;
    action.call = spec.call;
    action.when = readTrigger(node);
    action.socket = readSocket(node.require("socket"), spec, context);
    spec.read(node, action, context);
    if (const auto edit = node.find("edit"))
        action.edit = static_cast<int>(edit->integer(1, std::numeric_limits<int>::max()));
    return action;
}

// Actions may name "srv/1" before the action that makes srv listen.
std::set<std::string, std::less<>> listeningSockets(const Json& script) {
    std::set<std::string, std::less<>> listeners;
    for (const Json& action : script) {
        if (!action.is_object())
            continue;
        const auto call = action.find("call");
        const auto socket = action.find("socket");
        if (call != action.end() && *call == "listen" && socket != action.end() &&
            socket->is_string())
            listeners.insert(socket->get<std::string>());
    }
    return listeners;
}

} // namespace

std::vector<AppAction> readScript(const Node& script, const std::vector<HostSpec>& hosts,
                                  const std::vector<SocketSpec>& sockets) {
    const std::vector<Node> elements = script.elements();
    ScriptContext context;
    for (const HostSpec& host : hosts)
        context.hosts.push_back(host.name);
    for (const SocketSpec& socket : sockets)
        context.sockets.push_back(socket.id);
    context.listeners = listeningSockets(script.value());
    std::vector<AppAction> actions;
    for (const Node& element : elements)
        actions.push_back(readAction(element, context));
    return actions;
}

Json writeAction(const AppAction& action) {
    Json out = Json::object();
    if (action.when.at) {
        out["at"] = formatDuration(*action.when.at);
    } else {
        Json when = Json::object();
        if (action.when.state)
            when["state"] = toString(*action.when.state);
        else
            when["received"] = action.when.receivedBytes.value_or(0);
        out["when"] = when;
        if (action.when.delay != Micros{0})
            out["after"] = formatDuration(action.when.delay);
    }
    out["socket"] = action.socket;
    for (const CallSpec& spec : callSpecs())
        if (spec.call == action.call) {
            out["call"] = spec.name;
            spec.write(action, out);
        }
    if (action.edit)
        out["edit"] = *action.edit;
    return out;
}

} // namespace core::json
