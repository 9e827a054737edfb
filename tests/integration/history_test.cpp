#include "judge/store/history.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "judge/base/sha256.h"

// The database tests build hand-made databases with the SQLite C API: that is the only way to
// produce an "older", "newer" or damaged file. The module under test stays the only production
// code that speaks SQL.

namespace judge {
namespace {

namespace fs = std::filesystem;

class HistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "history_test.XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    db_path_ = dir_ / "home" / "history.sqlite";
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Runs SQL on the file directly and returns the first column of the first row ("" if none).
  std::string RawQuery(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(db_path_.c_str(), &db), SQLITE_OK);
    std::string first;
    auto callback = [](void* out, int columns, char** values, char**) {
      auto* result = static_cast<std::string*>(out);
      if (result->empty() && columns > 0 && values[0] != nullptr) *result = values[0];
      return 0;
    };
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), callback, &first, &error), SQLITE_OK)
        << (error != nullptr ? error : "") << " in " << sql;
    sqlite3_free(error);
    sqlite3_close(db);
    return first;
  }

  fs::path dir_;
  fs::path db_path_;
};

Attempt MakeAttempt(const std::string& problem, const std::string& verdict, int cases = 3) {
  Attempt a;
  a.problem = problem;
  a.verdict = verdict;
  a.cpu_ms = 12.5;
  a.max_memory_kb = 18432;
  a.source = "#include <cstdio>\nint main() { std::puts(\"42\"); }\n";
  a.compiler = "g++ (Debian 12.2.0-14) 12.2.0";
  a.flags = "-std=gnu++20 -O2 -static";
  a.machine = "x86_64/2cpu/abc123";
  a.timing_noise = R"({"cv":0.0075})";
  for (int i = 0; i < cases; ++i) {
    CaseRecord c;
    c.name = "secret/" + std::to_string(i);
    c.verdict = i == 1 ? "WA" : "AC";
    c.cpu_ms = 1.5 + i;
    c.wall_ms = 2.25 + i;
    c.memory_kb = 1000 + static_cast<std::uint64_t>(i);
    c.exit_code = 0;
    c.message = i == 1 ? "line 3: expected 17, got 18" : "";
    a.cases.push_back(c);
  }
  return a;
}

// The schema version of this build, and the one a test-only extra step reaches.
const std::string kCurrent = std::to_string(History::SchemaVersion());
const std::string kNext = std::to_string(History::SchemaVersion() + 1);

History OpenOrDie(const fs::path& path, HistoryOptions options = {}) {
  auto history = History::Open(path, options);
  if (!history) ADD_FAILURE() << history.error().message;
  return std::move(history).value();
}

TEST_F(HistoryTest, SaveGetRoundTripWithCases) {
  History history = OpenOrDie(db_path_);  // also creates the missing "home" folder
  Attempt attempt = MakeAttempt("two-sum", "WA");
  attempt.created = "2024-05-01T12:34:56Z";
  attempt.ratio_to_ref = 1.82;
  attempt.cases[2].exit_code.reset();
  attempt.cases[2].signal = "SIGSEGV";
  attempt.cases[2].verdict = "RE";
  attempt.cases[0].memory_kb = std::uint64_t{1} << 40;
  attempt.file = "hash_heap.cpp";
  attempt.label = "heap of size k, 'quoted'";

  auto id = history.Save(attempt);
  ASSERT_TRUE(id) << id.error().message;
  auto got = history.Get(*id);
  ASSERT_TRUE(got) << got.error().message;
  ASSERT_TRUE(got->has_value());
  const Attempt& a = **got;
  EXPECT_EQ(a.id, *id);
  EXPECT_EQ(a.problem, "two-sum");
  EXPECT_EQ(a.created, "2024-05-01T12:34:56Z");
  EXPECT_EQ(a.verdict, "WA");
  EXPECT_EQ(a.cpu_ms, 12.5);
  EXPECT_EQ(a.max_memory_kb, 18432u);
  EXPECT_EQ(a.ratio_to_ref, 1.82);
  EXPECT_EQ(a.source, attempt.source);
  EXPECT_EQ(a.source_sha256, Sha256Hex(attempt.source));  // filled in by Save
  EXPECT_EQ(a.compiler, attempt.compiler);
  EXPECT_EQ(a.flags, attempt.flags);
  EXPECT_EQ(a.machine, attempt.machine);
  EXPECT_EQ(a.timing_noise, attempt.timing_noise);
  EXPECT_EQ(a.file, "hash_heap.cpp");
  EXPECT_EQ(a.label, "heap of size k, 'quoted'");
  ASSERT_EQ(a.cases.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    const CaseRecord& want = attempt.cases[i];
    const CaseRecord& c = a.cases[i];
    EXPECT_EQ(c.name, want.name);
    EXPECT_EQ(c.verdict, want.verdict);
    EXPECT_EQ(c.cpu_ms, want.cpu_ms);
    EXPECT_EQ(c.wall_ms, want.wall_ms);
    EXPECT_EQ(c.memory_kb, want.memory_kb);
    EXPECT_EQ(c.exit_code, want.exit_code);
    EXPECT_EQ(c.signal, want.signal);
    EXPECT_EQ(c.message, want.message);
  }
}

TEST_F(HistoryTest, SaveFillsInCreatedAsIso8601Utc) {
  History history = OpenOrDie(db_path_);
  auto id = history.Save(MakeAttempt("p", "AC", 0));
  ASSERT_TRUE(id);
  auto got = history.Get(*id);
  ASSERT_TRUE(got && got->has_value());
  const std::string& created = (*got)->created;
  ASSERT_EQ(created.size(), 20u) << created;  // 2024-05-01T12:34:56Z
  EXPECT_EQ(created[4], '-');
  EXPECT_EQ(created[10], 'T');
  EXPECT_EQ(created[19], 'Z');
  EXPECT_FALSE((*got)->ratio_to_ref.has_value());
  EXPECT_TRUE((*got)->cases.empty());
}

TEST_F(HistoryTest, NaNTimesSurviveTheRoundTrip) {
  History history = OpenOrDie(db_path_);
  Attempt attempt = MakeAttempt("p", "JE", 1);
  attempt.cpu_ms = std::nan("");
  attempt.cases[0].wall_ms = std::nan("");
  auto id = history.Save(attempt);
  ASSERT_TRUE(id) << id.error().message;
  auto got = history.Get(*id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_TRUE(std::isnan((*got)->cpu_ms));
  EXPECT_TRUE(std::isnan((*got)->cases[0].wall_ms));
  EXPECT_EQ((*got)->cases[0].cpu_ms, 1.5);
}

TEST_F(HistoryTest, ListIsPerProblemOldestFirstWithoutSourceOrCases) {
  History history = OpenOrDie(db_path_);
  std::vector<std::int64_t> ids;
  for (const char* verdict : {"WA", "TLE", "AC"}) {
    auto id = history.Save(MakeAttempt("top-k", verdict));
    ASSERT_TRUE(id);
    ids.push_back(*id);
    ASSERT_TRUE(history.Save(MakeAttempt("other", "AC")));
  }
  EXPECT_LT(ids[0], ids[1]);
  EXPECT_LT(ids[1], ids[2]);

  auto listed = history.List("top-k");
  ASSERT_TRUE(listed) << listed.error().message;
  ASSERT_EQ(listed->size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ((*listed)[i].id, ids[i]);
    EXPECT_EQ((*listed)[i].problem, "top-k");
    EXPECT_TRUE((*listed)[i].source.empty());
    EXPECT_TRUE((*listed)[i].cases.empty());
    EXPECT_EQ((*listed)[i].source_sha256, Sha256Hex(MakeAttempt("", "").source));
  }
  EXPECT_EQ((*listed)[0].verdict, "WA");
  EXPECT_EQ((*listed)[2].verdict, "AC");

  auto none = history.List("no-such-problem");
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

TEST_F(HistoryTest, ProgressSummarisesEachProblem) {
  History history = OpenOrDie(db_path_);
  Attempt slow = MakeAttempt("b", "AC");
  slow.ratio_to_ref = 2.5;
  Attempt fast = MakeAttempt("b", "AC");
  fast.ratio_to_ref = 1.25;
  Attempt wrong = MakeAttempt("b", "WA");
  wrong.ratio_to_ref = 0.5;  // not accepted: not a best ratio
  for (const Attempt& a : {slow, fast, wrong, MakeAttempt("a", "TLE"), MakeAttempt("a", "CE")})
    ASSERT_TRUE(history.Save(a));
  auto progress = history.Progress();
  ASSERT_TRUE(progress) << progress.error().message;
  ASSERT_EQ(progress->size(), 2u);
  EXPECT_EQ(progress->at(0).problem, "a");
  EXPECT_EQ(progress->at(0).attempts, 2);
  EXPECT_FALSE(progress->at(0).solved);
  EXPECT_FALSE(progress->at(0).best_ratio.has_value());
  EXPECT_EQ(progress->at(1).problem, "b");
  EXPECT_EQ(progress->at(1).attempts, 3);
  EXPECT_TRUE(progress->at(1).solved);
  EXPECT_EQ(progress->at(1).best_ratio, 1.25);
}

TEST_F(HistoryTest, GetUnknownIdIsEmpty) {
  History history = OpenOrDie(db_path_);
  auto got = history.Get(12345);
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_FALSE(got->has_value());
}

TEST_F(HistoryTest, SetRatioToRef) {
  History history = OpenOrDie(db_path_);
  auto id = history.Save(MakeAttempt("p", "AC"));
  ASSERT_TRUE(id);
  ASSERT_TRUE(history.SetRatioToRef(*id, 1.25).ok());
  auto listed = history.List("p");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->at(0).ratio_to_ref, 1.25);

  auto missing = history.SetRatioToRef(999, 2.0);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, sandbox::ErrorKind::kUsage);
  EXPECT_EQ(missing.error().message, "no attempt #999 in history database " + db_path_.string());
}

TEST_F(HistoryTest, ReopenKeepsDataAndUsesWalAndSchemaVersion) {
  {
    History history = OpenOrDie(db_path_);
    ASSERT_TRUE(history.Save(MakeAttempt("p", "AC")));
  }
  History reopened = OpenOrDie(db_path_);
  auto listed = reopened.List("p");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 1u);
  EXPECT_EQ(RawQuery("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery("PRAGMA user_version"), std::to_string(History::SchemaVersion()));
  EXPECT_EQ(History::SchemaVersion(), 3);
}

TEST_F(HistoryTest, MovedHistoryKeepsWorking) {
  History first = OpenOrDie(db_path_);
  History second = std::move(first);
  ASSERT_TRUE(second.Save(MakeAttempt("p", "AC")));
  History third = OpenOrDie(dir_ / "other.sqlite");
  third = std::move(second);
  auto listed = third.List("p");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 1u);
  EXPECT_EQ(third.path(), db_path_);
}

// ---- Schema versions ------------------------------------------------------------------------

// What this covers honestly: v1 is the first real schema, so the only "older" database in the
// field is version 0, an empty SQLite file (user_version 0, no tables). The upgrade machinery
// beyond that (an older database with data, several steps, a failing step) is exercised through
// OpenWithMigrations with a test-only v2 step.

TEST_F(HistoryTest, EmptyVersionZeroDatabaseIsMigratedToTheCurrentVersion) {
  fs::create_directories(db_path_.parent_path());
  RawQuery("CREATE TABLE scratch (x); DROP TABLE scratch;");  // a real, empty, v0 file
  ASSERT_EQ(RawQuery("PRAGMA user_version"), "0");
  History history = OpenOrDie(db_path_);
  EXPECT_EQ(RawQuery("PRAGMA user_version"), std::to_string(History::SchemaVersion()));
  EXPECT_TRUE(history.Save(MakeAttempt("p", "AC")));
}

// A database written by the first judge (schema v1, before file names and labels): its rows
// are kept and read with an empty file name and no label, and new attempts store both.
TEST_F(HistoryTest, VersionOneDatabaseIsUpgradedWithFileAndLabel) {
  {
    auto v1 = OpenWithMigrations(db_path_, {}, HistoryMigrations().first(1));
    ASSERT_TRUE(v1) << v1.error().message;
  }
  ASSERT_EQ(RawQuery("PRAGMA user_version"), "1");
  RawQuery("INSERT INTO attempts (problem, created, verdict, cpu_ms, max_memory_kb, ratio_to_ref, "
           "source, source_sha256, compiler, flags, machine, timing_noise) VALUES ('p', "
           "'2024-01-02T03:04:05Z', 'AC', 41.5, 1024, 1.5, 'int main(){}', 'abc', 'g++', '-O2', "
           "'m', '')");
  RawQuery("INSERT INTO cases VALUES (1, 0, 'secret/1', 'AC', 41.5, 42.0, 1024, 0, NULL, '')");

  History history = OpenOrDie(db_path_);
  EXPECT_EQ(RawQuery("PRAGMA user_version"), kCurrent);
  auto old = history.Get(1);
  ASSERT_TRUE(old && old->has_value());
  EXPECT_EQ((*old)->verdict, "AC");
  EXPECT_EQ((*old)->cpu_ms, 41.5);
  EXPECT_EQ((*old)->ratio_to_ref, 1.5);
  EXPECT_EQ((*old)->file, "");
  EXPECT_FALSE((*old)->label.has_value());
  ASSERT_EQ((*old)->cases.size(), 1u);

  Attempt labelled = MakeAttempt("p", "AC");
  labelled.file = "two_heaps.cpp";
  labelled.label = "try 2";
  ASSERT_TRUE(history.Save(labelled));
  auto listed = history.List("p");
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->at(1).file, "two_heaps.cpp");
  EXPECT_EQ(listed->at(1).label, "try 2");
  EXPECT_FALSE(listed->at(0).label.has_value());
}

// A database of schema v2 (file names and labels, no ratio intervals): its ratios are kept
// without an interval or basis, and new attempts store both.
TEST_F(HistoryTest, VersionTwoDatabaseIsUpgradedWithRatioIntervals) {
  {
    auto v2 = OpenWithMigrations(db_path_, {}, HistoryMigrations().first(2));
    ASSERT_TRUE(v2) << v2.error().message;
  }
  ASSERT_EQ(RawQuery("PRAGMA user_version"), "2");
  RawQuery("INSERT INTO attempts (problem, created, verdict, cpu_ms, max_memory_kb, ratio_to_ref, "
           "source, source_sha256, compiler, flags, machine, timing_noise, file) VALUES ('p', "
           "'2026-11-02T03:04:05Z', 'AC', 41.5, 1024, 1.5, 'int main(){}', 'abc', 'g++', '-O2', "
           "'m', '', 'old.cpp')");
  History history = OpenOrDie(db_path_);
  EXPECT_EQ(RawQuery("PRAGMA user_version"), kCurrent);
  Attempt fresh = MakeAttempt("p", "AC");
  fresh.ratio_to_ref = 1.4;
  fresh.ratio_low = 1.3;
  fresh.ratio_high = 1.55;
  fresh.ratio_basis = "fastio; package 0123456789ab";
  ASSERT_TRUE(history.Save(fresh));
  auto listed = history.List("p");
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->at(0).ratio_to_ref, 1.5);
  EXPECT_FALSE(listed->at(0).ratio_low.has_value());
  EXPECT_FALSE(listed->at(0).ratio_high.has_value());
  EXPECT_EQ(listed->at(0).ratio_basis, "");
  EXPECT_EQ(listed->at(1).ratio_low, 1.3);
  EXPECT_EQ(listed->at(1).ratio_high, 1.55);
  EXPECT_EQ(listed->at(1).ratio_basis, "fastio; package 0123456789ab");
  auto got = history.Get(listed->at(1).id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->ratio_high, 1.55);
  EXPECT_EQ((*got)->ratio_basis, "fastio; package 0123456789ab");
}

TEST_F(HistoryTest, ZeroByteFileIsANewDatabase) {
  fs::create_directories(db_path_.parent_path());
  std::ofstream(db_path_).close();
  History history = OpenOrDie(db_path_);
  EXPECT_TRUE(history.Save(MakeAttempt("p", "AC")));
}

// Test-only next version: a new column filled from existing data, as a real step might do.
std::string TestMigrateToNext(sqlite3* db) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db,
                              "ALTER TABLE attempts ADD COLUMN passed INTEGER NOT NULL DEFAULT 0;"
                              "UPDATE attempts SET passed = (verdict = 'AC');",
                              nullptr, nullptr, &error);
  std::string message = rc == SQLITE_OK ? "" : (error != nullptr ? error : "failed");
  sqlite3_free(error);
  return message;
}

// Test-only next version that does part of its work and then fails.
std::string TestBrokenMigrateToNext(sqlite3* db) {
  sqlite3_exec(db, "CREATE TABLE half_done (x)", nullptr, nullptr, nullptr);
  char* error = nullptr;
  sqlite3_exec(db, "ALTER TABLE no_such_table ADD COLUMN y", nullptr, nullptr, &error);
  std::string message = error != nullptr ? error : "failed";
  sqlite3_free(error);
  return message;
}

std::vector<HistoryMigration> WithNext(HistoryMigration next) {
  std::vector<HistoryMigration> migrations(HistoryMigrations().begin(), HistoryMigrations().end());
  migrations.push_back(next);
  return migrations;
}

TEST_F(HistoryTest, OlderDatabaseWithDataIsUpgradedAndKeepsIt) {
  {
    History current = OpenOrDie(db_path_);
    ASSERT_TRUE(current.Save(MakeAttempt("p", "WA")));
    ASSERT_TRUE(current.Save(MakeAttempt("p", "AC")));
  }
  const auto migrations = WithNext(&TestMigrateToNext);
  {
    auto next = OpenWithMigrations(db_path_, {}, migrations);
    ASSERT_TRUE(next) << next.error().message;
    auto listed = next->List("p");
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    auto got = next->Get(listed->at(1).id);
    ASSERT_TRUE(got && got->has_value());
    EXPECT_EQ((*got)->cases.size(), 3u);
  }
  EXPECT_EQ(RawQuery("PRAGMA user_version"), kNext);
  EXPECT_EQ(RawQuery("SELECT group_concat(passed) FROM (SELECT passed FROM attempts ORDER BY id)"),
            "0,1");
  // Opening again at the next version is a no-op; this build refuses the newer file.
  EXPECT_TRUE(OpenWithMigrations(db_path_, {}, migrations));
  auto old_judge = History::Open(db_path_);
  ASSERT_FALSE(old_judge);
  EXPECT_EQ(old_judge.error().message,
            "history database " + db_path_.string() + " has schema version " + kNext +
                ", but this judge only knows versions up to " + kCurrent +
                "; upgrade the judge, or point JUDGE_HOME at another folder");
}

TEST_F(HistoryTest, FreshDatabaseRunsEveryStepInOrder) {
  const auto migrations = WithNext(&TestMigrateToNext);
  auto history = OpenWithMigrations(db_path_, {}, migrations);
  ASSERT_TRUE(history) << history.error().message;
  EXPECT_EQ(RawQuery("PRAGMA user_version"), kNext);
  EXPECT_EQ(RawQuery("SELECT count(*) FROM pragma_table_info('attempts') WHERE name = 'passed'"),
            "1");
}

TEST_F(HistoryTest, FailedUpgradeRollsBackEverything) {
  {
    History current = OpenOrDie(db_path_);
    ASSERT_TRUE(current.Save(MakeAttempt("p", "AC")));
  }
  const auto migrations = WithNext(&TestBrokenMigrateToNext);
  auto broken = OpenWithMigrations(db_path_, {}, migrations);
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().message, "history database " + db_path_.string() +
                                        ": cannot upgrade the schema from version " + kCurrent +
                                        " to " + kNext + ": no such table: no_such_table");
  EXPECT_EQ(RawQuery("PRAGMA user_version"), kCurrent);
  EXPECT_EQ(RawQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), "0");
  History current = OpenOrDie(db_path_);
  auto listed = current.List("p");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->size(), 1u);
}

TEST_F(HistoryTest, NewerDatabaseIsRefusedAndLeftAlone) {
  { OpenOrDie(db_path_); }
  RawQuery("PRAGMA user_version = 7");
  auto history = History::Open(db_path_);
  ASSERT_FALSE(history);
  EXPECT_EQ(history.error().kind, sandbox::ErrorKind::kInternal);
  EXPECT_EQ(history.error().message,
            "history database " + db_path_.string() +
                " has schema version 7, but this judge only knows versions up to " + kCurrent +
                "; upgrade the judge, or point JUDGE_HOME at another folder");
  EXPECT_EQ(RawQuery("PRAGMA user_version"), "7");
}

// ---- Damaged files --------------------------------------------------------------------------

TEST_F(HistoryTest, FileThatIsNotADatabase) {
  fs::create_directories(db_path_.parent_path());
  const std::string junk = std::string(2000, 'x') + "\nnot a database at all\n";
  { std::ofstream(db_path_) << junk; }
  auto history = History::Open(db_path_);
  ASSERT_FALSE(history);
  EXPECT_EQ(history.error().message, "history database " + db_path_.string() +
                                         " is corrupt: file is not a database; move it away to "
                                         "start a new history");
  std::stringstream after;
  after << std::ifstream(db_path_).rdbuf();
  EXPECT_EQ(after.str(), junk);  // the user's file is left as it was
}

TEST_F(HistoryTest, DamagedPagesAreReportedAsCorruptOnOneLine) {
  {
    History history = OpenOrDie(db_path_);
    for (int i = 0; i < 100; ++i) {
      Attempt a = MakeAttempt("p", "AC", 20);
      a.source = std::string(3000, static_cast<char>('a' + i % 26));
      ASSERT_TRUE(history.Save(a));
    }
  }  // the last connection checkpoints the WAL into the main file
  ASSERT_GT(fs::file_size(db_path_), 20u * 4096u);
  {
    std::fstream file(db_path_, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(4096);  // page 2 onwards: b-tree pages; page 1 (header, schema) stays readable
    const std::string garbage(3 * 4096, '\xA5');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  auto history = History::Open(db_path_);
  ASSERT_FALSE(history);
  const std::string& message = history.error().message;
  const std::string prefix = "history database " + db_path_.string() + " is corrupt: ";
  const std::string suffix = "; move it away to start a new history";
  EXPECT_EQ(message.substr(0, prefix.size()), prefix) << message;
  ASSERT_GT(message.size(), prefix.size() + suffix.size()) << message;
  EXPECT_EQ(message.substr(message.size() - suffix.size()), suffix) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

TEST_F(HistoryTest, UncreatableFolderIsAnError) {
  { std::ofstream(dir_ / "file") << "x"; }
  const fs::path path = dir_ / "file" / "sub" / "history.sqlite";
  auto history = History::Open(path);
  ASSERT_FALSE(history);
  EXPECT_EQ(history.error().message.rfind(
                "history database " + path.string() + ": cannot create the folder ", 0),
            0u)
      << history.error().message;
}

// ---- Locks and concurrency ------------------------------------------------------------------

TEST_F(HistoryTest, LockedPastTheTimeoutIsAnErrorNamingThePath) {
  History history = OpenOrDie(db_path_, HistoryOptions{std::chrono::milliseconds(100)});
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db_path_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

  const auto start = std::chrono::steady_clock::now();
  auto saved = history.Save(MakeAttempt("p", "AC"));
  const auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().message, "history database " + db_path_.string() +
                                       " is locked: another process kept it busy for more than "
                                       "100 ms while saving an attempt");
  EXPECT_GE(waited, std::chrono::milliseconds(90));

  // Reading is not blocked by a writer in WAL mode.
  EXPECT_TRUE(history.List("p"));

  ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);
  EXPECT_TRUE(history.Save(MakeAttempt("p", "AC")));
}

constexpr int kPerWriter = 50;

// Saves kPerWriter attempts tagged with `writer`; returns "" or the first error.
std::string SaveMany(const fs::path& path, const std::string& writer) {
  auto history = History::Open(path);
  if (!history) return history.error().message;
  for (int i = 0; i < kPerWriter; ++i) {
    Attempt a = MakeAttempt("race", "AC");
    a.machine = writer;
    a.flags = std::to_string(i);
    auto saved = history->Save(a);
    if (!saved) return saved.error().message;
  }
  return "";
}

void ExpectAllSaved(const fs::path& path, const std::vector<std::string>& writers) {
  History history = OpenOrDie(path);
  auto listed = history.List("race");
  ASSERT_TRUE(listed) << listed.error().message;
  ASSERT_EQ(listed->size(), writers.size() * kPerWriter);
  std::set<std::int64_t> ids;
  std::set<std::string> tags;
  for (const Attempt& a : *listed) {
    ids.insert(a.id);
    tags.insert(a.machine + "/" + a.flags);
    auto got = history.Get(a.id);
    ASSERT_TRUE(got && got->has_value());
    EXPECT_EQ((*got)->cases.size(), 3u);
  }
  EXPECT_EQ(ids.size(), listed->size());
  EXPECT_EQ(tags.size(), listed->size());
}

TEST_F(HistoryTest, TwoProcessesSavingAtOnceBothSucceed) {
  // Both children race on creating the file and the schema, then on every Save.
  std::vector<pid_t> children;
  for (const char* writer : {"first", "second"}) {
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      const std::string error = SaveMany(db_path_, writer);
      if (!error.empty()) std::fprintf(stderr, "%s: %s\n", writer, error.c_str());
      _exit(error.empty() ? 0 : 1);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  ExpectAllSaved(db_path_, {"first", "second"});
}

// Submissions started together on a new JUDGE_HOME all create the file and switch it to WAL at
// once. SQLite answers that meeting with SQLITE_BUSY without waiting (it sees a possible
// deadlock); before Open retried, about one opening in 150 failed here.
TEST_F(HistoryTest, ProcessesOpeningANewFileAtOnceAllSucceed) {
  constexpr int kRounds = 150;
  constexpr int kProcesses = 4;
  int failed = 0;
  for (int round = 0; round < kRounds; ++round) {
    const fs::path path = dir_ / ("new" + std::to_string(round)) / "history.sqlite";
    std::vector<pid_t> children;
    for (int k = 0; k < kProcesses; ++k) {
      const pid_t pid = fork();
      ASSERT_GE(pid, 0);
      if (pid == 0) {
        auto history = History::Open(path);
        if (!history) std::fprintf(stderr, "round %d: %s\n", round, history.error().message.c_str());
        _exit(history && history->Save(MakeAttempt("race", "AC")) ? 0 : 1);
      }
      children.push_back(pid);
    }
    for (pid_t pid : children) {
      int status = 0;
      ASSERT_EQ(waitpid(pid, &status, 0), pid);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failed;
    }
  }
  EXPECT_EQ(failed, 0) << "of " << kRounds * kProcesses << " openings";
}

TEST_F(HistoryTest, TwoThreadsSavingAtOnceBothSucceed) {
  std::string first_error;
  std::string second_error;
  std::thread first([&] { first_error = SaveMany(db_path_, "first"); });
  std::thread second([&] { second_error = SaveMany(db_path_, "second"); });
  first.join();
  second.join();
  EXPECT_EQ(first_error, "");
  EXPECT_EQ(second_error, "");
  ExpectAllSaved(db_path_, {"first", "second"});
}

TEST_F(HistoryTest, ProcessKilledMidSaveLeavesOnlyCompleteAttempts) {
  constexpr int kSmallCases = 5;
  // ~25 MB of case rows, about a second of work: the kill lands inside this Save.
  constexpr int kHugeCases = 100'000;
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(ready[0]);
    auto history = History::Open(db_path_);
    if (!history || !history->Save(MakeAttempt("kill", "AC", kSmallCases))) _exit(1);
    Attempt huge = MakeAttempt("kill", "TLE", kHugeCases);
    for (CaseRecord& c : huge.cases) c.message.assign(200, 'm');
    if (write(ready[1], "x", 1) != 1) _exit(1);
    (void)history->Save(huge);
    _exit(2);  // not reached in time
  }
  close(ready[1]);
  char byte = 0;
  ASSERT_EQ(read(ready[0], &byte, 1), 1) << "child failed before the huge save";
  close(ready[0]);
  // Wait until the uncommitted transaction has spilled pages into the WAL: proof that the kill
  // lands in the middle of a write, not before it starts.
  const fs::path wal = db_path_.string() + "-wal";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  std::error_code ec;
  while (fs::file_size(wal, ec) < 4u * 1024 * 1024 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const auto wal_bytes = fs::file_size(wal, ec);
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the child finished before it was killed (status " << status << ")";
  EXPECT_GE(wal_bytes, 4u * 1024 * 1024) << "the transaction never got going";

  History history = OpenOrDie(db_path_);
  auto listed = history.List("kill");
  ASSERT_TRUE(listed) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->at(0).verdict, "AC");
  auto got = history.Get(listed->at(0).id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->cases.size(), static_cast<std::size_t>(kSmallCases));
  EXPECT_EQ(RawQuery("SELECT count(*) FROM cases"), std::to_string(kSmallCases));
  // And the database still takes new attempts.
  EXPECT_TRUE(history.Save(MakeAttempt("kill", "WA")));
}

}  // namespace
}  // namespace judge
