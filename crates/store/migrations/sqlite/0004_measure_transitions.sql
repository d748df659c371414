-- Every move of a measure through the workflow, with the comment that goes with it (why it
-- was sent back or withdrawn). The change log holds the measure before and after; this says
-- why.
CREATE TABLE measure_transitions (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures (id),
    recorded_at TEXT NOT NULL,
    author TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    transition TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    comment TEXT NOT NULL
);
CREATE INDEX measure_transitions_by_measure ON measure_transitions (measure_id, id);
