#include "core/scenario_edit.h"
#include "core/simulate.h"
#include "qt_printers.h"
#include "scenario_builder.h"
#include "ui/inject_dialog.h"
#include "ui/lab_app_editor.h"
#include "ui/lab_link_editor.h"
#include "ui/lab_panel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;

namespace {

// client connects at 100 ms to server:80 over 50 ms links, loss 12.5 % each
// way from the server; srv/1 is accepted at 250 ms.
Scenario connection() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.link("server", "client", 50ms, 0ms, 0.125);
    b.connectAt(100ms, "client", "server", 80).sendAt(2s, "client", 5).end(10s);
    return b.build();
}

struct Request {
    QString from;
    QString to;
    LinkParams params;
};

// A panel showing `scenario` at `now`, recording every request it makes.
struct Fixture {
    explicit Fixture(const Scenario& s, Micros now = 1s) : scenario(s) {
        QObject::connect(&panel, &ui::LabPanel::linkChangeRequested,
                         [this](const QString& f, const QString& t, const LinkParams& p) {
                             links.push_back({f, t, p});
                         });
        QObject::connect(&panel, &ui::LabPanel::appCallRequested,
                         [this](const AppAction& a) { calls.push_back(a); });
        QObject::connect(&panel, &ui::LabPanel::injectRequested,
                         [this](const InjectSpec& i) { injects.push_back(i); });
        panel.setContext(scenario, std::make_shared<const Trace>(simulate(scenario)), now);
    }
    ui::LabLinkEditor* editor(const QString& from) const {
        for (ui::LabLinkEditor* e : panel.linkEditors())
            if (e->from() == from)
                return e;
        return nullptr;
    }

    Scenario scenario;
    ui::LabPanel panel;
    std::vector<Request> links;
    std::vector<AppAction> calls;
    std::vector<InjectSpec> injects;
};

TEST(LabPanel, links_oneEditorPerDirectionShowingTheValuesInForce) {
    Fixture f(changeLink(connection(), 500ms, "client", "server", {300ms, 20ms, 0.5}));
    ASSERT_EQ(f.panel.linkEditors().size(), 2u);
    EXPECT_EQ(f.panel.linkEditors()[0]->to(), "server");
    ui::LabLinkEditor* up = f.editor("client");
    EXPECT_EQ(up->delaySlider()->value(), 300);
    EXPECT_EQ(up->delaySpinBox()->value(), 300);
    EXPECT_EQ(up->jitterSlider()->value(), 20);
    EXPECT_EQ(up->lossSlider()->value(), 50);
    EXPECT_EQ(f.editor("server")->lossSlider()->value(), 13);
    EXPECT_TRUE(f.links.empty()) << "showing a context asks for nothing";
}

TEST(LabPanel, sliderDraggedAndReleased_requestsOneChangeWithTheSliderValues) {
    Fixture f(connection());
    QSlider* delay = f.editor("client")->delaySlider();
    delay->setSliderDown(true);
    for (int v : {60, 120, 250, 300})
        delay->setSliderPosition(v);
    EXPECT_TRUE(f.links.empty()) << "nothing while dragging";
    EXPECT_EQ(f.editor("client")->delaySpinBox()->value(), 300) << "the number follows";
    delay->setSliderDown(false);
    ASSERT_EQ(f.links.size(), 1u);
    EXPECT_EQ(f.links[0].from, "client");
    EXPECT_EQ(f.links[0].to, "server");
    EXPECT_EQ(f.links[0].params.delay, 300ms);
    EXPECT_EQ(f.links[0].params.jitter, 0ms);
    EXPECT_EQ(f.links[0].params.loss, 0.0);
}

TEST(LabPanel, sliderDraggedWithTheMouse_requestsOnceOnRelease) {
    Fixture f(connection());
    QSlider* jitter = f.editor("client")->jitterSlider();
    jitter->resize(200, 20);
    const int y = jitter->height() / 2;
    QTest::mousePress(jitter, Qt::LeftButton, {}, QPoint(2, y));
    for (int x : {40, 80, 120})
        QTest::mouseMove(jitter, QPoint(x, y));
    EXPECT_TRUE(f.links.empty());
    QTest::mouseRelease(jitter, Qt::LeftButton, {}, QPoint(120, y));
    ASSERT_EQ(f.links.size(), 1u);
    EXPECT_EQ(f.links[0].params.jitter, jitter->value() * 1ms);
    EXPECT_GT(jitter->value(), 0);
}

TEST(LabPanel, sliderReleasedWhereItStarted_requestsNothing) {
    Fixture f(connection());
    QSlider* delay = f.editor("client")->delaySlider();
    delay->setSliderDown(true);
    delay->setSliderPosition(400);
    delay->setSliderPosition(50);
    delay->setSliderDown(false);
    EXPECT_TRUE(f.links.empty());
}

TEST(LabPanel, spinBoxEnter_requestsOnceAndKeepsTheOtherValuesExact) {
    Fixture f(connection());
    QSpinBox* delay = f.editor("server")->delaySpinBox();
    delay->selectAll();
    QTest::keyClicks(delay, "250");
    EXPECT_TRUE(f.links.empty()) << "typing is not yet a change";
    QTest::keyClick(delay, Qt::Key_Return);
    ASSERT_EQ(f.links.size(), 1u);
    EXPECT_EQ(f.links[0].params.delay, 250ms);
    EXPECT_EQ(f.links[0].params.loss, 0.125) << "not rounded to the slider's 13 %";
}

TEST(LabPanel, crashButton_requestsACrashAndTheButtonsFollowTheHostState) {
    Fixture f(connection());
    QSignalSpy crash(&f.panel, &ui::LabPanel::crashRequested);
    ASSERT_NE(f.panel.crashButton("server"), nullptr);
    EXPECT_FALSE(f.panel.restartButton("server")->isEnabled());
    f.panel.crashButton("server")->click();
    ASSERT_EQ(crash.count(), 1);
    EXPECT_EQ(crash.at(0).at(0).toString(), "server");

    const Scenario crashed = crashHost(f.scenario, 1s, "server");
    f.panel.setContext(crashed, std::make_shared<const Trace>(simulate(crashed)), 1s);
    EXPECT_FALSE(f.panel.crashButton("server")->isEnabled());
    EXPECT_TRUE(f.panel.restartButton("server")->isEnabled());
    QSignalSpy restart(&f.panel, &ui::LabPanel::restartRequested);
    f.panel.restartButton("server")->click();
    ASSERT_EQ(restart.count(), 1);
    EXPECT_EQ(restart.at(0).at(0).toString(), "server");
}

TEST(LabPanel, appCall_requestsTheCallOnTheChosenSocket) {
    Fixture f(connection());
    ui::LabAppEditor* app = f.panel.appEditor();
    QComboBox* sockets = app->socketBox();
    ASSERT_EQ(sockets->count(), 3);
    EXPECT_EQ(sockets->itemText(2), "srv/1 (ESTABLISHED)");
    sockets->setCurrentIndex(2);
    EXPECT_FALSE(app->button(AppCall::Listen)->isEnabled()) << "an accepted connection";
    app->button(AppCall::Close)->click();
    ASSERT_EQ(f.calls.size(), 1u);
    EXPECT_EQ(f.calls[0].socket, "srv/1");
    EXPECT_EQ(f.calls[0].call, AppCall::Close);

    app->textEdit()->setText("bye");
    app->button(AppCall::Send)->click();
    ASSERT_EQ(f.calls.size(), 2u);
    EXPECT_EQ(f.calls[1].call, AppCall::Send);
    EXPECT_EQ(f.calls[1].text, "bye");
}

TEST(LabPanel, connect_requestsTheHostAndPortShown) {
    Fixture f(connection(), 0s);
    ui::LabAppEditor* app = f.panel.appEditor();
    EXPECT_EQ(app->socketBox()->count(), 2) << "nothing accepted yet";
    app->socketBox()->setCurrentIndex(0);
    EXPECT_EQ(app->peerHostBox()->currentText(), "server") << "the socket that listens";
    EXPECT_EQ(app->peerPortBox()->value(), 80);
    app->peerPortBox()->setValue(8080);
    app->button(AppCall::Connect)->click();
    ASSERT_EQ(f.calls.size(), 1u);
    EXPECT_EQ(f.calls[0].socket, "client");
    EXPECT_EQ(f.calls[0].call, AppCall::Connect);
    EXPECT_EQ(f.calls[0].peerHost, "server");
    EXPECT_EQ(f.calls[0].peerPort, 8080);
}

TEST(LabPanel, injectDialog_opensForNowAndItsInjectReachesThePanel) {
    Fixture f(connection());
    ASSERT_TRUE(f.panel.injectButton()->isEnabled());
    ui::InjectDialog* dialog = f.panel.openInjectDialog();
    ASSERT_EQ(dialog->targets().size(), 2u);
    dialog->injectButton()->click();
    ASSERT_EQ(f.injects.size(), 1u);
    EXPECT_EQ(f.injects[0].flags, Flags(Flag::Rst));
    EXPECT_EQ(f.injects[0].from, "attacker");
}

TEST(LabPanel, noOpenConnection_disablesInject) {
    Fixture f(connection(), 50ms);
    EXPECT_FALSE(f.panel.injectButton()->isEnabled());
}

} // namespace
