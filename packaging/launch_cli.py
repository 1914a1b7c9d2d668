"""The bundle's console program: the same entry point as the installed ``navdesk-cli``."""
import sys

from navdesk.cli.main import main

sys.exit(main())
