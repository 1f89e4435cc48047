"""Widgets that draw snapshots: the top bar, the output view, the loss chart, the rewind bar, Compare."""
