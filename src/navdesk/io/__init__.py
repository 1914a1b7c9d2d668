"""Files in and out: the municipality's exchange file (CSV) and the catalogue file.

Knows nothing of Qt; the window and the CLI call the same functions.
"""
