#include "judge/store/history.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <ctime>
#include <limits>
#include <system_error>
#include <thread>
#include <utility>

#include "judge/base/sha256.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using sandbox::ErrorKind;

// ---------------------------------------------------------------------------------------------
// Schema. Version i+1 is reached from version i by kMigrations[i]; a new version is one more
// function at the end of the list, never an edit of an old one (databases in the field have
// already run it). Each step runs inside the single upgrade transaction of Migrate().

// v1: the first schema. Case rows hang off their attempt; `ordinal` keeps the test order.
// AUTOINCREMENT so that ids are never reused, even if the newest attempt were deleted.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE attempts (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  problem       TEXT    NOT NULL,
  created       TEXT    NOT NULL,
  verdict       TEXT    NOT NULL,
  cpu_ms        REAL,
  max_memory_kb INTEGER NOT NULL,
  ratio_to_ref  REAL,
  source        TEXT    NOT NULL,
  source_sha256 TEXT    NOT NULL,
  compiler      TEXT    NOT NULL,
  flags         TEXT    NOT NULL,
  machine       TEXT    NOT NULL,
  timing_noise  TEXT    NOT NULL
);
CREATE INDEX attempts_by_problem ON attempts (problem, id);
CREATE TABLE cases (
  attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  name       TEXT    NOT NULL,
  verdict    TEXT    NOT NULL,
  cpu_ms     REAL,
  wall_ms    REAL,
  memory_kb  INTEGER NOT NULL,
  exit_code  INTEGER,
  signal     TEXT,
  message    TEXT    NOT NULL,
  PRIMARY KEY (attempt_id, ordinal)
) WITHOUT ROWID;
)sql";

std::string ExecForMigration(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return "";
  std::string text = message != nullptr ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return text;
}

std::string MigrateToV1(sqlite3* db) { return ExecForMigration(db, kSchemaV1); }

// v2: what each attempt was, as the candidate names it. Older rows get file '' (not recorded)
// and no label; a CE attempt's cpu_ms is NULL from here on (it never ran), older ones keep 0.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE attempts ADD COLUMN file  TEXT NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN label TEXT;
)sql";

std::string MigrateToV2(sqlite3* db) { return ExecForMigration(db, kSchemaV2); }

// v3: how comparable a ratio is (timing.h RatioForHistory): its interval, including the
// between-run variation, and what it was measured against. Older rows have neither, and history
// does not compare their ratios with others.
constexpr const char* kSchemaV3 = R"sql(
ALTER TABLE attempts ADD COLUMN ratio_low   REAL;
ALTER TABLE attempts ADD COLUMN ratio_high  REAL;
ALTER TABLE attempts ADD COLUMN ratio_basis TEXT NOT NULL DEFAULT '';
)sql";

std::string MigrateToV3(sqlite3* db) { return ExecForMigration(db, kSchemaV3); }

constexpr std::array<HistoryMigration, 3> kMigrations = {&MigrateToV1, &MigrateToV2, &MigrateToV3};

// ---------------------------------------------------------------------------------------------
// Errors. Every message is one line and names the database file.

std::string OneLine(std::string_view text) {
  std::string line;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      if (!line.empty() && !line.ends_with("; ")) line += "; ";
    } else {
      line += c;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == ';')) line.pop_back();
  return line;
}

Error CorruptError(const fs::path& path, std::string_view why) {
  return sandbox::MakeError(ErrorKind::kInternal,
                            fmt::format("history database {} is corrupt: {}; move it away to start "
                                        "a new history",
                                        path.string(), OneLine(why)));
}

struct Handle;
Error SqlError(const Handle& h, int rc, std::string_view doing);

// The connection plus what error messages need. Not an owner: History owns the sqlite3*.
struct Handle {
  sqlite3* db;
  const fs::path& path;
  std::chrono::milliseconds busy_timeout;

  Error Fail(int rc, std::string_view doing) const { return SqlError(*this, rc, doing); }
};

Error SqlError(const Handle& h, int rc, std::string_view doing) {
  const int primary = rc & 0xff;
  const std::string detail = OneLine(h.db != nullptr ? sqlite3_errmsg(h.db) : sqlite3_errstr(rc));
  if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) return CorruptError(h.path, detail);
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    return sandbox::MakeError(
        ErrorKind::kInternal,
        fmt::format("history database {} is locked: another process kept it busy for more than {} "
                    "ms while {}",
                    h.path.string(), h.busy_timeout.count(), doing));
  }
  return sandbox::MakeError(ErrorKind::kInternal, fmt::format("history database {}: {}: {}",
                                                              h.path.string(), doing, detail));
}

struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

Result<Statement> Prepare(const Handle& h, std::string_view sql, std::string_view doing) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v2(h.db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
  Statement statement(raw);
  if (rc != SQLITE_OK) return h.Fail(rc, doing);
  return statement;
}

Result<void> Exec(const Handle& h, const char* sql, std::string_view doing) {
  const int rc = sqlite3_exec(h.db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return h.Fail(rc, doing);
  return {};
}

// Switching a new file to WAL upgrades a shared lock to an exclusive one. When two connections
// meet there, SQLite sees a possible deadlock and answers SQLITE_BUSY at once, without calling
// the busy handler; so this waits and retries itself, up to the same busy timeout.
Result<void> EnableWal(const Handle& h) {
  using namespace std::chrono_literals;
  const auto deadline = std::chrono::steady_clock::now() + h.busy_timeout;
  for (auto pause = 1ms;; pause = std::min<std::chrono::milliseconds>(pause * 2, 50ms)) {
    const int rc = sqlite3_exec(h.db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) return {};
    if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) {
      return h.Fail(rc, "enabling the WAL journal");
    }
    std::this_thread::sleep_for(pause);
  }
}

// Rolls back unless committed, so that every early return leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(const Handle& h) : h_(h) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (open_) sqlite3_exec(h_.db, "ROLLBACK", nullptr, nullptr, nullptr);
  }

  // IMMEDIATE: take the write lock now, waiting up to the busy timeout, instead of failing
  // with SQLITE_BUSY halfway through when a read lock cannot be upgraded.
  Result<void> Begin(std::string_view doing) {
    auto begun = Exec(h_, "BEGIN IMMEDIATE", doing);
    open_ = begun.ok();
    return begun;
  }
  Result<void> Commit(std::string_view doing) {
    auto committed = Exec(h_, "COMMIT", doing);
    if (committed.ok()) open_ = false;
    return committed;
  }

 private:
  const Handle& h_;
  bool open_ = false;
};

// Binding helpers. Text is bound by pointer (SQLITE_STATIC): every string outlives the step.
int BindText(sqlite3_stmt* s, int index, std::string_view text) {
  return sqlite3_bind_text64(s, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
}
int BindKb(sqlite3_stmt* s, int index, std::uint64_t kb) {
  constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<sqlite3_int64>::max());
  return sqlite3_bind_int64(s, index, static_cast<sqlite3_int64>(std::min(kb, kMax)));
}

// SQLite stores NaN as NULL; map it back so that a missing measurement survives the round trip.
int BindDouble(sqlite3_stmt* s, int index, double value) {
  return std::isnan(value) ? sqlite3_bind_null(s, index) : sqlite3_bind_double(s, index, value);
}
double ColumnDouble(sqlite3_stmt* s, int column) {
  if (sqlite3_column_type(s, column) == SQLITE_NULL)
    return std::numeric_limits<double>::quiet_NaN();
  return sqlite3_column_double(s, column);
}

std::string ColumnText(sqlite3_stmt* s, int column) {
  const unsigned char* text = sqlite3_column_text(s, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(s, column)));
}
std::uint64_t ColumnKb(sqlite3_stmt* s, int column) {
  return static_cast<std::uint64_t>(std::max<sqlite3_int64>(sqlite3_column_int64(s, column), 0));
}

std::string NowIso8601Utc() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> text{};
  const std::size_t n = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return std::string(text.data(), n);
}

Result<int> UserVersion(const Handle& h) {
  auto statement = Prepare(h, "PRAGMA user_version", "reading the schema version");
  if (!statement) return statement.error();
  const int rc = sqlite3_step(statement->get());
  if (rc != SQLITE_ROW) return h.Fail(rc, "reading the schema version");
  return sqlite3_column_int(statement->get(), 0);
}

Error NewerError(const Handle& h, int version, int known) {
  return sandbox::MakeError(
      ErrorKind::kInternal,
      fmt::format("history database {} has schema version {}, but this judge only knows versions "
                  "up to {}; upgrade the judge, or point JUDGE_HOME at another folder",
                  h.path.string(), version, known));
}

Result<void> Migrate(const Handle& h, std::span<const HistoryMigration> migrations) {
  const int target = static_cast<int>(migrations.size());
  auto version = UserVersion(h);
  if (!version) return version.error();
  if (*version < 0 || *version > target) return NewerError(h, *version, target);
  if (*version == target) return {};

  Transaction transaction(h);
  if (auto begun = transaction.Begin("upgrading the schema"); !begun) return begun.error();
  // Another process may have upgraded it while we waited for the lock.
  version = UserVersion(h);
  if (!version) return version.error();
  if (*version < 0 || *version > target) return NewerError(h, *version, target);
  for (int from = *version; from < target; ++from) {
    const std::string failure = migrations[static_cast<std::size_t>(from)](h.db);
    if (!failure.empty()) {
      return sandbox::MakeError(ErrorKind::kInternal,
                                fmt::format("history database {}: cannot upgrade the schema from "
                                            "version {} to {}: {}",
                                            h.path.string(), from, from + 1, OneLine(failure)));
    }
  }
  // PRAGMA arguments cannot be bound parameters; target is our own integer.
  const std::string set_version = fmt::format("PRAGMA user_version = {}", target);
  if (auto set = Exec(h, set_version.c_str(), "upgrading the schema"); !set) return set.error();
  return transaction.Commit("upgrading the schema");
}

// The columns of an attempt row, in the order ReadAttempt expects; `source` last so that List
// can leave it out.
constexpr const char* kAttemptColumns =
    "id, problem, created, verdict, cpu_ms, max_memory_kb, ratio_to_ref, source_sha256, compiler, "
    "flags, machine, timing_noise, file, label, ratio_low, ratio_high, ratio_basis";

Attempt ReadAttempt(sqlite3_stmt* s, bool with_source) {
  Attempt a;
  a.id = sqlite3_column_int64(s, 0);
  a.problem = ColumnText(s, 1);
  a.created = ColumnText(s, 2);
  a.verdict = ColumnText(s, 3);
  a.cpu_ms = ColumnDouble(s, 4);
  a.max_memory_kb = ColumnKb(s, 5);
  if (sqlite3_column_type(s, 6) != SQLITE_NULL) a.ratio_to_ref = sqlite3_column_double(s, 6);
  a.source_sha256 = ColumnText(s, 7);
  a.compiler = ColumnText(s, 8);
  a.flags = ColumnText(s, 9);
  a.machine = ColumnText(s, 10);
  a.timing_noise = ColumnText(s, 11);
  a.file = ColumnText(s, 12);
  if (sqlite3_column_type(s, 13) != SQLITE_NULL) a.label = ColumnText(s, 13);
  if (sqlite3_column_type(s, 14) != SQLITE_NULL) a.ratio_low = sqlite3_column_double(s, 14);
  if (sqlite3_column_type(s, 15) != SQLITE_NULL) a.ratio_high = sqlite3_column_double(s, 15);
  a.ratio_basis = ColumnText(s, 16);
  if (with_source) a.source = ColumnText(s, 17);
  return a;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void History::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

History::History(std::filesystem::path path, sqlite3* db, HistoryOptions options)
    : path_(std::move(path)), db_(db), options_(options) {}

History::~History() = default;

int History::SchemaVersion() { return static_cast<int>(kMigrations.size()); }

std::span<const HistoryMigration> HistoryMigrations() { return kMigrations; }

Result<History> History::Open(const std::filesystem::path& path, HistoryOptions options) {
  return OpenWithMigrations(path, options, kMigrations);
}

Result<History> OpenWithMigrations(const std::filesystem::path& path, HistoryOptions options,
                                   std::span<const HistoryMigration> migrations) {
  if (path.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      return sandbox::MakeError(
          ErrorKind::kInternal,
          fmt::format("history database {}: cannot create the folder {}: {}", path.string(),
                      path.parent_path().string(), ec.message()));
    }
  }

  sqlite3* raw = nullptr;
  const int opened =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  History history(path, raw, options);  // owns raw from here on, even when opening failed
  const Handle h{raw, history.path_, options.busy_timeout};
  if (opened != SQLITE_OK) return h.Fail(opened, "opening");

  sqlite3_extended_result_codes(raw, 1);
  const auto timeout_ms =
      std::clamp<std::chrono::milliseconds::rep>(options.busy_timeout.count(), 0, INT_MAX);
  sqlite3_busy_timeout(raw, static_cast<int>(timeout_ms));

  // The first statement reads the file header: this is where a file that is not a database
  // fails, with SQLITE_NOTADB. WAL lets readers and one writer proceed at once; when the file
  // system cannot do WAL (no shared memory, e.g. some network mounts) SQLite keeps its rollback
  // journal, which is slower under contention but equally safe, so the answer is not checked.
  if (auto wal = EnableWal(h); !wal) return wal.error();
  if (auto fk = Exec(h, "PRAGMA foreign_keys = ON", "enabling foreign keys"); !fk)
    return fk.error();

  // quick_check verifies the b-trees page by page (O(size): ~20 ms for 40,000 case rows), so a
  // damaged file is reported here, in one clear sentence, before anything is written to it.
  if (options.check_integrity) {
    auto check = Prepare(h, "PRAGMA quick_check(1)", "checking integrity");
    if (!check) return check.error();
    const int rc = sqlite3_step(check->get());
    if (rc != SQLITE_ROW) return h.Fail(rc, "checking integrity");
    const std::string verdict = ColumnText(check->get(), 0);
    if (verdict != "ok") {
      constexpr std::string_view kBanner = "*** in database main ***";
      std::string_view why = verdict;
      if (why.starts_with(kBanner)) why.remove_prefix(kBanner.size());
      return CorruptError(history.path_, why);
    }
  }

  if (auto migrated = Migrate(h, migrations); !migrated) return migrated.error();
  return history;
}

Result<std::int64_t> History::Save(const Attempt& attempt) {
  const Handle h{db_.get(), path_, options_.busy_timeout};
  if (h.db == nullptr) return h.Fail(SQLITE_MISUSE, "saving an attempt");
  const std::string created = attempt.created.empty() ? NowIso8601Utc() : attempt.created;
  const std::string sha256 =
      attempt.source_sha256.empty() ? Sha256Hex(attempt.source) : attempt.source_sha256;

  Transaction transaction(h);
  if (auto begun = transaction.Begin("saving an attempt"); !begun) return begun.error();

  auto insert = Prepare(h,
                        "INSERT INTO attempts (problem, created, verdict, cpu_ms, max_memory_kb, "
                        "ratio_to_ref, source, source_sha256, compiler, flags, machine, "
                        "timing_noise, file, label, ratio_low, ratio_high, ratio_basis) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "saving an attempt");
  if (!insert) return insert.error();
  sqlite3_stmt* s = insert->get();
  BindText(s, 1, attempt.problem);
  BindText(s, 2, created);
  BindText(s, 3, attempt.verdict);
  BindDouble(s, 4, attempt.cpu_ms);
  BindKb(s, 5, attempt.max_memory_kb);
  if (attempt.ratio_to_ref) BindDouble(s, 6, *attempt.ratio_to_ref);
  BindText(s, 7, attempt.source);
  BindText(s, 8, sha256);
  BindText(s, 9, attempt.compiler);
  BindText(s, 10, attempt.flags);
  BindText(s, 11, attempt.machine);
  BindText(s, 12, attempt.timing_noise);
  BindText(s, 13, attempt.file);
  if (attempt.label) BindText(s, 14, *attempt.label);
  if (attempt.ratio_low) BindDouble(s, 15, *attempt.ratio_low);
  if (attempt.ratio_high) BindDouble(s, 16, *attempt.ratio_high);
  BindText(s, 17, attempt.ratio_basis);
  if (const int rc = sqlite3_step(s); rc != SQLITE_DONE) return h.Fail(rc, "saving an attempt");
  const std::int64_t id = sqlite3_last_insert_rowid(h.db);

  auto insert_case = Prepare(h,
                             "INSERT INTO cases (attempt_id, ordinal, name, verdict, cpu_ms, "
                             "wall_ms, memory_kb, exit_code, signal, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             "saving an attempt's cases");
  if (!insert_case) return insert_case.error();
  s = insert_case->get();
  std::int64_t ordinal = 0;
  for (const CaseRecord& c : attempt.cases) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, ordinal++);
    BindText(s, 3, c.name);
    BindText(s, 4, c.verdict);
    BindDouble(s, 5, c.cpu_ms);
    BindDouble(s, 6, c.wall_ms);
    BindKb(s, 7, c.memory_kb);
    if (c.exit_code) sqlite3_bind_int(s, 8, *c.exit_code);
    if (c.signal) BindText(s, 9, *c.signal);
    BindText(s, 10, c.message);
    if (const int rc = sqlite3_step(s); rc != SQLITE_DONE) {
      return h.Fail(rc, "saving an attempt's cases");
    }
  }

  if (auto committed = transaction.Commit("saving an attempt"); !committed) {
    return committed.error();
  }
  return id;
}

Result<std::vector<Attempt>> History::List(std::string_view problem) {
  const Handle h{db_.get(), path_, options_.busy_timeout};
  if (h.db == nullptr) return h.Fail(SQLITE_MISUSE, "listing attempts");
  auto select = Prepare(
      h, fmt::format("SELECT {} FROM attempts WHERE problem = ? ORDER BY id", kAttemptColumns),
      "listing attempts");
  if (!select) return select.error();
  BindText(select->get(), 1, problem);
  std::vector<Attempt> attempts;
  int rc;
  while ((rc = sqlite3_step(select->get())) == SQLITE_ROW) {
    attempts.push_back(ReadAttempt(select->get(), /*with_source=*/false));
  }
  if (rc != SQLITE_DONE) return h.Fail(rc, "listing attempts");
  return attempts;
}

Result<std::optional<Attempt>> History::Get(std::int64_t id) {
  const Handle h{db_.get(), path_, options_.busy_timeout};
  if (h.db == nullptr) return h.Fail(SQLITE_MISUSE, "reading an attempt");
  // One read transaction, so the attempt and its cases come from the same snapshot.
  if (auto begun = Exec(h, "BEGIN", "reading an attempt"); !begun) return begun.error();
  struct EndRead {
    sqlite3* db;
    ~EndRead() { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); }
  } end_read{h.db};

  auto select =
      Prepare(h, fmt::format("SELECT {}, source FROM attempts WHERE id = ?", kAttemptColumns),
              "reading an attempt");
  if (!select) return select.error();
  sqlite3_bind_int64(select->get(), 1, id);
  int rc = sqlite3_step(select->get());
  if (rc == SQLITE_DONE) return std::optional<Attempt>();
  if (rc != SQLITE_ROW) return h.Fail(rc, "reading an attempt");
  Attempt attempt = ReadAttempt(select->get(), /*with_source=*/true);

  auto cases = Prepare(h,
                       "SELECT name, verdict, cpu_ms, wall_ms, memory_kb, exit_code, signal, "
                       "message FROM cases WHERE attempt_id = ? ORDER BY ordinal",
                       "reading an attempt's cases");
  if (!cases) return cases.error();
  sqlite3_stmt* s = cases->get();
  sqlite3_bind_int64(s, 1, id);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    CaseRecord c;
    c.name = ColumnText(s, 0);
    c.verdict = ColumnText(s, 1);
    c.cpu_ms = ColumnDouble(s, 2);
    c.wall_ms = ColumnDouble(s, 3);
    c.memory_kb = ColumnKb(s, 4);
    if (sqlite3_column_type(s, 5) != SQLITE_NULL) c.exit_code = sqlite3_column_int(s, 5);
    if (sqlite3_column_type(s, 6) != SQLITE_NULL) c.signal = ColumnText(s, 6);
    c.message = ColumnText(s, 7);
    attempt.cases.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return h.Fail(rc, "reading an attempt's cases");
  return std::optional<Attempt>(std::move(attempt));
}

Result<std::vector<ProblemProgress>> History::Progress() {
  const Handle h{db_.get(), path_, options_.busy_timeout};
  if (h.db == nullptr) return h.Fail(SQLITE_MISUSE, "summarising attempts");
  auto select = Prepare(h,
                        "SELECT problem, count(*), max(verdict = 'AC'), "
                        "min(CASE WHEN verdict = 'AC' THEN ratio_to_ref END) "
                        "FROM attempts GROUP BY problem ORDER BY problem",
                        "summarising attempts");
  if (!select) return select.error();
  std::vector<ProblemProgress> out;
  int rc;
  sqlite3_stmt* s = select->get();
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    ProblemProgress p;
    p.problem = ColumnText(s, 0);
    p.attempts = sqlite3_column_int64(s, 1);
    p.solved = sqlite3_column_int(s, 2) != 0;
    if (sqlite3_column_type(s, 3) != SQLITE_NULL) p.best_ratio = sqlite3_column_double(s, 3);
    out.push_back(std::move(p));
  }
  if (rc != SQLITE_DONE) return h.Fail(rc, "summarising attempts");
  return out;
}

Result<void> History::SetRatioToRef(std::int64_t id, double ratio) {
  const Handle h{db_.get(), path_, options_.busy_timeout};
  if (h.db == nullptr) return h.Fail(SQLITE_MISUSE, "recording a ratio to the reference");
  auto update = Prepare(h, "UPDATE attempts SET ratio_to_ref = ? WHERE id = ?",
                        "recording a ratio to the reference");
  if (!update) return update.error();
  BindDouble(update->get(), 1, ratio);
  sqlite3_bind_int64(update->get(), 2, id);
  if (const int rc = sqlite3_step(update->get()); rc != SQLITE_DONE) {
    return h.Fail(rc, "recording a ratio to the reference");
  }
  if (sqlite3_changes(h.db) == 0) {
    return sandbox::MakeError(
        ErrorKind::kUsage,
        fmt::format("no attempt #{} in history database {}", id, path_.string()));
  }
  return {};
}

}  // namespace judge
