#include "scenario_json.h"

#include "fault_json.h"
#include "json_reader.h"
#include "profile_json.h"
#include "script_json.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

namespace core {
namespace {

using json::Json;
using json::Node;

std::string errorMessage(const std::string& source, const std::string& path,
                         const std::string& problem) {
    return path.empty() ? source + ": " + problem : source + ": " + path + ": " + problem;
}

std::vector<std::string_view> hostNames(const std::vector<HostSpec>& hosts) {
    std::vector<std::string_view> names;
    for (const HostSpec& host : hosts)
        names.push_back(host.name);
    return names;
}

std::string readHostName(const Node& node, const std::vector<HostSpec>& hosts) {
    return node.oneOf("host", hostNames(hosts));
}

Profile readProfile(const Node& root) {
    Profile profile = textbookProfile();
    if (const auto node = root.find("profile")) {
        static constexpr std::array<std::string_view, 2> kProfiles{"textbook", "linux"};
        profile = *profileByName(node->oneOf("profile", kProfiles));
    }
    if (const auto overrides = root.find("overrides"))
        json::applyProfileOverrides(*overrides, profile);
    return profile;
}

HostSpec readHost(const Node& node) {
    node.allowKeys(std::array<std::string_view, 2>{"name", "address"});
    HostSpec host;
    const Node name = node.require("name");
    host.name = name.nonEmptyString();
    // A colon would make "host:port" in connect ambiguous.
    if (host.name.find(':') != std::string::npos)
        name.fail("a host name cannot contain ':'");
    const Node address = node.require("address");
    const auto parsed = parseAddress(address.string());
    if (!parsed)
        address.fail("expected an IPv4 address such as \"10.0.0.1\", got " +
                     json::quote(address.string()));
    host.address = *parsed;
    return host;
}

std::vector<HostSpec> readHosts(const Node& node) {
    const std::vector<Node> elements = node.elements();
    if (elements.empty())
        node.fail("expected at least one host");
    std::vector<HostSpec> hosts;
    for (const Node& element : elements) {
        HostSpec host = readHost(element);
        for (const HostSpec& other : hosts) {
            if (other.name == host.name)
                element.find("name")->fail("host name " + json::quote(host.name) +
                                           " is used twice");
            if (other.address == host.address)
                element.find("address")->fail("address " + toString(host.address) +
                                              " already belongs to host " +
                                              json::quote(other.name));
        }
        hosts.push_back(std::move(host));
    }
    return hosts;
}

// Missing keys keep the values of `params`.
LinkParams readLinkParams(const Node& node, LinkParams params) {
    if (const auto delay = node.find("delay"))
        params.delay = delay->duration();
    if (const auto jitter = node.find("jitter"))
        params.jitter = jitter->duration();
    if (const auto loss = node.find("loss"))
        params.loss = loss->probability();
    return params;
}

LinkParams readDefaultLink(const Node& root) {
    const auto node = root.find("link");
    if (!node)
        return LinkParams{};
    node->allowKeys(std::array<std::string_view, 3>{"delay", "jitter", "loss"});
    return readLinkParams(*node, LinkParams{});
}

std::vector<LinkSpec> readLinks(const Node& node, const std::vector<HostSpec>& hosts,
                                const LinkParams& defaults) {
    std::vector<LinkSpec> links;
    for (const Node& element : node.elements()) {
        element.allowKeys(std::array<std::string_view, 5>{"from", "to", "delay", "jitter", "loss"});
        LinkSpec link;
        link.from = readHostName(element.require("from"), hosts);
        link.to = readHostName(element.require("to"), hosts);
        if (link.from == link.to)
            element.find("to")->fail("a link joins two different hosts");
        for (const LinkSpec& other : links)
            if (other.from == link.from && other.to == link.to)
                element.fail("the link from " + json::quote(link.from) + " to " +
                             json::quote(link.to) + " is given twice");
        link.params = readLinkParams(element, defaults);
        links.push_back(std::move(link));
    }
    return links;
}

// "isn": 300, or "isn": [300, 400] for successive connections (RFC 9293
// Figure 8 has a listener answer with ISN 300 and then 400).
void readIsns(const Node& node, SocketSpec& socket) {
    if (!node.value().is_array()) {
        socket.isn = static_cast<std::uint32_t>(node.integer(0, 4294967295));
        return;
    }
    const std::vector<Node> list = node.elements();
    if (list.empty())
        node.fail("expected at least one ISN");
    socket.isn = static_cast<std::uint32_t>(list.front().integer(0, 4294967295));
    for (std::size_t i = 1; i < list.size(); ++i)
        socket.laterIsns.push_back(static_cast<std::uint32_t>(list[i].integer(0, 4294967295)));
}

SocketSpec readSocket(const Node& node, const std::vector<HostSpec>& hosts) {
    node.allowKeys(std::array<std::string_view, 5>{"id", "host", "port", "isn", "protocol"});
    SocketSpec socket;
    const Node id = node.require("id");
    socket.id = id.nonEmptyString();
    // '/' separates a listener from the number of an accepted connection.
    if (socket.id.find('/') != std::string::npos)
        id.fail("a socket id cannot contain '/'");
    socket.host = readHostName(node.require("host"), hosts);
    if (const auto port = node.find("port"))
        socket.port = static_cast<Port>(port->integer(0, 65535));
    if (const auto isn = node.find("isn"))
        readIsns(*isn, socket);
    if (const auto protocol = node.find("protocol")) {
        static constexpr std::array<std::string_view, 2> kProtocols{"tcp", "udp"};
        const bool udp = protocol->oneOf("protocol", kProtocols) == "udp";
        socket.protocol = udp ? Protocol::Udp : Protocol::Tcp;
    }
    return socket;
}

std::vector<SocketSpec> readSockets(const Node& node, const std::vector<HostSpec>& hosts) {
    std::vector<SocketSpec> sockets;
    for (const Node& element : node.elements()) {
        SocketSpec socket = readSocket(element, hosts);
        for (const SocketSpec& other : sockets)
            if (other.id == socket.id)
                element.find("id")->fail("socket id " + json::quote(socket.id) + " is used twice");
        sockets.push_back(std::move(socket));
    }
    return sockets;
}

// Each lab edit has its own number: a file that repeats one was not written by
// the program, and the edit list could not tell the two apart.
void checkEditNumbers(const Node& root, const Scenario& s) {
    std::map<int, std::string> seen; // edit number -> path of its entry
    const auto check = [&](std::string_view list, std::size_t index, std::optional<int> edit) {
        if (!edit)
            return;
        const Node entry = root.require(list).elements()[index];
        const auto [it, added] = seen.emplace(*edit, entry.path());
        if (!added)
            entry.require("edit").fail("edit number " + std::to_string(*edit) +
                                       " is used twice (also at " + it->second + ")");
    };
    for (std::size_t i = 0; i < s.script.size(); ++i)
        check("script", i, s.script[i].edit);
    for (std::size_t i = 0; i < s.faults.size(); ++i)
        check("faults", i, s.faults[i].edit);
}

constexpr std::array<std::string_view, 14> kTopLevelKeys = {
    "id",  "title", "description", "topic", "profile", "overrides", "seed",
    "end", "hosts", "link",        "links", "sockets", "script",    "faults"};

Scenario readScenario(const Node& root) {
    root.allowKeys(kTopLevelKeys);
    Scenario s;
    s.id = root.require("id").nonEmptyString();
    const auto text = [&root](std::string_view key, std::string fallback) {
        const auto node = root.find(key);
        return node ? node->string() : fallback;
    };
    s.title = text("title", s.id);
    s.description = text("description", "");
    s.topic = text("topic", "");
    s.profile = readProfile(root);
    if (const auto seed = root.find("seed"))
        s.seed = seed->unsignedInteger();
    if (const auto end = root.find("end"))
        s.endTime = end->duration();
    s.hosts = readHosts(root.require("hosts"));
    s.defaultLink = readDefaultLink(root);
    if (const auto links = root.find("links"))
        s.links = readLinks(*links, s.hosts, s.defaultLink);
    s.sockets = readSockets(root.require("sockets"), s.hosts);
    s.script = json::readScript(root.require("script"), s.hosts, s.sockets);
    if (const auto faults = root.find("faults"))
        s.faults = json::readFaults(*faults, s.hosts);
    checkEditNumbers(root, s);
    return s;
}

} // namespace

ScenarioError::ScenarioError(std::string source, std::string jsonPath, std::string problem)
    : std::runtime_error(errorMessage(source, jsonPath, problem)), m_source(std::move(source)),
      m_jsonPath(std::move(jsonPath)), m_problem(std::move(problem)) {}

Scenario parseScenario(std::string_view json, const std::string& source) {
    const Json document = json::parseText(json, source);
    return readScenario(Node(document, "", source));
}

Scenario loadScenarioFile(const std::string& path) {
    // fopen and fread set errno on POSIX, which gives the reason in the user's terms.
    errno = 0;
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                               &std::fclose);
    std::string text;
    if (file) {
        std::array<char, 65536> buffer{};
        std::size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0)
            text.append(buffer.data(), n);
    }
    if (!file || std::ferror(file.get()))
        throw ScenarioError(path, "", std::string("cannot read the file: ") + std::strerror(errno));
    return parseScenario(text, path);
}

} // namespace core
