// The RFC 9293 figures of section 3.5 and 3.6, run from resources/scenarios
// with the RFC's own numbers, and compared segment by segment in the RFC's
// notation: "A --> <SEQ=100><ACK=301><CTL=SYN,ACK>".
#include "core/scenario_json.h"
#include "core/simulate.h"
#include "library_scenarios.h"
#include "printers.h"
#include "trace_queries.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace {

using namespace core;
using namespace testsupport;

Trace figure(int number) {
    return runLibraryScenario("rfc-figure-" + std::to_string(number));
}

// One segment as the RFC's figures write it. PSH is left out, as there.
std::string rfcNotation(const Trace& t, SegId id) {
    const SegmentRecord& r = t.segments.at(static_cast<std::size_t>(id));
    const Segment& h = r.header;
    std::string s = t.hosts.at(static_cast<std::size_t>(r.fromHost)).name +
                    " --> <SEQ=" + std::to_string(h.seq.value()) + ">";
    if (h.flags.has(Flag::Ack))
        s += "<ACK=" + std::to_string(h.ack.value()) + ">";
    std::string ctl;
    for (Flag f : {Flag::Syn, Flag::Fin, Flag::Rst, Flag::Ack})
        if (h.flags.has(f))
            ctl += (ctl.empty() ? "" : ",") + std::string(flagName(f));
    s += "<CTL=" + ctl + ">";
    if (r.payloadLength > 0)
        s += "<DATA=" + std::to_string(r.payloadLength) + ">";
    return s;
}

// The segments sent from `from` on, at most `count` of them.
std::vector<std::string> lines(const Trace& t, Micros from, std::size_t count) {
    std::vector<std::string> out;
    for (const auto& [time, sent] : eventsOf<SegmentSent>(t))
        if (time >= from && out.size() < count)
            out.push_back(rfcNotation(t, sent.seg));
    return out;
}

// The segments that arrived at one host, in arrival order: the order in which
// the figures draw what a peer receives.
std::vector<std::string> arrivalsAt(const Trace& t, const std::string& host) {
    std::vector<std::string> out;
    for (const auto& [time, arrived] : eventsOf<SegmentArrived>(t)) {
        const SegmentRecord& r = t.segments.at(static_cast<std::size_t>(arrived.seg));
        if (t.hosts.at(static_cast<std::size_t>(r.toHost)).name == host)
            out.push_back(rfcNotation(t, arrived.seg));
    }
    return out;
}

using Lines = std::vector<std::string>;
using States = std::vector<State>;

TEST(RfcFigure6, BasicThreeWayHandshake) {
    const Trace t = figure(6);
    EXPECT_EQ(
        lines(t, Micros{0}, 4),
        (Lines{"A --> <SEQ=100><CTL=SYN>", "B --> <SEQ=300><ACK=101><CTL=SYN,ACK>",
               "A --> <SEQ=101><ACK=301><CTL=ACK>", "A --> <SEQ=101><ACK=301><CTL=ACK><DATA=4>"}));
    EXPECT_EQ(statesOfSocket(t, "a"), (States{State::SynSent, State::Established}));
    EXPECT_EQ(statesOfSocket(t, "b/1"), (States{State::SynReceived, State::Established}));
}

TEST(RfcFigure7, SimultaneousConnectionSynchronization) {
    const Trace t = figure(7);
    EXPECT_EQ(lines(t, Micros{0}, 4), (Lines{"A --> <SEQ=100><CTL=SYN>", "B --> <SEQ=300><CTL=SYN>",
                                             "A --> <SEQ=100><ACK=301><CTL=SYN,ACK>",
                                             "B --> <SEQ=300><ACK=101><CTL=SYN,ACK>"}));
    const States cycle{State::SynSent, State::SynReceived, State::Established};
    EXPECT_EQ(statesOfSocket(t, "a"), cycle);
    EXPECT_EQ(statesOfSocket(t, "b"), cycle);
}

TEST(RfcFigure8, RecoveryFromOldDuplicateSyn) {
    const Trace t = figure(8);
    const std::vector<ConnId> children = childrenOf(t, "b");
    ASSERT_EQ(children.size(), 2u);
    // In the order sent: A's SYN 100 is held back, the old duplicate overtakes it.
    EXPECT_EQ(
        lines(t, Micros{0}, 6),
        (Lines{"A --> <SEQ=100><CTL=SYN>", "A --> <SEQ=90><CTL=SYN>",
               "B --> <SEQ=300><ACK=91><CTL=SYN,ACK>", "A --> <SEQ=91><CTL=RST>",
               "B --> <SEQ=400><ACK=101><CTL=SYN,ACK>", "A --> <SEQ=101><ACK=401><CTL=ACK>"}));
    // In the order B receives them, as lines 3, 5, 6 and 8 of the figure.
    EXPECT_EQ(arrivalsAt(t, "B"),
              (Lines{"A --> <SEQ=90><CTL=SYN>", "A --> <SEQ=91><CTL=RST>",
                     "A --> <SEQ=100><CTL=SYN>", "A --> <SEQ=101><ACK=401><CTL=ACK>"}));
    EXPECT_EQ(statesOf(t, children[0]), (States{State::SynReceived, State::Listen}));
    EXPECT_EQ(statesOf(t, children[1]), (States{State::SynReceived, State::Established}));
    EXPECT_EQ(statesOfSocket(t, "a"), (States{State::SynSent, State::Established}));
}

TEST(RfcFigure9, HalfOpenConnectionDiscovery) {
    const Trace t = figure(9);
    // From A's new SYN on (A crashed at 1 s and opens again at 3 s).
    EXPECT_EQ(lines(t, std::chrono::seconds(3), 4),
              (Lines{"A --> <SEQ=400><CTL=SYN>", "B --> <SEQ=300><ACK=100><CTL=ACK>",
                     "A --> <SEQ=100><CTL=RST>", "A --> <SEQ=400><CTL=SYN>"}));
    // B aborts its half-open connection on the RST.
    const States b = statesOfSocket(t, "b/1");
    ASSERT_GE(b.size(), 3u);
    EXPECT_EQ(b[1], State::Established);
    EXPECT_EQ(b[2], State::Closed);
}

TEST(RfcFigure10, ActiveSideCausesHalfOpenConnectionDiscovery) {
    const Trace t = figure(10);
    EXPECT_EQ(lines(t, std::chrono::seconds(3), 2),
              (Lines{"B --> <SEQ=300><ACK=100><CTL=ACK><DATA=10>", "A --> <SEQ=100><CTL=RST>"}));
    EXPECT_EQ(statesOfSocket(t, "b"), (States{State::SynSent, State::Established, State::Closed}));
    EXPECT_EQ(errorsOf(t, AppCall::Receive),
              std::vector<SocketError>{SocketError::ConnectionReset});
}

TEST(RfcFigure11, OldDuplicateSynInitiatesAResetOnTwoPassiveSockets) {
    const Trace t = figure(11);
    // Z = 100 and X = 300.
    EXPECT_EQ(lines(t, Micros{0}, 4),
              (Lines{"A --> <SEQ=100><CTL=SYN>", "B --> <SEQ=300><ACK=101><CTL=SYN,ACK>",
                     "A --> <SEQ=101><CTL=RST>"}));
    // A's listener refuses the SYN,ACK and stays in LISTEN; B returns to LISTEN.
    EXPECT_EQ(statesOfSocket(t, "a"), (States{State::Listen}));
    EXPECT_TRUE(childrenOf(t, "a").empty());
    EXPECT_EQ(statesOfSocket(t, "b"), (States{State::Listen}));
    const std::vector<ConnId> b = childrenOf(t, "b");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(statesOf(t, b[0]), (States{State::SynReceived, State::Listen}));
    EXPECT_TRUE(errorsOf(t, AppCall::Accept).empty());
}

TEST(RfcFigure12, NormalCloseSequence) {
    const Trace t = figure(12);
    EXPECT_EQ(
        lines(t, std::chrono::seconds(1), 4),
        (Lines{"A --> <SEQ=100><ACK=300><CTL=FIN,ACK>", "B --> <SEQ=300><ACK=101><CTL=ACK>",
               "B --> <SEQ=300><ACK=101><CTL=FIN,ACK>", "A --> <SEQ=101><ACK=301><CTL=ACK>"}));
    EXPECT_EQ(statesOfSocket(t, "a"), (States{State::SynSent, State::Established, State::FinWait1,
                                              State::FinWait2, State::TimeWait, State::Closed}));
    EXPECT_EQ(statesOfSocket(t, "b/1"), (States{State::SynReceived, State::Established,
                                                State::CloseWait, State::LastAck, State::Closed}));
}

TEST(RfcFigure13, SimultaneousCloseSequence) {
    const Trace t = figure(13);
    EXPECT_EQ(
        lines(t, std::chrono::seconds(1), 4),
        (Lines{"A --> <SEQ=100><ACK=300><CTL=FIN,ACK>", "B --> <SEQ=300><ACK=100><CTL=FIN,ACK>",
               "B --> <SEQ=301><ACK=101><CTL=ACK>", "A --> <SEQ=101><ACK=301><CTL=ACK>"}));
    const States both{State::Established, State::FinWait1, State::Closing, State::TimeWait,
                      State::Closed};
    const States a = statesOfSocket(t, "a");
    const States b = statesOfSocket(t, "b/1");
    EXPECT_EQ(States(a.begin() + 1, a.end()), both);
    EXPECT_EQ(States(b.begin() + 1, b.end()), both);
}

} // namespace
