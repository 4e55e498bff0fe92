"""Texts about reading hostile or damaged files safely: the problems of a parse stopped by
the limits of its child process (``planner.io.read.isolate``)."""

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "problem.read_memory_limit": (
        "le fichier {file} n'a pas pu être lu sans risque : sa lecture demandait plus de {megabytes} Mo de mémoire, la limite pour un fichier ; découpez-le en fichiers plus petits, ou demandez à l'administrateur de relever PLANNER_READ_MEMORY_MB",
        "the file {file} could not be read safely: reading it needed more than {megabytes} MB of memory, the limit for one file; split it into smaller files, or ask the administrator to raise PLANNER_READ_MEMORY_MB",
    ),
    "problem.read_time_limit": (
        "le fichier {file} n'a pas pu être lu sans risque : sa lecture a duré plus de {seconds} s, la limite pour un fichier ; découpez-le en fichiers plus petits, ou demandez à l'administrateur de relever PLANNER_READ_SECONDS",
        "the file {file} could not be read safely: reading it took more than {seconds} s, the limit for one file; split it into smaller files, or ask the administrator to raise PLANNER_READ_SECONDS",
    ),
    "problem.read_crashed": (
        "le fichier {file} n'a pas pu être lu sans risque : le lecteur de classeurs s'est arrêté ({detail}) ; enregistrez-le de nouveau depuis le tableur",
        "the file {file} could not be read safely: the workbook reader stopped ({detail}); save it again from the spreadsheet program",
    ),
}
