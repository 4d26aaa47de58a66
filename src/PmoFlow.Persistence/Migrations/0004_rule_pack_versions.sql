-- Every governance rule pack version a gate evaluation may cite (gate_evaluations.evaluator is
-- 'rules/{name}@sha256:{hash}'), with the exact text of its files, so a past decision can be replayed with the
-- rules it used after a restart. Written once per version, before the version decides anything; never updated.
CREATE TABLE rule_pack_versions (
    hash        TEXT PRIMARY KEY,  -- SHA-256 of the files' names and text, 64 lower-case hex digits
    name        TEXT NOT NULL,
    origin      TEXT NOT NULL,
    files       TEXT NOT NULL,     -- JSON: [{"name": "onboarding.csx", "text": "..."}], in name order
    archived_at TEXT NOT NULL
) STRICT;
