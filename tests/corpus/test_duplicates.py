"""Near-duplicate sketches are the same in every process, so a pair is flagged or not on every run."""
import json
import os
import subprocess
import sys
from pathlib import Path

from hostile_files import SAMPLE_DIR
from viewer.corpus.duplicates import THRESHOLD, similarity, sketch

REPO = Path(__file__).resolve().parents[2]

SKETCH_IN_A_CHILD = """
import json, sys
from pathlib import Path
from viewer.corpus.duplicates import similarity, sketch

original = Path(sys.argv[1]).read_text(encoding="utf-8")
edited = Path(sys.argv[2]).read_text(encoding="utf-8")
a, b = sketch(original), sketch(edited)
print(json.dumps({"sketch": list(a), "similarity": similarity(a, b)}))
"""


def _recapture(text: str) -> str:
    """The same article saved again with its last paragraph replaced, as a later capture would be
    (exact Jaccard of the word 5-grams 0.93-0.97 on the samples, well clear of the threshold)."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[:-1] + ["Updated at 14:05 with a correction to the last paragraph."])


def _run(seed: str, original: Path, edited: Path) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SKETCH_IN_A_CHILD, str(original), str(edited)],
                         cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_two_processes_with_different_hash_seeds_agree(tmp_path):
    source = sorted(SAMPLE_DIR.glob("*.txt"))[0]
    edited = tmp_path / "edited.txt"
    edited.write_text(_recapture(source.read_text(encoding="utf-8")), encoding="utf-8")
    first, second = _run("1", source, edited), _run("2", source, edited)
    assert first["sketch"] and first["sketch"] == second["sketch"]
    assert first["similarity"] == second["similarity"]


def test_a_recapture_scores_above_the_threshold_and_other_articles_below():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE_DIR.glob("*.txt"))]
    for number, text in enumerate(texts):
        assert similarity(sketch(text), sketch(_recapture(text))) >= THRESHOLD
        assert all(similarity(sketch(text), sketch(other)) < 0.2 for other in texts[number + 1:])
