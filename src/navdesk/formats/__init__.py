"""File formats only: how navdesk's files are written and read (the exchange file, the
catalogue file, the goal-card template; CSV now, workbooks later). Readers yield rows;
the domain decides what a row means. No Qt, no read models (those are in ``present``).
"""
