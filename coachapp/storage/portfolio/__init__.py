"""The coach's portfolio: coachees' exports read in, and the coach's notes on them, in a SQLite
file of its own beside the journal (`portfolio.db`), never in the coach's journal."""
