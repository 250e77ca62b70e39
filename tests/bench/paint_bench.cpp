// How long one 1920x1080 frame of a big sequence diagram takes to paint, the
// way SequenceView paints it (body, pinned ruler, pinned header).
//   cmake --preset release && cmake --build build/release --target ui_bench -j2
//   ./build/release/tests/bench/ui_bench
#include "bench_scenarios.h"
#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/sequence_layout.h"
#include "ui/sequence_painter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace core;
using namespace std::chrono_literals;

// One connection that exchanges `rounds` request/reply pairs of 100 bytes:
// two lanes, a tall diagram.
Scenario longConversation(int rounds) {
    auto b = testsupport::ScenarioBuilder::clientServer();
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", 100);
    for (int i = 1; i <= rounds; ++i) {
        b.sendWhenReceived(static_cast<std::uint64_t>(i) * 100, "srv/1", 100);
        if (i < rounds)
            b.sendWhenReceived(static_cast<std::uint64_t>(i) * 100, "client", 100);
    }
    b.closeWhenReceived(static_cast<std::uint64_t>(rounds) * 100, "client");
    b.closeWhen(State::CloseWait, "srv/1");
    b.end(3600s);
    return b.build();
}

struct Fixture {
    Trace trace;
    ui::SequenceDiagram diagram;
    std::unique_ptr<ui::SequencePainter> painter;
};

const Fixture& fixture(int which) {
    static Fixture fixtures[2];
    Fixture& f = fixtures[which];
    if (!f.painter) {
        f.trace =
            simulate(which == 0 ? testsupport::manyConnections(1000, 1ms) : longConversation(2500));
        f.diagram = ui::layoutSequence(f.trace, {});
        f.painter =
            std::make_unique<ui::SequencePainter>(f.diagram, ui::DiagramTheme::light(), &f.trace);
    }
    return f;
}

// One frame in the middle of the traffic (centred on the median segment's
// send, across the middle of the lanes) with the playhead in view, painted as
// the view paints it.
void paintFrame(const ui::SequencePainter& painter, const ui::SequenceDiagram& d, QImage& image) {
    const QRectF b = painter.bounds();
    const QSizeF size = image.size();
    const double y = d.arrows[d.arrows.size() / 2].from.y;
    const QPointF topLeft(b.center().x() - size.width() / 2, y - size.height() / 2);
    ui::SequencePaintOptions o;
    o.visible = QRectF(topLeft, size);
    o.time = d.axis.timeAt(y);
    QPainter p(&image);
    p.translate(-topLeft);
    painter.paintBody(p, o);
    p.resetTransform();
    p.translate(-b.left(), -topLeft.y());
    painter.paintRuler(p, o);
    p.resetTransform();
    p.translate(-topLeft.x(), -b.top());
    painter.paintHeader(p, o);
}

void BM_PaintFrame(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        paintFrame(*f.painter, f.diagram, image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["segments"] = static_cast<double>(f.trace.segments.size());
    state.counters["lanes"] = static_cast<double>(f.diagram.lifelines.size());
    state.SetLabel(state.range(0) == 0 ? "1000 connections" : "one long conversation");
}
BENCHMARK(BM_PaintFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// What a view does once per trace or option change, before any frame.
void BM_LayoutAndPrepare(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        const ui::SequenceDiagram d = ui::layoutSequence(f.trace, {});
        const ui::SequencePainter painter(d, ui::DiagramTheme::light(), &f.trace);
        benchmark::DoNotOptimize(painter.bounds());
    }
    state.counters["segments"] = static_cast<double>(f.trace.segments.size());
}
BENCHMARK(BM_LayoutAndPrepare)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    // Painting needs a QGuiApplication (fonts); no display is needed for that.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
