// The team server end to end: db init, submit --db (waiting and not), queue, worker, history and
// compare on the shared history, refusals of another package copy, SIGTERM, and a poison job.
// The 1,000-job drain with its faults is drain_test.cpp.
#include <set>

#include "judge/base/sha256.h"
#include "judge/store/queue.h"
#include "tests/team/team_e2e.h"

namespace judge {
namespace {

using e2e::Outcome;
using teamtest::Slow;
using teamtest::Team;
using teamtest::kSum;
using teamtest::kWrong;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

TEST_F(Team, CommandsSayWhatTheyNeed) {
  unsetenv("JUDGE_DB");
  const fs::path wa = Source("wa.cpp", kWrong);
  Outcome o = e2e::Judge({"queue"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "judge: judge queue needs --db URL (or JUDGE_DB)\n");
  o = e2e::Judge({"submit", "sum", wa.string(), "--no-wait"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "judge: --no-wait queues a job for the team's workers: it needs --db URL (or JUDGE_DB)\n");
  o = e2e::Judge({"submit", "sum", wa.string(), "--db", Url("alice"), "--no-save"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "judge: --no-save cannot be used with --db: the team history keeps every attempt\n");
  o = e2e::Judge({"submit", "sum", wa.string(), "--db", Url("alice"), "--allow-unsandboxed"});
  EXPECT_EQ(o.exit_code, 2);
  o = e2e::Judge({"submit", "sum", wa.string(), "--db", Url("alice"), "--all"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("--all cannot be used with --db"), std::string::npos) << o.err;
  o = e2e::Judge({"db", "init", "--db", Url("postgres")});  // SetUp created it already
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("schema version 2 is current; nothing to do"), std::string::npos) << o.out;
  o = e2e::Judge({"history", "sum", "--db", cluster_->Url("no_such_db", "alice")});
  EXPECT_EQ(o.exit_code, 3);
  EXPECT_NE(o.err.find("database \"no_such_db\" does not exist"), std::string::npos) << o.err;
  setenv("JUDGE_DB", Url("alice").c_str(), 1);  // the same as --db
  o = e2e::Judge({"queue", "--json"});
  unsetenv("JUDGE_DB");
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(nlohmann::json::parse(o.out)["queued"], 0);
}

TEST_F(Team, ASubmitWaitsAndPrintsWhatALocalSubmitPrints) {
  REQUIRE_SANDBOX();
  const fs::path wa = Source("wa.cpp", kWrong), ac = Source("hash_sum.cpp", kSum);
  auto worker = Worker("w1", {"--idle-exit", "30"});
  for (const auto& [file, code] : {std::pair{wa, 1}, std::pair{ac, 0}}) {
    Outcome local = e2e::Judge({"submit", "sum", file.string(), "--json"});
    Outcome team = e2e::Judge({"submit", "sum", file.string(), "--json", "--db", Url("alice"), "--label", "try"});
    ASSERT_EQ(local.exit_code, code) << local.err;
    ASSERT_EQ(team.exit_code, code) << team.err;
    auto l = nlohmann::json::parse(local.out), t = nlohmann::json::parse(team.out);
    std::set<std::string> lkeys, tkeys;
    for (auto& [k, v] : l.items()) lkeys.insert(k);
    for (auto& [k, v] : t.items()) tkeys.insert(k);
    EXPECT_EQ(lkeys, tkeys);
    EXPECT_EQ(t["verdict"], l["verdict"]);
    ASSERT_EQ(t["cases"].size(), l["cases"].size());
    for (size_t i = 0; i < l["cases"].size(); ++i)
      for (const char* key : {"name", "verdict", "message", "exit_code", "signal"})
        EXPECT_EQ(t["cases"][i][key], l["cases"][i][key]) << key;
    EXPECT_EQ(t["ladder"].empty(), l["ladder"].empty());  // an AC is timed against the reference
    EXPECT_EQ(t["attempt"].get<std::int64_t>(), std::stoll(Scalar("SELECT max(id) FROM judge.attempts")));
  }
  Outcome text = e2e::Judge({"submit", "sum", wa.string(), "--db", Url("alice")});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.out.find("verdict: WA (wrong answer) on secret/2  1/2 passed"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("saved as attempt 3\n"), std::string::npos) << text.out;

  // The shared history: alice sees her three attempts with the ratio of the AC; bob sees none
  // and cannot compare against hers.
  Outcome mine = e2e::Judge({"history", "sum", "--json", "--db", Url("alice")});
  ASSERT_EQ(mine.exit_code, 0) << mine.err;
  auto h = nlohmann::json::parse(mine.out);
  ASSERT_EQ(h["attempts"].size(), 3u);
  EXPECT_EQ(h["attempts"][1]["file"], "hash_sum.cpp");
  EXPECT_EQ(h["attempts"][1]["label"], "try");
  EXPECT_TRUE(h["attempts"][1]["ratio_to_ref"].is_number());
  EXPECT_EQ(h["attempts"][1]["submitter"], "alice");
  EXPECT_NE(h["attempts"][1]["machine"].get<std::string>().find(" x"), std::string::npos);
  Outcome theirs = e2e::Judge({"history", "sum", "--json", "--db", Url("bob")});
  EXPECT_EQ(nlohmann::json::parse(theirs.out)["attempts"].size(), 0u);
  Outcome compare = e2e::Judge({"compare", "sum", "2", "ref", "--db", Url("bob")});
  EXPECT_EQ(compare.exit_code, 2);
  EXPECT_EQ(compare.err, "judge: no attempt #2 in team database " + db_ + " on " + cluster_->dir().string() +
                             ":5432 as bob\n");
  Outcome own = e2e::Judge({"compare", "sum", "2", "ref", "--db", Url("alice"), "--budget", "5"});
  EXPECT_EQ(own.exit_code, 0) << own.err;
  EXPECT_NE(own.out.find("attempt #2 (hash_sum.cpp, \"try\")"), std::string::npos) << own.out;
  worker->Signal(SIGTERM);
  EXPECT_EQ(worker->Wait(), 0) << worker->Log();
}

TEST_F(Team, AWorkerWithAnotherCopyOfThePackageRefusesAndTheQueueSaysSo) {
  REQUIRE_SANDBOX();
  const fs::path other = dir_ / "other-problems";
  fs::copy(problems_, other, fs::copy_options::recursive);
  Write(other / "sum/data/secret/2.ans", "13\n");  // different tests: its verdicts would differ
  Outcome queued = e2e::Judge({"submit", "sum", Source("ac.cpp", kSum).string(), "--db", Url("alice"), "--no-wait",
                               "--json", "--no-ladder"});
  ASSERT_EQ(queued.exit_code, 0) << queued.err;
  const auto job = nlohmann::json::parse(queued.out);
  EXPECT_EQ(queued.out, fmt::format("{{\"schema\":1,\"job\":{}}}\n", job["job"].get<int>()));
  auto stale = Worker("w1", {"--idle-exit", "3"}, {{"JUDGE_PROBLEMS", other.string()}});
  ASSERT_TRUE(Await("SELECT count(*) FROM judge.refusals", "1"));
  Outcome view = e2e::Judge({"queue", "--json", "--db", Url("alice")});
  ASSERT_EQ(view.exit_code, 0) << view.err;
  auto q = nlohmann::json::parse(view.out);
  ASSERT_EQ(q["refusals"].size(), 1u);
  EXPECT_EQ(q["refusals"][0]["worker"], stale->Name());
  EXPECT_NE(q["refusals"][0]["reason"].get<std::string>().find("its copy of the package sum differs"),
            std::string::npos);
  EXPECT_EQ(q["queued"], 1);
  Outcome text = e2e::Judge({"queue", "--db", Url("alice")});
  EXPECT_NE(text.out.find("refused (the worker lacks the problem, or its copy of the package differs):"),
            std::string::npos) << text.out;
  EXPECT_EQ(stale->Wait(), 0);
  EXPECT_EQ(Scalar("SELECT state FROM judge.jobs"), "queued");
  auto good = Worker("w2", {"--idle-exit", "3"});
  EXPECT_EQ(good->Wait(), 0) << good->Log();
  EXPECT_EQ(Scalar("SELECT state || ' ' || worker FROM judge.jobs"), "done " + good->Name());
}

TEST_F(Team, SigtermFinishesTheJobInHandThenExits) {
  REQUIRE_SANDBOX();
  e2e::Judge({"submit", "sum", Source("slow.cpp", Slow(1.0)).string(), "--db", Url("alice"), "--no-wait",
              "--no-ladder"});
  auto worker = Worker("w1");
  ASSERT_TRUE(Await("SELECT state FROM judge.jobs", "running"));
  worker->Signal(SIGTERM);
  EXPECT_EQ(worker->Wait(), 0) << worker->Log();
  EXPECT_EQ(Scalar("SELECT state || ' ' || tries FROM judge.jobs"), "done 1");
  EXPECT_EQ(Scalar("SELECT verdict FROM judge.attempts"), "AC");
  EXPECT_NE(worker->Log().find("stopped: 1 judged"), std::string::npos) << worker->Log();
  EXPECT_EQ(Scalar("SELECT state FROM judge.workers"), "stopped");
}

TEST_F(Team, AJobThatKillsThreeWorkersFailsWithTheReasonAndTheSubmitterIsTold) {
  REQUIRE_SANDBOX();
  // The candidate waits, as `judge submit --db` does, while the job kills worker after worker.
  teamtest::Process submitter({"submit", "sum", Source("slow.cpp", Slow(20.0)).string(), "--db", Url("alice"),
                               "--no-ladder", "--time-limit", "30"},
                              dir_ / "submit.log");
  ASSERT_TRUE(Await("SELECT count(*) FROM judge.jobs", "1"));
  for (int k = 1; k <= kMaxTries; ++k) {
    auto worker = Worker("w1", {"--lease", "1"});
    ASSERT_TRUE(Await("SELECT state || ' ' || tries FROM judge.jobs", fmt::format("running {}", k)));
    worker->Signal(SIGKILL);  // what a job that crashes its worker does
    worker->Wait();
  }
  auto last = Worker("w2", {"--idle-exit", "4"});
  EXPECT_EQ(last->Wait(), 0) << last->Log();
  EXPECT_EQ(Scalar("SELECT state || ' ' || exit_code FROM judge.jobs"), "failed 3");
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.attempts"), "0");
  EXPECT_EQ(submitter.Wait(), 3);
  const std::string told = submitter.Log();
  EXPECT_NE(told.find(fmt::format("judge: job {} failed: gave up after 3 tries: the last worker (", Scalar("SELECT id "
                                                                                                          "FROM judge.jobs"))),
            std::string::npos) << told;
  Outcome view = e2e::Judge({"queue", "--json", "--db", Url("alice")});
  auto q = nlohmann::json::parse(view.out);
  ASSERT_EQ(q["failures"].size(), 1u);
  EXPECT_EQ(q["failed"], 1);
  EXPECT_NE(q["failures"][0]["reason"].get<std::string>().find("stopped renewing its lease mid-judgement"),
            std::string::npos) << view.out;
}

TEST_F(Team, APackageWithoutATimeLimitIsCalibratedOncePerMachineKindAndShared) {
  REQUIRE_SANDBOX();
  const fs::path pkg = problems_ / "calib";
  Write(pkg / "problem.yaml", "name: Sum without a time limit\n");  // Kattis: derived per machine
  Write(pkg / "data/secret/1.in", "1 2\n");
  Write(pkg / "data/secret/1.ans", "3\n");
  Write(pkg / "submissions/accepted/sum.cpp", kSum);
  const fs::path ac = Source("ac.cpp", kSum);
  for (int i = 0; i < 2; ++i)
    ASSERT_EQ(e2e::Judge({"submit", "calib", ac.string(), "--db", Url("alice"), "--no-wait", "--no-ladder"}).exit_code, 0);
  auto first = Worker("w1", {"--idle-exit", "3"});
  EXPECT_EQ(first->Wait(), 0) << first->Log();
  const std::string log = first->Log();
  const std::string deriving = "calib has no time limit: deriving one on this machine (judge verify), once";
  ASSERT_NE(log.find(deriving), std::string::npos) << log;
  EXPECT_EQ(log.find(deriving, log.find(deriving) + 1), std::string::npos) << log;  // once for both jobs
  EXPECT_EQ(Scalar("SELECT count(*) || ' ' || min(time_limit_ms) || ' ' || (min(slowest_accepted_ms) > 0) || ' ' || "
                   "min(worker) FROM judge.calibrations"),
            "1 1000 true " + first->Name());
  // Another worker of the same kind, without the first one's local cache, takes the team's limit.
  fs::remove(e2e::HomeEnvironment::home() / "cache" / "timelimits" /
             (Sha256Hex(fs::weakly_canonical(pkg).string()).substr(0, 32) + ".json"));
  ASSERT_EQ(e2e::Judge({"submit", "calib", ac.string(), "--db", Url("alice"), "--no-wait", "--no-ladder"}).exit_code, 0);
  auto second = Worker("w2", {"--idle-exit", "3"});
  EXPECT_EQ(second->Wait(), 0) << second->Log();
  EXPECT_EQ(second->Log().find("deriving"), std::string::npos) << second->Log();
  EXPECT_EQ(Scalar("SELECT string_agg(verdict, ',') FROM judge.attempts"), "AC,AC,AC");
}

}  // namespace
}  // namespace judge

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  ::testing::AddGlobalTestEnvironment(new pgtest::ClusterEnvironment);
  return RUN_ALL_TESTS();
}
