// The team queue's own cost per job, against what a local judge spends per submission, in one
// run on a throwaway PostgreSQL cluster (tests/team/pg_cluster.h; needs root or a user that can
// run Debian's PostgreSQL, as the team tests do).
//
//   BM_QueueRoundTrip   one trivial job through the queue: Enqueue (as a candidate), Claim,
//                       Complete with a one-case attempt (as a worker). jobs/s = items_per_second.
//   BM_ClaimLatency     a worker blocked in LISTEN; the time from the candidate's Enqueue
//                       returning to the worker holding the claimed job.
//   BM_LocalSubmit      the baseline: `judge submit` of a trivial cached solution on a two-case
//                       problem, --no-save --no-ladder, as a process (what a local judge costs
//                       per submission, the same path a worker runs in-process).
//
// The figure that matters is RoundTrip / LocalSubmit: the share the queue adds per job.
//
//   build/<dir>/bench/team_queue_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "judge/store/pg_schema.h"
#include "judge/store/queue.h"
#include "tests/team/pg_cluster.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

// One cluster and one database for the whole program, torn down at exit.
pgtest::Cluster* TheCluster() {
  static std::unique_ptr<pgtest::Cluster> cluster = [] {
    std::string why;
    auto c = pgtest::Cluster::Start(&why);
    if (!c) {
      std::fprintf(stderr, "team_queue_bench: cannot start PostgreSQL: %s\n", why.c_str());
      std::exit(1);
    }
    std::string e = c->Sql("CREATE DATABASE bench");
    auto conn = PgConnection::Connect(c->Url("bench"));
    if (e.empty() && conn) {
      auto init = InitTeamSchema(*conn);
      if (!init) e = init.error().message;
    }
    if (e.empty())
      e = c->Sql("CREATE ROLE alice LOGIN IN ROLE judge_candidate; CREATE ROLE w1 LOGIN IN ROLE judge_worker");
    if (!e.empty() || !conn) {
      std::fprintf(stderr, "team_queue_bench: %s\n", !conn ? conn.error().message.c_str() : e.c_str());
      std::exit(1);
    }
    return c;
  }();
  return cluster.get();
}

PgConnection Connect(const std::string& role) {
  auto conn = PgConnection::Connect(TheCluster()->Url("bench", role));
  if (!conn) {
    std::fprintf(stderr, "team_queue_bench: %s\n", conn.error().message.c_str());
    std::exit(1);
  }
  return std::move(conn).value();
}

JobRequest TrivialJob() {
  JobRequest r;
  r.client_token = NewClientToken();
  r.problem = "sum";
  r.package_sha256 = std::string(64, 'b');
  r.source = "int main() {}\n";
  r.file = "sol.cpp";
  r.no_ladder = true;
  return r;
}

Attempt OneCaseAttempt(const Job& job) {
  Attempt a;
  a.problem = job.request.problem;
  a.verdict = "AC";
  a.cpu_ms = 1.0;
  a.source = job.request.source;
  a.compiler = "g++";
  a.machine = "bench machine";
  a.cases.push_back({"secret/1", "AC", 1.0, 2.0, 100, 0, std::nullopt, ""});
  return a;
}

RenderedResult Rendered(std::int64_t attempt) { return {fmt::format("saved as attempt {}\n", attempt), "{}", 0}; }

void BM_QueueRoundTrip(benchmark::State& state) {
  PgConnection alice = Connect("alice"), worker = Connect("w1");
  Queue candidate(alice), queue(worker);
  for (auto _ : state) {
    auto id = candidate.Enqueue(TrivialJob());
    auto job = queue.Claim("bench-worker", milliseconds(30'000));
    if (!id || !job || !*job) {
      state.SkipWithError("enqueue or claim failed");
      return;
    }
    auto stored = queue.Complete(**job, "bench-worker", OneCaseAttempt(**job), Rendered);
    if (!stored || *stored != Queue::Stored::kStored) {
      state.SkipWithError("complete failed");
      return;
    }
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QueueRoundTrip)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

void BM_ClaimLatency(benchmark::State& state) {
  PgConnection alice = Connect("alice"), worker = Connect("w1");
  Queue candidate(alice), queue(worker);
  if (!queue.WatchQueue()) {
    state.SkipWithError("LISTEN failed");
    return;
  }
  for (auto _ : state) {
    std::chrono::steady_clock::time_point queued;
    std::optional<Job> claimed;
    std::thread waiter([&] {
      auto woke = worker.Wait(milliseconds(10'000));
      if (woke && *woke) {
        auto job = queue.Claim("bench-worker", milliseconds(30'000));
        if (job && *job) claimed = **job;
      }
    });
    std::this_thread::sleep_for(milliseconds(2));  // the worker is blocked in its wait
    auto id = candidate.Enqueue(TrivialJob());
    queued = std::chrono::steady_clock::now();
    waiter.join();
    const auto held = std::chrono::steady_clock::now();
    if (!id || !claimed) {
      state.SkipWithError("enqueue or claim failed");
      return;
    }
    state.SetIterationTime(std::chrono::duration<double>(held - queued).count());
    (void)queue.Complete(*claimed, "bench-worker", OneCaseAttempt(*claimed), Rendered);
  }
}
BENCHMARK(BM_ClaimLatency)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);

void Write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

void BM_LocalSubmit(benchmark::State& state) {
  const fs::path dir = TheCluster()->dir() / "local";
  const char* sum = "#include <cstdio>\nint main() { long a, b; std::scanf(\"%ld %ld\", &a, &b); "
                    "std::printf(\"%ld\\n\", a + b); }\n";
  Write(dir / "problems/sum/problem.toml", "title = \"Sum\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n");
  Write(dir / "problems/sum/statement.md", "Print a + b.\n");
  Write(dir / "problems/sum/data/secret/1.in", "1 2\n");
  Write(dir / "problems/sum/data/secret/1.ans", "3\n");
  Write(dir / "problems/sum/data/secret/2.in", "5 7\n");
  Write(dir / "problems/sum/data/secret/2.ans", "12\n");
  Write(dir / "problems/sum/submissions/accepted/sum.cpp", sum);
  Write(dir / "ac.cpp", sum);
  const std::string command =
      fmt::format("JUDGE_HOME={0}/home JUDGE_PROBLEMS={0}/problems {1} submit sum {0}/ac.cpp --no-save --no-ladder "
                  ">/dev/null 2>&1",
                  dir.string(), JUDGE_BINARY);
  if (std::system(command.c_str()) != 0) {  // warms the compile cache
    state.SkipWithError("judge submit failed");
    return;
  }
  for (auto _ : state)
    if (std::system(command.c_str()) != 0) {
      state.SkipWithError("judge submit failed");
      return;
    }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LocalSubmit)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

}  // namespace
}  // namespace judge

BENCHMARK_MAIN();
