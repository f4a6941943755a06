"""The guides inside the app: the management model (a page per pillar) and the user guide."""
