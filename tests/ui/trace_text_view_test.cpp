#include "core/trace.h"
#include "ui/trace_text_view.h"

#include <gtest/gtest.h>

using namespace core;

namespace {

// client (conn 0) sends a SYN to server, which crashes.
Trace smallTrace() {
    Trace trace;
    trace.hosts = {{"client", Address{0x0a000001}}, {"server", Address{0x0a000002}}};
    trace.conns = {{0, 49152, Address{0x0a000002}, 80, "client", kNone}};
    SegmentRecord syn;
    syn.fromHost = 0;
    syn.toHost = 1;
    syn.src = trace.hosts[0].address;
    syn.dst = trace.hosts[1].address;
    syn.conn = 0;
    syn.header.srcPort = 49152;
    syn.header.dstPort = 80;
    syn.header.seq = SeqNum(100);
    syn.header.flags = Flag::Syn;
    syn.header.window = 65535;
    trace.segments.push_back(syn);
    trace.events = {
        {0us, StateChanged{0, State::Closed, State::SynSent, Rule::ActiveOpen}},
        {0us, SegmentSent{0}},
        {50ms, SegmentArrived{0}},
        {1s, HostCrashed{1}},
    };
    return trace;
}

} // namespace

TEST(TraceTextView, setTrace_showsOneLinePerEvent) {
    ui::TraceTextView view;
    view.setTrace(smallTrace());
    const QStringList lines = view.toPlainText().split(QLatin1Char('\n'));
    const QStringList expected = {
        QStringLiteral("0.000000 client:49152 CLOSED -> SYN-SENT (active OPEN)"),
        QStringLiteral("0.000000 #0 client:49152 > server:80 Flags [S], seq 100, win 65535, "
                       "length 0"),
        QStringLiteral("0.050000 #0 arrives at server:80"),
        QStringLiteral("1.000000 host server crashed"),
    };
    EXPECT_EQ(lines, expected);
    EXPECT_EQ(view.document()->blockCount(), 4);
}

TEST(TraceTextView, isReadOnlyAndDoesNotWrap) {
    const ui::TraceTextView view;
    EXPECT_TRUE(view.isReadOnly());
    EXPECT_EQ(view.lineWrapMode(), QPlainTextEdit::NoWrap);
    EXPECT_FALSE(view.placeholderText().isEmpty());
}

TEST(TraceTextView, setTrace_replacesThePreviousTrace) {
    ui::TraceTextView view;
    view.setTrace(smallTrace());
    view.setTrace(Trace{});
    EXPECT_TRUE(view.toPlainText().isEmpty());
}
