-- The first schema of vawdb on SQLite. Keep in step with postgres/0001_initial.sql: the store
-- tests compare the two catalogues table by table and column by column.

CREATE TABLE regions (
    m49 INTEGER PRIMARY KEY,
    level TEXT NOT NULL,
    parent_m49 INTEGER REFERENCES regions (m49)
);

CREATE TABLE region_names (
    region_m49 INTEGER NOT NULL REFERENCES regions (m49),
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (region_m49, lang)
);

CREATE TABLE countries (
    m49 INTEGER PRIMARY KEY,
    iso2 TEXT NOT NULL UNIQUE,
    iso3 TEXT NOT NULL UNIQUE,
    un_status TEXT NOT NULL,
    region_m49 INTEGER REFERENCES regions (m49),
    subregion_m49 INTEGER REFERENCES regions (m49),
    intermediate_region_m49 INTEGER REFERENCES regions (m49)
);

CREATE TABLE country_names (
    id INTEGER PRIMARY KEY,
    country_m49 INTEGER NOT NULL REFERENCES countries (m49),
    lang TEXT NOT NULL,
    short_name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    article TEXT,
    formal_name TEXT,
    valid_from TEXT,
    valid_to TEXT,
    source TEXT
);
CREATE INDEX country_names_by_country ON country_names (country_m49, lang);

CREATE TABLE vocabularies (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);

CREATE TABLE vocabulary_labels (
    vocabulary_code TEXT NOT NULL REFERENCES vocabularies (code),
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (vocabulary_code, lang)
);

CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    vocabulary_code TEXT NOT NULL REFERENCES vocabularies (code),
    code TEXT NOT NULL,
    parent_id INTEGER REFERENCES terms (id),
    position INTEGER NOT NULL,
    UNIQUE (vocabulary_code, code)
);

CREATE TABLE term_labels (
    term_id INTEGER NOT NULL REFERENCES terms (id),
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (term_id, lang)
);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    country_m49 INTEGER REFERENCES countries (m49),
    abbreviation TEXT,
    succeeded_by TEXT
);

CREATE TABLE actor_names (
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (actor_id, lang)
);

CREATE TABLE reporting_cycles (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    symbol TEXT,
    mandate TEXT NOT NULL,
    title TEXT NOT NULL,
    requested_on TEXT,
    deadline TEXT,
    period_from TEXT,
    period_to TEXT,
    as_at TEXT NOT NULL,
    published_on TEXT,
    previous_report TEXT
);

CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL REFERENCES reporting_cycles (id),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    received_on TEXT NOT NULL,
    lang TEXT,
    note TEXT,
    UNIQUE (cycle_id, actor_id)
);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    country_m49 INTEGER REFERENCES countries (m49),
    cycle_id INTEGER REFERENCES reporting_cycles (id),
    year_from INTEGER,
    year_to INTEGER,
    implementation TEXT NOT NULL,
    state TEXT NOT NULL,
    source TEXT,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX measures_by_country ON measures (country_m49);
CREATE INDEX measures_by_cycle ON measures (cycle_id);
CREATE INDEX measures_by_state ON measures (state);

CREATE TABLE measure_texts (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    effectiveness TEXT,
    PRIMARY KEY (measure_id, lang)
);

CREATE TABLE measure_terms (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES terms (id),
    PRIMARY KEY (measure_id, term_id)
);
CREATE INDEX measure_terms_by_term ON measure_terms (term_id, measure_id);

CREATE TABLE instruments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    abbreviation TEXT,
    depositary TEXT NOT NULL,
    adopted_on TEXT NOT NULL,
    entry_into_force TEXT,
    parent_id INTEGER REFERENCES instruments (id),
    joining_requires_parent INTEGER NOT NULL,
    denunciation_months INTEGER,
    completeness TEXT NOT NULL,
    complete_as_at TEXT,
    position INTEGER NOT NULL
);

CREATE TABLE instrument_titles (
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    short_title TEXT,
    PRIMARY KEY (instrument_id, lang)
);

CREATE TABLE treaty_actions (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    country_m49 INTEGER NOT NULL REFERENCES countries (m49),
    action TEXT NOT NULL,
    action_date TEXT NOT NULL,
    note TEXT,
    source TEXT,
    UNIQUE (instrument_id, country_m49, action, action_date)
);
CREATE INDEX treaty_actions_by_instrument ON treaty_actions (instrument_id, action_date);
CREATE INDEX treaty_actions_by_country ON treaty_actions (country_m49);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    country_m49 INTEGER REFERENCES countries (m49),
    password_hash TEXT,
    disabled_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    author TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX change_log_by_entity ON change_log (entity, entity_key, id);

CREATE TRIGGER change_log_is_append_only_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

CREATE TRIGGER change_log_is_append_only_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;
