// The attempt history behind one small interface, with two backends:
// - History (history.h): SQLite under $JUDGE_HOME, the zero-set-up default for one person;
// - PgHistory (pg_history.h): a team's PostgreSQL (`--db URL` or JUDGE_DB), shared by many
//   candidates and written by the team's workers, with row-level security per candidate.
// The commands (submit, history, compare) see only this interface. Only judge/store/ speaks SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/result.h"

namespace judge {

using sandbox::Error;
using sandbox::Result;

// Times are stored as given; a NaN time (not measured, e.g. the CPU time of a CE attempt) is
// stored as NULL and read back as NaN.

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
  // ratio_to_ref's 95% interval, including the between-run variation (timing.h RatioForHistory);
  // empty when the run had no interval or the attempt predates them (schema v3).
  std::optional<double> ratio_low;
  std::optional<double> ratio_high;
  // What the ratio is against: "<fastest reference>; package <first 12 hex of its content
  // hash>". Ratios with different bases, or judged on different machines, are not comparable
  // (history_view.h CompareRatios). "" when unknown.
  std::string ratio_basis;
  std::string source;
  std::string source_sha256;  // Save() fills it in from `source` when empty
  std::string compiler;       // version string
  std::string flags;
  std::string machine;       // fingerprint of the machine that judged it
  std::string timing_noise;  // JSON text from doctor-like checks; may be empty
  std::string file;          // the solution's file name as submitted ("hash_heap.cpp"); "" before v2
  std::optional<std::string> label;  // `judge submit --label TEXT`; empty when none was given
  // Team attempts only ("" in the local history): the database role that submitted it and the
  // content hash of the problem package it was judged against.
  std::string submitter;
  std::string package_sha256;
  std::vector<CaseRecord> cases;
};

// Where attempts are kept. Every call returns an Error (one line naming the store) rather than
// throwing. One object is meant for one thread at a time.
class AttemptStore {
 public:
  virtual ~AttemptStore() = default;

  // Stores the attempt and its cases atomically; returns the new id.
  virtual Result<std::int64_t> Save(const Attempt& attempt) = 0;

  // Every attempt on `problem` that this store shows its user, oldest first (by id). To keep
  // listing cheap the rows come without `source` and without `cases`; Get() has everything.
  virtual Result<std::vector<Attempt>> List(std::string_view problem) = 0;

  // The attempt with all fields, source and cases (in the order saved); nullopt when no attempt
  // with that id is visible to this store's user.
  virtual Result<std::optional<Attempt>> Get(std::int64_t id) = 0;

  // Names the store in messages: the SQLite file's path, or "team database <db> on <host> as
  // <role>" (never a password).
  virtual std::string Describe() const = 0;
};

}  // namespace judge
