"""Use cases over storage, with no Qt: the UI and the command line both call these."""
