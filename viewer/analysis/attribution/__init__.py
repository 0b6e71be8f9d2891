"""Attribution: who said what inside one document.

``statements.find_attributions`` is the entry point. It pairs quotations (``quotes``) with
reporting frames from the parse (``reported_speech``, whose content bounds come from
``reported_clauses``), folds frames that only pass a statement on into relay chains
(``relays``), and resolves "he", "the ministry" and surnames to the document's speakers
(``references``). Across documents, speakers are the business of ``viewer.analysis.speakers``.
"""
