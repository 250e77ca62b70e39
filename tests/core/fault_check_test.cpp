// unusedFaults(): the faults of a scenario that did nothing in its trace.
#include "core/fault_check.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "printers.h"
#include "scenario_builder.h"

#include <gtest/gtest.h>

namespace {

using namespace core;
using namespace std::chrono_literals;
using namespace testsupport;

ScenarioBuilder connecting() {
    auto b = ScenarioBuilder::clientServer();
    b.host("attacker", "10.0.0.66");
    b.connectAt(0ms, "client", "server", 80).sendWhen(State::Established, "client", 5).end(10s);
    return b;
}

// The problems of the scenario as "<path>: <problem>" lines.
std::vector<std::string> problemsOf(const Scenario& s) {
    std::vector<std::string> lines;
    for (const FaultProblem& p : unusedFaults(s, simulate(s)))
        lines.push_back(p.jsonPath + ": " + p.problem);
    return lines;
}

TEST(UnusedFaults, FaultsThatActed_AreNotReported) {
    auto b = connecting();
    b.fault(dropFault(matchFrom("client", Flag::Syn, 1)));
    b.fault(delayFault(matchFrom("server", Flag::Syn), 10ms));
    b.fault(duplicateFault(matchSegment(1), 1ms));
    b.sendAt(2s, "client", 5).fault(partitionFault("client", "server", 2s, 3s));
    b.fault(crashFault(9s, "server")).fault(restartFault(9500ms, "server"));
    b.fault(linkFault(5s, LinkChange{"client", "server", 1ms, std::nullopt, std::nullopt}));
    EXPECT_EQ(problemsOf(b.build()), std::vector<std::string>{});
}

TEST(UnusedFaults, SegmentFaultMatchingNothing_SaysWhichConditionsFoundNone) {
    auto b = connecting();
    b.fault(dropFault(matchFrom("client", Flag::Urg)));
    SegmentMatch pureAck = matchFrom("client", Flag::Ack);
    pureAck.to = "server";
    pureAck.flagsExact = true;
    pureAck.between = TimeWindow{2s, 2500ms};
    b.fault(delayFault(pureAck, 1s));
    b.fault(duplicateFault(matchFrom("client", Flag::Syn, 3), 1ms));
    b.fault(dropFault(matchSegment(500)));
    b.fault(partitionFault("server", "attacker", 0ms, 10s));
    EXPECT_EQ(problemsOf(b.build()),
              (std::vector<std::string>{
                  "/faults/0: matched no segment (no segment from client with flags URG was sent)",
                  "/faults/1: matched no segment (no segment from client to server with flags "
                  "ACK and no other was sent from 2s up to 2500ms)",
                  "/faults/2: matched no segment (only 1 segment met the other conditions, and "
                  "nth is 3)",
                  "/faults/3: matched no segment (the trace has no segment #500, only #0 to #4)",
                  "/faults/4: matched no segment (no segment was sent between server and "
                  "attacker from 0s up to 10s)",
              }));
}

TEST(UnusedFaults, SegmentIdThatDoesNotMeetTheOtherConditions_IsNamed) {
    auto b = connecting();
    SegmentMatch m = matchSegment(1);
    m.from = "client";
    b.fault(dropFault(m));
    EXPECT_EQ(problemsOf(b.build()),
              std::vector<std::string>{
                  "/faults/0: matched no segment (#1 does not meet the other conditions)"});
}

TEST(UnusedFaults, FaultWhoseSegmentsAnotherFaultDropped_HadNoEffect) {
    auto b = connecting();
    b.fault(partitionFault("client", "server", 0ms, 500ms));
    b.fault(dropFault(matchFrom("client", Flag::Syn, 1)));
    EXPECT_EQ(problemsOf(b.build()),
              std::vector<std::string>{
                  "/faults/1: matched only segments that another fault had already dropped"});
}

TEST(UnusedFaults, TimedFaultsAfterTheEndAndInjectsFromADownHost_AreReported) {
    auto b = connecting();
    b.fault(crashFault(20s, "server"));
    InjectSpec rst;
    rst.from = "attacker";
    rst.to = "server";
    rst.toPort = 80;
    rst.flags = Flag::Rst;
    b.crashAt(1s, "attacker").fault(injectFault(2s, rst));
    EXPECT_EQ(problemsOf(b.build()),
              (std::vector<std::string>{
                  "/faults/0: happens at 20s, after the scenario ends at 10s",
                  "/faults/2: sent nothing: host attacker was down",
              }));
}

TEST(UnusedFaults, ReportedAsAScenarioError_ReadsFilePathAndProblem) {
    const Scenario s = parseScenario(R"({
      "id": "t",
      "hosts": [{"name": "client", "address": "10.0.0.1"}, {"name": "server", "address": "10.0.0.2"}],
      "sockets": [{"id": "client", "host": "client"}, {"id": "srv", "host": "server", "port": 80}],
      "script": [{"at": "0s", "socket": "srv", "call": "listen"},
                 {"at": "1s", "socket": "client", "call": "connect", "to": "server:80"}],
      "faults": [{"drop": {"from": "client", "flags": ["SYN"], "nth": 1}},
                 {"drop": {"from": "client", "flags": ["FIN"]}}]
    })",
                                     "lab.json");
    const std::vector<FaultProblem> problems = unusedFaults(s, simulate(s));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].fault, 1u);
    EXPECT_STREQ(ScenarioError("lab.json", problems[0].jsonPath, problems[0].problem).what(),
                 "lab.json: /faults/1: matched no segment (no segment from client with flags FIN "
                 "was sent)");
}

} // namespace
