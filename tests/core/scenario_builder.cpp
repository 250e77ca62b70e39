#include "scenario_builder.h"

namespace testsupport {

using namespace core;

ScenarioBuilder::ScenarioBuilder(Profile profile) {
    m_scenario.id = "test";
    m_scenario.profile = std::move(profile);
}

ScenarioBuilder& ScenarioBuilder::host(const std::string& name, const std::string& address) {
    m_scenario.hosts.push_back(HostSpec{name, parseAddress(address).value()});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::socket(const std::string& id, const std::string& host, Port port,
                                         std::optional<std::uint32_t> isn) {
    m_scenario.sockets.push_back(SocketSpec{id, host, port, isn});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::link(Micros delay, Micros jitter, double loss) {
    m_scenario.defaultLink = LinkParams{delay, jitter, loss};
    return *this;
}

ScenarioBuilder& ScenarioBuilder::link(const std::string& from, const std::string& to, Micros delay,
                                       Micros jitter, double loss) {
    m_scenario.links.push_back(LinkSpec{from, to, LinkParams{delay, jitter, loss}});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::seed(std::uint64_t seed) {
    m_scenario.seed = seed;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::end(Micros end) {
    m_scenario.endTime = end;
    return *this;
}

AppAction& ScenarioBuilder::add(AppCall call, const std::string& socket) {
    AppAction& a = m_scenario.script.emplace_back();
    a.call = call;
    a.socket = socket;
    return a;
}

ScenarioBuilder& ScenarioBuilder::listenAt(Micros t, const std::string& socket, int backlog) {
    AppAction& a = add(AppCall::Listen, socket);
    a.when.at = t;
    a.backlog = backlog;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::connectAt(Micros t, const std::string& socket,
                                            const std::string& host, Port port) {
    AppAction& a = add(AppCall::Connect, socket);
    a.when.at = t;
    a.peerHost = host;
    a.peerPort = port;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::sendAt(Micros t, const std::string& socket, std::uint64_t bytes) {
    AppAction& a = add(AppCall::Send, socket);
    a.when.at = t;
    a.bytes = bytes;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::closeAt(Micros t, const std::string& socket) {
    add(AppCall::Close, socket).when.at = t;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::abortAt(Micros t, const std::string& socket) {
    add(AppCall::Abort, socket).when.at = t;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::keepaliveAt(Micros t, const std::string& socket) {
    AppAction& a = add(AppCall::SetOption, socket);
    a.when.at = t;
    a.options.keepalive = true;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::sendWhen(State state, const std::string& socket,
                                           std::uint64_t bytes, Micros after) {
    AppAction& a = add(AppCall::Send, socket);
    a.when.state = state;
    a.when.delay = after;
    a.bytes = bytes;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::sendWhenReceived(std::uint64_t received,
                                                   const std::string& socket, std::uint64_t bytes) {
    AppAction& a = add(AppCall::Send, socket);
    a.when.receivedBytes = received;
    a.bytes = bytes;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::closeWhen(State state, const std::string& socket, Micros after) {
    AppAction& a = add(AppCall::Close, socket);
    a.when.state = state;
    a.when.delay = after;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::closeWhenReceived(std::uint64_t received,
                                                    const std::string& socket) {
    add(AppCall::Close, socket).when.receivedBytes = received;
    return *this;
}

ScenarioBuilder& ScenarioBuilder::crashAt(Micros t, const std::string& host) {
    m_scenario.faults.push_back(FaultSpec{t, FaultKind::Crash, host});
    return *this;
}

ScenarioBuilder& ScenarioBuilder::restartAt(Micros t, const std::string& host) {
    m_scenario.faults.push_back(FaultSpec{t, FaultKind::Restart, host});
    return *this;
}

ScenarioBuilder ScenarioBuilder::clientServer(Profile profile) {
    ScenarioBuilder b(std::move(profile));
    b.host("client", "10.0.0.1").host("server", "10.0.0.2");
    b.socket("client", "client", 0, 100).socket("srv", "server", 80, 300);
    b.link(std::chrono::milliseconds(50));
    b.listenAt(Micros{0}, "srv");
    return b;
}

} // namespace testsupport
