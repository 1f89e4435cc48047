import os

# Qt tests need no screen: this must be set before any Qt module loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
