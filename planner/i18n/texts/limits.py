"""Texts about ids, numbers and dates outside sane limits: ``problem.<code>`` and
``expected.<key>`` of the codes in ``planner.domain.limits``. The limits are written from
the constants themselves, so a text never states a limit the check does not apply."""

from planner.domain import limits


def _fr(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def _en(number: int) -> str:
    return f"{number:,}"


_FIRST, _LAST = limits.FIRST_YEAR, limits.LAST_YEAR

# ruff: noqa: E501
TEXTS: dict[str, tuple[str, str]] = {
    "problem.over_limit": (
        "la valeur dépasse la limite du planificateur",
        "the value is over the planner's limit",
    ),
    "problem.date_out_of_range": (
        f"la date est hors de la période {_FIRST}–{_LAST}",
        f"the date is outside the years {_FIRST}–{_LAST}",
    ),
    "problem.ambiguous_number": (
        "lu comme {read} (la virgule ou le point y marque les décimales), et non comme {thousands}",
        "read as {read} (the comma or point taken as the decimal mark), not as {thousands}",
    ),
    "problem.costs_over_limit": (
        "toutes les sessions pleines coûteraient {total} MAD (places × coût par place + coût d'ouverture), dont {amount} MAD pour cette session",
        "all sessions full would cost {total} MAD (seats × cost per seat + opening cost), {amount} MAD of it for this session",
    ),
    "problem.id_hidden_character": (
        "l'identifiant contient un caractère invisible ou de contrôle ({chars})",
        "the id holds an invisible or control character ({chars})",
    ),
    "problem.id_boolean": (
        "une case vrai/faux n'est pas un identifiant",
        "a true/false cell is not an id",
    ),
    "problem.id_digits": (
        "ce nombre a plus de {limit} chiffres significatifs : Excel n'en garde que {limit}, les autres sont perdus",
        "this number has more than {limit} significant digits: Excel keeps only {limit}, the rest are lost",
    ),
    "problem.duplicate_id_variant": (
        "l'identifiant est le même que « {other} » de la ligne {first} une fois ignorés la casse, les espaces, la largeur des caractères et les caractères invisibles",
        "the id is the same as '{other}' on row {first} once case, spaces, character width and invisible characters are ignored",
    ),
    "expected.at most mad": (
        f"un montant d'au plus {_fr(limits.MAX_MAD)} MAD",
        f"an amount of at most {_en(limits.MAX_MAD)} MAD",
    ),
    "expected.at most count": (
        f"un nombre entier d'au plus {_fr(limits.MAX_COUNT)}",
        f"a whole number of at most {_en(limits.MAX_COUNT)}",
    ),
    "expected.at most weeks": (
        f"au plus {limits.MAX_WEEKS} semaines (dix ans)",
        f"at most {limits.MAX_WEEKS} weeks (ten years)",
    ),
    "expected.at most years": (
        f"au plus {limits.MAX_YEARS} ans",
        f"at most {limits.MAX_YEARS} years",
    ),
    "expected.date in range": (
        f"une date entre le 01/01/{_FIRST} et le 31/12/{_LAST}",
        f"a date from {_FIRST}-01-01 to {_LAST}-12-31",
    ),
    "expected.visible id": (
        "un identifiant fait de caractères visibles ; retapez-le",
        "an id of visible characters only; type it again",
    ),
    "expected.id as text": (
        "un identifiant écrit en texte (colonne au format Texte), par exemple AG00012",
        "an id written as text (column formatted as Text), for example AG00012",
    ),
    "expected.total costs": (
        f"un total d'au plus {_fr(limits.MAX_MAD)} MAD : vérifiez les places et les coûts",
        f"a total of at most {_en(limits.MAX_MAD)} MAD: check the seats and costs",
    ),
    "expected.plain number": (
        "pour {thousands}, écrivez {thousands} sans séparateur",
        "for {thousands}, write {thousands} with no separator",
    ),
}
