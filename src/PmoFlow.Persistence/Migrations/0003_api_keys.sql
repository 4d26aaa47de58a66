-- API keys: who may call the API and open the pages, and in which role. Only a SHA-256 hash of each key's 256-bit
-- random secret is kept; the key itself (pmo_<id>_<secret>) is shown once, when it is created. Keys are revoked,
-- never deleted, so the audit trail can always name the key behind an action. A browser session gets a key of its
-- own (session_of names the key that logged in), which expires and is revoked with that key.
CREATE TABLE api_keys (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('viewer', 'gate-agent', 'architect', 'admin')),
    secret_hash  BLOB NOT NULL CHECK (length(secret_hash) = 32),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    last_used_at TEXT NULL,
    revoked_at   TEXT NULL,
    expires_at   TEXT NULL,
    session_of   TEXT NULL REFERENCES api_keys(id)
) STRICT;
CREATE INDEX ix_api_keys_session_of ON api_keys(session_of);
