#include "ui/state_machine_view.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using core::Rule;
using core::State;
using ui::EndpointStatus;
using ui::StateMachineView;

namespace {

const QColor kBlue(31, 119, 180);
const QColor kOrange(230, 120, 20);

EndpointStatus endpoint(const char* name, QColor color, State state, State from, Rule rule) {
    return {QString::fromLatin1(name), color, state, ui::StateTransition{0, from, state, rule, 3}};
}

QPointF centreOf(const StateMachineView& view, State s) {
    const auto& l = view.layout();
    return view.canvasToWidget().map(
        l.boxes()[static_cast<std::size_t>(l.boxFor(s))].rect.center());
}

// A point inside the box of `s`, `fraction` of the way across, near its top
// edge (clear of the state name and the chips).
QPoint insideBox(const StateMachineView& view, State s, double fraction) {
    const auto& l = view.layout();
    const QRectF box = l.boxes()[static_cast<std::size_t>(l.boxFor(s))].rect;
    const QPointF logical(box.left() + box.width() * fraction, box.top() + 6);
    return view.canvasToWidget().map(logical).toPoint();
}

// Whether `actual` is `color` blended over `base` (by any amount up to 60 %).
bool tintedWith(QColor actual, QColor color, QColor base) {
    const double t = (actual.redF() - base.redF()) / (color.redF() - base.redF());
    if (t < 0.1 || t > 0.6)
        return false;
    const auto near = [&](double a, double b, double c) {
        return std::abs(a - (b + (c - b) * t)) < 0.06;
    };
    return near(actual.greenF(), base.greenF(), color.greenF()) &&
           near(actual.blueF(), base.blueF(), color.blueF());
}

} // namespace

TEST(StateMachineView, clickOnAState_emitsStateClicked) {
    StateMachineView view;
    view.resize(600, 620);
    QSignalSpy spy(&view, &StateMachineView::stateClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, centreOf(view, State::TimeWait).toPoint());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<State>(), State::TimeWait);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 300)); // no state there
    EXPECT_EQ(spy.count(), 1);
}

TEST(StateMachineView, litState_isFilledInTheEndpointsColour_sharedStateInBoth) {
    StateMachineView view;
    view.resize(800, 826);
    view.setEndpoints(
        {endpoint("client:49152", kBlue, State::SynSent, State::Closed, Rule::ActiveOpen),
         endpoint("server:80", kOrange, State::Listen, State::Closed, Rule::PassiveOpen)});
    QImage image = view.grab().toImage();
    const QColor base = view.palette().color(QPalette::Base);
    EXPECT_TRUE(tintedWith(image.pixelColor(insideBox(view, State::SynSent, 0.5)), kBlue, base));
    EXPECT_TRUE(tintedWith(image.pixelColor(insideBox(view, State::Listen, 0.5)), kOrange, base));
    EXPECT_FALSE(
        tintedWith(image.pixelColor(insideBox(view, State::Established, 0.5)), kBlue, base));

    view.setEndpoints(
        {endpoint("client:49152", kBlue, State::Established, State::SynSent, Rule::SynAckInSynSent),
         endpoint("server:80", kOrange, State::Established, State::SynReceived,
                  Rule::AckInSynReceived)});
    image = view.grab().toImage();
    EXPECT_TRUE(
        tintedWith(image.pixelColor(insideBox(view, State::Established, 0.25)), kBlue, base));
    EXPECT_TRUE(
        tintedWith(image.pixelColor(insideBox(view, State::Established, 0.75)), kOrange, base));
}

TEST(StateMachineView, darkPalette_paintsTheBackgroundInIt) {
    StateMachineView view;
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::Text, QColor(225, 225, 225));
    view.setPalette(dark);
    view.resize(400, 420);
    const QImage image = view.grab().toImage();
    EXPECT_EQ(image.pixelColor(1, 1), QColor(30, 30, 32));
}

TEST(StateMachineView, explanation_isTheRfcDefinition) {
    EXPECT_EQ(StateMachineView::explanation(State::SynSent),
              QStringLiteral("waiting for a matching connection request after having sent a "
                             "connection request"));
    for (State s : core::kAllStates)
        EXPECT_FALSE(StateMachineView::explanation(s).isEmpty()) << core::toString(s);
}

TEST(StateMachineView, fontScale_isClamped) {
    StateMachineView view;
    view.setFontScale(1.5);
    EXPECT_DOUBLE_EQ(view.fontScale(), 1.5);
    view.setFontScale(100.0);
    EXPECT_DOUBLE_EQ(view.fontScale(), 3.0);
}
