-- PmoFlow schema, version 1.
-- Conventions: timestamps are ISO 8601 text in UTC written with the round-trip format 'O'
-- (2026-03-01T09:30:00.0000000+00:00), fixed width, so text order is time order and SQL can compare them.
-- Money and every other decimal is TEXT holding an invariant-culture decimal ('1250000.50'): exact, any scale,
-- never REAL. (Columns are declared TEXT, not NUMERIC, because NUMERIC affinity would turn them into floats.)
-- Enums are their names as text, except flywheel steps, which are their numbers 1-10 so the stage is arithmetic.
-- Lists that are only ever read whole (customer ids, evidence links, clauses) are JSON text.

-- Charter, baseline and thresholds: one JSON document each.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    json       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE customers (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    customer_group   TEXT NOT NULL,
    relevance_weight TEXT NOT NULL
) STRICT;

CREATE TABLE services (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    sponsor         TEXT NOT NULL,
    customer_ids    TEXT NOT NULL,
    step            INTEGER NOT NULL CHECK (step BETWEEN 1 AND 10),
    turn            INTEGER NOT NULL CHECK (turn >= 1),
    step_entered_at TEXT NOT NULL,
    target_users    INTEGER NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;

-- One row per step a service entered. A transition is written exactly once: a second StepEntered for the same
-- service, turn and step is a double-processed transition and must fail, not be absorbed.
CREATE TABLE step_transitions (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id         TEXT NOT NULL REFERENCES services(id),
    turn               INTEGER NOT NULL,
    from_step          INTEGER NULL,
    to_step            INTEGER NOT NULL,
    at                 TEXT NOT NULL,
    gate_evaluation_id TEXT NULL,
    waiver_id          TEXT NULL,
    UNIQUE (service_id, turn, to_step)
) STRICT;

CREATE TABLE kpis (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    service_id     TEXT NOT NULL REFERENCES services(id),
    name           TEXT NOT NULL,
    unit           TEXT NOT NULL,
    good_direction TEXT NOT NULL,
    baseline       TEXT NULL,
    target         TEXT NULL,
    target_date    TEXT NULL,
    owner          TEXT NULL
) STRICT;
CREATE INDEX ix_kpis_service ON kpis(service_id);

-- service_id is denormalized from the KPI so a gate's snapshot reads one index range.
CREATE TABLE observations (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    kpi_id        TEXT NOT NULL REFERENCES kpis(id),
    service_id    TEXT NOT NULL REFERENCES services(id),
    value         TEXT NOT NULL,
    unit          TEXT NOT NULL,
    observed_at   TEXT NOT NULL,
    source        TEXT NOT NULL,
    evidence_link TEXT NULL
) STRICT;
CREATE INDEX ix_observations_service ON observations(service_id, observed_at);

CREATE TABLE benefits (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    service_id    TEXT NOT NULL REFERENCES services(id),
    name          TEXT NOT NULL,
    category      TEXT NOT NULL,
    owner         TEXT NOT NULL,
    validated_by  TEXT NULL,
    validated_at  TEXT NULL,
    variance_note TEXT NULL
) STRICT;
CREATE INDEX ix_benefits_service ON benefits(service_id);

CREATE TABLE benefit_periods (
    benefit_id TEXT NOT NULL REFERENCES benefits(id),
    period     TEXT NOT NULL,
    position   INTEGER NOT NULL,
    planned    TEXT NOT NULL,
    actual     TEXT NULL,
    PRIMARY KEY (benefit_id, period)
) STRICT;

CREATE TABLE survey_responses (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    service_id     TEXT NOT NULL REFERENCES services(id),
    customer_group TEXT NOT NULL,
    csat           INTEGER NULL,
    nps            INTEGER NULL,
    responded_at   TEXT NOT NULL,
    comment        TEXT NULL
) STRICT;
CREATE INDEX ix_survey_responses_service ON survey_responses(service_id, responded_at);

CREATE TABLE approvals (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    service_id   TEXT NOT NULL REFERENCES services(id),
    gate         TEXT NOT NULL,
    role         TEXT NOT NULL,
    status       TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    due_at       TEXT NOT NULL,
    reminded_at  TEXT NULL,
    escalated_at TEXT NULL,
    escalated_to TEXT NULL,
    decided_by   TEXT NULL,
    decided_at   TEXT NULL,
    comment      TEXT NULL
) STRICT;
CREATE INDEX ix_approvals_service ON approvals(service_id);
CREATE INDEX ix_approvals_status ON approvals(status, role);

CREATE TABLE waivers (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL REFERENCES services(id),
    gate       TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    role       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    until      TEXT NOT NULL
) STRICT;
CREATE INDEX ix_waivers_service ON waivers(service_id);

CREATE TABLE value_statements (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    service_id     TEXT NULL REFERENCES services(id),
    text           TEXT NOT NULL,
    amount         TEXT NULL,
    unit           TEXT NULL,
    evidence_links TEXT NOT NULL,
    published_at   TEXT NOT NULL
) STRICT;
CREATE INDEX ix_value_statements_service ON value_statements(service_id);

CREATE TABLE gate_evaluations (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    service_id     TEXT NOT NULL REFERENCES services(id),
    gate           TEXT NOT NULL,
    turn           INTEGER NOT NULL,
    evaluated_at   TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    clauses        TEXT NOT NULL,
    input_snapshot TEXT NOT NULL,
    evaluator      TEXT NOT NULL,
    waiver_id      TEXT NULL
) STRICT;
CREATE INDEX ix_gate_evaluations_service ON gate_evaluations(service_id, gate);

-- Append-only. No foreign key on service_id: the trail must be writable for any subject.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    service_id TEXT NULL,
    action     TEXT NOT NULL,
    details    TEXT NOT NULL
) STRICT;
CREATE INDEX ix_audit_service ON audit(service_id);

-- AUTOINCREMENT so a work id is never reused: WorkDone(id) must never delete a later item.
CREATE TABLE pending_work (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id TEXT NOT NULL REFERENCES services(id),
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Workflow instances: the state JSON plus the columns the engine queries by.
CREATE TABLE workflow_instances (
    seq                   INTEGER PRIMARY KEY AUTOINCREMENT,
    id                    TEXT NOT NULL UNIQUE,
    definition_id         TEXT NOT NULL,
    definition_version_id TEXT NOT NULL,
    version               INTEGER NOT NULL,
    status                TEXT NOT NULL,
    correlation_id        TEXT NULL,
    parent_instance_id    TEXT NULL,
    state                 TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX ix_workflow_instances_correlation ON workflow_instances(correlation_id) WHERE correlation_id IS NOT NULL;
CREATE INDEX ix_workflow_instances_status ON workflow_instances(status);

-- Rewritten from the state on every save, so timers and stimuli are SQL queries rather than scans of JSON.
CREATE TABLE workflow_bookmarks (
    instance_id TEXT NOT NULL REFERENCES workflow_instances(id) ON DELETE CASCADE,
    bookmark_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    key         TEXT NULL,
    resume_at   TEXT NULL,
    PRIMARY KEY (instance_id, bookmark_id)
) STRICT;
CREATE INDEX ix_workflow_bookmarks_due ON workflow_bookmarks(resume_at) WHERE resume_at IS NOT NULL;
CREATE INDEX ix_workflow_bookmarks_name_key ON workflow_bookmarks(name, key);

CREATE TABLE workflow_definitions (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    definition_id TEXT NOT NULL,
    version       INTEGER NOT NULL,
    is_latest     INTEGER NOT NULL,
    is_published  INTEGER NOT NULL,
    json          TEXT NOT NULL,
    source        TEXT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (definition_id, version)
) STRICT;
