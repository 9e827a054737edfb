// The local attempt history: every judged submission, with its per-case results, in one SQLite
// database ($JUDGE_HOME/history.sqlite). The default AttemptStore (store.h); the team's
// PostgreSQL backend is pg_history.h. Only judge/store/ speaks SQL.
//
// Guarantees:
// - Several judge processes may use one database at once: WAL journal, a busy timeout, and
//   writes that take the write lock up front (BEGIN IMMEDIATE), so two concurrent Save() calls
//   both succeed, one after the other.
// - Each Save() is one transaction (attempt row plus its case rows): a process killed at any
//   point leaves either the whole attempt or none of it.
// - The schema is versioned with PRAGMA user_version and upgraded on Open() by ordered
//   migrations, all in one transaction. A database written by a newer judge is refused, not
//   modified.
// - Nothing here throws or aborts. Every failure is an Error whose message is one line naming
//   the database file; the caller reports it and still prints the verdict.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "judge/store/store.h"
#include "sandbox/result.h"

struct sqlite3;

namespace judge {

// What the history says about one problem, for `judge list`.
struct ProblemProgress {
  std::string problem;
  std::int64_t attempts = 0;
  bool solved = false;               // some attempt was AC
  std::optional<double> best_ratio;  // the lowest ratio_to_ref of an AC attempt, when any has one
};

struct HistoryOptions {
  // How long a call waits for another process's write lock before it gives up with an Error.
  std::chrono::milliseconds busy_timeout{5000};
  // Run PRAGMA quick_check on Open(). It reads every page: about 20 ms for 2,000 attempts of 20
  // cases (a 20 MB file). Without it a damaged file is still reported, with the same "is
  // corrupt" message, by the first operation that touches a damaged page.
  bool check_integrity = true;
};

// An open history database. Movable, not copyable; closes the database when destroyed. One
// object is meant for one thread at a time (use one History per thread, as per process).
class History : public AttemptStore {
 public:
  // Opens (creating it and its parent folders if needed) and upgrades the database at `path`.
  // Errors: the folder cannot be created; the file is not a database or fails
  // PRAGMA quick_check ("history database <path> is corrupt: <why>; move it away to start a new
  // history"); its schema is newer than this judge's; it stayed locked past the busy timeout.
  static Result<History> Open(const std::filesystem::path& path, HistoryOptions options = {});

  History(History&&) noexcept = default;
  History& operator=(History&&) noexcept = default;
  History(const History&) = delete;
  History& operator=(const History&) = delete;
  ~History() override;

  // AttemptStore. Save() is one transaction; ids increase.
  Result<std::int64_t> Save(const Attempt& attempt) override;
  Result<std::vector<Attempt>> List(std::string_view problem) override;
  Result<std::optional<Attempt>> Get(std::int64_t id) override;
  // The database file's path.
  std::string Describe() const override { return path_.string(); }

  // One row per problem that has attempts, ordered by problem id.
  Result<std::vector<ProblemProgress>> Progress();

  // Records a ratio to the reference measured after the attempt was saved. An unknown id is a
  // kUsage error "no attempt #<id> in history database <path>".
  Result<void> SetRatioToRef(std::int64_t id, double ratio);

  // The schema version this build writes (PRAGMA user_version).
  static int SchemaVersion();

  const std::filesystem::path& path() const { return path_; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  using Migration = std::string (*)(sqlite3*);
  friend Result<History> OpenWithMigrations(const std::filesystem::path&, HistoryOptions,
                                            std::span<const Migration>);

  History(std::filesystem::path path, sqlite3* db, HistoryOptions options);

  std::filesystem::path path_;
  std::unique_ptr<sqlite3, Closer> db_;
  HistoryOptions options_;
};

// For tests of the upgrade path; the judge itself calls History::Open.
//
// A migration takes a database at version i to version i + 1 (the index in the list). It runs
// inside the upgrade transaction and returns an error message, or "" on success. History::Open
// uses HistoryMigrations(); a test can pass that list plus a v2 step to check that an older
// database is upgraded with its data kept, and that a failing step leaves it untouched.
using HistoryMigration = std::string (*)(sqlite3* db);
std::span<const HistoryMigration> HistoryMigrations();
Result<History> OpenWithMigrations(const std::filesystem::path& path, HistoryOptions options,
                                   std::span<const HistoryMigration> migrations);

}  // namespace judge
