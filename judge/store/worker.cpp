#include "judge/store/worker.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "judge/store/pg_schema.h"

namespace judge {

namespace {

using sandbox::ErrorKind;
using sandbox::MakeError;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

milliseconds Since(Clock::time_point start) {
  return std::chrono::duration_cast<milliseconds>(Clock::now() - start);
}

// Sleeps `total`, in slices, returning early once stop() says so.
void Nap(milliseconds total, const std::function<bool()>& stop) {
  const auto end = Clock::now() + total;
  while (Clock::now() < end && !(stop && stop())) std::this_thread::sleep_for(std::min(milliseconds(100), total));
}

// Reconnects `db` with back-off until it works or `give_up()`; logs the outage once and its end.
bool Reconnect(PgConnection& db, const std::string& why, const std::function<void(const std::string&)>& log,
               const std::function<bool()>& give_up) {
  log(fmt::format("{}; reconnecting", why));
  Backoff backoff;
  const auto start = Clock::now();
  while (!give_up()) {
    Nap(backoff.Next(), give_up);
    if (give_up()) break;
    if (db.Reconnect()) {
      log(fmt::format("reconnected after {:.1f} s", static_cast<double>(Since(start).count()) / 1000.0));
      return true;
    }
  }
  return false;
}

// The lease and heartbeat thread: its own connection, so that a long judgement on the main
// thread never delays a renewal.
class LeaseKeeper {
 public:
  LeaseKeeper(const WorkerOptions& options, PgConnection db) : options_(options), db_(std::move(db)) {
    thread_ = std::thread([this] { Loop(); });
  }
  LeaseKeeper(const LeaseKeeper&) = delete;
  LeaseKeeper& operator=(const LeaseKeeper&) = delete;
  ~LeaseKeeper() {
    {
      std::lock_guard lock(mutex_);
      quit_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

  // The job being judged (renewed from now on), or nullopt when idle.
  void Hold(std::optional<Job> job, std::string state) {
    {
      std::lock_guard lock(mutex_);
      job_ = std::move(job);
      state_ = std::move(state);
    }
    wake_.notify_all();  // a heartbeat with the new state now
  }

 private:
  void Loop() {
    const milliseconds period = std::clamp(options_.lease / 3, milliseconds(200), milliseconds(10'000));
    std::unique_lock lock(mutex_);
    while (!quit_) {
      std::optional<Job> job = job_;
      const std::string state = state_;
      lock.unlock();
      Beat(job, state);
      lock.lock();
      wake_.wait_for(lock, period, [&] { return quit_ || job_.has_value() != job.has_value() || state_ != state; });
    }
    lock.unlock();
    // The last word: this worker is gone, not merely quiet.
    if (!db_.Lost()) (void)Queue(db_).Heartbeat(options_.name, options_.host, options_.machine, "stopped", std::nullopt);
  }

  void Beat(const std::optional<Job>& job, const std::string& state) {
    if (db_.Lost()) {
      if (!db_.Reconnect()) return;  // tried again next period: the period is the back-off here
      options_.log("lease keeper reconnected");
    }
    Queue queue(db_);
    if (job) {
      auto renewed = queue.Renew(*job, options_.name, options_.lease);
      if (renewed && !*renewed && !warned_lost_) {
        warned_lost_ = true;
        options_.log(fmt::format("job {}: the lease ran out and another worker took the job; its result will "
                                 "be discarded",
                                 job->id));
      }
      if (!renewed && !db_.Lost()) options_.log(renewed.error().message);
    } else {
      warned_lost_ = false;
    }
    auto beat = queue.Heartbeat(options_.name, options_.host, options_.machine, state,
                                job ? std::optional<std::int64_t>(job->id) : std::nullopt);
    if (!beat && !db_.Lost()) options_.log(beat.error().message);
  }

  const WorkerOptions& options_;
  PgConnection db_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool quit_ = false;
  std::optional<Job> job_;
  std::string state_ = "idle";
  bool warned_lost_ = false;
};

}  // namespace

Result<WorkerSummary> RunWorker(const WorkerOptions& options, const JobJudge& judge) {
  auto connected = PgConnection::Connect(options.db, "judge worker");
  if (!connected) return connected.error();
  PgConnection db = std::move(*connected);
  if (auto checked = CheckTeamSchema(db); !checked) return checked.error();
  auto keeper_db = PgConnection::Connect(options.db, "judge worker lease");
  if (!keeper_db) return keeper_db.error();
  LeaseKeeper keeper(options, std::move(*keeper_db));
  Queue queue(db);
  if (auto watched = queue.WatchQueue(); !watched) return watched.error();
  options.log(fmt::format("started on {} ({}); lease {:.1f} s", db.Describe(), options.machine,
                          static_cast<double>(options.lease.count()) / 1000.0));

  const auto never = [] { return false; };
  // A lost connection: back-off until it is back (or stop()), LISTEN again. An error that is
  // not a lost connection ends the worker.
  auto recover = [&](const Error& e, const std::function<bool()>& give_up) -> Result<bool> {
    if (!db.Lost() && e.kind != ErrorKind::kUnavailable) return e;
    keeper.Hold(std::nullopt, "reconnecting");
    if (!Reconnect(db, e.message, options.log, give_up)) return false;
    if (auto watched = queue.WatchQueue(); !watched) return watched.error();
    return true;
  };

  WorkerSummary summary;
  auto idle_since = Clock::now();
  while (!options.stop()) {
    if (auto abandoned = queue.FailAbandoned(); !abandoned) {
      auto r = recover(abandoned.error(), options.stop);
      if (!r) return r.error();
      continue;
    } else if (*abandoned > 0) {
      options.log(fmt::format("failed {} job(s) whose workers kept dying ({} tries each)", *abandoned, kMaxTries));
    }
    auto claimed = queue.Claim(options.name, options.lease);
    if (!claimed) {
      auto r = recover(claimed.error(), options.stop);
      if (!r) return r.error();
      continue;
    }
    if (!*claimed) {
      keeper.Hold(std::nullopt, "idle");
      milliseconds wait = std::max(options.lease / 2, milliseconds(500));
      if (options.idle_exit) {
        const milliseconds left = *options.idle_exit - Since(idle_since);
        if (left <= milliseconds(0)) {
          options.log(fmt::format("idle for {:g} s; exiting", static_cast<double>(options.idle_exit->count()) / 1000.0));
          break;
        }
        wait = std::min(wait, left);
      }
      auto woke = db.Wait(wait);
      if (!woke) {
        auto r = recover(woke.error(), options.stop);
        if (!r) return r.error();
      }
      continue;
    }

    const Job job = std::move(**claimed);
    const auto started = Clock::now();
    keeper.Hold(job, "judging");
    std::optional<Calibration> calibration;
    if (auto found = queue.FindCalibration(job.request.package_sha256, options.machine)) calibration = *found;
    JobOutcome outcome = judge(job, calibration);

    // Store the outcome, whatever happens to the connection meanwhile: a result is never dropped
    // because the database restarted (only a second signal, or SIGKILL, ends this early).
    for (;;) {
      std::string line;
      Result<void> stored;
      switch (outcome.kind) {
        case JobOutcome::Kind::kJudged: {
          auto done = queue.Complete(job, options.name, outcome.attempt, outcome.render);
          if (!done) {
            stored = done.error();
          } else if (*done == Queue::Stored::kStored) {
            ++summary.judged;
            line = fmt::format("job {} ({}, {}, try {}): {} in {:.1f} s; stored", job.id, job.request.problem,
                               job.submitter, job.tries, outcome.summary,
                               static_cast<double>(Since(started).count()) / 1000.0);
          } else {
            ++summary.lost;
            line = fmt::format("job {}: another worker took it over while it was judged here; result discarded",
                               job.id);
          }
          break;
        }
        case JobOutcome::Kind::kRefused:
          stored = queue.Refuse(job, options.name, outcome.reason);
          ++summary.refused;
          line = fmt::format("job {} ({}): refused: {}", job.id, job.request.problem, outcome.reason);
          break;
        case JobOutcome::Kind::kFailed:
          stored = queue.Release(job, options.name, outcome.reason, outcome.final, outcome.exit_code);
          ++summary.failed;
          line = fmt::format("job {} ({}): {}: {}", job.id, job.request.problem,
                             outcome.final || job.tries >= kMaxTries ? "failed" : "handed back", outcome.reason);
          break;
      }
      if (stored) {
        if (!line.empty()) options.log(line);
        break;
      }
      auto r = recover(stored.error(), never);
      if (!r) return r.error();
    }
    if (outcome.calibration) {
      if (auto saved = queue.SaveCalibration(job.request.package_sha256, options.machine, *outcome.calibration);
          !saved)
        options.log(saved.error().message);
    }
    keeper.Hold(std::nullopt, "idle");
    idle_since = Clock::now();
    if (outcome.kind == JobOutcome::Kind::kFailed && outcome.stop_worker)
      return MakeError(ErrorKind::kUnavailable, fmt::format("this worker cannot judge: {}", outcome.reason));
  }
  return summary;
}

}  // namespace judge
