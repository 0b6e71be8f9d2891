"""bench/reading_lines.py finds the attribution lines of a kept export whose fact's sentence tells someone's reading:
the lines the stage's reading takes away."""
from __future__ import annotations

FACT = "Later, police were able to determine that a teen boy had been shot."
BARE = "A teen boy had been shot at the park."
SAID = "A teen boy had been shot at the park, police said."


def test_only_an_attribution_line_whose_fact_tells_a_reading_is_taken_with_its_verdict(bench_script, lines_export):
    reading = bench_script("reading_lines")
    texts = (f"{FACT} {BARE}", SAID)
    export = lines_export([("attribution", "stated as fact: …", [("d1", 0, len(FACT)), ("d2", 0, len(SAID))]),
                           ("attribution", "stated as fact: …", [("d1", len(FACT) + 1, len(texts[0])), ("d2", 0, len(SAID))]),
                           ("number", "x", [("d1", 0, len(FACT)), ("d2", 0, len(SAID))])], texts)
    judged = {("gvaX", "attribution", frozenset({("a.txt", 0, len(FACT)), ("b.txt", 0, len(SAID))})): "W: own sentence"}
    assert reading.taken(export, "gvaX", judged) == [("W: own sentence", FACT)]
    assert reading.taken(export, "gvaY", judged) == [("?", FACT)]
