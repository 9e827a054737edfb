#include "judge/store/pg_schema.h"

#include <fmt/format.h>

#include <array>

namespace judge {

namespace {

using sandbox::ErrorKind;
using sandbox::MakeError;

// The three group roles. Cluster-wide in PostgreSQL: several team databases in one cluster
// share them.
constexpr const char* kRoles = R"sql(
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'judge_candidate') THEN
    CREATE ROLE judge_candidate NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'judge_worker') THEN
    CREATE ROLE judge_worker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'judge_admin') THEN
    CREATE ROLE judge_admin NOLOGIN;
  END IF;
END
$$;
)sql";

// Version i+1 is reached from version i by kMigrations[i]; a new version is one more string at
// the end, never an edit of an old one (databases in the field have already run it).
//
// v1. Limits in CHECKs repeat the CLI's (1 MiB source, 200-byte label, 600 s time limit), so
// that a candidate who inserts a job by hand cannot store more than `judge submit` would.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE judge.jobs (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  client_token   text NOT NULL UNIQUE CHECK (length(client_token) BETWEEN 16 AND 64),
  submitter      text NOT NULL DEFAULT current_user,
  problem        text NOT NULL CHECK (length(problem) BETWEEN 1 AND 100),
  package_sha256 text NOT NULL CHECK (package_sha256 ~ '^[0-9a-f]{64}$'),
  source         text NOT NULL CHECK (octet_length(source) <= 1048576),
  file           text NOT NULL CHECK (octet_length(file) <= 255),
  label          text CHECK (octet_length(label) <= 200),
  time_limit_ms  bigint CHECK (time_limit_ms BETWEEN 1 AND 600000),
  fail_fast      boolean NOT NULL DEFAULT false,
  no_ladder      boolean NOT NULL DEFAULT false,
  created        timestamptz NOT NULL DEFAULT now(),
  state          text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  worker         text,
  tries          integer NOT NULL DEFAULT 0,
  claimed        timestamptz,
  lease_until    timestamptz,
  finished       timestamptz,
  attempt_id     bigint,
  exit_code      integer,
  result_text    text,
  result_json    text,
  error          text
);
CREATE INDEX jobs_open ON judge.jobs (id) WHERE state IN ('queued', 'running');
CREATE INDEX jobs_by_submitter ON judge.jobs (submitter, id);

CREATE TABLE judge.attempts (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id         bigint UNIQUE REFERENCES judge.jobs (id),
  submitter      text NOT NULL DEFAULT current_user,
  problem        text NOT NULL,
  created        timestamptz NOT NULL DEFAULT now(),
  verdict        text NOT NULL,
  cpu_ms         double precision,
  max_memory_kb  bigint NOT NULL,
  ratio_to_ref   double precision,
  source         text NOT NULL,
  source_sha256  text NOT NULL,
  compiler       text NOT NULL,
  flags          text NOT NULL,
  machine        text NOT NULL,
  timing_noise   text NOT NULL,
  file           text NOT NULL DEFAULT '',
  label          text,
  package_sha256 text NOT NULL DEFAULT ''
);
CREATE INDEX attempts_by_problem ON judge.attempts (problem, id);
CREATE INDEX attempts_by_submitter ON judge.attempts (submitter, problem, id);
ALTER TABLE judge.jobs ADD FOREIGN KEY (attempt_id) REFERENCES judge.attempts (id);

CREATE TABLE judge.cases (
  attempt_id bigint  NOT NULL REFERENCES judge.attempts (id) ON DELETE CASCADE,
  ordinal    integer NOT NULL,
  name       text    NOT NULL,
  verdict    text    NOT NULL,
  cpu_ms     double precision,
  wall_ms    double precision,
  memory_kb  bigint  NOT NULL,
  exit_code  integer,
  signal     text,
  message    text    NOT NULL,
  PRIMARY KEY (attempt_id, ordinal)
);

CREATE TABLE judge.workers (
  name      text PRIMARY KEY,
  role      text NOT NULL DEFAULT current_user,
  host      text NOT NULL,
  machine   text NOT NULL,
  started   timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now(),
  state     text NOT NULL,
  job_id    bigint,
  jobs_done bigint NOT NULL DEFAULT 0
);

CREATE TABLE judge.refusals (
  job_id bigint NOT NULL REFERENCES judge.jobs (id) ON DELETE CASCADE,
  worker text   NOT NULL,
  reason text   NOT NULL,
  at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, worker)
);

CREATE TABLE judge.calibrations (
  package_sha256      text   NOT NULL,
  machine             text   NOT NULL,
  time_limit_ms       bigint NOT NULL CHECK (time_limit_ms > 0),
  slowest_accepted_ms double precision,
  worker              text   NOT NULL,
  created             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (package_sha256, machine)
);

-- Waking: a new or re-queued job wakes the workers; every state change and refusal wakes the
-- candidate waiting on that job. NOTIFYs are sent at commit, so a waiter never sees a change
-- that was rolled back.
CREATE FUNCTION judge.notify_job() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.state = 'queued' THEN
    PERFORM pg_notify('judge_queue', NEW.id::text);
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM pg_notify('judge_job_' || NEW.id, NEW.state);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER jobs_notify AFTER INSERT OR UPDATE OF state ON judge.jobs
  FOR EACH ROW EXECUTE FUNCTION judge.notify_job();

CREATE FUNCTION judge.notify_refusal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('judge_job_' || NEW.job_id, 'refused');
  RETURN NULL;
END
$$;
CREATE TRIGGER refusals_notify AFTER INSERT OR UPDATE ON judge.refusals
  FOR EACH ROW EXECUTE FUNCTION judge.notify_refusal();

-- Numbers about everyone's jobs, for everyone: how busy the queue is, never what is in it.
CREATE FUNCTION judge.queue_counts() RETURNS TABLE (state text, jobs bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT j.state, count(*) FROM judge.jobs j GROUP BY j.state $$;
CREATE FUNCTION judge.jobs_ahead(job bigint) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT count(*) FROM judge.jobs j WHERE j.state = 'queued' AND j.id < job $$;
REVOKE ALL ON FUNCTION judge.queue_counts() FROM PUBLIC;
REVOKE ALL ON FUNCTION judge.jobs_ahead(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION judge.queue_counts() TO judge_candidate, judge_worker, judge_admin;
GRANT EXECUTE ON FUNCTION judge.jobs_ahead(bigint) TO judge_candidate, judge_worker, judge_admin;

-- Row-level security: a candidate sees and submits only their own rows.
GRANT USAGE ON SCHEMA judge TO judge_candidate, judge_worker, judge_admin;
GRANT SELECT ON judge.schema_version TO judge_candidate, judge_worker, judge_admin;

ALTER TABLE judge.jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_jobs ON judge.jobs TO judge_candidate
  USING (submitter = current_user) WITH CHECK (submitter = current_user);
CREATE POLICY all_jobs ON judge.jobs TO judge_worker, judge_admin USING (true) WITH CHECK (true);
GRANT SELECT ON judge.jobs TO judge_candidate;
GRANT INSERT (client_token, problem, package_sha256, source, file, label, time_limit_ms, fail_fast, no_ladder)
  ON judge.jobs TO judge_candidate;
GRANT SELECT, UPDATE ON judge.jobs TO judge_worker;

ALTER TABLE judge.attempts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_attempts ON judge.attempts FOR SELECT TO judge_candidate USING (submitter = current_user);
CREATE POLICY all_attempts ON judge.attempts TO judge_worker, judge_admin USING (true) WITH CHECK (true);
GRANT SELECT ON judge.attempts TO judge_candidate;
GRANT SELECT, INSERT ON judge.attempts TO judge_worker;

ALTER TABLE judge.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_cases ON judge.cases FOR SELECT TO judge_candidate
  USING (EXISTS (SELECT 1 FROM judge.attempts a WHERE a.id = attempt_id));
CREATE POLICY all_cases ON judge.cases TO judge_worker, judge_admin USING (true) WITH CHECK (true);
GRANT SELECT ON judge.cases TO judge_candidate;
GRANT SELECT, INSERT ON judge.cases TO judge_worker;

ALTER TABLE judge.refusals ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_refusals ON judge.refusals FOR SELECT TO judge_candidate
  USING (EXISTS (SELECT 1 FROM judge.jobs j WHERE j.id = job_id));
CREATE POLICY all_refusals ON judge.refusals TO judge_worker, judge_admin USING (true) WITH CHECK (true);
GRANT SELECT ON judge.refusals TO judge_candidate;
GRANT SELECT, INSERT, UPDATE ON judge.refusals TO judge_worker;

GRANT SELECT ON judge.workers, judge.calibrations TO judge_candidate;
GRANT SELECT, INSERT, UPDATE ON judge.workers, judge.calibrations TO judge_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA judge TO judge_admin;
)sql";

// v2: how comparable a ratio is (timing.h RatioForHistory), as in the local history's v3.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE judge.attempts ADD COLUMN ratio_low   double precision;
ALTER TABLE judge.attempts ADD COLUMN ratio_high  double precision;
ALTER TABLE judge.attempts ADD COLUMN ratio_basis text NOT NULL DEFAULT '';
)sql";

constexpr std::array<const char*, 2> kMigrations = {kSchemaV1, kSchemaV2};

// The version row; -1 when the schema or its version table does not exist.
sandbox::Result<int> FoundVersion(PgConnection& db) {
  auto exists = db.Exec("SELECT to_regclass('judge.schema_version') IS NOT NULL", {}, "reading the schema version");
  if (!exists) return exists.error();
  if (!exists->Bool(0, 0)) return -1;
  auto version = db.Exec("SELECT max(version) FROM judge.schema_version", {}, "reading the schema version");
  if (!version) return version.error();
  return static_cast<int>(version->Int(0, 0));
}

sandbox::Error Newer(const PgConnection& db, int version) {
  return MakeError(ErrorKind::kUsage,
                   fmt::format("{} has schema version {}, but this judge only knows versions up to {}; upgrade the "
                               "judge",
                               db.Describe(), version, TeamSchemaVersion()));
}

}  // namespace

int TeamSchemaVersion() { return static_cast<int>(kMigrations.size()); }

sandbox::Result<SchemaInit> InitTeamSchema(PgConnection& db) {
  PgTransaction transaction(db);
  if (auto begun = transaction.Begin("creating the schema"); !begun) return begun.error();
  // One `db init` at a time per database; the others wait here and then find nothing to do.
  if (auto locked = db.Exec("SELECT pg_advisory_xact_lock(hashtext('judge db init'))", {}, "creating the schema");
      !locked)
    return locked.error();
  if (auto roles = db.Script(kRoles, "creating the roles judge_candidate, judge_worker and judge_admin (this needs "
                                     "a superuser or a role with CREATEROLE)");
      !roles)
    return roles.error();
  auto found = FoundVersion(db);
  if (!found) return found.error();
  SchemaInit init{std::max(*found, 0), TeamSchemaVersion()};
  if (*found > TeamSchemaVersion()) return Newer(db, *found);
  if (*found < 0) {
    if (auto created = db.Script("CREATE SCHEMA IF NOT EXISTS judge; "
                                 "CREATE TABLE judge.schema_version (version integer NOT NULL); "
                                 "INSERT INTO judge.schema_version VALUES (0);",
                                 "creating the schema");
        !created)
      return created.error();
  }
  for (int from = init.from; from < TeamSchemaVersion(); ++from) {
    const std::string doing = fmt::format("upgrading the schema from version {} to {}", from, from + 1);
    if (auto step = db.Script(kMigrations[static_cast<size_t>(from)], doing); !step) return step.error();
  }
  if (auto set = db.Exec("UPDATE judge.schema_version SET version = $1", {PgInt(TeamSchemaVersion())},
                         "recording the schema version");
      !set)
    return set.error();
  if (auto committed = transaction.Commit("creating the schema"); !committed) return committed.error();
  return init;
}

sandbox::Result<void> CheckTeamSchema(PgConnection& db) {
  auto found = FoundVersion(db);
  if (!found) return found.error();
  if (*found > TeamSchemaVersion()) return Newer(db, *found);
  if (*found < TeamSchemaVersion())
    return MakeError(ErrorKind::kUsage,
                     fmt::format("{} has {}; run 'judge db init --db URL' as the database's owner",
                                 db.Describe(),
                                 *found < 0 ? std::string("no judge schema")
                                            : fmt::format("schema version {}, older than this judge's {}", *found,
                                                          TeamSchemaVersion())));
  return {};
}

}  // namespace judge
