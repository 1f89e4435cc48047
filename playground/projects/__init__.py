"""Files: open and save, autosave, exports, lessons and teacher mode."""
