#include "core/scenario_json.h"
#include "printers.h"
#include "scenario_json_fixtures.h"

#include <gtest/gtest.h>

using namespace testing_scenario;

TEST(ScriptErrors, parse_sendOfMoreThan100MB_isRejected) {
    Doc doc;
    doc.script = R"([{"at": "0s", "socket": "client", "call": "send", "bytes": 100000001})";
    expectError(doc.text(), "/script/0/bytes", "100000000");
    doc.script = R"([{"at": "0s", "socket": "client", "call": "send", "bytes": 100000000})";
    EXPECT_EQ(core::parseScenario(doc.text(), "t").script.at(0).bytes, 100000000u);
}

TEST(ScriptErrors, parse_unknownCall_reportsPathAndChoices) {
    Doc doc;
    doc.script = R"([{"at": "0s", "socket": "srv", "call": "listen"},
                     {"at": "1s", "socket": "client", "call": "conect", "to": "server:80"})";
    const core::ScenarioError e = errorOf(doc.text());
    EXPECT_EQ(e.jsonPath(), "/script/1/call");
    EXPECT_EQ(e.problem(), "unknown call \"conect\" (expected listen, connect, send, close, abort "
                           "or setsockopt; did you mean \"connect\"?)");
    EXPECT_STREQ(e.what(), ("test.json: /script/1/call: " + e.problem()).c_str());
}

TEST(ScriptErrors, parse_misspeltActionKey_suggestsClosest) {
    expectError(withAction(R"({"at": "2s", "sokcet": "client", "call": "close"})"),
                "/script/2/sokcet", "unknown key \"sokcet\"");
    expectError(withAction(R"({"at": "2s", "sokcet": "client", "call": "close"})"),
                "/script/2/sokcet", "did you mean \"socket\"?");
}

TEST(ScriptErrors, parse_keyOfAnotherCall_saysWhatTheCallTakes) {
    expectError(withAction(R"({"at": "2s", "socket": "srv", "call": "listen", "bytes": 5})"),
                "/script/2/bytes",
                "key \"bytes\" does not apply to call \"listen\" (it takes backlog)");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "close", "to": "server:80"})"),
        "/script/2/to", "(it takes no other keys)");
}

TEST(ScriptErrors, parse_trigger_needsExactlyOneOfAtAndWhen) {
    expectError(withAction(R"({"socket": "client", "call": "close"})"), "/script/2",
                "missing \"at\" (a time) or \"when\"");
    expectError(
        withAction(
            R"({"at": "1s", "when": {"state": "LISTEN"}, "socket": "client", "call": "close"})"),
        "/script/2", "either \"at\" or \"when\", not both");
    expectError(withAction(R"({"at": "1s", "after": "1s", "socket": "client", "call": "close"})"),
                "/script/2/after", "\"after\" only goes with \"when\"");
}

TEST(ScriptErrors, parse_when_needsExactlyOneKnownCondition) {
    expectError(withAction(R"({"when": {}, "socket": "client", "call": "close"})"),
                "/script/2/when", "expected \"state\"");
    expectError(withAction(R"({"when": {"state": "LISTEN", "received": 1}, "socket": "client",
                               "call": "close"})"),
                "/script/2/when", "either \"state\" or \"received\", not both");
    expectError(
        withAction(R"({"when": {"state": "ESTABLISHD"}, "socket": "client", "call": "close"})"),
        "/script/2/when/state", "did you mean \"ESTABLISHED\"?");
    expectError(
        withAction(R"({"when": {"state": "established"}, "socket": "client", "call": "close"})"),
        "/script/2/when/state", "unknown state \"established\" (expected CLOSED, LISTEN");
    expectError(withAction(R"({"when": {"received": 0}, "socket": "client", "call": "close"})"),
                "/script/2/when/received", "expected an integer >= 1, got 0");
    expectError(withAction(R"({"when": {"bytes": 1}, "socket": "client", "call": "close"})"),
                "/script/2/when/bytes", "unknown key \"bytes\" (expected state or received)");
}

TEST(ScriptErrors, parse_socket_mustBeKnownOrAnAcceptedConnection) {
    expectError(withAction(R"({"at": "2s", "socket": "clinet", "call": "close"})"),
                "/script/2/socket",
                "unknown socket \"clinet\" (expected client or srv; did you mean \"client\"?)");
    expectError(withAction(R"({"at": "2s", "socket": "client/1", "call": "close"})"),
                "/script/2/socket",
                "\"client/1\" is a connection accepted by socket \"client\", but no action calls "
                "listen on \"client\"");
    expectError(withAction(R"({"at": "2s", "socket": "srv/0", "call": "close"})"),
                "/script/2/socket", "n a whole number from 1, e.g. \"srv/1\"");
    expectError(withAction(R"({"at": "2s", "socket": "srv/x", "call": "close"})"),
                "/script/2/socket", "n a whole number from 1");
    expectError(withAction(R"({"at": "2s", "socket": "srv/1", "call": "listen"})"),
                "/script/2/socket",
                "listen needs a socket from \"sockets\", not an accepted connection");
}

TEST(ScriptErrors, parse_socketWhenThereAreNone_saysSo) {
    Doc doc;
    doc.sockets = "[]";
    expectError(doc.text(), "/script/0/socket", "unknown socket \"srv\" (there are none)");
}

TEST(ScriptErrors, parse_connect_needsKnownHostAndPort) {
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "connect"})"), "/script/2",
                "missing required key \"to\"");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "connect", "to": "server"})"),
        "/script/2/to", "expected \"host:port\", e.g. \"server:80\"");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "connect", "to": "sever:80"})"),
        "/script/2/to", "unknown host \"sever\"");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "connect", "to": "server:0"})"),
        "/script/2/to", "expected a port from 1 to 65535");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "connect", "to": "server:8x"})"),
        "/script/2/to", "expected a port from 1 to 65535");
}

TEST(ScriptErrors, parse_send_needsExactlyOneOfBytesAndText) {
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "send"})"), "/script/2",
                "send needs \"bytes\"");
    expectError(
        withAction(R"({"at": "2s", "socket": "client", "call": "send", "bytes": 1, "text": "a"})"),
        "/script/2", "either \"bytes\" or \"text\", not both");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "send", "bytes": 0})"),
                "/script/2/bytes", "expected an integer from 1 to 100000000, got 0");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "send", "text": ""})"),
                "/script/2/text", "expected a non-empty string");
}

TEST(ScriptErrors, parse_listenAndSetsockopt_checkTheirValues) {
    expectError(withAction(R"({"at": "2s", "socket": "srv", "call": "listen", "backlog": -1})"),
                "/script/2/backlog", "expected an integer from 0 to 2147483647, got -1");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "setsockopt"})"),
                "/script/2", "setsockopt needs at least one of keepalive");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "setsockopt",
                               "keepalive_probes": 0})"),
                "/script/2/keepalive_probes", "expected an integer from 1 to 2147483647, got 0");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "setsockopt",
                               "keepalive": "yes"})"),
                "/script/2/keepalive", "expected true or false, got \"yes\"");
}

// Found by tests/fuzz: keep-alive probes every 0s never let simulated time move on.
TEST(ScriptErrors, parse_setsockopt_zeroKeepaliveTime_isRejected) {
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "setsockopt",
                               "keepalive_idle": "0s"})"),
                "/script/2/keepalive_idle",
                "expected a duration above 0s, e.g. \"1s\", got \"0s\"");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "setsockopt",
                               "keepalive_interval": "0ms"})"),
                "/script/2/keepalive_interval", "expected a duration above 0s");
}

TEST(ScriptJson, editMarker_roundTripsOnAnyCall) {
    const core::Scenario parsed = core::parseScenario(
        withAction(R"({"at": "2s", "socket": "client", "call": "close", "edit": 7})"), "t");
    EXPECT_EQ(parsed.script.at(2).edit, 7);
    EXPECT_EQ(parsed.script.at(0).edit, std::nullopt);
    const std::string text = core::toJson(parsed);
    EXPECT_TRUE(contains(text, R"("call": "close",
      "edit": 7
    })"))
        << text;
    EXPECT_EQ(core::parseScenario(text, "back").script.at(2).edit, 7);
}

TEST(ScriptErrors, parse_badEditMarker_isRejectedAtItsPath) {
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "close", "edit": -1})"),
                "/script/2/edit", "expected an integer from 1 to 2147483647, got -1");
    expectError(withAction(R"({"at": "2s", "socket": "client", "call": "close", "edit": true})"),
                "/script/2/edit", "expected an integer");
}
