#include "core/scenario_edit.h"
#include "core/simulate.h"
#include "qt_printers.h"
#include "scenario_builder.h"
#include "trace_queries.h"
#include "ui/edit_list.h"
#include "ui/edit_text.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;

namespace {

// client:49152 (ISN 100) connects at 100 ms to server:80 (ISN 300), 50 ms
// apart, and sends 5 bytes at 2 s.
Scenario connection() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    return b.build();
}

struct Edited {
    Scenario scenario;
    std::shared_ptr<const Trace> trace;
};

Edited edited(Scenario s) {
    auto trace = std::make_shared<const Trace>(simulate(s));
    return {std::move(s), std::move(trace)};
}

// One edit of each kind, made in this order.
Edited fiveEdits() {
    Scenario s = connection();
    const Trace before = simulate(s);
    s = dropSegment(s, before, 1); // the SYN-ACK
    s = changeLink(s, 2s, "client", "server", {200ms, 0ms, 0.1});
    s = crashHost(s, 5s, "server");
    AppAction close;
    close.socket = "client";
    close.call = AppCall::Close;
    s = appCall(s, 4s, close);
    const Trace after = simulate(s);
    s = injectSegment(
        s, 3s,
        rstInto(after, s, 3s, testsupport::connNamed(after, "srv/1"), RstSender::OffPath, {}));
    return edited(std::move(s));
}

TEST(EditList, noEdits_showsTheEmptyStateText) {
    ui::EditList list;
    const Edited e = edited(connection());
    list.setScenario(e.scenario, e.trace);
    EXPECT_EQ(list.count(), 0);
    const auto* stack = list.findChild<QStackedWidget*>();
    const auto* shown = qobject_cast<const QLabel*>(stack->currentWidget());
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->text(), "No edits yet. Drop a segment, change a link or inject a RST to see "
                             "what TCP does.");
}

TEST(EditList, fiveEdits_showFiveRowsWithTheirTextsInOrder) {
    ui::EditList list;
    const Edited e = fiveEdits();
    list.setScenario(e.scenario, e.trace);
    ASSERT_EQ(list.count(), 5);
    EXPECT_EQ(list.text(0), "At 0.150 s: drop segment #1 (SYN, ACK seq=300 ack=101)");
    EXPECT_EQ(list.text(1), "From 2.000 s: client → server delay 200 ms, jitter 0 ms, loss 10 %");
    EXPECT_EQ(list.text(2), "At 5.000 s: crash server");
    EXPECT_EQ(list.text(3), "At 4.000 s: client: close()");
    EXPECT_EQ(list.text(4), "At 3.000 s: inject RST seq=106 from attacker (spoofing "
                            "client:49152) into server:80");
    for (int row = 0; row < 5; ++row)
        EXPECT_EQ(list.editNumber(row), row + 1);
    const auto* stack = list.findChild<QStackedWidget*>();
    EXPECT_EQ(stack->currentWidget(), list.listWidget());
}

TEST(EditList, selectingARow_emitsItsEditNumberOnce) {
    ui::EditList list;
    const Edited e = fiveEdits();
    list.setScenario(e.scenario, e.trace);
    QSignalSpy selected(&list, &ui::EditList::editSelected);
    list.listWidget()->setCurrentRow(2);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toInt(), 3);
}

TEST(EditList, deleteKey_requestsRemovingTheSelectedEdit) {
    ui::EditList list;
    const Edited e = fiveEdits();
    list.setScenario(e.scenario, e.trace);
    list.listWidget()->setCurrentRow(1);
    QSignalSpy remove(&list, &ui::EditList::removeEditRequested);
    QTest::keyClick(list.listWidget(), Qt::Key_Delete);
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(remove.at(0).at(0).toInt(), 2);
}

TEST(EditList, contextMenuAction_requestsRemovingTheSelectedEdit) {
    ui::EditList list;
    const Edited e = fiveEdits();
    list.setScenario(e.scenario, e.trace);
    QSignalSpy remove(&list, &ui::EditList::removeEditRequested);
    ASSERT_EQ(list.listWidget()->actions().size(), 1);
    QAction* action = list.listWidget()->actions().at(0);
    EXPECT_EQ(action->text(), "Remove this edit");
    EXPECT_FALSE(action->isEnabled()) << "nothing is selected";
    list.listWidget()->setCurrentRow(4);
    action->trigger();
    ASSERT_EQ(remove.count(), 1);
    EXPECT_EQ(remove.at(0).at(0).toInt(), 5);
}

TEST(EditList, newScenario_keepsTheSelectionAndEmitsNothing) {
    ui::EditList list;
    const Edited e = fiveEdits();
    list.setScenario(e.scenario, e.trace);
    list.listWidget()->setCurrentRow(3);
    QSignalSpy selected(&list, &ui::EditList::editSelected);
    const Edited fewer = edited(withoutEdit(e.scenario, 1));
    list.setScenario(fewer.scenario, fewer.trace);
    EXPECT_EQ(list.count(), 4);
    EXPECT_EQ(selected.count(), 0);
    EXPECT_EQ(list.listWidget()->currentRow(), 3) << "edit 4 is the 4th row again, numbered 3";
    EXPECT_EQ(list.text(2), "At 4.000 s: client: close()");
}

TEST(EditText, segmentEditsAndCalls_readAsSentences) {
    Scenario s = connection();
    s = duplicateSegment(s, simulate(s), 0, 20ms);
    s = delaySegment(s, simulate(s), 3, 1500ms);
    AppAction send;
    send.socket = "client";
    send.call = AppCall::Send;
    send.text = "hello";
    s = appCall(s, 1s, send);
    AppAction connect;
    connect.socket = "client";
    connect.call = AppCall::Connect;
    connect.peerHost = "server";
    connect.peerPort = 8080;
    s = appCall(s, 1250500us, connect);
    const Trace after = simulate(s);
    const auto edits = labEdits(s);
    EXPECT_EQ(ui::EditText::describe(s, after, edits[0]),
              "At 0.100 s: duplicate segment #0 (SYN seq=100), the copy 20 ms later");
    EXPECT_EQ(ui::EditText::describe(s, after, edits[1]),
              "At 0.170 s: delay segment #3 (ACK seq=301 ack=101) by 1500 ms");
    EXPECT_EQ(ui::EditText::describe(s, after, edits[2]), "At 1.000 s: client: send(\"hello\")");
    EXPECT_EQ(ui::EditText::describe(s, after, edits[3]),
              "At 1.250500 s: client: connect(server:8080)");
    EXPECT_EQ(ui::EditText::describe(s, after, edits[0], true),
              "At 0.100 s: duplicate segment #0 (SYN seq=0), the copy 20 ms later");
}

TEST(EditText, durationsAndPercentages_useTheLargestExactUnit) {
    EXPECT_EQ(ui::EditText::duration(0us), "0 ms");
    EXPECT_EQ(ui::EditText::duration(2s), "2 s");
    EXPECT_EQ(ui::EditText::duration(1500ms), "1500 ms");
    EXPECT_EQ(ui::EditText::duration(7us), "7 µs");
    EXPECT_EQ(ui::EditText::percent(0.125), "12.5 %");
    EXPECT_EQ(ui::EditText::time(2s), "2.000 s");
}

} // namespace
