#pragma once

#include "core/scenario.h"

#include <optional>
#include <string>

// Builds scenarios in code for tests and benchmarks: hosts, sockets and a
// script, without going through JSON.
namespace testsupport {

// Faults, one function per kind.
core::FaultSpec crashFault(core::Micros at, const std::string& host);
core::FaultSpec restartFault(core::Micros at, const std::string& host);
core::FaultSpec dropFault(core::SegmentMatch match);
core::FaultSpec delayFault(core::SegmentMatch match, core::Micros by);
core::FaultSpec duplicateFault(core::SegmentMatch match, core::Micros after);
core::FaultSpec partitionFault(const std::string& a, const std::string& b, core::Micros from,
                               core::Micros until);
core::FaultSpec injectFault(core::Micros at, core::InjectSpec inject);
core::FaultSpec linkFault(core::Micros at, core::LinkChange change);

// Segment conditions: the nth segment (0: every one) from `from` with `flags` set.
core::SegmentMatch matchFrom(const std::string& from, core::Flags flags, int nth = 0);
// The segment with this trace id.
core::SegmentMatch matchSegment(core::SegId id);

class ScenarioBuilder {
public:
    explicit ScenarioBuilder(core::Profile profile = core::textbookProfile());

    ScenarioBuilder& host(const std::string& name, const std::string& address);
    ScenarioBuilder& socket(const std::string& id, const std::string& host, core::Port port = 0,
                            std::optional<std::uint32_t> isn = std::nullopt);
    ScenarioBuilder& link(core::Micros delay, core::Micros jitter = core::Micros{0},
                          double loss = 0.0);
    ScenarioBuilder& link(const std::string& from, const std::string& to, core::Micros delay,
                          core::Micros jitter = core::Micros{0}, double loss = 0.0);
    ScenarioBuilder& seed(std::uint64_t seed);
    ScenarioBuilder& end(core::Micros end);

    // Script actions at a time ...
    ScenarioBuilder& listenAt(core::Micros t, const std::string& socket, int backlog = -1);
    ScenarioBuilder& connectAt(core::Micros t, const std::string& socket, const std::string& host,
                               core::Port port);
    ScenarioBuilder& sendAt(core::Micros t, const std::string& socket, std::uint64_t bytes);
    ScenarioBuilder& closeAt(core::Micros t, const std::string& socket);
    ScenarioBuilder& abortAt(core::Micros t, const std::string& socket);
    ScenarioBuilder& keepaliveAt(core::Micros t, const std::string& socket);
    // ... or when the socket reaches a state / has received some bytes.
    ScenarioBuilder& sendWhen(core::State state, const std::string& socket, std::uint64_t bytes,
                              core::Micros after = core::Micros{0});
    ScenarioBuilder& sendWhenReceived(std::uint64_t received, const std::string& socket,
                                      std::uint64_t bytes);
    ScenarioBuilder& closeWhen(core::State state, const std::string& socket,
                               core::Micros after = core::Micros{0});
    ScenarioBuilder& closeWhenReceived(std::uint64_t received, const std::string& socket);
    ScenarioBuilder& crashAt(core::Micros t, const std::string& host);
    ScenarioBuilder& restartAt(core::Micros t, const std::string& host);
    ScenarioBuilder& fault(core::FaultSpec fault);

    core::Scenario& scenario() { return m_scenario; }
    core::Scenario build() const { return m_scenario; }

    // client 10.0.0.1 (socket "client", ISN 100) and server 10.0.0.2 (socket
    // "srv" on port 80, ISN 300), 50 ms apart; the server listens at 0.
    static ScenarioBuilder clientServer(core::Profile profile = core::textbookProfile());

private:
    core::AppAction& add(core::AppCall call, const std::string& socket);

    core::Scenario m_scenario;
};

} // namespace testsupport
