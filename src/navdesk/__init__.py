"""navdesk: monthly figures, goal card and municipal reporting for one NAV office."""

# The one version number: pyproject.toml reads it from here (no metadata lookup at start).
__version__ = "0.1.0"

APP_NAME = "navdesk"
