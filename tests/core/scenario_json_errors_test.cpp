#include "core/scenario_json.h"
#include "printers.h"
#include "scenario_json_fixtures.h"

#include <gtest/gtest.h>

using namespace testing_scenario;

// --- the error itself and JSON syntax

TEST(ScenarioErrors, what_readsSourcePathAndProblem) {
    EXPECT_STREQ(core::ScenarioError("a.json", "/script/2", "bad").what(),
                 "a.json: /script/2: bad");
    EXPECT_STREQ(core::ScenarioError("a.json", "", "bad").what(), "a.json: bad");
}

TEST(ScenarioErrors, parse_syntaxError_reportsLineAndColumn) {
    const core::ScenarioError e = errorOf("{\n  \"id\": \"x\",\n  \"hosts\": [,]\n}");
    EXPECT_EQ(e.jsonPath(), "");
    EXPECT_TRUE(e.problem().starts_with("invalid JSON at line 3, column 13: ")) << e.what();
    EXPECT_FALSE(contains(e.problem(), "json.exception")) << e.what();
}

TEST(ScenarioErrors, parse_truncatedDocument_reportsPositionJustPastTheEnd) {
    const core::ScenarioError e = errorOf("{\"id\": \"x\",\n \"hosts\": [");
    EXPECT_TRUE(e.problem().starts_with("invalid JSON at line 2, column 12: ")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "unexpected end of input")) << e.what();
}

TEST(ScenarioErrors, parse_syntaxErrorAfterChineseText_countsCharactersNotBytes) {
    // The position is the end of the unexpected token, the closing quote of "id":
    // character 21, byte 29.
    const core::ScenarioError e = errorOf("{\"title\": \"三次握手\" \"id\": \"x\"}");
    EXPECT_TRUE(e.problem().starts_with("invalid JSON at line 1, column 21: ")) << e.what();
}

TEST(ScenarioErrors, parse_numberOutOfRange_isASyntaxErrorWithoutLibraryPrefix) {
    const core::ScenarioError e = errorOf(withMember(R"("seed": 1e999)"));
    EXPECT_EQ(e.jsonPath(), "");
    EXPECT_EQ(e.problem(), "invalid JSON: number overflow parsing '1e999'");
}

TEST(ScenarioErrors, parse_longWrongValue_isShortenedAtACharacterBoundary) {
    const core::ScenarioError e =
        errorOf(withMember(R"("seed": "一二三四五六七八九十一二三四五六七八九十")"));
    EXPECT_EQ(
        e.problem(),
        "expected an integer from 0 to 18446744073709551615, got \"一二三四五六七八九十一二...");
}

TEST(ScenarioErrors, parse_repeatedKey_reportsSecondOccurrence) {
    Doc doc;
    doc.hosts = R"([{"name": "client", "address": "10.0.0.1"},
                    {"name": "server", "address": "10.0.0.2", "name": "srv"}])";
    expectError(doc.text(), "/hosts/1/name", "key \"name\" appears twice");
}

TEST(ScenarioErrors, parse_notAnObject_saysWhatItGot) {
    expectError("[]", "", "expected an object, got an array");
}

// --- keys

TEST(ScenarioErrors, parse_unknownTopLevelKey_suggestsClosest) {
    expectError(withMember(R"("tittle": "x")"), "/tittle", "unknown key \"tittle\"");
    expectError(withMember(R"("tittle": "x")"), "/tittle", "did you mean \"title\"?");
}

TEST(ScenarioErrors, parse_unknownKeyFarFromAny_listsKeysWithoutSuggestion) {
    const core::ScenarioError e = errorOf(withMember(R"("zzzzzz": 1)"));
    EXPECT_EQ(e.jsonPath(), "/zzzzzz");
    EXPECT_TRUE(contains(e.problem(), "(expected id, title, description")) << e.what();
    EXPECT_FALSE(contains(e.problem(), "did you mean")) << e.what();
}

TEST(ScenarioErrors, parse_keyWithSlash_isEscapedInPath) {
    expectError(withMember(R"("a/b~c": 1)"), "/a~1b~0c", "unknown key \"a/b~c\"");
}

TEST(ScenarioErrors, parse_missingRequiredKey_namesIt) {
    expectError(R"({"hosts": [], "sockets": [], "script": []})", "", "missing required key \"id\"");
    expectError(R"({"id": "x", "sockets": [], "script": []})", "",
                "missing required key \"hosts\"");
    Doc doc;
    doc.extra = R"("faults": [{"crash": "server"}])";
    expectError(doc.text(), "/faults/0", "missing required key \"at\"");
}

TEST(ScenarioErrors, parse_wrongType_saysExpectedAndGot) {
    expectError(withMember(R"("seed": "1")"), "/seed",
                "expected an integer from 0 to 18446744073709551615, got \"1\"");
    expectError(withMember(R"("seed": -1)"), "/seed", "got -1");
    expectError(withMember(R"("title": 5)"), "/title", "expected a string, got 5");
    expectError(R"({"id": "x", "hosts": {}, "sockets": [], "script": []})", "/hosts",
                "expected an array, got an object");
}

// --- top level values

TEST(ScenarioErrors, parse_unknownProfile_suggestsClosest) {
    expectError(withMember(R"("profile": "linx")"), "/profile",
                "unknown profile \"linx\" (expected textbook or linux; did you mean \"linux\"?)");
}

TEST(ScenarioErrors, parse_badDuration_reportsPathAndAcceptedForms) {
    expectError(withMember(R"("end": "10")"), "/end", "it has no unit");
    expectError(withMember(R"("end": "0.0001ms")"), "/end", "not a whole number of microseconds");
    expectError(withMember(R"("end": 10)"), "/end", "expected a duration string with a unit");
}

// --- hosts and sockets

TEST(ScenarioErrors, parse_hosts_mustBeUniqueAndValid) {
    expectError(R"({"id": "x", "hosts": [], "sockets": [], "script": []})", "/hosts",
                "expected at least one host");
    Doc doc;
    doc.hosts = R"([{"name": "a", "address": "10.0.0.1"}, {"name": "a", "address": "10.0.0.2"}])";
    expectError(doc.text(), "/hosts/1/name", "host name \"a\" is used twice");
    doc.hosts = R"([{"name": "a", "address": "10.0.0.1"}, {"name": "b", "address": "10.0.0.1"}])";
    expectError(doc.text(), "/hosts/1/address", "10.0.0.1 already belongs to host \"a\"");
    doc.hosts = R"([{"name": "a", "address": "10.0.0"}])";
    expectError(doc.text(), "/hosts/0/address", "expected an IPv4 address");
    doc.hosts = R"([{"name": "a:b", "address": "10.0.0.1"}])";
    expectError(doc.text(), "/hosts/0/name", "cannot contain ':'");
}

TEST(ScenarioErrors, parse_socketProtocol_isTcpOrUdp) {
    Doc doc;
    doc.sockets = R"([{"id": "client", "host": "client", "protocol": "sctp"},
                      {"id": "srv", "host": "server", "port": 80}])";
    expectError(doc.text(), "/sockets/0/protocol",
                "unknown protocol \"sctp\" (expected tcp or udp)");
    doc.sockets = R"([{"id": "client", "host": "client", "protocol": "udp"},
                      {"id": "srv", "host": "server", "port": 80}])";
    EXPECT_EQ(core::parseScenario(doc.text(), "t").sockets.at(0).protocol, core::Protocol::Udp);
}

TEST(ScenarioErrors, parse_isnList_givesSuccessiveConnectionsTheirIsns) {
    Doc doc;
    doc.sockets = R"([{"id": "client", "host": "client"},
                      {"id": "srv", "host": "server", "port": 80, "isn": [300, 400]}])";
    const core::Scenario s = core::parseScenario(doc.text(), "t");
    EXPECT_EQ(s.sockets.at(1).isnFor(0), 300u);
    EXPECT_EQ(s.sockets.at(1).isnFor(1), 400u);
    EXPECT_EQ(s.sockets.at(1).isnFor(5), 400u); // the last one repeats
    EXPECT_EQ(core::toJson(core::parseScenario(core::toJson(s), "t")), core::toJson(s));
    doc.sockets = R"([{"id": "client", "host": "client"},
                      {"id": "srv", "host": "server", "port": 80, "isn": []}])";
    expectError(doc.text(), "/sockets/1/isn", "expected at least one ISN");
    doc.sockets = R"([{"id": "client", "host": "client"},
                      {"id": "srv", "host": "server", "port": 80, "isn": [300, -1]}])";
    expectError(doc.text(), "/sockets/1/isn/1", "");
}

TEST(ScenarioErrors, parse_sockets_mustBeUniqueAndOnKnownHosts) {
    Doc doc;
    doc.sockets = R"([{"id": "client", "host": "clinet"}])";
    expectError(doc.text(), "/sockets/0/host",
                "unknown host \"clinet\" (expected client or server; did you mean \"client\"?)");
    doc.sockets = R"([{"id": "a/b", "host": "client"}])";
    expectError(doc.text(), "/sockets/0/id", "cannot contain '/'");
    doc.sockets = R"([{"id": "", "host": "client"}])";
    expectError(doc.text(), "/sockets/0/id", "expected a non-empty string");
    doc.sockets = R"([{"id": "c", "host": "client"}, {"id": "c", "host": "server"}])";
    expectError(doc.text(), "/sockets/1/id", "socket id \"c\" is used twice");
    doc.sockets = R"([{"id": "c", "host": "client", "port": 65536}])";
    expectError(doc.text(), "/sockets/0/port", "expected an integer from 0 to 65535, got 65536");
    doc.sockets = R"([{"id": "c", "host": "client", "isn": 4294967296}])";
    expectError(doc.text(), "/sockets/0/isn", "expected an integer from 0 to 4294967295");
    doc.sockets = R"([{"id": "c", "host": "client", "isn": 1.5}])";
    expectError(doc.text(), "/sockets/0/isn", "got 1.5");
}

// --- links and faults

TEST(ScenarioErrors, parse_links_checkHostsLossAndRepeats) {
    expectError(withMember(R"("link": {"loss": 1.5})"), "/link/loss",
                "expected a number from 0 to 1, got 1.5");
    expectError(withMember(R"("link": {"dealy": "1ms"})"), "/link/dealy",
                "did you mean \"delay\"?");
    expectError(withMember(R"("links": [{"from": "client", "to": "client"}])"), "/links/0/to",
                "two different hosts");
    expectError(withMember(R"("links": [{"from": "client", "to": "nobody"}])"), "/links/0/to",
                "unknown host \"nobody\"");
    expectError(withMember(R"("links": [{"from": "client", "to": "server"},
                                         {"from": "client", "to": "server", "loss": 1}])"),
                "/links/1", "the link from \"client\" to \"server\" is given twice");
}

TEST(ScenarioErrors, parse_faults_needExactlyOneKind) {
    expectError(withMember(R"("faults": [{"at": "1s", "crash": "server", "restart": "server"}])"),
                "/faults/0", "either \"crash\" or \"restart\", not both");
    expectError(withMember(R"("faults": [{"at": "1s"}])"), "/faults/0",
                "missing what the fault does (expected one of crash, restart, drop, delay, "
                "duplicate, inject, partition or link)");
    expectError(withMember(R"("faults": [{"at": "1s", "crash": "sever"}])"), "/faults/0/crash",
                "did you mean \"server\"?");
}

// --- overrides

TEST(ScenarioErrors, parse_overrides_rejectUnknownKeysAndBadValues) {
    expectError(withMember(R"("overrides": {"delayed_acks": true})"), "/overrides/delayed_acks",
                "did you mean \"delayed_ack\"?");
    expectError(withMember(R"("overrides": {"window_scale": 15})"), "/overrides/window_scale",
                "expected an integer from 0 to 14, got 15");
    expectError(withMember(R"("overrides": {"mss": 0})"), "/overrides/mss",
                "expected an integer from 1 to 65535");
    expectError(withMember(R"("overrides": {"syn_retries": -1})"), "/overrides/syn_retries",
                "expected an integer from 0 to 2147483647, got -1");
    expectError(withMember(R"("overrides": {"syn_cookies": "sometimes"})"),
                "/overrides/syn_cookies",
                "unknown syn_cookies mode \"sometimes\" (expected off, overflow or always)");
    expectError(withMember(R"("overrides": {"ephemeral_ports": [2000, 1000]})"),
                "/overrides/ephemeral_ports", "the first port 2000 is above the last 1000");
    expectError(withMember(R"("overrides": {"ephemeral_ports": [0, 1000]})"),
                "/overrides/ephemeral_ports/0", "expected an integer from 1 to 65535");
    expectError(withMember(R"("overrides": {"msl": null})"), "/overrides/msl",
                "expected a duration string");
}

TEST(ScenarioErrors, parse_overrides_rtoOutOfOrder_isRejected) {
    expectError(withMember(R"("overrides": {"rto_initial": "500ms"})"), "/overrides",
                "rto_min <= rto_initial <= rto_max must hold, but they are 1s, 500ms and 60s");
}

// Found by tests/fuzz: a timer with a period of 0s fired again and again at one
// instant, and the simulation never reached its end time.
TEST(ScenarioErrors, parse_overrides_zeroTimerPeriod_isRejected) {
    for (const std::string key : {"rto_initial", "keepalive_idle", "keepalive_interval"})
        expectError(withMember(R"("overrides": {")" + key + R"(": "0s"})"), "/overrides/" + key,
                    "expected a duration above 0s, e.g. \"1s\", got \"0s\"");
}

TEST(ScenarioErrors, parse_editNumberUsedTwice_pointsAtTheSecond) {
    Doc doc;
    doc.script = R"([{"at": "0s", "socket": "srv", "call": "listen"},
                     {"at": "1s", "socket": "client", "call": "connect", "to": "server:80",
                      "edit": 2})";
    doc.extra = R"("faults": [{"at": "1s", "crash": "server", "edit": 1},
                              {"at": "2s", "restart": "server", "edit": 2}])";
    expectError(doc.text(), "/faults/1/edit", "edit number 2 is used twice (also at /script/1)");
}
