#include "library_scenarios.h"
#include "ui/endpoint_states.h"
#include "ui/sequence_layout.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

using namespace core;
using ui::EndpointStates;
using ui::LaneStatus;

namespace {

struct Fixture {
    explicit Fixture(const std::string& scenario)
        : trace(testsupport::runLibraryScenario(scenario)), diagram(ui::layoutSequence(trace, {})),
          states(trace, diagram.lifelines) {}

    int lane(const std::string& prefix) const {
        for (std::size_t i = 0; i < diagram.lifelines.size(); ++i)
            if (diagram.lifelines[i].label.starts_with(prefix))
                return static_cast<int>(i);
        return -1;
    }
    // The index of the first event that `match` accepts.
    int eventWhere(const std::function<bool(const EventBody&)>& match) const {
        for (std::size_t i = 0; i < trace.events.size(); ++i)
            if (match(trace.events[i].body))
                return static_cast<int>(i);
        return -1;
    }
    int entryInto(State to) const {
        return eventWhere([to](const EventBody& b) {
            const auto* c = std::get_if<StateChanged>(&b);
            return c && c->to == to;
        });
    }
    int sent(SegId seg) const {
        return eventWhere([seg](const EventBody& b) {
            const auto* s = std::get_if<SegmentSent>(&b);
            return s && s->seg == seg;
        });
    }
    int arrived(SegId seg) const {
        return eventWhere([seg](const EventBody& b) {
            const auto* s = std::get_if<SegmentArrived>(&b);
            return s && s->seg == seg;
        });
    }
    std::optional<State> stateOf(const std::string& lanePrefix, int event) const {
        return states.at(lane(lanePrefix), event).state;
    }

    Trace trace;
    ui::SequenceDiagram diagram;
    EndpointStates states;
};

std::string name(std::optional<State> s) {
    return s ? std::string(toString(*s)) : std::string("none");
}

} // namespace

TEST(EndpointStates, beforeTheFirstEvent_noLaneHasAState) {
    const Fixture f("default");
    ASSERT_EQ(f.states.laneCount(), 2);
    for (const LaneStatus& s : f.states.at(-1)) {
        EXPECT_EQ(s.state, std::nullopt);
        EXPECT_EQ(s.last, std::nullopt);
    }
}

TEST(EndpointStates, defaultScenario_followsTheHandshake) {
    const Fixture f("default");
    const int listen = f.entryInto(State::Listen);
    EXPECT_EQ(f.stateOf("server", listen), State::Listen);
    EXPECT_EQ(f.stateOf("client", listen), std::nullopt); // no connection yet

    const int synSent = f.sent(0);
    EXPECT_EQ(f.stateOf("client", synSent), State::SynSent);
    const LaneStatus client = f.states.at(f.lane("client"), synSent);
    ASSERT_TRUE(client.last);
    EXPECT_EQ(client.last->from, State::Closed);
    EXPECT_EQ(client.last->to, State::SynSent);
    EXPECT_EQ(client.last->rule, Rule::ActiveOpen);

    // The SYN arrives, and only the event after it moves the server.
    const int synArrives = f.arrived(0);
    EXPECT_EQ(f.stateOf("server", synArrives), State::Listen);
    EXPECT_EQ(f.stateOf("server", synArrives + 1), State::SynReceived);
    EXPECT_EQ(f.states.at(f.lane("server"), synArrives + 1).last->rule, Rule::SynInListen);

    const int synAckArrives = f.arrived(1);
    EXPECT_EQ(f.stateOf("client", synAckArrives), State::SynSent);
    EXPECT_EQ(f.stateOf("client", synAckArrives + 2), State::Established);
    EXPECT_EQ(f.stateOf("server", f.arrived(2) + 2), State::Established);
}

TEST(EndpointStates, defaultScenario_atTheEnd_clientClosed_serverListensAgain) {
    const Fixture f("default");
    const int end = static_cast<int>(f.trace.events.size()) - 1;
    EXPECT_EQ(f.stateOf("client", end), State::Closed);
    EXPECT_EQ(f.states.at(f.lane("client"), end).last->rule, Rule::TimeWaitTimeout);
    // The listener still listens; the lane's last transition is its child's.
    const LaneStatus server = f.states.at(f.lane("server"), end);
    EXPECT_EQ(server.state, State::Listen);
    ASSERT_TRUE(server.last);
    EXPECT_EQ(server.last->from, State::LastAck);
    EXPECT_EQ(server.last->to, State::Closed);
    EXPECT_EQ(f.states.at(f.lane("server"), end + 100), server); // past the end: the end
}

// The state machine must light the state that the sequence diagram's band
// shows at the same moment, for every moment of the trace.
class EndpointStatesAgreeWithBands : public ::testing::TestWithParam<std::string> {};

TEST_P(EndpointStatesAgreeWithBands, atEveryEventTime) {
    const Fixture f(GetParam());
    const auto& events = f.trace.events;
    int checked = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        // Events at one instant draw no band in between: compare after the last.
        // Bands end at the last instant whether or not it changed them: skip it.
        if (i + 1 == events.size() || events[i + 1].t == events[i].t)
            continue;
        const double y = f.diagram.axis.y(events[i].t);
        for (int lane = 0; lane < f.states.laneCount(); ++lane) {
            std::optional<State> banded;
            for (const ui::StateBand& b : f.diagram.bands) {
                if (b.lane == lane && b.y0 <= y && y < b.y1)
                    banded = b.state;
            }
            const std::optional<State> lit = f.states.at(lane, static_cast<int>(i)).state;
            const std::string where =
                "event " + std::to_string(i) + " lane " + std::to_string(lane);
            if (banded)
                EXPECT_EQ(name(lit), name(banded)) << where;
            else
                EXPECT_TRUE(!lit || *lit == State::Closed) << where << ": " << name(lit);
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(Library, EndpointStatesAgreeWithBands,
                         ::testing::Values("default", "setup-simultaneous-open", "syn-flood",
                                           "syn-flood-cookies", "keepalive-peer-restarted",
                                           "teardown-simultaneous-close", "rst-injection-in-window",
                                           "setup-closed-port", "time-wait-port-exhaustion",
                                           "why-not-two-handshakes", "loss-synack"),
                         [](const auto& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(EndpointStates, nextEntryInto_findsTheNextEntry_andWraps) {
    const Fixture f("default");
    const int listen = f.entryInto(State::Listen);
    const int established = f.entryInto(State::Established);
    EXPECT_EQ(f.states.nextEntryInto(State::Listen, -1), listen);
    EXPECT_EQ(f.states.nextEntryInto(State::Established, -1), established);
    // The server's child enters ESTABLISHED after the client does.
    const std::optional<int> second = f.states.nextEntryInto(State::Established, established);
    ASSERT_TRUE(second);
    EXPECT_GT(*second, established);
    // Past the last entry it wraps to the first.
    EXPECT_EQ(f.states.nextEntryInto(State::Established, *second), established);
    EXPECT_EQ(f.states.nextEntryInto(State::Listen, listen), listen);
}

TEST(EndpointStates, nextEntryInto_stateNeverEntered_isNull) {
    const Fixture f("default");
    EXPECT_EQ(f.states.nextEntryInto(State::Closing, -1), std::nullopt);
    EXPECT_EQ(ui::nextEntryInto(f.trace, State::Closing, 5), std::nullopt);
}

TEST(EndpointStates, nextEntryInto_indexAndScanAgree) {
    const Fixture f("teardown-simultaneous-close");
    const int n = static_cast<int>(f.trace.events.size());
    for (State s : kAllStates)
        for (int after = -1; after <= n; ++after)
            EXPECT_EQ(f.states.nextEntryInto(s, after), ui::nextEntryInto(f.trace, s, after))
                << toString(s) << " after " << after;
}
