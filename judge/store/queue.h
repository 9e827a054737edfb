// The team's job queue in PostgreSQL (tables in pg_schema.h): every statement a submitter or a
// worker sends about jobs.
//
// A job's life: queued -> running (claimed by one worker, under a lease it renews) -> done (its
// attempt and rendered result stored in one transaction) or failed (with the reason). The
// guarantees rest on the database, not on the workers behaving:
// - Claim() takes the oldest claimable job with SELECT ... FOR UPDATE SKIP LOCKED, so concurrent
//   workers never take the same job and never wait on each other.
// - A claim is a (worker, tries) pair. Renew() and Complete() succeed only while the job is still
//   running under that pair, so a worker that lost its lease (killed, paused, cut off) can never
//   overwrite the result of the worker that took the job over: exactly one result per job (and
//   attempts.job_id is unique besides).
// - A job whose lease expired is claimable again; after kMaxTries claims it is marked failed
//   with the reason instead (a poison job that kills every worker that touches it).
// - Enqueue() is idempotent under its client token, so a submitter that lost the connection
//   mid-INSERT can retry without queueing the job twice.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "judge/store/pg.h"
#include "judge/store/store.h"

namespace judge {

// Claims of one job before it is failed as a poison job.
inline constexpr int kMaxTries = 3;

enum class JobState { kQueued, kRunning, kDone, kFailed };
const char* JobStateName(JobState state);  // "queued", ...

// What `judge submit --db` asks for. Everything here is candidate input: the worker checks it
// again before using it.
struct JobRequest {
  std::string client_token;  // NewClientToken()
  std::string problem;       // the problem id; workers resolve it among their own problems
  std::string package_sha256;
  std::string source;
  std::string file;  // the solution's file name
  std::optional<std::string> label;
  std::optional<std::chrono::milliseconds> time_limit;
  bool fail_fast = false;
  bool no_ladder = false;
};

// 32 random hex digits.
std::string NewClientToken();

// A job as a worker claimed it.
struct Job {
  std::int64_t id = 0;
  int tries = 0;  // this claim's number: with the worker's name, the proof that the lease is ours
  std::string submitter;
  JobRequest request;
};

struct JobStatus {
  std::int64_t id = 0;
  JobState state = JobState::kQueued;
  std::string problem;
  std::string worker;  // the last worker that claimed it
  int tries = 0;
  std::int64_t ahead = 0;  // queued jobs before it
  std::optional<std::int64_t> attempt;
  std::optional<int> exit_code;
  std::string result_text;  // what `judge submit` prints, and with --json
  std::string result_json;
  std::string error;                  // why it failed, or the last try's error
  std::vector<std::string> refusals;  // "<worker>: <reason>"
};

struct WorkerRow {
  std::string name;
  std::string role;
  std::string host;
  std::string machine;
  std::string state;  // "idle", "judging", "reconnecting", "stopped"
  std::optional<std::int64_t> job;
  double seconds_since_seen = 0;
  std::int64_t jobs_done = 0;
  bool live = false;
};

struct QueueNote {
  std::int64_t job = 0;
  std::string problem;
  std::string who;  // the refusing worker, or the failed job's submitter
  std::string reason;
};

struct QueueSummary {
  std::int64_t queued = 0, running = 0, done = 0, failed = 0;  // everyone's jobs
  std::vector<WorkerRow> workers;  // seen in the last day, live ones first
  std::vector<QueueNote> refusals;  // open jobs some worker refused (the role's own, for candidates)
  std::vector<QueueNote> failures;  // the 20 newest failed jobs the role may see
};

// A job's printed result, rendered by the worker once the attempt has its id.
struct RenderedResult {
  std::string text;
  std::string json;
  int exit_code = 0;
};

struct Calibration {
  std::chrono::milliseconds time_limit{0};
  double slowest_accepted_ms = 0;
  std::string worker;
};

// The statements, on a connection the caller owns (and reconnects).
class Queue {
 public:
  explicit Queue(PgConnection& db) : db_(&db) {}

  // --- submitters ---
  Result<std::int64_t> Enqueue(const JobRequest& request);
  // nullopt: no such job, or not the role's own.
  Result<std::optional<JobStatus>> Status(std::int64_t job);
  // LISTEN for the job's state changes and refusals (again after a reconnect).
  Result<void> Watch(std::int64_t job);
  Result<QueueSummary> Summary(std::chrono::seconds live_within);

  // --- workers ---
  // LISTEN for new and re-queued jobs (again after a reconnect).
  Result<void> WatchQueue();
  // Fails running jobs whose lease expired after kMaxTries claims; returns how many.
  Result<std::int64_t> FailAbandoned();
  // The oldest queued job, or a running one whose lease expired, that `worker` has not refused.
  Result<std::optional<Job>> Claim(const std::string& worker, std::chrono::milliseconds lease);
  // Extends the lease; false when the job is no longer ours.
  Result<bool> Renew(const Job& job, const std::string& worker, std::chrono::milliseconds lease);

  enum class Stored { kStored, kLost };
  // In one transaction: checks the claim, inserts the attempt (and its cases), renders the
  // result with the attempt's id and marks the job done. kLost: the job is no longer ours and
  // nothing was written. Safe to call again after a lost connection: a commit that did land
  // is recognised and reported as kStored.
  Result<Stored> Complete(const Job& job, const std::string& worker, const Attempt& attempt,
                          const std::function<RenderedResult(std::int64_t attempt_id)>& render);
  // Hands the job back without a try counted, and records why this worker will not judge it.
  Result<void> Refuse(const Job& job, const std::string& worker, const std::string& reason);
  // Ends this try with an error: failed (with `exit_code`) when `final` or after kMaxTries
  // claims, else queued again for another worker.
  Result<void> Release(const Job& job, const std::string& worker, const std::string& error, bool final,
                       int exit_code);

  // The worker's row in the queue view.
  Result<void> Heartbeat(const std::string& worker, const std::string& host, const std::string& machine,
                         const std::string& state, std::optional<std::int64_t> job);

  // Time limits derived on a machine with this fingerprint (the first one stored wins, so that
  // every worker of one kind judges with the same limit).
  Result<std::optional<Calibration>> FindCalibration(const std::string& package_sha256, const std::string& machine);
  Result<void> SaveCalibration(const std::string& package_sha256, const std::string& machine,
                               const Calibration& calibration);

 private:
  PgConnection* db_;
};

}  // namespace judge
