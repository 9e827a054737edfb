// The queue's guarantees on a real throwaway cluster: claims never shared, leases that expire
// and are taken over, stale results refused, poison jobs failed, refusals, notifications; and
// the worker loop around a scripted judging callback (the real judging is team_e2e_test's).
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "judge/store/queue.h"
#include "judge/store/worker.h"
#include "tests/team/team_env.h"

namespace judge {
namespace {

using pgtest::TeamTest;
using std::chrono::milliseconds;

JobRequest MakeJob(int n) {
  JobRequest r;
  r.client_token = fmt::format("token-{:016}", n);
  r.problem = "sum";
  r.package_sha256 = std::string(64, 'b');
  r.source = fmt::format("int main() {{ return {}; }}\n", n % 2);
  r.file = "sol.cpp";
  return r;
}

Attempt AttemptFor(const Job& job, const std::string& verdict = "AC") {
  Attempt a;
  a.problem = job.request.problem;
  a.verdict = verdict;
  a.source = job.request.source;
  a.compiler = "g++";
  a.machine = "test machine";
  a.cases.push_back({"secret/1", verdict, 1.0, 2.0, 100, 0, std::nullopt, ""});
  return a;
}

RenderedResult Rendered(std::int64_t attempt) { return {fmt::format("saved as attempt {}\n", attempt), "{}", 0}; }

class QueueTest : public TeamTest {
 protected:
  std::vector<std::int64_t> EnqueueMany(int n, const std::string& as = "alice") {
    PgConnection db = Connect(as);
    Queue queue(db);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < n; ++i) {
      static int serial = 0;
      auto id = queue.Enqueue(MakeJob(++serial));
      EXPECT_TRUE(id) << id.error().message;
      if (id) ids.push_back(*id);
    }
    return ids;
  }
};

TEST_F(QueueTest, EnqueueIsIdempotentUnderItsToken) {
  PgConnection db = Connect("alice");
  Queue queue(db);
  auto first = queue.Enqueue(MakeJob(1));
  auto again = queue.Enqueue(MakeJob(1));  // a retry after a lost connection
  ASSERT_TRUE(first && again);
  EXPECT_EQ(*first, *again);
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs"), "1");
}

TEST_F(QueueTest, ClaimsTakeTheOldestAndConcurrentWorkersNeverShareAJob) {
  const auto ids = EnqueueMany(120);
  std::mutex mutex;
  std::multiset<std::int64_t> claimed;
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w)
    workers.emplace_back([&, w] {
      PgConnection db = Connect("w" + std::to_string(w + 1));
      Queue queue(db);
      std::int64_t last = 0;
      for (;;) {
        auto job = queue.Claim("worker" + std::to_string(w), milliseconds(60'000));
        ASSERT_TRUE(job) << job.error().message;
        if (!*job) break;
        EXPECT_GT((*job)->id, last);  // each worker sees the queue in order
        last = (*job)->id;
        EXPECT_EQ((*job)->tries, 1);
        EXPECT_EQ((*job)->submitter, "alice");
        std::lock_guard lock(mutex);
        claimed.insert((*job)->id);
      }
    });
  for (auto& t : workers) t.join();
  EXPECT_EQ(claimed, std::multiset<std::int64_t>(ids.begin(), ids.end()));
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs WHERE state = 'running'"), "120");
}

TEST_F(QueueTest, AnExpiredLeaseIsTakenOverAndTheFirstWorkersResultIsRefused) {
  EnqueueMany(1);
  PgConnection a = Connect("w1"), b = Connect("w2");
  auto first = Queue(a).Claim("A", milliseconds(200));
  ASSERT_TRUE(first && *first);
  EXPECT_FALSE(*Queue(b).Claim("B", milliseconds(60'000)));  // still leased
  std::this_thread::sleep_for(milliseconds(400));
  auto second = Queue(b).Claim("B", milliseconds(60'000));
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->id, (*first)->id);
  EXPECT_EQ((*second)->tries, 2);
  // A wakes up: its lease is gone, its result is not stored.
  auto renewed = Queue(a).Renew(**first, "A", milliseconds(60'000));
  ASSERT_TRUE(renewed);
  EXPECT_FALSE(*renewed);
  auto late = Queue(a).Complete(**first, "A", AttemptFor(**first), Rendered);
  ASSERT_TRUE(late) << late.error().message;
  EXPECT_EQ(*late, Queue::Stored::kLost);
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.attempts"), "0");
  auto stored = Queue(b).Complete(**second, "B", AttemptFor(**second), Rendered);
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(*stored, Queue::Stored::kStored);
  // Calling again (as after a COMMIT whose answer was lost) stores nothing twice.
  EXPECT_EQ(*Queue(b).Complete(**second, "B", AttemptFor(**second), Rendered), Queue::Stored::kStored);
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.attempts"), "1");
  EXPECT_EQ(Scalar("SELECT state || ' ' || worker || ' ' || (attempt_id IS NOT NULL) || ' ' || exit_code "
                   "FROM judge.jobs"),
            "done B true 0");
  EXPECT_EQ(Scalar("SELECT submitter FROM judge.attempts"), "alice");
  EXPECT_EQ(Scalar("SELECT result_text FROM judge.jobs"),
            "saved as attempt " + Scalar("SELECT id FROM judge.attempts") + "\n");
}

TEST_F(QueueTest, AJobThatKeepsLosingItsWorkersIsFailedWithTheReason) {
  const auto ids = EnqueueMany(1);
  PgConnection db = Connect("w1");
  Queue queue(db);
  for (int k = 1; k <= kMaxTries; ++k) {
    auto job = queue.Claim(fmt::format("W{}", k), milliseconds(50));
    ASSERT_TRUE(job && *job) << "claim " << k;
    EXPECT_EQ((*job)->tries, k);
    std::this_thread::sleep_for(milliseconds(120));  // the worker "dies": no renewal
  }
  EXPECT_FALSE(*queue.Claim("W4", milliseconds(50)));  // not offered a fourth time
  auto failed = queue.FailAbandoned();
  ASSERT_TRUE(failed) << failed.error().message;
  EXPECT_EQ(*failed, 1);
  PgConnection alice = Connect("alice");
  auto status = Queue(alice).Status(ids[0]);
  ASSERT_TRUE(status && *status);
  EXPECT_EQ((*status)->state, JobState::kFailed);
  EXPECT_EQ((*status)->exit_code, 3);
  EXPECT_EQ((*status)->error,
            "gave up after 3 tries: the last worker (W3) stopped renewing its lease mid-judgement (killed, crashed or "
            "cut off from the database)");
}

TEST_F(QueueTest, ARefusedJobGoesBackUncountedAndThatWorkerIsNotOfferedItAgain) {
  const auto ids = EnqueueMany(1);
  PgConnection db = Connect("w1");
  Queue queue(db);
  auto job = queue.Claim("stale-copy", milliseconds(60'000));
  ASSERT_TRUE(job && *job);
  ASSERT_TRUE(queue.Refuse(**job, "stale-copy", "its copy of the package sum differs"));
  EXPECT_FALSE(*queue.Claim("stale-copy", milliseconds(60'000)));
  auto other = queue.Claim("good-copy", milliseconds(60'000));
  ASSERT_TRUE(other && *other);
  EXPECT_EQ((*other)->tries, 1);  // the refusal was not a try
  PgConnection alice = Connect("alice");
  auto status = Queue(alice).Status(ids[0]);
  ASSERT_TRUE(status && *status);
  EXPECT_EQ((*status)->refusals, std::vector<std::string>{"stale-copy: its copy of the package sum differs"});
  EXPECT_EQ((*status)->worker, "good-copy");
}

TEST_F(QueueTest, AnErrorRequeuesUntilTheLastTryAndABadJobFailsAtOnce) {
  EnqueueMany(2);
  PgConnection db = Connect("w1");
  Queue queue(db);
  auto job = queue.Claim("W", milliseconds(60'000));
  ASSERT_TRUE(job && *job);
  ASSERT_TRUE(queue.Release(**job, "W", "cgroup could not be created", /*final=*/false, 3));
  EXPECT_EQ(Scalar(fmt::format("SELECT state || ' ' || error FROM judge.jobs WHERE id = {}", (*job)->id)),
            "queued cgroup could not be created");
  auto bad = queue.Claim("W", milliseconds(60'000));  // the next one: the requeued job is first again
  ASSERT_TRUE(bad && *bad);
  EXPECT_EQ((*bad)->id, (*job)->id);
  ASSERT_TRUE(queue.Release(**bad, "W", "problem.toml:3:1: unknown key", /*final=*/true, 2));
  EXPECT_EQ(Scalar(fmt::format("SELECT state || ' ' || exit_code FROM judge.jobs WHERE id = {}", (*job)->id)),
            "failed 2");
}

TEST_F(QueueTest, WaitersAreWokenByNotificationsNotPolling) {
  PgConnection worker = Connect("w1"), alice = Connect("alice");
  ASSERT_TRUE(Queue(worker).WatchQueue());
  auto id = Queue(alice).Enqueue(MakeJob(7));
  ASSERT_TRUE(id);
  auto woke = worker.Wait(milliseconds(5000));
  ASSERT_TRUE(woke) << woke.error().message;
  ASSERT_TRUE(*woke);
  EXPECT_EQ((*woke)->channel, "judge_queue");
  EXPECT_EQ((*woke)->payload, std::to_string(*id));
  ASSERT_TRUE(Queue(alice).Watch(*id));
  auto job = Queue(worker).Claim("W", milliseconds(60'000));
  ASSERT_TRUE(job && *job);
  auto told = alice.Wait(milliseconds(5000));
  ASSERT_TRUE(told && *told);
  EXPECT_EQ((*told)->channel, "judge_job_" + std::to_string(*id));
  EXPECT_EQ((*told)->payload, "running");
  // Nothing more happens: the wait times out rather than returning early.
  const auto start = std::chrono::steady_clock::now();
  auto quiet = alice.Wait(milliseconds(300));
  ASSERT_TRUE(quiet);
  EXPECT_FALSE(*quiet);
  EXPECT_GE(std::chrono::steady_clock::now() - start, milliseconds(250));
}

// --- The worker loop, with a scripted judging callback -------------------------------------

class WorkerLoop : public QueueTest {
 protected:
  WorkerOptions Options(const std::string& name) {
    WorkerOptions o;
    o.db = Url("w1");
    o.name = name;
    o.host = "test";
    o.machine = "test machine";
    o.lease = milliseconds(1500);
    o.idle_exit = milliseconds(1500);
    o.stop = [this] { return stop_.load(); };
    o.log = [this](const std::string& line) {
      std::lock_guard lock(log_mutex_);
      log_ += line + "\n";
    };
    return o;
  }
  static JobOutcome Judged(const Job& job) {
    JobOutcome o;
    o.kind = JobOutcome::Kind::kJudged;
    o.attempt = AttemptFor(job);
    o.render = Rendered;
    o.summary = "AC";
    return o;
  }
  std::atomic<bool> stop_{false};
  std::mutex log_mutex_;
  std::string log_;
};

TEST_F(WorkerLoop, DrainsTheQueueThenExitsWhenIdle) {
  EnqueueMany(5);
  auto summary = RunWorker(Options("loop"), [](const Job& job, const std::optional<Calibration>&) { return Judged(job); });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->judged, 5);
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.jobs WHERE state = 'done'"), "5");
  EXPECT_EQ(Scalar("SELECT state || ' ' || jobs_done FROM judge.workers WHERE name = 'loop'"), "stopped 5");
  EXPECT_NE(log_.find("idle for 1.5 s; exiting"), std::string::npos) << log_;
}

TEST_F(WorkerLoop, TheLeaseIsRenewedWhileAJobTakesLongerThanIt) {
  EnqueueMany(1);
  std::atomic<bool> taken_over{false};
  auto summary = RunWorker(Options("slow"), [&](const Job& job, const std::optional<Calibration>&) {
    // Three leases long; a rival worker keeps trying to claim meanwhile.
    PgConnection rival = Connect("w2");
    for (int i = 0; i < 9; ++i) {
      std::this_thread::sleep_for(milliseconds(500));
      auto claimed = Queue(rival).Claim("rival", milliseconds(60'000));
      if (claimed && *claimed) taken_over = true;
    }
    return Judged(job);
  });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_FALSE(taken_over);
  EXPECT_EQ(summary->judged, 1);
  EXPECT_EQ(Scalar("SELECT worker || ' ' || tries FROM judge.jobs"), "slow 1");
}

TEST_F(WorkerLoop, StopFinishesTheCurrentJobThenReturns) {
  EnqueueMany(3);
  auto options = Options("stopping");
  options.idle_exit.reset();
  auto summary = RunWorker(options, [&](const Job& job, const std::optional<Calibration>&) {
    stop_ = true;  // SIGTERM arrives mid-judgement
    std::this_thread::sleep_for(milliseconds(300));
    return Judged(job);
  });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->judged, 1);
  EXPECT_EQ(Scalar("SELECT string_agg(state, ',' ORDER BY id) FROM judge.jobs"), "done,queued,queued");
}

TEST_F(WorkerLoop, ARestartOfTheDatabaseLosesNoResult) {
  EnqueueMany(3);
  int n = 0;
  auto summary = RunWorker(Options("survivor"), [&](const Job& job, const std::optional<Calibration>&) {
    if (++n == 2) {
      EXPECT_TRUE(cluster_->Restart());  // mid-judgement
    }
    return Judged(job);
  });
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->judged, 3) << log_;
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.attempts"), "3");
  EXPECT_NE(log_.find("; reconnecting"), std::string::npos) << log_;
  EXPECT_NE(log_.find("reconnected after"), std::string::npos) << log_;
}

TEST_F(WorkerLoop, RefusalsAndFailuresAreRecordedAndAWorkerWithoutSandboxStops) {
  EnqueueMany(3);
  int n = 0;
  auto summary = RunWorker(Options("picky"), [&](const Job&, const std::optional<Calibration>&) {
    JobOutcome o;
    ++n;
    if (n == 1) {
      o.kind = JobOutcome::Kind::kRefused;
      o.reason = "its copy of the package sum differs";
    } else if (n == 2) {
      o.kind = JobOutcome::Kind::kFailed;
      o.reason = "problem.toml:2:1: bad";
      o.final = true;
      o.exit_code = 2;
    } else {
      o.kind = JobOutcome::Kind::kFailed;
      o.reason = "no cgroup controllers";
      o.stop_worker = true;
    }
    return o;
  });
  ASSERT_FALSE(summary);
  EXPECT_EQ(summary.error().message, "this worker cannot judge: no cgroup controllers");
  EXPECT_EQ(Scalar("SELECT string_agg(state || ':' || tries, ',' ORDER BY id) FROM judge.jobs"),
            "queued:0,failed:1,queued:1");
  EXPECT_EQ(Scalar("SELECT worker || ': ' || reason FROM judge.refusals"),
            "picky: its copy of the package sum differs");
}

TEST_F(WorkerLoop, TheFirstCalibrationOfAMachineKindIsSharedWithTheNextJobs) {
  EnqueueMany(2);
  std::vector<std::optional<Calibration>> seen;
  auto summary = RunWorker(Options("calibrating"), [&](const Job& job, const std::optional<Calibration>& c) {
    seen.push_back(c);
    JobOutcome o = Judged(job);
    if (!c) o.calibration = Calibration{milliseconds(2000), 812.5, "calibrating"};
    return o;
  });
  ASSERT_TRUE(summary) << summary.error().message;
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_FALSE(seen[0]);
  ASSERT_TRUE(seen[1]);
  EXPECT_EQ(seen[1]->time_limit, milliseconds(2000));
  EXPECT_EQ(seen[1]->worker, "calibrating");
}

}  // namespace
}  // namespace judge

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new pgtest::ClusterEnvironment);
  return RUN_ALL_TESTS();
}
