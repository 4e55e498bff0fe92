"""The package's shape: no module reaches into another's private names.

The layering itself (which step may import which) is import-linter's contracts in
pyproject.toml, run by CI as ``lint-imports``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("planner/**/*.py"), *ROOT.glob("app_pages/*.py"), ROOT / "app.py"])


def _private_imports(path: Path) -> list[str]:
    """``from planner.x import _y`` and ``module._y`` on an imported planner module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("planner"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{path.name}:{node.lineno} imports {alias.name}")
                modules.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{path.name}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def test_no_private_name_is_used_across_modules():
    found = [line for path in SOURCES for line in _private_imports(path)]
    assert found == []


def test_the_private_name_scan_finds_one(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("from planner.solver import model\nfrom planner.x import _y\nmodel._z\n")
    assert _private_imports(sample) == ["m.py:2 imports _y", "m.py:3 uses model._z"]
