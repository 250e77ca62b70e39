#include "core/scenario_json.h"
#include "printers.h"
#include "scenario_json_fixtures.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace testing_scenario;
using namespace std::chrono_literals;
using core::AppCall;
using core::State;

namespace {

const std::string kDefaultPath = HL_SOURCE_DIR "/resources/scenarios/default.json";

} // namespace

TEST(ScenarioJson, load_defaultScenario_hasClientServerAndEchoScript) {
    const core::Scenario s = core::loadScenarioFile(kDefaultPath);
    EXPECT_EQ(s.id, "default");
    EXPECT_EQ(s.title, "Connect, exchange a message, close");
    EXPECT_FALSE(s.description.empty());
    EXPECT_EQ(s.profile.name, "textbook");
    EXPECT_EQ(s.profile.msl, 120s);
    EXPECT_EQ(s.endTime, 300s);
    EXPECT_EQ(s.defaultLink.delay, 50ms);

    ASSERT_EQ(s.hosts.size(), 2u);
    EXPECT_EQ(s.hosts[0].name, "client");
    EXPECT_EQ(s.hosts[0].address, core::parseAddress("10.0.0.1"));
    EXPECT_EQ(s.hosts[1].name, "server");
    EXPECT_EQ(s.hosts[1].address, core::parseAddress("10.0.0.2"));

    ASSERT_EQ(s.sockets.size(), 2u);
    EXPECT_EQ(s.sockets[0].id, "client");
    EXPECT_EQ(s.sockets[0].port, 0);
    EXPECT_EQ(s.sockets[0].isn, 100u);
    EXPECT_EQ(s.sockets[1].id, "srv");
    EXPECT_EQ(s.sockets[1].host, "server");
    EXPECT_EQ(s.sockets[1].port, 80);
    EXPECT_EQ(s.sockets[1].isn, 300u);

    ASSERT_EQ(s.script.size(), 6u);
    EXPECT_EQ(s.script[0].call, AppCall::Listen);
    EXPECT_EQ(s.script[0].when.at, 0us);
    EXPECT_EQ(s.script[1].call, AppCall::Connect);
    EXPECT_EQ(s.script[1].peerHost, "server");
    EXPECT_EQ(s.script[1].peerPort, 80);
    EXPECT_EQ(s.script[2].when.state, State::Established);
    EXPECT_EQ(s.script[2].text, "hello");
    EXPECT_EQ(s.script[3].socket, "srv/1");
    EXPECT_EQ(s.script[3].when.receivedBytes, 5u);
    EXPECT_EQ(s.script[3].text, "hello");
    EXPECT_EQ(s.script[4].socket, "client");
    EXPECT_EQ(s.script[4].call, AppCall::Close);
    EXPECT_EQ(s.script[4].when.receivedBytes, 5u);
    EXPECT_EQ(s.script[5].socket, "srv/1");
    EXPECT_EQ(s.script[5].when.state, State::CloseWait);
    EXPECT_EQ(s.script[5].call, AppCall::Close);
}

TEST(ScenarioJson, load_missingFile_reportsPathAndReason) {
    const std::string path = HL_SOURCE_DIR "/resources/scenarios/no-such-file.json";
    const core::ScenarioError e = loadErrorOf(path);
    EXPECT_EQ(e.source(), path);
    EXPECT_EQ(e.jsonPath(), "");
    EXPECT_STREQ(e.what(), (path + ": cannot read the file: No such file or directory").c_str());
}

TEST(ScenarioJson, load_directory_reportsReason) {
    const core::ScenarioError e = loadErrorOf(HL_SOURCE_DIR "/resources/scenarios");
    EXPECT_TRUE(contains(e.what(), "cannot read the file: Is a directory")) << e.what();
}

TEST(ScenarioJson, load_invalidFile_namesTheFileInErrors) {
    const std::string path = HL_SOURCE_DIR "/docs/scenario-format.md";
    const core::ScenarioError e = loadErrorOf(path);
    EXPECT_EQ(e.source(), path);
    EXPECT_TRUE(e.problem().starts_with("invalid JSON at line 1, column 1: ")) << e.what();
}

TEST(ScenarioJson, parse_minimalDocument_appliesDefaults) {
    const core::Scenario s = core::parseScenario(Doc{}.text(), "test.json");
    EXPECT_EQ(s.title, "t");
    EXPECT_EQ(s.description, "");
    EXPECT_EQ(s.topic, "");
    EXPECT_EQ(s.profile.name, "textbook");
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.endTime, 600s);
    EXPECT_EQ(s.defaultLink.delay, 10ms);
    EXPECT_EQ(s.defaultLink.jitter, 0us);
    EXPECT_EQ(s.defaultLink.loss, 0.0);
    EXPECT_TRUE(s.links.empty());
    EXPECT_TRUE(s.faults.empty());
    EXPECT_EQ(s.script[0].backlog, -1);
    EXPECT_EQ(s.sockets[0].isn, std::nullopt);
}

TEST(ScenarioJson, parse_linuxProfile_usesLinuxValues) {
    const core::Scenario s = core::parseScenario(withMember(R"("profile": "linux")"), "t");
    EXPECT_EQ(s.profile.name, "linux");
    EXPECT_EQ(s.profile.timeWaitLength(), 60s);
    EXPECT_EQ(s.profile.finWait2Timeout, 60s);
}

TEST(ScenarioJson, parse_linkEntry_inheritsMissingValuesFromLink) {
    const core::Scenario s =
        core::parseScenario(withMember(R"("link": {"delay": "30ms", "jitter": "5ms"},
                      "links": [{"from": "client", "to": "server", "loss": 0.25}])"),
                            "t");
    ASSERT_EQ(s.links.size(), 1u);
    EXPECT_EQ(s.links[0].params.delay, 30ms);
    EXPECT_EQ(s.links[0].params.jitter, 5ms);
    EXPECT_EQ(s.links[0].params.loss, 0.25);
}

TEST(ScenarioJson, parse_triggersAndCalls_fillTheirFields) {
    Doc doc;
    doc.script += R"(, {"when": {"state": "CLOSE_WAIT"}, "after": "1.5s", "socket": "srv/2",
                        "call": "send", "bytes": 1000},
                      {"at": "2s", "socket": "client", "call": "setsockopt", "keepalive": true,
                       "keepalive_probes": 3},
                      {"when": {"received": 7}, "socket": "srv/1", "call": "abort"},
                      {"at": "0s", "socket": "client", "call": "listen", "backlog": 0})";
    const core::Scenario s = core::parseScenario(doc.text(), "t");
    ASSERT_EQ(s.script.size(), 6u);
    EXPECT_EQ(s.script[2].when.state, State::CloseWait);
    EXPECT_EQ(s.script[2].when.at, std::nullopt);
    EXPECT_EQ(s.script[2].when.delay, 1500ms);
    EXPECT_EQ(s.script[2].bytes, 1000u);
    EXPECT_EQ(s.script[3].call, AppCall::SetOption);
    EXPECT_EQ(s.script[3].options.keepalive, true);
    EXPECT_EQ(s.script[3].options.keepaliveProbes, 3);
    EXPECT_EQ(s.script[3].options.keepaliveIdle, std::nullopt);
    EXPECT_EQ(s.script[4].when.receivedBytes, 7u);
    EXPECT_EQ(s.script[4].call, AppCall::Abort);
    EXPECT_EQ(s.script[5].backlog, 0);
}

TEST(ScenarioJson, parse_acceptedConnectionNamedBeforeItsListen_isAccepted) {
    Doc doc;
    doc.script = R"([{"when": {"received": 1}, "socket": "srv/1", "call": "close"},
                     {"at": "0s", "socket": "srv", "call": "listen"})";
    EXPECT_EQ(core::parseScenario(doc.text(), "t").script[0].socket, "srv/1");
}

TEST(ScenarioJson, parse_faults_keepOrderAndKind) {
    const core::Scenario s = core::parseScenario(
        withMember(
            R"("faults": [{"at": "5s", "crash": "server"}, {"at": "8s", "restart": "server"}])"),
        "t");
    ASSERT_EQ(s.faults.size(), 2u);
    EXPECT_EQ(s.faults[0].kind, core::FaultKind::Crash);
    EXPECT_EQ(s.faults[0].at, 5s);
    EXPECT_EQ(s.faults[1].kind, core::FaultKind::Restart);
    EXPECT_EQ(s.faults[1].host, "server");
}

TEST(ScenarioJson, parse_largestSeed_isKept) {
    const core::Scenario s =
        core::parseScenario(withMember(R"("seed": 18446744073709551615)"), "t");
    EXPECT_EQ(s.seed, 18446744073709551615u);
}

TEST(ScenarioJson, toJson_defaultScenario_roundTripsUnchanged) {
    const std::string first = core::toJson(core::loadScenarioFile(kDefaultPath));
    const std::string second = core::toJson(core::parseScenario(first, "first"));
    EXPECT_EQ(first, second);
}

TEST(ScenarioJson, toJson_everyFeature_roundTripsUnchanged) {
    const std::string everything = R"({
      "id": "all", "title": "Everything", "description": "Tout, 全部, \"quoted\"\n",
      "topic": "faults", "profile": "linux",
      "overrides": {"delayed_ack": false, "time_wait": "2.5s", "fin_wait2_timeout": null,
                    "window_scale": null, "syn_cookies": "always", "ephemeral_ports": [1000, 1010]},
      "seed": 18446744073709551615, "end": "1.5min",
      "hosts": [{"name": "client", "address": "10.0.0.1"}, {"name": "server", "address": "192.168.1.254"}],
      "link": {"delay": "0.25ms", "jitter": "1us", "loss": 0.1},
      "links": [{"from": "server", "to": "client", "delay": "80ms", "jitter": "10ms", "loss": 0.3333333333333333}],
      "sockets": [{"id": "client", "host": "client", "isn": 4294967295},
                  {"id": "srv", "host": "server", "port": 65535, "isn": 0}],
      "script": [
        {"at": "0s", "socket": "srv", "call": "listen", "backlog": 5},
        {"at": "100ms", "socket": "client", "call": "connect", "to": "server:65535"},
        {"when": {"state": "ESTABLISHED"}, "socket": "client", "call": "send", "text": "hello\u0000 世界"},
        {"when": {"received": 5}, "after": "1us", "socket": "srv/1", "call": "send", "bytes": 1000},
        {"when": {"state": "CLOSE-WAIT"}, "socket": "srv/1", "call": "close"},
        {"at": "1s", "socket": "client", "call": "setsockopt", "keepalive": false,
         "keepalive_idle": "10s", "keepalive_interval": "1s", "keepalive_probes": 3},
        {"at": "2s", "socket": "client", "call": "abort"}
      ],
      "faults": [{"at": "5s", "crash": "server"}, {"at": "8s", "restart": "server"}]
    })";
    const core::Scenario parsed = core::parseScenario(everything, "everything");
    const std::string first = core::toJson(parsed);
    const core::Scenario reparsed = core::parseScenario(first, "first");
    EXPECT_EQ(core::toJson(reparsed), first);
    EXPECT_EQ(reparsed.seed, 18446744073709551615u);
    EXPECT_EQ(reparsed.endTime, 90s);
    EXPECT_EQ(reparsed.profile.timeWait, 2500ms);
    EXPECT_EQ(reparsed.profile.ephemeralFirst, 1000);
    EXPECT_EQ(reparsed.links[0].params.loss, 0.3333333333333333);
    EXPECT_EQ(reparsed.script[2].text, std::string("hello\0 世界", 13));
    EXPECT_EQ(reparsed.script[3].when.delay, 1us);
    EXPECT_EQ(reparsed.script[5].options.keepalive, false);
    EXPECT_EQ(reparsed.description, "Tout, 全部, \"quoted\"\n");
}

TEST(ScenarioJson, toJson_writesTwoSpaceIndentInFixedKeyOrder) {
    const std::string text = core::toJson(core::parseScenario(Doc{}.text(), "t"));
    EXPECT_TRUE(
        text.starts_with("{\n  \"id\": \"t\",\n  \"title\": \"t\",\n  \"description\": \"\",\n"
                         "  \"topic\": \"\",\n  \"profile\": \"textbook\",\n"))
        << text;
    const char* order[] = {
        "\"overrides\"", "\"msl\"",   "\"ephemeral_ports\"", "\"seed\"",   "\"end\"",   "\"hosts\"",
        "\"link\"",      "\"links\"", "\"sockets\"",         "\"script\"", "\"faults\""};
    std::size_t previous = 0;
    for (const char* key : order) {
        const std::size_t at = text.find(key);
        ASSERT_NE(at, std::string::npos) << key;
        EXPECT_GT(at, previous) << key;
        previous = at;
    }
    EXPECT_TRUE(contains(text, "\n      \"at\": \"1s\",\n"));
    EXPECT_EQ(text.back(), '\n');
}

TEST(ScenarioJson, toJson_programmaticScenario_parsesBackEqual) {
    core::Scenario s;
    s.id = "made";
    s.hosts = {{"a", {0x0a000001}}, {"b", {0x0a000002}}};
    s.sockets = {{"x", "a", 0, std::nullopt}, {"y", "b", 7, 9}};
    core::AppAction listen;
    listen.when.at = 0us;
    listen.socket = "y";
    core::AppAction send;
    send.when.receivedBytes = 3;
    send.when.delay = 1ms;
    send.socket = "y/1";
    send.call = AppCall::Send;
    send.bytes = 3;
    s.script = {listen, send};
    s.profile.windowScale = 3;
    s.profile.finWait2Timeout = 1234567us;
    const std::string first = core::toJson(s);
    EXPECT_EQ(core::toJson(core::parseScenario(first, "first")), first);
}
