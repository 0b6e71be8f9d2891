"""A claim is "[1]" wherever a person reads it, as in the window and the clipboard: the PDF, Markdown and HTML
reports and `provenance show` said "c1". The JSON and CSV keep the id "c1", and the command line takes either."""
import json
import re
from html.parser import HTMLParser

from pypdf import PdfReader

from viewer.analysis import store
from viewer.cli import main
from viewer.export.formats import export
from viewer.render.pdf_layout import render

C_ID = re.compile(r"\bc\d+\b")  # "c1" as a word: a claim named by its id


class _Shown(HTMLParser):
    """The text an HTML page shows (tags, their classes and anchors, and the style sheet left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs) -> None:
        self._style = self._style or tag in ("style", "script")

    def handle_endtag(self, tag) -> None:
        if tag in ("style", "script"):
            self._style = False

    def handle_data(self, data) -> None:
        if not self._style:
            self.parts.append(data)


def test_the_reports_name_claims_as_the_window_does(sample_corpus, tmp_path):
    label = store.claim(sample_corpus, 1).named
    export(sample_corpus, "md", tmp_path / "r.md")
    export(sample_corpus, "html", tmp_path / "r.html")
    export(sample_corpus, "pdf", tmp_path / "r.pdf", render=render)
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    shown = _Shown()
    shown.feed((tmp_path / "r.html").read_text(encoding="utf-8"))
    page = "".join(shown.parts)
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    for name, text in (("Markdown", markdown.replace("\\[", "[").replace("\\]", "]")), ("HTML", page), ("PDF", pdf)):
        assert not C_ID.findall(text), f"the {name} report names a claim by its id"
        assert f"[1] {label[:30]}" in text, name
    annotations = [str(a.get_object().get("/Contents", "")) for p in PdfReader(tmp_path / "r.pdf").pages
                   for a in p.get("/Annots", []) if a.get_object()["/Subtype"] == "/Highlight"]
    assert annotations and all(c.startswith("Claim [") for c in annotations), "a highlight's comment names its claim"


def test_the_json_export_keeps_the_claim_ids(sample_corpus, tmp_path):
    export(sample_corpus, "json", tmp_path / "c.json")
    claims = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["claims"]
    assert claims[0]["id"] == "c1" and all(re.fullmatch(r"c\d+", c["id"]) for c in claims)


def test_the_command_line_takes_a_claim_by_either_name_and_shows_the_window_s(sample_corpus_file, tmp_path, capsys):
    assert main(["show", str(sample_corpus_file), "--claim", "[1]"]) == 0
    bracketed = capsys.readouterr().out
    assert main(["show", str(sample_corpus_file), "--claim", "c1"]) == 0
    assert capsys.readouterr().out == bracketed
    assert bracketed.startswith("[1]  ") and not C_ID.findall(bracketed)
    for claims, target in (("c1,c2", "ids.md"), ("[1],[2]", "bracketed.md")):
        assert main(["export", str(sample_corpus_file), "--format", "md", "--claims", claims, "-o", str(tmp_path / target)]) == 0
    assert _without_dates(tmp_path / "ids.md") == _without_dates(tmp_path / "bracketed.md")
    assert main(["show", str(sample_corpus_file), "--claim", "[x]"]) == 2
    assert "like c1 or [1]" in capsys.readouterr().err


def _without_dates(path) -> str:
    return re.sub(r"\d{4}-\d\d-\d\dT[\d:.+Z-]+", "", path.read_text(encoding="utf-8"))
