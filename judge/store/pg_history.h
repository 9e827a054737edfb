// The team's shared attempt history in PostgreSQL (pg_schema.h): the AttemptStore of
// `judge history --db` and `judge compare --db`. Row-level security decides what List() and Get()
// return: a candidate's own attempts, or everything for workers and admins.
#pragma once

#include <optional>
#include <string>

#include "judge/store/pg.h"
#include "judge/store/store.h"

namespace judge {

class PgHistory : public AttemptStore {
 public:
  // Connects and checks that the schema is this judge's version (CheckTeamSchema).
  static Result<PgHistory> Open(const std::string& name);
  explicit PgHistory(PgConnection db) : db_(std::move(db)) {}

  // Save() is for workers and admins (candidates cannot insert attempts); it stores no job.
  Result<std::int64_t> Save(const Attempt& attempt) override;
  Result<std::vector<Attempt>> List(std::string_view problem) override;
  Result<std::optional<Attempt>> Get(std::int64_t id) override;
  std::string Describe() const override { return db_.Describe(); }

 private:
  PgConnection db_;
};

// Inserts the attempt and its cases inside the caller's transaction and returns its id; the
// attempt belongs to `job` when given (one attempt per job: a second one fails). Used by
// PgHistory::Save and by the queue when a worker stores a job's result.
Result<std::int64_t> InsertAttempt(PgConnection& db, const Attempt& attempt, std::optional<std::int64_t> job);

}  // namespace judge
