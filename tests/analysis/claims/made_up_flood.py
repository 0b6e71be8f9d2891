"""Two made-up reports of one flood, each detail told in other words: what the rules that link reports the story gate
is sure of, or doubts, are tried on."""
from __future__ import annotations

from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.linking import claim_units

FLOOD = {
    0: "Floods swept through the river town of Marlow on Tuesday, killing four residents. "
       "The mayor ordered the evacuation of 300 homes near the river.",
    1: "Four residents of Marlow died on Tuesday when floodwaters tore through the river town. "
       "About 300 households by the river were told to leave by the mayor.",
}


def flood_units() -> list[ClaimUnit]:
    """The two reports' claim units (parsed: the caller's fixture needs the spaCy pipeline)."""
    from viewer.analysis.segment import parse

    return [u for document, text in FLOOD.items() for u in claim_units(parse(document, text, []))]
