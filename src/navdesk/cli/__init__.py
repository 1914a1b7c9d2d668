"""``navdesk-cli``: the same operations as the window, for scripts and a terminal."""
