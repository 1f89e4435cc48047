"""The network view and its editing: drag and drop, links, undoable topology edits."""
