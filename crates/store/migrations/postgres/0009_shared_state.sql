-- Every statement that appends to the change log wakes the followers of every instance on
-- this database (search index, catalogue); they still poll as a fallback.
CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vawdb_changes', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER change_log_notifies AFTER INSERT ON change_log
FOR EACH STATEMENT EXECUTE FUNCTION change_log_notify();

-- A file that passed its dry run and waits for its uploader to confirm the import, kept here
-- rather than in one process's memory so that the confirmation may reach any instance. One
-- per account; it is gone once imported, replaced or expired.
CREATE TABLE pending_uploads (
    account_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_digest TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    kept_until BIGINT NOT NULL
);

-- Each anonymous address's allowance of exports, shared by every instance.
CREATE TABLE export_allowances (
    address TEXT PRIMARY KEY,
    exports_left DOUBLE PRECISION NOT NULL,
    counted_at_ms BIGINT NOT NULL
);
