"""spaCy, reduced to what the English pipeline needs (replaces the contributed hook-spacy).

The contributed hook runs collect_submodules/collect_data_files on spaCy: every language in
spacy/lang, the test suite, CLI templates. Here: only the modules spaCy's compiled (Cython)
extensions import at run time, which the import scan cannot see; the pure-Python ones follow
from them. The list comes from tracing `provenance --selftest` (see build/README.md).
spaCy's default_config.cfg files are listed as data in provenance.spec.
"""

hiddenimports = [
    "spacy.lang.en",
    "spacy.lang.lex_attrs",
    "spacy.lang.norm_exceptions",
    "spacy.parts_of_speech",
    "spacy.pipeline.transition_parser",
    "spacy.pipeline._parser_internals._beam_utils",
    "spacy.pipeline._parser_internals.arc_eager",
    "spacy.pipeline._parser_internals.ner",
    "spacy.pipeline._parser_internals.nonproj",
    "spacy.pipeline._parser_internals.stateclass",
]
