"""Entry point for `python main.py`: the same program as the `coachapp` command."""

import sys

from coachapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
