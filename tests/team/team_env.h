// The team tests' shared set-up: one throwaway cluster per test program (started once, in a
// gtest Environment), a fresh database with the judge schema per test, and the roles the tests
// log in as: candidates alice and bob, workers w1..w4, admin ann.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "judge/store/pg_schema.h"
#include "tests/team/pg_cluster.h"

namespace pgtest {

class ClusterEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    cluster_ = Cluster::Start(&why_);
    if (!cluster_) return;
    // Roles are cluster-wide: created once. db init creates the group roles.
    why_ = cluster_->Sql("CREATE DATABASE bootstrap");
    if (why_.empty()) {
      auto conn = judge::PgConnection::Connect(cluster_->Url("bootstrap"));
      if (!conn) {
        why_ = conn.error().message;
      } else if (auto init = judge::InitTeamSchema(*conn); !init) {
        why_ = init.error().message;
      }
    }
    if (why_.empty())
      why_ = cluster_->Sql(
          "CREATE ROLE alice LOGIN IN ROLE judge_candidate; CREATE ROLE bob LOGIN IN ROLE judge_candidate; "
          "CREATE ROLE w1 LOGIN IN ROLE judge_worker; CREATE ROLE w2 LOGIN IN ROLE judge_worker; "
          "CREATE ROLE w3 LOGIN IN ROLE judge_worker; CREATE ROLE w4 LOGIN IN ROLE judge_worker; "
          "CREATE ROLE ann LOGIN IN ROLE judge_admin; CREATE ROLE nobody LOGIN;");
    if (!why_.empty()) cluster_.reset();
  }
  void TearDown() override { cluster_.reset(); }

  static Cluster* cluster() { return cluster_.get(); }
  static const std::string& why() { return why_; }

 private:
  static inline std::unique_ptr<Cluster> cluster_;
  static inline std::string why_;
};

// A test with its own database, named after the test, with the judge schema created.
class TeamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cluster_ = ClusterEnvironment::cluster();
    ASSERT_NE(cluster_, nullptr) << "cannot start a throwaway PostgreSQL cluster: " << ClusterEnvironment::why();
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    db_ = "t_" + name.substr(0, 50);
    ASSERT_EQ(cluster_->FreshDatabase(db_), "");
    if (InitSchema()) {
      auto conn = judge::PgConnection::Connect(Url("postgres"));
      ASSERT_TRUE(conn) << conn.error().message;
      auto init = judge::InitTeamSchema(*conn);
      ASSERT_TRUE(init) << init.error().message;
    }
  }
  virtual bool InitSchema() const { return true; }

  std::string Url(const std::string& user) const { return cluster_->Url(db_, user); }
  judge::PgConnection Connect(const std::string& user) const {
    auto conn = judge::PgConnection::Connect(Url(user));
    EXPECT_TRUE(conn) << conn.error().message;
    return std::move(conn).value();
  }
  // Runs SQL as the superuser in this test's database.
  std::string Sql(const std::string& sql) const { return cluster_->Sql(sql, db_); }
  // The first column of the first row, as the superuser ("" when none).
  std::string Scalar(const std::string& sql) const {
    judge::PgConnection conn = Connect("postgres");
    auto rows = conn.Exec(sql, {}, "testing");
    EXPECT_TRUE(rows) << rows.error().message;
    return rows && rows->size() > 0 ? rows->Text(0, 0) : "";
  }

  Cluster* cluster_ = nullptr;
  std::string db_;
};

}  // namespace pgtest
