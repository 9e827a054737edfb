// One connection to the team's PostgreSQL, through libpq. The owner of the PGconn; everything
// the team server says to the database (pg_schema, pg_history, queue) goes through Exec().
//
// The database is named the way every libpq program names it: a URL
// ("postgresql://judge.example.com/judge", "postgresql:///judge?host=/run/postgresql") or
// key=value words ("service=judge"). Passwords come from libpq's own places (~/.pgpass, a
// service file, PGPASSWORD), never from our command line; Describe() and every error name the
// database, host and role, never a password.
//
// Errors are one line, "team database <db> on <host> as <role>: <doing>: <why>", with kinds:
// kUnavailable when the server cannot be reached or the connection was lost (Lost() is then
// true: Reconnect() and retry an idempotent step), kUsage when the role lacks a privilege or the
// schema was never created, kInternal otherwise.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/result.h"

struct pg_conn;
struct pg_result;

namespace judge {

// A statement parameter in text form; nullopt is SQL NULL.
using PgParam = std::optional<std::string>;
PgParam PgText(std::string_view text);
PgParam PgInt(std::int64_t value);
PgParam PgDouble(double value);  // NaN is NULL
PgParam PgBool(bool value);

// The rows a statement returned. Owns the PGresult.
class PgRows {
 public:
  int size() const;
  bool IsNull(int row, int column) const;
  std::string Text(int row, int column) const;  // "" for NULL
  std::optional<std::string> OptText(int row, int column) const;
  std::int64_t Int(int row, int column) const;  // 0 for NULL
  std::optional<std::int64_t> OptInt(int row, int column) const;
  double Double(int row, int column) const;  // NaN for NULL
  bool Bool(int row, int column) const;
  std::int64_t affected() const;  // rows an INSERT/UPDATE/DELETE touched

 private:
  friend class PgConnection;
  struct Clear {
    void operator()(pg_result* result) const;
  };
  explicit PgRows(pg_result* result) : result_(result) {}
  std::unique_ptr<pg_result, Clear> result_;
};

struct PgNotification {
  std::string channel;
  std::string payload;
};

class PgConnection {
 public:
  // Connects (waiting at most 10 s unless the name says connect_timeout). `application` shows
  // in pg_stat_activity ("judge worker").
  static sandbox::Result<PgConnection> Connect(const std::string& name, std::string_view application = "judge");

  PgConnection(PgConnection&&) noexcept = default;
  PgConnection& operator=(PgConnection&&) noexcept = default;
  ~PgConnection();

  // One statement with $1.. parameters (sent separately from the text, never spliced in).
  sandbox::Result<PgRows> Exec(std::string_view sql, const std::vector<PgParam>& params, std::string_view doing);
  // A script of statements without parameters (schema migrations).
  sandbox::Result<void> Script(std::string_view sql, std::string_view doing);

  // True once the server went away (restart, network): every call fails until Reconnect().
  bool Lost() const;
  // One attempt to connect again with the same name; LISTENs are not restored.
  sandbox::Result<void> Reconnect();

  // Waits up to `timeout` for a NOTIFY on a channel this connection LISTENs on. nullopt on
  // timeout or when a signal interrupted the wait.
  sandbox::Result<std::optional<PgNotification>> Wait(std::chrono::milliseconds timeout);

  // "team database judge on /tmp/x:5432 as alice"
  const std::string& Describe() const { return description_; }
  // The role this connection is logged in as.
  std::string Role() const;

 private:
  struct Finish {
    void operator()(pg_conn* conn) const;
  };
  PgConnection(pg_conn* conn, std::string name, std::string application);
  sandbox::Error Failure(std::string_view doing, pg_result* result) const;
  // Failure(), remembering a lost connection: Lost() stays true until Reconnect().
  sandbox::Error Failed(std::string_view doing, pg_result* result);

  std::unique_ptr<pg_conn, Finish> conn_;
  std::string name_;
  std::string application_;
  std::string description_;
  bool broken_ = false;
};

// BEGIN ... COMMIT; rolls back unless committed, so that every early return leaves the
// database as it was (a lost connection rolls back on the server's side).
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& db) : db_(db) {}
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  ~PgTransaction();
  sandbox::Result<void> Begin(std::string_view doing);
  sandbox::Result<void> Commit(std::string_view doing);

 private:
  PgConnection& db_;
  bool open_ = false;
};

// The back-off between attempts to reach a database that went away: 0.1 s doubling to 5 s.
class Backoff {
 public:
  std::chrono::milliseconds Next();
  void Reset() { next_ = kFirst; }

 private:
  static constexpr std::chrono::milliseconds kFirst{100};
  static constexpr std::chrono::milliseconds kMax{5000};
  std::chrono::milliseconds next_ = kFirst;
};

}  // namespace judge
