// How long an export takes: a 2x PNG of a diagram of about 500 segments, as
// File > Export writes it, and what the export dialog's preview does after
// each change (prepare the picture, draw what the preview shows).
//   cmake --preset release && cmake --build build/release --target export_bench -j2
//   ./build/release/tests/bench/export_bench
// For the comparison with PlantUML, write the same diagram as PlantUML text:
//   ./build/release/tests/bench/export_bench --write-puml=/tmp/bench.puml
// and time `plantuml -tpng /tmp/bench.puml` (docs in the report of this bench).
#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/image_export.h"
#include "ui/sequence_layout.h"
#include "ui/text_diagram.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>

namespace {

using namespace core;
using namespace std::chrono_literals;

// `clients` connections to one server, opened 7 ms apart; on each the client
// and the server take turns sending 100 bytes, `rounds` times, then close.
// Several lanes, interleaved traffic, arrows crossing.
Scenario conversations(int clients, int rounds) {
    auto b = testsupport::ScenarioBuilder::clientServer();
    auto& sockets = b.scenario().sockets; // keep the listener "srv" and its listen()
    sockets.erase(sockets.begin());
    b.link(20ms).end(600s);
    for (int i = 0; i < clients; ++i) {
        const std::string c = "c" + std::to_string(i);
        const std::string child = "srv/" + std::to_string(i + 1);
        b.socket(c, "client");
        b.connectAt(Micros{1000 + i * 7000}, c, "server", 80).sendWhen(State::Established, c, 100);
        for (int r = 1; r <= rounds; ++r) {
            b.sendWhenReceived(static_cast<std::uint64_t>(r) * 100, child, 100);
            if (r < rounds)
                b.sendWhenReceived(static_cast<std::uint64_t>(r) * 100, c, 100);
        }
        b.closeWhenReceived(static_cast<std::uint64_t>(rounds) * 100, c);
        b.closeWhen(State::CloseWait, child);
    }
    return b.build();
}

// About 500 segments; the big one 10,000 for the preview.
struct Fixture {
    Trace trace;
    ui::SequenceDiagram diagram;
};

const Fixture& fixture(int which) {
    static std::unique_ptr<Fixture> fixtures[2];
    std::unique_ptr<Fixture>& f = fixtures[which];
    if (!f) {
        f = std::make_unique<Fixture>();
        f->trace = simulate(which == 0 ? conversations(5, 25) : conversations(40, 125));
        f->diagram = ui::layoutSequence(f->trace, {});
    }
    return *f;
}

void setCounters(benchmark::State& state, const Fixture& f) {
    state.counters["segments"] = static_cast<double>(f.trace.segments.size());
    state.counters["lanes"] = static_cast<double>(f.diagram.lifelines.size());
}

// File > Export: PNG at 2x (or the argument's scale), the whole diagram, to a file.
void BM_ExportPng(benchmark::State& state) {
    const Fixture& f = fixture(0);
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.png"));
    ui::ImageExportOptions options;
    options.scale = static_cast<double>(state.range(0));
    QSize size;
    for (auto _ : state) {
        const ui::ExportResult result = ui::exportSequence(f.diagram, f.trace, {}, options, path);
        if (!result.ok())
            state.SkipWithError(result.error.toStdString().c_str());
    }
    size = QImage(path).size();
    setCounters(state, f);
    state.counters["kB"] = static_cast<double>(QFileInfo(path).size()) / 1000.0;
    state.counters["width"] = size.width();
    state.counters["height"] = size.height();
}
BENCHMARK(BM_ExportPng)->Arg(2)->Arg(1)->Unit(benchmark::kMillisecond);

// Where the time goes: the drawing alone, no PNG encoding, no file.
void BM_PaintOnly2x(benchmark::State& state) {
    const Fixture& f = fixture(0);
    ui::ImageExportOptions options;
    options.scale = 2.0;
    const auto picture = ui::sequencePicture(f.diagram, f.trace, {}, options);
    QImage image(ui::pngPixelSize(picture->pageSize(0), 2.0), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    for (auto _ : state) {
        QPainter p(&image);
        picture->paintPage(p, 0);
    }
    setCounters(state, f);
}
BENCHMARK(BM_PaintOnly2x)->Unit(benchmark::kMillisecond);

// The picture alone (the painter indexes the diagram), as each preview makes it.
void BM_PreparePicture(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(ui::sequencePicture(f.diagram, f.trace, {}, {})->pageSize(0));
    setCounters(state, f);
}
BENCHMARK(BM_PreparePicture)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The same from the trace: lay it out, then export (what a command line does).
void BM_LayoutAndExportPng2x(benchmark::State& state) {
    const Fixture& f = fixture(0);
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.png"));
    ui::ImageExportOptions options;
    options.scale = 2.0;
    for (auto _ : state) {
        const ui::SequenceDiagram diagram = ui::layoutSequence(f.trace, {});
        benchmark::DoNotOptimize(ui::exportSequence(diagram, f.trace, {}, options, path).ok());
    }
    setCounters(state, f);
}
BENCHMARK(BM_LayoutAndExportPng2x)->Unit(benchmark::kMillisecond);

// One preview after a change: a new picture, and a 520x560 view of its top
// at the preview's smallest scale (0.3), the most a preview draws.
void BM_PreviewRefresh(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    QImage view(520, 560, QImage::Format_ARGB32_Premultiplied);
    constexpr double kScale = 0.3;
    for (auto _ : state) {
        const auto picture = ui::sequencePicture(f.diagram, f.trace, {}, {});
        QPainter p(&view);
        p.scale(kScale, kScale);
        picture->paintPage(p, 0, QRectF(0, 0, view.width() / kScale, view.height() / kScale));
    }
    setCounters(state, f);
}
BENCHMARK(BM_PreviewRefresh)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// "--write-puml=PATH": writes the small fixture's PlantUML text and returns
// true; the argument is taken out of argv.
bool writePumlIfAsked(int& argc, char** argv) {
    constexpr const char* kFlag = "--write-puml=";
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], kFlag, std::strlen(kFlag)) != 0)
            continue;
        std::ofstream out(argv[i] + std::strlen(kFlag), std::ios::binary);
        out << ui::toPlantUml(fixture(0).diagram);
        std::cout << "segments " << fixture(0).trace.segments.size() << "\n";
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    // Painting needs a QApplication (fonts, and the state machine's widget); no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (writePumlIfAsked(argc, argv))
        return 0;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
