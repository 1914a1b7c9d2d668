"""The office's concepts in plain Python: periods, units, the indicator catalogue,
aggregation over months and years, and the rules that check entered figures.

Nothing here knows about SQLite, files or Qt.
"""
