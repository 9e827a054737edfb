// The attempt history: every judged submission, with its per-case results, in one SQLite
// database ($JUDGE_HOME/history.sqlite). This module is the only code that speaks SQL.
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

#include "sandbox/result.h"

struct sqlite3;

namespace judge {

using sandbox::Error;
using sandbox::Result;

// Times are stored as given; a NaN time (not measured) is stored as NULL and read back as NaN.

// One test case of an attempt, as judged.
struct CaseRecord {
  std::string name;     // "secret/03-zipf-big"
  std::string verdict;  // "AC", "WA", ...
  double cpu_ms = 0;
  double wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::optional<int> exit_code;       // empty when killed by a signal or never run
  std::optional<std::string> signal;  // "SIGSEGV"
  std::string message;                // checker or judge message, may be empty
};

// One judged submission.
struct Attempt {
  std::int64_t id = 0;  // assigned by Save(); ignored on input
  std::string problem;
  std::string created;  // ISO 8601 UTC, "2024-05-01T12:34:56Z"; Save() fills it in when empty
  std::string verdict;
  double cpu_ms = 0;  // sum over cases
  std::uint64_t max_memory_kb = 0;
  std::optional<double> ratio_to_ref;  // time / reference time, measured in the same session
  std::string source;
  std::string source_sha256;  // Save() fills it in from `source` when empty
  std::string compiler;       // version string
  std::string flags;
  std::string machine;       // fingerprint
  std::string timing_noise;  // JSON text from doctor-like checks; may be empty
  std::vector<CaseRecord> cases;
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
class History {
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
  ~History();

  // Stores the attempt and its cases in one transaction; returns the new id. Ids increase.
  Result<std::int64_t> Save(const Attempt& attempt);

  // Every attempt on `problem`, oldest first (by id). To keep listing cheap the rows come
  // without `source` and without `cases` (both left empty); Get() has everything.
  Result<std::vector<Attempt>> List(std::string_view problem);

  // The attempt with all fields, source and cases (in the order saved); nullopt when no attempt
  // has that id.
  Result<std::optional<Attempt>> Get(std::int64_t id);

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
