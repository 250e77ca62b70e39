// The "faults" array of the scenario format: what each kind reads into,
// writing it back, and the errors bad input gets, with their JSON paths.
#include "core/scenario_json.h"
#include "printers.h"
#include "scenario_json_fixtures.h"

#include <gtest/gtest.h>

using namespace testing_scenario;
using namespace std::chrono_literals;
using core::FaultKind;
using core::Flag;
using core::Flags;

namespace {

// The base document with two more hosts and these faults.
std::string withFaults(const std::string& faults) {
    Doc doc;
    doc.hosts = R"([{"name": "client", "address": "10.0.0.1"},
                    {"name": "server", "address": "10.0.0.2"},
                    {"name": "attacker", "address": "10.0.0.66"}])";
    doc.extra = R"("faults": )" + faults;
    return doc.text();
}

std::vector<core::FaultSpec> faultsOf(const std::string& faults) {
    return core::parseScenario(withFaults(faults), "t").faults;
}

} // namespace

// --- reading

TEST(FaultJson, parse_segmentFaults_fillMatchAndAmounts) {
    const auto f = faultsOf(R"([
        {"drop": {"from": "client", "flags": ["SYN"], "nth": 1}},
        {"delay": {"flags": ["SYN", "ACK"], "flags_exact": true, "to": "client"}, "by": "2s"},
        {"duplicate": {"segment": 4}, "after": "500ms"},
        {"drop": {"between": ["1s", "1.5s"]}},
        {"duplicate": {}}])");
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(f[0].kind, FaultKind::Drop);
    EXPECT_EQ(f[0].match.from, "client");
    EXPECT_EQ(f[0].match.flags, Flags(Flag::Syn));
    EXPECT_FALSE(f[0].match.flagsExact);
    EXPECT_EQ(f[0].match.nth, 1);
    EXPECT_EQ(f[0].match.segment, std::nullopt);
    EXPECT_EQ(f[1].kind, FaultKind::Delay);
    EXPECT_EQ(f[1].match.flags, Flag::Syn | Flag::Ack);
    EXPECT_TRUE(f[1].match.flagsExact);
    EXPECT_EQ(f[1].match.to, "client");
    EXPECT_EQ(f[1].match.nth, 0);
    EXPECT_EQ(f[1].by, 2s);
    EXPECT_EQ(f[2].kind, FaultKind::Duplicate);
    EXPECT_EQ(f[2].match.segment, 4);
    EXPECT_EQ(f[2].by, 500ms);
    EXPECT_EQ(f[3].match.between, (core::TimeWindow{1s, 1500ms}));
    EXPECT_EQ(f[4].by, 0s);
}

TEST(FaultJson, parse_inject_fillsTheSegmentAndDefaults) {
    const auto f = faultsOf(R"([
        {"at": "1s", "inject": {"from": "attacker", "to": "server:80", "src": "10.0.0.1:49152",
                                "flags": ["RST"], "seq": 1000, "ack": 7, "window": 0,
                                "payload": "hi", "repeat": {"count": 100, "every": "10ms"}}},
        {"at": "2s", "inject": {"from": "attacker", "to": "10.0.0.9:0"}}])");
    ASSERT_EQ(f.size(), 2u);
    const core::InjectSpec& a = f[0].inject;
    EXPECT_EQ(f[0].at, 1s);
    EXPECT_EQ(a.from, "attacker");
    EXPECT_EQ(a.to, "server");
    EXPECT_EQ(a.toPort, 80);
    EXPECT_EQ(a.src, "10.0.0.1");
    EXPECT_EQ(a.srcPort, 49152);
    EXPECT_EQ(a.flags, Flags(Flag::Rst));
    EXPECT_EQ(a.seq, 1000u);
    EXPECT_EQ(a.ack, 7u);
    EXPECT_EQ(a.window, 0);
    EXPECT_EQ(a.payload, "hi");
    EXPECT_EQ(a.count, 100);
    EXPECT_EQ(a.every, 10ms);
    const core::InjectSpec& b = f[1].inject;
    EXPECT_EQ(b.to, "10.0.0.9");
    EXPECT_EQ(b.toPort, 0);
    EXPECT_EQ(b.src, "");
    EXPECT_EQ(b.srcPort, core::kInjectSourcePort);
    EXPECT_EQ(b.flags, Flags{});
    EXPECT_EQ(b.window, 65535);
    EXPECT_EQ(b.count, 1);
}

TEST(FaultJson, parse_partitionAndLink_fillHostsWindowAndChanges) {
    const auto f = faultsOf(R"([
        {"partition": ["client", "server"], "between": ["2s", "5s"]},
        {"at": "3s", "link": {"from": "client", "to": "server", "delay": "200ms", "loss": 0.5}}])");
    EXPECT_EQ(f[0].kind, FaultKind::Partition);
    EXPECT_EQ(f[0].host, "client");
    EXPECT_EQ(f[0].peer, "server");
    EXPECT_EQ(f[0].between, (core::TimeWindow{2s, 5s}));
    EXPECT_EQ(f[1].kind, FaultKind::Link);
    EXPECT_EQ(f[1].at, 3s);
    EXPECT_EQ(f[1].link.from, "client");
    EXPECT_EQ(f[1].link.delay, 200ms);
    EXPECT_EQ(f[1].link.jitter, std::nullopt);
    EXPECT_EQ(f[1].link.loss, 0.5);
}

// --- writing

TEST(FaultJson, toJson_everyKind_roundTripsUnchanged) {
    const std::string faults = R"([
        {"at": "5s", "crash": "server"}, {"at": "8s", "restart": "server"},
        {"drop": {"from": "client", "flags": ["SYN"], "nth": 1}},
        {"drop": {"segment": 0, "to": "server", "flags": [], "flags_exact": true,
                  "between": ["0s", "1.5s"]}},
        {"delay": {"flags": ["ACK", "SYN"]}, "by": "2s"},
        {"duplicate": {"segment": 4}, "after": "500ms"},
        {"at": "1s", "inject": {"from": "attacker", "to": "server:80", "src": "client:49152",
                                "flags": ["RST", "ACK"], "seq": 4294967295, "window": 0,
                                "payload": "x\u0000y", "repeat": {"count": 3, "every": "0s"}}},
        {"at": "1s", "inject": {"from": "attacker", "to": "10.0.0.9:7"}},
        {"partition": ["client", "server"], "between": ["2s", "5s"]},
        {"at": "3s", "link": {"from": "server", "to": "client", "jitter": "1us", "loss": 0.1}}])";
    const core::Scenario parsed = core::parseScenario(withFaults(faults), "t");
    const std::string first = core::toJson(parsed);
    const core::Scenario reparsed = core::parseScenario(first, "first");
    EXPECT_EQ(reparsed.faults, parsed.faults);
    EXPECT_EQ(core::toJson(reparsed), first);
    EXPECT_TRUE(contains(first, R"("flags": [
          "SYN",
          "ACK"
        ])"))
        << "flags are written in the order of the JSON trace";
}

TEST(FaultJson, toJson_programmaticInjectWithPortButNoSource_keepsThePort) {
    core::Scenario s = core::parseScenario(
        withFaults(R"([{"at": "1s", "inject": {"from": "attacker", "to": "server:80"}}])"), "t");
    s.faults[0].inject.srcPort = 7;
    const core::Scenario back = core::parseScenario(core::toJson(s), "back");
    EXPECT_EQ(back.faults[0].inject.srcPort, 7);
    EXPECT_EQ(back.faults[0].inject.src, "attacker"); // the same address, by name
}

TEST(FaultJson, editMarker_readOnAnyKindAndWrittenLast) {
    const core::Scenario parsed = core::parseScenario(withFaults(R"([
        {"at": "5s", "crash": "server", "edit": 2},
        {"drop": {"segment": 3}, "edit": 1},
        {"delay": {"segment": 4}, "by": "1s"}])"),
                                                      "t");
    EXPECT_EQ(parsed.faults[0].edit, 2);
    EXPECT_EQ(parsed.faults[1].edit, 1);
    EXPECT_EQ(parsed.faults[2].edit, std::nullopt) << "an authored fault has no marker";
    const std::string text = core::toJson(parsed);
    EXPECT_TRUE(contains(text, R"("crash": "server",
      "edit": 2
    })"))
        << text;
    const core::Scenario back = core::parseScenario(text, "back");
    EXPECT_EQ(back.faults, parsed.faults);
    EXPECT_FALSE(contains(core::toJson(core::parseScenario(withFaults("[]"), "t")), "\"edit\""));
}

// --- errors

TEST(FaultJsonErrors, editMarker_mustBeAPositiveInteger) {
    expectError(withFaults(R"([{"at": "1s", "crash": "server", "edit": 0}])"), "/faults/0/edit",
                "expected an integer from 1 to 2147483647, got 0");
    expectError(withFaults(R"([{"drop": {}, "edit": "3"}])"), "/faults/0/edit",
                "expected an integer");
    expectError(withFaults(R"([{"drop": {}, "edit": 1.5}])"), "/faults/0/edit",
                "expected an integer");
    expectError(withFaults(R"([{"drop": {}, "edti": 1}])"), "/faults/0/edti",
                "did you mean \"edit\"?");
}

TEST(FaultJsonErrors, kindAndKeys_areCheckedWithSuggestions) {
    expectError(withFaults(R"([{"drop": {}, "delay": {}, "by": "1s"}])"), "/faults/0",
                "give either \"drop\" or \"delay\", not both");
    expectError(withFaults(R"([{"dorp": {}}])"), "/faults/0/dorp",
                "unknown key \"dorp\" (expected at, crash, restart, drop, delay, duplicate, "
                "inject, partition, link, by, after, between or edit; did you mean \"drop\"?)");
    expectError(withFaults(R"([{"at": "1s", "drop": {}}])"), "/faults/0/at",
                "key \"at\" does not apply to a drop fault (it takes no other keys); it acts on "
                "segments as they are sent: to limit it in time, give \"between\" in the match");
    expectError(withFaults(R"([{"at": "1s", "crash": "server", "by": "1s"}])"), "/faults/0/by",
                "key \"by\" does not apply to a crash fault (it takes at)");
    expectError(withFaults(R"([{"drop": {"flagz": ["SYN"]}}])"), "/faults/0/drop/flagz",
                "did you mean \"flags\"?");
    expectError(withFaults(R"([{"drop": 5}])"), "/faults/0/drop", "expected an object, got 5");
}

TEST(FaultJsonErrors, hostsFlagsAndNth_areCheckedAtTheirPath) {
    expectError(withFaults(R"([{"drop": {"from": "clinet"}}])"), "/faults/0/drop/from",
                "unknown host \"clinet\" (expected client, server or attacker; did you mean "
                "\"client\"?)");
    expectError(withFaults(R"([{"drop": {"flags": ["SYN", "SNY"]}}])"), "/faults/0/drop/flags/1",
                "unknown flag \"SNY\" (expected FIN, SYN, RST, PSH, ACK, URG, ECE or CWR; did "
                "you mean \"SYN\"?)");
    expectError(withFaults(R"([{"drop": {"flags": ["syn"]}}])"), "/faults/0/drop/flags/0",
                "did you mean \"SYN\"?");
    expectError(withFaults(R"([{"drop": {"flags": ["ACK", "ACK"]}}])"), "/faults/0/drop/flags/1",
                "flag \"ACK\" is listed twice");
    expectError(withFaults(R"([{"drop": {"flags_exact": true}}])"), "/faults/0/drop/flags_exact",
                "\"flags_exact\" needs \"flags\"");
    expectError(withFaults(R"([{"drop": {"nth": 0}}])"), "/faults/0/drop/nth",
                "expected an integer from 1 to 2147483647, got 0");
    expectError(withFaults(R"([{"drop": {"segment": -1}}])"), "/faults/0/drop/segment",
                "expected an integer from 0 to 2147483647, got -1");
}

TEST(FaultJsonErrors, timesAndWindows_mustBeValidAndNotEmpty) {
    expectError(withFaults(R"([{"crash": "server"}])"), "/faults/0", "missing required key \"at\"");
    expectError(withFaults(R"([{"at": "-1s", "crash": "server"}])"), "/faults/0/at",
                "invalid duration \"-1s\"");
    expectError(withFaults(R"([{"drop": {"between": ["5s", "5s"]}}])"), "/faults/0/drop/between",
                "the time window is empty: its end \"5s\" is not after its start \"5s\"");
    expectError(withFaults(R"([{"drop": {"between": ["5s"]}}])"), "/faults/0/drop/between",
                "expected [start, end], two durations");
    expectError(withFaults(R"([{"drop": {"between": ["1s", 5]}}])"), "/faults/0/drop/between/1",
                "expected a duration string");
    expectError(withFaults(R"([{"delay": {}}])"), "/faults/0", "missing required key \"by\"");
    expectError(withFaults(R"([{"delay": {}, "by": "0s"}])"), "/faults/0/by",
                "expected a duration above 0s");
    expectError(withFaults(R"([{"partition": ["client", "server"]}])"), "/faults/0",
                "missing required key \"between\"");
    expectError(withFaults(R"([{"partition": ["client", "server"], "between": ["3s", "2s"]}])"),
                "/faults/0/between", "the time window is empty");
}

TEST(FaultJsonErrors, partitionAndLink_needTwoDifferentHosts) {
    expectError(withFaults(R"([{"partition": ["client"], "between": ["0s", "1s"]}])"),
                "/faults/0/partition", "expected the two hosts of the link");
    expectError(withFaults(R"([{"partition": ["client", "client"], "between": ["0s", "1s"]}])"),
                "/faults/0/partition/1", "a link joins two different hosts");
    expectError(withFaults(R"([{"partition": ["client", "srever"], "between": ["0s", "1s"]}])"),
                "/faults/0/partition/1", "did you mean \"server\"?");
    expectError(withFaults(R"([{"at": "1s", "link": {"from": "client", "to": "server"}}])"),
                "/faults/0/link", "needs at least one of delay, jitter or loss");
    expectError(withFaults(R"([{"at": "1s", "link": {"to": "server", "loss": 1}}])"),
                "/faults/0/link", "missing required key \"from\"");
    expectError(
        withFaults(R"([{"at": "1s", "link": {"from": "client", "to": "server", "loss": 2}}])"),
        "/faults/0/link/loss", "expected a number from 0 to 1, got 2");
}

TEST(FaultJsonErrors, inject_checksEndpointsNumbersAndRepeat) {
    const auto inject = [](const std::string& body) {
        return withFaults(R"([{"at": "1s", "inject": {"from": "attacker", )" + body + "}}]");
    };
    expectError(withFaults(R"([{"at": "1s", "inject": {"to": "server:80"}}])"), "/faults/0/inject",
                "missing required key \"from\"");
    expectError(inject(R"("to": "server")"), "/faults/0/inject/to", "expected \"host:port\"");
    expectError(inject(R"("to": "sever:80")"), "/faults/0/inject/to",
                "unknown host \"sever\" (expected client, server or attacker or an IPv4 address "
                "such as \"10.0.0.9\"; did you mean \"server\"?)");
    expectError(inject(R"("to": "server:65536")"), "/faults/0/inject/to",
                "expected a port from 0 to 65535");
    expectError(inject(R"("to": "server:80", "src": "10.0.0:1")"), "/faults/0/inject/src",
                "unknown host \"10.0.0\"");
    expectError(inject(R"("to": "server:80", "seq": 4294967296)"), "/faults/0/inject/seq",
                "expected an integer from 0 to 4294967295");
    expectError(inject(R"("to": "server:80", "window": -1)"), "/faults/0/inject/window",
                "expected an integer from 0 to 65535");
    expectError(inject(R"("to": "server:80", "flags": ["RTS"])"), "/faults/0/inject/flags/0",
                "did you mean \"RST\"?");
    expectError(inject(R"("to": "server:80", "mss": 1460)"), "/faults/0/inject/mss",
                "unknown key \"mss\"");
    expectError(inject(R"("to": "server:80", "repeat": {"count": 0, "every": "1ms"})"),
                "/faults/0/inject/repeat/count", "expected an integer from 1 to 100000");
    expectError(inject(R"("to": "server:80", "repeat": {"count": 2})"), "/faults/0/inject/repeat",
                "missing required key \"every\"");
}
