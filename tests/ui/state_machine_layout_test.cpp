#include "ui/state_machine_layout.h"

#include <gtest/gtest.h>
#include <set>

using core::Rule;
using core::State;
using ui::Edge;
using ui::EdgeKind;
using ui::StateMachineLayout;

namespace {

std::string name(State s) {
    return std::string(core::toString(s));
}

const ui::StateBox& boxOf(const StateMachineLayout& l, State s) {
    return l.boxes()[static_cast<std::size_t>(l.boxFor(s))];
}

} // namespace

TEST(StateMachineLayout, boxes_showAllElevenStates_closedTwice) {
    const StateMachineLayout l;
    std::set<State> states;
    int closed = 0;
    for (const ui::StateBox& b : l.boxes()) {
        states.insert(b.state);
        closed += b.state == State::Closed ? 1 : 0;
    }
    EXPECT_EQ(states.size(), 11u);
    EXPECT_EQ(closed, 2);
    EXPECT_EQ(l.boxes().size(), 12u);
}

TEST(StateMachineLayout, boxes_doNotOverlap_andLieInsideTheCanvas) {
    const StateMachineLayout l;
    const auto& boxes = l.boxes();
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        EXPECT_TRUE(l.canvas().contains(boxes[i].rect)) << name(boxes[i].state);
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            EXPECT_FALSE(boxes[i].rect.intersects(boxes[j].rect))
                << name(boxes[i].state) << " and " << name(boxes[j].state);
    }
}

TEST(StateMachineLayout, placement_followsFigure5) {
    const StateMachineLayout l;
    const auto centre = [&](State s) { return boxOf(l, s).rect.center(); };
    // CLOSED top centre, LISTEN below it, SYN-RECEIVED left and SYN-SENT right.
    EXPECT_LT(centre(State::Closed).y(), centre(State::Listen).y());
    EXPECT_DOUBLE_EQ(centre(State::Closed).x(), centre(State::Listen).x());
    EXPECT_LT(centre(State::SynReceived).x(), centre(State::Listen).x());
    EXPECT_GT(centre(State::SynSent).x(), centre(State::Listen).x());
    EXPECT_DOUBLE_EQ(centre(State::SynReceived).y(), centre(State::SynSent).y());
    // FIN-WAIT-1, FIN-WAIT-2 down the left; CLOSE-WAIT, LAST-ACK down the right.
    EXPECT_LT(centre(State::FinWait1).y(), centre(State::FinWait2).y());
    EXPECT_DOUBLE_EQ(centre(State::FinWait1).x(), centre(State::FinWait2).x());
    EXPECT_LT(centre(State::CloseWait).y(), centre(State::LastAck).y());
    EXPECT_GT(centre(State::CloseWait).x(), centre(State::Established).x());
    // CLOSING between FIN-WAIT-1 and TIME-WAIT; TIME-WAIT at the bottom.
    EXPECT_GT(centre(State::Closing).y(), centre(State::FinWait1).y());
    EXPECT_LT(centre(State::Closing).y(), centre(State::TimeWait).y());
}

TEST(StateMachineLayout, edgeFor_findsAnEdgeForEveryAllowedTransition) {
    const StateMachineLayout l;
    for (State from : core::kAllStates) {
        for (State to : core::kAllStates) {
            if (!core::isAllowedTransition(from, to))
                continue;
            const Edge* e = l.edgeFor(from, to, Rule::HostCrashed);
            ASSERT_NE(e, nullptr) << name(from) << " -> " << name(to);
            EXPECT_EQ(e->from, from);
            EXPECT_EQ(e->to, to);
            EXPECT_NE(e->kind, EdgeKind::NotTcp);
        }
    }
}

TEST(StateMachineLayout, edgeFor_transitionNotAllowed_isNull) {
    const StateMachineLayout l;
    EXPECT_EQ(l.edgeFor(State::TimeWait, State::Established, Rule::FinReceived), nullptr);
    EXPECT_EQ(l.edgeFor(State::Closed, State::Closed, Rule::AbortCall), nullptr);
}

TEST(StateMachineLayout, edgeFor_ruleChoosesBetweenFigureEdgeAndAbortPath) {
    const StateMachineLayout l;
    const Edge* timeout = l.edgeFor(State::TimeWait, State::Closed, Rule::TimeWaitTimeout);
    ASSERT_NE(timeout, nullptr);
    EXPECT_EQ(timeout->label, "Timeout=2MSL / delete TCB");
    EXPECT_EQ(timeout->kind, EdgeKind::Figure);
    const Edge* rst = l.edgeFor(State::TimeWait, State::Closed, Rule::RstReceived);
    ASSERT_NE(rst, nullptr);
    EXPECT_EQ(rst->kind, EdgeKind::Extra);
    EXPECT_NE(rst, timeout);
    const Edge* refused = l.edgeFor(State::SynSent, State::Closed, Rule::RetransmissionLimit);
    ASSERT_NE(refused, nullptr);
    EXPECT_EQ(refused->kind, EdgeKind::Extra);
    EXPECT_EQ(l.edgeFor(State::SynSent, State::Closed, Rule::CloseCall)->label,
              "CLOSE / delete TCB");
}

TEST(StateMachineLayout, labels_useTheRfcWords) {
    const StateMachineLayout l;
    const auto label = [&](State from, State to, Rule r) { return l.edgeFor(from, to, r)->label; };
    EXPECT_EQ(label(State::Closed, State::Listen, Rule::PassiveOpen), "passive OPEN / create TCB");
    EXPECT_EQ(label(State::Closed, State::SynSent, Rule::ActiveOpen),
              "active OPEN / create TCB, snd SYN");
    EXPECT_EQ(label(State::Listen, State::SynReceived, Rule::SynInListen), "rcv SYN / snd SYN,ACK");
    EXPECT_EQ(label(State::SynSent, State::Established, Rule::SynAckInSynSent),
              "rcv SYN,ACK / snd ACK");
    EXPECT_EQ(label(State::SynReceived, State::Established, Rule::AckInSynReceived),
              "rcv ACK of SYN / x");
    EXPECT_EQ(label(State::Listen, State::SynSent, Rule::SendInListen), "SEND / snd SYN");
    EXPECT_EQ(label(State::SynReceived, State::Listen, Rule::RstInPassiveSynReceived),
              "rcv RST / x");
    EXPECT_EQ(label(State::FinWait2, State::TimeWait, Rule::FinReceived), "rcv FIN / snd ACK");
    const Edge* e = l.edgeFor(State::Established, State::FinWait1, Rule::CloseCall);
    EXPECT_EQ(e->event(), "CLOSE");
    EXPECT_EQ(e->action(), "snd FIN");
}

TEST(StateMachineLayout, edges_startAndEndOnTheirStatesBoxes) {
    const StateMachineLayout l;
    for (const Edge& e : l.edges()) {
        const auto& from = l.boxes()[static_cast<std::size_t>(e.fromBox)];
        const auto& to = l.boxes()[static_cast<std::size_t>(e.toBox)];
        EXPECT_EQ(from.state, e.from) << e.label;
        EXPECT_EQ(to.state, e.to) << e.label;
        ASSERT_GE(e.points.size(), 2u);
        EXPECT_TRUE(from.rect.adjusted(-1, -1, 1, 1).contains(e.points.front())) << e.label;
        EXPECT_TRUE(to.rect.adjusted(-1, -1, 1, 1).contains(e.points.back())) << e.label;
    }
}

TEST(StateMachineLayout, labels_insideTheCanvas_clearOfBoxesAndOfEachOther) {
    const StateMachineLayout l;
    const auto& edges = l.edges();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        EXPECT_TRUE(l.canvas().contains(e.labelRect)) << e.label;
        for (const ui::StateBox& b : l.boxes())
            EXPECT_FALSE(e.labelRect.intersects(b.rect)) << e.label << " on " << name(b.state);
        if (e.kind == EdgeKind::NotTcp)
            continue; // drawn only when taken
        for (std::size_t j = i + 1; j < edges.size(); ++j) {
            const Edge& other = edges[j];
            if (other.kind == EdgeKind::NotTcp || other.labelRect == e.labelRect)
                continue; // the abort paths share one label per side
            EXPECT_FALSE(e.labelRect.intersects(other.labelRect))
                << e.label << " and " << other.label;
        }
    }
}

TEST(StateMachineLayout, stateAt_hitsBoxes_missesTheGaps) {
    const StateMachineLayout l;
    EXPECT_EQ(l.stateAt(boxOf(l, State::SynSent).rect.center()), State::SynSent);
    EXPECT_EQ(l.stateAt(boxOf(l, State::TimeWait).rect.center()), State::TimeWait);
    EXPECT_EQ(l.stateAt(l.boxes().back().rect.center()), State::Closed); // the bottom CLOSED
    EXPECT_EQ(l.stateAt(QPointF(1, 1)), std::nullopt);
}

TEST(StateMachineLayout, boxFor_closed_isTheBoxTheEdgeEndsIn) {
    const StateMachineLayout l;
    const int top = l.boxFor(State::Closed);
    const Edge* timeout = l.edgeFor(State::TimeWait, State::Closed, Rule::TimeWaitTimeout);
    const int bottom = l.boxFor(State::Closed, timeout);
    EXPECT_NE(top, bottom);
    EXPECT_GT(l.boxes()[static_cast<std::size_t>(bottom)].rect.y(),
              l.boxes()[static_cast<std::size_t>(top)].rect.y());
    const Edge* close = l.edgeFor(State::Listen, State::Closed, Rule::CloseCall);
    EXPECT_EQ(l.boxFor(State::Closed, close), top);
}

TEST(StateMachineLayout, path_runsThroughTheEndpoints) {
    const StateMachineLayout l;
    const Edge* e = l.edgeFor(State::Closed, State::SynSent, Rule::ActiveOpen);
    const QPainterPath p = e->path();
    EXPECT_EQ(p.pointAtPercent(0.0), e->points.front());
    EXPECT_EQ(p.pointAtPercent(1.0), e->points.back());
}

TEST(StateMachineLayout, labels_doNotSitOnOtherEdges) {
    const StateMachineLayout l;
    const auto crosses = [](const Edge& e, const QRectF& r) {
        for (std::size_t i = 0; i + 1 < e.points.size(); ++i) {
            const QPointF a = e.points[i];
            const QPointF b = e.points[i + 1];
            for (int step = 0; step <= 100; ++step)
                if (r.contains(a + (b - a) * (step / 100.0)))
                    return true;
        }
        return false;
    };
    for (const Edge& e : l.edges()) {
        for (const Edge& other : l.edges()) {
            if (&other == &e || other.kind == EdgeKind::NotTcp || e.kind == EdgeKind::NotTcp)
                continue;
            EXPECT_FALSE(crosses(other, e.labelRect))
                << "label " << e.label << " of " << name(e.from) << " -> " << name(e.to)
                << " lies on the edge " << name(other.from) << " -> " << name(other.to);
        }
    }
}

TEST(StateMachineLayout, takenLabel_namesTheRuleOnASharedAbortPath) {
    const StateMachineLayout l;
    const Edge* refused = l.edgeFor(State::SynSent, State::Closed, Rule::RstReceived);
    EXPECT_EQ(StateMachineLayout::takenLabel(*refused, Rule::RstReceived), "rcv RST / delete TCB");
    EXPECT_EQ(StateMachineLayout::takenLabel(*refused, Rule::RetransmissionLimit),
              "retries exhausted / delete TCB");
    const Edge* abort = l.edgeFor(State::Established, State::Closed, Rule::AbortCall);
    EXPECT_EQ(StateMachineLayout::takenLabel(*abort, Rule::AbortCall), "ABORT / snd RST");
    const Edge* lastAck = l.edgeFor(State::LastAck, State::Closed, Rule::AbortCall);
    EXPECT_EQ(StateMachineLayout::takenLabel(*lastAck, Rule::AbortCall), "ABORT / delete TCB");
    // A figure edge keeps its own words.
    const Edge* synAck = l.edgeFor(State::SynSent, State::Established, Rule::SynAckInSynSent);
    EXPECT_EQ(StateMachineLayout::takenLabel(*synAck, Rule::SynAckInSynSent), synAck->label);
    // Every rule's words fit the shared label.
    for (Rule r : {Rule::RstReceived, Rule::AbortCall, Rule::RetransmissionLimit,
                   Rule::KeepaliveTimeout, Rule::FinWait2Timeout, Rule::SynInSynchronized,
                   Rule::TimeWaitReopen, Rule::HostCrashed}) {
        const QSizeF need =
            StateMachineLayout::labelSize(StateMachineLayout::takenLabel(*abort, r));
        EXPECT_LE(need.width(), abort->labelRect.width());
        EXPECT_LE(need.height(), abort->labelRect.height());
    }
}
