#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/diagram_theme.h"
#include "ui/sequence_painter.h"
#include "ui/sequence_painter_parts.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace core;
using testsupport::ScenarioBuilder;
using ui::SequenceDiagram;
using ui::SequencePainter;
using ui::SequencePaintOptions;

namespace {

// The client connects at 1 ms, sends 5 bytes and closes; the server closes
// when the client's FIN arrives. 50 ms each way.
Trace handshakeAndClose() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", 5);
    b.closeWhen(State::Established, "client", 100ms).closeWhen(State::CloseWait, "srv/1");
    return simulate(b.build());
}

// The client's first SYN is dropped half-way; the retransmission gets through.
Trace lostSyn() {
    ScenarioBuilder b = ScenarioBuilder::clientServer();
    b.connectAt(0ms, "client", "server", 80);
    b.fault(testsupport::dropFault(testsupport::matchFrom("client", Flag::Syn, 1)));
    return simulate(b.build());
}

// The whole diagram at one image pixel per logical pixel.
struct Rendered {
    QImage image;
    QPointF origin;
    QColor at(QPointF logical) const {
        const QPointF p = logical - origin;
        return image.pixelColor(static_cast<int>(std::floor(p.x())),
                                static_cast<int>(std::floor(p.y())));
    }
};

Rendered render(const SequencePainter& painter, const SequencePaintOptions& options = {}) {
    const QRectF b = painter.bounds();
    QImage image(b.size().toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter p(&image);
    p.translate(-b.topLeft());
    painter.paint(p, options);
    p.end();
    return {image, b.topLeft()};
}

int distance(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

const ui::Arrow& arrowWithLabel(const SequenceDiagram& d, const std::string& label) {
    const auto it = std::find_if(d.arrows.begin(), d.arrows.end(),
                                 [&](const ui::Arrow& a) { return a.label == label; });
    EXPECT_NE(it, d.arrows.end()) << label;
    return *it;
}

QPointF middle(const ui::Arrow& a) {
    return {(a.from.x + a.to.x) / 2, (a.from.y + a.to.y) / 2};
}

} // namespace

TEST(SpanIndex, query_listsEachCrossingItemOnce_inOrder) {
    const ui::SpanIndex index({{0, 10}, {500, 520}, {30, 2000}, {700, 650}, {5000, 5000}}, 100.0);
    EXPECT_EQ(index.query(600, 800), (std::vector<int>{2, 3}));
    EXPECT_EQ(index.query(0, 5), (std::vector<int>{0}));
    EXPECT_EQ(index.query(515, 5000), (std::vector<int>{1, 2, 3, 4}));
    EXPECT_TRUE(index.query(2100, 4900).empty());
    EXPECT_TRUE(ui::SpanIndex().query(0, 100).empty());
}

TEST(PaintText, durationsAndTimes_readAsPeopleSayThem) {
    using namespace ui::paint_detail;
    EXPECT_EQ(durationText(239950ms), "239.95 s");
    EXPECT_EQ(durationText(60s), "60 s");
    EXPECT_EQ(durationText(350ms), "350 ms");
    EXPECT_EQ(durationText(1500us), "1.5 ms");
    EXPECT_EQ(durationText(120us), "120 µs");
    EXPECT_EQ(decimalsFor(50ms), 2);
    EXPECT_EQ(decimalsFor(2s), 0);
    EXPECT_EQ(decimalsFor(1250us), 5); // 0.00125 s
    EXPECT_EQ(secondsText(1250ms, 3), "1.250 s");
}

TEST(DiagramTheme, forPalette_followsTheWindowLightness) {
    QPalette darkPalette;
    darkPalette.setColor(QPalette::Window, QColor(0x202020));
    QPalette lightPalette;
    lightPalette.setColor(QPalette::Window, QColor(0xf0f0f0));
    EXPECT_EQ(ui::DiagramTheme::forPalette(darkPalette).background,
              ui::DiagramTheme::dark().background);
    EXPECT_EQ(ui::DiagramTheme::forPalette(lightPalette).background,
              ui::DiagramTheme::light().background);
}

TEST(DiagramTheme, endpoints_areDistinctAndRepeat) {
    const ui::DiagramTheme t = ui::DiagramTheme::light();
    for (int i = 0; i < 6; ++i)
        for (int j = i + 1; j < 6; ++j)
            EXPECT_GT(distance(t.endpoint(i), t.endpoint(j)), 80) << i << " " << j;
    EXPECT_EQ(t.endpoint(static_cast<int>(t.endpoints.size())), t.endpoint(0));
    EXPECT_EQ(t.stateFill(State::SynSent), t.stateFill(State::SynReceived));
    EXPECT_NE(t.stateFill(State::Established), t.stateFill(State::TimeWait));
    EXPECT_FALSE(ui::DiagramTheme::print().fills);
    EXPECT_EQ(ui::DiagramTheme::print().stateFill(State::Established).alpha(), 0);
}

TEST(SequencePainter, bounds_holdHeaderAboveAndRulerLeftOfTheLanes) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const SequencePainter painter(d, ui::DiagramTheme::light(), &trace);
    EXPECT_LE(painter.bounds().top(), -painter.headerHeight());
    EXPECT_LT(painter.bounds().left(), d.lifelines.front().x - painter.rulerWidth());
    EXPECT_GT(painter.bounds().right(), d.lifelines.back().x);
    EXPECT_GE(painter.bounds().bottom(), d.height);
}

TEST(SequencePainter, lostArrow_endsInTheLostColouredCross) {
    const Trace trace = lostSyn();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const Rendered r = render(SequencePainter(d, theme, &trace));
    const ui::Arrow& lost = d.arrows[0];
    ASSERT_TRUE(lost.lost);
    const QPointF centre(lost.to.x, lost.to.y);
    EXPECT_LT(distance(r.at(centre), theme.lost), 60);
    // The arms of the cross reach out diagonally; further on, nothing.
    EXPECT_LT(distance(r.at(centre + QPointF(4, -4)), theme.lost), 120);
    const QPointF way = centre - QPointF(lost.from.x, lost.from.y);
    EXPECT_EQ(r.at(centre + way * (20.0 / std::hypot(way.x(), way.y()))), theme.background);
}

TEST(SequencePainter, headerShowsAChipPerLifelineInItsColour) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const SequencePainter painter(d, theme, &trace);
    const Rendered r = render(painter);
    const double chipTop = painter.bounds().top() + 6.0;
    for (std::size_t i = 0; i < d.lifelines.size(); ++i) {
        const double x = d.lifelines[i].x;
        EXPECT_EQ(r.at({x, chipTop + 2}), theme.endpoint(static_cast<int>(i))) << i;
        // The label is written on the chip in the chip's text colour.
        int textPixels = 0;
        for (double dx = -30; dx <= 30; ++dx)
            for (double dy = 4; dy < 20; ++dy)
                textPixels += distance(r.at({x + dx, chipTop + dy}), theme.chipText) < 60;
        EXPECT_GT(textPixels, 40) << i;
    }
}

TEST(SequencePainter, beforeASegmentIsSent_itsArrowIsHidden_orGhosted) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const SequencePainter painter(d, theme, &trace);
    const ui::Arrow& synAck = arrowWithLabel(d, "SYN, ACK seq=300 ack=101");
    const QPointF mid = middle(synAck);

    const QColor finished = render(painter).at(mid);
    EXPECT_GT(distance(finished, theme.background), 200);

    SequencePaintOptions before;
    before.time = 10ms; // the SYN is on its way, the SYN-ACK not sent yet
    before.showFuture = false;
    EXPECT_EQ(render(painter, before).at(mid), theme.background);

    before.showFuture = true;
    const QColor ghost = render(painter, before).at(mid);
    EXPECT_GT(distance(ghost, theme.background), 10);
    EXPECT_GT(distance(ghost, finished), 100);
}

TEST(SequencePainter, inFlight_segmentTravelsAlongItsArrow) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const SequencePainter painter(d, theme, &trace);
    const ui::Arrow& syn = d.arrows[0];
    SequencePaintOptions o;
    o.time = 26ms; // half-way: sent at 1 ms, arrives at 51 ms
    o.layers.labels = false;
    const Rendered r = render(painter, o);
    EXPECT_EQ(r.at(middle(syn)), theme.arrow); // the packet dot
    const QPointF nearArrival(syn.to.x + (syn.from.x - syn.to.x) * 0.2,
                              syn.to.y + (syn.from.y - syn.to.y) * 0.2);
    EXPECT_EQ(r.at(nearArrival), theme.background); // not drawn there yet
}

TEST(SequencePainter, playhead_showsItsTimeInTheRuler) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const SequencePainter painter(d, theme, &trace);
    SequencePaintOptions o;
    o.time = 75ms;
    const Rendered r = render(painter, o);
    const double y = d.axis.y(75ms);
    EXPECT_EQ(r.at({painter.bounds().left() + 8, y}), theme.playhead);
    // Between the lanes, where no arrow passes at that moment, the line itself.
    int playheadPixels = 0;
    for (double x = d.lifelines[0].x + 20; x < d.lifelines[1].x - 20; ++x)
        playheadPixels += distance(r.at({x, y}), theme.playhead) < 150;
    EXPECT_GT(playheadPixels, 100);
}

TEST(SequencePainter, stateBand_isDrawnUpToThePlayheadOnly_andFollowsItsLayer) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::DiagramTheme theme = ui::DiagramTheme::light();
    const SequencePainter painter(d, theme, &trace);
    const auto band = std::find_if(d.bands.begin(), d.bands.end(), [](const ui::StateBand& b) {
        return b.state == State::Established && b.y1 - b.y0 > 100;
    });
    ASSERT_NE(band, d.bands.end());
    const double x = d.lifelines[static_cast<std::size_t>(band->lane)].x + 3;
    const double yMid = (band->y0 + band->y1) / 2;
    SequencePaintOptions o;
    o.time = d.axis.timeAt(yMid);
    const Rendered r = render(painter, o);
    EXPECT_EQ(r.at({x, yMid - 20}), theme.stateFill(State::Established));
    EXPECT_EQ(r.at({x, yMid + 20}), theme.background);

    o.layers.stateBands = false;
    EXPECT_EQ(render(painter, o).at({x, yMid - 20}), theme.background);
}

TEST(SequencePainter, printTheme_outlinesBandsWithoutFill) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const SequencePainter painter(d, ui::DiagramTheme::print(), &trace);
    const Rendered r = render(painter);
    const ui::StateBand& band = d.bands.front();
    const double x = d.lifelines[static_cast<std::size_t>(band.lane)].x + 3;
    EXPECT_EQ(r.at({x, (band.y0 + band.y1) / 2}), QColor(Qt::white));
}

TEST(SequencePainter, paintBody_drawsOnlyInsideTheVisibleRect) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const SequencePainter painter(d, ui::DiagramTheme::light(), &trace);
    const QRectF b = painter.bounds();
    QImage image(b.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter p(&image);
    p.translate(-b.topLeft());
    SequencePaintOptions o;
    o.visible = QRectF(b.left(), 0, b.width(), 200);
    painter.paintBody(p, o);
    p.end();
    EXPECT_EQ(image.pixelColor(10, static_cast<int>(-b.top()) + 400), QColor(Qt::magenta));
    EXPECT_NE(image.pixelColor(10, static_cast<int>(-b.top()) + 100), QColor(Qt::magenta));
}

TEST(SegmentAt, middleOfAnArrow_findsIt) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::Arrow& synAck = arrowWithLabel(d, "SYN, ACK seq=300 ack=101");
    EXPECT_EQ(ui::segmentAt(d, middle(synAck), 4.0), synAck.seg);
    EXPECT_EQ(ui::segmentAt(d, middle(synAck) + QPointF(0, 3), 4.0), synAck.seg);
    EXPECT_EQ(ui::segmentAt(d, middle(synAck) + QPointF(0, 30), 4.0), std::nullopt);
}

TEST(SegmentAt, pastTheEndOfALostArrow_findsNothing) {
    const Trace trace = lostSyn();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::Arrow& lost = d.arrows[0];
    const QPointF end(lost.to.x, lost.to.y);
    const QPointF along = (end - QPointF(lost.from.x, lost.from.y)) * 0.25;
    EXPECT_EQ(ui::segmentAt(d, end - along, 4.0), lost.seg);
    EXPECT_EQ(ui::segmentAt(d, end + along, 4.0), std::nullopt);
}

TEST(SegmentAt, withATime_onlyWhatIsDrawnByThenCounts) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const ui::Arrow& syn = d.arrows[0];
    const QPointF quarter(syn.from.x + (syn.to.x - syn.from.x) * 0.25,
                          syn.from.y + (syn.to.y - syn.from.y) * 0.25);
    EXPECT_EQ(ui::segmentAt(d, middle(syn), 4.0, 14ms), std::nullopt); // a quarter of the way
    EXPECT_EQ(ui::segmentAt(d, quarter, 4.0, 14ms), syn.seg);
    EXPECT_EQ(ui::segmentAt(d, middle(syn), 4.0, 0ms), std::nullopt); // not sent yet
}

// Where a timer was armed just above the playhead, its label and its
// countdown would be drawn on top of each other; the countdown alone stays.
TEST(SequencePainter, timerArmedAtThePlayhead_showsItsCountdownInsteadOfItsLabel) {
    const Trace trace = handshakeAndClose();
    const SequenceDiagram d = ui::layoutSequence(trace, {});
    const SequencePainter painter(d, ui::DiagramTheme::light(), &trace);
    const auto svgText = [&](core::Micros time) {
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setViewBox(painter.bounds());
        QPainter p(&svg);
        SequencePaintOptions o;
        o.time = time;
        painter.paint(p, o);
        p.end();
        return QString::fromUtf8(buffer.data());
    };
    // The server arms its RTO when the SYN arrives at 51 ms; the client armed
    // its own at 1 ms, 100 px higher up, whose label stays.
    const QString atArrival = svgText(52ms);
    EXPECT_EQ(atArrival.count(QStringLiteral(">RTO 1s<")), 1) << atArrival.toStdString();
    EXPECT_GE(atArrival.count(QStringLiteral("left<")), 2);
    // Once the playhead has moved on, the label is back beside its bracket.
    EXPECT_EQ(svgText(90ms).count(QStringLiteral(">RTO 1s<")), 2);
}
