"""What a sum of money is the price of, where no noun it counts says ("a $43,000 Rolex watch" says
it; "paid $750,000 for the house" and "each rifle cost $43,000" say it around the sum).

Two sources' sums are one figure only when they are the price of one thing (`same_count`): a
total ("spent $750,000 in campaign cash") and one item's price are two figures, not a conflict.
"""
from __future__ import annotations

_PRICING = {"cost", "worth"}  # the words whose subject is what the sum is the price of ("the car cost", "the car was worth")


def priced_item(number) -> str:
    """The lemma of the noun the sum (``number``: its last token) pays for, or "" where the sentence does not say."""
    head = number.head
    if number.dep_ == "dobj":  # "paid $750,000 for the house", "each rifle cost $43,000"
        item = _object_of_for(head) or (_subject(head) if head.lemma_.lower() in _PRICING else None)
    elif number.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "AUX"):  # "the house sold for $750,000"
        item = _subject(head.head)
    elif head.lower_ == "worth":  # "a car worth $43,000", "the shipment was worth $750,000", "took tools worth $160,000"
        item = head.head if head.dep_ == "amod" else _object(head.head) if head.dep_ == "oprd" else _subject(head.head)
    else:
        item = None
    return item.lemma_.lower() if item is not None and item.pos_ == "NOUN" else ""


def _object_of_for(verb):
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"), None)


def _object(verb):
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
