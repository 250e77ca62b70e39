#include "core/state.h"
#include "printers.h"

#include <gtest/gtest.h>

using core::State;

TEST(State, PrintsRfcSpelling) {
    EXPECT_EQ(core::toString(State::SynReceived), "SYN-RECEIVED");
    EXPECT_EQ(core::toString(State::TimeWait), "TIME-WAIT");
    EXPECT_EQ(core::toString(State::FinWait2), "FIN-WAIT-2");
}

TEST(State, ParsesRfcAndLinuxSpelling) {
    EXPECT_EQ(core::stateFromString("CLOSE-WAIT"), State::CloseWait);
    EXPECT_EQ(core::stateFromString("CLOSE_WAIT"), State::CloseWait);
    EXPECT_EQ(core::stateFromString("close-wait"), std::nullopt);
    for (State s : core::kAllStates)
        EXPECT_EQ(core::stateFromString(core::toString(s)), s);
}

TEST(State, SynchronizedStatesAreThoseAfterTheHandshake) {
    EXPECT_FALSE(core::isSynchronized(State::Closed));
    EXPECT_FALSE(core::isSynchronized(State::Listen));
    EXPECT_FALSE(core::isSynchronized(State::SynSent));
    EXPECT_FALSE(core::isSynchronized(State::SynReceived));
    EXPECT_TRUE(core::isSynchronized(State::Established));
    EXPECT_TRUE(core::isSynchronized(State::TimeWait));
}

TEST(State, DiagramEdgesAreAllowedAndShortcutsAreNot) {
    EXPECT_TRUE(core::isAllowedTransition(State::Closed, State::SynSent));
    EXPECT_TRUE(core::isAllowedTransition(State::SynReceived, State::Listen));
    EXPECT_TRUE(core::isAllowedTransition(State::FinWait1, State::Closing));
    EXPECT_TRUE(core::isAllowedTransition(State::Established, State::Closed));
    EXPECT_FALSE(core::isAllowedTransition(State::Closed, State::Established));
    EXPECT_FALSE(core::isAllowedTransition(State::Listen, State::Established));
    EXPECT_FALSE(core::isAllowedTransition(State::TimeWait, State::Established));
    EXPECT_FALSE(core::isAllowedTransition(State::Closed, State::Closed));
}
