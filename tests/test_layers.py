"""The package's layers, read from the source: what may import what, no import cycle,
no module over 500 lines (docs/ARCHITECTURE.md draws the same map)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ("designer", "data", "backprop", "projects", "classroom", "metrics")
# What each layer may import from the app (the engine is open to every layer).
ALLOWED = {
    "core": {"core"},
    "compute": {"core", "compute"},
    "views": {"core", "compute", "views"},
    **{name: {"core", "compute", "views", name} for name in FEATURES},
    "app": {"core", "compute", "views", "app", *FEATURES},
}
MAX_LINES = 500


def _modules() -> dict[str, Path]:
    found = {}
    for package in ("engine", "playground"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The app's and engine's modules that ``name`` imports, anywhere in its code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {  # imports under "if TYPE_CHECKING:" are for annotations, not a dependency
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for stmt in node.body
        for inner in ast.walk(stmt)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        out.update(t for t in targets if t in MODULES and t != name)
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] == "engine":
        return "engine"
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else None


def test_each_layer_imports_only_the_layers_below_it():
    wrong = []
    for name, targets in GRAPH.items():
        layer = _layer(name)
        if layer == "engine":
            wrong += [f"{name} -> {t}" for t in targets if not t.startswith("engine")]
            continue
        if layer not in ALLOWED:
            continue  # playground/__init__ and __main__ start the app
        for target in targets:
            other = _layer(target)
            if other not in (None, "engine") and other not in ALLOWED[layer]:
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_there_is_no_import_cycle():
    seen: dict[str, int] = {}  # 1 on the current path, 2 done
    cycles = []

    def visit(name: str, path: list[str]) -> None:
        seen[name] = 1
        for target in sorted(GRAPH[name]):
            if seen.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in seen:
                visit(target, [*path, target])
        seen[name] = 2

    for name in sorted(GRAPH):
        if name not in seen:
            visit(name, [name])
    # A package's __init__ that imports its own modules is no cycle of features.
    assert [c for c in cycles if c.count(".") > 1] == []


def test_no_module_is_over_500_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in MODULES.values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_checker_sees_the_layers():
    # The tests above would pass on an empty graph: make sure they read the real one.
    assert "playground.core.session" in MODULES and "engine.trainer" in MODULES
    assert "playground.core.session" in GRAPH["playground.compute.worker"]
    assert _layer("playground.designer.network_view") == "designer"
