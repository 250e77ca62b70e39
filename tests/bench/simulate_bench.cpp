// How fast simulate() runs and how much memory a trace costs.
//   cmake --preset release && cmake --build --preset release
//   ./build/release/tests/bench/core_bench
#include "bench_scenarios.h"
#include "core/simulate.h"
#include "scenario_builder.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <malloc.h>
#include <new>

// Heap accounting for this program only: bytes in use and the peak since reset.
namespace {
std::atomic<std::size_t> g_inUse{0};
std::atomic<std::size_t> g_peak{0};

void noteAlloc(void* p) {
    if (!p)
        throw std::bad_alloc();
    const std::size_t now = g_inUse += malloc_usable_size(p);
    std::size_t peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
    }
}
} // namespace

void* operator new(std::size_t n) {
    void* p = std::malloc(n);
    noteAlloc(p);
    return p;
}
namespace {
void release(void* p) noexcept {
    if (p)
        g_inUse -= malloc_usable_size(p);
    std::free(p);
}
} // namespace
void operator delete(void* p) noexcept {
    release(p);
}
void operator delete(void* p, std::size_t) noexcept {
    release(p);
}

namespace {

using namespace core;
using namespace std::chrono_literals;

void BM_SimulateConnections(benchmark::State& state) {
    const Scenario scenario =
        testsupport::manyConnections(static_cast<int>(state.range(0)), 1ms, 0.01);
    std::size_t events = 0;
    std::size_t peakBytes = 0;
    std::size_t traceBytes = 0;
    for (auto _ : state) {
        const std::size_t before = g_inUse.load();
        g_peak = before;
        Trace trace = simulate(scenario);
        peakBytes = g_peak.load() - before;
        traceBytes = g_inUse.load() - before;
        events = trace.events.size();
        benchmark::DoNotOptimize(trace);
    }
    state.counters["trace_events"] = static_cast<double>(events);
    state.counters["events_per_s"] =
        benchmark::Counter(static_cast<double>(events) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
    state.counters["peak_bytes_per_event"] =
        static_cast<double>(peakBytes) / static_cast<double>(events);
    state.counters["trace_bytes_per_event"] =
        static_cast<double>(traceBytes) / static_cast<double>(events);
}
BENCHMARK(BM_SimulateConnections)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
