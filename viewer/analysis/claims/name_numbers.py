"""Numbers that belong to a name or describe a person, told from counts by the words around them.

A broadcaster names itself by call letters and channel ("told KIRO 7", "WAVE 3 News", "CBS 8"), and
a title can carry a number ("the three-term Texas governor", "a four-star general"). Read as counts,
"KIRO 7" and "seven people" would meet as one claim's figures, and a report calling Perry a three-term
governor would seem to count something its claim is about. The parser attaches these numbers in many
ways (the call sign as the number's compound, both as objects of "told", the call sign as a verb), so
they are told by the words beside them, which do not vary.
"""
from __future__ import annotations

from viewer.analysis.person_names import person_nouns

# The parser's entity types for a word that is a place, a person or a time: "in Chicago 3 were shot".
_NOT_CALL_SIGNS = {"GPE", "LOC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL"}
_COUNTED_POS = {"NOUN", "PROPN", "ADJ"}
_AROUND = 8  # words each side of a number read to tell mixed case from text set all in capitals
_TITLE_WORDS = 3  # words allowed between the counted word and the person noun ("three-term Texas governor")
_NAME_WORDS = 3  # a person's name after the title ("Governor Rick Perry")
_SINGULAR = {"NN", "NNP"}
_NOUN_PHRASE_TAGS = {"NN", "NNP", "NNS", "NNPS", "JJ"}


def names_or_describes(number) -> bool:
    """Whether the number token is part of a broadcaster's name or counts a title's part."""
    return _channel_number(number) or _describes_person(number)


def _channel_number(number) -> bool:
    """A number right after call letters ("KIRO 7", "WPDE ABC 15 News", "FOX 8's") in a sentence that is
    not set all in capitals, and not before a word it counts: "told CNN 5 people" and "told CNN 5 of
    them" count."""
    doc, i = number.doc, number.i
    if i == 0 or not number.text.isdigit():
        return False
    call = doc[i - 1]
    if not (call.is_alpha and call.is_upper and len(call) > 1 and call.whitespace_) or call.ent_type_ in _NOT_CALL_SIGNS:
        return False
    if not any(c.islower() for t in doc[max(0, i - _AROUND):i + _AROUND] for c in t.text):
        return False  # words set all in capitals ("MORE THAN 30 ROUNDS"), where call letters cannot be told
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.is_lower and (after.pos_ in _COUNTED_POS or after.lower_ == "of"))


def _describes_person(number) -> bool:
    """A number counting a word that, with it, qualifies a person noun: "a three-term governor", "three term
    Texas Governor Rick Perry", "a two-time champion". The person noun ends the noun phrase or comes before the
    person's name, and is singular, so the number does not count people: "two police officers" counts them,
    "six Kansas City firefighter deaths" deaths and "two Placer County Sheriff's deputies" deputies. Without a
    hyphen, "one" counts ("one police officer")."""
    doc, i = number.doc, number.i
    j = i + 1
    hyphen = j < len(doc) and doc[j].text in ("-", "–") and not number.whitespace_
    j += hyphen
    if j >= len(doc) or doc[j].tag_ not in _SINGULAR or doc[j].lower_ in person_nouns():
        return False
    if not hyphen and number.lower_ in ("one", "1"):
        return False
    end = j + 1
    while end < len(doc) and doc[end].tag_ in _NOUN_PHRASE_TAGS and end - j <= _TITLE_WORDS + _NAME_WORDS:
        end += 1
    if end == j + 1 or (end < len(doc) and (doc[end].tag_ in _NOUN_PHRASE_TAGS or doc[end].tag_ == "POS")):
        return False  # no word after the counted one, a phrase too long to be a title, or a possessor ("Sheriff's")
    head = end - 1
    while head > j + 1 and doc[head].ent_type_ == "PERSON" and end - head <= _NAME_WORDS:
        head -= 1  # "three term Texas Governor Rick Perry": the title before the name is what the number qualifies
    return head - j <= _TITLE_WORDS and doc[head].lower_ in person_nouns() and doc[head].tag_ in _SINGULAR
