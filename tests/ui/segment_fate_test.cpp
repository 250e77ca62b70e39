#include "library_scenarios.h"
#include "scenario_builder.h"
#include "ui/segment_fate.h"

#include <gtest/gtest.h>

using namespace core;
using ui::SegmentEnd;

TEST(SegmentFate, synAckOfDefault_delivered_movesTheClientToEstablished) {
    const Trace t = testsupport::runLibraryScenario("default");
    const ui::SegmentFate f = ui::segmentFate(t, 1);
    EXPECT_EQ(f.end, SegmentEnd::Delivered);
    EXPECT_EQ(f.sentAt, 150ms);
    EXPECT_EQ(f.endedAt, 200ms);
    EXPECT_EQ(f.origin, SegmentOrigin::Normal);
    ASSERT_EQ(f.caused.size(), 1u);
    EXPECT_EQ(f.caused[0].from, State::SynSent);
    EXPECT_EQ(f.caused[0].to, State::Established);

    const QString text = ui::describeFate(t, f);
    EXPECT_TRUE(text.startsWith(QStringLiteral("#1 server:80 → client:49152 (SYN, ACK).")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("delivered to client:49152 at 0.200000 s")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("It moved client:49152 from SYN-SENT to ESTABLISHED.")))
        << text.toStdString();
}

TEST(SegmentFate, retransmittedSyn_namesItsOriginal_andItsDrop) {
    // loss-syn: faults drop the first SYN and its first retransmission.
    const Trace t = testsupport::runLibraryScenario("loss-syn");
    const ui::SegmentFate first = ui::segmentFate(t, 0);
    EXPECT_EQ(first.end, SegmentEnd::Dropped);
    EXPECT_EQ(first.dropReason, DropReason::Fault);
    EXPECT_EQ(first.faults, std::vector<FaultAction>{FaultAction::Dropped});
    EXPECT_EQ(first.retransmittedAs, (std::vector<SegId>{1, 2}));

    const ui::SegmentFate again = ui::segmentFate(t, 1);
    EXPECT_EQ(again.origin, SegmentOrigin::Retransmission);
    EXPECT_EQ(again.original, 0);
    EXPECT_EQ(ui::describeOrigin(again), QStringLiteral("a retransmission of #0"));
    const QString text = ui::describeFate(t, again);
    EXPECT_TRUE(text.contains(QStringLiteral("a retransmission of #0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("dropped by a fault of the scenario at 1.025000 s")))
        << text.toStdString();
    EXPECT_TRUE(again.caused.empty());

    const ui::SegmentFate third = ui::segmentFate(t, 2);
    EXPECT_EQ(third.end, SegmentEnd::Delivered);
    ASSERT_EQ(third.caused.size(), 1u);
    EXPECT_EQ(third.caused[0].to, State::SynReceived);
}

TEST(SegmentFate, lossOnTheLink_isSaidSo) {
    const Trace t = testsupport::runLibraryScenario("tcp-vs-udp");
    const ui::SegmentFate f = ui::segmentFate(t, 2); // a UDP datagram the link loses
    EXPECT_EQ(f.end, SegmentEnd::Dropped);
    EXPECT_EQ(f.dropReason, DropReason::LinkLoss);
    EXPECT_EQ(ui::describeEnd(t, f), QStringLiteral("lost on the link at 0.125000 s"));
    EXPECT_TRUE(ui::segmentTitle(t, 2).endsWith(QStringLiteral("(UDP)")));
}

TEST(SegmentFate, spoofedInjection_isMarked) {
    const Trace t = testsupport::runLibraryScenario("rst-injection-in-window");
    const ui::SegmentFate f = ui::segmentFate(t, 3);
    EXPECT_EQ(f.origin, SegmentOrigin::Injected);
    EXPECT_TRUE(f.spoofed);
    EXPECT_EQ(f.faults, std::vector<FaultAction>{FaultAction::Injected});
    EXPECT_EQ(ui::describeOrigin(f),
              QStringLiteral("injected by a fault, with a spoofed source address"));
}

TEST(SegmentFate, segmentStillFlyingAtTheEnd_isInFlight) {
    testsupport::ScenarioBuilder b = testsupport::ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80).end(20ms); // the link takes 50 ms
    const Trace t = simulate(b.build());
    ASSERT_FALSE(t.segments.empty());
    const ui::SegmentFate f = ui::segmentFate(t, 0);
    EXPECT_EQ(f.end, SegmentEnd::InFlight);
    EXPECT_TRUE(ui::describeFate(t, f).contains(QStringLiteral("still in flight")));
}

TEST(SegmentFate, formatting_isExact) {
    EXPECT_EQ(ui::formatSeconds(Micros{240400000}), QStringLiteral("240.400000 s"));
    EXPECT_EQ(ui::formatSeconds(Micros{7}), QStringLiteral("0.000007 s"));
    EXPECT_EQ(ui::formatBytes(1), QStringLiteral("1 byte"));
    EXPECT_EQ(ui::formatBytes(5), QStringLiteral("5 bytes"));
    EXPECT_EQ(ui::flagList(Flag::Ack | Flag::Fin), QStringLiteral("FIN, ACK"));
}
