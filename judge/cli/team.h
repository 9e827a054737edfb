// The team-server commands: `judge db init`, `judge submit --db` (queue and wait), `judge queue`,
// `judge worker`, and the store `history` and `compare` read. The database work itself is in
// judge/store/ (pg_schema, queue, worker); this is argv to exit code and what people read.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "judge/cli/submit.h"
#include "judge/store/queue.h"
#include "judge/store/store.h"

namespace judge {

// --db when given, else $JUDGE_DB, else "" (local).
std::string TeamDatabase(const std::string& flag);

// The history `history` and `compare` read: the team's when `db` is set, else the local SQLite
// file when one exists, else nullptr (no history yet).
Result<std::unique_ptr<AttemptStore>> OpenAttemptStore(const std::string& db);

int DbInitCommand(const std::string& db);

// `judge submit --db`: queue the job, then wait for its result and print it as a local submit
// would (or with --no-wait print the job id). `interrupted`: Ctrl-C stops waiting, not the job.
int TeamSubmit(const SubmitArgs& args, const std::function<bool()>& interrupted);

int QueueCommand(const std::string& db, bool json);
// The queue view, for people and as JSON (schema 1). Renders; decides nothing.
std::string RenderQueueText(const std::string& database, const QueueSummary& q);
nlohmann::json RenderQueueJson(const QueueSummary& q);

struct WorkerArgs {
  std::string db;
  double idle_exit = 0;  // seconds; 0: never
  double lease = 30;     // seconds
};

// `judge worker`: runs until `stop()` (SIGTERM, Ctrl-C: the current job is finished first) or
// idle for --idle-exit seconds.
int WorkerCommand(const WorkerArgs& args, const std::function<bool()>& stop);

}  // namespace judge
