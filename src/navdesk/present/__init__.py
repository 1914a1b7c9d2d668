"""Read models and presenters: what a goal card, a breakdown table, a trend picture, a
month's status and the status report show, gathered from the store and formatted once,
so the window, the command line, the PDF and the files lay out the same strings.
No Qt.
"""
