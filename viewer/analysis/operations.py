"""The analysis as jobs: analyse new documents, or record corrections and relink; each says what it changed.

Plain Python (`viewer.jobs`), so the window, the CLI and the tests run the same functions. The
window runs one off the GUI thread on its own connection and announces the returned `Changes`,
so every pane re-reads only what the job touched.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.analysis import pipeline, store
from viewer.analysis.corrections import (
    SETTABLE, Carries, Correction, DeleteAttribution, DocumentCorrection, EditAttribution, Link, NotCarried, Passage,
    Restore, Unlink, Withdraw, passage_of, touched_by,
)
from viewer.analysis.model import Mention
from viewer.analysis.store import StoredAttribution, StoredClaim
from viewer.corpus import publication
from viewer.corpus.kept_rows import column
from viewer.corpus.removal import (
    CannotBringBack, NoSuchRemoval, Removed, forget_removals, keep, kept_corpus_rows, kept_rows, put_back_corpus_rows,
    remove_documents,
)
from viewer.corpus.store import Corpus
from viewer.jobs import ANALYSIS, DOCUMENTS, EVERYTHING, NOTES, Cancelled, Changes, Job, TaskState, cancelled_means, counted


NOTHING_TO_ANALYSE = ("nothing to analyse: the corpus holds no documents yet; import some first (File → Import files or"
                      " Import folder, or `provenance import CORPUS FILES…`)")


def analyse_job(redo: bool = False) -> Job:
    """Analyse the new documents (every one with ``redo``); relinking can change every claim, speaker and count."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        if not corpus.document_count():  # a new corpus: "analysed 0 new documents; corpus now has 0 …" said nothing useful
            return Changes(NOTHING_TO_ANALYSE)
        return Changes(pipeline.analyse(corpus, state, redo=redo).summary(), EVERYTHING)

    return run


def correction_job(steps: Sequence[Correction], summary: str | None = None,
                   before: Callable[[Corpus], Callable[[], None]] | None = None,
                   heard: Callable[[str], None] | None = None) -> Job:
    """Record the corrections in one go, relink once if they touch the analysis, and say what
    changed (and which claims a link made one); without a ``summary``, each correction says what it did.
    ``before`` reads the corpus in the same transaction, just before they are recorded, and returns
    what to call once they are (what takes them back is read there, and holds only if they were).
    ``heard`` receives a link's words once the relink has said which claims it made one, for what takes
    it back to name.

    The corrections are recorded in one transaction, relinking is another: a cancel or failure
    while relinking keeps the corrections recorded and the previous links, and the next
    analysis or correction applies them.
    """
    steps = tuple(steps)

    def run(corpus: Corpus, state: TaskState) -> Changes:
        state.progress(0, 2, "recording the correction")
        with corpus.transaction():
            recorded = before(corpus) if before is not None else None
            held = _claims_held(corpus, steps)
            said = [record(corpus, correction) for correction in steps]
        if recorded is not None:
            recorded()
        touched = touched_by(steps)
        # one document a line when several are given one outlet or date: joined, 20 documents made one line of
        # 2,500 characters on the terminal
        several = len(steps) > 1 and all(isinstance(step, DocumentCorrection) for step in steps)
        line = summary or ("\n" if several else "; ").join(said)
        if touched & ANALYSIS:
            state.progress(1, 2, "relinking speakers and claims")
            with cancelled_means(f"{line}; relinking stopped, so claims and speakers keep their previous links"
                                 " until the next analysis or correction"):
                pipeline.relink(corpus, state=state)
            line += "" if summary else "; speakers and claims relinked"
            line += "".join(_joined_since(corpus, step) for step in steps if isinstance(step, NotCarried))
        state.progress(2, 2, "done")
        if steps and isinstance(steps[-1], Carries):
            now = store.claims_at(corpus, [Mention(*steps[-1].passage, "")])[steps[-1].passage]
            return Changes(line, touched, now[0] if now else None)
        if steps and isinstance(steps[-1], Link):
            linked = store.claim_joining(corpus, steps[-1].a, steps[-1].b)
            if linked is None:
                return Changes(f"{line} (no claim unit covers one of the passages yet, so no claim joins them)",
                               touched)
            line = _gesture(line, held, linked)
            if heard is not None:
                heard(line)
            return Changes(line + _widened(corpus, linked, steps[-1].a, steps[-1].b), touched, linked)
        return Changes(line, touched)

    return run


@dataclass(frozen=True)
class _Held:
    """The claims a link's passages stood in before it, and the documents of the passages that stood in none."""

    claims: tuple[int, ...]
    unclaimed: tuple[int, ...]


def _claims_held(corpus: Corpus, steps: Sequence[Correction]) -> _Held | None:
    """Read before a link is recorded, so its words can say which claims it made one: a link of two claims'
    passages merges them, and on BASIL claim [34] left the table with only "Linked a passage of d7 to one of d15" said."""
    passages = sorted({p for step in steps if isinstance(step, Link) for p in (step.a, step.b)})
    if not passages:
        return None
    holders = store.claims_at(corpus, [Mention(*p, "") for p in passages])
    claims = tuple(sorted({k for found in holders.values() for k in found}))
    return _Held(claims, tuple(sorted({p[0] for p in passages if not holders[p]})))


def _gesture(line: str, held: _Held | None, linked: int) -> str:
    """The link's words and what became of the claims: a claim that vanishes from the table is named as now part
    of another. Said before the gesture's closing note in brackets ("(Edit → Undo takes it back)"); a passage
    joining the claim the words already name adds nothing."""
    joined = _link_outcome(held, linked) if held is not None else ""
    if not joined or (held.claims == (linked,) and f"claim [{linked}]" in line):
        return line
    note = line.rfind(" (") if line.endswith(")") else -1
    if note < 0:
        return f"{line}: {joined}"
    return f"{line[:note]}: {joined}{line[note:]}"


def _link_outcome(held: _Held, linked: int) -> str:
    """Which claims a link made one, or which passages joined a claim, from the claims read before and after."""
    passages = " and ".join(f"d{d}" for d in held.unclaimed)
    of = f"a passage of {passages}" if len(held.unclaimed) == 1 else f"passages of {passages}"
    if len(held.claims) > 1:
        merged = f"claims {_listed(held.claims)} are now one claim [{linked}]"
        return merged + (f", with {of}" if held.unclaimed else "")
    if held.claims == (linked,):
        return f"{of} joined claim [{linked}]" if held.unclaimed else ""
    if held.claims:
        if not held.unclaimed:
            return f"claim [{held.claims[0]}] is now claim [{linked}]"
        return f"claim [{held.claims[0]}] and {of} are now one claim [{linked}]"
    return f"{of} make a new claim [{linked}]"


def _listed(ids: Sequence[int]) -> str:
    """"[34] and [58]", "[3], [34] and [58]"."""
    named = [f"[{k}]" for k in ids]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _widened(corpus: Corpus, claim_id: int, *passages: Passage) -> str:
    """What a hand link took beyond the selected words: a claim's mention is a whole claim unit (a sentence), so
    selecting "comments by Representative Todd Akin" linked its 40-word sentence, and the researcher was not told."""
    said = []
    for document_id, start, end in passages:
        span = store.claim_span_at(corpus, claim_id, (document_id, start, end))
        if span is not None and (span[0] < start or span[1] > end):
            words = corpus.document(document_id).text[span[0]:span[1]]
            shown = words if len(words) <= 60 else words[:59].rstrip() + "…"  # two fit the status bar
            said.append(f"d{document_id} \u201c{shown}\u201d")
    return f"; the link takes the whole sentence: {'; '.join(said)}" if said else ""


REMOVAL_STOPPED = "removal stopped: nothing was removed"
BRINGING_BACK_STOPPED = "stopped: nothing was brought back, and the removal is still kept"


@dataclass(frozen=True)
class Removal:
    """What a removal did: the documents, how many corrections named them, and the kept removal that takes it back."""

    removed: list[Removed]
    dropped: int
    kept_as: int

    def said(self) -> str:
        return removal_said(self.removed, self.dropped)


def remove(corpus: Corpus, document_ids: Sequence[int], state: TaskState | None = None) -> Removal:
    """Remove the documents, drop the corrections naming them and relink, as one transaction: a cancel or
    failure at any step (the relink included) leaves the corpus as it was, and the claims table never shows
    a claim the removal left in one source. What went is kept in the corpus (`bring_back` takes it back)."""
    with cancelled_means(REMOVAL_STOPPED), corpus.transaction():
        kept = _held_on(corpus, document_ids)
        removed = remove_documents(corpus, document_ids)
        dropped = store.forget_documents_in_corrections(corpus, [r.id for r in removed], kept["corrections"])
        kept_as = keep(corpus, removed, kept)
        if state is not None:
            state.progress(1, 2, "relinking speakers and claims")
        pipeline.relink(corpus, state=state)
    return Removal(removed, dropped, kept_as)


def _held_on(corpus: Corpus, document_ids: Sequence[int]) -> dict:
    """What the corpus and the analysis hold on documents, read before they change, with an empty list the
    corrections the change drops or moves are added to: what a removal keeps and a re-read hands back."""
    return {"corpus": kept_corpus_rows(corpus, document_ids), "analysis": store.kept_analysis_of(corpus, document_ids),
            "corrections": []}


def removal_said(removed: Sequence[Removed], dropped: int) -> str:
    """What a removal did, in one line: the documents by name, the files left alone, the corrections gone."""
    line = f"Removed {len(removed)} document{'s' if len(removed) != 1 else ''} from the corpus: "
    line += ", ".join(r.named() for r in removed) + " (the files on disk are not touched)"
    if dropped:
        line += f"; {dropped} correction{'s' if dropped != 1 else ''} naming {'them' if len(removed) > 1 else 'it'} dropped"
    return line + "; claims relinked"


def remove_job(document_ids: Sequence[int], heard: Callable[[Removal], None] | None = None) -> Job:
    """Remove documents from the corpus (`remove`), for the window's runner; everything may change. ``heard``
    receives the finished removal (the window's Edit → Undo takes it back by its id)."""
    document_ids = tuple(document_ids)

    def run(corpus: Corpus, state: TaskState) -> Changes:
        state.progress(0, 2, "removing the documents")
        removal = remove(corpus, document_ids, state)
        if heard is not None:
            heard(removal)
        state.progress(2, 2, "done")
        back = "it" if len(removal.removed) == 1 else "them"
        return Changes(removal.said() + f" (Edit → Undo brings {back} back)", EVERYTHING | {NOTES})

    return run


@dataclass(frozen=True)
class BroughtBack:
    """A removal taken back: the documents, and the corrections that came back with them."""

    documents: list[Removed]
    corrections: int

    def said(self) -> str:
        one = len(self.documents) == 1
        line = (f"Brought back {counted(len(self.documents), 'document')}: "
                + ", ".join(r.named() for r in self.documents) + f", with {'its' if one else 'their'} notes, tags and analysis")
        if self.corrections:
            line += f"; {counted(self.corrections, 'correction')} naming them recorded again"
        return line + "; claims relinked"


def bring_back(corpus: Corpus, removal_id: int, state: TaskState | None = None) -> BroughtBack:
    """Take a kept removal back: the documents under their ids with their text, notes, tags, corrections and
    analysis as they were, then a relink (a claim they were in comes back under its id), as one transaction: a
    cancel or failure leaves the corpus as it was and the removal kept."""
    with cancelled_means(BRINGING_BACK_STOPPED), corpus.transaction():
        _kept, rows = kept_rows(corpus, removal_id)
        documents = put_back_corpus_rows(corpus, rows["corpus"])
        store.put_back_analysis(corpus, rows["analysis"])
        corrections = store.put_back_corrections(corpus, rows["corrections"])
        forget_removals(corpus, [removal_id])
        if state is not None:
            state.progress(1, 2, "relinking speakers and claims")
        pipeline.relink(corpus, state=state)
    return BroughtBack(documents, corrections)


def bring_back_job(removal_id: int) -> Job:
    """`bring_back` for the window's runner; everything may change."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        state.progress(0, 2, "bringing the documents back")
        back = bring_back(corpus, removal_id, state)
        state.progress(2, 2, "done")
        return Changes(back.said(), EVERYTHING | {NOTES})

    return run


def bring_back_each_job(removal_ids: Sequence[int], heard: Callable[[int], None] | None = None) -> Job:
    """Bring back the removals chosen in the window's list, each as `bring_back` does one (all or nothing, with its
    relink); one refused (its id taken, its file imported again, gone meanwhile) is named, with the CLI's words, and
    the rest still come back. ``heard`` gets each removal brought back (its Edit → Undo entry goes)."""
    removal_ids = tuple(removal_ids)

    def run(corpus: Corpus, state: TaskState) -> Changes:
        said, refused = [], []
        for step, removal_id in enumerate(removal_ids):
            state.progress(step, len(removal_ids), f"bringing back removal {removal_id}")
            try:
                said.append(bring_back(corpus, removal_id, state).said())
            except Cancelled as exc:
                raise Cancelled(f"{exc} (removal {removal_id})" + (f"; before it: {'; '.join(said)}" if said else ""))
            except (CannotBringBack, NoSuchRemoval) as exc:
                refused.append(f"  removal {removal_id}: {exc}")
                continue
            if heard is not None:
                heard(removal_id)
        lines = ["; ".join(said) if said else "Nothing was brought back"]
        if refused:
            lines += [f"Could not bring back {counted(len(refused), 'removal')}:", *refused]
        return Changes("\n".join(lines), EVERYTHING | {NOTES})

    return run


REREAD_STOPPED = "stopped: the document keeps the text it had"


@dataclass(frozen=True)
class Reread:
    """What reading a document again did, and the document as it was before (what takes it back)."""

    document_id: int
    said_line: str
    corrections_lost: int = 0
    unanalysed: bool = False
    before: dict | None = None  # None: nothing changed

    def said(self) -> str:
        line = self.said_line
        if self.corrections_lost:
            line += (f"; {counted(self.corrections_lost, 'correction')} whose passage is"
                     " gone from the new text dropped")
        if self.unanalysed:
            line += "; the analysis failed on it, so it is left unanalysed and tried again by the next analysis"
        return line


def reread(corpus: Corpus, document_id: int, state: TaskState | None = None) -> Reread:
    """Read a document again from its original file (`corpus.rereading`): the new text stored with its notes, tags
    and corrections following their words, the document analysed again and the claims relinked, as one transaction:
    a refusal, cancel or failure leaves the corpus as it was. A file that reads the same changes nothing. What the
    document was is read first and returned (`undo_reread` puts it back)."""
    from viewer.corpus.rereading import mark_read_now, reading, store_reading  # the file readers: loaded when first used

    with cancelled_means(REREAD_STOPPED), corpus.transaction():
        read = reading(corpus, document_id)
        if read is None:  # the mark of an older reader goes: this one reads it no better
            return Reread(document_id, reads_the_same(document_id, mark_read_now(corpus, document_id)))
        before = _held_on(corpus, [document_id])
        old_length = len(corpus.document(document_id).text)
        unplaced = store_reading(corpus, read)
        lost = store.follow_new_text(corpus, document_id, read.moved.span, before["corrections"])
        if state is not None:
            state.progress(0, 2, f"analysing d{document_id} again")
        failed = pipeline.analyse_again(corpus, [document_id], state)
    line = read.said(old_length) + (f"; {counted(unplaced, 'note')} or tag{'' if unplaced == 1 else 's'}"
                                    " whose words are gone kept at the old place" if unplaced else "")
    return Reread(document_id, line + "; claims relinked", lost, bool(failed), before)


def reads_the_same(document_id: int, marked: bool) -> str:
    """What a re-read that found the text it had says: nothing to take back, and the ↻ mark gone if it had one."""
    return f"d{document_id} reads the same; nothing changed" + (" (its ↻ older-reader mark goes)" if marked else "")


def reread_job(document_id: int, heard: Callable[[Reread], None] | None = None) -> Job:
    """`reread` for the window's runner: the text, the analysis and the links may all change. ``heard`` receives the
    finished re-read (the window's Edit → Undo takes it back with what it held before)."""

    def run(corpus: Corpus, state: TaskState) -> Changes:
        done = reread(corpus, document_id, state)
        if heard is not None:
            heard(done)
        if done.before is None:  # read the same: only its ↻ mark may have gone
            return Changes(done.said(), frozenset({DOCUMENTS}))
        return Changes(done.said() + " (Edit → Undo takes it back)", EVERYTHING | {NOTES})

    return run


UNDO_REREAD_STOPPED = "stopped: the document keeps the text it was read again with"
UNDO_REREADS_STOPPED = "stopped: the documents keep the text they were read again with"


def undo_reread(corpus: Corpus, before: dict, state: TaskState | None = None) -> str:
    """Put a document read again back as it was before (text, notes, tags, corrections, analysis) and relink, as one
    transaction; refused, naming why, if the document has been removed since."""
    return undo_rereads(corpus, [before], state)


def undo_rereads(corpus: Corpus, befores: Sequence[dict], state: TaskState | None = None) -> str:
    """Put documents read again back as they were (`undo_reread`), the last read first (a correction naming two of
    them moved twice), then one relink, all in one transaction; refused, naming them, if any has been removed since."""
    ids = [column(before["corpus"]["documents"], "id")[0] for before in befores]
    one = len(ids) == 1
    with cancelled_means(UNDO_REREAD_STOPPED if one else UNDO_REREADS_STOPPED), corpus.transaction():
        there = corpus.documents_by_id(ids, with_text=False)
        gone = [d for d in ids if d not in there]
        if gone:
            named = ", ".join(f"d{d}" for d in gone)
            raise CannotBringBack(f"{named} {'has' if len(gone) == 1 else 'have'} been removed since"
                                  f" {'it was' if len(gone) == 1 else 'they were'} read again: bring"
                                  f" {'it' if len(gone) == 1 else 'them'} back first; nothing was changed")
        for before in reversed(befores):
            remove_documents(corpus, [column(before["corpus"]["documents"], "id")[0]])
            put_back_corpus_rows(corpus, before["corpus"])
            store.put_back_analysis(corpus, before["analysis"])
            store.put_back_corrections(corpus, before["corrections"])
        if state is not None:
            state.progress(1, 2, "relinking speakers and claims")
        pipeline.relink(corpus, state=state)
    if one:
        return (f"d{ids[0]} has the text it had before it was read again, with its notes, tags and analysis;"
                " claims relinked")
    return (f"{', '.join(f'd{d}' for d in ids)} have the text they had before they were read again, with their notes,"
            " tags and analysis; claims relinked")


def undo_reread_job(before: dict | Sequence[dict]) -> Job:
    """`undo_reread` (or `undo_rereads` for several, as one step) for the window's runner."""
    befores = [before] if isinstance(before, dict) else list(before)

    def run(corpus: Corpus, state: TaskState) -> Changes:
        return Changes(undo_rereads(corpus, befores, state), EVERYTHING | {NOTES})

    return run


def _joined_since(corpus: Corpus, taken_out: NotCarried) -> str:
    """Relinking without the article can let a passage of another source into the claim, one its passages had
    kept out (on BASIL, "d8 does not carry claim [14]", Inslee's words, let d9's "Critics also note…" in, and
    the claim took its wording): said at once, so the researcher checks the claim rather than trusts it; so is a
    claim the article's going leaves in one source, which is no claim across sources any more. The claim is found
    by the rule the panes and the claims table use (`store.claim_holding`)."""
    claim_id = store.claim_now(corpus, taken_out.anchors, taken_out.claim)
    if claim_id is None:
        others = sorted({p[0] for p in taken_out.anchors})
        if len(others) == 1:
            return f"; claim [{taken_out.claim}] is gone: d{others[0]} was its only other source"
        return f"; claim [{taken_out.claim}] is gone: its other sources ({', '.join(f'd{d}' for d in others)}) no longer link"
    had = {p[0] for p in taken_out.anchors}
    new = sorted(set(store.claim(corpus, claim_id).documents()) - had - {taken_out.document})
    if not new:
        return ""
    named = ", ".join(f"d{d}" for d in new)
    return (f"; claim [{claim_id}] now also holds {named}, which the relink joined to it without d{taken_out.document}:"
            " check it")


def record(corpus: Corpus, correction: Correction) -> str:
    """Keep one correction where it belongs, and say what it did.

    A document's title, outlet and date are the corpus's (`publication`, the original kept);
    the rest are stored beside the analysis, which relinking applies.
    """
    if isinstance(correction, Restore):
        name = _field_word(correction.field)
        undone = publication.revert(corpus, correction.document, correction.field)
        if undone is None:
            return f"d{correction.document}: the {name} was never corrected; nothing to restore"
        return f"d{correction.document}: {name} restored to {_shown(undone.original)} (was {_shown(undone.value)})"
    if isinstance(correction, DocumentCorrection):
        done = publication.correct(corpus, correction.document, correction.field, correction.value)
        was = f"the original, {_shown(done.original)}, is kept" if done.original else "it had none"
        return (f"d{correction.document}: {correction.kind} set to {_shown(done.value)} ({was};"
                f" `restore d{correction.document} {correction.kind}` undoes it)")
    if isinstance(correction, Withdraw) and isinstance(correction.correction, (NotCarried, Carries)):
        taken = store.withdraw_recorded(corpus, correction.correction)
        said = _claim_source_words(correction.correction)
        return f"took back “{said}”" if taken else f"“{said}” was already taken back"
    if isinstance(correction, Withdraw):
        taken = store.withdraw_correction(corpus, correction.correction, correction.row)
        document, start, end = correction.correction.key
        return (f"took back the {correction.correction.kind} of d{document}:{start}-{end}" if taken
                else f"the {correction.correction.kind} of d{document}:{start}-{end} was already taken back")
    store.record_correction(corpus, correction)
    if isinstance(correction, (NotCarried, Carries)):
        return f"recorded: {_claim_source_words(correction)}"
    return f"recorded {correction.kind}"


def _claim_source_words(correction: NotCarried | Carries) -> str:
    if isinstance(correction, Carries):
        document, start, end = correction.passage
        return f"d{document}:{start}-{end} carries claim [{correction.claim}]"
    return f"d{correction.document} does not carry claim [{correction.claim}]"


def _field_word(field: str) -> str:
    return next(word for word, cls in SETTABLE.items() if cls.field == field)


def _shown(value: str | None) -> str:
    return f"“{value}”" if value else "none"


# -- the corrections a gesture stands for -----------------------------------------------------


def link_passages(a: Passage, b: Passage, claim_a: StoredClaim | None = None,
                  claim_b: StoredClaim | None = None) -> list[Correction]:
    """Two passages state one claim. A passage already in a claim stands for all of it: linked to that
    claim's first mention only, the relink made a new claim of the two passages and took the first out of
    its own (on a field corpus "Link to claim [3]" left claim 3 without d1, in a new claim [311])."""
    left = [passage_of(m) for m in claim_a.mentions] if claim_a is not None else [a]
    right = [passage_of(m) for m in claim_b.mentions] if claim_b is not None else [b]
    return [Link(x, y) for x in left for y in right if x != y]


def not_carried(claim: StoredClaim, document_id: int) -> NotCarried:
    """This article does not carry the claim: none of its passages may join it, whatever re-analysis finds
    (unlinking its mention alone let another passage of it take the mention's place)."""
    return NotCarried(claim.id, claim.label, _elsewhere(claim, document_id), document=document_id)


def carries(claim: StoredClaim, passage: Passage) -> Carries:
    """This passage carries the claim: linked to the claim's passages in the other sources, and a "does not
    carry" said of its article before is lifted."""
    return Carries(claim.id, claim.label, _elsewhere(claim, passage[0]), passage=passage)


def carries_back(judged: NotCarried, passage: Passage) -> Carries:
    """This passage carries the claim its article was judged not to carry, named as that judgement names it:
    the claim may be gone since (one of two sources taken out leaves no claim to name)."""
    return Carries(judged.claim, judged.label, judged.anchors, passage=passage)


def _elsewhere(claim: StoredClaim, document_id: int) -> tuple[Passage, ...]:
    """The claim's passages in the other sources: what names it to the next analysis."""
    return tuple(passage_of(m) for m in claim.mentions if m.document != document_id)


def edit_attribution(a: StoredAttribution, changes: dict) -> EditAttribution:
    return EditAttribution(a.document_id, (a.content.start, a.content.end), changes)


def delete_attribution(a: StoredAttribution) -> DeleteAttribution:
    return DeleteAttribution(a.document_id, (a.content.start, a.content.end))
