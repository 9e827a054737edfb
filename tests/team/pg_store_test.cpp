// The PostgreSQL backend on a real throwaway cluster: the schema and its upgrades, the shared
// history through the AttemptStore interface, the roles and row-level security, and the
// connection surviving a server restart.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <thread>

#include "judge/store/pg_history.h"
#include "judge/store/pg_schema.h"
#include "judge/store/queue.h"
#include "tests/team/team_env.h"

namespace judge {
namespace {

using pgtest::TeamTest;

Attempt MakeAttempt(const std::string& problem, const std::string& verdict) {
  Attempt a;
  a.problem = problem;
  a.verdict = verdict;
  a.cpu_ms = 12.5;
  a.max_memory_kb = 18432;
  a.source = "#include <cstdio>\nint main() { std::puts(\"42\"); }\n";
  a.compiler = "g++ (Debian 12.2.0-14) 12.2.0";
  a.flags = "-std=gnu++20 -O2 -static";
  a.machine = "AMD EPYC x2; Linux 6.18";
  a.timing_noise = R"({"cv":0.0075})";
  a.file = "sol.cpp";
  a.package_sha256 = std::string(64, 'a');
  for (int i = 0; i < 3; ++i)
    a.cases.push_back({"secret/" + std::to_string(i), i == 1 ? "WA" : "AC", 1.5 + i, 2.25 + i,
                       1000 + static_cast<std::uint64_t>(i), 0, std::nullopt, i == 1 ? "expected 17, got 18" : ""});
  return a;
}

JobRequest MakeJob(const std::string& token) {
  JobRequest r;
  r.client_token = token;
  r.problem = "sum";
  r.package_sha256 = std::string(64, 'b');
  r.source = "int main() {}\n";
  r.file = "sol.cpp";
  return r;
}

class Schema : public TeamTest {
 protected:
  bool InitSchema() const override { return false; }
};

TEST_F(Schema, InitCreatesThenFindsNothingToDo) {
  PgConnection db = Connect("postgres");
  auto check = CheckTeamSchema(db);
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().kind, sandbox::ErrorKind::kUsage);
  EXPECT_EQ(check.error().message, db.Describe() + " has no judge schema; run 'judge db init --db URL' as the "
                                                   "database's owner");
  auto first = InitTeamSchema(db);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->from, 0);
  EXPECT_EQ(first->to, TeamSchemaVersion());
  auto again = InitTeamSchema(db);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->from, TeamSchemaVersion());
  EXPECT_TRUE(CheckTeamSchema(db));
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.schema_version"), "1");
}

TEST_F(Schema, ANewerSchemaIsRefusedAndLeftAlone) {
  PgConnection db = Connect("postgres");
  ASSERT_TRUE(InitTeamSchema(db));
  ASSERT_EQ(Sql("UPDATE judge.schema_version SET version = 99"), "");
  const std::string expected = db.Describe() + " has schema version 99, but this judge only knows versions up to " +
                               std::to_string(TeamSchemaVersion()) + "; upgrade the judge";
  auto init = InitTeamSchema(db);
  ASSERT_FALSE(init);
  EXPECT_EQ(init.error().message, expected);
  auto check = CheckTeamSchema(db);
  ASSERT_FALSE(check);
  EXPECT_EQ(check.error().message, expected);
  EXPECT_EQ(Scalar("SELECT version FROM judge.schema_version"), "99");
}

TEST_F(Schema, TwoInitsAtOnceBothSucceedAndCreateItOnce) {
  PgConnection a = Connect("postgres"), b = Connect("postgres");
  ASSERT_TRUE(a.Exec("BEGIN", {}, "t"));
  ASSERT_TRUE(a.Exec("SELECT pg_advisory_xact_lock(hashtext('judge db init'))", {}, "t"));
  // b waits on the lock in another thread until a lets go.
  std::atomic<bool> b_done{false};
  Result<SchemaInit> b_init = sandbox::MakeError(sandbox::ErrorKind::kInternal, "not run");
  std::thread other([&] {
    b_init = InitTeamSchema(b);
    b_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_FALSE(b_done);
  ASSERT_TRUE(a.Exec("COMMIT", {}, "t"));
  auto a_init = InitTeamSchema(a);
  other.join();
  ASSERT_TRUE(a_init) << a_init.error().message;
  ASSERT_TRUE(b_init) << b_init.error().message;
  EXPECT_EQ(std::min(a_init->from, b_init->from), 0);  // one created it,
  EXPECT_EQ(std::max(a_init->from, b_init->from), TeamSchemaVersion());  // the other found it made
  EXPECT_EQ(Scalar("SELECT count(*) FROM judge.schema_version"), "1");
}

TEST_F(Schema, ARoleWithoutAJudgeGroupIsToldWhatItLacks) {
  PgConnection db = Connect("postgres");
  ASSERT_TRUE(InitTeamSchema(db));
  PgConnection nobody = Connect("nobody");
  auto store = PgHistory::Open(Url("nobody"));
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().kind, sandbox::ErrorKind::kUsage);
  EXPECT_NE(store.error().message.find("permission denied for schema judge"), std::string::npos)
      << store.error().message;
  EXPECT_NE(store.error().message.find("judge_candidate, judge_worker or judge_admin"), std::string::npos);
}

class SharedHistory : public TeamTest {};

TEST_F(SharedHistory, SaveGetListRoundTripThroughTheInterface) {
  auto opened = PgHistory::Open(Url("ann"));
  ASSERT_TRUE(opened) << opened.error().message;
  AttemptStore& store = *opened;
  Attempt a = MakeAttempt("two-sum", "WA");
  a.created = "2024-05-01T12:34:56Z";
  a.ratio_to_ref = 1.82;
  a.label = "heap of size k, 'quoted'";
  a.submitter = "alice";
  a.cases[2].exit_code.reset();
  a.cases[2].signal = "SIGSEGV";
  a.cases[0].memory_kb = std::uint64_t{1} << 40;
  Attempt ce = MakeAttempt("two-sum", "CE");
  ce.cpu_ms = std::nan("");
  ce.cases.clear();
  ce.submitter = "bob";
  auto id = store.Save(a);
  ASSERT_TRUE(id) << id.error().message;
  auto id2 = store.Save(ce);
  ASSERT_TRUE(id2) << id2.error().message;
  EXPECT_GT(*id2, *id);

  auto got = store.Get(*id);
  ASSERT_TRUE(got) << got.error().message;
  ASSERT_TRUE(got->has_value());
  const Attempt& g = **got;
  EXPECT_EQ(g.created, "2024-05-01T12:34:56Z");
  EXPECT_EQ(g.verdict, "WA");
  EXPECT_DOUBLE_EQ(g.cpu_ms, 12.5);
  ASSERT_TRUE(g.ratio_to_ref);
  EXPECT_DOUBLE_EQ(*g.ratio_to_ref, 1.82);
  EXPECT_EQ(g.source, a.source);
  EXPECT_EQ(g.label, a.label);
  EXPECT_EQ(g.file, "sol.cpp");
  EXPECT_EQ(g.submitter, "alice");
  EXPECT_EQ(g.package_sha256, a.package_sha256);
  EXPECT_EQ(g.source_sha256.size(), 64u);
  ASSERT_EQ(g.cases.size(), 3u);
  EXPECT_EQ(g.cases[0].memory_kb, std::uint64_t{1} << 40);
  EXPECT_EQ(g.cases[1].message, "expected 17, got 18");
  EXPECT_FALSE(g.cases[2].exit_code);
  EXPECT_EQ(g.cases[2].signal, "SIGSEGV");
  EXPECT_DOUBLE_EQ(g.cases[2].wall_ms, 4.25);

  auto list = store.List("two-sum");
  ASSERT_TRUE(list) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, *id);
  EXPECT_TRUE((*list)[0].source.empty());
  EXPECT_TRUE(std::isnan((*list)[1].cpu_ms));  // a CE never ran: NULL, read back as NaN
  EXPECT_FALSE((*list)[1].label);
  EXPECT_TRUE(store.List("other")->empty());
  EXPECT_FALSE(*store.Get(*id2 + 100));
}

// Row-level security: what each role can see and do, with the database enforcing it.
class Access : public TeamTest {
 protected:
  void SetUp() override {
    TeamTest::SetUp();
    auto admin = PgHistory::Open(Url("ann"));
    ASSERT_TRUE(admin) << admin.error().message;
    Attempt a = MakeAttempt("sum", "AC");
    a.submitter = "alice";
    auto first = admin->Save(a);
    ASSERT_TRUE(first) << first.error().message;
    a.submitter = "bob";
    auto second = admin->Save(a);
    ASSERT_TRUE(second) << second.error().message;
    alice_attempt_ = *first;
    bob_attempt_ = *second;
  }
  std::int64_t alice_attempt_ = 0, bob_attempt_ = 0;
};

TEST_F(Access, ACandidateSeesOnlyTheirOwnAttemptsAndCases) {
  auto bob = PgHistory::Open(Url("bob"));
  ASSERT_TRUE(bob) << bob.error().message;
  auto list = bob->List("sum");
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, bob_attempt_);
  auto theirs = bob->Get(alice_attempt_);
  ASSERT_TRUE(theirs);
  EXPECT_FALSE(*theirs);  // as if it did not exist
  PgConnection raw = Connect("bob");
  auto cases = raw.Exec("SELECT count(*) FROM judge.cases WHERE attempt_id = $1", {PgInt(alice_attempt_)}, "t");
  ASSERT_TRUE(cases);
  EXPECT_EQ(cases->Int(0, 0), 0);
  auto all = raw.Exec("SELECT count(*) FROM judge.cases", {}, "t");
  EXPECT_EQ(all->Int(0, 0), 3);  // bob's own three
  auto admin = PgHistory::Open(Url("ann"));
  EXPECT_EQ(admin->List("sum")->size(), 2u);
}

TEST_F(Access, ACandidateCanNeitherWriteAttemptsNorForgeJobs) {
  PgConnection bob = Connect("bob");
  Attempt a = MakeAttempt("sum", "AC");
  auto forged = PgHistory(Connect("bob")).Save(a);
  ASSERT_FALSE(forged);
  EXPECT_NE(forged.error().message.find("permission denied for table attempts"), std::string::npos)
      << forged.error().message;
  // Not as someone else, not with a result, not by editing: only the request columns.
  for (const char* sql :
       {"INSERT INTO judge.jobs (client_token, submitter, problem, package_sha256, source, file) VALUES "
        "('0123456789abcdef01', 'alice', 'sum', repeat('b', 64), 'x', 'x')",
        "INSERT INTO judge.jobs (client_token, problem, package_sha256, source, file, state, result_text) VALUES "
        "('0123456789abcdef02', 'sum', repeat('b', 64), 'x', 'x', 'done', 'AC')",
        "UPDATE judge.jobs SET state = 'done'", "DELETE FROM judge.attempts",
        "UPDATE judge.workers SET state = 'idle'"}) {
    auto r = bob.Exec(sql, {}, "t");
    ASSERT_FALSE(r) << sql;
    EXPECT_NE(r.error().message.find("permission denied"), std::string::npos) << r.error().message;
  }
}

TEST_F(Access, ACandidateSeesOnlyTheirOwnJobsButEveryonesCounts) {
  PgConnection alice = Connect("alice"), bob = Connect("bob");
  auto job = Queue(alice).Enqueue(MakeJob("alice-token-000001"));
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(Scalar("SELECT submitter FROM judge.jobs"), "alice");  // set by the database
  auto seen = Queue(bob).Status(*job);
  ASSERT_TRUE(seen);
  EXPECT_FALSE(*seen);
  auto own = Queue(alice).Status(*job);
  ASSERT_TRUE(own && *own);
  EXPECT_EQ((*own)->state, JobState::kQueued);
  auto summary = Queue(bob).Summary(std::chrono::seconds(30));
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->queued, 1);
  // A job's refusals are as private as the job.
  ASSERT_EQ(Sql(fmt::format("INSERT INTO judge.refusals VALUES ({}, 'w', 'package differs')", *job)), "");
  EXPECT_EQ(Queue(bob).Summary(std::chrono::seconds(30))->refusals.size(), 0u);
  EXPECT_EQ(Queue(alice).Summary(std::chrono::seconds(30))->refusals.size(), 1u);
}

class Reconnect : public TeamTest {};

TEST_F(Reconnect, AConnectionLostToARestartIsSaidAndReconnects) {
  PgConnection db = Connect("ann");
  ASSERT_TRUE(db.Exec("SELECT 1", {}, "t"));
  ASSERT_TRUE(cluster_->Restart());
  auto lost = db.Exec("SELECT 1", {}, "checking");
  ASSERT_FALSE(lost);
  EXPECT_EQ(lost.error().kind, sandbox::ErrorKind::kUnavailable);
  EXPECT_TRUE(db.Lost());
  EXPECT_EQ(lost.error().message.rfind("lost " + db.Describe() + " while checking", 0), 0u) << lost.error().message;
  ASSERT_TRUE(db.Reconnect());
  auto again = db.Exec("SELECT 41 + 1", {}, "t");
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(again->Int(0, 0), 42);
}

// An immediate restart (as after a crash) cuts connections without a goodbye: libpq reports
// "server closed the connection unexpectedly" with no SQLSTATE. The drain test's workers used
// to exit on it instead of reconnecting.
TEST_F(Reconnect, AConnectionCutByACrashRestartMidTransactionIsLostNotAFailure) {
  for (int round = 0; round < 3; ++round) {
    PgConnection db = Connect("ann");
    ASSERT_TRUE(db.Exec("BEGIN", {}, "t"));
    ASSERT_TRUE(db.Exec("SELECT count(*) FROM judge.jobs", {}, "t"));
    ASSERT_TRUE(cluster_->Restart(/*immediate=*/true));
    auto cut = db.Exec("INSERT INTO judge.workers (name, host, machine, state) VALUES ('x', 'h', 'm', 'idle')", {},
                       "storing the result");
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().kind, sandbox::ErrorKind::kUnavailable) << cut.error().message;
    EXPECT_EQ(cut.error().message.rfind("lost " + db.Describe() + " while storing the result", 0), 0u)
        << cut.error().message;
    ASSERT_TRUE(db.Reconnect());
    EXPECT_TRUE(db.Exec("SELECT 1", {}, "t"));
  }
}

TEST_F(Reconnect, WhileTheServerIsDownReconnectFailsAndThenSucceeds) {
  PgConnection db = Connect("ann");
  ASSERT_TRUE(cluster_->Stop());
  auto down = db.Reconnect();
  ASSERT_FALSE(down);
  EXPECT_EQ(down.error().kind, sandbox::ErrorKind::kUnavailable);
  ASSERT_TRUE(cluster_->Resume());
  EXPECT_TRUE(db.Reconnect());
}

TEST(PgConnectionNames, AMalformedNameNeverEchoesAPassword) {
  auto conn = PgConnection::Connect("postgresql://alice:hunter2@[::1");
  ASSERT_FALSE(conn);
  EXPECT_EQ(conn.error().kind, sandbox::ErrorKind::kUsage);
  EXPECT_EQ(conn.error().message.find("hunter2"), std::string::npos) << conn.error().message;
  EXPECT_EQ(conn.error().message.rfind("--db / JUDGE_DB is not a PostgreSQL URL or connection string: ", 0), 0u);
}

}  // namespace
}  // namespace judge

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new pgtest::ClusterEnvironment);
  return RUN_ALL_TESTS();
}
