// Messages between two nodes of a distributed problem (judge/run/distributed.h): round-trip latency
// of an 8-byte message and throughput of 1 MiB messages, through the judge's relay between two
// sandboxed nodes, against the same exchange over a bare socketpair between two threads of one
// process in the same run (the floor: two copies through the kernel and no relay).
//
// The nodes time themselves (CLOCK_MONOTONIC inside node 0) so box start-up is not counted.
// Needs root and the sandbox. Run: build/<dir>/bench/message_bench
#include <benchmark/benchmark.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "judge/run/distributed.h"
#include "sandbox/sandbox.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string g_dir;
constexpr int kRoundTrips = 20000;
constexpr int kChunks = 256;  // of 1 MiB

// argv[1] = "rtt" | "bulk". Node 0 prints what it measured: ns per round trip, or MiB/s.
const char* kNodeProgram = R"(#include <time.h>
#include <cstdio>
#include <cstring>
#include <string>
#include "message.h"
static double Now() { timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e9 + t.tv_nsec; }
int main(int argc, char** argv) {
  const bool rtt = argc > 1 && std::strcmp(argv[1], "rtt") == 0;
  const int n = rtt ? 20000 : 256;
  if (node::id() == 1) {
    if (rtt) {
      for (int i = 0; i < n; ++i) node::send(0, node::receive(0).get<long long>());
    } else {
      for (int i = 0; i < n; ++i) node::receive(0);
      node::send(0, 1);
    }
    return 0;
  }
  const std::string chunk(1 << 20, 'x');
  const double t0 = Now();
  if (rtt) {
    for (long long i = 0; i < n; ++i) node::send(1, i), node::receive(1);
    std::printf("%.1f\n", (Now() - t0) / n);
  } else {
    for (int i = 0; i < n; ++i) node::send(1, chunk);
    node::receive(1);
    std::printf("%.1f\n", n / ((Now() - t0) / 1e9));
  }
}
)";

double g_relay_rtt_ns = 0, g_bare_rtt_ns = 0, g_relay_mibs = 0, g_bare_mibs = 0;

double RunNodes(benchmark::State& state, const char* mode) {
  auto sandbox = sandbox::MakeLinuxSandbox();
  sandbox::BoxConfig config;
  config.mounts.push_back({sandbox::Mount::Kind::kBind, g_dir, "/box", false, 0, 0});
  std::vector<std::unique_ptr<sandbox::Box>> boxes;
  std::vector<sandbox::Box*> raw;
  for (int i = 0; i < 2; ++i) {
    auto b = sandbox->CreateBox(config);
    if (!b) {
      state.SkipWithError(b.error().message.c_str());
      return 0;
    }
    raw.push_back(b->get());
    boxes.push_back(std::move(*b));
  }
  judge::DistributedSpec spec;
  spec.nodes = 2;
  spec.max_messages = 1'000'000;
  spec.max_send_bytes = 1ull << 32;
  sandbox::RunRequest request;
  request.argv = {"/box/node", mode};
  request.limits.cpu_time = std::chrono::seconds(30);
  request.limits.wall_time = std::chrono::seconds(60);
  request.limits.memory_bytes = 256ull << 20;
  std::vector<fs::path> shards = {"/dev/null", "/dev/null"};
  double figure = 0;
  for (auto _ : state) {
    auto run = judge::RunDistributed(raw, request, shards, spec, false);
    if (!run || run->relay.failure || run->nodes[0].stdout_data.empty()) {
      state.SkipWithError(!run ? run.error().message.c_str() : "the nodes failed");
      return 0;
    }
    figure = std::atof(run->nodes[0].stdout_data.c_str());
  }
  return figure;
}

void BM_RelayRoundTrip(benchmark::State& state) {
  g_relay_rtt_ns = RunNodes(state, "rtt");
  state.counters["rtt_us"] = g_relay_rtt_ns / 1000;
}
BENCHMARK(BM_RelayRoundTrip)->UseRealTime()->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_RelayThroughput(benchmark::State& state) {
  g_relay_mibs = RunNodes(state, "bulk");
  state.counters["MiB_per_s"] = g_relay_mibs;
}
BENCHMARK(BM_RelayThroughput)->UseRealTime()->Iterations(3)->Unit(benchmark::kMillisecond);

bool ReadAll(int fd, char* p, size_t n) {
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}
void WriteAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w <= 0) return;
    p += w;
    n -= static_cast<size_t>(w);
  }
}

void BM_BareSocketRoundTrip(benchmark::State& state) {
  for (auto _ : state) {
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    std::thread echo([fd = sv[1]] {
      char b[8];
      for (int i = 0; i < kRoundTrips; ++i) {
        if (!ReadAll(fd, b, 8)) return;
        WriteAll(fd, b, 8);
      }
    });
    char b[8] = {};
    const auto t0 = Clock::now();
    for (int i = 0; i < kRoundTrips; ++i) {
      WriteAll(sv[0], b, 8);
      ReadAll(sv[0], b, 8);
    }
    g_bare_rtt_ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / kRoundTrips;
    echo.join();
    close(sv[0]);
    close(sv[1]);
  }
  state.counters["rtt_us"] = g_bare_rtt_ns / 1000;
}
BENCHMARK(BM_BareSocketRoundTrip)->UseRealTime()->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_BareSocketThroughput(benchmark::State& state) {
  for (auto _ : state) {
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    std::thread sink([fd = sv[1]] {
      std::string buf(1 << 20, '\0');
      for (int i = 0; i < kChunks; ++i)
        if (!ReadAll(fd, buf.data(), buf.size())) return;
      WriteAll(fd, "k", 1);
    });
    const std::string chunk(1 << 20, 'x');
    const auto t0 = Clock::now();
    for (int i = 0; i < kChunks; ++i) WriteAll(sv[0], chunk.data(), chunk.size());
    char k;
    ReadAll(sv[0], &k, 1);
    g_bare_mibs = kChunks / std::chrono::duration<double>(Clock::now() - t0).count();
    sink.join();
    close(sv[0]);
    close(sv[1]);
  }
  state.counters["MiB_per_s"] = g_bare_mibs;
}
BENCHMARK(BM_BareSocketThroughput)->UseRealTime()->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  char tmpl[] = "/tmp/message-bench-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) return 1;
  g_dir = tmpl;
  fs::permissions(g_dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
  std::ofstream(g_dir + "/message.h") << judge::kMessageHeader;
  std::ofstream(g_dir + "/node.cpp") << kNodeProgram;
  const std::string cmd = "g++ -std=gnu++20 -O2 -static -I" + g_dir + " -o " + g_dir + "/node " + g_dir + "/node.cpp";
  if (std::system(cmd.c_str()) != 0) {
    std::fprintf(stderr, "message_bench: cannot build the node program with g++ -static\n");
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::printf("\nround trip of 8 bytes: relay %.1f us, bare socketpair %.1f us, ratio %.1f\n", g_relay_rtt_ns / 1000,
              g_bare_rtt_ns / 1000, g_bare_rtt_ns > 0 ? g_relay_rtt_ns / g_bare_rtt_ns : 0);
  std::printf("throughput of 1 MiB messages: relay %.0f MiB/s, bare socketpair %.0f MiB/s, ratio %.2f\n", g_relay_mibs,
              g_bare_mibs, g_bare_mibs > 0 ? g_relay_mibs / g_bare_mibs : 0);
  fs::remove_all(g_dir);
  return 0;
}
