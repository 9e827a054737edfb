#include "judge/store/queue.h"

#include <fmt/format.h>
#include <sys/random.h>

#include <array>

#include "judge/store/pg_history.h"

namespace judge {

namespace {

using sandbox::ErrorKind;
using sandbox::MakeError;

std::optional<JobState> ParseState(std::string_view s) {
  if (s == "queued") return JobState::kQueued;
  if (s == "running") return JobState::kRunning;
  if (s == "done") return JobState::kDone;
  if (s == "failed") return JobState::kFailed;
  return std::nullopt;
}

PgParam Ms(std::chrono::milliseconds ms) { return PgInt(ms.count()); }

// The claim's identity in every statement that must only touch a job we still hold.
constexpr const char* kOurs = "id = $1 AND worker = $2 AND tries = $3 AND state = 'running'";

}  // namespace

const char* JobStateName(JobState state) {
  switch (state) {
    case JobState::kQueued: return "queued";
    case JobState::kRunning: return "running";
    case JobState::kDone: return "done";
    case JobState::kFailed: return "failed";
  }
  return "?";
}

std::string NewClientToken() {
  std::array<unsigned char, 16> bytes{};
  size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = getrandom(bytes.data() + got, bytes.size() - got, 0);
    if (n > 0) got += static_cast<size_t>(n);
  }
  std::string hex;
  for (unsigned char b : bytes) hex += fmt::format("{:02x}", b);
  return hex;
}

Result<std::int64_t> Queue::Enqueue(const JobRequest& r) {
  const std::vector<PgParam> params = {
      PgText(r.client_token), PgText(r.problem), PgText(r.package_sha256), PgText(r.source), PgText(r.file),
      r.label ? PgText(*r.label) : std::nullopt, r.time_limit ? Ms(*r.time_limit) : std::nullopt,
      PgBool(r.fail_fast), PgBool(r.no_ladder)};
  auto inserted = db_->Exec(
      "INSERT INTO judge.jobs (client_token, problem, package_sha256, source, file, label, time_limit_ms, fail_fast, "
      "no_ladder) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (client_token) DO NOTHING RETURNING id",
      params, "queueing the job");
  if (!inserted) return inserted.error();
  if (inserted->size() == 1) return inserted->Int(0, 0);
  // Already there: an earlier try landed before the connection was lost.
  auto found = db_->Exec("SELECT id FROM judge.jobs WHERE client_token = $1", {PgText(r.client_token)},
                         "queueing the job");
  if (!found) return found.error();
  if (found->size() != 1)
    return MakeError(ErrorKind::kInternal, fmt::format("{}: the job's token is taken by another role's job",
                                                       db_->Describe()));
  return found->Int(0, 0);
}

Result<std::optional<JobStatus>> Queue::Status(std::int64_t job) {
  auto rows = db_->Exec(
      "SELECT state, problem, worker, tries, attempt_id, exit_code, result_text, result_json, error, "
      "CASE WHEN state = 'queued' THEN judge.jobs_ahead(id) ELSE 0 END FROM judge.jobs WHERE id = $1",
      {PgInt(job)}, "reading the job");
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<JobStatus>();
  JobStatus s;
  s.id = job;
  s.state = ParseState(rows->Text(0, 0)).value_or(JobState::kFailed);
  s.problem = rows->Text(0, 1);
  s.worker = rows->Text(0, 2);
  s.tries = static_cast<int>(rows->Int(0, 3));
  s.attempt = rows->OptInt(0, 4);
  if (auto code = rows->OptInt(0, 5)) s.exit_code = static_cast<int>(*code);
  s.result_text = rows->Text(0, 6);
  s.result_json = rows->Text(0, 7);
  s.error = rows->Text(0, 8);
  s.ahead = rows->Int(0, 9);
  auto refusals = db_->Exec("SELECT worker || ': ' || reason FROM judge.refusals WHERE job_id = $1 ORDER BY at",
                            {PgInt(job)}, "reading the job's refusals");
  if (!refusals) return refusals.error();
  for (int i = 0; i < refusals->size(); ++i) s.refusals.push_back(refusals->Text(i, 0));
  return std::optional<JobStatus>(std::move(s));
}

Result<void> Queue::Watch(std::int64_t job) {
  // A channel name is an identifier, not a parameter; `job` is our own integer.
  auto listened = db_->Exec(fmt::format("LISTEN judge_job_{}", job), {}, "waiting for the job");
  if (!listened) return listened.error();
  return {};
}

Result<void> Queue::WatchQueue() {
  auto listened = db_->Exec("LISTEN judge_queue", {}, "waiting for jobs");
  if (!listened) return listened.error();
  return {};
}

Result<QueueSummary> Queue::Summary(std::chrono::seconds live_within) {
  QueueSummary q;
  auto counts = db_->Exec("SELECT state, jobs FROM judge.queue_counts()", {}, "counting jobs");
  if (!counts) return counts.error();
  for (int i = 0; i < counts->size(); ++i) {
    const auto state = ParseState(counts->Text(i, 0));
    const std::int64_t n = counts->Int(i, 1);
    if (state == JobState::kQueued) q.queued = n;
    if (state == JobState::kRunning) q.running = n;
    if (state == JobState::kDone) q.done = n;
    if (state == JobState::kFailed) q.failed = n;
  }
  auto workers = db_->Exec(
      "SELECT name, role, host, machine, state, job_id, extract(epoch FROM now() - last_seen)::float8, jobs_done, "
      "state <> 'stopped' AND last_seen > now() - make_interval(secs => $1) AS live FROM judge.workers "
      "WHERE last_seen > now() - interval '1 day' ORDER BY live DESC, name",
      {PgInt(live_within.count())}, "listing workers");
  if (!workers) return workers.error();
  for (int i = 0; i < workers->size(); ++i)
    q.workers.push_back({workers->Text(i, 0), workers->Text(i, 1), workers->Text(i, 2), workers->Text(i, 3),
                         workers->Text(i, 4), workers->OptInt(i, 5), workers->Double(i, 6), workers->Int(i, 7),
                         workers->Bool(i, 8)});
  auto refusals = db_->Exec(
      "SELECT r.job_id, j.problem, r.worker, r.reason FROM judge.refusals r JOIN judge.jobs j ON j.id = r.job_id "
      "WHERE j.state IN ('queued', 'running') ORDER BY r.job_id, r.worker LIMIT 50",
      {}, "listing refused jobs");
  if (!refusals) return refusals.error();
  for (int i = 0; i < refusals->size(); ++i)
    q.refusals.push_back({refusals->Int(i, 0), refusals->Text(i, 1), refusals->Text(i, 2), refusals->Text(i, 3)});
  auto failures = db_->Exec(
      "SELECT id, problem, submitter, error FROM judge.jobs WHERE state = 'failed' ORDER BY id DESC LIMIT 20", {},
      "listing failed jobs");
  if (!failures) return failures.error();
  for (int i = 0; i < failures->size(); ++i)
    q.failures.push_back({failures->Int(i, 0), failures->Text(i, 1), failures->Text(i, 2), failures->Text(i, 3)});
  return q;
}

Result<std::int64_t> Queue::FailAbandoned() {
  auto failed = db_->Exec(
      "UPDATE judge.jobs SET state = 'failed', finished = now(), lease_until = NULL, exit_code = 3, "
      "error = format('gave up after %s tries: the last worker (%s) stopped renewing its lease mid-judgement "
      "(killed, crashed or cut off from the database)', tries, worker) || COALESCE('; before that: ' || error, '') "
      "WHERE id IN (SELECT id FROM judge.jobs WHERE state = 'running' AND lease_until < now() AND tries >= $1 "
      "FOR UPDATE SKIP LOCKED)",
      {PgInt(kMaxTries)}, "failing abandoned jobs");
  if (!failed) return failed.error();
  return failed->affected();
}

Result<std::optional<Job>> Queue::Claim(const std::string& worker, std::chrono::milliseconds lease) {
  auto rows = db_->Exec(
      "UPDATE judge.jobs j SET state = 'running', worker = $1, tries = j.tries + 1, claimed = now(), "
      "lease_until = now() + $2 * interval '1 millisecond' "
      "WHERE j.id = (SELECT c.id FROM judge.jobs c "
      "  WHERE (c.state = 'queued' OR (c.state = 'running' AND c.lease_until < now() AND c.tries < $3)) "
      "    AND NOT EXISTS (SELECT 1 FROM judge.refusals r WHERE r.job_id = c.id AND r.worker = $1) "
      "  ORDER BY c.id LIMIT 1 FOR UPDATE SKIP LOCKED) "
      "RETURNING j.id, j.tries, j.submitter, j.problem, j.package_sha256, j.source, j.file, j.label, "
      "j.time_limit_ms, j.fail_fast, j.no_ladder, j.client_token",
      {PgText(worker), Ms(lease), PgInt(kMaxTries)}, "claiming a job");
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<Job>();
  Job job;
  job.id = rows->Int(0, 0);
  job.tries = static_cast<int>(rows->Int(0, 1));
  job.submitter = rows->Text(0, 2);
  JobRequest& r = job.request;
  r.problem = rows->Text(0, 3);
  r.package_sha256 = rows->Text(0, 4);
  r.source = rows->Text(0, 5);
  r.file = rows->Text(0, 6);
  r.label = rows->OptText(0, 7);
  if (auto ms = rows->OptInt(0, 8)) r.time_limit = std::chrono::milliseconds(*ms);
  r.fail_fast = rows->Bool(0, 9);
  r.no_ladder = rows->Bool(0, 10);
  r.client_token = rows->Text(0, 11);
  return std::optional<Job>(std::move(job));
}

Result<bool> Queue::Renew(const Job& job, const std::string& worker, std::chrono::milliseconds lease) {
  auto renewed = db_->Exec(fmt::format("UPDATE judge.jobs SET lease_until = now() + $4 * interval '1 millisecond' "
                                       "WHERE {}",
                                       kOurs),
                           {PgInt(job.id), PgText(worker), PgInt(job.tries), Ms(lease)}, "renewing the lease");
  if (!renewed) return renewed.error();
  return renewed->affected() == 1;
}

Result<Queue::Stored> Queue::Complete(const Job& job, const std::string& worker, const Attempt& attempt,
                                      const std::function<RenderedResult(std::int64_t)>& render) {
  const std::vector<PgParam> ours = {PgInt(job.id), PgText(worker), PgInt(job.tries)};
  {
    PgTransaction transaction(*db_);
    if (auto begun = transaction.Begin("storing the result"); !begun) return begun.error();
    auto held = db_->Exec(fmt::format("SELECT 1 FROM judge.jobs WHERE {} FOR UPDATE", kOurs), ours,
                          "storing the result");
    if (!held) return held.error();
    if (held->size() == 1) {
      Attempt stored = attempt;
      stored.submitter = job.submitter;
      auto id = InsertAttempt(*db_, stored, job.id);
      if (!id) return id.error();
      const RenderedResult result = render(*id);
      auto done = db_->Exec(
          "UPDATE judge.jobs SET state = 'done', finished = now(), lease_until = NULL, attempt_id = $2, "
          "exit_code = $3, result_text = $4, result_json = $5 WHERE id = $1",
          {PgInt(job.id), PgInt(*id), PgInt(result.exit_code), PgText(result.text), PgText(result.json)},
          "storing the result");
      if (!done) return done.error();
      auto counted = db_->Exec("UPDATE judge.workers SET jobs_done = jobs_done + 1 WHERE name = $1",
                               {PgText(worker)}, "storing the result");
      if (!counted) return counted.error();
      if (auto committed = transaction.Commit("storing the result"); !committed) return committed.error();
      return Stored::kStored;
    }
  }
  // Not ours any more, or ours and already done: an earlier call committed, then lost the
  // connection before it heard so.
  auto state = db_->Exec("SELECT state = 'done' AND worker = $2 AND tries = $3 FROM judge.jobs WHERE id = $1", ours,
                         "storing the result");
  if (!state) return state.error();
  return state->size() == 1 && state->Bool(0, 0) ? Stored::kStored : Stored::kLost;
}

Result<void> Queue::Refuse(const Job& job, const std::string& worker, const std::string& reason) {
  PgTransaction transaction(*db_);
  if (auto begun = transaction.Begin("refusing the job"); !begun) return begun.error();
  auto noted = db_->Exec(
      "INSERT INTO judge.refusals (job_id, worker, reason) VALUES ($1, $2, $3) "
      "ON CONFLICT (job_id, worker) DO UPDATE SET reason = EXCLUDED.reason, at = now()",
      {PgInt(job.id), PgText(worker), PgText(reason)}, "refusing the job");
  if (!noted) return noted.error();
  auto released = db_->Exec(
      fmt::format("UPDATE judge.jobs SET state = 'queued', tries = tries - 1, lease_until = NULL WHERE {}", kOurs),
      {PgInt(job.id), PgText(worker), PgInt(job.tries)}, "refusing the job");
  if (!released) return released.error();
  return transaction.Commit("refusing the job");
}

Result<void> Queue::Release(const Job& job, const std::string& worker, const std::string& error, bool final,
                            int exit_code) {
  auto released = db_->Exec(
      fmt::format("UPDATE judge.jobs SET lease_until = NULL, error = $4, "
                  "state = CASE WHEN $5 OR tries >= $6 THEN 'failed' ELSE 'queued' END, "
                  "finished = CASE WHEN $5 OR tries >= $6 THEN now() END, "
                  "exit_code = CASE WHEN $5 OR tries >= $6 THEN $7::integer END WHERE {}",
                  kOurs),
      {PgInt(job.id), PgText(worker), PgInt(job.tries), PgText(error), PgBool(final), PgInt(kMaxTries),
       PgInt(exit_code)},
      "handing the job back");
  if (!released) return released.error();
  return {};
}

Result<void> Queue::Heartbeat(const std::string& worker, const std::string& host, const std::string& machine,
                              const std::string& state, std::optional<std::int64_t> job) {
  auto beat = db_->Exec(
      "INSERT INTO judge.workers (name, host, machine, state, job_id) VALUES ($1, $2, $3, $4, $5) "
      "ON CONFLICT (name) DO UPDATE SET last_seen = now(), host = EXCLUDED.host, machine = EXCLUDED.machine, "
      "state = EXCLUDED.state, job_id = EXCLUDED.job_id",
      {PgText(worker), PgText(host), PgText(machine), PgText(state), job ? PgInt(*job) : std::nullopt},
      "recording the heartbeat");
  if (!beat) return beat.error();
  return {};
}

Result<std::optional<Calibration>> Queue::FindCalibration(const std::string& package_sha256,
                                                          const std::string& machine) {
  auto rows = db_->Exec(
      "SELECT time_limit_ms, slowest_accepted_ms, worker FROM judge.calibrations WHERE package_sha256 = $1 AND "
      "machine = $2",
      {PgText(package_sha256), PgText(machine)}, "reading the calibrated time limit");
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<Calibration>();
  return std::optional<Calibration>(
      Calibration{std::chrono::milliseconds(rows->Int(0, 0)), rows->Double(0, 1), rows->Text(0, 2)});
}

Result<void> Queue::SaveCalibration(const std::string& package_sha256, const std::string& machine,
                                    const Calibration& c) {
  auto saved = db_->Exec(
      "INSERT INTO judge.calibrations (package_sha256, machine, time_limit_ms, slowest_accepted_ms, worker) "
      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (package_sha256, machine) DO NOTHING",
      {PgText(package_sha256), PgText(machine), Ms(c.time_limit), PgDouble(c.slowest_accepted_ms), PgText(c.worker)},
      "storing the calibrated time limit");
  if (!saved) return saved.error();
  return {};
}

}  // namespace judge
