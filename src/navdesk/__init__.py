"""navdesk: monthly figures, goal card and municipal reporting for one NAV office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("navdesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

APP_NAME = "navdesk"
