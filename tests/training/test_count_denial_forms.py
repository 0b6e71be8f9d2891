"""The denial forms' count: a word before "to" and a verb is kept where WordNet gives it a sense of an act not done
(or it is an antonym of "able"), never a word that does its act, however often it is written."""
import json
from pathlib import Path

from training.count_denial_forms import not_done_words, word_of, written_forms

TABLE = Path(__file__).resolve().parents[2] / "viewer" / "analysis" / "claims" / "denial_forms.json"
# offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (ptr offset pos src/tgt)… | gloss
_VERBS = "\n".join([
    "00000001 31 v 03 neglect 0 omit 0 drop 0 001 ~ 00000002 v 0000 | leave undone or leave out",
    "00000002 31 v 01 forget 3 001 @ 00000001 v 0000 | forget to do something",
    "00000003 41 v 02 fail 0 neglect 1 000 | fail to do something",
    "00000004 41 v 02 refuse 0 decline 0 000 | show unwillingness towards",
    "00000005 41 v 01 try 0 000 | make an effort or attempt",
    "00000006 35 v 01 lock 0 000 | fasten with a lock",
])
_ADJECTIVES = "\n".join([
    "00000010 00 a 01 able 0 001 ! 00000011 a 0101 | having the necessary means",
    "00000011 00 a 01 unable 0 001 ! 00000010 a 0101 | not having the necessary means",
    "00000012 00 a 01 eager 0 000 | having or showing keen interest",
])


def _wordnet(tmp_path: Path) -> Path:
    (tmp_path / "data.verb").write_text(_VERBS + "\n", encoding="utf-8")
    (tmp_path / "data.adj").write_text(_ADJECTIVES + "\n", encoding="utf-8")
    (tmp_path / "verb.exc").write_text("forgot forget\ntried try\n", encoding="utf-8")
    (tmp_path / "index.verb").write_text("\n".join(f"{w} v 1 0 1 0 0000000{n}" for n, w in enumerate(
        ("neglect", "omit", "drop", "forget", "fail", "refuse", "decline", "try", "lock"))) + "\n", encoding="utf-8")
    return tmp_path


def test_a_word_of_an_act_not_done_is_kept_and_one_that_does_its_act_is_not(tmp_path):
    wordnet = _wordnet(tmp_path)
    words = not_done_words(wordnet)
    assert {"forget", "fail", "neglect", "refuse", "decline", "unable"} <= words
    assert not {"try", "lock", "able", "eager"} & words
    assert [word_of(form, wordnet) for form in ("forgot", "tried", "failed", "refusing", "declines")] == [
        "forget", "try", "fail", "refuse", "decline"]


def test_forms_are_read_as_written_with_the_verb_after_them():
    assert written_forms("She forgot to lock it. He cannot say. They went to the store.") == [
        ("forgot", "lock"), ("cannot", "say"), ("went", "the")]


def test_the_table_says_where_its_forms_come_from():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert "count_denial_forms.py" in table["provenance"]["command"] and "WordNet" in table["provenance"]["data"]
    assert {"cannot", "unable", "forgot", "failed"} <= set(table["entries"])
