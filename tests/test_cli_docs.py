"""The README and CI agree: CI runs the README's test command verbatim, and every option the
README documents for the command line exists."""

from __future__ import annotations

import re
from pathlib import Path

from planner.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command_after(heading: str) -> str:
    """The single line of the first ```bash block after ``heading``."""
    block = re.search(re.escape(heading) + r".*?```bash\n(.*?)\n```", README, re.S)
    assert block, heading
    lines = block.group(1).splitlines()
    assert len(lines) == 1
    return lines[0]


def test_ci_runs_the_readme_test_command_verbatim():
    command = _command_after("Run the tests:")
    assert "pytest" in command and 'pip install -e ".[test]"' in command
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith(command) for line in ci_lines), command


def test_readme_app_command_starts_streamlit_on_app_py():
    command = _command_after("Run the app on the bundled sample")
    assert command.endswith("pip install -e . && streamlit run app.py")
    assert (ROOT / "app.py").exists() and (ROOT / "data" / "sample.xlsx").exists()


def _options(subcommand: str) -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "name")
    return {o for a in action.choices[subcommand]._actions for o in a.option_strings}


def test_every_option_the_readme_documents_exists():
    section = README.split("## The command line", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"(--[a-z][a-z-]+)", section))
    accepted = _options("solve") | _options("sample") | _options("validate")
    assert documented and documented <= accepted, documented - accepted
