"""The Qt window. Receives a Store from the composition root (``navdesk.app``); never
opens the database itself and never recomputes a figure the domain computes."""
