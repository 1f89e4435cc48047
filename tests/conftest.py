import os
import tempfile

# Qt tests need no screen: this must be set before any Qt module loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, recent files and autosaves of a test run go to a throwaway folder, never to
# the user's own (QStandardPaths and QSettings both follow XDG_* on Linux).
_home = tempfile.mkdtemp(prefix="nn-playground-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_home, _var.lower())
