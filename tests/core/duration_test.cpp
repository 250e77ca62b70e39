#include "core/duration.h"
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "core/trace_format.h"
#include "printers.h"

#include <gtest/gtest.h>

using core::formatDuration;
using core::Micros;
using core::parseDuration;
using namespace std::chrono_literals;

namespace {

Micros valueOf(std::string_view text) {
    const core::ParsedDuration parsed = parseDuration(text);
    EXPECT_TRUE(parsed.value.has_value()) << text << ": " << parsed.error;
    return parsed.value.value_or(Micros{-1});
}

std::string errorOf(std::string_view text) {
    const core::ParsedDuration parsed = parseDuration(text);
    EXPECT_FALSE(parsed.value.has_value()) << text << " was accepted";
    return parsed.error;
}

} // namespace

TEST(Duration, parse_everyUnit_givesMicroseconds) {
    EXPECT_EQ(valueOf("7us"), 7us);
    EXPECT_EQ(valueOf("200ms"), 200ms);
    EXPECT_EQ(valueOf("3s"), 3s);
    EXPECT_EQ(valueOf("2min"), 120s);
    EXPECT_EQ(valueOf("0s"), 0us);
    EXPECT_EQ(valueOf("0ms"), 0us);
}

TEST(Duration, parse_decimals_areExact) {
    EXPECT_EQ(valueOf("1.5s"), 1'500'000us);
    EXPECT_EQ(valueOf("0.001ms"), 1us);
    EXPECT_EQ(valueOf("0.25ms"), 250us);
    EXPECT_EQ(valueOf("1.5min"), 90s);
    EXPECT_EQ(valueOf("0.000001s"), 1us);
    EXPECT_EQ(valueOf("0.1s"), 100ms); // no 0.1 * 1e6 = 99999.99... in binary floating point
    EXPECT_EQ(valueOf("0.00000005min"), 3us);
    EXPECT_EQ(valueOf("1.000000000000000000s"), 1s);
}

TEST(Duration, parse_largest_isAcceptedAndOneMoreIsNot) {
    EXPECT_EQ(valueOf("2305843009213693951us"), core::kLargestDuration);
    EXPECT_EQ(valueOf("2305843009213.693951s"), core::kLargestDuration);
    EXPECT_NE(errorOf("2305843009213693952us").find("too large"), std::string::npos);
    EXPECT_NE(errorOf("99999999999999999999999s").find("too large"), std::string::npos);
}

// Found with the fuzz build (UBSan): a deadline of now + this overflowed the clock.
TEST(Duration, parse_hugeDuration_isRejected) {
    EXPECT_NE(errorOf("9223372036854775807us").find("too large"), std::string::npos);
    EXPECT_NE(errorOf("38430716821min").find("too large"), std::string::npos);
}

TEST(Duration, parse_fractionOfAMicrosecond_isAnError) {
    EXPECT_NE(errorOf("0.0001ms").find("not a whole number of microseconds"), std::string::npos);
    EXPECT_NE(errorOf("1.5us").find("not a whole number of microseconds"), std::string::npos);
    EXPECT_NE(errorOf("0.000000001min").find("not a whole number of microseconds"),
              std::string::npos);
}

TEST(Duration, parse_malformed_saysWhatIsAccepted) {
    const std::string accepted = "expected a non-negative number with a unit us, ms, s or min";
    EXPECT_EQ(errorOf("-1s"), "invalid duration \"-1s\": durations cannot be negative (" +
                                  accepted + ", e.g. \"200ms\" or \"1.5s\")");
    EXPECT_NE(errorOf("50").find("it has no unit"), std::string::npos);
    EXPECT_NE(errorOf("5sec").find("unknown unit \"sec\""), std::string::npos);
    EXPECT_NE(errorOf("5 s").find("unknown unit \" s\""), std::string::npos);
    EXPECT_NE(errorOf("5S").find("unknown unit \"S\""), std::string::npos);
    EXPECT_NE(errorOf("1.s").find("needs digits after it"), std::string::npos);
    EXPECT_NE(errorOf(".5s").find("does not start with a number"), std::string::npos);
    EXPECT_NE(errorOf("").find("does not start with a number"), std::string::npos);
    EXPECT_NE(errorOf("+1s").find(accepted), std::string::npos);
}

TEST(Duration, format_usesLargestWholeUnit) {
    EXPECT_EQ(formatDuration(0us), "0s");
    EXPECT_EQ(formatDuration(7us), "7us");
    EXPECT_EQ(formatDuration(1500us), "1500us");
    EXPECT_EQ(formatDuration(1500ms), "1500ms");
    EXPECT_EQ(formatDuration(240s), "240s");
}

TEST(Duration, format_thenParse_givesSameValue) {
    for (const Micros d : {0us, 1us, 999us, 1000us, 1001us, 1'000'000us, 1'500'000us,
                           7'200'000'000us, core::kLargestDuration})
        EXPECT_EQ(valueOf(formatDuration(d)), d) << d.count();
}

// Found with the fuzz build (UBSan): with timers and delays at the largest
// duration, the deadlines (now + a duration, twice the MSL, a delay plus
// jitter) overflowed the clock, and TIME-WAIT ended at once instead of
// outlasting the run.
TEST(Duration, largestInEveryTimer_simulatesWithoutOverflow) {
    const std::string l = '"' + formatDuration(core::kLargestDuration) + '"';
    const std::string json =
        R"({"id": "largest", "end": "10s",
            "overrides": {"msl": )" +
        l + R"(, "rto_initial": )" + l + R"(, "rto_max": )" + l + R"(, "rto_fallback": )" + l +
        R"(, "fin_wait2_timeout": )" + l + R"(, "keepalive_idle": )" + l +
        R"(, "keepalive_interval": )" + l + R"(},
            "hosts": [{"name": "client", "address": "10.0.0.1"},
                      {"name": "server", "address": "10.0.0.2"},
                      {"name": "far", "address": "10.0.0.3"}],
            "links": [{"from": "client", "to": "far", "delay": )" +
        l + R"(, "jitter": )" + l +
        R"(}],
            "sockets": [{"id": "client", "host": "client"}, {"id": "probe", "host": "client"},
                        {"id": "srv", "host": "server", "port": 80}],
            "script": [
                {"at": "0s", "socket": "srv", "call": "listen"},
                {"at": "0s", "socket": "client", "call": "connect", "to": "server:80"},
                {"at": "0s", "socket": "probe", "call": "connect", "to": "far:80"},
                {"at": "1ms", "socket": "client", "call": "setsockopt", "keepalive": true},
                {"when": {"state": "ESTABLISHED"}, "after": )" +
        l + R"(, "socket": "client",
                 "call": "abort"},
                {"when": {"state": "ESTABLISHED"}, "socket": "client", "call": "close"},
                {"when": {"state": "CLOSE-WAIT"}, "socket": "srv/1", "call": "close"}],
            "faults": [{"at": )" +
        l + R"(, "crash": "server"}]})";
    const std::string trace = core::textTrace(core::simulate(core::parseScenario(json, "test")));
    EXPECT_NE(trace.find("FIN-WAIT-2 -> TIME-WAIT"), std::string::npos) << trace;
    EXPECT_EQ(trace.find("TIME-WAIT -> CLOSED"), std::string::npos) << trace;
}
