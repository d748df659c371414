-- A file that passed its dry run and waits for its uploader to confirm the import, kept here
-- rather than in one process's memory so that the confirmation survives a restart. One per
-- account; it is gone once imported, replaced or expired.
CREATE TABLE pending_uploads (
    account_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_digest TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    kept_until INTEGER NOT NULL
);

-- Each anonymous address's allowance of exports.
CREATE TABLE export_allowances (
    address TEXT PRIMARY KEY,
    exports_left REAL NOT NULL,
    counted_at_ms INTEGER NOT NULL
);
