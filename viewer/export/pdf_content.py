"""What the annotated PDF says, section by section: cover, claim × source matrix, articles, speakers.

Builds `pdf_document` data from a `Selection`, plus the list of highlights and notes that the
annotation pass turns into real PDF comments once the renderer has said where they landed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from viewer.analysis.model import UNNAMED_SOURCES, Mention
from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.export import matrix, palette, pdf_provenance
from viewer.export import stranded as stranded_notes
from viewer.excerpts import cut_at_word
from viewer.export.note_text import note_html, note_readable
from viewer.export.pdf_document import PAGE_SIZES, Cell, Markdown, Paragraph, Run, Section, Table, picture_room
from viewer.export.selection import TOOL, Article, Selection, relay_chain, speaker_headings, speaker_label
from viewer.export.wording import (
    NOT_CARRIED_LEGEND, NOT_FOUND, NOT_FOUND_LEGEND, STRANDED_CORRECTIONS, UNSAID_HERE, UNSAID_LEGEND, closest_words,
    ended, near_duplicate, not_carried_words, once, own_mentions, rendered_here, times_here,
)
from viewer.provenance.discrepancy_words import readable, with_kind
from viewer.provenance.plain_text import quoted
from viewer.provenance.wording import claim_label, statement_kind

# A portrait page holds four article columns of the matrix beside the claim: at eight (8% of the text width each)
# the cells broke "Representative", "December" and outlet names mid-word; at 18% a column holds about 16 letters.
MATRIX_COLUMNS = 4
MATRIX_COLUMN = 18  # percent of the text width per article column; the claim takes the rest


@dataclass
class Highlight:
    """One claim mention: its runs' marks, colour and the comment a PDF reader lists."""

    claim: StoredClaim
    mention: Mention
    keys: list[str]
    comment: str


@dataclass
class NotePin:
    """A researcher's note, pinned as a sticky note beside the text it is about."""

    key: str
    title: str
    body: str


@dataclass
class Content:
    sections: list[Section]
    highlights: list[Highlight] = field(default_factory=list)
    notes: list[NotePin] = field(default_factory=list)
    bookmarks: list[tuple[str, int]] = field(default_factory=list)  # title, section index


def mention_key(m: Mention) -> str:
    return f"hl:{m.document}:{m.start}-{m.end}"


def statement_key(s: StoredAttribution) -> str:
    return f"st:{s.document_id}:{s.content.start}-{s.content.end}"


def build(selection: Selection, researcher: str | None, page_size: tuple[float, float] = PAGE_SIZES["A4"]) -> Content:
    """All sections of the report in reading order; ``page_size`` decides how a relay picture is cut."""
    content = Content([_cover(selection, researcher), *_matrix(selection)])
    content.sections += pdf_provenance.sections(selection, picture_room(page_size))
    for article in selection.articles:
        content.bookmarks.append((article.source(article.title), len(content.sections)))
        content.sections.append(_article(selection, article, content))
    if selection.stranded:
        content.sections.append(_stranded(selection, content))
    content.sections.append(_speakers(selection))  # last: the outline's "Speaker index" points at the last section
    return content


# -- cover and matrix -------------------------------------------------------------------------


def _cover(selection: Selection, researcher: str | None) -> Section:
    s = Section("Provenance report")
    s.blocks.append(Paragraph([Run("Provenance report")], "title"))
    facts = [
        ("Corpus", f"{selection.corpus_name} ({selection.corpus_path})"),
        ("Selection", selection.describe()),
        ("Linked claims", selection.claims_counted() + (" (chosen)" if selection.claims and not selection.everything else "")),
        ("Speakers", str(len(selection.speakers))),
        ("Exported", selection.exported_at),
        ("Tool", TOOL),
    ]
    if researcher:
        facts.insert(0, ("Researcher", researcher))
    for name, value in facts:
        s.blocks.append(Paragraph([Run(f"{name}: ", bold=True), Run(value)], "body"))
    if selection.message():
        s.blocks.append(Paragraph([Run(_sentence(selection.message()), bold=True, colour=palette.DISCREPANCY_MARK)]))
    s.blocks.append(Paragraph([Run("Contents")], "h2"))
    for article in selection.articles:
        s.blocks.append(Paragraph([
            # the page before the title: after it, "— p. 8" took a line of its own under a long title
            Run(f"{article.label}  {article.listed}, p.\u00a0"), Run("", page_of=f"doc:{article.document.id}"),
            Run(": "), Run(article.title, link=f"doc:{article.document.id}"),
        ], "note"))
    s.blocks.append(Paragraph([Run("How to read this report")], "h2"))
    for line in (
        "Each claim shared by two or more articles is lit in its own colour in every article, with its "
        "number ([1], [2] …) in the margin and a note number after it; the notes follow each article.",
        "≠ and a dashed underline mark a mention that differs from the other sources (figures, names, "
        "hedges); grey text is page furniture (navigation, “Also read”, copyright) kept from the original.",
        "Every highlight and note is also a PDF comment: open your reader's comments panel to list them.",
    ):
        s.blocks.append(Paragraph([Run(line)], "note"))
    return s


def _sentence(message: str) -> str:
    """The message as a sentence on the cover; `str.capitalize` lower-cased the rest ("ctrl+r", "analyse corpus")."""
    return message[:1].upper() + message[1:] + "."


def _matrix(selection: Selection) -> list[Section]:
    s = Section("Claim × source matrix", bookmark="Claim × source matrix")
    s.blocks.append(Paragraph([Run("Claim × source matrix")], "h1"))
    if not selection.claims:
        s.blocks.append(Paragraph([Run(selection.message() or "No claims.")]))
        return [s]
    s.blocks.append(Paragraph([Run("present: the article carries the claim; differs: it carries it with a "
                                   f"discrepancy (≠); {NOT_FOUND_LEGEND}. Page numbers are links.")], "note"))
    if grouped := matrix.explained(selection.matrix, MATRIX_COLUMNS):
        s.blocks.append(Paragraph([Run(grouped)], "note"))
    for table in selection.matrix_tables(MATRIX_COLUMNS):
        if table.group:
            s.blocks.append(Paragraph([Run(table.heading(lambda a: a.label))], "h2"))
        header = [Cell([Run("Claim")])] + [Cell([Run(a.source(sep="\n"))]) for a in table.articles]
        rows = [[_claim_cell(selection, c)] + [_matrix_cell(selection, c, a) for a in table.articles] for c in table.claims]
        columns = [MATRIX_COLUMN] * len(table.articles)
        s.blocks.append(Table(header, rows, [100 - sum(columns)] + columns))
    if unshared := selection.matrix[1]:
        s.blocks.append(Paragraph([Run(f"{matrix.ALONE} ({len(unshared)})")], "h2"))
        for article in unshared:
            s.blocks.append(Paragraph([Run(article.source(sep=" ") + ": ", bold=True),
                                       Run(article.title, link=f"doc:{article.document.id}")], "note"))
    if selection.says_unsaid:
        s.blocks.append(Paragraph([Run(UNSAID_LEGEND + ".")], "note"))
    if selection.says_not_carried:
        s.blocks.append(Paragraph([Run(NOT_CARRIED_LEGEND + ".")], "note"))
    if stranded := selection.stranded_corrections():
        s.blocks.append(Paragraph([Run(f"{STRANDED_CORRECTIONS} ({len(stranded)})")], "h2"))
        s.blocks += [Paragraph([Run(line)], "note") for line in stranded]
    return [s]


def _claim_cell(selection: Selection, claim: StoredClaim) -> Cell:
    return Cell([Run(f"{claim_label(claim.id)} ", bold=True), Run(claim.named)], background=selection.colour(claim.id))


def _matrix_cell(selection: Selection, claim: StoredClaim, article: Article) -> Cell:
    here = claim.mentions_in(article.document.id)
    if (judged := selection.not_carried(claim.id, article.document.id)) is not None:
        return Cell([Run(not_carried_words(judged), colour="#555555")], background=palette.ABSENT)
    if not here:
        runs = [Run(NOT_FOUND, colour="#555555")]
        passage = selection.closest_to(claim, article.document.id)
        if passage is not None:
            runs.append(Run("\n" + closest_words(passage, 50), colour="#555555", italic=True, small=True))
        return Cell(runs, background=palette.ABSENT)
    word = (UNSAID_HERE if article.document.id in claim.unsaid
            else "≠ differs" if claim.differs_in(article.document.id) else "present")
    key = mention_key(here[0])
    return Cell([Run(f"{word}\np. "), Run("", page_of=key, link=key)])


# -- articles ---------------------------------------------------------------------------------


def _article(selection: Selection, article: Article, content: Content) -> Section:
    d = article.document
    s = Section(article.source(article.title), margin_notes=True)
    s.blocks.append(Paragraph([Run(f"{article.label}  ", colour="#666666"), Run(article.title, mark=f"doc:{d.id}")], "h1"))
    for name, value in (
        ("Outlet", d.outlet), ("Date", article.date_account), ("Author", d.author), ("Language", d.language),
        ("URL", d.url), ("Original file", d.source_path), ("SHA-256", d.sha256), ("Imported", d.imported_at),
        ("Near-duplicate of", near_duplicate(article.repeats)),
    ):
        if value:
            s.blocks.append(Paragraph([Run(f"{name}: ", bold=True), Run(value)], "meta"))
    added = selection.on_document(d.id)
    if added.tags:
        s.blocks.append(Paragraph([Run("Tags: ", bold=True), Run(", ".join(added.tags))], "meta"))
    if added.note:
        s.blocks.append(Paragraph([Run("Researcher's note on this document", mark=f"note:d{d.id}")], "h2"))
        s.blocks.append(Markdown(note_html(added.note.text)))
        content.notes.append(NotePin(f"note:d{d.id}", f"Note on {article.label}", note_readable(added.note.text)))
    s.blocks.append(Paragraph([Run("Text")], "h2"))
    numbers = {id(m): n for n, (_, mentions) in enumerate(article.claims_here(), start=1) for m in mentions}
    s.blocks += _text(selection, article, numbers, content)
    s.blocks += _endnotes(selection, article, content)
    return s


def _text(selection: Selection, article: Article, numbers: dict[int, int], content: Content) -> list[Paragraph]:
    """The stored text, one paragraph per line, cut into runs wherever a claim, statement or junk starts or ends."""
    text = article.document.text
    cuts = {0, len(text)}
    for _, m in article.mentions:
        cuts |= {m.start, m.end}
    for span in article.boilerplate:
        cuts |= {span.start, span.end}
    for st in article.statements:
        cuts.add(st.content.start)
    position = text.find("\n")
    while position != -1:
        cuts |= {position, position + 1}
        position = text.find("\n", position + 1)
    cuts_sorted = sorted(c for c in cuts if 0 <= c <= len(text))
    starts = {st.content.start: st for st in article.statements}
    keys: dict[int, list[str]] = {id(m): [] for _, m in article.mentions}
    paragraphs: list[Paragraph] = []
    runs: list[Run] = []
    for a, b in zip(cuts_sorted, cuts_sorted[1:]):
        piece = text[a:b]
        if piece == "\n":
            if runs:
                paragraphs.append(Paragraph(runs))
            runs = []
            continue
        if a in starts:
            runs.append(Run("", mark=statement_key(starts[a])))
        runs += [Run("", mark=mention_key(m)) for _, m in article.mentions if m.start == a]
        active = [(c, m) for c, m in article.mentions if m.start <= a and b <= m.end]
        run = Run(piece)
        if any(span.start <= a and b <= span.end for span in article.boilerplate):
            run.colour = palette.BOILERPLATE_TEXT
        if active:
            claim, mention = active[0]
            run.background = selection.colour(claim.id)
            run.mark = f"{mention_key(mention)}@{a}"
            for _, m in active:
                keys[id(m)].append(run.mark)
            if claim.differs_in(article.document.id):
                run.underline = palette.DISCREPANCY_MARK
            if a == mention.start:
                run.margin = claim_label(claim.id) + (" ≠" if claim.differs_in(article.document.id) else "") + (
                    f" {claim.rendered_in(mention)}" if claim.rendered_in(mention) else "")
        runs.append(run)
        for claim, m in article.mentions:
            if m.end == b:
                runs.append(Run(str(numbers[id(m)]), superscript=True, small=True, colour="#333333"))
    if runs:
        paragraphs.append(Paragraph(runs))
    for claim, m in article.mentions:
        content.highlights.append(Highlight(claim, m, keys[id(m)], _comment(selection, article, claim, m)))
    return paragraphs


def _comment(selection: Selection, article: Article, claim: StoredClaim, mention: Mention) -> str:
    """The comment a PDF reader lists for a highlight: the claim, the other sources, what differs."""
    lines = [f"Claim {claim_label(claim.id)}: {claim.named}"]
    if claim.rendered_in(mention):
        lines.append(f"{claim.rendered_in(mention)} rendering of the claim's words in this article (one source, two languages)")
    for document_id in once(m.document for m in claim.mentions if m.document != article.document.id):
        other = selection.article(document_id)
        where = f"d{document_id}" + (f" ({other.document.outlet})" if other and other.document.outlet else "")
        lines.append(f"Also in {where}: " + " / ".join(f"“{m.text}”" for m in claim.mentions_in(document_id)))
    judged = [a.label for a in selection.compared_with(claim) if selection.not_carried(claim.id, a.document.id)]
    if judged:
        lines.append("Not carried by (your correction): " + ", ".join(judged))
    absent = [a.label for a in selection.compared_with(claim)
              if not claim.mentions_in(a.document.id) and not selection.not_carried(claim.id, a.document.id)]
    if absent:
        lines.append("No passage linked in: " + ", ".join(absent))
    for d in claim.discrepancies:
        lines.append(f"Differs ({d.kind}): {readable(d, selection.source_names)}")
    lines += [f"Source: {chain}" for chain in once(relay_chain(article, st) for st in article.statements_in(mention))]
    added = selection.on_claim(claim.id)
    if added.tags:
        lines.append("Tags: " + ", ".join(added.tags))
    if added.note:
        lines.append("Note: " + note_readable(added.note.text))
    return "\n".join(lines)


def _endnotes(selection: Selection, article: Article, content: Content) -> list:
    blocks: list = []
    if article.mentions:
        blocks.append(Paragraph([Run("Notes on the claims")], "h2"))
    pinned = {pin.key for pin in content.notes}
    for number, (claim, mentions) in enumerate(article.claims_here(), start=1):
        runs = [Run(f"{number}. "), Run(claim_label(claim.id), bold=True, background=selection.colour(claim.id)),
                Run(f" {ended(claim.named)} {times_here(len(own_mentions(claim, mentions)))}"
                    f"{rendered_here(claim, article.document.id)}")]
        others = once(o.document for o in claim.mentions if o.document != article.document.id)
        if others:
            runs.append(Run("Also in "))
            for i, document_id in enumerate(others):
                first = claim.mentions_in(document_id)[0]
                if selection.article(document_id) is None:  # no page to give: it read "p. 00", a dead link
                    runs += [Run(", " if i else ""), Run(f"d{document_id} (not in this report)")]
                    continue
                runs += [Run(", " if i else ""), Run(f"d{document_id} p. "), Run("", page_of=mention_key(first), link=mention_key(first))]
            runs.append(Run(". "))
        absent = [a.label for a in selection.compared_with(claim) if not claim.mentions_in(a.document.id)]
        if absent:
            runs.append(Run(f"No passage linked in {', '.join(absent)}. "))
        blocks.append(Paragraph(runs, "note"))
        for d in claim.discrepancies:
            blocks.append(Paragraph([Run("≠ ", colour=palette.DISCREPANCY_MARK, bold=True), Run(with_kind(d, selection.source_names))], "note", indent=1))
        for chain, kind in once((relay_chain(article, st), st.kind) for st in article.statements_in(*mentions)):
            blocks.append(Paragraph([Run("Source: ", bold=True), Run(chain), Run(f" ({kind})", italic=True)], "note", indent=1))
        added = selection.on_claim(claim.id)
        if added.tags:
            blocks.append(Paragraph([Run("Tags: ", bold=True), Run(", ".join(added.tags))], "note", indent=1))
        note_key = f"note:c{claim.id}"
        if added.note and note_key not in pinned:
            blocks.append(Paragraph([Run("Researcher's note:", bold=True, mark=note_key)], "note", indent=1,
                                    keep_with_next=True))
            blocks.append(Markdown(note_html(added.note.text), indent=2))
            content.notes.append(NotePin(note_key, f"Note on claim {claim_label(claim.id)}", note_readable(added.note.text)))
            pinned.add(note_key)
    if article.statements:
        blocks.append(Paragraph([Run("Who says what in this article")], "h2"))
    for st in article.statements:
        said = quoted(article.document.text[st.content.start:st.content.end])
        blocks.append(Paragraph([Run(speaker_label(st), bold=True), Run(f" ({statement_kind(st.kind, st.negation)}) "),
                                 Run(said, italic=True)], "note"))
        if st.via:
            blocks.append(Paragraph([Run("Relay: ", bold=True), Run(relay_chain(article, st))], "note", indent=1))
        added = selection.on_statement(st)
        if added.tags:
            blocks.append(Paragraph([Run("Tags: ", bold=True), Run(", ".join(added.tags))], "note", indent=1))
        if added.note:
            key = f"note:{statement_key(st)}"
            blocks.append(Paragraph([Run("Researcher's note:", bold=True, mark=key)], "note", indent=1,
                                    keep_with_next=True))
            blocks.append(Markdown(note_html(added.note.text), indent=2))
            content.notes.append(NotePin(key, f"Note on a statement by {speaker_label(st)}", note_readable(added.note.text)))
    passages = selection.on_passages(article.document.id)
    if passages:
        blocks.append(Paragraph([Run("The researcher's passages")], "h2"))
    for start, end, added in passages:
        key = f"note:passage:{article.document.id}:{start}-{end}"
        blocks.append(Paragraph([Run("On the passage ", bold=True, mark=key),
                                 Run(quoted(article.document.text[start:end]), italic=True)], "note"))
        if added.tags:
            blocks.append(Paragraph([Run("Tags: ", bold=True), Run(", ".join(added.tags))], "note", indent=1))
        if added.note:
            blocks.append(Markdown(note_html(added.note.text), indent=2))
            content.notes.append(NotePin(key, f"Note on a passage of {article.label}", note_readable(added.note.text)))
    return blocks


def _stranded(selection: Selection, content: Content) -> Section:
    """Notes on a claim or statement the analysis no longer finds: in the text and as PDF comments."""
    s = Section(stranded_notes.HEADING, bookmark=stranded_notes.HEADING)
    s.blocks.append(Paragraph([Run(stranded_notes.HEADING)], "h1"))
    s.blocks.append(Paragraph([Run(stranded_notes.EXPLAINED)], "note"))
    for left in selection.stranded:
        key = f"note:left:{left.kind}:{left.key}"
        s.blocks.append(Paragraph([Run(left.about, bold=True, mark=key)], "h2"))
        if left.added.tags:
            s.blocks.append(Paragraph([Run("Tags: ", bold=True), Run(", ".join(left.added.tags))], "note", indent=1))
        if left.added.note:
            s.blocks.append(Markdown(note_html(left.added.note.text), indent=1))
            content.notes.append(NotePin(key, f"Note on {left.about}", note_readable(left.added.note.text)))
    return s


# -- speaker index ----------------------------------------------------------------------------


def _speakers(selection: Selection) -> Section:
    s = Section("Speaker index", bookmark="Speaker index")
    s.blocks.append(Paragraph([Run("Speaker index")], "h1"))
    if not selection.speakers:
        s.blocks.append(Paragraph([Run("No speakers were found in the exported documents.")]))
    by_speaker = selection.statements_by_speaker()
    headings = speaker_headings(selection)
    for speaker in selection.speakers:
        detail = ", ".join(x for x in (speaker.role, speaker.kind if speaker.kind != "unknown" else None) if x)
        s.blocks.append(Paragraph([Run(headings[speaker.id], bold=True), Run(f" — {detail}" if detail else "")], "h2"))
        if speaker.aliases:
            s.blocks.append(Paragraph([Run("Also written: ", italic=True), Run("; ".join(speaker.aliases))], "note",
                                      keep_with_next=True))
        s.blocks += [_indexed(article, st) for article, st in by_speaker.get(speaker.id, [])]
    if unnamed := selection.unnamed_statements():
        s.blocks.append(Paragraph([Run(UNNAMED_SOURCES, bold=True)], "h2"))
        s.blocks += [_indexed(article, st, who=True) for article, st in unnamed]
    return s


def _indexed(article: Article, st: StoredAttribution, who: bool = False) -> Paragraph:
    """A statement in the speaker index; ``who``: led by its speaker ("unnamed: officials")."""
    said = quoted(cut_at_word(article.document.text[st.content.start:st.content.end], 160))
    return Paragraph([
        *([Run(speaker_label(st) + " — ", bold=True)] if who else []),
        Run(article.source(sep=" ") + ", p. "),
        Run("", page_of=statement_key(st), link=statement_key(st)),
        Run(f" ({statement_kind(st.kind, st.negation)}{', via ' + ' ← '.join(r.name for r in st.via) if st.via else ''}): "),
        Run(said, italic=True),
    ], "note", indent=1)
