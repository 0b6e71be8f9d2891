"""The sex an article gives a person by the pronoun it uses for them in the sentence that names them:
"The victim, Malijha Grant, died after she was shot" says Malijha is "she", so a later "he said"
(her father's words) does not go to her. Without it, a name of no known sex fitted either pronoun,
and the nearest earlier person named as a subject (a baby named paragraphs before) took her father's
quotes.

Only a subject pronoun in a clause that hangs from the name's own verb as a time, a reason or a
second verb of it ("died after she was shot", "was hired and she…"), with no other person named
between: in what the person says ("Smith said she…") "she" is anyone.
"""
from __future__ import annotations

_SEX = {"he": "m", "she": "f"}
_CLAUSES = frozenset({"advcl", "conj"})


def pronoun_genders(doc, people: list) -> dict[str, str]:
    """Each person's name (``people``: (character offset, SpeakerName)) with the sex the pronoun after
    it in its sentence gives, where one does."""
    starts = {ent.start_char: ent for ent in doc.ents if ent.label_ == "PERSON"}
    found: dict[str, set[str]] = {}
    for at, name in people:
        ent = starts.get(at)
        sex = _pronoun_after(ent) if ent is not None else None
        if sex:
            found.setdefault(name.name, set()).add(sex)
    return {name: sexes.pop() for name, sexes in found.items() if len(sexes) == 1}


def _pronoun_after(ent) -> str | None:
    verb = ent.root.head if ent.root.dep_ != "appos" else ent.root.head.head
    for token in ent.sent:
        if token.i < ent.end:
            continue
        if token.ent_type_ == "PERSON":
            return None  # "Grant told Smith she…": the pronoun may be the other's
        if token.lower_ in _SEX and token.dep_ in ("nsubj", "nsubjpass") and \
                token.head.dep_ in _CLAUSES and token.head.head.i == verb.i:
            return _SEX[token.lower_]
    return None
