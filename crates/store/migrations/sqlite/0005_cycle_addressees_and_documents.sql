-- Whom a reporting cycle asks for information (the Member States, a region's States, chosen
-- United Nations entities), and the documents that came with each reply. The documents'
-- bytes are files in the data folder named by their SHA-256; the store keeps what they are.
CREATE TABLE cycle_addressees (
    cycle_id INTEGER NOT NULL REFERENCES reporting_cycles (id),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (cycle_id, actor_id)
);

CREATE TABLE reply_documents (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES reporting_cycles (id),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT NOT NULL
);
CREATE INDEX reply_documents_by_cycle ON reply_documents (cycle_id, actor_id);
CREATE INDEX reply_documents_by_sha256 ON reply_documents (sha256);
