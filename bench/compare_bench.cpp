// How long `judge compare` needs to reach a +-3% interval on identical programs, as a multiple
// of the cases' own CPU time (one run of A plus one run of B over the timed cases), for cases
// of about 10 ms and about 200 ms. Runs the built judge binary on a generated package.
//
//   ninja -C build/cmp judge compare_bench && build/cmp/bench/compare_bench
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "judge/base/process.h"

namespace {

namespace fs = std::filesystem;

std::uint64_t Work(std::uint64_t n) {
  std::uint64_t x = 88172645463325252ull;
  for (std::uint64_t i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
  }
  return x;
}

const char* kSolution =
    "#include <cstdio>\n#include <cstdint>\n"
    "static std::uint64_t Work(std::uint64_t n){std::uint64_t x=88172645463325252ull;"
    "for(std::uint64_t i=0;i<n;++i){x^=x<<13;x^=x>>7;x^=x<<17;}return x;}\n"
    "int main(){unsigned long long n;if(std::scanf(\"%llu\",&n)!=1)return 1;"
    "std::printf(\"%llu\\n\",(unsigned long long)Work(n));}\n";

struct Home {
  Home() {
    char templ[] = "/tmp/judge-bench-XXXXXX";
    dir = mkdtemp(templ);
    setenv("JUDGE_HOME", dir.c_str(), 1);
  }
  ~Home() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path dir;
};

// A package of three cases of n steps each (4M steps is about 10 ms on the dev VM).
fs::path Package(const fs::path& home, std::uint64_t n) {
  const fs::path pkg = home / ("spin" + std::to_string(n));
  fs::create_directories(pkg / "data/secret");
  fs::create_directories(pkg / "submissions/accepted");
  std::ofstream(pkg / "problem.toml") << "title = \"Spin\"\n[limits]\ntime_limit = 5.0\nmemory = 64\n";
  for (int i = 1; i <= 3; ++i) {
    std::ofstream(pkg / "data/secret" / (std::to_string(i) + ".in")) << n << "\n";
    std::ofstream(pkg / "data/secret" / (std::to_string(i) + ".ans")) << Work(n) << "\n";
  }
  std::ofstream(pkg / "submissions/accepted/ref.cpp") << kSolution;
  std::ofstream(pkg / "same.cpp") << kSolution;
  return pkg;
}

void BM_CompareToThreePercent(benchmark::State& state) {
  static Home home;
  const auto n = static_cast<std::uint64_t>(state.range(0));
  const fs::path pkg = Package(home.dir, n);
  judge::TrustedOptions options;
  options.timeout = std::chrono::seconds(600);
  // Compile once outside the measurement (PCH and binary cache).
  (void)judge::RunTrusted(JUDGE_BINARY, {"compare", pkg.string(), (pkg / "same.cpp").string(), "ref", "--json",
                                         "--budget", "1"}, options);
  double multiple = 0, case_ms = 0, rounds = 0, reached = 0, seconds = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    auto run = judge::RunTrusted(JUDGE_BINARY, {"compare", pkg.string(), (pkg / "same.cpp").string(), "ref",
                                                "--json", "--budget", "300"}, options);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!run || run->exit_code != 0) {
      state.SkipWithError("judge compare failed");
      return;
    }
    const auto j = nlohmann::json::parse(run->output);
    const double own_ms = j["a"]["cpu_ms"].get<double>() + j["b"]["cpu_ms"].get<double>();
    multiple = wall * 1000 / own_ms;
    case_ms = j["a"]["cpu_ms"].get<double>() / 3;
    rounds = j["rounds"].get<double>();
    reached = j["precision_reached"].get<bool>() ? 1 : 0;
    seconds = wall;
  }
  state.counters["case_ms"] = case_ms;
  state.counters["rounds"] = rounds;
  state.counters["reached_3pct"] = reached;
  state.counters["wall_s"] = seconds;
  state.counters["x_own_cpu"] = multiple;
}

BENCHMARK(BM_CompareToThreePercent)->Arg(4'000'000)->Arg(80'000'000)->Iterations(3)->Unit(benchmark::kSecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
