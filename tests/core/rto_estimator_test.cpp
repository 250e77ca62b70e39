// RtoEstimator on its own: RFC 6298 (2.1)-(2.5), (5.5) and (5.7).
#include "core/rto_estimator.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace core;

namespace {
RtoEstimator textbookRto() {
    return RtoEstimator(1s, 1s, 60s);
}
RtoEstimator linuxRto() {
    return RtoEstimator(1s, 200ms, 120s);
}
} // namespace

TEST(RtoEstimator, BeforeAnySample_RtoIsTheInitialValueAndSrttIsUnset) {
    const RtoEstimator rto = textbookRto();
    EXPECT_EQ(rto.rto(), Micros(1s)); // (2.1)
    EXPECT_FALSE(rto.srtt());
}

TEST(RtoEstimator, FirstSample_SetsSrttToRAndRttvarToHalfR) {
    RtoEstimator rto = linuxRto();
    rto.addSample(100ms);
    // (2.2): SRTT <- R, RTTVAR <- R/2, RTO <- SRTT + max(G, 4*RTTVAR).
    EXPECT_EQ(rto.srtt(), std::optional<Micros>(100ms));
    EXPECT_EQ(rto.rttvar(), Micros(50ms));
    EXPECT_EQ(rto.rto(), Micros(300ms));
}

TEST(RtoEstimator, LaterSamples_UseAlphaOneEighthAndBetaOneQuarter) {
    RtoEstimator rto = linuxRto();
    rto.addSample(100ms);
    rto.addSample(300ms);
    // (2.3): RTTVAR <- 3/4 * 50 + 1/4 * |100 - 300| = 87.5 ms (with the old SRTT),
    //        SRTT <- 7/8 * 100 + 1/8 * 300 = 125 ms.
    EXPECT_EQ(rto.rttvar(), Micros(87500us));
    EXPECT_EQ(rto.srtt(), std::optional<Micros>(125ms));
    EXPECT_EQ(rto.rto(), Micros(475ms));

    rto.addSample(125ms); // no deviation: RTTVAR decays by 3/4
    EXPECT_EQ(rto.rttvar(), Micros(65625us));
    EXPECT_EQ(rto.srtt(), std::optional<Micros>(125ms));
}

TEST(RtoEstimator, SteadyRtt_RtoIsSrttPlusClockGranularity) {
    RtoEstimator rto(1s, 1ms, 60s);
    rto.addSample(400ms);
    for (int i = 0; i < 100; ++i)
        rto.addSample(400ms);
    // RTTVAR has decayed to (almost) nothing: max(G, 4*RTTVAR) = G = 1 ms.
    EXPECT_EQ(rto.srtt(), std::optional<Micros>(400ms));
    EXPECT_EQ(rto.rto(), Micros(401ms));
}

TEST(RtoEstimator, SmallRto_IsRoundedUpToTheMinimum) {
    RtoEstimator rfc = textbookRto();
    rfc.addSample(10ms);
    EXPECT_EQ(rfc.rto(), Micros(1s)); // (2.4): 1 s
    RtoEstimator lin = linuxRto();
    lin.addSample(10ms);
    EXPECT_EQ(lin.rto(), Micros(200ms)); // TCP_RTO_MIN
}

TEST(RtoEstimator, LargeRto_IsCappedAtTheMaximum) {
    RtoEstimator rto = textbookRto();
    rto.addSample(30s);                // 30 + 4 * 15 = 90 s
    EXPECT_EQ(rto.rto(), Micros(60s)); // (2.5)
}

TEST(RtoEstimator, BackOff_DoublesUpToTheMaximum) {
    RtoEstimator rto = textbookRto();
    rto.backOff();
    EXPECT_EQ(rto.rto(), Micros(2s));
    rto.backOff();
    EXPECT_EQ(rto.rto(), Micros(4s));
    for (int i = 0; i < 10; ++i)
        rto.backOff();
    EXPECT_EQ(rto.rto(), Micros(60s));
}

TEST(RtoEstimator, SampleAfterBackOff_RecomputesTheRto) {
    RtoEstimator rto = linuxRto();
    rto.backOff();
    rto.backOff();
    EXPECT_EQ(rto.rto(), Micros(4s));
    rto.addSample(100ms);
    EXPECT_EQ(rto.rto(), Micros(300ms));
}

TEST(RtoEstimator, Fallback_WithoutSample_RaisesTheRtoTo3s) {
    RtoEstimator rto = textbookRto();
    rto.backOff(); // the SYN was retransmitted once: 2 s
    rto.applyFallback(3s);
    EXPECT_EQ(rto.rto(), Micros(3s)); // (5.7)
}

TEST(RtoEstimator, Fallback_WithSample_ChangesNothing) {
    RtoEstimator rto = linuxRto();
    rto.addSample(100ms);
    rto.applyFallback(3s);
    EXPECT_EQ(rto.rto(), Micros(300ms));
}
