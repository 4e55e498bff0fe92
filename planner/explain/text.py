"""The sentences of the explanations, in French and English, in one table per kind.

Code, tests and the interface share these tables so a rule is always worded the same way: each
rule of ``planner.domain.rules`` has one short user sentence and one label, each reason code a
headline, each ``binding`` token and each kind of miss a phrase. ``describe`` assembles them,
quoting the rule labels as the vocabulary, like a score analysis: ``seats — session S01 is
full``, ``places — la session S01 est complète``. The English labels are the rule names
themselves (also the words of the checker and the logs); French sentences use French words.
"""

from __future__ import annotations

from planner.domain import rules
from planner.domain.levels import EDUCATION, cefr_name
from planner.domain.outcomes import PersonReason, ReasonCode
from planner.domain.plan import Pathway
from planner.explain.grouping import group_tokens

LANGS = ("fr", "en")

RULE_SENTENCES: dict[str, dict[str, str]] = {
    rules.ONE_PATHWAY: {
        "fr": "Chaque personne suit au plus un parcours.",
        "en": "Each person follows at most one pathway.",
    },
    rules.ENTRY_REQUIREMENTS: {
        "fr": "On entre en session en remplissant ses prérequis (langues, compétences, études).",
        "en": "A person enters a session only if they meet its prerequisites "
        "(languages, skills, education).",
    },
    rules.ROLE_REQUIREMENTS: {
        "fr": "On prend un poste si le profil, après la session, remplit ses exigences.",
        "en": "A person takes a role only if their profile after the session meets its "
        "requirements.",
    },
    rules.SITE_FIT: {
        "fr": "La session et le poste sont à distance, sur le site de la personne, "
        "ou la personne est mobile.",
        "en": "The session and the role are remote, at the person's site, or the person is mobile.",
    },
    rules.DATES: {
        "fr": "La session se termine au plus tard à la prise de poste.",
        "en": "The session ends on or before the role starts.",
    },
    rules.SEATS: {
        "fr": "Une session n'accueille pas plus de personnes que de places.",
        "en": "A session never takes more people than its seats.",
    },
    rules.OPENINGS: {
        "fr": "Un poste ne reçoit pas plus de personnes que de postes ouverts.",
        "en": "A role never takes more people than its openings.",
    },
    rules.BUDGET: {
        "fr": "Les places et les ouvertures de sessions restent dans le budget.",
        "en": "Seats and session opening costs stay within the budget.",
    },
    rules.MIN_SIZE: {
        "fr": "Une session qui a lieu réunit au moins son effectif minimum.",
        "en": "A session that runs has at least its minimum size.",
    },
    rules.LOCKS: {
        "fr": "Un parcours fixé par l'utilisateur est respecté.",
        "en": "A pathway locked by the user is kept.",
    },
    rules.BANS: {
        "fr": "Un parcours interdit par l'utilisateur n'est jamais attribué.",
        "en": "A pathway banned by the user is never given.",
    },
    "unknown_id": {
        "fr": "Le plan ne cite que des personnes, sessions et postes existants.",
        "en": "A plan names only existing people, sessions and roles.",
    },
}

RULE_LABELS: dict[str, dict[str, str]] = {
    rules.ONE_PATHWAY: {"fr": "un seul parcours", "en": rules.ONE_PATHWAY},
    rules.ENTRY_REQUIREMENTS: {"fr": "prérequis", "en": rules.ENTRY_REQUIREMENTS},
    rules.ROLE_REQUIREMENTS: {"fr": "exigences du poste", "en": rules.ROLE_REQUIREMENTS},
    rules.SITE_FIT: {"fr": "site", "en": rules.SITE_FIT},
    rules.DATES: {"fr": "dates", "en": rules.DATES},
    rules.SEATS: {"fr": "places", "en": rules.SEATS},
    rules.OPENINGS: {"fr": "postes ouverts", "en": rules.OPENINGS},
    rules.BUDGET: {"fr": "budget", "en": rules.BUDGET},
    rules.MIN_SIZE: {"fr": "effectif minimum", "en": rules.MIN_SIZE},
    rules.LOCKS: {"fr": "verrouillages", "en": rules.LOCKS},
    rules.BANS: {"fr": "interdictions", "en": rules.BANS},
}

HEADLINES: dict[ReasonCode, dict[str, str]] = {
    ReasonCode.PLACED: {"fr": "Placé·e : {pathway}.", "en": "Placed: {pathway}."},
    ReasonCode.LOCKED: {
        "fr": "Parcours fixé ({rule}) : {pathway}.",
        "en": "Locked pathway ({rule}): {pathway}.",
    },
    ReasonCode.NO_ADMISSIBLE_PATHWAY: {
        "fr": "Non placé·e : aucun parcours admissible.",
        "en": "Not placed: no admissible pathway.",
    },
    ReasonCode.ALL_BANNED: {
        "fr": "Non placé·e : tous ses parcours admissibles sont interdits ({rule}).",
        "en": "Not placed: every admissible pathway is banned ({rule}).",
    },
    ReasonCode.OUTCOMPETED: {
        "fr": "Non placé·e : des parcours sont admissibles, mais leur capacité est allée "
        "à des personnes classées avant.",
        "en": "Not placed: pathways are admissible, but their capacity went to people "
        "ranked first.",
    },
}

BINDING: dict[str, dict[str, str]] = {
    rules.SEATS: {
        "fr": "{rule} — la session {id} est complète",
        "en": "{rule} — session {id} is full",
    },
    rules.OPENINGS: {
        "fr": "{rule} — le poste {id} est pourvu",
        "en": "{rule} — role {id} is filled",
    },
    rules.BUDGET: {
        "fr": "{rule} — le budget restant ne paie pas une place de plus",
        "en": "{rule} — the remaining budget cannot pay one more seat",
    },
    rules.MIN_SIZE: {
        "fr": "{rule} — la session {id} n'a pas lieu ; l'ouvrir demande son effectif minimum",
        "en": "{rule} — session {id} does not run; opening it needs its minimum size",
    },
    "not_optimal": {
        "fr": "rien ne ferme un de ses parcours : le plan n'est pas optimal "
        "(optimisation arrêtée avant la fin)",
        "en": "nothing closes one of the pathways: the plan is not optimal "
        "(the solver stopped early)",
    },
    "no_plan": {"fr": "aucun plan n'a été trouvé", "en": "no plan was found"},
}

BINDING_MANY: dict[str, dict[str, str]] = {
    rules.SEATS: {
        "fr": "{rule} — {n} sessions complètes : {ids}",
        "en": "{rule} — {n} sessions are full: {ids}",
    },
    rules.OPENINGS: {
        "fr": "{rule} — {n} postes pourvus : {ids}",
        "en": "{rule} — {n} roles are filled: {ids}",
    },
    rules.MIN_SIZE: {
        "fr": "{rule} — {n} sessions n'ont pas lieu et demandent leur effectif "
        "minimum pour ouvrir : {ids}",
        "en": "{rule} — {n} sessions do not run and need their minimum size to open: {ids}",
    },
}
BINDING_ORDER = (
    "no_plan",
    "not_optimal",
    rules.BUDGET,
    rules.SEATS,
    rules.OPENINGS,
    rules.MIN_SIZE,
)

MISSES: dict[str, dict[str, str]] = {
    "language": {
        "fr": "langue {code} {need} requise par {target}, niveau actuel {have}",
        "en": "language {code} {need} required by {target}, has {have}",
    },
    "skill": {
        "fr": "compétence {code} niveau {need} requise par {target}, niveau actuel {have}",
        "en": "skill {code} level {need} required by {target}, has {have}",
    },
    "education": {
        "fr": "niveau d'études {need} requis par {target}, actuel {have}",
        "en": "education {need} required by {target}, has {have}",
    },
    "site": {
        "fr": "{target} est à {code}, hors du site de la personne, non mobile",
        "en": "{target} is at {code}, not the person's site, and the person is not mobile",
    },
    "dates": {
        "fr": "{target} commence avant la fin de la session {code}",
        "en": "{target} starts before session {code} ends",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "direct": {
        "fr": "poste {role} (redéploiement direct)",
        "en": "role {role} (direct redeployment)",
    },
    "via": {"fr": "session {cohort} puis poste {role}", "en": "session {cohort} then role {role}"},
    "wish": {"fr": "Vœu n°{rank} exaucé.", "en": "Wish #{rank} fulfilled."},
    "no_wish": {"fr": "Ne correspond à aucun de ses vœux.", "en": "Fulfils none of their wishes."},
    "senior": {
        "fr": "Senior (ancienneté au-dessus du seuil).",
        "en": "Senior (tenure at or above the threshold).",
    },
    "met": {"fr": "Exigences remplies : {items}.", "en": "Requirements met: {items}."},
    "nearest": {"fr": "Manque le plus proche : {items}.", "en": "Nearest miss: {items}."},
    "no_role": {"fr": "Aucun poste dans les données.", "en": "No role in the data."},
    "binding": {
        "fr": "Ce qui ferme ses parcours : {items}.",
        "en": "What closes the pathways: {items}.",
    },
    "alternatives": {
        "fr": "Parcours admissibles : {items}.",
        "en": "Admissible pathways: {items}.",
    },
    "other": {
        "fr": "Autres parcours possibles : {items}.",
        "en": "Other possible pathways: {items}.",
    },
    "banned": {
        "fr": "Parcours admissibles mais interdits : {items}.",
        "en": "Admissible but banned pathways: {items}.",
    },
    "more": {"fr": "et {n} autres", "en": "and {n} more"},
}

SHOWN = 6  # items listed in a sentence before "and N more"


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    return lang


def rule_sentence(rule: str, lang: str = "fr") -> str:
    """The user sentence of one rule (``planner.domain.rules`` names, plus ``unknown_id``)."""
    return RULE_SENTENCES[rule][_lang(lang)]


def rule_label(rule: str, lang: str = "fr") -> str:
    """How a rule is named in ``lang``: ``places`` in French for ``seats``; a name without a
    label (not one of ``planner.domain.rules``) is shown as it is."""
    return RULE_LABELS.get(rule, {}).get(_lang(lang), rule)


def pathway_text(p: Pathway, lang: str = "fr") -> str:
    if p.cohort_id is None:
        return WORDS["direct"][_lang(lang)].format(role=p.role_id)
    return WORDS["via"][_lang(lang)].format(cohort=p.cohort_id, role=p.role_id)


def binding_text(token: str, lang: str = "fr") -> str:
    """``seats:S01`` -> ``places — la session S01 est complète``."""
    rule, _, target = token.partition(":")
    return BINDING[rule][_lang(lang)].format(rule=rule_label(rule, lang), id=target)


def binding_summary(tokens: tuple[str, ...], lang: str = "fr") -> list[str]:
    """One phrase per rule: ``places — 45 sessions complètes : S01, S02, … et 39 autres``.

    A person who could go to hundreds of full sessions gets one readable phrase, not hundreds.
    An outcompeted person at 90,000 agents has thousands of tokens, and every export describes
    every person, so tokens are grouped and trimmed before anything is formatted.
    """
    lang = _lang(lang)
    groups = group_tokens(tokens, BINDING, BINDING_MANY, SHOWN)
    out = []
    for rule in sorted(groups, key=lambda r: (BINDING_ORDER + (r,)).index(r)):
        count, ids = groups[rule]
        if count > 1 and rule in BINDING_MANY:
            shown = ", ".join(ids[:SHOWN])
            if count > SHOWN:
                shown += " " + WORDS["more"][lang].format(n=count - SHOWN)
            out.append(
                BINDING_MANY[rule][lang].format(rule=rule_label(rule, lang), n=count, ids=shown)
            )
        else:
            out += [binding_text(f"{rule}:{i}" if i else rule, lang) for i in ids]
    return out


def miss_text(miss: rules.Miss, lang: str = "fr") -> str:
    """One unmet requirement, prefixed by its rule label."""
    need, have = miss.need, miss.have
    if miss.kind == "language":
        need, have = cefr_name(need), cefr_name(have)
    elif miss.kind == "education":
        need, have = _education(need), _education(have)
    text = MISSES[miss.kind][_lang(lang)].format(
        code=miss.code, need=need, have=have, target=miss.target_id
    )
    return f"{rule_label(miss.rule, lang)} — {text}"


def _education(level: int) -> str:
    return EDUCATION[level] if 0 <= level < len(EDUCATION) else str(level)


def listing(items: list[str], lang: str, total: int | None = None) -> str:
    """Join items with semicolons, the first ``SHOWN`` only, then "and N more" (``total``:
    how many there are when the caller formatted only the first ``SHOWN``)."""
    total = len(items) if total is None else total
    text = (" ; " if lang == "fr" else "; ").join(items[:SHOWN])
    if total > SHOWN:
        text += " " + WORDS["more"][lang].format(n=total - SHOWN)
    return text


def describe(reason: PersonReason, lang: str = "fr") -> str:
    """One paragraph explaining a person's outcome, in French (default) or English."""
    lang = _lang(lang)
    code = reason.code
    pathway = pathway_text(reason.pathway, lang) if reason.pathway else ""
    rule = rule_label(_rule_of(code), lang)
    parts = [HEADLINES[code][lang].format(pathway=pathway, rule=rule)]
    if code in (ReasonCode.PLACED, ReasonCode.LOCKED):
        parts += _placed_parts(reason, lang)
    elif code == ReasonCode.NO_ADMISSIBLE_PATHWAY:
        parts.append(_nearest_part(reason, lang))
    elif code == ReasonCode.ALL_BANNED:
        parts.append(_paths("banned", reason.alternatives, lang))
    else:
        parts.append(
            WORDS["binding"][lang].format(
                items=listing(binding_summary(reason.binding, lang), lang)
            )
        )
        parts.append(_paths("alternatives", reason.alternatives, lang))
    if reason.senior:
        parts.append(WORDS["senior"][lang])
    return " ".join(p for p in parts if p)


def _rule_of(code: ReasonCode) -> str:
    return rules.LOCKS if code == ReasonCode.LOCKED else rules.BANS


def _placed_parts(reason: PersonReason, lang: str) -> list[str]:
    parts = []
    if reason.wish_rank is None:
        parts.append(WORDS["no_wish"][lang])
    else:
        parts.append(WORDS["wish"][lang].format(rank=reason.wish_rank + 1))
    if reason.met:
        parts.append(WORDS["met"][lang].format(items=listing(list(reason.met), lang)))
    parts.append(_paths("other", reason.alternatives, lang))
    return parts


def _nearest_part(reason: PersonReason, lang: str) -> str:
    if not reason.nearest_miss:
        return WORDS["no_role"][lang]
    items = [miss_text(m, lang) for m in reason.nearest_miss[:SHOWN]]
    return WORDS["nearest"][lang].format(items=listing(items, lang, len(reason.nearest_miss)))


def _paths(word: str, paths: tuple[Pathway, ...], lang: str) -> str:
    if not paths:
        return ""
    items = [pathway_text(p, lang) for p in paths[:SHOWN]]
    return WORDS[word][lang].format(items=listing(items, lang, len(paths)))
