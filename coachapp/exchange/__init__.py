"""Files that leave the app or come into it: calendar files, exports, imports."""
