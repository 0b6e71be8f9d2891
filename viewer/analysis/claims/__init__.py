"""Claims: the same statement found in several documents.

A document is cut into claim units (``units``: sentences, or clauses of a sentence that joins
propositions), each with the features linking reads (terms, names, figures from ``quantities``,
predicates from ``predicates``, news synonyms from ``vocabulary``). ``index`` proposes which
units to compare and scores a pair; ``linking`` groups pairs into claims, with the researcher's
links and unlinks applied.
"""
