// The team server under load and faults, end to end: three `judge worker` processes drain 1,000
// queued submissions of a trivial problem while one of them is SIGKILLed mid-job and the
// database is restarted. None may be lost, none judged twice, and every verdict must be the one
// a local `judge submit` gives the same source. Few distinct sources, so the compiler cache
// makes each job two sandboxed runs; short leases, so the killed worker's job comes back fast.
#include <map>

#include "judge/store/queue.h"
#include "tests/team/team_e2e.h"

namespace judge {
namespace {

using e2e::Outcome;
using teamtest::Team;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr int kJobs = 1000;

TEST_F(Team, ThreeWorkersDrainAThousandJobsThroughAKillAndARestartLosingNothing) {
  REQUIRE_SANDBOX();
  // The sources and the verdicts local judging gives them.
  const std::vector<std::pair<std::string, std::string>> sources = {
      {"ac.cpp", teamtest::kSum}, {"wa.cpp", teamtest::kWrong}, {"re.cpp", teamtest::kCrash}};
  std::map<std::string, std::string> local;  // file -> verdict
  std::int64_t cases = 0;                     // the cases all jobs' attempts should have
  for (size_t k = 0; k < sources.size(); ++k) {
    const auto& [file, text] = sources[k];
    Outcome o = e2e::Judge({"submit", "sum", Source(file, text).string(), "--json", "--no-ladder", "--no-save"});
    ASSERT_NE(o.out, "") << o.err;
    const auto j = nlohmann::json::parse(o.out);
    local[file] = j["verdict"];
    cases += static_cast<std::int64_t>(j["cases"].size()) * ((kJobs + 2 - static_cast<int>(k)) / 3);
  }
  EXPECT_EQ(local["ac.cpp"], "AC");
  EXPECT_EQ(local["wa.cpp"], "WA");
  EXPECT_EQ(local["re.cpp"], "RE");

  // Queued as `judge submit --db --no-wait` queues them, as candidate alice.
  {
    PgConnection db = Connect("alice");
    Queue queue(db);
    const std::string hash = Hash();
    for (int i = 0; i < kJobs; ++i) {
      JobRequest r;
      r.client_token = NewClientToken();
      r.problem = "sum";
      r.package_sha256 = hash;
      r.file = sources[i % sources.size()].first;
      r.source = sources[i % sources.size()].second;
      r.no_ladder = true;
      auto id = queue.Enqueue(r);
      ASSERT_TRUE(id) << id.error().message;
    }
  }
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs WHERE state = 'queued'"), std::to_string(kJobs));

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<teamtest::Process>> workers;
  for (const char* role : {"w1", "w2", "w3"}) workers.push_back(Worker(role, {"--idle-exit", "6"}));

  // A worker SIGKILLed while it holds a job: the job comes back when the lease (2 s) expires.
  ASSERT_TRUE(Await("SELECT count(*) >= 150 FROM judge.jobs WHERE state = 'done'", "t", 300s));
  // Frozen first, so that what it holds cannot change between the look and the kill.
  const std::string victim = workers[0]->Name();
  const std::string holding =
      fmt::format("SELECT string_agg(id::text, ',') FROM judge.jobs WHERE state = 'running' AND worker = '{}'", victim);
  std::string orphan;
  for (int tries = 0; tries < 100 && orphan.empty(); ++tries) {
    workers[0]->Signal(SIGSTOP);
    orphan = Scalar(holding);
    if (orphan.empty()) {
      workers[0]->Signal(SIGCONT);  // between two jobs: let it take the next one
      std::this_thread::sleep_for(30ms);
    }
  }
  ASSERT_FALSE(orphan.empty()) << "worker " << victim << " was never seen holding a job";
  workers[0]->Signal(SIGKILL);
  EXPECT_EQ(workers[0]->Wait(), 128 + SIGKILL);
  workers.push_back(Worker("w4", {"--idle-exit", "6"}));

  // The database restarts as after a crash: every connection is cut mid-whatever.
  ASSERT_TRUE(Await("SELECT count(*) >= 500 FROM judge.jobs WHERE state = 'done'", "t", 300s));
  ASSERT_TRUE(cluster_->Restart(/*immediate=*/true));

  for (size_t i = 1; i < workers.size(); ++i) EXPECT_EQ(workers[i]->Wait(), 0) << workers[i]->Log();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("drained %d jobs with 3 workers in %.1f s (%.0f jobs/s)\n", kJobs, seconds, kJobs / seconds);

  // None lost, none judged twice: every job done, with exactly one attempt, and its own.
  EXPECT_EQ(Scalar("SELECT string_agg(state || ' ' || n, ', ' ORDER BY state) FROM "
                   "(SELECT state, count(*) AS n FROM judge.jobs GROUP BY state) s"),
            fmt::format("done {}", kJobs));
  EXPECT_EQ(Scalar("SELECT count(*) || ' ' || count(DISTINCT job_id) FROM judge.attempts"),
            fmt::format("{} {}", kJobs, kJobs));
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs j JOIN judge.attempts a ON a.id = j.attempt_id AND a.job_id = j.id "
                   "WHERE a.source = j.source AND a.file = j.file AND a.submitter = 'alice'"),
            std::to_string(kJobs));
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.cases"), std::to_string(cases));
  // The same verdicts as local judging, per source.
  for (const auto& [file, verdict] : local)
    EXPECT_EQ(Scalar(fmt::format("SELECT string_agg(DISTINCT a.verdict, ',') || ' ' || count(*) FROM judge.attempts a "
                                 "WHERE a.file = '{}'",
                                 file)),
              fmt::format("{} {}", verdict, (kJobs + 2 - (file == "ac.cpp" ? 0 : file == "wa.cpp" ? 1 : 2)) / 3))
        << file;
  // Each job's printed result is its own attempt's, with a local submit's exit code.
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs j JOIN judge.attempts a ON a.id = j.attempt_id "
                   "WHERE j.exit_code = CASE a.verdict WHEN 'AC' THEN 0 ELSE 1 END "
                   "AND j.result_text LIKE '%saved as attempt ' || a.id || E'\\n%' "
                   "AND j.result_json::jsonb ->> 'verdict' = a.verdict AND (j.result_json::jsonb ->> 'attempt')::bigint = a.id"),
            std::to_string(kJobs));
  // The killed worker's job was judged once, by another worker, on its second claim.
  EXPECT_EQ(Scalar(fmt::format("SELECT state || ' ' || tries || ' ' || (worker <> '{}') FROM judge.jobs WHERE id = {}",
                               victim, orphan)),
            "done 2 true");
  // Every live worker took a share.
  for (size_t i = 1; i < workers.size(); ++i)
    EXPECT_NE(Scalar(fmt::format("SELECT count(*) FROM judge.jobs WHERE worker = '{}'", workers[i]->Name())), "0");
}

}  // namespace
}  // namespace judge

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  ::testing::AddGlobalTestEnvironment(new pgtest::ClusterEnvironment);
  return RUN_ALL_TESTS();
}
