#include "duration.h"
#include "fault_json.h"
#include "json_reader.h"
#include "profile_json.h"
#include "scenario_json.h"
#include "script_json.h"

namespace core {
namespace {

using json::Json;

Json writeLinkParams(const LinkParams& params) {
    Json out = Json::object();
    out["delay"] = formatDuration(params.delay);
    out["jitter"] = formatDuration(params.jitter);
    out["loss"] = params.loss;
    return out;
}

Json writeHosts(const std::vector<HostSpec>& hosts) {
    Json out = Json::array();
    for (const HostSpec& host : hosts)
        out.push_back(Json{{"name", host.name}, {"address", toString(host.address)}});
    return out;
}

Json writeLinks(const std::vector<LinkSpec>& links) {
    Json out = Json::array();
    for (const LinkSpec& link : links) {
        Json entry = Json{{"from", link.from}, {"to", link.to}};
        entry.update(writeLinkParams(link.params));
        out.push_back(entry);
    }
    return out;
}

Json writeSockets(const std::vector<SocketSpec>& sockets) {
    Json out = Json::array();
    for (const SocketSpec& socket : sockets) {
        Json entry = Json{{"id", socket.id}, {"host", socket.host}};
        if (socket.port != 0)
            entry["port"] = socket.port;
        if (socket.isn && socket.laterIsns.empty()) {
            entry["isn"] = *socket.isn;
        } else if (socket.isn) {
            Json isns = Json::array({*socket.isn});
            for (std::uint32_t later : socket.laterIsns)
                isns.push_back(later);
            entry["isn"] = isns;
        }
        if (socket.protocol == Protocol::Udp)
            entry["protocol"] = "udp";
        out.push_back(entry);
    }
    return out;
}

Json writeFaults(const std::vector<FaultSpec>& faults) {
    Json out = Json::array();
    for (const FaultSpec& fault : faults)
        out.push_back(json::writeFault(fault));
    return out;
}

} // namespace

std::string toJson(const Scenario& s) {
    Json out = Json::object();
    out["id"] = s.id;
    out["title"] = s.title;
    out["description"] = s.description;
    out["topic"] = s.topic;
    out["profile"] = s.profile.name;
    // Every field, not only those that differ: the file keeps its meaning even
    // if a preset changes later.
    out["overrides"] = json::profileOverrides(s.profile);
    out["seed"] = s.seed;
    out["end"] = formatDuration(s.endTime);
    out["hosts"] = writeHosts(s.hosts);
    out["link"] = writeLinkParams(s.defaultLink);
    out["links"] = writeLinks(s.links);
    out["sockets"] = writeSockets(s.sockets);
    Json script = Json::array();
    for (const AppAction& action : s.script)
        script.push_back(json::writeAction(action));
    out["script"] = script;
    out["faults"] = writeFaults(s.faults);
    // Replacing invalid UTF-8 rather than throwing: parsed text is always valid,
    // and a save must not fail on a string typed in elsewhere.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace core
