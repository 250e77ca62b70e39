// SYN cookies (RFC 4987 3.6): the codec on its own, then listeners using it.
#include "core/simulate.h"
#include "core/syn_cookie.h"
#include "printers.h"
#include "scenario_builder.h"
#include "trace_queries.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace core;
using namespace std::chrono_literals;
using testsupport::ScenarioBuilder;
using testsupport::statesOfSocket;

const SynCookieCodec::FourTuple kTuple{Address{0x0a000001}, 49152, Address{0x0a000002}, 80};

TEST(SynCookieCodec, CookieFromTheSyn_IsAcceptedInTheReturningAck) {
    const SynCookieCodec codec(1);
    const SeqNum cookie = codec.make(kTuple, SeqNum(100), 1460, 5s);
    // The ACK carries SEG.SEQ = client ISN + 1 and SEG.ACK = cookie + 1.
    EXPECT_EQ(codec.check(kTuple, SeqNum(101), cookie + 1u, 6s), 1460);
}

TEST(SynCookieCodec, EncodesTheLargestTableMssTheClientAllows) {
    const SynCookieCodec codec(1);
    for (auto [offered, encoded] : {std::pair<std::uint16_t, std::uint16_t>{1460, 1460},
                                    {1450, 1440},
                                    {1400, 1300},
                                    {1000, 536},
                                    {100, 536}}) {
        const SeqNum cookie = codec.make(kTuple, SeqNum(100), offered, 0s);
        EXPECT_EQ(codec.check(kTuple, SeqNum(101), cookie + 1u, 0s), encoded) << offered;
    }
}

TEST(SynCookieCodec, WrongCookie_IsRejected) {
    const SynCookieCodec codec(1);
    const SeqNum cookie = codec.make(kTuple, SeqNum(100), 1460, 0s);
    EXPECT_FALSE(codec.check(kTuple, SeqNum(101), cookie + 2u, 0s));
    EXPECT_FALSE(codec.check(kTuple, SeqNum(102), cookie + 1u, 0s)); // another client ISN
    SynCookieCodec::FourTuple otherPort = kTuple;
    otherPort.clientPort = 49153;
    EXPECT_FALSE(codec.check(otherPort, SeqNum(101), cookie + 1u, 0s));
    EXPECT_FALSE(SynCookieCodec(2).check(kTuple, SeqNum(101), cookie + 1u, 0s)); // other key
}

TEST(SynCookieCodec, CookieOlderThanTwoTicks_IsRejected) {
    const SynCookieCodec codec(1);
    const SeqNum cookie = codec.make(kTuple, SeqNum(100), 1460, 0s);
    EXPECT_TRUE(codec.check(kTuple, SeqNum(101), cookie + 1u, 2 * SynCookieCodec::kTick));
    EXPECT_FALSE(codec.check(kTuple, SeqNum(101), cookie + 1u, 3 * SynCookieCodec::kTick));
}

// Client "a" fills the only SYN-queue slot: its SYN-ACKs are all lost. Client
// "b" connects 100 ms later.
Scenario queueHeldByHalfOpen(SynCookies mode) {
    Profile p = textbookProfile();
    p.synCookies = mode;
    auto b = ScenarioBuilder::clientServer(p);
    b.scenario().script.clear();
    b.host("a", "10.0.0.3").socket("a", "a", 0, 500);
    b.link("server", "a", 50ms, 0ms, 1.0);
    b.listenAt(0ms, "srv", 1)
        .connectAt(0ms, "a", "server", 80)
        .connectAt(100ms, "client", "server", 80);
    b.end(20s);
    return b.build();
}

TEST(SynCookies, QueueFullWithCookiesOff_DropsTheSynAndTheClientCannotConnect) {
    const Trace t = simulate(queueHeldByHalfOpen(SynCookies::Off));
    const auto drops = std::count_if(t.events.begin(), t.events.end(), [](const TraceEvent& e) {
        const auto* d = std::get_if<SegmentDropped>(&e.body);
        return d && d->reason == DropReason::QueueFull;
    });
    EXPECT_GE(drops, 3); // the SYN and its retransmissions
    EXPECT_EQ(statesOfSocket(t, "client"), std::vector<State>{State::SynSent});
}

TEST(SynCookies, QueueFullWithCookiesOnOverflow_ClientConnectsWithoutQueueState) {
    const Trace t = simulate(queueHeldByHalfOpen(SynCookies::OnOverflow));
    EXPECT_EQ(statesOfSocket(t, "client"),
              (std::vector<State>{State::SynSent, State::Established}));
    const auto cookie =
        std::find_if(t.segments.begin(), t.segments.end(),
                     [](const SegmentRecord& r) { return r.origin == SegmentOrigin::SynCookie; });
    ASSERT_NE(cookie, t.segments.end());
    EXPECT_EQ(cookie->header.flags, Flag::Syn | Flag::Ack);
    // The server-side connection is rebuilt from the ACK: SYN-RECEIVED then ESTABLISHED
    // at the same instant, and the SYN queue never counts it.
    EXPECT_EQ(statesOfSocket(t, "srv/1"),
              (std::vector<State>{State::SynReceived, State::Established}));
    for (const TraceEvent& e : t.events) {
        if (const auto* q = std::get_if<QueueLengths>(&e.body)) {
            EXPECT_LE(q->synQueue, 1u);
        }
    }
}

TEST(SynCookies, Always_EverySynGetsACookieAndLostCookieSynAcksAreNotResent) {
    Profile p = textbookProfile();
    p.synCookies = SynCookies::Always;
    auto b = ScenarioBuilder::clientServer(p);
    b.connectAt(0ms, "client", "server", 80).end(20s);
    const Trace t = simulate(b.build());
    EXPECT_EQ(statesOfSocket(t, "client"),
              (std::vector<State>{State::SynSent, State::Established}));
    for (const SegmentRecord& r : t.segments) {
        if (r.header.flags == (Flag::Syn | Flag::Ack)) {
            EXPECT_EQ(r.origin, SegmentOrigin::SynCookie);
        }
    }
    for (const TraceEvent& e : t.events)
        EXPECT_FALSE(std::holds_alternative<QueueLengths>(e.body));
}

} // namespace
