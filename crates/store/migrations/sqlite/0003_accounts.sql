-- Sign-in: failed attempts in a row and the lock they earn, server-side sessions, and the
-- record of every sign-in attempt.
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;

-- A session is known by the SHA-256 of its cookie, never by the cookie itself.
CREATE TABLE sessions (
    token_digest TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE sign_in_events (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    username TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    outcome TEXT NOT NULL,
    address TEXT NOT NULL
);
