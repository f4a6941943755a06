"""Entry point for `python main.py`, and of the PyInstaller bundle (build.spec): the same program
as the `coachapp` command."""

import os
import sys

from coachapp.cli import main


def _give_streams() -> None:
    """A windowed executable (Windows GUI build, pythonw) starts with sys.stdout and sys.stderr
    set to None, and `print` or a traceback would then raise: send them to the null device.
    The log file (coachapp.logs) is where a windowed app reports."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115, PTH123


if __name__ == "__main__":
    _give_streams()
    sys.exit(main())
