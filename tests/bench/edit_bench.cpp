// How long one lab edit takes, from the learner's click to a new diagram:
// edit the scenario, simulate it again, lay the trace out. One frame is 16 ms.
//   cmake --preset release && cmake --build build/release --target edit_bench -j2
//   ./build/release/tests/bench/edit_bench
#include "bench_scenarios.h"
#include "core/scenario_edit.h"
#include "core/simulate.h"
#include "scenario_builder.h"
#include "ui/sequence_layout.h"

#include <benchmark/benchmark.h>

namespace {

using namespace core;
using namespace std::chrono_literals;

// One connection that sends `bytes` in MSS-sized segments, each ACKed.
Scenario bulkTransfer(std::uint64_t bytes) {
    auto b = testsupport::ScenarioBuilder::clientServer();
    b.link(20ms).end(600s);
    b.connectAt(1ms, "client", "server", 80).sendWhen(State::Established, "client", bytes);
    b.closeWhenReceived(bytes, "srv/1").closeWhen(State::CloseWait, "client");
    return b.build();
}

// A segment near the middle of the trace that a drop can take.
SegId middleSegment(const Trace& trace) {
    auto id = static_cast<SegId>(trace.segments.size() / 2);
    while (segmentEditProblem(trace, id, FaultKind::Drop) != SegmentEditProblem::None)
        ++id;
    return id;
}

void runEdit(benchmark::State& state, const Scenario& scenario) {
    const Trace before = simulate(scenario);
    const SegId dropped = middleSegment(before);
    std::size_t segments = 0;
    std::size_t events = 0;
    for (auto _ : state) {
        const Scenario edited = dropSegment(scenario, before, dropped);
        const Trace after = simulate(edited);
        const ui::SequenceDiagram diagram = ui::layoutSequence(after, {});
        segments = after.segments.size();
        events = after.events.size();
        benchmark::DoNotOptimize(diagram.arrows.data());
    }
    state.counters["segments"] = static_cast<double>(segments);
    state.counters["events"] = static_cast<double>(events);
}

void BM_DropSimulateLayout_Connections(benchmark::State& state) {
    runEdit(state, testsupport::manyConnections(static_cast<int>(state.range(0)), 2ms));
}
BENCHMARK(BM_DropSimulateLayout_Connections)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_DropSimulateLayout_Bulk(benchmark::State& state) {
    runEdit(state, bulkTransfer(static_cast<std::uint64_t>(state.range(0))));
}
BENCHMARK(BM_DropSimulateLayout_Bulk)->Arg(700000)->Unit(benchmark::kMillisecond);

// The parts on their own, to see where the time goes: 0 the connections, 1 the bulk transfer.
Scenario scenarioNumber(std::int64_t n) {
    return n == 0 ? testsupport::manyConnections(100, 2ms) : bulkTransfer(700000);
}

void BM_SimulateOnly(benchmark::State& state) {
    const Scenario scenario = scenarioNumber(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(simulate(scenario).events.size());
}
BENCHMARK(BM_SimulateOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_LayoutOnly(benchmark::State& state) {
    const Trace trace = simulate(scenarioNumber(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(ui::layoutSequence(trace, {}).arrows.size());
}
BENCHMARK(BM_LayoutOnly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
