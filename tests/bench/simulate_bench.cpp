// How fast simulate() runs and how much memory a trace costs.
//   cmake --preset release && cmake --build --preset release
//   ./build/release/tests/bench/core_bench
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

// `count` complete connections from one client host: each opens, sends 1 KB,
// gets 1 KB back and closes, the next starting 1 ms after the previous one.
Scenario manyConnections(int count, double loss) {
    auto b = testsupport::ScenarioBuilder::clientServer();
    b.scenario().sockets.clear();
    b.scenario().script.clear();
    b.socket("srv", "server", 80).listenAt(Micros{0}, "srv");
    b.link(20ms, Micros{0}, loss).end(3600s);
    for (int i = 0; i < count; ++i) {
        const std::string c = "c" + std::to_string(i);
        b.socket(c, "client");
        b.connectAt(Micros{i * 1000}, c, "server", 80);
        b.sendWhen(State::Established, c, 1000);
        b.closeWhenReceived(1000, c);
        const std::string child = "srv/" + std::to_string(i + 1);
        b.sendWhenReceived(1000, child, 1000);
        b.closeWhen(State::CloseWait, child);
    }
    return b.build();
}

void BM_SimulateConnections(benchmark::State& state) {
    const Scenario scenario = manyConnections(static_cast<int>(state.range(0)), 0.01);
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
