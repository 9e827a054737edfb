#include "judge/store/pg_history.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/base/sha256.h"
#include "judge/store/pg_schema.h"

namespace judge {

namespace {

constexpr const char* kColumns =
    "id, problem, to_char(created AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), verdict, cpu_ms, "
    "max_memory_kb, ratio_to_ref, source_sha256, compiler, flags, machine, timing_noise, file, label, submitter, "
    "package_sha256, ratio_low, ratio_high, ratio_basis";

Attempt ReadAttempt(const PgRows& rows, int r, bool with_source) {
  Attempt a;
  a.id = rows.Int(r, 0);
  a.problem = rows.Text(r, 1);
  a.created = rows.Text(r, 2);
  a.verdict = rows.Text(r, 3);
  a.cpu_ms = rows.Double(r, 4);
  a.max_memory_kb = static_cast<std::uint64_t>(std::max<std::int64_t>(rows.Int(r, 5), 0));
  if (!rows.IsNull(r, 6)) a.ratio_to_ref = rows.Double(r, 6);
  a.source_sha256 = rows.Text(r, 7);
  a.compiler = rows.Text(r, 8);
  a.flags = rows.Text(r, 9);
  a.machine = rows.Text(r, 10);
  a.timing_noise = rows.Text(r, 11);
  a.file = rows.Text(r, 12);
  a.label = rows.OptText(r, 13);
  a.submitter = rows.Text(r, 14);
  a.package_sha256 = rows.Text(r, 15);
  if (!rows.IsNull(r, 16)) a.ratio_low = rows.Double(r, 16);
  if (!rows.IsNull(r, 17)) a.ratio_high = rows.Double(r, 17);
  a.ratio_basis = rows.Text(r, 18);
  if (with_source) a.source = rows.Text(r, 19);
  return a;
}

PgParam Kb(std::uint64_t kb) {
  return PgInt(static_cast<std::int64_t>(std::min<std::uint64_t>(kb, std::uint64_t{1} << 62)));
}

}  // namespace

Result<std::int64_t> InsertAttempt(PgConnection& db, const Attempt& a, std::optional<std::int64_t> job) {
  auto inserted = db.Exec(
      "INSERT INTO judge.attempts (job_id, submitter, problem, created, verdict, cpu_ms, max_memory_kb, "
      "ratio_to_ref, source, source_sha256, compiler, flags, machine, timing_noise, file, label, package_sha256, "
      "ratio_low, ratio_high, ratio_basis) "
      "VALUES ($1, COALESCE($2, current_user), $3, COALESCE($4::timestamptz, now()), $5, $6, $7, $8, $9, $10, $11, "
      "$12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id",
      {job ? PgInt(*job) : std::nullopt, a.submitter.empty() ? std::nullopt : PgText(a.submitter), PgText(a.problem),
       a.created.empty() ? std::nullopt : PgText(a.created), PgText(a.verdict), PgDouble(a.cpu_ms),
       Kb(a.max_memory_kb), a.ratio_to_ref ? PgDouble(*a.ratio_to_ref) : std::nullopt, PgText(a.source),
       PgText(a.source_sha256.empty() ? Sha256Hex(a.source) : a.source_sha256), PgText(a.compiler), PgText(a.flags),
       PgText(a.machine), PgText(a.timing_noise), PgText(a.file), a.label ? PgText(*a.label) : std::nullopt,
       PgText(a.package_sha256), a.ratio_low ? PgDouble(*a.ratio_low) : std::nullopt,
       a.ratio_high ? PgDouble(*a.ratio_high) : std::nullopt, PgText(a.ratio_basis)},
      "saving an attempt");
  if (!inserted) return inserted.error();
  const std::int64_t id = inserted->Int(0, 0);

  // The cases in a few multi-row statements rather than one round trip each.
  constexpr size_t kBatch = 500;
  constexpr int kFields = 10;
  for (size_t start = 0; start < a.cases.size(); start += kBatch) {
    const size_t end = std::min(a.cases.size(), start + kBatch);
    std::string sql =
        "INSERT INTO judge.cases (attempt_id, ordinal, name, verdict, cpu_ms, wall_ms, memory_kb, exit_code, signal, "
        "message) VALUES ";
    std::vector<PgParam> params;
    for (size_t i = start; i < end; ++i) {
      const CaseRecord& c = a.cases[i];
      const size_t base = (i - start) * kFields;
      sql += fmt::format("{}(${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, ${})", i == start ? "" : ", ", base + 1,
                         base + 2, base + 3, base + 4, base + 5, base + 6, base + 7, base + 8, base + 9, base + 10);
      params.insert(params.end(), {PgInt(id), PgInt(static_cast<std::int64_t>(i)), PgText(c.name), PgText(c.verdict),
                                   PgDouble(c.cpu_ms), PgDouble(c.wall_ms), Kb(c.memory_kb),
                                   c.exit_code ? PgInt(*c.exit_code) : std::nullopt,
                                   c.signal ? PgText(*c.signal) : std::nullopt, PgText(c.message)});
    }
    if (auto stored = db.Exec(sql, params, "saving an attempt's cases"); !stored) return stored.error();
  }
  return id;
}

Result<PgHistory> PgHistory::Open(const std::string& name) {
  auto db = PgConnection::Connect(name);
  if (!db) return db.error();
  if (auto checked = CheckTeamSchema(*db); !checked) return checked.error();
  return PgHistory(std::move(*db));
}

Result<std::int64_t> PgHistory::Save(const Attempt& attempt) {
  PgTransaction transaction(db_);
  if (auto begun = transaction.Begin("saving an attempt"); !begun) return begun.error();
  auto id = InsertAttempt(db_, attempt, std::nullopt);
  if (!id) return id.error();
  if (auto committed = transaction.Commit("saving an attempt"); !committed) return committed.error();
  return id;
}

Result<std::vector<Attempt>> PgHistory::List(std::string_view problem) {
  auto rows = db_.Exec(fmt::format("SELECT {} FROM judge.attempts WHERE problem = $1 ORDER BY id", kColumns),
                       {PgText(problem)}, "listing attempts");
  if (!rows) return rows.error();
  std::vector<Attempt> attempts;
  for (int r = 0; r < rows->size(); ++r) attempts.push_back(ReadAttempt(*rows, r, /*with_source=*/false));
  return attempts;
}

Result<std::optional<Attempt>> PgHistory::Get(std::int64_t id) {
  // One snapshot for the attempt and its cases.
  PgTransaction transaction(db_);
  if (auto begun = transaction.Begin("reading an attempt"); !begun) return begun.error();
  if (auto snapshot = db_.Exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", {}, "reading an attempt");
      !snapshot)
    return snapshot.error();
  auto rows = db_.Exec(fmt::format("SELECT {}, source FROM judge.attempts WHERE id = $1", kColumns), {PgInt(id)},
                       "reading an attempt");
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<Attempt>();
  Attempt attempt = ReadAttempt(*rows, 0, /*with_source=*/true);
  auto cases = db_.Exec(
      "SELECT name, verdict, cpu_ms, wall_ms, memory_kb, exit_code, signal, message FROM judge.cases "
      "WHERE attempt_id = $1 ORDER BY ordinal",
      {PgInt(id)}, "reading an attempt's cases");
  if (!cases) return cases.error();
  for (int r = 0; r < cases->size(); ++r) {
    CaseRecord c;
    c.name = cases->Text(r, 0);
    c.verdict = cases->Text(r, 1);
    c.cpu_ms = cases->Double(r, 2);
    c.wall_ms = cases->Double(r, 3);
    c.memory_kb = static_cast<std::uint64_t>(std::max<std::int64_t>(cases->Int(r, 4), 0));
    if (auto code = cases->OptInt(r, 5)) c.exit_code = static_cast<int>(*code);
    c.signal = cases->OptText(r, 6);
    c.message = cases->Text(r, 7);
    attempt.cases.push_back(std::move(c));
  }
  if (auto committed = transaction.Commit("reading an attempt"); !committed) return committed.error();
  return std::optional<Attempt>(std::move(attempt));
}

}  // namespace judge
