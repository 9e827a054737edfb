#include "judge/cli/team.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <thread>

#include "judge/base/files.h"
#include "judge/base/terminal.h"
#include "judge/cli/cli.h"
#include "judge/cli/report.h"
#include "judge/packages/content_hash.h"
#include "judge/packages/problem_loader.h"
#include "judge/store/history.h"
#include "judge/store/pg_history.h"
#include "judge/store/pg_schema.h"

namespace judge {

namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

int Fail(const Error& e) {
  std::fprintf(stderr, "judge: %s\n", Printable(e.message).c_str());
  return ExitCodeOf(e);
}

// A worker is live when its heartbeat is younger than this (they beat every 10 s at most).
constexpr std::chrono::seconds kLiveWithin{30};

Result<PgConnection> ConnectChecked(const std::string& db, std::string_view application) {
  auto conn = PgConnection::Connect(db, application);
  if (!conn) return conn.error();
  if (auto checked = CheckTeamSchema(*conn); !checked) return checked.error();
  return conn;
}

// Runs `step` until it succeeds, reconnecting with back-off while the connection is lost;
// gives up on any other error, or when `interrupted()`.
template <typename Step>
auto Retrying(PgConnection& db, const std::function<bool()>& interrupted, Step step) -> decltype(step()) {
  Backoff backoff;
  bool said = false;
  for (;;) {
    auto r = step();
    if (r || !(db.Lost() || r.error().kind == ErrorKind::kUnavailable) || interrupted()) return r;
    if (!said) std::fprintf(stderr, "judge: %s; reconnecting\n", Printable(r.error().message).c_str());
    said = true;
    while (!interrupted()) {
      const auto end = std::chrono::steady_clock::now() + backoff.Next();
      while (std::chrono::steady_clock::now() < end && !interrupted())
        std::this_thread::sleep_for(milliseconds(50));
      if (db.Reconnect()) break;
    }
  }
}

std::string Ago(double seconds) {
  if (seconds < 120) return fmt::format("{:.0f} s", seconds);
  if (seconds < 7200) return fmt::format("{:.0f} min", seconds / 60);
  return fmt::format("{:.0f} h", seconds / 3600);
}

}  // namespace

std::string TeamDatabase(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("JUDGE_DB");
  return env != nullptr ? std::string(env) : std::string();
}

Result<std::unique_ptr<AttemptStore>> OpenAttemptStore(const std::string& db) {
  if (!db.empty()) {
    auto team = PgHistory::Open(db);
    if (!team) return team.error();
    return std::unique_ptr<AttemptStore>(std::make_unique<PgHistory>(std::move(*team)));
  }
  const fs::path file = JudgeHome() / "history.sqlite";
  std::error_code ec;
  if (!fs::exists(file, ec)) return std::unique_ptr<AttemptStore>();
  auto local = History::Open(file);
  if (!local) return local.error();
  return std::unique_ptr<AttemptStore>(std::make_unique<History>(std::move(*local)));
}

int DbInitCommand(const std::string& db) {
  if (db.empty()) return Fail(MakeError(ErrorKind::kUsage, "judge db init needs --db URL (or JUDGE_DB)"));
  auto conn = PgConnection::Connect(db, "judge db init");
  if (!conn) return Fail(conn.error());
  auto init = InitTeamSchema(*conn);
  if (!init) return Fail(init.error());
  if (init->from == init->to)
    std::cout << fmt::format("{}: schema version {} is current; nothing to do\n", conn->Describe(), init->to);
  else if (init->from == 0)
    std::cout << fmt::format("{}: created the judge schema (version {}) and the roles judge_candidate, "
                             "judge_worker, judge_admin\n",
                             conn->Describe(), init->to);
  else
    std::cout << fmt::format("{}: upgraded the judge schema from version {} to {}\n", conn->Describe(), init->from,
                             init->to);
  return kExitOk;
}

int TeamSubmit(const SubmitArgs& args, const std::function<bool()>& interrupted) {
  if (args.no_save)
    return Fail(MakeError(ErrorKind::kUsage, "--no-save cannot be used with --db: the team history keeps every "
                                             "attempt"));
  if (args.all)
    return Fail(MakeError(ErrorKind::kUsage, "--all cannot be used with --db yet: workers skip cases after time-outs "
                                             "as a default submit does"));
  if (args.allow_unsandboxed)
    return Fail(MakeError(ErrorKind::kUsage, "--allow-unsandboxed cannot be used with --db: workers always judge "
                                             "sandboxed"));
  // Everything the candidate can get wrong fails here, before anything is queued.
  auto dir = ResolveProblem(args.problem);
  if (!dir) return Fail(dir.error());
  auto problem = LoadProblem(*dir);
  if (!problem) return Fail(problem.error());
  auto source = ReadSource(args.solution);
  if (!source) return Fail(source.error());
  if (auto checked = CheckSubmitArgs(args); !checked) return Fail(checked.error());
  auto hash = PackageContentHash(problem->dir);
  if (!hash) return Fail(hash.error());

  JobRequest request;
  request.client_token = NewClientToken();
  request.problem = problem->id;
  request.package_sha256 = *hash;
  request.source = source->text;
  request.file = fs::path(args.solution).filename().string();
  if (!args.label.empty()) request.label = args.label;
  if (args.time_limit > 0) request.time_limit = milliseconds(static_cast<std::int64_t>(args.time_limit * 1000));
  request.fail_fast = args.fail_fast;
  request.no_ladder = args.no_ladder;

  auto conn = ConnectChecked(args.db, "judge submit");
  if (!conn) return Fail(conn.error());
  Queue queue(*conn);
  auto id = Retrying(*conn, interrupted, [&] { return queue.Enqueue(request); });
  if (!id) return Fail(id.error());
  if (args.no_wait) {
    if (args.json) std::cout << fmt::format("{{\"schema\":1,\"job\":{}}}\n", *id);
    else std::cout << fmt::format("queued as job {}; 'judge queue' shows the queue\n", *id);
    return kExitOk;
  }

  // Waiting: LISTEN first, then read the state, so that no change falls between the two.
  const bool tty = isatty(STDERR_FILENO) != 0 && !args.json;
  std::set<std::string> refusals_seen;
  std::string shown;
  auto show = [&](const std::string& line) {
    if (!tty || line == shown) return;
    std::fprintf(stderr, "\r\x1b[2K%s", line.c_str());
    std::fflush(stderr);
    shown = line;
  };
  auto clear = [&] {
    if (tty && !shown.empty()) std::fputs("\r\x1b[2K", stderr);
    shown.clear();
  };
  bool watching = false;
  bool warned_no_worker = false;
  const auto queued_at = std::chrono::steady_clock::now();
  for (;;) {
    if (interrupted()) {
      clear();
      std::fprintf(stderr, "judge: stopped waiting; job %lld stays in the queue ('judge queue' shows it)\n",
                   static_cast<long long>(*id));
      return kExitInterrupted;
    }
    if (!watching) {
      auto watched = Retrying(*conn, interrupted, [&] { return queue.Watch(*id); });
      if (!watched) return Fail(watched.error());
      watching = true;
    }
    auto status = Retrying(*conn, interrupted, [&] { return queue.Status(*id); });
    if (!status) {
      clear();
      return Fail(status.error());
    }
    if (!*status) {
      clear();
      return Fail(MakeError(ErrorKind::kInternal, fmt::format("job {} is gone from {}", *id, conn->Describe())));
    }
    const JobStatus& s = **status;
    for (const std::string& refusal : s.refusals)
      if (refusals_seen.insert(refusal).second) {
        clear();
        std::fprintf(stderr, "judge: warning: a worker will not judge job %lld: %s\n", static_cast<long long>(*id),
                     PrintableLine(refusal).c_str());
      }
    if (s.state == JobState::kDone) {
      clear();
      std::cout << (args.json ? s.result_json : s.result_text);
      return s.exit_code.value_or(kExitJudgeError);
    }
    if (s.state == JobState::kFailed) {
      clear();
      std::fprintf(stderr, "judge: job %lld failed: %s\n", static_cast<long long>(*id), PrintableLine(s.error).c_str());
      return s.exit_code.value_or(kExitJudgeError);
    }
    if (s.state == JobState::kQueued) {
      auto summary = queue.Summary(kLiveWithin);
      const auto live = summary ? std::count_if(summary->workers.begin(), summary->workers.end(),
                                                [](const WorkerRow& w) { return w.live; })
                                : 1;
      // A worker that is starting has not sent its first heartbeat yet: give it a few seconds.
      if (live == 0 && !warned_no_worker && std::chrono::steady_clock::now() - queued_at > std::chrono::seconds(5)) {
        clear();
        std::fprintf(stderr, "judge: no worker is running; job %lld waits until one starts ('judge worker')\n",
                     static_cast<long long>(*id));
        warned_no_worker = true;
      }
      show(fmt::format("job {}: queued, {} ahead, {} worker{} live", *id, s.ahead, live, live == 1 ? "" : "s"));
    } else {
      show(fmt::format("job {}: judging on {}{}", *id, s.worker, s.tries > 1 ? fmt::format(" (try {})", s.tries) : ""));
    }
    // Woken by the job's NOTIFY; the timeout only refreshes the line and re-checks the workers.
    auto woke = conn->Wait(warned_no_worker ? milliseconds(30'000) : milliseconds(6'000));
    if (!woke) watching = false;  // lost: the next round reconnects and LISTENs again
  }
}

std::string RenderQueueText(const std::string& database, const QueueSummary& q) {
  std::string out = fmt::format("{}\njobs: {} queued, {} running, {} done, {} failed\n", database, q.queued,
                                q.running, q.done, q.failed);
  const auto live = std::count_if(q.workers.begin(), q.workers.end(), [](const WorkerRow& w) { return w.live; });
  out += fmt::format("workers: {} live\n", live);
  if (!q.workers.empty()) {
    size_t width = 4;
    for (const auto& w : q.workers) width = std::max(width, w.name.size());
    out += fmt::format("  {:<{}}  {:<12} {:>7} {:>7} {:>8}  {}\n", "name", width, "state", "job", "done", "seen",
                       "machine");
    for (const auto& w : q.workers)
      out += fmt::format("  {:<{}}  {:<12} {:>7} {:>7} {:>8}  {}\n", w.name, width, w.live ? w.state : "gone",
                         w.job ? std::to_string(*w.job) : "-", w.jobs_done, Ago(w.seconds_since_seen) + " ago",
                         w.machine);
  }
  if (!q.refusals.empty()) {
    out += "refused (the worker lacks the problem, or its copy of the package differs):\n";
    for (const auto& r : q.refusals)
      out += fmt::format("  job {} ({}) by {}: {}\n", r.job, r.problem, r.who, r.reason);
  }
  if (!q.failures.empty()) {
    out += "failed:\n";
    for (const auto& f : q.failures) out += fmt::format("  job {} ({}, {}): {}\n", f.job, f.problem, f.who, f.reason);
  }
  return out;
}

nlohmann::json RenderQueueJson(const QueueSummary& q) {
  nlohmann::json out = {{"schema", 1},
                        {"queued", q.queued},
                        {"running", q.running},
                        {"done", q.done},
                        {"failed", q.failed},
                        {"workers", nlohmann::json::array()},
                        {"refusals", nlohmann::json::array()},
                        {"failures", nlohmann::json::array()}};
  for (const auto& w : q.workers)
    out["workers"].push_back({{"name", w.name},
                              {"role", w.role},
                              {"host", w.host},
                              {"machine", w.machine},
                              {"state", w.state},
                              {"job", w.job ? nlohmann::json(*w.job) : nlohmann::json(nullptr)},
                              {"jobs_done", w.jobs_done},
                              {"seconds_since_seen", w.seconds_since_seen},
                              {"live", w.live}});
  for (const auto& r : q.refusals)
    out["refusals"].push_back({{"job", r.job}, {"problem", r.problem}, {"worker", r.who}, {"reason", r.reason}});
  for (const auto& f : q.failures)
    out["failures"].push_back({{"job", f.job}, {"problem", f.problem}, {"submitter", f.who}, {"reason", f.reason}});
  return out;
}

int QueueCommand(const std::string& db, bool json) {
  if (db.empty()) return Fail(MakeError(ErrorKind::kUsage, "judge queue needs --db URL (or JUDGE_DB)"));
  auto conn = ConnectChecked(db, "judge queue");
  if (!conn) return Fail(conn.error());
  auto summary = Queue(*conn).Summary(kLiveWithin);
  if (!summary) return Fail(summary.error());
  if (json) std::cout << DumpJson(RenderQueueJson(*summary)) << '\n';
  else std::cout << Printable(RenderQueueText(conn->Describe(), *summary));
  return kExitOk;
}

}  // namespace judge
