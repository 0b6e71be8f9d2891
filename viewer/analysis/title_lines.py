"""A title-cased first line parsed in sentence case, its parse written onto the document's own tokens.

Title case ("Jeb Bush Super PAC Chief Praises Marco Rubio Donor's …", "Trump Heard What His Fox News
Nemesis Just Said") reads to the tagger as a string of proper nouns, so the verb is lost and who said
what in it is not found. The line is parsed again in sentence case (``sentence_cased``: a word keeps its
capital only when the body writes it capitalised mid-sentence, or never in small letters),
and the tags, lemmas and dependencies of that parse replace the first parse's on the line. The entities stay
the first parse's: the recognisers' reading of a lone name in small words is no better ("Dashiell to voters"
took the name for an organisation), and who a name is comes from the article's body anyway.
The text is never changed: recasing keeps every character's place, and the parse is only taken over
when the two parses cut the line into the same tokens.
"""
from __future__ import annotations

import re

from viewer.analysis.nlp import text_of

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SENTENCE_STOPS = ".!?…"
# A capitalised word after a lower-case word, a figure or a comma is capitalised as a name, not
# because it starts a sentence.
_NAME_IN_BODY = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w'’.-]*")


def title_cased(line: str) -> bool:
    """Every word of four letters or more starts with a capital, as in title case or capitals."""
    long = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def sentence_cased(line: str, body: str) -> str:
    """The line with capitals kept on its first word and on words the body (the text after the
    line) capitalises mid-sentence, never writes in small letters, or writes in capitals."""
    names = set(_NAME_IN_BODY.findall(body)) | _never_small(body)
    out = list(line)
    for index, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        if index == 0:
            cased = word if not word.isupper() or len(word) <= 1 else word[0] + word[1:].lower()
        elif word in names or (word.isupper() and len(word) > 1 and word in body):
            cased = word
        elif word.capitalize() in names:
            cased = word.capitalize()
        else:
            cased = word.lower()
        if len(cased) == len(word):  # a few letters change length when cased ("İ")
            out[match.start():match.end()] = cased
    return "".join(out)


def _never_small(body: str) -> set[str]:
    """Words the body writes with a capital and never in small letters: a surname that only opens sentences
    ("Ortiz said…" under "Lena Ortiz Under Pressure Says…"); "The" or "Police" opening a sentence are written
    small elsewhere in any body long enough to hold them twice."""
    words = _WORD.findall(body)
    small = {w for w in words if w.islower()}
    return {w for w in words if w[:1].isupper() and not w.isupper() and w.lower() not in small}


_TAKEN = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


def title_line(text: str) -> tuple[int, int] | None:
    """Where the text's first line lies, when it is title-cased, written as a sentence (with its stop, as PolNeAR's
    headlines are) and prose follows it. A headline with no stop is a display line no one is reported in, and its
    parse is left as it was: read again, ECB+ dev headlines lost three same-event article pairs (.592 → .567)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].rstrip() if end >= 0 else ""
    if not line or line[-1] not in _SENTENCE_STOPS or not title_cased(line):
        return None
    return start, start + len(line)



def recase_title(doc, nlp) -> None:
    """Give the document's title-cased first line the parse of the line in sentence case."""
    text = text_of(doc)  # joined here once for the document: every later step reads it
    where = title_line(text)
    if where is not None:
        start, end = where
        _take_parse(doc, start, end, nlp(sentence_cased(text[start:end], text[end:])))


def _take_parse(doc, start: int, end: int, recased) -> None:
    """Write ``recased``'s annotation over the tokens of ``doc`` between ``start`` and ``end`` when both cut
    the line into the same tokens. The recased tree lies inside the line, so the document stays a forest."""
    line = doc.char_span(start, end)
    if line is None or len(line) != len(recased) or \
            any(a.idx - start != b.idx or len(a) != len(b) for a, b in zip(line, recased)):
        return
    from spacy import attrs

    names = [getattr(attrs, name) for name in _TAKEN]
    whole = doc.to_array(names)
    whole[line.start:line.end] = recased.to_array(names)
    doc.from_array(names, whole)
    for token, again in zip(line, recased):
        if again.pos_ == "PROPN":
            token.lemma_ = token.text  # a name the body never writes mid-sentence was parsed in small letters
