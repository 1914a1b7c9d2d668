"""The exact schema of a new database, read back through sqlite-utils: a change to it
must be deliberate (and come with a migration once databases exist in the field)."""

from sqlite_utils import Database

from navdesk.store.schema import PAGE_SIZE


def test_a_new_database_has_exactly_these_tables_and_view(store):
    assert sorted(Database(store.conn).table_names()) == [
        "audit", "change", "comparison_figure", "comparison_table", "goal", "indicator",
        "kept_measure_comment", "lock_event",
        "locked_period", "measure",
        "measure_comment", "measure_target", "meta", "migrations", "office", "perspective",
        "value",
    ]
    assert Database(store.conn).view_names() == ["audit_log"]


def test_values_are_keyed_by_office_period_and_indicator(store):
    table = Database(store.conn)["value"]
    assert [c.name for c in table.columns] == [
        "office", "indicator", "period", "value", "comment", "changed_at", "changed_by"]
    assert table.pks == ["office", "period", "indicator"]
    assert "WITHOUT ROWID" in table.schema


def test_the_audit_keeps_old_and_new_value_and_comment_per_change(store):
    audit = Database(store.conn)["audit"]
    assert [c.name for c in audit.columns] == [
        "office", "period", "indicator", "change", "old_value", "new_value", "old_comment",
        "new_comment"]
    assert audit.pks == ["office", "period", "indicator", "change"]
    assert [c.name for c in Database(store.conn)["change"].columns] == [
        "id", "changed_at", "changed_by", "source"]
    assert [c.name for c in Database(store.conn)["audit_log"].columns] == [
        "id", "office", "indicator", "period", "old_value", "new_value", "old_comment",
        "new_comment", "changed_at", "changed_by", "source"]


def test_a_new_database_uses_large_pages_and_the_write_ahead_log(store):
    assert store.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    assert Database(store.conn).journal_mode == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
