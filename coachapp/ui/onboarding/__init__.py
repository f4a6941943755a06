"""A new manager's way in: the first run, the first steps on Today, empty areas, the example."""
