"""Signings told as a sequel by people already met: "Le ministre Wang Yi ... a été reçu ... par le président
Hery Rajaonarimampianina. Aussitôt après, les ministres Wang Yi et Atallah Béatrice ont signé un mémorandum
d'entente." The signatories are both in the visit told first, so no rule of the grouping takes the sentence
(it names no one new); opening on a sequel cue ("Aussitôt après", "Logo a seguir", "Later") with an agreement
cue, it is an act of its own between them."""

from __future__ import annotations

from liaison.extract.latin.context import Group, _Doc, _present, country_guess
from liaison.extract.latin.kinds import find_kind
from liaison.extract.latin.trigger_groups import _trigger_groups


def sequel_signings(ctx: _Doc, groups: list[Group]) -> list[Group]:
    """One agreement for each sentence opening on a sequel cue before an agreement cue whose signatories,
    of two sides, are all already seated in events of another kind and trigger none."""
    lex = ctx.lex
    if not groups or not lex.sequel_cue:
        return []
    sequel = lex.compiled(lex.sequel_cue)
    found: list[Group] = []
    for i in range(ctx.body, len(ctx.doc.sentences)):
        if any(g.trigger == i for g in groups):
            continue
        sentence = ctx.sentence(i)
        cue = find_kind(sentence, lex)
        if cue is None or cue.kind != "agreement" or not sequel.search(sentence[: cue.start]):
            continue
        present = _present(ctx, i, cue)
        if len(present) < 2 or not all(any(g.has(p) for g in groups) for p in present):
            continue
        if len({country_guess(ctx, p) for p in present} - {None}) < 2:
            continue
        if any(g.cue.kind == "agreement" and all(g.has(p) for p in present) for g in groups):
            continue  # the signing told again
        found.extend(_trigger_groups(ctx, i, cue, present, inherit=groups[-1]))
    return found
