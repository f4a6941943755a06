"""A new manager's way in: the first steps done, the journal's activity, the team typed at once,
the manager's context."""
