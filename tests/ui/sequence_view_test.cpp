#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/sequence_view.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;
using ui::SequenceView;

namespace {

std::shared_ptr<const Trace> handshakeAndClose() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", 5);
    b.closeWhen(State::Established, "client", 100ms).closeWhen(State::CloseWait, "srv/1");
    return std::make_shared<const Trace>(simulate(b.build()));
}

// A view of the handshake, shown at a fixed size.
struct ShownView {
    SequenceView view;
    explicit ShownView(std::shared_ptr<const Trace> trace = handshakeAndClose()) {
        view.resize(800, 600);
        view.setTrace(std::move(trace));
        view.show();
    }
    QPoint at(QPointF logical) const { return view.mapFromLogical(logical).toPoint(); }
    QPoint middleOf(const ui::Arrow& a) const {
        return at({(a.from.x + a.to.x) / 2, (a.from.y + a.to.y) / 2});
    }
    const ui::Arrow& arrow(std::size_t i) const { return view.diagram().arrows.at(i); }
};

} // namespace

TEST(SequenceView, clickOnAnArrow_selectsIt_andEmitsSegmentClicked) {
    ShownView v;
    QSignalSpy clicked(&v.view, &SequenceView::segmentClicked);
    const ui::Arrow& synAck = v.arrow(1);
    QTest::mouseClick(v.view.viewport(), Qt::LeftButton, {}, v.middleOf(synAck));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<SegId>(), synAck.seg);
    EXPECT_EQ(v.view.selectedSegment(), synAck.seg);
}

TEST(SequenceView, clickOnEmptySpace_emitsTheTimeDrawnThere) {
    ShownView v;
    QSignalSpy times(&v.view, &SequenceView::timeClicked);
    QSignalSpy clicked(&v.view, &SequenceView::segmentClicked);
    const ui::Arrow& syn = v.arrow(0);
    // Right of the client's lane, level with the SYN's arrival.
    QTest::mouseClick(v.view.viewport(), Qt::LeftButton, {},
                      v.at({syn.from.x + 60, v.view.diagram().axis.y(51ms)}));
    EXPECT_EQ(clicked.count(), 0);
    ASSERT_EQ(times.count(), 1);
    EXPECT_LE(std::chrono::abs(times.at(0).at(0).value<Micros>() - 51ms), 1ms);
}

TEST(SequenceView, clickOnTheRuler_seeks_andOnTheHeader_doesNothing) {
    ShownView v;
    QSignalSpy times(&v.view, &SequenceView::timeClicked);
    const double y = v.view.mapFromLogical({0, v.view.diagram().axis.y(200ms)}).y();
    QTest::mouseClick(v.view.viewport(), Qt::LeftButton, {}, QPoint(5, static_cast<int>(y)));
    ASSERT_EQ(times.count(), 1);
    EXPECT_LE(std::chrono::abs(times.at(0).at(0).value<Micros>() - 200ms), 1ms);
    QTest::mouseClick(v.view.viewport(), Qt::LeftButton, {}, QPoint(400, 10));
    EXPECT_EQ(times.count(), 1);
}

TEST(SequenceView, keyD_onTheSelectedSegment_requestsItsDrop) {
    ShownView v;
    QSignalSpy drop(&v.view, &SequenceView::dropSegmentRequested);
    QSignalSpy delay(&v.view, &SequenceView::delaySegmentRequested);
    QSignalSpy duplicate(&v.view, &SequenceView::duplicateSegmentRequested);
    QTest::keyClick(&v.view, Qt::Key_D);
    EXPECT_EQ(drop.count(), 0); // nothing selected

    v.view.setSelectedSegment(2);
    QTest::keyClick(&v.view, Qt::Key_D);
    QTest::keyClick(&v.view, Qt::Key_L);
    QTest::keyClick(&v.view, Qt::Key_U);
    ASSERT_EQ(drop.count(), 1);
    EXPECT_EQ(drop.at(0).at(0).value<SegId>(), 2);
    ASSERT_EQ(delay.count(), 1);
    ASSERT_EQ(duplicate.count(), 1);
    EXPECT_EQ(duplicate.at(0).at(0).value<SegId>(), 2);
}

TEST(SequenceView, segmentMenu_offersTheThreeHandsOnActions) {
    ShownView v;
    QSignalSpy drop(&v.view, &SequenceView::dropSegmentRequested);
    QSignalSpy delay(&v.view, &SequenceView::delaySegmentRequested);
    const std::unique_ptr<QMenu> menu = v.view.segmentMenu(3);
    QStringList texts;
    for (QAction* a : menu->actions())
        texts << a->text();
    EXPECT_EQ(texts,
              (QStringList{"Drop this segment", "Delay this segment…", "Duplicate this segment"}));
    menu->actions().at(0)->trigger();
    menu->actions().at(1)->trigger();
    ASSERT_EQ(drop.count(), 1);
    EXPECT_EQ(drop.at(0).at(0).value<SegId>(), 3);
    ASSERT_EQ(delay.count(), 1);
    EXPECT_EQ(delay.at(0).at(0).value<SegId>(), 3);
}

TEST(SequenceView, zoom_scalesAndKeepsThePointUnderTheCursor) {
    ShownView v;
    const QPointF cursor(420, 330);
    const QPointF before = v.view.mapToLogical(cursor);
    v.view.setZoom(2.0, cursor);
    EXPECT_DOUBLE_EQ(v.view.zoom(), 2.0);
    const QPointF after = v.view.mapToLogical(cursor);
    EXPECT_NEAR(after.x(), before.x(), 1.0);
    EXPECT_NEAR(after.y(), before.y(), 1.0);

    // Ctrl+wheel zooms around the pointer too.
    QWheelEvent wheel(cursor, v.view.viewport()->mapToGlobal(cursor), {}, {0, 120}, Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(v.view.viewport(), &wheel);
    EXPECT_NEAR(v.view.zoom(), 2.4, 1e-9);
    EXPECT_NEAR(v.view.mapToLogical(cursor).y(), before.y(), 1.0);

    // Ctrl+Alt with 0, + and -: Ctrl alone sizes the window's text instead.
    const Qt::KeyboardModifiers zoomKeys = Qt::ControlModifier | Qt::AltModifier;
    QTest::keyClick(&v.view, Qt::Key_0, zoomKeys);
    EXPECT_DOUBLE_EQ(v.view.zoom(), 1.0);
    QTest::keyClick(&v.view, Qt::Key_Plus, zoomKeys);
    EXPECT_DOUBLE_EQ(v.view.zoom(), 1.25);
    QTest::keyClick(&v.view, Qt::Key_Minus, zoomKeys);
    EXPECT_DOUBLE_EQ(v.view.zoom(), 1.0);
    QTest::keyClick(&v.view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(v.view.zoom(), 1.0);
}

TEST(SequenceView, keys_scrollUpAndDown_butLeaveLeftAndRightToPlayback) {
    ShownView v;
    v.view.setZoom(3.0, {0, 0});
    QScrollBar* vertical = v.view.verticalScrollBar();
    QScrollBar* horizontal = v.view.horizontalScrollBar();
    ASSERT_GT(vertical->maximum(), 0);
    ASSERT_GT(horizontal->maximum(), 0);
    vertical->setValue(0);
    horizontal->setValue(0);
    QTest::keyClick(&v.view, Qt::Key_PageDown);
    EXPECT_EQ(vertical->value(), vertical->pageStep());
    QTest::keyClick(&v.view, Qt::Key_Up);
    EXPECT_EQ(vertical->value(), vertical->pageStep() - vertical->singleStep());

    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(&v.view, &right);
    EXPECT_FALSE(right.isAccepted());
    EXPECT_EQ(horizontal->value(), 0);
}

TEST(SequenceView, followPlayhead_scrollsTheTimeIntoView) {
    ShownView v;
    v.view.setZoom(4.0, {0, 0});
    v.view.verticalScrollBar()->setValue(0);
    v.view.setFollowPlayhead(true);
    v.view.setTime(400ms);
    const double y = v.view.mapFromLogical({0, v.view.diagram().axis.y(400ms)}).y();
    EXPECT_GT(v.view.verticalScrollBar()->value(), 0);
    EXPECT_GT(y, 0);
    EXPECT_LT(y, v.view.viewport()->height());
}

TEST(SequenceView, setOptions_laysOutAgain) {
    ShownView v;
    const double before = v.view.diagram().height;
    ui::SequenceOptions options;
    options.axis = ui::TimeAxisMode::EventRows;
    v.view.setOptions(options);
    EXPECT_EQ(v.view.diagram().axis.mode(), ui::TimeAxisMode::EventRows);
    EXPECT_NE(v.view.diagram().height, before);
    options.relativeSequenceNumbers = true;
    v.view.setOptions(options);
    EXPECT_EQ(v.view.diagram().arrows.at(0).label, "SYN seq=0");
}

TEST(SequenceView, toolTip_saysWhenTheSegmentWasSentAndArrived) {
    ShownView v;
    const QString tip = v.view.segmentToolTip(0);
    EXPECT_TRUE(tip.contains("SYN seq=100")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("sent 0.001 s, arrived 0.051 s")) << tip.toStdString();
}

TEST(SequenceView, withoutATrace_paintsAndIgnoresClicks) {
    SequenceView view;
    view.resize(300, 200);
    view.show();
    QSignalSpy clicked(&view, &SequenceView::segmentClicked);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(150, 150));
    view.grab();
    EXPECT_EQ(clicked.count(), 0);
    EXPECT_TRUE(view.diagram().arrows.empty());
}
