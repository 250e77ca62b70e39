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
    return fault(crashFault(t, host));
}

ScenarioBuilder& ScenarioBuilder::restartAt(Micros t, const std::string& host) {
    return fault(restartFault(t, host));
}

ScenarioBuilder& ScenarioBuilder::fault(FaultSpec f) {
    m_scenario.faults.push_back(std::move(f));
    return *this;
}

namespace {

FaultSpec faultOf(FaultKind kind) {
    FaultSpec f;
    f.kind = kind;
    return f;
}

} // namespace

FaultSpec crashFault(Micros at, const std::string& host) {
    FaultSpec f = faultOf(FaultKind::Crash);
    f.at = at;
    f.host = host;
    return f;
}

FaultSpec restartFault(Micros at, const std::string& host) {
    FaultSpec f = crashFault(at, host);
    f.kind = FaultKind::Restart;
    return f;
}

FaultSpec dropFault(SegmentMatch match) {
    FaultSpec f = faultOf(FaultKind::Drop);
    f.match = std::move(match);
    return f;
}

FaultSpec delayFault(SegmentMatch match, Micros by) {
    FaultSpec f = faultOf(FaultKind::Delay);
    f.match = std::move(match);
    f.by = by;
    return f;
}

FaultSpec duplicateFault(SegmentMatch match, Micros after) {
    FaultSpec f = delayFault(std::move(match), after);
    f.kind = FaultKind::Duplicate;
    return f;
}

FaultSpec partitionFault(const std::string& a, const std::string& b, Micros from, Micros until) {
    FaultSpec f = faultOf(FaultKind::Partition);
    f.host = a;
    f.peer = b;
    f.between = TimeWindow{from, until};
    return f;
}

FaultSpec injectFault(Micros at, InjectSpec inject) {
    FaultSpec f = faultOf(FaultKind::Inject);
    f.at = at;
    f.inject = std::move(inject);
    return f;
}

FaultSpec linkFault(Micros at, LinkChange change) {
    FaultSpec f = faultOf(FaultKind::Link);
    f.at = at;
    f.link = std::move(change);
    return f;
}

SegmentMatch matchFrom(const std::string& from, Flags flags, int nth) {
    SegmentMatch m;
    m.from = from;
    m.flags = flags;
    m.nth = nth;
    return m;
}

SegmentMatch matchSegment(SegId id) {
    SegmentMatch m;
    m.segment = id;
    return m;
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
