#include "judge/store/pg.h"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace judge {

namespace {

using sandbox::Error;
using sandbox::ErrorKind;
using sandbox::MakeError;

std::string OneLine(std::string_view text) {
  std::string line;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      if (!line.empty() && !line.ends_with("; ")) line += "; ";
    } else if (c == '\t') {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == ';')) line.pop_back();
  return line;
}

std::string Or(const char* text, std::string_view fallback) {
  return text != nullptr && *text != '\0' ? std::string(text) : std::string(fallback);
}

// SQLSTATEs that mean the server is gone or going: class 08 (connection exception), 57P01-03
// (admin shutdown, crash shutdown, cannot connect now).
bool IsConnectionState(std::string_view state) {
  return state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03";
}

void IgnoreNotice(void*, const char*) {}

pg_conn* Open(const std::string& name, const std::string& application) {
  // Later keywords override earlier ones, and `dbname` expands into the name's own settings:
  // the name may set connect_timeout, our fallback application name only applies when it
  // does not set one.
  const char* keywords[] = {"connect_timeout", "dbname", "fallback_application_name", nullptr};
  const char* values[] = {"10", name.c_str(), application.c_str(), nullptr};
  pg_conn* conn = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (conn != nullptr) PQsetNoticeProcessor(conn, &IgnoreNotice, nullptr);
  return conn;
}

std::string Description(pg_conn* conn) {
  if (conn == nullptr) return "team database";
  std::string host = Or(PQhost(conn), "localhost");
  return fmt::format("team database {} on {}:{} as {}", Or(PQdb(conn), "?"), host, Or(PQport(conn), "5432"),
                     Or(PQuser(conn), "?"));
}

}  // namespace

PgParam PgText(std::string_view text) { return std::string(text); }
PgParam PgInt(std::int64_t value) { return std::to_string(value); }
PgParam PgDouble(double value) {
  if (std::isnan(value)) return std::nullopt;
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  return fmt::format("{:.17g}", value);
}
PgParam PgBool(bool value) { return value ? "true" : "false"; }

void PgRows::Clear::operator()(pg_result* result) const { PQclear(result); }
int PgRows::size() const { return PQntuples(result_.get()); }
bool PgRows::IsNull(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
std::string PgRows::Text(int row, int column) const {
  if (IsNull(row, column)) return "";
  return std::string(PQgetvalue(result_.get(), row, column),
                     static_cast<size_t>(PQgetlength(result_.get(), row, column)));
}
std::optional<std::string> PgRows::OptText(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return Text(row, column);
}
std::int64_t PgRows::Int(int row, int column) const {
  return IsNull(row, column) ? 0 : std::strtoll(PQgetvalue(result_.get(), row, column), nullptr, 10);
}
std::optional<std::int64_t> PgRows::OptInt(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return Int(row, column);
}
double PgRows::Double(int row, int column) const {
  if (IsNull(row, column)) return std::numeric_limits<double>::quiet_NaN();
  return std::strtod(PQgetvalue(result_.get(), row, column), nullptr);
}
bool PgRows::Bool(int row, int column) const { return Text(row, column) == "t"; }
std::int64_t PgRows::affected() const { return std::strtoll(PQcmdTuples(result_.get()), nullptr, 10); }

void PgConnection::Finish::operator()(pg_conn* conn) const { PQfinish(conn); }

PgConnection::PgConnection(pg_conn* conn, std::string name, std::string application)
    : conn_(conn), name_(std::move(name)), application_(std::move(application)), description_(Description(conn)) {}

PgConnection::~PgConnection() = default;

sandbox::Result<PgConnection> PgConnection::Connect(const std::string& name, std::string_view application) {
  if (name.empty())
    return MakeError(ErrorKind::kUsage, "--db needs a PostgreSQL URL or connection string (postgresql://host/db)");
  PgConnection connection(Open(name, std::string(application)), name, std::string(application));
  pg_conn* conn = connection.conn_.get();
  if (conn == nullptr) return MakeError(ErrorKind::kInternal, "team database: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    // A malformed name fails before any host is known: say so without echoing it (it may hold a
    // password).
    char* parse_error = nullptr;
    PQconninfoOption* parsed = PQconninfoParse(name.c_str(), &parse_error);
    if (parsed == nullptr) {
      std::string why = OneLine(Or(parse_error, "malformed"));
      PQfreemem(parse_error);
      // libpq quotes the whole name, password and all: never repeat it.
      for (size_t at; (at = why.find(name)) != std::string::npos;) why.replace(at, name.size(), "...");
      return MakeError(ErrorKind::kUsage, fmt::format("--db / JUDGE_DB is not a PostgreSQL URL or connection "
                                                      "string: {}",
                                                      why));
    }
    PQconninfoFree(parsed);
    return MakeError(ErrorKind::kUnavailable,
                     fmt::format("cannot reach {}: {}", connection.description_, OneLine(PQerrorMessage(conn))));
  }
  return connection;
}

bool PgConnection::Lost() const { return broken_ || conn_ == nullptr || PQstatus(conn_.get()) != CONNECTION_OK; }

sandbox::Result<void> PgConnection::Reconnect() {
  conn_.reset(Open(name_, application_));
  broken_ = false;
  if (conn_ == nullptr) return MakeError(ErrorKind::kInternal, "team database: out of memory");
  description_ = Description(conn_.get());
  if (PQstatus(conn_.get()) != CONNECTION_OK)
    return MakeError(ErrorKind::kUnavailable,
                     fmt::format("cannot reach {}: {}", description_, OneLine(PQerrorMessage(conn_.get()))));
  return {};
}

std::string PgConnection::Role() const { return conn_ ? Or(PQuser(conn_.get()), "") : ""; }

Error PgConnection::Failure(std::string_view doing, pg_result* result) const {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = Or(state, "");
  std::string why = result != nullptr ? Or(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY), "") : "";
  if (why.empty()) why = Or(PQerrorMessage(conn_.get()), "unknown error");
  why = OneLine(why);
  // Every error the server reports has a SQLSTATE; one without is libpq's own, about the
  // connection ("server closed the connection unexpectedly" after a crash restart, when PQstatus
  // may still say CONNECTION_OK).
  if (Lost() || IsConnectionState(sqlstate) || sqlstate.empty())
    return MakeError(ErrorKind::kUnavailable, fmt::format("lost {} while {}: {}", description_, doing, why));
  if (sqlstate == "42501")  // insufficient_privilege
    return MakeError(ErrorKind::kUsage,
                     fmt::format("{}: {}: {} (the role needs to be granted judge_candidate, judge_worker or "
                                 "judge_admin)",
                                 description_, doing, why));
  if (sqlstate == "3F000" || sqlstate == "42P01" || sqlstate == "42883")  // no schema, table or function
    return MakeError(ErrorKind::kUsage, fmt::format("{} has no judge schema, or an older one ({}); run 'judge db init "
                                                    "--db URL' as the database's owner",
                                                    description_, why));
  return MakeError(ErrorKind::kInternal, fmt::format("{}: {}: {}", description_, doing, why));
}

Error PgConnection::Failed(std::string_view doing, pg_result* result) {
  Error e = Failure(doing, result);
  if (e.kind == ErrorKind::kUnavailable) broken_ = true;  // until Reconnect()
  return e;
}

sandbox::Result<PgRows> PgConnection::Exec(std::string_view sql, const std::vector<PgParam>& params,
                                           std::string_view doing) {
  if (Lost()) return MakeError(ErrorKind::kUnavailable, fmt::format("lost {} while {}", description_, doing));
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const PgParam& p : params) values.push_back(p ? p->c_str() : nullptr);
  const std::string text(sql);
  PgRows rows(PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                           nullptr, nullptr, /*resultFormat=*/0));
  const ExecStatusType status = rows.result_ ? PQresultStatus(rows.result_.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return Failed(doing, rows.result_.get());
  return rows;
}

sandbox::Result<void> PgConnection::Script(std::string_view sql, std::string_view doing) {
  if (Lost()) return MakeError(ErrorKind::kUnavailable, fmt::format("lost {} while {}", description_, doing));
  const std::string text(sql);
  PgRows rows(PQexec(conn_.get(), text.c_str()));
  const ExecStatusType status = rows.result_ ? PQresultStatus(rows.result_.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return Failed(doing, rows.result_.get());
  return {};
}

sandbox::Result<std::optional<PgNotification>> PgConnection::Wait(std::chrono::milliseconds timeout) {
  auto take = [&]() -> std::optional<PgNotification> {
    PGnotify* n = PQnotifies(conn_.get());
    if (n == nullptr) return std::nullopt;
    PgNotification out{Or(n->relname, ""), Or(n->extra, "")};
    PQfreemem(n);
    return out;
  };
  if (Lost()) return MakeError(ErrorKind::kUnavailable, fmt::format("lost {} while waiting", description_));
  if (auto n = take()) return n;
  pollfd fd{PQsocket(conn_.get()), POLLIN, 0};
  const int ready = poll(&fd, 1, static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(
                                     timeout.count(), 0, std::numeric_limits<int>::max())));
  if (ready < 0 && errno == EINTR) return std::optional<PgNotification>();
  if (ready == 0) return std::optional<PgNotification>();
  if (PQconsumeInput(conn_.get()) == 0 || Lost()) {
    broken_ = true;
    return MakeError(ErrorKind::kUnavailable, fmt::format("lost {} while waiting: {}", description_,
                                                          OneLine(PQerrorMessage(conn_.get()))));
  }
  return take();
}

PgTransaction::~PgTransaction() {
  if (open_ && !db_.Lost()) (void)db_.Exec("ROLLBACK", {}, "rolling back");
}

sandbox::Result<void> PgTransaction::Begin(std::string_view doing) {
  auto begun = db_.Exec("BEGIN", {}, doing);
  if (!begun) return begun.error();
  open_ = true;
  return {};
}

sandbox::Result<void> PgTransaction::Commit(std::string_view doing) {
  auto committed = db_.Exec("COMMIT", {}, doing);
  open_ = false;
  if (!committed) return committed.error();
  return {};
}

std::chrono::milliseconds Backoff::Next() {
  const auto now = next_;
  next_ = std::min(kMax, next_ * 2);
  return now;
}

}  // namespace judge
