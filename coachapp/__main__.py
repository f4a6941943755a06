"""`python -m coachapp` is the same program as the `coachapp` command."""

import sys

from coachapp.cli import main

sys.exit(main())
