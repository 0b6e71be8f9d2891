"""The negating verbs' count: a verb before "to" written where the same-meaning sentence denies the verb after it;
one seen once is kept only when the attribution reader's withholding table holds it too."""
import json
from pathlib import Path

from training.count_negating_verbs import count, main

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "negating_verbs.json"
_HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"


def test_a_verb_before_to_counts_where_the_other_sentence_denies_the_verb_after_it():
    counted, _examples = count([("The jury could not reach a verdict.", "The jury failed to reach a verdict."),
                                ("He did not appear in court.", "He refused to appear in court."),
                                ("He did not appear in court.", "He wanted to appear in court, and did not.")])
    assert dict(counted) == {"fail": 1, "refus": 1}


def test_a_verb_seen_once_is_kept_when_the_withholding_table_holds_it(tmp_path):
    rows = ["1\t1\t2\tThe jury could not reach a verdict.\tThe jury failed to reach a verdict.",
            "1\t3\t4\tThe mayor will not discuss it.\tThe mayor declined to discuss it.",
            "1\t5\t6\tShe did not testify.\tShe chose to testify.",
            "1\t7\t8\tHe did not attend.\tHe failed to attend."]
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        (tmp_path / name).write_text(_HEADER + ("\n".join(rows) + "\n" if name.endswith("train.txt") else ""), encoding="utf-8")
    withholding = tmp_path / "withholding.json"
    withholding.write_text(json.dumps({"verbs": {"decline": {"count": 72}}}), encoding="utf-8")
    out = tmp_path / "negating_verbs.json"
    main([str(tmp_path), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["entries"] == {"fail": 2}
    main([str(tmp_path), "--withholding", str(withholding), "--out", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["entries"] == {"fail": 2, "declin": 1}


def test_the_table_says_where_its_verbs_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_negating_verbs.py" in table["produced_by"] and "--withholding" in table["produced_by"]
    assert {"fail", "refus", "declin"} <= set(table["entries"])
