"""Explanation sentences: one per rule of ``planner.domain.rules``, keyed by its name.

Keys: ``rule.<rule>`` (the user sentence), ``rule_label.<rule>`` (how a sentence names the
rule; English uses the rule name itself, as the checker and the logs do), ``headline.<reason
code>``, ``binding.<rule>`` and ``binding_many.<rule>`` (what closes a pathway, one target or
several), ``miss.<kind>`` (an unmet requirement) and ``explain.<word>`` (the joining words).
"""

# ruff: noqa: E501
from __future__ import annotations

from planner.domain import rules

TEXTS: dict[str, tuple[str, str]] = {
    # the rules' sentences (and the checker's unknown_id)
    f"rule.{rules.ONE_PATHWAY}": (
        "Chaque personne suit au plus un parcours.",
        "Each person follows at most one pathway.",
    ),
    f"rule.{rules.ENTRY_REQUIREMENTS}": (
        "On entre en session en remplissant ses prérequis (langues, compétences, études).",
        "A person enters a session only if they meet its prerequisites (languages, skills, education).",
    ),
    f"rule.{rules.ROLE_REQUIREMENTS}": (
        "On prend un poste si le profil, après la session, remplit ses exigences.",
        "A person takes a role only if their profile after the session meets its requirements.",
    ),
    f"rule.{rules.SITE_FIT}": (
        "La session et le poste sont à distance, sur le site de la personne, ou la personne est mobile.",
        "The session and the role are remote, at the person's site, or the person is mobile.",
    ),
    f"rule.{rules.DATES}": (
        "La session se termine au plus tard à la prise de poste.",
        "The session ends on or before the role starts.",
    ),
    f"rule.{rules.SEATS}": (
        "Une session n'accueille pas plus de personnes que de places.",
        "A session never takes more people than its seats.",
    ),
    f"rule.{rules.OPENINGS}": (
        "Un poste ne reçoit pas plus de personnes que de postes ouverts.",
        "A role never takes more people than its openings.",
    ),
    f"rule.{rules.BUDGET}": (
        "Les places et les ouvertures de sessions restent dans le budget.",
        "Seats and session opening costs stay within the budget.",
    ),
    f"rule.{rules.MIN_SIZE}": (
        "Une session qui a lieu réunit au moins son effectif minimum.",
        "A session that runs has at least its minimum size.",
    ),
    f"rule.{rules.LOCKS}": (
        "Un parcours fixé par l'utilisateur est respecté.",
        "A pathway locked by the user is kept.",
    ),
    f"rule.{rules.BANS}": (
        "Un parcours interdit par l'utilisateur n'est jamais attribué.",
        "A pathway banned by the user is never given.",
    ),
    "rule.unknown_id": (
        "Le plan ne cite que des personnes, sessions et postes existants.",
        "A plan names only existing people, sessions and roles.",
    ),
    # how sentences name the rules
    f"rule_label.{rules.ONE_PATHWAY}": ("un seul parcours", rules.ONE_PATHWAY),
    f"rule_label.{rules.ENTRY_REQUIREMENTS}": ("prérequis", rules.ENTRY_REQUIREMENTS),
    f"rule_label.{rules.ROLE_REQUIREMENTS}": ("exigences du poste", rules.ROLE_REQUIREMENTS),
    f"rule_label.{rules.SITE_FIT}": ("site", rules.SITE_FIT),
    f"rule_label.{rules.DATES}": ("dates", rules.DATES),
    f"rule_label.{rules.SEATS}": ("places", rules.SEATS),
    f"rule_label.{rules.OPENINGS}": ("postes ouverts", rules.OPENINGS),
    f"rule_label.{rules.BUDGET}": ("budget", rules.BUDGET),
    f"rule_label.{rules.MIN_SIZE}": ("effectif minimum", rules.MIN_SIZE),
    f"rule_label.{rules.LOCKS}": ("verrouillages", rules.LOCKS),
    f"rule_label.{rules.BANS}": ("interdictions", rules.BANS),
    # first sentence, per reason code
    "headline.placed": ("Placé·e : {pathway}.", "Placed: {pathway}."),
    "headline.locked": (
        "Parcours fixé ({rule}) : {pathway}.",
        "Locked pathway ({rule}): {pathway}.",
    ),
    "headline.no_admissible_pathway": (
        "Non placé·e : aucun parcours admissible.",
        "Not placed: no admissible pathway.",
    ),
    "headline.all_banned": (
        "Non placé·e : tous ses parcours admissibles sont interdits ({rule}).",
        "Not placed: every admissible pathway is banned ({rule}).",
    ),
    "headline.not_opened": (
        "Non placé·e : ses parcours admissibles passent tous par des sessions qui n'ont pas ouvert.",
        "Not placed: every admissible pathway goes through a session that did not open.",
    ),
    "headline.outcompeted": (
        "Non placé·e : des parcours sont admissibles, mais leur capacité est allée à des personnes classées avant.",
        "Not placed: pathways are admissible, but their capacity went to people ranked first.",
    ),
    "headline.not_optimal": (
        "Non placé·e : un de ses parcours admissibles a encore de la place ; le plan n'est pas optimal (optimisation arrêtée avant la fin).",
        "Not placed: one of the admissible pathways still has room; the plan is not optimal (the solver stopped early).",
    ),
    "headline.no_plan": (
        "Non placé·e : des parcours sont admissibles, mais aucun plan n'a été trouvé.",
        "Not placed: pathways are admissible, but no plan was found.",
    ),
    # one closed session or role, with the figures to check it (explain.closure_text)
    f"closure.{rules.SEATS}": (
        "{rule} — la session {id} est complète ({figures}{holders})",
        "{rule} — session {id} is full ({figures}{holders})",
    ),
    f"closure.{rules.OPENINGS}": (
        "{rule} — le poste {id} est pourvu ({figures}{holders})",
        "{rule} — role {id} is filled ({figures}{holders})",
    ),
    "closure.holders": (" : {ids}", ": {ids}"),
    "closure.ahead": (", passent avant : {items}", ", ranked ahead: {items}"),
    f"closure.{rules.MIN_SIZE}": (
        "{rule} — la session {id} n'a pas ouvert : il lui faut au moins {size}, et {admissible}",
        "{rule} — session {id} did not open: it needs at least {size}, and {admissible}",
    ),
    "closure.budget_open": (
        "{rule} — ouvrir la session {id} coûte {cost} (son coût d'ouverture et {seats}), il reste {left}",
        "{rule} — opening session {id} costs {cost} (its opening cost and {seats}), {left} is left",
    ),
    "closure.budget_seat": (
        "{rule} — une place de plus dans la session {id} coûte {cost}, il reste {left}",
        "{rule} — one more seat in session {id} costs {cost}, {left} is left",
    ),
    f"closure_more.{rules.SEATS}": (
        "{rule} — et {n} autres sessions complètes",
        "{rule} — and {n} more full sessions",
    ),
    f"closure_more.{rules.OPENINGS}": (
        "{rule} — et {n} autres postes pourvus",
        "{rule} — and {n} more filled roles",
    ),
    f"closure_more.{rules.MIN_SIZE}": (
        "{rule} — et {n} autres sessions qui n'ont pas ouvert",
        "{rule} — and {n} more sessions that did not open",
    ),
    # counted words (planner.i18n.plural: French singular for 0 and 1)
    "count.people.one": ("{count} personne", "{count} person"),
    "count.people.other": ("{count} personnes", "{count} people"),
    "count.seats.one": ("{count} place", "{count} seat"),
    "count.seats.other": ("{count} places", "{count} seats"),
    "count.openings.one": ("{count} poste ouvert", "{count} opening"),
    "count.openings.other": ("{count} postes ouverts", "{count} openings"),
    "count.placed.one": ("{count} personne placée", "{count} person placed"),
    "count.placed.other": ("{count} personnes placées", "{count} people placed"),
    "count.unplaced_admissible.one": (
        "{count} personne non placée y est admissible",
        "{count} unplaced person is admissible for it",
    ),
    "count.unplaced_admissible.other": (
        "{count} personnes non placées y sont admissibles",
        "{count} unplaced people are admissible for it",
    ),
    # on which criterion of the objective the people placed rank ahead
    "rank.seniority.one": ("{count} par l'ancienneté (senior)", "{count} by seniority (senior)"),
    "rank.seniority.other": (
        "{count} par l'ancienneté (seniors)",
        "{count} by seniority (seniors)",
    ),
    "rank.wishes.one": (
        "{count} par un vœu mieux classé pour cette filière ou formation",
        "{count} by a better-ranked wish for this family or track",
    ),
    "rank.wishes.other": (
        "{count} par un vœu mieux classé pour cette filière ou formation",
        "{count} by a better-ranked wish for this family or track",
    ),
    "rank.count.one": (
        "{count} sans avantage d'ancienneté ni de vœu",
        "{count} with no edge in seniority or wishes",
    ),
    "rank.count.other": (
        "{count} sans avantage d'ancienneté ni de vœu",
        "{count} with no edge in seniority or wishes",
    ),
    "explain.by_count": (
        "Sans avantage d'ancienneté ni de vœu, c'est le nombre de placés, puis le coût, qui décident.",
        "With no edge in seniority or wishes, the number placed, then the cost, decide.",
    ),
    # the reason code in a table cell and in the exports
    "reason.not_opened": ("Non placé : session non ouverte", "Not placed: session not opened"),
    "label.code_not_opened": (
        "session non ouverte (effectif minimum ou budget)",
        "session not opened (minimum size or budget)",
    ),
    # what closes a pathway: one target
    f"binding.{rules.SEATS}": (
        "{rule} — la session {id} est complète",
        "{rule} — session {id} is full",
    ),
    f"binding.{rules.OPENINGS}": (
        "{rule} — le poste {id} est pourvu",
        "{rule} — role {id} is filled",
    ),
    f"binding.{rules.BUDGET}": (
        "{rule} — le budget restant ne paie pas une place de plus",
        "{rule} — the remaining budget cannot pay one more seat",
    ),
    f"binding.{rules.MIN_SIZE}": (
        "{rule} — la session {id} n'a pas lieu ; l'ouvrir demande son effectif minimum",
        "{rule} — session {id} does not run; opening it needs its minimum size",
    ),
    "binding.not_optimal": (
        "rien ne ferme un de ses parcours : le plan n'est pas optimal (optimisation arrêtée avant la fin)",
        "nothing closes one of the pathways: the plan is not optimal (the solver stopped early)",
    ),
    "binding.no_plan": ("aucun plan n'a été trouvé", "no plan was found"),
    # what closes a pathway: several targets of one rule
    f"binding_many.{rules.SEATS}": (
        "{rule} — {n} sessions complètes : {ids}",
        "{rule} — {n} sessions are full: {ids}",
    ),
    f"binding_many.{rules.OPENINGS}": (
        "{rule} — {n} postes pourvus : {ids}",
        "{rule} — {n} roles are filled: {ids}",
    ),
    f"binding_many.{rules.MIN_SIZE}": (
        "{rule} — {n} sessions n'ont pas lieu et demandent leur effectif minimum pour ouvrir : {ids}",
        "{rule} — {n} sessions do not run and need their minimum size to open: {ids}",
    ),
    # an unmet requirement, per kind of miss
    "miss.language": (
        "langue {code} {need} requise par {target}, niveau actuel {have}",
        "language {code} {need} required by {target}, has {have}",
    ),
    "miss.skill": (
        "compétence {code} niveau {need} requise par {target}, niveau actuel {have}",
        "skill {code} level {need} required by {target}, has {have}",
    ),
    "miss.education": (
        "niveau d'études {need} requis par {target}, actuel {have}",
        "education {need} required by {target}, has {have}",
    ),
    "miss.site": (
        "{target} est à {code}, hors du site de la personne, non mobile",
        "{target} is at {code}, not the person's site, and the person is not mobile",
    ),
    "miss.dates": (
        "{target} commence avant la fin de la session {code}",
        "{target} starts before session {code} ends",
    ),
    # pathways and joining words
    "explain.direct": ("poste {role} (redéploiement direct)", "role {role} (direct redeployment)"),
    "explain.via": ("session {cohort} puis poste {role}", "session {cohort} then role {role}"),
    "explain.wish": ("Vœu n°{rank} exaucé.", "Wish #{rank} fulfilled."),
    "explain.no_wish": ("Ne correspond à aucun de ses vœux.", "Fulfils none of their wishes."),
    "explain.senior": (
        "Senior (ancienneté au-dessus du seuil).",
        "Senior (tenure at or above the threshold).",
    ),
    "explain.met": (
        "Exigences du poste remplies (niveaux actuels) : {items}.",
        "Role requirements met (current levels): {items}.",
    ),
    "explain.met_session": (
        "Prérequis de la session remplis (niveaux actuels) : {items}.",
        "Session prerequisites met (current levels): {items}.",
    ),
    "explain.met_after": (
        "Exigences du poste remplies (niveaux après la session {cohort}) : {items}.",
        "Role requirements met (levels after session {cohort}): {items}.",
    ),
    "explain.nearest": ("Manque le plus proche : {items}.", "Nearest miss: {items}."),
    "explain.no_role": ("Aucun poste dans les données.", "No role in the data."),
    "explain.binding": (
        "Ce qui ferme ses parcours : {items}.",
        "What closes the pathways: {items}.",
    ),
    "explain.alternatives": ("Parcours admissibles : {items}.", "Admissible pathways: {items}."),
    "explain.other": ("Autres parcours possibles : {items}.", "Other possible pathways: {items}."),
    "explain.banned": (
        "Parcours admissibles mais interdits : {items}.",
        "Admissible but banned pathways: {items}.",
    ),
    "explain.more": ("et {n} autres", "and {n} more"),
    "explain.separator": (" ; ", "; "),
}
