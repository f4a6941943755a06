"""The guides' window, the Help menu, and the app's own links to them."""
