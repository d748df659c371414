-- Incident statistics. A dataset is one upload by a data provider: records (one row per
-- incident) or counts (one row per combination of codes). Nothing here names, contacts,
-- dates or describes a person: codes, a year, and at most a quarter or month.
CREATE TABLE statistics_datasets (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('records', 'counts')),
    provider_country INTEGER NOT NULL,
    provider TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_digest TEXT NOT NULL,
    threshold INTEGER NOT NULL CHECK (threshold >= 3),
    state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'withdrawn')),
    row_count INTEGER NOT NULL,
    uploaded_by INTEGER REFERENCES users (id),
    uploaded_at TEXT NOT NULL,
    published_at TEXT
);
CREATE INDEX statistics_datasets_by_country ON statistics_datasets (provider_country);

CREATE TABLE incident_records (
    dataset_id INTEGER NOT NULL REFERENCES statistics_datasets (id),
    ref_area TEXT NOT NULL,
    source TEXT NOT NULL,
    sex TEXT NOT NULL,
    age_group TEXT NOT NULL,
    nationality TEXT NOT NULL,
    immigration_status TEXT NOT NULL,
    occupation TEXT NOT NULL,
    violence_form TEXT NOT NULL,
    perpetrator TEXT NOT NULL,
    setting TEXT NOT NULL,
    migration_stage TEXT NOT NULL,
    year INTEGER NOT NULL,
    quarter INTEGER,
    month INTEGER,
    consent INTEGER NOT NULL,
    reported_elsewhere INTEGER NOT NULL
);
CREATE INDEX incident_records_by_dataset ON incident_records (dataset_id);

-- A NULL code means the count covers every value of that dimension.
CREATE TABLE incident_counts (
    dataset_id INTEGER NOT NULL REFERENCES statistics_datasets (id),
    ref_area TEXT,
    source TEXT,
    sex TEXT,
    age_group TEXT,
    nationality TEXT,
    immigration_status TEXT,
    occupation TEXT,
    violence_form TEXT,
    perpetrator TEXT,
    setting TEXT,
    migration_stage TEXT,
    year INTEGER NOT NULL,
    quarter INTEGER,
    month INTEGER,
    incidents BIGINT NOT NULL CHECK (incidents >= 0)
);
CREATE INDEX incident_counts_by_dataset ON incident_counts (dataset_id);
