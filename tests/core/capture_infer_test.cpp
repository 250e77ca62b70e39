// inferStates() on connections built packet by packet: the RFC 9293 state
// diagram where the capture shows it, "unknown" where it does not.
#include "capture_test_support.h"
#include "core/capture_trace.h"

#include <gtest/gtest.h>

using namespace capturetest;
using core::Flag;
using Lines = std::vector<std::string>;

namespace {

const core::Flags kSyn = Flag::Syn;
const core::Flags kSynAck = Flag::Syn | Flag::Ack;
const core::Flags kAck = Flag::Ack;
const core::Flags kFin = Flag::Fin | Flag::Ack;

// A connection of these packets, captured near A; times in ms.
class Capture {
public:
    Capture& a(core::Flags f, std::uint32_t seq, std::uint32_t ack, int ms, std::uint32_t data = 0) {
        m_c.packets.push_back(imported(true, f, seq, ack, ms * 1000, data));
        return *this;
    }
    Capture& b(core::Flags f, std::uint32_t seq, std::uint32_t ack, int ms, std::uint32_t data = 0) {
        m_c.packets.push_back(imported(false, f, seq, ack, ms * 1000, data));
        return *this;
    }
    Capture& handshake() {
        return a(kSyn, 100, 0, 0).b(kSynAck, 500, 101, 20).a(kAck, 101, 501, 21);
    }
    core::Trace trace() {
        m_c.summary.a = endpoint(1, 40000);
        m_c.summary.b = endpoint(2, 80);
        return core::traceFromConnection(m_c);
    }

private:
    core::ImportedConnection m_c;
};

} // namespace

TEST(CaptureInference, simultaneousClose_bothPassThroughClosingToTimeWait) {
    const core::Trace t = Capture()
                              .handshake()
                              .a(kFin, 101, 501, 100)
                              .b(kFin, 501, 101, 101) // sent before A's FIN arrived
                              .a(kAck, 102, 502, 115)
                              .b(kAck, 502, 102, 116)
                              .trace();
    const Lines changes = stateChanges(t);
    const Lines tail(changes.begin() + 4, changes.end());
    // Captured near A with a one-way delay of 10 ms: B sent its FIN at 91 ms.
    EXPECT_EQ(tail, (Lines{"B ESTABLISHED -> FIN-WAIT-1 (CLOSE)",
                           "A ESTABLISHED -> FIN-WAIT-1 (CLOSE)",
                           "A FIN-WAIT-1 -> CLOSING (FIN received)",
                           "B FIN-WAIT-1 -> CLOSING (FIN received)",
                           "A CLOSING -> TIME-WAIT (ACK of FIN received)",
                           "B CLOSING -> TIME-WAIT (ACK of FIN received)"}));
}

TEST(CaptureInference, simultaneousOpen_goesThroughSynReceived) {
    const core::Trace t = Capture()
                              .a(kSyn, 100, 0, 0)
                              .b(kSyn, 500, 0, 1)
                              .a(kSynAck, 100, 501, 30)
                              .b(kSynAck, 500, 101, 31)
                              .trace();
    EXPECT_EQ(stateChanges(t), (Lines{"A CLOSED -> SYN-SENT (active OPEN)",
                                      "B CLOSED -> SYN-SENT (active OPEN)",
                                      "B SYN-SENT -> SYN-RECEIVED (SYN received, simultaneous open)",
                                      "A SYN-SENT -> SYN-RECEIVED (SYN received, simultaneous open)",
                                      "B SYN-RECEIVED -> ESTABLISHED (ACK of SYN received)",
                                      "A SYN-RECEIVED -> ESTABLISHED (ACK of SYN received)"}));
}

TEST(CaptureInference, unansweredSyn_leavesTheServerUnknownAndTheClientInSynSent) {
    const core::Trace t = Capture().a(kSyn, 100, 0, 0).a(kSyn, 100, 0, 1000).trace();
    EXPECT_EQ(stateChanges(t), (Lines{"A CLOSED -> SYN-SENT (active OPEN)"}));
    EXPECT_EQ(t.segments[1].origin, core::SegmentOrigin::Retransmission);
    EXPECT_EQ(t.segments[1].original, 0);
}

TEST(CaptureInference, resetInPassiveSynReceived_returnsToListen) {
    const core::Trace t = Capture()
                              .a(kSyn, 100, 0, 0)
                              .b(kSynAck, 500, 101, 20)
                              .a(Flag::Rst, 101, 0, 40)
                              .trace();
    EXPECT_EQ(stateChanges(t).back(), "B SYN-RECEIVED -> LISTEN (RST received, back to LISTEN)");
    EXPECT_EQ(stateChanges(t)[3], "A ESTABLISHED -> CLOSED (ABORT)");
}

TEST(CaptureInference, missedSyn_synAckFirst_isInferredNotGuessed) {
    const core::Trace t = Capture().b(kSynAck, 500, 101, 0).a(kAck, 101, 501, 1).trace();
    EXPECT_EQ(stateChanges(t),
              (Lines{"B ? -> SYN-RECEIVED (inferred from the capture, earlier state unknown)",
                     "A ? -> ESTABLISHED (inferred from the capture, earlier state unknown)",
                     "B SYN-RECEIVED -> ESTABLISHED (ACK of SYN received)"}));
}

TEST(CaptureInference, midConnectionWithOneFin_staysUnknownUntilReset) {
    const core::Trace t = Capture()
                              .a(kAck, 101, 501, 0, 10)
                              .b(kFin, 501, 111, 5)
                              .a(Flag::Rst | Flag::Ack, 111, 502, 9)
                              .trace();
    EXPECT_EQ(stateChanges(t),
              (Lines{"A ? -> CLOSED (inferred from the capture, earlier state unknown)",
                     "B ? -> CLOSED (inferred from the capture, earlier state unknown)"}));
}

TEST(CaptureInference, ackOfSegmentsNeverSeen_makesTheSenderUnknown_newDataRecovers) {
    const core::Trace t = Capture()
                              .handshake()
                              .a(kAck, 101, 501, 30, 10)
                              .b(kAck, 501, 131, 60) // acknowledges 20 bytes never captured
                              .a(kAck, 131, 501, 70, 5)
                              .trace();
    const Lines changes = stateChanges(t);
    EXPECT_EQ(Lines(changes.begin() + 4, changes.end()),
              (Lines{"A ESTABLISHED -> ? (state unknown: the capture misses a segment)",
                     "A ? -> ESTABLISHED (inferred from the capture, earlier state unknown)"}));
}

TEST(CaptureInference, finAckedTogetherWithPeersFin_followsTheAckThenTheFin) {
    const core::Trace t = Capture()
                              .handshake()
                              .a(kFin, 101, 501, 100)
                              .b(kFin, 501, 102, 120) // acknowledges A's FIN and closes
                              .a(kAck, 102, 502, 121)
                              .trace();
    const Lines changes = stateChanges(t);
    EXPECT_EQ(Lines(changes.begin() + 4, changes.end()),
              (Lines{"A ESTABLISHED -> FIN-WAIT-1 (CLOSE)",
                     "B ESTABLISHED -> CLOSE-WAIT (FIN received)",
                     "B CLOSE-WAIT -> LAST-ACK (CLOSE)",
                     "A FIN-WAIT-1 -> FIN-WAIT-2 (ACK of FIN received)",
                     "A FIN-WAIT-2 -> TIME-WAIT (FIN received)",
                     "B LAST-ACK -> CLOSED (ACK of FIN received)"}));
}

TEST(CaptureInference, keepaliveProbe_isRecognised) {
    const core::Trace t = Capture().handshake().a(kAck, 100, 501, 5000).trace();
    EXPECT_EQ(t.segments.back().origin, core::SegmentOrigin::KeepaliveProbe);
}

TEST(CaptureInference, quickerReplyThanTheHandshake_staysInCauseAndEffectOrder) {
    // The handshake took 20 ms; the data's ACK comes back after 2 ms.
    const core::Trace t = Capture().handshake().a(kAck, 101, 501, 30, 10).b(kAck, 501, 111, 32).trace();
    std::vector<core::Micros> sent(t.segments.size());
    std::vector<core::Micros> arrived(t.segments.size());
    for (const core::TraceEvent& e : t.events) {
        if (const auto* s = std::get_if<core::SegmentSent>(&e.body))
            sent[static_cast<std::size_t>(s->seg)] = e.t;
        if (const auto* a = std::get_if<core::SegmentArrived>(&e.body))
            arrived[static_cast<std::size_t>(a->seg)] = e.t;
    }
    EXPECT_EQ(t.capture->oneWayDelay, core::Micros(10'000));
    // Not 40 ms and 22 ms, as the 10 ms estimate would have it: half-way between 30 and 32 ms.
    EXPECT_EQ(arrived[3], core::Micros(31'000));
    EXPECT_EQ(sent[4], core::Micros(31'000));
    EXPECT_EQ(arrived[4], core::Micros(32'000));
}
