"""Claims: the same statement found in several documents.

A document is cut into claim units (``units``: sentences, or clauses of a sentence that joins
propositions), each with the features linking reads (terms and names under ``vocabulary``'s
forms, figures from ``quantities``, predicates from ``predicates``) and the embedding of its
meaning (``encoder``, weights found and checked by ``model_files``). ``candidates`` finds the
pairs worth comparing (nearest articles, then close units, plus ``index``'s shared rare keys),
``verifier`` judges them with models fitted on public data by ``fit_verifier``, and ``linking``
groups verified pairs into claims, with the researcher's links and unlinks applied.
"""
