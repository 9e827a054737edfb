// A whole judge run of a 20-case problem through judge::Judge::Run: real sandbox, warm compile
// cache (performance-limits.md Part 3, item 2). The solution burns a calibrated amount of CPU
// per case, so its own CPU time is known and the rest of the wall time is the judge's.
//
//   BM_Judge20/medium_15ms   wall / sum of the cases' CPU: goal <= 1.10
//   BM_Judge20/large_100ms   goal <= 1.03
//   BM_Judge20/tiny_1ms      per-case overhead: goal <= 1.0 ms (sum CPU + 20 x 1 ms)
//   BM_BareVforkExec         B, bare posix_spawn+wait of a static no-op, for reference
//
// On a shared, loaded machine wall / CPU mostly measures how much of a core the solution got, so
// every iteration also runs the same binary on the same 20 cases bare (posix_spawn, stdin and
// stdout redirected to files, wait4, byte compare), interleaved with the judge run, and the
// counters give both:
//   wall_ms, cpu_sum_ms    Judge::Run end to end (box creation included); sum of report CPU
//   case_cpu_ms            the solution's CPU per case: the calibration hit
//   ratio                  wall / cpu_sum of the judge run
//   bare_ratio             the same for the bare baseline
//   norm_ratio             ratio / bare_ratio: the judge's share with the machine's load divided out
//   overhead_ms            (wall - cpu_sum) / 20; bare_overhead_ms the same for the baseline
//   extra_ms               overhead_ms - bare_overhead_ms: what the judge adds per case over bare
//   box_overhead_ms        (sum of the sandbox's per-case wall - cpu_sum) / 20
// On a quiet machine bare_ratio is ~1.0 (tiny: ~1 + B / case CPU) and norm_ratio ~ ratio.
// Calibration fits cpu = a + b * iterations from runs of the compiled solution in a box, so
// "15 ms" is 15 ms of the solution's measured CPU on this machine. Needs root.
//
//   build/<dir>/bench/judge_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/run/compiler.h"
#include "judge/base/files.h"
#include "judge/run/judge.h"
#include "judge/packages/problem_loader.h"
#include "judge/packages/testdata.h"
#include "sandbox/sandbox.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kCases = 20;

// Reads "iterations seed", runs a serial multiply-xorshift chain (no closed form, nothing to
// vectorise), prints the final state. Burn() below is the same computation for the answers.
constexpr const char* kSolution = R"(#include <bits/stdc++.h>
int main() {
  unsigned long long n, x;
  if (scanf("%llu %llu", &n, &x) != 2) return 1;
  for (unsigned long long i = 0; i < n; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    x ^= x >> 29;
  }
  printf("%llu\n", x);
  return 0;
}
)";

uint64_t Burn(uint64_t n, uint64_t x) {
  for (uint64_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    x ^= x >> 29;
  }
  return x;
}

fs::path g_root;  // removed at exit
fs::path g_home;  // JUDGE_HOME: PCH, binary cache
std::string g_setup_error;
fs::path g_binary_dir;
double g_cpu_fixed_ms = 0, g_cpu_per_iteration_ms = 0;  // the calibration
double g_b_p50_us = 0;
double g_overhead_ms[3] = {0, 0, 0};
double g_norm_ratio[3] = {0, 0, 0};

struct Variant {
  const char* name;
  double case_ms;
  double time_limit_s;
};
constexpr Variant kVariants[] = {{"tiny_1ms", 1, 1}, {"medium_15ms", 15, 1}, {"large_100ms", 100, 2}};

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

// Writes a file of the packages; the first failure becomes g_setup_error.
void Write(const fs::path& file, const std::string& text) {
  if (auto r = judge::WriteFileAtomic(file, text); !r && g_setup_error.empty()) g_setup_error = r.error().message;
}

uint64_t IterationsFor(double ms) {
  const double n = (ms - g_cpu_fixed_ms) / g_cpu_per_iteration_ms;
  return n > 0 ? static_cast<uint64_t>(n) : 0;
}

// Median CPU (ms) of `runs` runs of the solution in one box with `iterations`.
std::optional<double> MeasureCpu(sandbox::Box& box, uint64_t iterations, int runs) {
  const fs::path input = g_root / "calibrate.in";
  if (!judge::WriteFileAtomic(input, fmt::format("{} 1\n", iterations))) return std::nullopt;
  sandbox::RunRequest request;
  request.argv = {"/box/prog"};
  request.stdin_path = input.string();
  request.limits.cpu_time = std::chrono::seconds(10);
  request.limits.wall_time = std::chrono::seconds(20);
  std::vector<double> cpu;
  for (int i = 0; i < runs; ++i) {
    auto r = box.Run(request);
    if (!r || r->termination != sandbox::Termination::kExited || r->exit_code != 0) return std::nullopt;
    cpu.push_back(static_cast<double>(r->cpu_time.count()) / 1000.0);
  }
  return Median(cpu);
}

// Compiles the solution (warming the cache), calibrates it, writes the three packages.
void Prepare() {
  g_home = g_root / "home";
  setenv("JUDGE_HOME", g_home.c_str(), 1);  // TempDir::Create reads it
  auto sb = sandbox::MakeLinuxSandbox();
  auto compiler = judge::Compiler::Create(*sb, g_home);
  if (!compiler) {
    g_setup_error = compiler.error().message;
    return;
  }
  auto compiled = compiler->Compile({kSolution, "burn.cpp"});
  if (!compiled || !compiled->ok) {
    g_setup_error = compiled ? "compile failed: " + compiled->log : compiled.error().message;
    return;
  }
  g_binary_dir = compiled->binary_dir;

  sandbox::BoxConfig config;
  config.mounts.push_back({sandbox::Mount::Kind::kBind, g_binary_dir.string(), "/box", false, 0, 0});
  auto box = sb->CreateBox(config);
  if (!box) {
    g_setup_error = box.error().message;
    return;
  }
  constexpr uint64_t kLow = 1'000'000, kHigh = 40'000'000;
  MeasureCpu(**box, kHigh, 2);  // warm-up
  auto low = MeasureCpu(**box, kLow, 7);
  auto high = MeasureCpu(**box, kHigh, 7);
  if (!low || !high || *high <= *low) {
    g_setup_error = "calibration runs of the solution failed";
    return;
  }
  g_cpu_per_iteration_ms = (*high - *low) / static_cast<double>(kHigh - kLow);
  g_cpu_fixed_ms = std::max(0.0, *low - g_cpu_per_iteration_ms * static_cast<double>(kLow));
  std::printf("calibration: cpu = %.3f ms + %.3f ns x iterations\n", g_cpu_fixed_ms,
              g_cpu_per_iteration_ms * 1e6);

  for (const Variant& v : kVariants) {
    const fs::path dir = g_root / v.name;
    fs::create_directories(dir / "data" / "secret");
    Write(dir / "problem.toml",
          fmt::format("title = \"bench {}\"\n\n[limits]\ntime_limit = {}\nmemory = 64\n", v.name, v.time_limit_s));
    const uint64_t n = IterationsFor(v.case_ms);
    for (int i = 1; i <= kCases; ++i) {
      const auto seed = static_cast<uint64_t>(i);
      const std::string stem = fmt::format("{:02}", i);
      Write(dir / "data" / "secret" / (stem + ".in"), fmt::format("{} {}\n", n, seed));
      Write(dir / "data" / "secret" / (stem + ".ans"), fmt::format("{}\n", Burn(n, seed)));
    }
  }
}

struct Totals {
  double wall_ms = 0, cpu_ms = 0, case_wall_ms = 0;
};

// The baseline in the same load: the same binary on the same 20 cases, posix_spawn with stdin
// and stdout redirected to files, wait4 for its CPU, output compared byte for byte. No sandbox.
bool RunBare(const judge::Problem& problem, Totals& totals, std::string& error) {
  const std::string prog = (g_binary_dir / "prog").string();
  const std::string out = (g_root / "bare.out").string();
  char* argv[] = {const_cast<char*>(prog.c_str()), nullptr};
  char* envp[] = {nullptr};
  const auto t0 = Clock::now();
  for (const judge::TestCase& tc : problem.cases) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, tc.input.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid;
    const int rc = posix_spawn(&pid, prog.c_str(), &actions, nullptr, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
      error = "posix_spawn of the solution failed";
      return false;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    totals.cpu_ms += static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    auto actual = judge::ReadFile(out);
    auto expected = judge::ReadFile(tc.answer);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !actual || !expected || *actual != *expected) {
      error = "the bare run of the solution gave a wrong answer";
      return false;
    }
  }
  totals.wall_ms += Ms(Clock::now() - t0);
  return true;
}

void BM_Judge20(benchmark::State& state, int which) {
  if (!g_setup_error.empty()) {
    state.SkipWithError(g_setup_error.c_str());
    return;
  }
  auto problem = judge::LoadProblem(g_root / kVariants[which].name);
  if (!problem) {
    state.SkipWithError(problem.error().message.c_str());
    return;
  }
  auto sb = sandbox::MakeLinuxSandbox();
  auto compiler = judge::Compiler::Create(*sb, g_home);
  if (!compiler) {
    state.SkipWithError(compiler.error().message.c_str());
    return;
  }
  judge::TestData testdata(*compiler, *sb, g_home);
  judge::Judge judge(*sb, *compiler, testdata);
  const judge::SourceFile source{kSolution, "burn.cpp"};
  Totals judged, bare;
  int runs = 0;
  for (auto _ : state) {
    std::string error;
    if (runs % 2 == 1 && !RunBare(*problem, bare, error)) {  // alternate which goes first
      state.SkipWithError(error.c_str());
      return;
    }
    const auto t0 = Clock::now();
    auto report = judge.Run(*problem, source, {});
    const double ms = Ms(Clock::now() - t0);
    if (!report) {
      state.SkipWithError(report.error().message.c_str());
      return;
    }
    if (!report->compile.cached || report->verdict != judge::Verdict::kAccepted ||
        report->cases.size() != kCases || !report->missing_layers.empty()) {
      state.SkipWithError("expected a cached compile, 20 accepted cases and every sandbox layer");
      return;
    }
    state.SetIterationTime(ms / 1000);
    judged.wall_ms += ms;
    for (const auto& c : report->cases) {
      judged.cpu_ms += c.cpu_ms;
      judged.case_wall_ms += c.wall_ms;
    }
    if (runs % 2 == 0 && !RunBare(*problem, bare, error)) {
      state.SkipWithError(error.c_str());
      return;
    }
    ++runs;
  }
  const double n = static_cast<double>(runs);
  const double ratio = judged.wall_ms / judged.cpu_ms;
  const double bare_ratio = bare.wall_ms / bare.cpu_ms;
  state.counters["wall_ms"] = judged.wall_ms / n;
  state.counters["cpu_sum_ms"] = judged.cpu_ms / n;
  state.counters["case_cpu_ms"] = judged.cpu_ms / n / kCases;
  state.counters["ratio"] = ratio;
  state.counters["bare_ratio"] = bare_ratio;
  state.counters["norm_ratio"] = ratio / bare_ratio;
  state.counters["overhead_ms"] = (judged.wall_ms - judged.cpu_ms) / n / kCases;
  state.counters["box_overhead_ms"] = (judged.case_wall_ms - judged.cpu_ms) / n / kCases;
  state.counters["bare_overhead_ms"] = (bare.wall_ms - bare.cpu_ms) / n / kCases;
  state.counters["extra_ms"] = ((judged.wall_ms - judged.cpu_ms) - (bare.wall_ms - bare.cpu_ms)) / n / kCases;
  g_overhead_ms[which] = (judged.wall_ms - judged.cpu_ms) / n / kCases;
  g_norm_ratio[which] = ratio / bare_ratio;
}
BENCHMARK_CAPTURE(BM_Judge20, tiny_1ms, 0)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK_CAPTURE(BM_Judge20, medium_15ms, 1)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(BM_Judge20, large_100ms, 2)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

// B: as in launch_bench.
void BM_BareVforkExec(benchmark::State& state) {
  const std::string path = (g_root / "noop").string();
  char* argv[] = {const_cast<char*>(path.c_str()), nullptr};
  char* envp[] = {nullptr};
  std::vector<double> us;
  for (auto _ : state) {
    const auto t0 = Clock::now();
    pid_t pid;
    if (posix_spawn(&pid, path.c_str(), nullptr, nullptr, argv, envp) != 0) {
      state.SkipWithError("posix_spawn failed");
      return;
    }
    int status;
    waitpid(pid, &status, 0);
    us.push_back(Ms(Clock::now() - t0) * 1000);
  }
  g_b_p50_us = Percentile(us, 0.50);
  state.counters["p50_us"] = g_b_p50_us;
  state.counters["p95_us"] = Percentile(us, 0.95);
}
BENCHMARK(BM_BareVforkExec)->UseRealTime()->Iterations(2000);

}  // namespace

int main(int argc, char** argv) {
  char tmpl[] = "/tmp/judge-judge-bench-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) return 1;
  g_root = tmpl;
  std::FILE* src = std::fopen((g_root / "noop.cpp").c_str(), "w");
  std::fputs("int main() { return 0; }\n", src);
  std::fclose(src);
  const std::string cmd = fmt::format("g++ -O2 -static -o {0}/noop {0}/noop.cpp", g_root.string());
  if (std::system(cmd.c_str()) != 0) {
    std::fprintf(stderr, "judge_bench: cannot build the no-op with g++ -static\n");
    return 1;
  }
  Prepare();
  if (!g_setup_error.empty()) std::fprintf(stderr, "judge_bench: %s\n", g_setup_error.c_str());
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::printf("\nlast repetition, B p50 = %.0f us\n", g_b_p50_us);
  std::printf("  per-case overhead: tiny %.2f ms (goal <= 1.0), medium %.2f ms, large %.2f ms\n", g_overhead_ms[0],
              g_overhead_ms[1], g_overhead_ms[2]);
  std::printf("  ratio / bare_ratio: medium %.3f (goal <= 1.10), large %.3f (goal <= 1.03)\n", g_norm_ratio[1],
              g_norm_ratio[2]);
  std::error_code ec;
  fs::remove_all(g_root, ec);
  return g_setup_error.empty() ? 0 : 1;
}
