// How fast a large capture opens and how much memory its connection list
// costs, next to tshark on the same file.
//   cmake --preset release && cmake --build --preset release --target capture_bench
//   ./build/release/tests/bench/capture_bench
// Writes a synthetic capture of 1,000,000 TCP packets over 10,000 connections
// (about 80 MB) to the temporary directory and deletes it at the end. Set
// HL_BENCH_TSHARK=0 to skip the tshark comparison.
#include "core/capture_import.h"
#include "core/capture_scan.h"
#include "core/capture_trace.h"
#include "core/wire.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <new>
#include <pcap/pcap.h>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

// Heap accounting for this program: bytes in use and the peak since a reset.
namespace {
std::atomic<std::size_t> g_inUse{0};
std::atomic<std::size_t> g_peak{0};

void* counted(void* p) {
    if (!p)
        throw std::bad_alloc();
    const std::size_t now = g_inUse += malloc_usable_size(p);
    for (std::size_t peak = g_peak.load();
         now > peak && !g_peak.compare_exchange_weak(peak, now);) {
    }
    return p;
}

void uncounted(void* p) noexcept {
    if (p)
        g_inUse -= malloc_usable_size(p);
    std::free(p);
}
} // namespace

void* operator new(std::size_t n) {
    return counted(std::malloc(n));
}
void operator delete(void* p) noexcept {
    uncounted(p);
}
void operator delete(void* p, std::size_t) noexcept {
    uncounted(p);
}

namespace {

constexpr std::uint64_t kConnections = 10'000;
constexpr std::uint64_t kPacketsEach = 100;
constexpr std::size_t kOpenAtOnce = 100;

// The capture file; deleted when the program ends, whatever happens.
struct CaptureFile {
    std::string path = (std::filesystem::temp_directory_path() /
                        ("hl-capture-bench-" + std::to_string(::getpid()) + ".pcap"))
                           .string();
    ~CaptureFile() { std::remove(path.c_str()); }
};
CaptureFile g_file;

// Packet `n` (0..99) of connection `k`: 0-2 the handshake; 3-94 the client's
// 46 data segments of 16 bytes, each ACKed; 95 the server's one, ACKed; 97
// the client's FIN, 98 the server's FIN-ACK, 99 the last ACK.
std::string frame(std::uint64_t k, std::uint64_t n) {
    const bool fromClient =
        n == 0 || n == 2 || (n < 95 && n % 2 == 1) || n == 96 || n == 97 || n == 99;
    const std::uint64_t clientData = n < 3 ? 0 : std::min<std::uint64_t>((n - 2) / 2, 46);
    const std::uint64_t serverData = n > 95 ? 1 : 0;
    const std::uint32_t clientNext =
        static_cast<std::uint32_t>(k * 7919u + 1 + clientData * 16 + (n > 97));
    const std::uint32_t serverNext =
        static_cast<std::uint32_t>(k * 104729u + 1 + serverData * 16 + (n > 98));
    core::Segment s;
    const auto clientPort = static_cast<core::Port>(20000 + k % 40000);
    s.srcPort = fromClient ? clientPort : 80;
    s.dstPort = fromClient ? 80 : clientPort;
    s.seq = core::SeqNum((fromClient ? clientNext : serverNext) - (n < 2 ? 1 : 0));
    s.ack = core::SeqNum(fromClient ? serverNext : clientNext);
    s.flags = n == 0               ? core::Flags(core::Flag::Syn)
              : n == 1             ? core::Flag::Syn | core::Flag::Ack
              : n == 97 || n == 98 ? core::Flag::Fin | core::Flag::Ack
                                   : core::Flags(core::Flag::Ack);
    s.window = 512;
    const bool data = (n >= 3 && n < 95 && n % 2 == 1) || n == 95;
    const std::string payload = data ? std::string(16, 'x') : std::string();
    core::Ipv4Header ip;
    const core::Address client{0x0a010000u + static_cast<std::uint32_t>(k)};
    const core::Address server{0x0a000001u};
    ip.src = fromClient ? client : server;
    ip.dst = fromClient ? server : client;
    return core::encodeEthernet(core::syntheticMac(ip.dst), core::syntheticMac(ip.src),
                                core::kEtherTypeIpv4,
                                core::encodeIpv4(ip, core::encodeTcp(s, payload)));
}

// kOpenAtOnce connections at a time, their packets interleaved, 10 µs apart.
void writeCapture(const std::string& path) {
    pcap_t* dead = pcap_open_dead(DLT_EN10MB, 262144);
    pcap_dumper_t* dumper = pcap_dump_open(dead, path.c_str());
    if (!dumper)
        throw std::runtime_error("cannot write " + path);
    std::deque<std::pair<std::uint64_t, std::uint64_t>> open; // connection, next packet
    std::uint64_t next = 0;
    std::int64_t t = 1'700'000'000'000'000;
    while (next < kConnections || !open.empty()) {
        while (open.size() < kOpenAtOnce && next < kConnections)
            open.emplace_back(next++, 0);
        auto [k, n] = open.front();
        open.pop_front();
        const std::string bytes = frame(k, n);
        pcap_pkthdr header{};
        header.ts.tv_sec = t / 1'000'000;
        header.ts.tv_usec = t % 1'000'000;
        header.caplen = header.len = static_cast<bpf_u_int32>(bytes.size());
        pcap_dump(reinterpret_cast<u_char*>(dumper), &header,
                  reinterpret_cast<const u_char*>(bytes.data()));
        t += 10;
        if (n + 1 < kPacketsEach)
            open.emplace_back(k, n + 1);
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
}

void BM_ListConnections(benchmark::State& state) {
    std::size_t connections = 0;
    std::size_t peak = 0;
    for (auto _ : state) {
        const std::size_t before = g_inUse.load();
        g_peak = before;
        const core::CaptureListing listing = core::listConnections({g_file.path});
        peak = g_peak.load() - before;
        connections = listing.connections.size();
        benchmark::DoNotOptimize(listing);
    }
    const auto packets = static_cast<double>(kConnections * kPacketsEach);
    state.counters["connections"] = static_cast<double>(connections);
    state.counters["packets_per_s"] = benchmark::Counter(
        packets * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["peak_heap_bytes_per_packet"] = static_cast<double>(peak) / packets;
}
BENCHMARK(BM_ListConnections)->Unit(benchmark::kMillisecond)->Iterations(3);

// Re-reads the file for the last connection and builds its trace.
void BM_TraceOfOneConnection(benchmark::State& state) {
    const core::CaptureListing listing = core::listConnections({g_file.path});
    for (auto _ : state) {
        const core::Trace trace = core::traceFromConnection(
            core::importConnection({g_file.path}, listing.connections.back()));
        benchmark::DoNotOptimize(trace);
    }
}
BENCHMARK(BM_TraceOfOneConnection)->Unit(benchmark::kMillisecond)->Iterations(3);

// A line of /usr/bin/time -v's report, e.g. "Maximum resident set size (kbytes)".
std::string reportLine(const std::string& report, const std::string& label) {
    std::ifstream in(report);
    for (std::string line; std::getline(in, line);)
        if (const std::size_t at = line.find(label + ": "); at != std::string::npos)
            return line.substr(at + label.size() + 2);
    return "?";
}

// The same work as BM_ListConnections, measured the way tshark is measured.
void compareWithTshark() {
    const char* wanted = std::getenv("HL_BENCH_TSHARK");
    if ((wanted && std::string(wanted) == "0") ||
        std::system("command -v tshark >/dev/null") != 0) {
        std::printf("tshark comparison skipped\n");
        return;
    }
    const auto start = std::chrono::steady_clock::now();
    const core::CaptureListing listing = core::listConnections({g_file.path});
    const std::chrono::duration<double> ours = std::chrono::steady_clock::now() - start;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const std::string report = g_file.path + ".time";
    const std::string command = "/usr/bin/time -v -o '" + report + "' tshark -n -r '" +
                                g_file.path + "' -q -z conv,tcp >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    std::printf("listConnections: %.3f s, %zu connections; this process's max RSS %ld kB\n",
                ours.count(), listing.connections.size(), usage.ru_maxrss);
    std::printf("tshark -q -z conv,tcp (exit %d): %s elapsed, max RSS %s kB\n", status,
                reportLine(report, "Elapsed (wall clock) time (h:mm:ss or m:ss)").c_str(),
                reportLine(report, "Maximum resident set size (kbytes)").c_str());
    std::remove(report.c_str());
}

} // namespace

int main(int argc, char** argv) {
    writeCapture(g_file.path);
    std::printf("capture: %s, %llu packets, %llu connections, %llu bytes\n", g_file.path.c_str(),
                static_cast<unsigned long long>(kConnections * kPacketsEach),
                static_cast<unsigned long long>(kConnections),
                static_cast<unsigned long long>(std::filesystem::file_size(g_file.path)));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    compareWithTshark();
    return 0;
}
