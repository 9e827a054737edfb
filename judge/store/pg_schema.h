// The team database's schema, roles and access rules (PostgreSQL), created and upgraded by
// `judge db init`. Everything lives in the schema `judge`:
//
//   jobs          the queue: one row per `judge submit --db`, with its state, lease and result
//   attempts      the shared history, one row per judged job (job_id unique: one result per job)
//   cases         an attempt's per-case results
//   workers       live and stopped workers, with their heartbeat
//   refusals      jobs a worker would not judge, and why (its package copy differs, ...)
//   calibrations  derived time limits per package hash and machine fingerprint
//
// Access is the database's own: three group roles, granted to login roles by the admin.
//   judge_candidate  inserts jobs (only the request columns) and reads its own jobs, attempts
//                    and cases (row-level security on submitter = current_user);
//   judge_worker     claims and updates jobs, inserts attempts, cases, refusals, heartbeats;
//   judge_admin      reads and edits everything.
// Queue counts and a job's place in the queue come from two SECURITY DEFINER functions that
// return numbers only, so candidates see how busy the queue is without seeing others' jobs.
#pragma once

#include "judge/store/pg.h"

namespace judge {

struct SchemaInit {
  int from = 0;  // the version found (0: none)
  int to = 0;    // the version now
};

// Creates the roles when missing (needs a superuser or CREATEROLE), then the schema, or upgrades
// it by ordered migrations, all in one transaction under an advisory lock: idempotent, safe to
// run from several places at once, and a failed step leaves the database as it was. A schema
// newer than this judge's is refused, not modified.
sandbox::Result<SchemaInit> InitTeamSchema(PgConnection& db);

// The check every other command makes on connecting: the schema exists and is this judge's
// version. kUsage errors that say to run `judge db init` or to upgrade the judge.
sandbox::Result<void> CheckTeamSchema(PgConnection& db);

// The schema version this build creates.
int TeamSchemaVersion();

}  // namespace judge
