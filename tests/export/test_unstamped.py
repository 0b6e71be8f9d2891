"""`unstamped`: two analyses of the same articles compare equal whatever moment they ran, and differ when what
they found differs."""
from __future__ import annotations

from viewer.export.interchange import corpus_to_dict, unstamped


def _shifted(value, where):
    """The export with each date ``where`` picks moved to another day, as an import a day later would place it."""
    if isinstance(value, dict):
        moved = {k: ("2031-01-02" if k in ("published", "placed") and v and where(value) else v) for k, v in value.items()}
        return {k: _shifted(v, where) for k, v in moved.items()}
    if isinstance(value, list):
        return [_shifted(v, where) for v in value]
    return value


def test_an_import_a_day_later_is_the_same_analysis_but_another_stated_date_is_not(sample_corpus):
    found = corpus_to_dict(sample_corpus)
    by_import = _shifted(found, lambda d: d.get("date_from") == "import")
    by_text = _shifted(found, lambda d: d.get("date_from") not in (None, "import"))
    assert by_import != found and by_text != found
    assert unstamped(by_import) == unstamped(found)
    assert unstamped(by_text) != unstamped(found)
