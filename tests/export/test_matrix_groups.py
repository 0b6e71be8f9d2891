"""A large export's claim × source matrix: one table per group of articles that share claims, not a
column per article of the corpus (110 articles gave rows of 108 "not found" cells, 706 PDF pages)."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from viewer.analysis import store
from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.model import Claim, Mention
from viewer.corpus.importing import import_paths
from viewer.export import matrix
from viewer.export.formats import export
from viewer.export.pdf import export_pdf
from viewer.export.selection import select
from viewer.render.pdf_layout import render

# Made-up reports of four events: three told by several outlets, the fourth by one.
STORIES = {
    "ferry": ["The harbour ferry ran aground on Tuesday. All 40 passengers were taken off safely.",
              "A ferry grounded in the harbour on Tuesday. All 40 passengers were taken off safely.",
              "Passengers left a stranded ferry on Tuesday. The harbour ferry ran aground on Tuesday.",
              "The operator apologised. All 40 passengers were taken off safely."],
    "bridge": ["The old bridge reopened to traffic on Friday. Repairs cost 3 million euros.",
               "Repairs cost 3 million euros. Cyclists welcomed the change.",
               "The old bridge reopened to traffic on Friday. Buses return next week."],
    "library": ["The city library will open on Sundays from May. Staff numbers rise by six.",
                "The city library will open on Sundays from May. Readers had asked for years."],
    "storm": ["A storm cut power to 2,000 homes overnight."],
}
SHARED = {  # claim label: the sentence every report of the story carrying it writes word for word
    "ferry": ["The harbour ferry ran aground on Tuesday.", "All 40 passengers were taken off safely."],
    "bridge": ["The old bridge reopened to traffic on Friday.", "Repairs cost 3 million euros."],
    "library": ["The city library will open on Sundays from May."],
}


@pytest.fixture
def four_events(memory_corpus, tmp_path):
    """Ten reports (more than one table holds) in four events, the claims linked by hand."""
    names = {}
    for story, texts in STORIES.items():
        for n, text in enumerate(texts):
            (tmp_path / f"{story}{n}.txt").write_text(f"{story.title()} report {n}\n\n{text}\n", encoding="utf-8")
    import_paths(memory_corpus, sorted(tmp_path.glob("*.txt")))
    for d in memory_corpus.document_ids():
        names[d] = memory_corpus.document(d, with_text=False).source_path.rsplit("/", 1)[-1]
    store.write_documents(memory_corpus, [DocumentAnalysis(d) for d in names], "test")
    claims = {}
    for story, sentences in SHARED.items():
        for sentence in sentences:
            mentions = []
            for d, name in names.items():
                text = memory_corpus.document(d).text
                if name.startswith(story) and sentence in text:
                    start = text.index(sentence)
                    mentions.append(Mention(d, start, start + len(sentence), sentence))
            claims[len(claims) + 1] = Claim(sentence, mentions, [])
    store.write_claims(memory_corpus, claims)
    return memory_corpus, {name.removesuffix(".txt"): d for d, name in names.items()}


def test_a_large_selection_is_cut_where_no_claim_joins_its_articles(four_events):
    corpus, ids = four_events
    selection = select(corpus)
    assert len(selection.articles) > matrix.COLUMNS
    found, unshared = selection.matrix
    as_names = [sorted(n for n, d in ids.items() if d in {a.document.id for a in g.articles}) for g in found]
    assert sorted(as_names) == [["bridge0", "bridge1", "bridge2"], ["ferry0", "ferry1", "ferry2", "ferry3"],
                                ["library0", "library1"]]
    assert [a.document.id for a in unshared] == [ids["storm0"]]
    for group in found:
        members = {a.document.id for a in group.articles}
        assert all(set(c.documents()) <= members for c in group.claims)
    few = select(corpus, [ids["ferry0"], ids["bridge0"], ids["storm0"]])
    assert len(few.matrix[0]) == 1 and len(few.matrix[0][0].articles) == 3, "a selection that fits one table keeps it"


def test_markdown_and_html_give_each_group_its_own_table(four_events, tmp_path):
    corpus, ids = four_events
    export(corpus, "md", tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    block = text[text.index("## Claim × source matrix"):text.index("## Where each claim came from")
                 if "## Where each claim came from" in text else len(text)]
    headers = [line for line in block.splitlines() if line.startswith("| Claim |")]
    assert sorted(line.count(" | ") for line in headers) == [2, 3, 4], headers  # columns: 2, 3 and 4 articles
    assert re.findall(r"### Group (\d) of 3: ", block) == ["1", "2", "3"]
    assert "### Articles sharing no claim with another (1)" in block
    assert f"- **d{ids['storm0']}** Storm report 0" in block
    export(corpus, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<tr><th>Claim</th>") == 3 and "Group 3 of 3: " in page


def test_the_pdf_matrix_and_notes_weigh_a_claim_against_its_group(four_events, tmp_path):
    corpus, ids = four_events
    export_pdf(corpus, tmp_path / "r.pdf", render)
    reader = PdfReader(tmp_path / "r.pdf")
    everything = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(re.findall(r"Group \d of 3: ", everything)) == 3
    assert "Articles sharing no claim with another (1)" in everything
    comments = [str(a.get_object().get("/Contents", "")) for p in reader.pages for a in p.get("/Annots", [])
                if a.get_object()["/Subtype"] == "/Highlight"]
    library = [c for c in comments if c.startswith("Claim [5]:")]
    assert library and all("No passage linked in" not in c for c in library), "both library reports carry it"
    ferry = next(c for c in comments if c.startswith("Claim [1]:"))
    assert f"No passage linked in: d{ids['ferry1']}, d{ids['ferry3']}" in ferry, ferry




def one_claim_in_every_file(corpus, folder, sentence: str):
    """Imports the folder's files and makes the sentence each one writes one claim carried by all."""
    import_paths(corpus, sorted(folder.glob("*.txt")))
    ids = corpus.document_ids()
    store.write_documents(corpus, [DocumentAnalysis(d) for d in ids], "test")
    mentions = []
    for d in ids:
        start = corpus.document(d).text.index(sentence)
        mentions.append(Mention(d, start, start + len(sentence), sentence))
    store.write_claims(corpus, {1: Claim(sentence, mentions, [])})
    return corpus


@pytest.fixture
def one_story(memory_corpus, tmp_path):
    """Ten reports of one event (more than one table holds), each writing its one shared sentence word for word."""
    sentence = "The harbour ferry ran aground on Tuesday."
    for n in range(10):
        (tmp_path / f"ferry{n}.txt").write_text(f"Ferry report {n}\n\n{sentence} Outlet {n} adds its own detail.\n",
                                                encoding="utf-8")
    return one_claim_in_every_file(memory_corpus, tmp_path, sentence)


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_one_story_wider_than_a_table_is_paged_not_called_group_1_of_1(one_story, tmp_path, fmt):
    """Thirty-two reports of one shooting were headed "Group 1 of 1" four times, under a sentence about one table a
    group."""
    target = tmp_path / f"r.{fmt}"
    export(one_story, fmt, target, render=render)
    if fmt == "pdf":
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    else:
        text = target.read_text(encoding="utf-8")
    assert "Group 1 of 1" not in text and "one table a group" not in text
    if fmt == "pdf":  # a portrait page holds four article columns: ten are cut 4, 3, 3
        assert "Articles 1–4 of 10: d1, d2, d3, d4 (1 claim)" in text and "Articles 5–7 of 10" in text
        assert "its table is cut into pages of up to 4 articles" in text
        assert "Articles 8–10 of 10: d8, d9, d10 (1 claim)" in text
    else:  # eight a page: 5 and 5, not 8 and 2
        assert "Articles 1–5 of 10: d1, d2, d3, d4, d5 (1 claim)" in text
        assert "its table is cut into pages of up to 8 articles" in text
        assert "Articles 6–10 of 10: d6, d7, d8, d9, d10 (1 claim)" in text


OUTLETS = ["International Business Times", "Associated Press", "Philadelphia Inquirer", "Independent Journal",
           "Washingtonian Magazine", "Commonwealth Chronicle", "Intermountain Herald", "Metropolitan Observer"]


@pytest.fixture
def eight_outlets(memory_corpus, tmp_path):
    """Eight made-up reports of one council vote, each by an outlet with long words in its name, sharing one claim."""
    sentence = "The Representative's amendment was withdrawn unexpectedly on Wednesday."
    for n, outlet in enumerate(OUTLETS):
        (tmp_path / f"vote{n}.txt").write_text(f"Title: Council vote report {n}\nSource: {outlet}\n\n{sentence}"
                                               f" Councillors disagreed about the consequences.\n", encoding="utf-8")
    return one_claim_in_every_file(memory_corpus, tmp_path, sentence)


def test_the_pdf_matrix_of_eight_articles_breaks_no_word(eight_outlets, tmp_path):
    """fresh34: eight article columns of 8% of a portrait page broke "International", "Philadelphia" and the
    closest passages' words mid-word; each table now holds four, the claim repeated beside them."""
    assert [d.outlet for d in eight_outlets.documents_by_id(eight_outlets.document_ids(), with_text=False).values()] \
        == OUTLETS
    export(eight_outlets, "pdf", tmp_path / "r.pdf", render=render)
    reader = PdfReader(tmp_path / "r.pdf")
    page = next(p.extract_text() for p in reader.pages if "numbers are links" in " ".join(p.extract_text().split()))
    words = set(page.split())
    for outlet in OUTLETS:
        assert set(outlet.split()) <= words, (outlet, page)
    assert page.count("Representative's") == 2 and "Articles 5–8 of 8" in " ".join(page.split())


def test_the_pdf_timeline_table_sets_a_long_word_smaller_rather_than_break_it(eight_outlets, tmp_path):
    """fresh34: the timeline's source column (12% of the page) printed "Commonwealt / h Chronicle"; a cell whose
    word is wider than its column is set smaller."""
    export(eight_outlets, "pdf", tmp_path / "r.pdf", render=render)
    reader = PdfReader(tmp_path / "r.pdf")
    page = next(p.extract_text() for p in reader.pages if "Sources in time order" in " ".join(p.extract_text().split()))
    words = set(page.split())
    for outlet in OUTLETS:
        assert set(outlet.split()) <= words, (outlet, page)


@pytest.mark.parametrize(("count", "columns", "sizes"), [(5, 4, [3, 2]), (10, 4, [4, 3, 3]), (9, 8, [5, 4]),
                                                          (8, 8, [8]), (4, 4, [4]), (2, 8, [2])])
def test_a_paged_table_is_cut_into_even_pages_never_one_article_alone(count, columns, sizes):
    """window46's walk: five GVA reports of one shooting in the PDF's tables of four gave d5 a table of its own,
    "Articles 5–5 of 5", every claim's label repeated beside one column."""
    cut = matrix.spans(count, columns)
    assert [last - first for first, last in cut] == sizes
    assert cut[0][0] == 0 and cut[-1][1] == count and all(a[1] == b[0] for a, b in zip(cut, cut[1:]))
