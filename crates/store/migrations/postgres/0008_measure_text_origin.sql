-- Whether a measure's text in a language is the original or a translation, official or not.
-- Texts written before this column existed have no stated origin.
ALTER TABLE measure_texts ADD COLUMN origin TEXT
    CHECK (origin IN ('original', 'official_translation', 'unofficial_translation'));
