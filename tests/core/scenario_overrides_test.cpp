#include "core/scenario_json.h"
#include "printers.h"
#include "scenario_json_fixtures.h"

#include <functional>
#include <gtest/gtest.h>

using namespace testing_scenario;
using namespace std::chrono_literals;
using core::Profile;

namespace {

struct OverrideCase {
    std::string member;                  // one "overrides" member
    std::function<void(Profile&)> apply; // what it should change, and nothing else
};

// Every overridable field, with a value that differs from the textbook profile.
std::vector<OverrideCase> everyField() {
    return {
        {R"("msl": "30s")", [](Profile& p) { p.msl = 30s; }},
        {R"("time_wait": "2s")", [](Profile& p) { p.timeWait = 2s; }},
        {R"("rto_initial": "2s")", [](Profile& p) { p.rtoInitial = 2s; }},
        {R"("rto_min": "500ms")", [](Profile& p) { p.rtoMin = 500ms; }},
        {R"("rto_max": "120s")", [](Profile& p) { p.rtoMax = 120s; }},
        {R"("rto_fallback": "1s")", [](Profile& p) { p.rtoFallback = 1s; }},
        {R"("syn_retries": 2)", [](Profile& p) { p.synRetries = 2; }},
        {R"("syn_linear_timeouts": 4)", [](Profile& p) { p.synLinearTimeouts = 4; }},
        {R"("synack_retries": 1)", [](Profile& p) { p.synAckRetries = 1; }},
        {R"("data_retries": 3)", [](Profile& p) { p.dataRetries = 3; }},
        {R"("fin_wait2_timeout": "60s")", [](Profile& p) { p.finWait2Timeout = 60s; }},
        {R"("keepalive_idle": "10s")", [](Profile& p) { p.keepaliveIdle = 10s; }},
        {R"("keepalive_interval": "1s")", [](Profile& p) { p.keepaliveInterval = 1s; }},
        {R"("keepalive_probes": 3)", [](Profile& p) { p.keepaliveProbes = 3; }},
        {R"("delayed_ack": true)", [](Profile& p) { p.delayedAck = true; }},
        {R"("delayed_ack_timeout": "40ms")", [](Profile& p) { p.delayedAckTimeout = 40ms; }},
        {R"("quick_acks": 16)", [](Profile& p) { p.quickAcks = 16; }},
        {R"("synack_on_duplicate_syn": true)", [](Profile& p) { p.synAckOnDuplicateSyn = true; }},
        {R"("two_way_handshake": true)", [](Profile& p) { p.twoWayHandshake = true; }},
        {R"("challenge_acks": true)", [](Profile& p) { p.challengeAcks = true; }},
        {R"("mss": 536)", [](Profile& p) { p.mss = 536; }},
        {R"("receive_window": 1073725440)", [](Profile& p) { p.receiveWindow = 1073725440; }},
        {R"("window_scale": 14)", [](Profile& p) { p.windowScale = 14; }},
        {R"("timestamps": true)", [](Profile& p) { p.timestamps = true; }},
        {R"("sack_permitted": true)", [](Profile& p) { p.sackPermitted = true; }},
        {R"("syn_backlog": 0)", [](Profile& p) { p.synBacklog = 0; }},
        {R"("accept_backlog": 1)", [](Profile& p) { p.acceptBacklog = 1; }},
        {R"("syn_cookies": "overflow")",
         [](Profile& p) { p.synCookies = core::SynCookies::OnOverflow; }},
        {R"("ephemeral_ports": [1024, 1024])",
         [](Profile& p) {
             p.ephemeralFirst = 1024;
             p.ephemeralLast = 1024;
         }},
    };
}

} // namespace

TEST(ScenarioOverrides, parse_eachOverride_changesExactlyThatField) {
    const core::Scenario base = core::parseScenario(Doc{}.text(), "base");
    for (const OverrideCase& c : everyField()) {
        SCOPED_TRACE(c.member);
        const core::Scenario parsed =
            core::parseScenario(withMember("\"overrides\": {" + c.member + "}"), "t");
        core::Scenario expected = base;
        c.apply(expected.profile);
        // toJson writes every profile field, so equal text means equal profiles.
        EXPECT_EQ(core::toJson(parsed), core::toJson(expected));
        EXPECT_NE(core::toJson(parsed), core::toJson(base));
    }
}

TEST(ScenarioOverrides, toJson_writesEveryOverridableField) {
    const std::string text = core::toJson(core::parseScenario(Doc{}.text(), "t"));
    for (const OverrideCase& c : everyField()) {
        const std::string key = c.member.substr(0, c.member.find(':'));
        EXPECT_TRUE(contains(text, key)) << key;
    }
}

TEST(ScenarioOverrides, parse_null_clearsOptionalFields) {
    const core::Scenario s = core::parseScenario(withMember(R"("profile": "linux",
                      "overrides": {"time_wait": null, "fin_wait2_timeout": null, "window_scale": null})"),
                                                 "t");
    EXPECT_EQ(s.profile.timeWait, std::nullopt);
    EXPECT_EQ(s.profile.timeWaitLength(), 60s); // 2 * the Linux profile's 30 s MSL
    EXPECT_EQ(s.profile.finWait2Timeout, std::nullopt);
    EXPECT_EQ(s.profile.windowScale, std::nullopt);
    EXPECT_EQ(s.profile.name, "linux");
}

TEST(ScenarioOverrides, parse_overridesOnLinux_keepOtherLinuxValues) {
    const core::Scenario s = core::parseScenario(
        withMember(R"("profile": "linux", "overrides": {"delayed_ack": false})"), "t");
    EXPECT_FALSE(s.profile.delayedAck);
    EXPECT_EQ(s.profile.rtoMin, 200ms);
    EXPECT_EQ(s.profile.acceptBacklog, 4096);
}
