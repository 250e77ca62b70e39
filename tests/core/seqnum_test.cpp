#include "core/seqnum.h"
#include "printers.h"

#include <gtest/gtest.h>

using core::SeqNum;

TEST(SeqNum, ComparisonWrapsAroundTwoToThe32) {
    const SeqNum beforeWrap(0xFFFFFFF0u);
    const SeqNum afterWrap = beforeWrap + 0x20u;
    EXPECT_EQ(afterWrap.value(), 0x10u);
    EXPECT_LT(beforeWrap, afterWrap);
    EXPECT_GT(afterWrap, beforeWrap);
    EXPECT_EQ(afterWrap - beforeWrap, 0x20);
    EXPECT_EQ(beforeWrap - afterWrap, -0x20);
}

TEST(SeqNum, InWindowCountsFromLeftEdge) {
    const SeqNum left(0xFFFFFFFEu);
    EXPECT_TRUE(core::inWindow(left, left, 4));
    EXPECT_TRUE(core::inWindow(left + 3u, left, 4));
    EXPECT_FALSE(core::inWindow(left + 4u, left, 4));
    EXPECT_FALSE(core::inWindow(left - 1u, left, 4));
    EXPECT_FALSE(core::inWindow(left, left, 0));
}
