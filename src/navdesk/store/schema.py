"""Schema and forward migrations, versioned with ``PRAGMA user_version``.

Each migration is an SQL script; :mod:`navdesk.store.migrations` runs it statement by
statement inside the transaction that records it, so a database is always at one whole
version. Never edit a released migration: add the next one.
"""

from __future__ import annotations

APPLICATION_ID = 0x4E415644  # "NAVD": marks a file as navdesk's
SCHEMA_VERSION = 5
# Set when a file is created (it cannot change once in WAL mode). Large pages make the
# clustered value and audit tables shallow; a million-row import writes a third less.
PAGE_SIZE = 16384


V1_INITIAL = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        CREATE TABLE office (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            municipality TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE indicator (
            code TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL,
            unit TEXT NOT NULL,
            aggregation TEXT NOT NULL,
            weight TEXT,
            period_type TEXT NOT NULL,
            section TEXT NOT NULL,
            breakdown TEXT,
            parent TEXT,
            numerator TEXT NOT NULL DEFAULT '',
            denominator TEXT NOT NULL DEFAULT '',
            factor REAL NOT NULL DEFAULT 1,
            active INTEGER NOT NULL DEFAULT 1
        );
        -- Keyed (office, period, indicator): the order exchange files and exports come
        -- in, so a bulk import writes almost sequentially, and a month's or a year's values
        -- are one range of the key.
        CREATE TABLE value (
            office TEXT NOT NULL REFERENCES office(code),
            indicator TEXT NOT NULL REFERENCES indicator(code),
            period TEXT NOT NULL,
            value NUMERIC NOT NULL,
            comment TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            PRIMARY KEY (office, period, indicator)
        ) WITHOUT ROWID;
        -- One row per accepted edit, undo step or imported file: when, who, from where.
        CREATE TABLE change (
            id INTEGER PRIMARY KEY,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            source TEXT NOT NULL
        );
        -- Every change of every value (None = no value / no comment), clustered by the
        -- value it belongs to, so a value's history is one range and needs no index.
        CREATE TABLE audit (
            office TEXT NOT NULL,
            period TEXT NOT NULL,
            indicator TEXT NOT NULL,
            change INTEGER NOT NULL REFERENCES change(id),
            old_value NUMERIC,
            new_value NUMERIC,
            old_comment TEXT,
            new_comment TEXT,
            PRIMARY KEY (office, period, indicator, change)
        ) WITHOUT ROWID;
        CREATE VIEW audit_log AS
            SELECT a.change AS id, a.office, a.indicator, a.period, a.old_value, a.new_value,
                   a.old_comment, a.new_comment, c.changed_at, c.changed_by, c.source
            FROM audit a JOIN change c ON c.id = a.change;
        CREATE TABLE locked_period (
            office TEXT NOT NULL REFERENCES office(code),
            period TEXT NOT NULL,
            locked_at TEXT NOT NULL,
            locked_by TEXT NOT NULL,
            PRIMARY KEY (office, period)
        );
        CREATE TABLE lock_event (
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            period TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('locked', 'reopened')),
            at TEXT NOT NULL,
            by TEXT NOT NULL
        );
        """

V2_GOAL_CARD = """
        CREATE TABLE perspective (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE goal (
            id INTEGER PRIMARY KEY,
            perspective INTEGER NOT NULL REFERENCES perspective(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL
        );
        CREATE TABLE measure (
            id INTEGER PRIMARY KEY,
            goal INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            indicator TEXT NOT NULL REFERENCES indicator(code),
            direction TEXT NOT NULL CHECK (direction IN ('høyere', 'lavere')),
            yellow_band REAL NOT NULL DEFAULT 10
        );
        -- year 0 holds the target of every year without one of its own
        CREATE TABLE measure_target (
            measure INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            target REAL NOT NULL,
            PRIMARY KEY (measure, year)
        );
        -- the leader's comment per measure and month, every version kept (latest wins)
        CREATE TABLE measure_comment (
            office TEXT NOT NULL,
            measure INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            change INTEGER NOT NULL REFERENCES change(id),
            comment TEXT,
            PRIMARY KEY (office, measure, period, change)
        ) WITHOUT ROWID
        """

# closing a month records what it was closed with (its count of lines, the warnings
# still open, "anyway" when lines were missing); reopening records why
V3_LOCK_NOTES = "ALTER TABLE lock_event ADD COLUMN note TEXT"

# a measure removed from the goal card (a template without it, or removed in the window)
# leaves its comments here, every version, by its indicator; a measure of that indicator
# added later takes them back (issue 14: comments are never deleted)
V4_KEPT_COMMENTS = """
        CREATE TABLE kept_measure_comment (
            indicator TEXT NOT NULL,
            office TEXT NOT NULL,
            period TEXT NOT NULL,
            change INTEGER NOT NULL REFERENCES change(id),
            comment TEXT,
            PRIMARY KEY (indicator, office, period, change)
        ) WITHOUT ROWID
        """

# comparison figures from Statistics Norway (issue 16): read-only, kept apart from the
# offices' own values, one row per imported table (importing it again replaces its
# figures); a figure SSB does not give keeps its symbol (. .. ... :), never a zero
V5_COMPARISON_FIGURES = """
        CREATE TABLE comparison_table (
            source_table TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            updated TEXT NOT NULL,
            downloaded TEXT NOT NULL,
            file TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL
        );
        CREATE TABLE comparison_figure (
            source_table TEXT NOT NULL REFERENCES comparison_table(source_table)
                ON DELETE CASCADE,
            indicator TEXT NOT NULL REFERENCES indicator(code),
            period TEXT NOT NULL,
            region TEXT NOT NULL,
            region_name TEXT NOT NULL,
            value REAL,
            symbol TEXT CHECK (symbol IN ('.', '..', '...', ':')),
            CHECK ((value IS NULL) <> (symbol IS NULL)),
            PRIMARY KEY (source_table, indicator, period, region)
        ) WITHOUT ROWID
        """

# (version, name, script): applied in order to bring user_version up to date.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial", V1_INITIAL),
    (2, "goal card", V2_GOAL_CARD),
    (3, "lock notes", V3_LOCK_NOTES),
    (4, "kept comments", V4_KEPT_COMMENTS),
    (5, "comparison figures", V5_COMPARISON_FIGURES),
]

assert [v for v, _, _ in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
