"""Command line: ``python -m planner solve|validate|sample`` (the PRODUCT.md contract).

Exit codes: 0 a plan was written (even one that places nobody, or an infeasible request whose
status is in summary.json) or the input is valid; 2 invalid input (every problem listed) or a
bad option; 1 an unexpected internal error (one line, never a traceback, never a name);
130 aborted with Ctrl-C. ``PLANNER_DEBUG=1`` shows the traceback of an internal error
(developers only: it may quote data). Terminal sentences are English unless ``--lang fr``;
the output files are French unless ``--lang en``.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from planner import i18n
from planner.cli.inputs import load_inputs
from planner.cli.solve import run_solver
from planner.cli.text import money, say
from planner.domain.limits import MAX_MAD
from planner.domain.outcomes import SolveResult
from planner.domain.problems import Severity
from planner.domain.records import Dataset
from planner.export.outputs import UnsafeFolderError, check_out_dir
from planner.io.read import safety
from planner.load.workbook import LoadResult

DEFAULT_TIME_LIMIT = 30.0
TERMINAL_LANG = "en"
FILES_LANG = "fr"
KEEP = object()  # --budget not given: the settings sheet's budget stands


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand and return its exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error argparse already explained
        return exit_.code if isinstance(exit_.code, int) else 2
    lang = args.lang or TERMINAL_LANG
    try:
        return args.command(args)
    except KeyboardInterrupt:
        print(say(lang, "interrupted"), file=sys.stderr)
        return 130
    except UnsafeFolderError as exc:  # an output or key folder the planner must not write to
        print(i18n.t(exc.key, lang, **exc.values), file=sys.stderr)
        return 2
    except OSError as exc:
        where = exc.filename or "?"
        print(
            say(lang, "os_error", path=where, reason=exc.strerror or type(exc).__name__),
            file=sys.stderr,
        )
        return 1
    except Exception as exc:  # the promise is one line, no traceback, no personal data
        if os.environ.get("PLANNER_DEBUG"):
            raise
        print(say(lang, "unexpected", kind=type(exc).__name__), file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    module = Path(sys.argv[0]).name == "__main__.py"
    parser = argparse.ArgumentParser(
        prog="python -m planner" if module else "planner",
        description="Reconversion planner: who goes to which training session, then which role.",
    )
    commands = parser.add_subparsers(dest="name", required=True, metavar="COMMAND")
    _solve_parser(commands)
    check = commands.add_parser(
        "validate",
        help="list every problem of a workbook",
        description="List every problem (errors and warnings); exit 2 if there is any error.",
    )
    _input_arguments(check)
    check.set_defaults(command=validate_command)
    _sample_parser(commands)
    return parser


def _input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help="a workbook (.xlsx), a .zip of CSV files, one .csv per sheet, "
        "or a folder of .csv files",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="language of messages (default en) and output files (default fr)",
    )


def _solve_parser(commands) -> None:
    solve = commands.add_parser(
        "solve",
        help="plan and write plan.xlsx, assignments.csv, summary.json",
        description="Solve and export.",
    )
    _input_arguments(solve)
    solve.add_argument("--out", required=True, type=Path, metavar="DIR")
    solve.add_argument(
        "--time-limit",
        type=_positive,
        default=DEFAULT_TIME_LIMIT,
        metavar="S",
        help=f"seconds of search (default {DEFAULT_TIME_LIMIT:g})",
    )
    solve.add_argument(
        "--budget",
        type=_budget,
        default=KEEP,
        metavar="MAD",
        help="overrides the settings budget; 'none' removes the limit",
    )
    solve.add_argument("--seed", type=_seed, default=0, metavar="N")
    solve.add_argument(
        "--pseudonymise",
        action="store_true",
        help="no names, keyed pseudonyms, tenure in bands, sites only in groups of 5; the key "
        "table goes to a new private folder next to DIR",
    )
    solve.add_argument(
        "--key-dir",
        type=Path,
        default=None,
        metavar="KEYS",
        help="with --pseudonymise: make the key table's folder in KEYS instead",
    )
    solve.add_argument(
        "--rosters-by",
        choices=("provider", "track"),
        default=None,
        help="also write one roster workbook per provider or track",
    )
    solve.add_argument("--arrivals", action="store_true", help="also write the arrival lists")
    solve.add_argument("--csv-dialect", choices=("standard", "excel_fr"), default="standard")
    solve.add_argument(
        "--quiet", action="store_true", help="print errors only (no warnings, progress or summary)"
    )
    solve.set_defaults(command=solve_command)


def _sample_parser(commands) -> None:
    sample = commands.add_parser(
        "sample",
        help="write a realistic synthetic workbook",
        description="Write a synthetic workbook shaped like the Moroccan contact-centre sector.",
    )
    sample.add_argument("--employees", required=True, type=_employees, metavar="N")
    sample.add_argument("--seed", type=_seed, default=0, metavar="S")
    sample.add_argument("--out", required=True, type=_xlsx_path, metavar="FILE.xlsx")
    sample.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="header language of the workbook (default fr)",
    )
    sample.set_defaults(command=sample_command)


def _positive(text: str) -> float:
    value = _number(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {text!r}")
    return value


def _budget(text: str) -> float | None:
    if text.strip().lower() in ("none", "unlimited", "aucun", "illimité"):
        return None
    value = _number(text)
    if not 0 <= value <= MAX_MAD:
        raise argparse.ArgumentTypeError(
            f"expected an amount in MAD from 0 to {MAX_MAD:,}, got {text!r}"
        )
    return value + 0.0  # -0 reads 0


def _number(text: str) -> float:
    try:
        value = float(text.replace(" ", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 0 <= value < 2**31:
        raise argparse.ArgumentTypeError(f"expected 0 <= N < 2^31, got {text!r}")
    return value


def _employees(text: str) -> int:
    value = _seed(text)
    if not 1 <= value < safety.MAX_ROWS:
        raise argparse.ArgumentTypeError(
            f"expected 1 <= N < {safety.MAX_ROWS} (the row limit of an import), got {text!r}"
        )
    return value


def _xlsx_path(text: str) -> Path:
    if not text.lower().endswith(".xlsx"):
        raise argparse.ArgumentTypeError(f"expected a file name ending in .xlsx, got {text!r}")
    return Path(text)


def print_problems(result: LoadResult, lang: str, stream, warnings: bool = True) -> None:
    for problem in result.problems:
        if warnings or problem.severity == Severity.ERROR:
            print(i18n.describe_problem(problem, lang, as_written=True), file=stream)


def validate_command(args: argparse.Namespace) -> int:
    lang = args.lang or TERMINAL_LANG
    result, source = load_inputs(args.input, lang)
    if result is None:
        return 2
    print_problems(result, lang, sys.stdout)
    errors, warnings = len(result.errors), len(result.warnings)
    if result.problems:
        print(say(lang, "problems", errors=errors, warnings=warnings, source=source))
    if not result.ok or result.dataset is None:
        print(say(lang, "invalid", source=source))
        return 2
    data = result.dataset
    print(
        say(
            lang,
            "valid",
            source=source,
            employees=len(data.employees),
            cohorts=len(data.cohorts),
            roles=len(data.roles),
        )
    )
    return 0


def solve_command(args: argparse.Namespace) -> int:
    lang = args.lang or TERMINAL_LANG
    result, source = load_inputs(args.input, lang)
    if result is None:
        return 2
    print_problems(result, lang, sys.stderr, warnings=not args.quiet)
    if not result.ok or result.dataset is None:
        print(say(lang, "invalid", source=source), file=sys.stderr)
        return 2
    check_out_dir(
        args.out,
        args.lang or FILES_LANG,
        arrivals=args.arrivals,
        pseudonymise=args.pseudonymise,
        key_dir=args.key_dir,
    )
    dataset = with_budget(result.dataset, args.budget)
    return run_solver(dataset, args, lang, args.lang or FILES_LANG, print_summary)


def with_budget(dataset: Dataset, budget: object) -> Dataset:
    """The dataset with ``--budget`` in place of the settings sheet's budget, when given."""
    if budget is KEEP:
        return dataset
    return replace(dataset, settings=replace(dataset.settings, budget_mad=budget))


def print_summary(lang: str, dataset: Dataset, result: SolveResult, written: dict) -> None:
    budget = dataset.settings.budget_mad
    lines = [
        say(
            lang,
            "status",
            termination=result.termination.value,
            sentence=_termination_sentence(lang, dataset, result),
        ),
        say(
            lang,
            "placed",
            placed=result.placed,
            employees=len(dataset.employees),
            bound=result.upper_bound_placed,
        ),
        say(
            lang,
            "cost",
            cost=money(result.cost_mad),
            budget=say(lang, "no_limit") if budget is None else f"{money(budget)} MAD",
        ),
        say(lang, "sessions", count=len(result.cohorts_run)),
        say(lang, "seconds", seconds=result.solve_seconds),
    ]
    lines += [say(lang, "conflict", text=c) for c in result.conflicts]
    lines += [
        say(lang, role if role in ("key", "key_table") else "written", path=path)
        for role, path in written.items()
    ]
    print("\n".join(lines))


def _termination_sentence(lang: str, dataset: Dataset, result: SolveResult) -> str:
    """The app's sentence for this plan (its status first), in the terminal's language."""
    return i18n.status_sentence(
        result.termination,
        result.placed,
        result.upper_bound_placed,
        len(dataset.employees),
        result.solve_seconds,
        lang,
    )


def sample_command(args: argparse.Namespace) -> int:
    from planner.io.write.workbook import write_workbook
    from planner.sample.synthetic import generate

    dataset = generate(args.employees, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_workbook(dataset, args.out, lang=args.lang or FILES_LANG)
    print(
        say(
            args.lang or TERMINAL_LANG,
            "sample",
            path=args.out,
            employees=len(dataset.employees),
            cohorts=len(dataset.cohorts),
            roles=len(dataset.roles),
        )
    )
    return 0
