#include "core/scenario_edit.h"
#include "core/simulate.h"
#include "scenario_builder.h"
#include "trace_queries.h"
#include "ui/segment_label.h"
#include "ui/sequence_layout.h"

#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;

namespace {

// Two connections from one client (ISN 100, then 700) with data both ways,
// and a RST injected by an off-path host.
Trace twoConnectionsAndARst() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.socket("second", "client", 0, 700);
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", 5);
    b.sendWhenReceived(5, "srv/1", 7);
    b.connectAt(2s, "second", "server", 80).closeWhen(State::Established, "second", 100ms);
    b.closeWhen(State::CloseWait, "srv/2", 10ms).end(5s);
    Scenario s = b.build();
    const Trace first = simulate(s);
    s = injectSegment(s, 1s,
                      rstInto(first, s, 1s, testsupport::connNamed(first, "client"),
                              RstSender::OffPath, {SeqChoice::Kind::Exact, 7}));
    return simulate(s);
}

TEST(SegmentLabel, synAck_absoluteAndRelative) {
    const Trace t = twoConnectionsAndARst();
    EXPECT_EQ(ui::segmentLabel(t, 1, false), "SYN, ACK seq=300 ack=101");
    EXPECT_EQ(ui::segmentLabel(t, 1, true), "SYN, ACK seq=0 ack=1");
    EXPECT_EQ(ui::segmentLabel(t, 3, false), "PSH, ACK seq=101:106 ack=301");
}

TEST(SegmentLabel, everyArrow_matchesTheLayoutsLabel) {
    const Trace t = twoConnectionsAndARst();
    for (const bool relative : {false, true}) {
        ui::SequenceOptions options;
        options.relativeSequenceNumbers = relative;
        const ui::SequenceDiagram d = ui::layoutSequence(t, options);
        ASSERT_EQ(d.arrows.size(), t.segments.size());
        for (const ui::Arrow& a : d.arrows)
            EXPECT_EQ(ui::segmentLabel(t, a.seg, relative), a.label) << "#" << a.seg;
    }
}

} // namespace
