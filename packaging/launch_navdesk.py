"""The bundle's windowed program: the same entry point as the installed ``navdesk``."""
import sys

from navdesk.app import main

sys.exit(main())
