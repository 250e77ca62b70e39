#include "panels_test_support.h"
#include "ui/narration_panel.h"

#include <QTextBrowser>
#include <gtest/gtest.h>

using ui::NarrationPanel;

TEST(NarrationPanel, withoutTrace_showsNothing) {
    NarrationPanel panel;
    EXPECT_TRUE(panel.plainText().isEmpty());
    panel.setEventIndex(3); // no trace: nothing to narrate, no crash
    EXPECT_TRUE(panel.plainText().isEmpty());
}

TEST(NarrationPanel, setTrace_showsTheIntroduction_titleInBold) {
    NarrationPanel panel;
    panel.setTrace(panels_test::builtInTrace("default"));
    EXPECT_EQ(panel.eventIndex(), -1);
    EXPECT_TRUE(panel.plainText().contains(panel.narration().title));
    EXPECT_TRUE(panel.html().contains(QStringLiteral("font-weight:700")) ||
                panel.html().contains(QStringLiteral("font-weight:600")))
        << panel.html().toStdString();
    EXPECT_TRUE(panel.plainText().contains(QStringLiteral("RFC 9293")));
    // An endpoint never breaks at its colon.
    EXPECT_TRUE(panel.plainText().contains(QStringLiteral("server:\u206080")));
}

TEST(NarrationPanel, setEventIndex_showsThatEvent_andSkipsWorkWhenUnchanged) {
    NarrationPanel panel;
    panel.setTrace(panels_test::builtInTrace("default"));
    panel.setEventIndex(4);
    EXPECT_EQ(panel.narration(), ui::narrate(*panels_test::builtInTrace("default"), 4));
    EXPECT_TRUE(panel.plainText().contains(QStringLiteral("SYN\u2011SENT"))); // never broken
    EXPECT_TRUE(panel.plainText().contains(QStringLiteral("ISN) 100")))
        << panel.plainText().toStdString();
    const int renders = panel.renderCount();
    for (int frame = 0; frame < 10; ++frame)
        panel.setEventIndex(4);
    EXPECT_EQ(panel.renderCount(), renders);
    panel.setEventIndex(5);
    EXPECT_EQ(panel.renderCount(), renders + 1);
}

TEST(NarrationPanel, setFontScale_enlargesTheText) {
    NarrationPanel panel;
    panel.setTrace(panels_test::builtInTrace("default"));
    auto* text = panel.findChild<QTextBrowser*>();
    ASSERT_NE(text, nullptr);
    const double before = text->font().pointSizeF();
    panel.setFontScale(2.0);
    EXPECT_DOUBLE_EQ(panel.fontScale(), 2.0);
    EXPECT_NEAR(text->font().pointSizeF(), 2.0 * before, 0.01);
}
