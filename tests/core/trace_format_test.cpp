#include "core/trace_format.h"
#include "printers.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace core;

namespace {

constexpr Address kClientAddress{0x0a000001}; // 10.0.0.1
constexpr Address kServerAddress{0x0a000002}; // 10.0.0.2

// A trace built by hand: client (conn 0) connects to a listener (conn 1) whose
// child is conn 2. Segments and events are added by each test.
class TraceFormatTest : public ::testing::Test {
protected:
    TraceFormatTest() {
        trace.hosts = {{"client", kClientAddress}, {"server", kServerAddress}};
        trace.conns = {
            {0, 49152, kServerAddress, 80, "client", kNone},
            {1, 80, Address{}, 0, "srv", kNone},
            {1, 80, kClientAddress, 49152, "srv/1", 1},
        };
    }

    // A segment from client to server (or back), recorded and sent at `t`.
    SegId addSegment(Micros t, bool fromClient, Flags flags, std::uint32_t seq, std::uint32_t ack,
                     std::string_view payload = {}) {
        SegmentRecord r;
        r.fromHost = fromClient ? 0 : 1;
        r.toHost = fromClient ? 1 : 0;
        r.src = fromClient ? kClientAddress : kServerAddress;
        r.dst = fromClient ? kServerAddress : kClientAddress;
        r.conn = fromClient ? 0 : 2;
        r.header.srcPort = fromClient ? 49152 : 80;
        r.header.dstPort = fromClient ? 80 : 49152;
        r.header.seq = SeqNum(seq);
        r.header.ack = SeqNum(ack);
        r.header.flags = flags;
        r.header.window = 65535;
        r.payloadOffset = static_cast<std::uint32_t>(trace.payload.size());
        r.payloadLength = static_cast<std::uint32_t>(payload.size());
        trace.payload += payload;
        trace.segments.push_back(r);
        const auto id = static_cast<SegId>(trace.segments.size() - 1);
        add(t, SegmentSent{id});
        return id;
    }

    SegmentRecord& segment(SegId id) { return trace.segments.at(static_cast<std::size_t>(id)); }
    void add(Micros t, EventBody body) { trace.events.push_back(TraceEvent{t, body}); }

    Trace trace;
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

} // namespace

TEST(TcpdumpFlags, UsesTcpdumpLettersAndOrder) {
    EXPECT_EQ(tcpdumpFlags(Flag::Syn), "S");
    EXPECT_EQ(tcpdumpFlags(Flag::Syn | Flag::Ack), "S.");
    EXPECT_EQ(tcpdumpFlags(Flag::Ack), ".");
    EXPECT_EQ(tcpdumpFlags(Flag::Psh | Flag::Ack), "P.");
    EXPECT_EQ(tcpdumpFlags(Flag::Fin | Flag::Ack), "F.");
    EXPECT_EQ(tcpdumpFlags(Flag::Fin | Flag::Psh | Flag::Ack), "FP.");
    EXPECT_EQ(tcpdumpFlags(Flag::Rst), "R");
    EXPECT_EQ(tcpdumpFlags(Flag::Rst | Flag::Ack), "R.");
    EXPECT_EQ(tcpdumpFlags(Flag::Syn | Flag::Ece | Flag::Cwr), "SEW");
    EXPECT_EQ(tcpdumpFlags(Flag::Urg | Flag::Ack), ".U");
    EXPECT_EQ(tcpdumpFlags(Flags{}), "none");
}

TEST_F(TraceFormatTest, handshake_printsTcpdumpLinesWithAbsoluteSequenceNumbers) {
    const SegId syn = addSegment(0us, true, Flag::Syn, 100, 0);
    segment(syn).header.options.mss = 1460;
    add(50ms, SegmentArrived{syn});
    const SegId synAck = addSegment(50ms, false, Flag::Syn | Flag::Ack, 300, 101);
    segment(synAck).header.options.mss = 1460;
    addSegment(200ms, true, Flag::Psh | Flag::Ack, 101, 301, "hello");

    EXPECT_EQ(textTrace(trace),
              "0.000000 #0 client:49152 > server:80 Flags [S], seq 100, win 65535, "
              "options [mss 1460], length 0\n"
              "0.050000 #0 arrives at server:80\n"
              "0.050000 #1 server:80 > client:49152 Flags [S.], seq 300, ack 101, win 65535, "
              "options [mss 1460], length 0\n"
              "0.200000 #2 client:49152 > server:80 Flags [P.], seq 101:106, ack 301, "
              "win 65535, length 5\n");
}

TEST_F(TraceFormatTest, allOptions_printedAsTcpdumpDoes) {
    const SegId syn = addSegment(0us, true, Flag::Syn, 100, 0);
    Options& o = segment(syn).header.options;
    o.mss = 1460;
    o.sackPermitted = true;
    o.timestamps = Timestamps{1, 0};
    o.windowScale = 7;

    EXPECT_EQ(textTrace(trace), "0.000000 #0 client:49152 > server:80 Flags [S], seq 100, "
                                "win 65535, options [mss 1460,sackOK,TS val 1 ecr 0,wscale 7], "
                                "length 0\n");
}

TEST_F(TraceFormatTest, retransmission_namesTheOriginalSegment) {
    addSegment(0us, true, Flag::Syn, 100, 0);
    const SegId again = addSegment(1s, true, Flag::Syn, 100, 0);
    segment(again).origin = SegmentOrigin::Retransmission;
    segment(again).original = 0;

    EXPECT_EQ(lines(textTrace(trace)).at(1),
              "1.000000 #1 client:49152 > server:80 Flags [S], seq 100, win 65535, length 0 "
              "(retransmission of #0)");
}

TEST_F(TraceFormatTest, injectedToUnknownAddress_printsDottedAddress) {
    const SegId rst = addSegment(3s, true, Flag::Rst, 5, 0);
    segment(rst).origin = SegmentOrigin::Injected;
    segment(rst).fromHost = kNone;
    segment(rst).toHost = kNone;
    segment(rst).dst = Address{0x0a000009};
    segment(rst).conn = kNone;

    EXPECT_EQ(textTrace(trace), "3.000000 #0 10.0.0.1:49152 > 10.0.0.9:80 Flags [R], seq 5, "
                                "win 65535, length 0 (injected)\n");
}

TEST_F(TraceFormatTest, urgentData_printsUrgentPointer) {
    const SegId urg = addSegment(0us, true, Flag::Urg | Flag::Ack, 101, 301, "x");
    segment(urg).header.urgentPointer = 1;

    EXPECT_EQ(textTrace(trace), "0.000000 #0 client:49152 > server:80 Flags [.U], seq 101:102, "
                                "ack 301, win 65535, urg 1, length 1\n");
}

TEST_F(TraceFormatTest, sequenceRangeWrapsModulo2To32) {
    addSegment(0us, true, Flag::Ack, 0xfffffffe, 1, "abcd");
    EXPECT_EQ(textTrace(trace), "0.000000 #0 client:49152 > server:80 Flags [.], "
                                "seq 4294967294:2, ack 1, win 65535, length 4\n");
}

TEST_F(TraceFormatTest, nonSegmentEvents_printOneLineEach) {
    addSegment(0us, true, Flag::Syn, 100, 0);
    add(0us, AppCalled{0, AppCall::Connect});
    add(0us, StateChanged{0, State::Closed, State::SynSent, Rule::ActiveOpen});
    add(0us, AppCalled{1, AppCall::Listen, 5});
    add(25ms, SegmentDropped{0, DropReason::LinkLoss});
    add(1s, TimerEvent{0, TimerKind::Retransmission, TimerAction::Armed, 2s});
    add(2s, TimerEvent{0, TimerKind::Retransmission, TimerAction::Fired});
    add(2s, TimerEvent{0, TimerKind::TimeWait, TimerAction::Cancelled});
    add(2'050'000us, StateChanged{2, State::Listen, State::SynReceived, Rule::SynInListen, 0});
    add(2'050'000us, QueueLengths{1, 3, 0});
    add(2'100'000us, AppResult{0, AppCall::Connect});
    add(2'100'000us, AppResult{1, AppCall::Accept, SocketError::None, 2});
    add(2'200'000us, AppCalled{0, AppCall::Send, 5});
    add(2'200'000us, AppCalled{0, AppCall::Send, 1});
    add(2'250'000us, DataDelivered{2, 0, 5});
    add(3s, AppResult{0, AppCall::Close, SocketError::TimedOut});
    add(4s, HostCrashed{1});
    add(5s, HostRestarted{1});

    const std::vector<std::string> expected = {
        "0.000000 #0 client:49152 > server:80 Flags [S], seq 100, win 65535, length 0",
        "0.000000 client:49152 app connect()",
        "0.000000 client:49152 CLOSED -> SYN-SENT (active OPEN)",
        "0.000000 server:80 app listen(backlog 5)",
        "0.025000 #0 dropped (lost on the link)",
        "1.000000 client:49152 timer RTO armed, fires at 2.000000",
        "2.000000 client:49152 timer RTO fired",
        "2.000000 client:49152 timer 2MSL cancelled",
        "2.050000 server:80 LISTEN -> SYN-RECEIVED (SYN received) on #0",
        "2.050000 server:80 queues: syn 3, accept 0",
        "2.100000 client:49152 app connect() -> ok",
        "2.100000 server:80 app accept() -> conn 2 (srv/1) from client:49152",
        "2.200000 client:49152 app send(5 bytes)",
        "2.200000 client:49152 app send(1 byte)",
        "2.250000 server:80 delivered 5 bytes (offset 0)",
        "3.000000 client:49152 app close() -> ETIMEDOUT",
        "4.000000 host server crashed",
        "5.000000 host server restarted",
    };
    EXPECT_EQ(lines(textTrace(trace)), expected);
}

TEST_F(TraceFormatTest, unknownIds_printQuestionMarksInsteadOfThrowing) {
    add(0us, AppCalled{7, AppCall::Close});
    add(0us, SegmentArrived{9});
    add(0us, HostCrashed{4});
    EXPECT_EQ(textTrace(trace), "0.000000 ? app close()\n"
                                "0.000000 #9 arrives at ?\n"
                                "0.000000 host ? crashed\n");
}

TEST_F(TraceFormatTest, time_printsSixDecimalsExactly) {
    add(Micros{1'234'567}, HostCrashed{0});
    add(Micros{600'000'001}, HostCrashed{0});
    add(Micros{7}, HostCrashed{0});
    EXPECT_EQ(textTrace(trace), "1.234567 host client crashed\n"
                                "600.000001 host client crashed\n"
                                "0.000007 host client crashed\n");
}

TEST_F(TraceFormatTest, writeTextTrace_matchesTextTraceForLongTraces) {
    for (int i = 0; i < 5000; ++i)
        addSegment(Micros{i}, i % 2 == 0, Flag::Ack, static_cast<std::uint32_t>(i), 1, "xy");
    std::ostringstream text;
    writeTextTrace(trace, text);
    EXPECT_EQ(text.str(), textTrace(trace));
    std::ostringstream json;
    writeJsonLinesTrace(trace, json);
    EXPECT_EQ(json.str(), jsonLinesTrace(trace));
    EXPECT_EQ(lines(json.str()).size(), 5000u);
}

TEST_F(TraceFormatTest, jsonSegments_haveFixedKeysAndReadableFlags) {
    const SegId syn = addSegment(0us, true, Flag::Syn, 100, 0);
    segment(syn).header.options.mss = 1460;
    segment(syn).header.options.sackPermitted = true;
    segment(syn).header.options.timestamps = Timestamps{1, 0};
    segment(syn).header.options.windowScale = 7;
    add(50ms, SegmentArrived{syn});
    addSegment(50ms, false, Flag::Syn | Flag::Ack, 300, 101);
    const SegId again = addSegment(1s, true, Flag::Psh | Flag::Ack, 101, 301, "hello");
    segment(again).origin = SegmentOrigin::Retransmission;
    segment(again).original = 0;
    add(2s, SegmentDropped{again, DropReason::Fault});

    const std::vector<std::string> expected = {
        R"({"t_us":0,"event":"send","seg":0,"src":"client:49152","dst":"server:80","conn":0,)"
        R"("flags":["SYN"],"seq":100,"ack":0,"win":65535,"len":0,)"
        R"("options":{"mss":1460,"sack_ok":true,"ts_val":1,"ts_ecr":0,"wscale":7}})",
        R"({"t_us":50000,"event":"arrive","seg":0,"dst":"server:80"})",
        R"({"t_us":50000,"event":"send","seg":1,"src":"server:80","dst":"client:49152",)"
        R"("conn":2,"flags":["SYN","ACK"],"seq":300,"ack":101,"win":65535,"len":0})",
        R"({"t_us":1000000,"event":"send","seg":2,"src":"client:49152","dst":"server:80",)"
        R"("conn":0,"flags":["PSH","ACK"],"seq":101,"ack":301,"win":65535,"len":5,)"
        R"("origin":"retransmission","original":0})",
        R"({"t_us":2000000,"event":"drop","seg":2,"reason":"dropped by a fault"})",
    };
    EXPECT_EQ(lines(jsonLinesTrace(trace)), expected);
}

TEST_F(TraceFormatTest, jsonOtherEvents_haveEndpointConnAndValues) {
    add(0us, StateChanged{0, State::Closed, State::SynSent, Rule::ActiveOpen});
    add(1us, StateChanged{2, State::Listen, State::SynReceived, Rule::SynInListen, 4});
    add(2us, TimerEvent{0, TimerKind::Retransmission, TimerAction::Armed, 1s});
    add(3us, TimerEvent{0, TimerKind::Retransmission, TimerAction::Cancelled});
    add(4us, AppCalled{1, AppCall::Listen, 5});
    add(5us, AppCalled{0, AppCall::Send, 10});
    add(6us, AppCalled{0, AppCall::Close});
    add(7us, AppResult{0, AppCall::Connect, SocketError::ConnectionRefused});
    add(8us, AppResult{1, AppCall::Accept, SocketError::None, 2});
    add(9us, DataDelivered{2, 0, 10});
    add(10us, QueueLengths{1, 1, 2});
    add(11us, HostCrashed{1});
    add(12us, HostRestarted{1});

    const std::vector<std::string> expected = {
        R"({"t_us":0,"event":"state","endpoint":"client:49152","conn":0,"from":"CLOSED",)"
        R"("to":"SYN-SENT","cause":"active OPEN","rule_ref":"RFC 9293 3.10.1"})",
        R"({"t_us":1,"event":"state","endpoint":"server:80","conn":2,"from":"LISTEN",)"
        R"("to":"SYN-RECEIVED","cause":"SYN received","rule_ref":"RFC 9293 3.10.7.2","seg":4})",
        R"({"t_us":2,"event":"timer","endpoint":"client:49152","conn":0,"timer":"RTO",)"
        R"("action":"armed","deadline_us":1000000})",
        R"({"t_us":3,"event":"timer","endpoint":"client:49152","conn":0,"timer":"RTO",)"
        R"("action":"cancelled"})",
        R"({"t_us":4,"event":"app","endpoint":"server:80","conn":1,"call":"listen","backlog":5})",
        R"({"t_us":5,"event":"app","endpoint":"client:49152","conn":0,"call":"send","bytes":10})",
        R"({"t_us":6,"event":"app","endpoint":"client:49152","conn":0,"call":"close"})",
        R"({"t_us":7,"event":"app","endpoint":"client:49152","conn":0,"call":"connect",)"
        R"("result":"ECONNREFUSED"})",
        R"({"t_us":8,"event":"app","endpoint":"server:80","conn":1,"call":"accept",)"
        R"("result":"ok","accepted":2,"accepted_socket":"srv/1","peer":"client:49152"})",
        R"({"t_us":9,"event":"deliver","endpoint":"server:80","conn":2,"offset":0,"bytes":10})",
        R"({"t_us":10,"event":"queue","endpoint":"server:80","conn":1,"syn":1,"accept":2})",
        R"({"t_us":11,"event":"crash","host":"server"})",
        R"({"t_us":12,"event":"restart","host":"server"})",
    };
    EXPECT_EQ(lines(jsonLinesTrace(trace)), expected);
}

TEST_F(TraceFormatTest, jsonHostNames_areEscaped) {
    trace.hosts[0].name = "a\"b\\c\n\x01";
    add(0us, HostCrashed{0});
    add(0us, StateChanged{0, State::Closed, State::SynSent, Rule::ActiveOpen});
    const std::vector<std::string> out = lines(jsonLinesTrace(trace));
    EXPECT_EQ(out.at(0), R"({"t_us":0,"event":"crash","host":"a\"b\\c\n\u0001"})");
    EXPECT_EQ(out.at(1), R"({"t_us":0,"event":"state","endpoint":"a\"b\\c\n\u0001:49152",)"
                         R"("conn":0,"from":"CLOSED","to":"SYN-SENT","cause":"active OPEN",)"
                         R"("rule_ref":"RFC 9293 3.10.1"})");
}

TEST_F(TraceFormatTest, equalTraces_giveEqualBytes) {
    addSegment(0us, true, Flag::Syn, 100, 0);
    add(1s, StateChanged{0, State::Closed, State::SynSent, Rule::ActiveOpen});
    const Trace copy = trace;
    EXPECT_EQ(jsonLinesTrace(copy), jsonLinesTrace(trace));
    EXPECT_EQ(textTrace(copy), textTrace(trace));
}

TEST_F(TraceFormatTest, faultEvents_nameTheFaultTheSegmentAndWhatItDid) {
    const SegId syn = addSegment(0us, true, Flag::Syn, 100, 0);
    add(0us, FaultApplied{0, syn, FaultAction::Dropped});
    add(25ms, SegmentDropped{syn, DropReason::Fault});
    add(1s, FaultApplied{1, kNone, FaultAction::LinkChanged});
    const SegId data = addSegment(2s, true, Flag::Psh | Flag::Ack, 101, 301, "x");
    add(2s, FaultApplied{2, data, FaultAction::Delayed});
    add(2s, FaultApplied{3, data, FaultAction::Duplicated});
    add(2s, FaultApplied{4, data, FaultAction::Partitioned});
    const SegId copy = addSegment(2'010'000us, true, Flag::Psh | Flag::Ack, 101, 301, "x");
    segment(copy).origin = SegmentOrigin::Duplicate;
    segment(copy).original = data;

    const std::vector<std::string> expected = {
        "0.000000 #0 client:49152 > server:80 Flags [S], seq 100, win 65535, length 0",
        "0.000000 #0 fault 0: dropped",
        "0.025000 #0 dropped (dropped by a fault)",
        "1.000000 fault 1: link changed",
        "2.000000 #1 client:49152 > server:80 Flags [P.], seq 101:102, ack 301, win 65535, "
        "length 1",
        "2.000000 #1 fault 2: delayed",
        "2.000000 #1 fault 3: duplicated",
        "2.000000 #1 fault 4: partitioned",
        "2.010000 #2 client:49152 > server:80 Flags [P.], seq 101:102, ack 301, win 65535, "
        "length 1 (duplicate of #1)",
    };
    EXPECT_EQ(lines(textTrace(trace)), expected);

    const std::vector<std::string> json = lines(jsonLinesTrace(trace));
    EXPECT_EQ(json.at(1), R"({"t_us":0,"event":"fault","fault":0,"action":"dropped","seg":0})");
    EXPECT_EQ(json.at(3), R"({"t_us":1000000,"event":"fault","fault":1,"action":"link changed"})");
    EXPECT_EQ(json.at(5),
              R"({"t_us":2000000,"event":"fault","fault":2,"action":"delayed","seg":1})");
    EXPECT_EQ(json.at(7),
              R"({"t_us":2000000,"event":"fault","fault":4,"action":"partitioned","seg":1})");
    EXPECT_TRUE(json.at(8).ends_with(R"("origin":"duplicate","original":1})")) << json.at(8);
}

TEST_F(TraceFormatTest, spoofedSegment_namesTheAddressOwnerAndTheSenderSeparately) {
    trace.hosts.push_back({"attacker", Address{0x0a000042}}); // 10.0.0.66
    const SegId rst = addSegment(1s, true, Flag::Rst, 111, 0);
    segment(rst).fromHost = 2; // sent by the attacker, from the client's address
    segment(rst).origin = SegmentOrigin::Injected;
    segment(rst).conn = kNone;
    add(1s, FaultApplied{0, rst, FaultAction::Injected});
    const SegId flood = addSegment(2s, true, Flag::Syn, 7, 0);
    segment(flood).fromHost = 2;
    segment(flood).src = Address{0x0a090001}; // 10.9.0.1: nobody's
    segment(flood).origin = SegmentOrigin::Injected;
    segment(flood).conn = kNone;

    EXPECT_EQ(lines(textTrace(trace)),
              (std::vector<std::string>{
                  "1.000000 #0 client:49152 > server:80 Flags [R], seq 111, win 65535, length 0 "
                  "(injected)",
                  "1.000000 #0 fault 0: injected by attacker",
                  "2.000000 #1 10.9.0.1:49152 > server:80 Flags [S], seq 7, win 65535, length 0 "
                  "(injected)",
              }));
    const std::vector<std::string> json = lines(jsonLinesTrace(trace));
    EXPECT_EQ(json.at(0), R"({"t_us":1000000,"event":"send","seg":0,"src":"client:49152",)"
                          R"("dst":"server:80","flags":["RST"],"seq":111,"ack":0,"win":65535,)"
                          R"("len":0,"origin":"injected"})");
    EXPECT_EQ(json.at(1), R"({"t_us":1000000,"event":"fault","fault":0,"action":"injected",)"
                          R"("seg":0,"from":"attacker"})");
    EXPECT_TRUE(json.at(2).starts_with(R"({"t_us":2000000,"event":"send","seg":1,)"
                                       R"("src":"10.9.0.1:49152",)"))
        << json.at(2);
}
