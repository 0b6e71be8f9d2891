"""Readable Markdown and HTML reports with the PDF's sections: cover, matrix, where each claim came
from (`timeline_tables`), articles, speakers.

The HTML is one self-contained file: inline CSS, no scripts, no remote resources, every piece
of corpus text escaped (notes go through markdown-it with raw HTML and images disabled).
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import IO

from viewer.analysis.model import UNNAMED_SOURCES
from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.export import matrix, timeline_tables
from viewer.export import stranded as stranded_notes
from viewer.export.note_text import note_html
from viewer.export.selection import TOOL, Article, Selection, relay_chain, speaker_headings, speaker_label
from viewer.export.wording import (
    NOT_CARRIED_LEGEND, NOT_FOUND, NOT_FOUND_LEGEND, STRANDED_CORRECTIONS, UNSAID_HERE, UNSAID_LEGEND, closest_words,
    ended, near_duplicate, not_carried_words, once, own_mentions, rendered_here, times_here,
)
from viewer.provenance.discrepancy_words import with_kind
from viewer.provenance.plain_text import quoted
from viewer.provenance.wording import claim_label, statement_kind

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


# A blank line ends a paragraph. Each one is closed and opened here, and a highlight or page furniture running
# across one is closed and opened with it: "</p>" inside a <span> left the furniture's next paragraphs unmarked in a
# browser, and a "<br>" after every "</p>" set each article's paragraphs two blank lines apart.
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")
_PARAGRAPHS = "</p>\n<p>"


def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_note(body: str, indent: str = "") -> str:
    """A note is Markdown already: it passes through as written, with "<" made literal so raw
    HTML in it is shown, never run, by whatever renders the report, and an image made a link naming it
    ("[image: map](…)"): a Markdown viewer loaded "![map](http://…)" from the web when the report was opened."""
    body = _MD_IMAGE.sub("[image: ", body.strip().replace("<", "&lt;"))
    return "\n".join(indent + line if line.strip() else "" for line in body.splitlines())


_MD_IMAGE = re.compile(r"(?<!\\)!\[")


def _segments(article: Article) -> Iterator[tuple[str, StoredClaim | None, bool, list[str]]]:
    """(text, claim lit there, is page furniture, markers to print after it) in reading order."""
    text = article.document.text
    cuts = sorted({0, len(text)} | {p for _, m in article.mentions for p in (m.start, m.end)}
                  | {p for s in article.boilerplate for p in (s.start, s.end)})
    for a, b in zip(cuts, cuts[1:]):
        lit = next((c for c, m in article.mentions if m.start <= a and b <= m.end), None)
        junk = any(s.start <= a and b <= s.end for s in article.boilerplate)
        ends = [claim_label(c.id) + ("≠" if c.differs_in(article.document.id) else "") for c, m in article.mentions if m.end == b]
        yield text[a:b], lit, junk, ends


def _cell(selection: Selection, claim: StoredClaim, article: Article) -> str:
    if (judged := selection.not_carried(claim.id, article.document.id)) is not None:
        return not_carried_words(judged)
    if not claim.mentions_in(article.document.id):
        return NOT_FOUND
    if article.document.id in claim.unsaid:
        return UNSAID_HERE
    return "≠ differs" if claim.differs_in(article.document.id) else "present"


def _md_cell(selection: Selection, claim: StoredClaim, article: Article) -> str:
    word = _cell(selection, claim, article)
    return word + md_escape(_not_found_detail(selection, claim, article)) if word == NOT_FOUND else md_escape(word)


def _not_found_detail(selection: Selection, claim: StoredClaim, article: Article) -> str:
    """"; closest, not linked (…): “…”" when a passage of the article comes close, else nothing."""
    passage = selection.closest_to(claim, article.document.id)
    return f"; {closest_words(passage)}" if passage else ""


def _facts(selection: Selection, researcher: str | None) -> list[tuple[str, str]]:
    facts = [("Corpus", selection.corpus_path), ("Selection", selection.describe()),
             ("Linked claims", selection.claims_counted()), ("Exported", selection.exported_at), ("Tool", TOOL)]
    return ([("Researcher", researcher)] if researcher else []) + facts


def _contents(selection: Selection) -> list[tuple[str, str]]:
    """(label, title with outlet and date): the matrix names its columns d1, d2… only, so the report
    says at the top which article each is, as the PDF's cover does."""
    return [(a.label, f"{a.title} ({a.listed})") for a in selection.articles]


def _metadata(selection: Selection, article: Article) -> list[tuple[str, str]]:
    d = article.document
    pairs = [("Outlet", d.outlet), ("Date", article.date_account), ("Author", d.author), ("Language", d.language),
             ("URL", d.url), ("Original file", d.source_path), ("SHA-256", d.sha256), ("Imported", d.imported_at),
             ("Tags", ", ".join(selection.on_document(d.id).tags)), ("Near-duplicate of", near_duplicate(article.repeats))]
    return [(k, v) for k, v in pairs if v]


def _also_in(labels: list[str]) -> str:
    return f"Also in {', '.join(labels)}." if labels else "In no other source."


def _sources(article: Article, mentions) -> list[str]:
    """The relay chains of the statements carrying a claim's mentions here, each chain once."""
    return once(relay_chain(article, st) for st in article.statements_in(*mentions))


def _others(claim: StoredClaim, article: Article) -> list[str]:
    """The other documents carrying the claim, each once."""
    return once(f"d{m.document}" for m in claim.mentions if m.document != article.document.id)


# -- Markdown ---------------------------------------------------------------------------------


def write_markdown(selection: Selection, out: IO[str], researcher: str | None = None) -> None:
    """A Markdown report; claims are bold with their marker, e.g. **…** [1]≠."""
    w = out.write
    w(f"# Provenance report: {md_escape(selection.corpus_name)}\n\n")
    for name, value in _facts(selection, researcher):
        w(f"- **{name}:** {md_escape(value)}\n")
    if selection.message():
        w(f"\n> {md_escape(selection.message())}\n")
    w("\n## Articles\n\n")
    for label, title in _contents(selection):
        w(f"- **{label}** {md_escape(title)}\n")
    w("\n## Claim × source matrix\n\n")
    if not selection.claims:  # the heading stood over nothing
        w(f"{md_escape(selection.message() or 'No claims.')}\n")
    if selection.claims:
        if grouped := matrix.explained(selection.matrix):
            w(f"{md_escape(grouped)}\n")
        for table in selection.matrix_tables():
            if table.group:
                w(f"\n### {md_escape(table.heading(lambda a: a.label))}\n\n")
            w("| Claim | " + " | ".join(md_escape(a.source(sep=" ")) for a in table.articles) + " |\n")
            w("|---" * (len(table.articles) + 1) + "|\n")
            for c in table.claims:
                cells = [_md_cell(selection, c, a) for a in table.articles]
                w(f"| {md_escape(claim_label(c.id))} {md_escape(c.named)} | " + " | ".join(cells) + " |\n")
        if unshared := selection.matrix[1]:
            w(f"\n### {matrix.ALONE} ({len(unshared)})\n\n")
            for article in unshared:
                w(f"- **{article.label}** {md_escape(article.title)}\n")
        w(f"\n_{md_escape(NOT_FOUND_LEGEND)}._\n")
        if selection.says_unsaid:
            w(f"\n_{md_escape(UNSAID_LEGEND)}._\n")
        if selection.says_not_carried:
            w(f"\n_{md_escape(NOT_CARRIED_LEGEND)}._\n")
    if stranded := selection.stranded_corrections():
        w(f"\n### {STRANDED_CORRECTIONS} ({len(stranded)})\n\n" + "".join(f"- {md_escape(line)}\n" for line in stranded))
    timeline_tables.write_markdown(selection, w, md_escape)
    for article in selection.articles:
        w(f"\n## {article.label}: {md_escape(article.title)}\n\n")
        for name, value in _metadata(selection, article):
            w(f"- **{name}:** {md_escape(value)}\n")
        if note := selection.on_document(article.document.id).note:
            w("\n**Researcher's note:**\n\n" + md_note(note.text, "> ").replace("\n\n", "\n>\n") + "\n")
        w("\n")
        for text, lit, junk, ends in _segments(article):
            piece = md_escape(text)
            if lit and piece.strip():
                piece = "\n".join(f"**{line}**" if line.strip() else line for line in piece.split("\n"))
            elif junk and piece.strip():
                piece = "\n".join(f"_{line}_" if line.strip() else line for line in piece.split("\n"))
            w(piece + "".join(f" {md_escape(e)}" for e in ends))
        w("\n")
        _md_notes(selection, article, w)
    w("\n## Speaker index\n")
    by_speaker = selection.statements_by_speaker()
    headings = speaker_headings(selection)
    for speaker in selection.speakers:
        w(f"\n### {md_escape(headings[speaker.id])}\n\n")
        if speaker.aliases:
            w(f"Also written: {md_escape('; '.join(speaker.aliases))}\n\n")
        for article, st in by_speaker.get(speaker.id, []):
            w(_md_statement(article, st))
    if unnamed := selection.unnamed_statements():
        w(f"\n### {UNNAMED_SOURCES}\n\n")
        for article, st in unnamed:
            w(_md_statement(article, st))
    if selection.stranded:
        w(f"\n## {stranded_notes.HEADING}\n\n{md_escape(stranded_notes.EXPLAINED)}\n")
        for left in selection.stranded:
            w(_md_annotated(f"**{md_escape(left.about)}**", left.added))


def _md_statement(article: Article, st: StoredAttribution) -> str:
    """One line of the speaker index: where, how, the words, and the way they came."""
    said = quoted(article.document.text[st.content.start:st.content.end])
    return (f"- {article.label} ({statement_kind(st.kind, st.negation)}): {md_escape(said)} —"
            f" {md_escape(relay_chain(article, st))}\n")


def _md_notes(selection: Selection, article: Article, w) -> None:
    if article.mentions:
        w("\n### Claims in this article\n\n")
    for claim, mentions in article.claims_here():
        w(f"- **{md_escape(claim_label(claim.id))}** {md_escape(ended(claim.named))} {times_here(len(own_mentions(claim, mentions)))}"
          f"{md_escape(rendered_here(claim, article.document.id))}{_also_in(_others(claim, article))}\n")
        for d in claim.discrepancies:
            w(f"  - ≠ {md_escape(with_kind(d, selection.source_names))}\n")
        for chain in _sources(article, mentions):
            w(f"  - source: {md_escape(chain)}\n")
        added = selection.on_claim(claim.id)
        if added.tags:
            w(f"  - tags: {md_escape(', '.join(added.tags))}\n")
        if added.note:
            w("  - note:\n\n" + md_note(added.note.text, "    ") + "\n\n")
    for st in article.statements:
        added = selection.on_statement(st)
        if added.tags or added.note:
            w(_md_annotated(f"**On a statement by {md_escape(speaker_label(st))}**", added))
    for start, end, added in selection.on_passages(article.document.id):
        w(_md_annotated(f"**On the passage** {md_escape(quoted(article.document.text[start:end]))}", added))


def _md_annotated(heading: str, added) -> str:
    """A heading (Markdown already), the researcher's tags after it and their note below."""
    tags = f" (tags: {md_escape(', '.join(added.tags))})" if added.tags else ""
    return f"\n{heading}{tags}" + (":\n\n" + md_note(added.note.text) if added.note else "") + "\n"


# -- HTML -------------------------------------------------------------------------------------

_CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:52em;margin:2em auto;line-height:1.45;color:#111}
mark{padding:0 .1em} .differs{text-decoration:underline dashed #AA3377} .junk{color:#8A8A8A}
.marker{font-size:.75em;vertical-align:super;color:#333} table{border-collapse:collapse;font-size:.85em}
td,th{border:1px solid #999;padding:.2em .4em;vertical-align:top} .absent{background:#DDDDDD;color:#555}
.meta{font-size:.85em;color:#444} .note{border-left:3px solid #EEDD88;padding-left:.8em}
figure{margin:.5em 0} figure svg{max-width:100%;height:auto} .chain{margin-left:12px;text-indent:-12px}"""


def write_html(selection: Selection, out: IO[str], researcher: str | None = None) -> None:
    """A self-contained HTML report (no scripts, no remote resources)."""
    e = html.escape
    w = out.write
    w(f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
      f"<title>Provenance report: {e(selection.corpus_name)}</title><style>{_CSS}</style></head><body>\n")
    w(f"<h1>Provenance report: {e(selection.corpus_name)}</h1>\n<ul>")
    for name, value in _facts(selection, researcher):
        w(f"<li><b>{name}:</b> {e(value)}</li>")
    w("</ul>\n")
    if selection.message():
        w(f"<p><b>{e(selection.message())}</b></p>\n")
    w("<h2 id=\"contents\">Articles</h2>\n<ul>")
    for label, title in _contents(selection):
        w(f"<li><a href=\"#{label}\">{label}</a> {e(title)}</li>")
    w("</ul>\n<h2 id=\"matrix\">Claim × source matrix</h2>\n")
    if not selection.claims:  # the heading stood over nothing
        w(f"<p>{e(selection.message() or 'No claims.')}</p>\n")
    if selection.claims and (grouped := matrix.explained(selection.matrix)):
        w(f"<p class=\"meta\">{e(grouped)}</p>\n")
    for table in selection.matrix_tables() if selection.claims else ():
        if table.group:
            w(f"<h3>{e(table.heading(lambda a: a.label))}</h3>\n")
        w("<table><tr><th>Claim</th>" + "".join(f"<th>{e(a.source(sep=' '))}</th>" for a in table.articles) + "</tr>\n")
        for c in table.claims:
            w(f"<tr><td style=\"background:{selection.colour(c.id)}\"><b>{claim_label(c.id)}</b> {e(c.named)}</td>")
            for a in table.articles:
                word = _cell(selection, c, a)
                judged = selection.not_carried(c.id, a.document.id) is not None
                cls = " class=\"absent\"" if word == NOT_FOUND or judged else ""
                body = (e(word) + f"<br><small>{e(_not_found_detail(selection, c, a).lstrip('; '))}</small>"
                        if word == NOT_FOUND else e(word) if judged else f"<a href=\"#{a.label}-c{c.id}\">{e(word)}</a>")
                w(f"<td{cls}>{body}</td>")
            w("</tr>\n")
        w("</table>\n")
    if selection.claims and (unshared := selection.matrix[1]):
        w(f"<h3>{matrix.ALONE} ({len(unshared)})</h3>\n<ul>")
        for article in unshared:
            w(f"<li><a href=\"#{article.label}\">{article.label}</a> {e(article.title)}</li>")
        w("</ul>\n")
    if selection.says_not_carried:
        w(f"<p class=\"meta\">{e(NOT_CARRIED_LEGEND)}.</p>\n")
    if stranded := selection.stranded_corrections():
        w(f"<h3>{STRANDED_CORRECTIONS} ({len(stranded)})</h3>\n<ul>" + "".join(f"<li>{e(line)}</li>" for line in stranded)
          + "</ul>\n")
    if selection.claims:
        w(f"<p class=\"meta\">{e(NOT_FOUND_LEGEND)}.</p>\n")
    if selection.says_unsaid:
        w(f"<p class=\"meta\">{e(UNSAID_LEGEND)}.</p>\n")
    timeline_tables.write_html(selection, w)
    for article in selection.articles:
        _html_article(selection, article, w)
    w("<h2 id=\"speakers\">Speaker index</h2>\n")
    by_speaker = selection.statements_by_speaker()
    headings = speaker_headings(selection)
    for speaker in selection.speakers:
        w(f"<h3>{e(headings[speaker.id])}</h3>")
        if speaker.aliases:
            w(f"<p class=\"meta\">Also written: {e('; '.join(speaker.aliases))}</p>")
        w("<ul>" + "".join(_html_statement(article, st) for article, st in by_speaker.get(speaker.id, [])) + "</ul>\n")
    if unnamed := selection.unnamed_statements():
        w(f"<h3>{UNNAMED_SOURCES}</h3><ul>" + "".join(_html_statement(article, st) for article, st in unnamed) + "</ul>\n")
    if selection.stranded:
        w(f"<h2 id=\"stranded\">{stranded_notes.HEADING}</h2>\n<p class=\"meta\">{e(stranded_notes.EXPLAINED)}</p>\n")
        for left in selection.stranded:
            w(_html_annotated(f"<b>{e(left.about)}</b>", left.added))
    w("</body></html>\n")


def _html_statement(article: Article, st: StoredAttribution) -> str:
    """One item of the speaker index: where, how, the words, and the way they came."""
    e = html.escape
    said = quoted(article.document.text[st.content.start:st.content.end])
    return (f"<li><a href=\"#{article.label}\">{article.label}</a> ({e(statement_kind(st.kind, st.negation))}):"
            f" {e(said)} — {e(relay_chain(article, st))}</li>")


def _html_article(selection: Selection, article: Article, w) -> None:
    e = html.escape
    w(f"<h2 id=\"{article.label}\">{article.label}: {e(article.title)}</h2>\n<p class=\"meta\">")
    w("<br>".join(f"<b>{k}:</b> {e(v)}" for k, v in _metadata(selection, article)) + "</p>\n")
    if note := selection.on_document(article.document.id).note:
        w(f"<div class=\"note\"><b>Researcher's note:</b> {note_html(note.text)}</div>\n")
    w("<p>")
    anchored: set[int] = set()
    for text, lit, junk, ends in _segments(article):
        paragraphs = [e(p).replace("\n", "<br>") for p in _PARAGRAPH_BREAK.split(text)]
        if lit:
            differs = " differs" if lit.differs_in(article.document.id) else ""
            opening = f" class=\"c{lit.id}{differs}\" style=\"background:{selection.colour(lit.id)}\">"
            anchor = "" if lit.id in anchored else f" id=\"{article.label}-c{lit.id}\""
            anchored.add(lit.id)
            paragraphs = [f"<mark{anchor if i == 0 else ''}{opening}{p}</mark>" if p else p for i, p in enumerate(paragraphs)]
        elif junk:
            paragraphs = [f"<span class=\"junk\">{p}</span>" if p else p for p in paragraphs]
        w(_PARAGRAPHS.join(paragraphs) + "".join(f"<span class=\"marker\">{e(x)}</span>" for x in ends))
    w("</p>\n")
    if article.mentions:
        w("<h3>Claims in this article</h3><ul>")
    exported = {a.label for a in selection.articles}  # an article left out of the report has no anchor to link to
    for claim, mentions in article.claims_here():
        others = [f"<a href=\"#{label}\">{label}</a>" if label in exported else
                  f"<span title=\"not in this report\">{label}</span>" for label in _others(claim, article)]
        w(f"<li><b>{claim_label(claim.id)}</b> {e(ended(claim.named))} {times_here(len(own_mentions(claim, mentions)))}"
          f"{e(rendered_here(claim, article.document.id))}{_also_in(others)}<ul>")
        for d in claim.discrepancies:
            w(f"<li>≠ {e(with_kind(d, selection.source_names))}</li>")
        for chain in _sources(article, mentions):
            w(f"<li>source: {e(chain)}</li>")
        added = selection.on_claim(claim.id)
        if added.tags:
            w(f"<li>tags: {e(', '.join(added.tags))}</li>")
        if added.note:
            w(f"<li class=\"note\">note: {note_html(added.note.text)}</li>")
        w("</ul></li>")
    if article.mentions:
        w("</ul>\n")
    for st in article.statements:
        added = selection.on_statement(st)
        if added.tags or added.note:
            w(_html_annotated(f"<b>On a statement by {e(speaker_label(st))}</b>", added))
    for start, end, added in selection.on_passages(article.document.id):
        w(_html_annotated(f"<b>On the passage</b> {e(quoted(article.document.text[start:end]))}", added))


def _html_annotated(heading: str, added) -> str:
    """A heading (HTML already), the researcher's tags after it and their note, in one note box."""
    tags = f" (tags: {html.escape(', '.join(added.tags))})" if added.tags else ""
    body = note_html(added.note.text) if added.note else ""
    return f"<div class=\"note\">{heading}{tags} {body}</div>\n"

