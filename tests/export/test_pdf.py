"""The annotated PDF, opened with pypdf: annotations over the right words, text layer, outline, metadata."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from viewer.export.atomic import ExportError
from viewer.export.palette import CLAIM_COLOURS
from viewer.export.pdf import PdfOptions, export_pdf
from viewer.jobs import Cancelled, TaskState
from viewer.render.pdf_layout import render


def words(text: str) -> list[str]:
    return re.findall(r"\w[\w,.']*\w|\w", text)


def flat(text: str) -> str:
    return " ".join(text.replace("\ufb03", "ffi").replace("\ufb01", "fi").split())


@pytest.fixture
def exported(export_corpus, tmp_path):
    target = tmp_path / "report.pdf"
    summary = export_pdf(export_corpus, target, render, options=PdfOptions(researcher="Ana Lysenko"))
    return summary, PdfReader(target)


def annotations(reader: PdfReader, subtype: str) -> list[tuple[int, dict]]:
    found = []
    for number, page in enumerate(reader.pages):
        for ref in page.get("/Annots", []):
            annotation = ref.get_object()
            if annotation["/Subtype"] == subtype:
                found.append((number, annotation))
    return found


def test_one_highlight_per_claim_mention_with_its_comment(exported, claim_places):
    summary, reader = exported
    highlights = annotations(reader, "/Highlight")
    assert len(highlights) == summary.highlights >= len(claim_places)
    comments = [str(a["/Contents"]) for _, a in highlights]
    assert any("Claim [1]" in c and "36th Marine Brigade" in c and "Also in d2" in c for c in comments)
    assert any("Differs (number): wounded — BNR (d1): “more than 100” vs WION (d2): “151”" in c for c in comments)
    assert any("Note: Ask AFP for the original ministry statement.\n• compare unit names\n• check the date" in c
               for c in comments), "the note's Markdown read as text: no ** around AFP, each list item on its line"
    for _, a in highlights:
        assert len(a["/QuadPoints"]) % 8 == 0 and a["/T"] == "Ana Lysenko"


def test_highlight_boxes_lie_over_the_claim_text(exported, claim_places):
    _, reader = exported
    mentions = set(claim_places)
    for number, annotation in annotations(reader, "/Highlight"):
        page_text = flat(reader.pages[number].extract_text())
        quoted = str(annotation["/Contents"]).split("\n")[0]
        assert quoted.startswith("Claim [")
        # The words under the quad points are the claim's words: crop the text layer to the quads.
        quads = [float(q) for q in annotation["/QuadPoints"]]
        under = _text_in(reader.pages[number], quads)
        candidates = [passage for _, passage in mentions if flat(passage)[:12] in page_text or flat(passage)[-12:] in page_text]
        assert any(set(words(under)) <= set(words(p)) and len(words(under)) >= 2 for p in candidates), (under, "||", candidates)


def _text_in(page, quads: list[float]) -> str:
    boxes = [(min(quads[i:i + 8:2]), min(quads[i + 1:i + 8:2]), max(quads[i:i + 8:2]), max(quads[i + 1:i + 8:2]))
             for i in range(0, len(quads), 8)]
    picked: list[str] = []

    def visit(text, cm, tm, font, size):
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        if text.strip() and any(x0 - 1 <= x < x1 - 0.5 and y0 - 2 <= y <= y1 for x0, y0, x1, y1 in boxes):
            picked.append(text)

    page.extract_text(visitor_text=visit)
    return flat(" ".join(picked))


def test_text_layer_holds_every_article_sentence_and_the_cyrillic_tweet(exported, export_corpus):
    _, reader = exported
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    for document in export_corpus.documents():
        for line in document.text.splitlines():
            sentence = flat(line)[:60]
            if len(sentence) > 20:
                assert sentence in text, sentence
    assert "Давайте и мы не терять" in text
    assert "Mikhaïlo Podolyak" in text


def test_fonts_are_embedded(exported):
    _, reader = exported
    fonts = set()
    for page in reader.pages[:4]:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object().get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font.get_object()).get("/FontDescriptor")
            assert descriptor and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add(str(descriptor["/FontName"]))
    assert any("DejaVu" in f for f in fonts)


def titles_at(outline: list) -> list:
    return [item.title if not isinstance(item, list) else None for item in outline]


def test_outline_has_one_entry_per_article_and_metadata_is_set(exported):
    summary, reader = exported
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    articles = reader.outline[titles_at(reader.outline).index("Articles") + 1]  # the entries nested beneath it
    assert [a.title.split(" · ")[0] for a in articles] == ["d1", "d2", "d3", "d4", "d5"]
    assert {"Cover", "Claim × source matrix", "Articles", "Speaker index"} <= set(titles)
    first_pages = [reader.get_destination_page_number(a) for a in articles]
    assert first_pages == sorted(first_pages)
    for a, page in zip(articles, first_pages):
        assert a.title.split(" · ")[-1][:30] in flat(reader.pages[page].extract_text())
    meta = reader.metadata
    assert meta.title.startswith("Provenance report") and meta.author == "Ana Lysenko"
    assert "5 documents" in meta.subject and meta.creation_date is not None
    assert "Provenance Viewer" in meta.producer
    assert summary.pages == len(reader.pages)


def test_cover_matrix_notes_and_speaker_index(exported):
    _, reader = exported
    cover = flat(reader.pages[0].extract_text())
    assert "Ana Lysenko" in cover and "Provenance Viewer" in cover and "5 documents (all documents)" in cover
    assert all(f"d{n} " in cover.split("Contents", 1)[1] for n in range(1, 6)), "the contents list each document"
    matrix = flat(reader.pages[1].extract_text())
    assert "Claim × source matrix" in matrix and "≠ differs" in matrix and "not found" in matrix
    links = annotations(reader, "/Link")
    assert any(n == 1 for n, _ in links)
    everything = flat(" ".join(p.extract_text() for p in reader.pages))
    assert "Speaker index" in everything and "Vadim Boychenko; Vadym Boichenko" in everything
    assert "BNR ← AFP (reported) ← Russian Defence Ministry" in everything
    assert "wounded — BNR (d1): “more than 100” vs WION (d2): “151”" in everything  # which source says which
    notes = [str(a["/Contents"]) for _, a in annotations(reader, "/Text")]
    assert len(notes) == 3 and any("Figure not confirmed" in n for n in notes)


def test_matrix_links_point_at_the_page_of_the_claim(exported):
    _, reader = exported
    for number, link in annotations(reader, "/Link"):
        if number != 1:
            continue
        pages = [page.indirect_reference for page in reader.pages]
        target = pages.index(link["/Dest"][0])
        assert target > 1
        assert annotations(reader, "/Highlight") and any(n == target for n, _ in annotations(reader, "/Highlight"))


def test_letter_size_and_a_selection(export_corpus, tmp_path):
    target = tmp_path / "two.pdf"
    summary = export_pdf(export_corpus, target, render, documents=[1, 2], options=PdfOptions(page_size="Letter"))
    reader = PdfReader(target)
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    assert summary.documents == 2 and summary.claims == 3


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_a_page_renders_with_the_claim_colour(exported, tmp_path):
    from PySide6.QtGui import QImage

    _, reader = exported
    page = next(n for n, _ in annotations(reader, "/Highlight"))
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page + 1), "-l", str(page + 1),
                    str(tmp_path / "report.pdf"), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name().upper() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert CLAIM_COLOURS[0] in colours  # c1 (first in reading order) painted once, not tinted twice by the annotation


def test_cancel_leaves_no_file(export_corpus, tmp_path):
    target = tmp_path / "cancelled.pdf"
    seen = []
    state = TaskState(lambda d, t, label: seen.append(label) or ("laying out" in label and state.cancel()))
    with pytest.raises(Cancelled):
        export_pdf(export_corpus, target, render, state=state)
    assert any("laying out" in label for label in seen)
    assert not target.exists() and not list(tmp_path.glob(".cancelled*"))


@pytest.mark.parametrize("format", ["json", "csv", "md", "html", "pdf"])
def test_every_format_honours_cancel_and_writes_nothing(export_corpus, tmp_path, format):
    from viewer.export.formats import export

    (folder := tmp_path / "out").mkdir()
    state = TaskState(lambda d, t, label: d >= 2 and state.cancel())  # while reading the third article
    with pytest.raises(Cancelled, match="nothing was written"):
        export(export_corpus, format, folder / f"cancelled.{format}", state=state, render=render)
    assert list(folder.iterdir()) == []


def test_progress_reports_every_article(export_corpus, tmp_path):
    labels = []
    export_pdf(export_corpus, tmp_path / "p.pdf", render, state=TaskState(lambda d, t, label: labels.append(label)))
    assert sum("laying out d" in label for label in labels) == 5


def test_unanalysed_corpus_exports_and_says_so(unanalysed_corpus, tmp_path):
    summary = export_pdf(unanalysed_corpus, tmp_path / "fresh.pdf", render)
    assert summary.highlights == 0 and "not been analysed" in summary.message
    text = flat(PdfReader(tmp_path / "fresh.pdf").pages[0].extract_text())
    assert "not been analysed" in text
    # fresh34: the cover lower-cased the advice ("analyse, ctrl+r", "provenance analyse corpus")
    assert "(Analyse, Ctrl+R, in the window;" in text and "analyse CORPUS" in text, text


@pytest.mark.parametrize("documents, claims, message", [
    ([], None, "no documents"),
    ([9], None, "no document d9"),
    (None, [42], "no claim c42"),
])
def test_bad_selections_are_refused(export_corpus, tmp_path, documents, claims, message):
    with pytest.raises(ExportError, match=message):
        export_pdf(export_corpus, tmp_path / "bad.pdf", render, documents=documents, claims=claims)
    assert not (tmp_path / "bad.pdf").exists()


def test_unwritable_folder_is_a_clear_error(export_corpus, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(export_corpus, tmp_path / "missing" / "x.pdf", render)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if (locked / "probe").exists() or _can_write(locked):
            pytest.skip("running as root: folder permissions do not stop writes")
        with pytest.raises(ExportError, match="cannot write"):
            export_pdf(export_corpus, locked / "x.pdf", render)
    finally:
        locked.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
        (folder / "probe").unlink()
        return True
    except OSError:
        return False


def test_disk_full_keeps_the_old_file(export_corpus, tmp_path, monkeypatch):
    import errno

    from pypdf import PdfWriter

    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")

    def full(self, stream):
        stream.write(b"%PDF-1.4 partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PdfWriter, "write", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export_pdf(export_corpus, target, render)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_a_claim_also_in_an_article_left_out_names_it_without_a_page(export_corpus, tmp_path):
    """walk24: "Also in d8 p. 00" (and a dead link) for a claim's passage in an article not in the report."""
    target = tmp_path / "r.pdf"
    export_pdf(export_corpus, target, render, documents=[1, 3], claims=[1])
    reader = PdfReader(target)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Also in d2 (not in this report)" in text
    assert not re.search(r"d\d+ p\. 0+\b", text), re.search(r".{40}d\d+ p\. 0+\b", text)


def test_the_pdf_timeline_gives_a_relay_chain_without_a_false_via(export_corpus, tmp_path):
    """fresh34: the PDF merged "Attributed to" with the chain speaker → outlet behind a "via": "Igor Konashenkov via
    Igor Konashenkov → WION" read as if he relayed himself (the BASIL walk: "Blake Farenthold via Blake Farenthold")."""
    export_pdf(export_corpus, tmp_path / "chains.pdf", render)
    text = flat(" ".join(p.extract_text() for p in PdfReader(tmp_path / "chains.pdf").pages))
    assert "Russian Defence Ministry → AFP → BNR" in text, text
    assert "Igor Konashenkov → WION" not in text  # heard direct: the chain repeated him as if relayed
    assert "via Igor Konashenkov" not in text and "via Russian Defence Ministry" not in text


def test_the_relay_pictures_are_explained_once_not_under_each_claim(exported):
    """Under every claim's heading the picture drew a legend of the claim's own words and two lines on its colours,
    and a caption below said how to read it again; at a page's foot that caption took a page of its own."""
    _summary, reader = exported
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert text.count("Who relayed it") >= 2, "at least one picture besides the explanation"
    assert "Edges in the colour of the claim most" not in text
    assert text.count("Speakers (left) → agencies and platforms → outlets (right)") == 1
    assert text.count("Edges in the claim's colour carry its statements; grey ones, other statements.") == 1
