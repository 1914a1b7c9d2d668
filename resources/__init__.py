"""Data shipped with navdesk (installed as the package navdesk.resources)."""
