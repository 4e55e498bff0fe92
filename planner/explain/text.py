"""The explanation paragraph of a person, assembled from the catalogue's sentences.

Every rule of ``planner.domain.rules`` has one user sentence (``rule.<rule>``) and one label
(``rule_label.<rule>``) in ``planner.i18n``, each reason code a headline, each ``binding``
token and each kind of miss a phrase. ``describe`` assembles them, quoting the rule labels as
the vocabulary, like a score analysis: ``seats — session S01 is full``, ``places — la session
S01 est complète``. The English labels are the rule names themselves (also the words of the
checker and the logs); French sentences use French words.
"""

from __future__ import annotations

from planner import i18n
from planner.domain import rules
from planner.domain.levels import EDUCATION, cefr_name
from planner.domain.outcomes import PersonReason, ReasonCode
from planner.domain.plan import Pathway
from planner.explain.closure_text import closure_text
from planner.explain.grouping import group_tokens

LANGS = ("fr", "en")

# Binding tokens with a phrase (``binding.<rule>``), in the order the phrases are listed.
BINDING = ("no_plan", "not_optimal", rules.BUDGET, rules.SEATS, rules.OPENINGS, rules.MIN_SIZE)
# Tokens that qualify the whole plan: when first, they are the headline.
QUALIFIERS = ("no_plan", "not_optimal")
CLOSED = (ReasonCode.NOT_OPENED, ReasonCode.OUTCOMPETED)
# Those with a grouped phrase for several targets (``binding_many.<rule>``).
BINDING_MANY = (rules.SEATS, rules.OPENINGS, rules.MIN_SIZE)

SHOWN = 6  # items listed in a sentence before "and N more"


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    return lang


def rule_sentence(rule: str, lang: str = "fr") -> str:
    """The user sentence of one rule (``planner.domain.rules`` names, plus ``unknown_id``)."""
    key = f"rule.{rule}"
    if not i18n.known(key):
        raise KeyError(rule)
    return i18n.t(key, _lang(lang))


def rule_label(rule: str, lang: str = "fr") -> str:
    """How a rule is named in ``lang``: ``places`` in French for ``seats``; a name without a
    label (not one of ``planner.domain.rules``) is shown as it is."""
    key = f"rule_label.{rule}"
    return i18n.t(key, _lang(lang)) if i18n.known(key) else rule


def pathway_text(p: Pathway, lang: str = "fr") -> str:
    if p.cohort_id is None:
        return i18n.t("explain.direct", _lang(lang), role=p.role_id)
    return i18n.t("explain.via", _lang(lang), cohort=p.cohort_id, role=p.role_id)


def binding_text(token: str, lang: str = "fr") -> str:
    """``seats:S01`` -> ``places — la session S01 est complète``."""
    rule, _, target = token.partition(":")
    return i18n.t(f"binding.{rule}", _lang(lang), rule=rule_label(rule, lang), id=target)


def binding_summary(tokens: tuple[str, ...], lang: str = "fr") -> list[str]:
    """One phrase per rule: ``places — 45 sessions complètes : S01, S02, … et 39 autres``.

    A person who could go to hundreds of full sessions gets one readable phrase, not hundreds.
    An outcompeted person at 90,000 agents has thousands of tokens, and every export describes
    every person, so tokens are grouped and trimmed before anything is formatted.
    """
    lang = _lang(lang)
    groups = group_tokens(tokens, BINDING, BINDING_MANY, SHOWN)
    out = []
    for rule in sorted(groups, key=lambda r: (BINDING + (r,)).index(r)):
        count, ids = groups[rule]
        if count > 1 and rule in BINDING_MANY:
            shown = ", ".join(ids[:SHOWN])
            if count > SHOWN:
                shown += " " + i18n.t("explain.more", lang, n=count - SHOWN)
            label = rule_label(rule, lang)
            out.append(i18n.t(f"binding_many.{rule}", lang, rule=label, n=count, ids=shown))
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
    text = i18n.t(
        f"miss.{miss.kind}",
        _lang(lang),
        code=miss.code,
        need=need,
        have=have,
        target=miss.target_id,
    )
    return f"{rule_label(miss.rule, lang)} — {text}"


def _education(level: int) -> str:
    return EDUCATION[level] if 0 <= level < len(EDUCATION) else str(level)


def listing(items: list[str], lang: str, total: int | None = None) -> str:
    """Join items with semicolons, the first ``SHOWN`` only, then "and N more" (``total``:
    how many there are when the caller formatted only the first ``SHOWN``)."""
    total = len(items) if total is None else total
    text = i18n.t("explain.separator", lang).join(items[:SHOWN])
    if total > SHOWN:
        text += " " + i18n.t("explain.more", lang, n=total - SHOWN)
    return text


def describe(reason: PersonReason, lang: str = "fr") -> str:
    """One paragraph explaining a person's outcome, in French (default) or English."""
    lang = _lang(lang)
    code = reason.code
    pathway = pathway_text(reason.pathway, lang) if reason.pathway else ""
    rule = rule_label(_rule_of(code), lang)
    parts = [i18n.t(_headline(reason), lang, pathway=pathway, rule=rule)]
    if code in (ReasonCode.PLACED, ReasonCode.LOCKED):
        parts += _placed_parts(reason, lang)
    elif code == ReasonCode.NO_ADMISSIBLE_PATHWAY:
        parts.append(_nearest_part(reason, lang))
    elif code == ReasonCode.ALL_BANNED:
        parts.append(_paths("banned", reason.alternatives, lang))
    else:
        parts.append(_closed_part(reason, lang))
        parts.append(_paths("alternatives", reason.alternatives, lang))
    if reason.senior:
        parts.append(i18n.t("explain.senior", lang))
    return " ".join(p for p in parts if p)


def _headline(reason: PersonReason) -> str:
    """The reason code's headline, or the plan's qualifier (no plan, not optimal) when it comes
    first: then no capacity is the cause, and saying so first is honest."""
    first = reason.binding[0] if reason.binding else ""
    if reason.code in CLOSED and first in QUALIFIERS:
        return f"headline.{first}"
    return f"headline.{reason.code.value}"


def _closed_part(reason: PersonReason, lang: str) -> str:
    """What closes the pathways: each closure with its figures, in the order explain chose
    (the binding cause first); tokens alone when the reason carries no closures."""
    tokens = tuple(t for t in reason.binding if t.partition(":")[0] not in QUALIFIERS)
    if not tokens:
        return ""
    if not reason.closures:
        return i18n.t("explain.binding", lang, items=listing(binding_summary(tokens, lang), lang))
    groups = group_tokens(tokens, BINDING, BINDING_MANY, SHOWN)
    items, closures = [], reason.closures
    for i, closure in enumerate(closures):
        rule = closure.rule
        items.append(closure_text(closure, rule_label(rule, lang), lang))
        if i + 1 == len(closures) or closures[i + 1].rule != rule:
            told = sum(c.rule == rule for c in closures)
            more = groups.get(rule, (told, []))[0] - told
            if more > 0:
                label = rule_label(rule, lang)
                items.append(i18n.t(f"closure_more.{rule}", lang, rule=label, n=more))
    text = i18n.t("explain.binding", lang, items=i18n.t("explain.separator", lang).join(items))
    if any(c.by_count for c in closures):
        text += " " + i18n.t("explain.by_count", lang)
    return text


def _rule_of(code: ReasonCode) -> str:
    return rules.LOCKS if code == ReasonCode.LOCKED else rules.BANS


def _placed_parts(reason: PersonReason, lang: str) -> list[str]:
    parts = []
    if reason.wish_rank is None:
        parts.append(i18n.t("explain.no_wish", lang))
    else:
        parts.append(i18n.t("explain.wish", lang, rank=reason.wish_rank + 1))
    parts += _met_parts(reason, lang)
    parts.append(_paths("other", reason.alternatives, lang))
    return parts


def _met_parts(reason: PersonReason, lang: str) -> list[str]:
    """The requirements met, the session's (current levels) apart from the role's (levels
    after the session, beside a profile that shows the levels before it)."""
    cohort = reason.pathway.cohort_id if reason.pathway else None
    mine = f"{cohort}: "
    entry = [m for m in reason.met if cohort and m.startswith(mine)]
    held = [m for m in reason.met if not (cohort and m.startswith(mine))]
    parts = []
    if entry:
        parts.append(i18n.t("explain.met_session", lang, items=listing(entry, lang)))
    if held and cohort:
        parts.append(i18n.t("explain.met_after", lang, cohort=cohort, items=listing(held, lang)))
    elif held:
        parts.append(i18n.t("explain.met", lang, items=listing(held, lang)))
    return parts


def _nearest_part(reason: PersonReason, lang: str) -> str:
    if not reason.nearest_miss:
        return i18n.t("explain.no_role", lang)
    items = [miss_text(m, lang) for m in reason.nearest_miss[:SHOWN]]
    total = len(reason.nearest_miss)
    return i18n.t("explain.nearest", lang, items=listing(items, lang, total))


def _paths(word: str, paths: tuple[Pathway, ...], lang: str) -> str:
    if not paths:
        return ""
    items = [pathway_text(p, lang) for p in paths[:SHOWN]]
    return i18n.t(f"explain.{word}", lang, items=listing(items, lang, len(paths)))
