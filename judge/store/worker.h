// A team worker's loop (`judge worker --db URL`): claim a job, judge it through a callback, store
// the outcome; around that, everything that keeps a worker honest when things break.
//
// - Waiting is LISTEN/NOTIFY on "judge_queue" (a new or re-queued job wakes the worker at once),
//   with a timeout of half a lease so that jobs whose worker died are noticed when their lease
//   expires; there is no tight polling.
// - While a job is judged, a second thread with its own connection renews the lease every third
//   of it and keeps the worker's heartbeat row fresh, so the queue view shows live workers.
// - A lost connection (the database restarting, the network) is retried with back-off
//   (Backoff: 0.1 s doubling to 5 s), by the loop and by the lease thread each on its own
//   connection. A judged result waits in memory until it is stored; Complete() is idempotent,
//   so nothing is lost and nothing is stored twice.
// - stop() (SIGTERM) is honoured between jobs: the current job is finished and stored first.
//
// The loop never judges: the callback does (cli/team.cpp, through the local submit path), and
// tells it whether it judged, refused (another package copy) or failed the job.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "judge/store/queue.h"

namespace judge {

struct WorkerOptions {
  std::string db;       // the database name (URL or connection string)
  std::string name;     // unique among workers: "<host>-<pid>"
  std::string host;
  std::string machine;  // MachineFingerprint()
  std::chrono::milliseconds lease{30'000};
  std::optional<std::chrono::milliseconds> idle_exit;  // return after this long without a job
  std::function<bool()> stop;                        // true: finish the current job, then return
  std::function<void(const std::string&)> log;       // one line per event
};

// What the callback made of a job.
struct JobOutcome {
  enum class Kind { kJudged, kRefused, kFailed };
  Kind kind = Kind::kFailed;
  // kJudged: the attempt to store and its printed result, rendered once the attempt has an id.
  Attempt attempt;
  std::function<RenderedResult(std::int64_t attempt_id)> render;
  std::string summary;  // "AC" / "WA on secret/3": for the log line
  // kRefused, kFailed: one line.
  std::string reason;
  // kFailed: whether the failure belongs to the job (a bad package, a bad request: failed at
  // once with `exit_code`) or to this try (a judge error: queued again for another worker).
  bool final = false;
  int exit_code = 3;
  bool stop_worker = false;  // kFailed: this worker cannot judge anything (no sandbox): exit
  // A time limit this job derived on this machine, to share with workers of the same kind.
  std::optional<Calibration> calibration;
};

using JobJudge = std::function<JobOutcome(const Job& job, const std::optional<Calibration>& calibration)>;

struct WorkerSummary {
  int judged = 0;   // results stored
  int refused = 0;
  int failed = 0;   // tries that ended in an error
  int lost = 0;     // results discarded because another worker had taken the job over
};

// Runs until stop(), the idle timeout, or an error that retrying cannot fix (the first
// connection fails, the schema is missing, the role lacks a privilege, stop_worker).
Result<WorkerSummary> RunWorker(const WorkerOptions& options, const JobJudge& judge);

}  // namespace judge
