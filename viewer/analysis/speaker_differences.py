"""Two sources of one claim giving the same quoted words to two different people: whose words they are differs.

A researcher tracing a quotation must see one outlet give it to the spokesman and another to the person he speaks
for. Only direct quotations of people the corpus's speakers resolve count (`claims.voices`), the words the same in
both (so the two are one statement, whatever linked them), and the names share no word: two names with a word in
common may be one person the resolution left apart ("Gage" and "Undersheriff James Gage").
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from viewer.analysis.claims.voices import Quotation, Voice, one_quotation_two_people, voice_of
from viewer.analysis.model import Discrepancy, Mention
from viewer.corpus.spans import Span

Voices = Mapping[Mention, Voice]


def voices_of(mentions: Iterable[Mention], quotations: Mapping[int, Sequence[Quotation]],
              texts: Mapping[int, str] | None) -> dict[Mention, Voice]:
    """Each mention lying at least half inside a person's direct quotation, with that voice."""
    if texts is None:
        return {}
    found = {}
    for m in mentions:
        quoted = quotations.get(m.document, ())
        if quoted and (voice := voice_of(Span(m.start, m.end), quoted, texts[m.document])) is not None:
            found[m] = voice
    return found


def speaker_discrepancies(left: Sequence[Mention], right: Sequence[Mention], voiced: Voices) -> list[Discrepancy]:
    """The quotations the two sources' mentions share word for word but give to two people, each once."""
    out, seen = [], set()
    for m in left:
        for n in right:
            a, b = voiced.get(m), voiced.get(n)
            if one_quotation_two_people(a, b) and (a.speaker, b.speaker, a.words) not in seen:
                seen.add((a.speaker, b.speaker, a.words))
                out.append(Discrepancy("speaker", f"said by: '{a.said_by}' vs '{b.said_by}'", [m, n]))
    return out
