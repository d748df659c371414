-- Other names a term is searched by, in any UN language: synonyms, feminine forms,
-- abbreviations.
CREATE TABLE term_alt_labels (
    term_id BIGINT NOT NULL REFERENCES terms (id),
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (term_id, position)
);
