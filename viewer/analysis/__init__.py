"""Offline analysis of a corpus: claims, attributions, speakers, links and discrepancies (no Qt).

Where to look:

- ``claims/``: claim units cut from sentences, their features, and linking the same claim
  across documents.
- ``attribution/``: who said what inside one document (quotes, reported speech, relays, the
  speaker phrase each statement resolves to).
- ``speakers/``: speaker names split into name, role and kind, and one speaker per person or
  body across the corpus.
- ``discrepancies``: how the sources of one linked claim differ.
- ``segment`` and ``nlp``: the spaCy parse every analyser reads; ``model``: the records they
  hand on.
- ``pipeline``: the ordered steps, per document and then corpus-wide; ``store``: the one
  module that reads and writes the analysis tables; ``corrections`` and ``operations``: the
  researcher's corrections as typed records, kept apart from the analysis, and the jobs (analyse,
  correct) the window and the CLI run.

The analysers (claims, attribution, speakers, discrepancies) are functions of parsed text and
never touch the corpus file; the pipeline hands them text and gives their results to the store.
"""
