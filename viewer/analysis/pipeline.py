"""The analysis pipeline: per-document steps, then corpus-wide steps.

Per-document work (`documents`: parsing, attributions, claim units, embeddings) runs only for
documents not analysed yet, in partitions, in this process or on Dask workers (`workers`); the
records come back here and one writer commits them a batch at a time, so an interrupted run
keeps what it finished and the next run carries on. Corpus-wide work (speakers, claim links,
discrepancies) is recomputed from the stored per-document results, with the researcher's
corrections: candidate search and verifying run in blocks where the workers are, grouping happens here.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from viewer.analysis import documents, store
from viewer.analysis.claims import usem_files
from viewer.analysis.claims.candidates import Mapper, neighbouring_documents
from viewer.analysis.claims.crosslingual import with_renderings
from viewer.analysis.claims.features import ClaimUnit
from viewer.analysis.claims.foreign_neighbours import foreign_meetings, foreign_neighbours
from viewer.analysis.claims.foreign_units import rendered_in, settings
from viewer.analysis.claims.identity import carry_ids
from viewer.analysis.claims.linking import link_claims
from viewer.analysis.claims.threads import claim_threads
from viewer.analysis.corrections import Corrections, overlay
from viewer.analysis.discrepancies import annotate_discrepancies
from viewer.analysis.documents import DocumentAnalysis, StepFailure, partitions
from viewer.analysis.model_loading import load_heeding_cancel
from viewer.analysis.segment import Unparsed
from viewer.analysis.speakers.resolution import resolve_speakers
from viewer.analysis.workers import InProcess, Workers
from viewer.blas import one_blas_thread
from viewer.corpus import publication
from viewer.corpus.length_limit import ANALYSIS_READS, over_the_limit
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState, cancelled_means, counted, quiet

# bump when stored per-document results change shape or meaning (3: unit embeddings; 4: cue model, statement
# parts; 5: headline units; 6: units start after a dateline; 7: noun cues, cues between commas, "per",
# headline speakers; 8: "aides to X" are not X, "X To Y:" headlines name X; 9: phrases naming no one give no
# speaker; 10: a blank line starts a sentence; 11: "Said X:" lines, the verb is no part of the speaker; 12: a
# prose line ending without a stop keeps its units; 13: units record their entities and what figures count;
# 14: the story gate reads the figures articles agree on and is refitted, and two units counting one thing
# differently are never one claim, so links move; 15: joined, nested and passive ("by X") reports, a quotation
# going on under reported speech is a further part, "led X to say" is X's, a place alone is no role, cue
# threshold 0.55; 16: first names kept; 17: time phrases leave the speaker; 18: no sentence-opening
# conjunction in a person's name; 19: joined speakers are the first one's, names no longer cut inside
# themselves, given names shown in full, cue threshold 0.5; 30: figures record whether a noun says what they
# count and whether they count at all, and number discrepancies compare only figures counting one thing;
# 31: a sum of money pairs as a side's leftover figure only when it is that side's only sum; 32: the block
# of a street address is no count; 33: a pronoun never takes a person titled with the other gender; 34:
# linking reads a number that names or picks as a label: never a figure compatible with or in conflict with
# another, never grounds for the count veto; 35: claims link only inside one story group, so links across a twin
# report the story's other articles reject go; 36: a pronoun never takes a person whose given name is strongly
# the other sex, nor an honorific a full name of the other sex ("Mr. Trump" is not Melania Trump); 37: ages ("aged 17",
# "turned 29", "a 17-year-old") and emergency lines ("called 911") are no counts; 38: a cue after an opening mark set where a closing one
# belongs ('wrong, “Pigeon told') no longer takes that mark for its quotation, which stopped the analysis; 39: a given
# name whose sex changed over the century ("Lindsey") says nothing of its bearer's sex; 40: fewer junk
# speakers: "even he" is he, a counted document ("one photo") is unnamed, a time is no speaker,
# a phrase never ends inside a hyphened word, "the firebrand senator" is the senator named before, and a
# surname joined by a hyphen or apostrophe or with a capital inside, or a title before a name, no longer splits a person; 41: a quotation's
# sentences past 200 characters, and the half after a cue that breaks it, stay parts of its statement; 43: a bare "police" is the one force its
# article names, acronyms join their bodies, a lone surname a pronoun took is shown in full; 44: units
# record the years and months they date what they state by, and two units dated apart never link; 45: two sources of
# a claim giving one named person different ages is a number discrepancy; 46: a role described before its holder is
# named ("Grimm's lawyer said") is the holder, a headline's given name the person named in full and by surname alone;
# 47: a site name after a headline that other titles of the corpus end with too is page furniture, no part of the
# headline's unit; 48: a word of saying marks a mention attributed only when used as one: not "was reported stolen",
# "a reported shooting", "reports of shots"; 49: a bare navy, army or military is the one such force its article
# names, and never a body of another kind; a cue after a quotation whose object the parser read as its speaker is inverted;
# 50: a description naming no person and no body ("Officials", "an aide", "people familiar with the case") is an
# unnamed source, its words kept as its role, never a speaker row; behind "who" its words are the speaker's text;
# "records show", "court documents state" mark a mention attributed without a word of saying;
# 51: a person's name the small model tags as a body or a place ("Marcus Delaney" ORG) is a person, by its shape;
# 52: discrepancies compare only what the two mentions both say: a fact set against the attributed mention sharing
# a content word with it, a mention partly covered by an attribution neither fact nor attributed; "not only" no
# denial, a denial said of a word the other lacks none; a part, a run or a model number ("AK-47") no count; one name
# spelled, hyphenated or initialled two ways, or a headline in capitals, no name discrepancy; spacing no second
# wording; a mention is stated as fact only when its sentence names no source, a question or an allegation never; a
# number spaced at its thousands comma ("2, 117") is one number; a denial in a relative clause set off by commas is none)
# 53: a name inside a body's description ("Democracy for America, the committee founded by Howard Dean, said") is not
# the speaker, a body's apposition is its role, a hyphenated surname the recogniser cut stays whole)
# 54: a body's short form ("the Journal") or "the paper" is the body the article named before; "…, first reported by
# X" is X's report; a body named after its description ("a California newspaper, The Press-Enterprise") is that name)
# 55: what one report gives undated in its lead and another recalls deep down with a date is not one claim (the recap
# check); coordinated bodies speak by their first name, "his campaign" is its owner's, "the paper" after "white paper" is a
# document; a quoted Russian tweet's link and handle do not make it English)
# 56: "…, saying" speaks for the subject that speaks ("with X saying", "as X echoed …, saying"), not a thing the clause
# hangs on)
# 57: a lawyer's or spokesperson's words are theirs, and a role description joins the one person named in that role;
# relays nested in "according to"/"X reported" and "as X reported" asides pass the report on; the bundled model's word
# table is int8 (vectors move by cosine < .0001)
# 58: Russian and Ukrainian sentences are foreign units whose English rendering joins its claim (cross-lingual model);
# a paper named for what it writes is a body and a written thing speaks for its writer; a closing relay ends the
# content, a frame in brackets or between dashes reports its sentence, a temporal "as" reports nothing
# 59: a house number is no figure; times and days are compared as moments and list items are no discrepancy;
# a wholly Russian or Ukrainian report's sentences are cut anew; a that-clause under a relative clause and a
# participle after a speaking noun have their own speakers; copula roles, press releases and offices by owner; a
# plural opening a sentence, written in lower case elsewhere, is no name ("Authorities said")
# 60: a range ("20 to 42 years", "between 9 and 20") is one figure, compared end for end, and a length of time given
# as a range is a figure; one wording carried by many reports (wire copy) is one claim; a foreign passage and words
# whose figures each hold one the other lacks are never one claim (a report and its update sharing "80 wounded");
# Russian and Ukrainian reports' sentences meet each other directly; a time or day is compared with the other source's
# time of the same event, weekdays included (a time of saying is none); a sum of money records what it pays for and
# is compared only with a sum for the same thing; a vague quantity agrees with a figure in its range
# 61: a single length of time that is a term ("sentenced to 20 years", "faces up to 10 years") is a figure compared as
# a count, so two terms differ
# 62: a claim's label does not open with a dateline written with a horizontal bar ("WASHINGTON ― …")
# 63: "the agency"/"the commission" take a named body of a kind they may stand for (body_kinds.json); "the press
# release" someone issued speaks for them; a person called "she" where named takes no later "he"; copula roles
# not from quotes in two apostrophes nor of an idea ("leader of a populism"); relative clauses lacking their object
# report the noun they hang on ("a deal she once supported"); "no longer saying" is no report
# 64: a dateline set off by a horizontal bar ("WASHINGTON ―") is cut from the unit it opens, as other datelines are
# 65: headlines, appeals, read-out statements not "stated as fact"; attribution names its source; "not X, Y" denies not;
#     negated and withheld reports kept ("did not say whether", "declined to say"), flagged as not made
#     a channel ("told KIRO 7") and a number in a title ("a three-term governor") are no counts
#     one-word bodies the recogniser calls people, finding a person or thing is no report, issuer/official roles
#     a report not made ("Police did not say whether…") names a claim only when each of its mentions is one
# 66: a title before a given name ("Detective Ed Troyer") is a person whatever label the recogniser gives
# 67: a paragraph's language read without its names, capitals lower-cased; three function words overrule langid
#     units record their main verbs' acts; opposite acts (WordNet antonyms: checked into / out of) never share a claim
#     one against several ("a climber" / "two climbers") never one claim; magnitudes revised by tenths, not a quarter
#     "his refusal to", "declined comment" not made; participle reports end at the next; bare sheriff's office; ledes
#     person-noun titles and tagged-ORG given names are people, plural names bodies; a misspelt name a discrepancy
# 68: "280, not 300" corrects a figure (revised, not negated); sums: "$2.5M", never labels, "worth of X"; terms compared
#     a verb's denied complement is another act ("pleaded not guilty" / "pleaded guilty"), opposed for one doer
#     "Det." one token; "Sheriff Dodson" a title; a pronoun not whom its report is about; police of the place written
#     colon lead-ins report the paragraph below; embedded posts are their posters'; questions put are not said
#     credit words ("Buy Photo") are no part of a force's name
# 69: a verb correcting a figure ("amended that number to four") is a revised figure; a repeated figure differs once
#     a report telling the opposite act of a unit (not guilty / guilty) carries its claim through none of its units
#     Mr./Ms. of a surname two people; "X Police Chief Don Couch"; lead "a man" named next; poster kinds; "…Update:"
#     an open quotation's later paragraphs are parts; a clause opening a quotation runs to its close; 'but that…' joins
#     a clause split off a sentence keeps the closing bracket it opened ("160 kph (100 mph)", not "(100 mph")
# 70: dates linking reads: a yearless date with no year but the import's is undated; a bracketed lead date; corrections
#     "King-Macon" one name; he/she after "a passenger" or "her sister" theirs; lone "Walker" of another story apart
#     "that number has since risen to 37" updates the sentence before's figure; "(100 mph)" converts; "three fatally"
#     noun cues counted in their frame ("his attacks on", "her decision to"), kept by annotators' complements
#     unnamed people's ages ("a 20-year-old man", carried to "He was taken to…") that differ keep two units apart
# 71: a paragraph ending ". ”" (a space before the quote) is a sentence; headline "X to host Y" states an event
#     two resolved people's different direct quotations (no name word shared) are never one claim (`claims.voices`)
#     a claim label's centrality leaves out each mention's product with itself (fp16 noise chose 2-mention labels)
#     "Cook County" no place of police; "SFPD" = "San Francisco police"; "calls himself" a person; "a pastor from X"
#     no figure counts a verb of saying ("said $718 million … was needed"); "including eight shot" counts a part
#     "the decision angered residents" is the residents' stance; "voters are likely to say that…" are voters
# 72: attribution: quote marks read by what touches them; read-out spans its paragraphs; "I/we" no fact; cue shown
#     "responded to the scene" no report; "Harris' uncle" not Harris; bare police: own force, dateline; contact lines
#     "…, X said, adding that …" is two units; a title-cased line above the prose is a headline even ending in "!"
#     title-cased headlines parsed in sentence case; "X on Y:" headline speakers; "tweeted to X: “…”"; "too upset to"
# 73: no fact: carried-on sourced paragraph, cut teaser, "may have"; '…' quoted; "siad"; speaker kind; vague count
#     speakers: office word before a name is the office; "Jr." ends the name; opening capitals, streets, "Photos:"
#     no speaker; "She" after "her mother" is the mother
# 74: claims cut by linked stories (twin events' shared background line); no fact when the next sentence names
#     a source, a "we" statement read out runs on, a picture-credit line is a caption; deeds ("pleaded guilty",
#     "offering a reward") name no speaker; call signs "KOB 4" = "KOB"; a surname under a quote is one quoted before;
#     an opening "In a … poll," sources its clause
# 75: tip lines, ZIP codes, record numbers and chains of numbers are no counts; "described as" hedges;
#     "(incompatible)" only where no value makes both true; ", citing Z" and "as X put it" attribute; venues and
#     police forces are bodies; "Officer X's partner" is the next "he"
# 76: headline and lead groups over the same reports merge; leads dated to other months share no claim; labels open
#     capitalised; a paragraph's opening source carries on; owners in names; a second speaker's clause ends a report;
#     page labels, "Det. X" and described people get their speaker kinds
# 77: linked stories merge by average linkage (shared claims per report pair); supported merges join restated groups
#     whose reports already share another claim; discrepancy sourcing (title lines, partial quotes, "a.m." mid-
#     sentence, double denials); colon datelines, "statement released by X", "cited by/seen by" relays, capitals name
#     their country; "while/whereas X said" ends a report, "nor" negates and joins, ''' quotes
# 78: units addressed to the reader (tip-line appeals, imperatives, "What we know" headings) are no claims; a fact
#     between two mentions of one source within three sentences is that source's; "told Reuters"/"told police" name
#     the relay, "X said Y told Z" relays Y through X
# 79: the pair model counts WordNet synonyms as shared terms; "one" standing for a noun is no count; a number given
#     to be called is a contact line, no claim; a discrepancy's attributed side must state the fact's main clause;
#     posts on any platform, impersonal passives and outlets named earlier relay; more titles
# 80: units record the terms only their asides hold (the discrepancy stage parses no mention again); a tip line's
#     terms without a number and no "those who" claim are page matter; "a … police say" speakers are the plural; a
#     platform relays only when its phrase hangs on the cue; "a report in X" relays through X
# 81: a pair past the reports' leads links only where one unit's words beyond the story's find matches in the other;
#     "stated as fact vs attributed" only between mentions sharing a verb or read as one claim at the discrepancy bar;
#     "told the site/station" relays, named venues are places, "…, the affidavit states" is a cue
# 82: a colon lead-in whose content is only a phrase ("offered the following tips:") hands the paragraph below to
#     its speaker
# 83: "Don't miss a thing" and "Get alerted to …" speak to the reader; two reports the gate is sure of that share no
#     claim get their best verified pair; "refused to"/"declined to" deny the act; quoted nicknames are names;
#     "told the outlet" relays, ", court records show." and "gave the following account:" give the words a source
# 84: a quotation a paper closes ("“…,” charging documents state.") is the paper's
# 85: a sentence of one person's quotation is not linked to another where the other report retells the first; a
#     person's name spelt two ways, two blocks of one street and ages past a dropped given name are discrepancy lines;
#     "the statement read", "Court records state …" opening a clause, "told our partners at X" and "issued the
#     following statement: “…”" on one line are attributed
# 86: a sentence after two of its paragraph naming a source is that source's account, and a fact its own article gives
#     to a source further on is not stated as fact: fewer attribution discrepancy lines
# 87: counts of different outcomes ("two killed" / "three wounded") are two claims; a fact after a sentence naming the
#     other report's source carries that account on; a total that is the sum of dead and wounded is one toll; a
#     headline behind a label ("Police: 1 killed …", "UPDATE: …") is read after its colon
# 88: a toll headline with no verb ("1 dead, 3 injured in …") is a claim; two people named apart with ages apart are
#     two claims; "one person was killed" and a headline's "Wounds 5" are read as outcomes; a toll sums by outcome kind
# 89: in the sourcing and attribution readers a clock time's "p.m." stop ends its sentence only after a clause ("… at
#     10 p.m. He died"), never before a lower-case word, weekday, month or zone; a count of others ("four other people") is compared with the other report's count of
#     that outcome; two bare template sentences ("No one was in custody.") no longer join reports of two events
# 90: reports whose addresses share no street (a street's number spelt or not) join only through a rare shared name;
#     "four other people" counts people; a source's account carries on through its paragraph and into the paragraph
#     after a one-sentence source paragraph
# 91: "stated as fact" only on a sentence a model fitted on PolNeAR reads as its outlet's own
# 92: two round-ups of a city's shootings are not joined by sentences told under two shootings' times (units carry
#     their clock section), nor by a lede whose toll counts every outcome the other's does differently; no "stated as
#     fact" line on a sentence whose subject is the other report's source acting
# 93: a toll is read past an aside ("At least 17 people, including a teen, were killed"), and a toll of the shot beside
#     one of as many dead or wounded is left to the figures; two round-ups' ledes are apart where one outcome both
#     count differs, and pairs of their sections apart are vetoed, not scored 0; a unit identifying someone is never
#     one claim with one that only tells the killing and names no one; name lines for a person's name spelt a letter or
#     two apart (the ages both give pair it) or with a letter doubled, age lines across such spellings, and a time line
#     for one event given two minutes that meet ("may be one moment")
# 94: units carry the weekdays their sentence gives, and two round-ups' units whose days cannot be one are vetoed
# 95: units carry whether they tell an identification (a verbless headline's IDs, a released name or identity too) and
#     their names of places, bodies and persons, so an identification is parted from a killing though both name the
#     place or the police force; a unit telling an arrest, a charge or a court step is never one claim with one that
#     only tells the shooting; units carry where each wounded person was hit, and two units each telling one person
#     hit in no common region of the body are two claims; a polarity line only where the other source says the act
#     the denial denies
# 96: units carry the attribute they tell of a thing of the shooting (the gun was legal) and the terms of an "after"
#     clause of their main verbs; a death beside a victim alive in a condition is two claims; "Arrest made in" and
#     "faces charges" are stages, one told after the shooting is not; denials written without "not", report headings,
#     open questions and "the other N" write no discrepancy line; units carry the neighbourhoods they name, and two
#     naming different neighbourhoods are two claims
# 97: units carry the weekdays their sentence gives the shooting itself (a lede's give its incident's day; two reports
#     whose lede days cannot be one incident's are two stories) and the people their main acts are done to (one act
#     done to different named people is two claims); an investigation of the shooting is a stage beside the shooting;
#     no day line between two statements of different acts, and a given name and its short form are one name
# 98: units carry whether they tell a shooting dated before their report or called another (never one claim with one
#     that does not); a photo, video or footage of the shooting is another act than the shooting; injure, wound and
#     gunshot tell the shooting to every veto that reads the violence words; no "stated as fact" line where one of the
#     three sentences before names the other report's source in the outlet's words and shares a word with the fact
# 99: units carry whether a wound word is told fatal ("fatally injured"); a unit telling a death is never one claim with
#     one telling someone hurt and no death; an identification the parse hangs from the shooting, and a headline's "ID"
#     or "ID'ed", are read as identifications; a depicting unit whose own act is the killing is not another act; a
#     headline's count before an outcome word ("1 Dead, 3 Injured") counts people for the split totals
# 100: a unit releasing details, a statement or a call about the shooting is another act than the shooting; a death
#     unit whose main act has the wounds as its object is spared by the death-beside-hurt veto; a unit telling where
#     someone lives is never one claim with one telling another act and no residence; "the younger man" and "the man
#     was 21 years old" give ages; an opening "According to X," ends at its comma when the parser ran it over the
#     clause's subject; no "stated as fact" line where a sentence carries on the account of the last source named
# 101: a verdict, plea or sentence is never one claim with a unit telling only the case's arrest or charge; units
#     carry whether they tell one more person ("a fifth person"), never one claim with a group counted as fewer; a
#     quotation covers a unit with its attribution, and one person's two quotations sharing no word are two claims; a
#     reporting frame alone is no unit; two units sharing only a person's name, one telling an act, are never one
#     claim; a link judge fitted on the hand-judged links takes out units whose links it doubts, never a report pair's last
# 102: units carry the days of the month their main acts are dated to (two units whose acts share no day are two
#     claims); a verdict is parted from a unit whose words tell the case's start; an arraignment or court appearance is
#     never one claim with a unit telling only the arrest; the wounds of several people told one by one are not the
#     toll of more people shot; a pronoun patient is the person it stands for; the link judge parses its mentions
#     without the entity recogniser
# 103: a court appearance is read with "magistrate" and "courtroom" too; a pronoun patient looks back to the previous
#     sentence's subject; a fact after a source the analysis could not read, or after one named further back on
#     another matter, is no "stated as fact" line; a parse group's headlines are parsed in one call
# 104: the link judge's bar .17 -> .27, chosen for precision; a correction leaves the judge's verdicts on the claims it
#     did not touch
# 105: an act intended on one side and the same act done on the other are never one claim (units store both);
#     a force's members in the plural speak for the force their article names; C1 controls imported as cp1252
# 106: two units whose percentages no one value allows are never one claim; nor two whose shared words lie in one's
#     "despite"/"amid"/"in response to" phrase and the other's main clause (units store where their terms lie); "toward"
#     + gerund no longer an intended act; units keep their content words for the link judge, which parses no mention
#     alone; members named with a place speak for its force, "called police" is no report, a lone "they" may be police
#     (session 70); "trillion" scales a figure
# 107: the quantity reader reads spelled compounds and dozens as one number ("Twenty-five", "two dozen"), a fraction's
#     number word as no count, and a change before the level it reached as two figures ("rose by 37,000 to 412,000")
# 108: units keep what a relink reads without parsing: the events of their times, the acts their denials deny and the
#     words an act may be said in; and whether their sentence tells someone's reading (no "stated as fact" line then)
# 109: units keep whether a court or judge does their main act (a ruling beside the suit alone is two claims); a change
#     ("fell by 92,000") is never compared with a level and a hedge after "by" stays with the change; a time's event is
#     read past a round-up's bullet
# 110: units keep the acts their sentence dates to a weekday (two ledes dating one act to days that cannot be one are
#     two stories); a failure beside another act done, and two sums no value of which the other allows, are two claims
# 111: a sum's scale read from "T" ("$3.5T") and from an abbreviation written apart ("$70 mln")
# 112: a "during" phrase opening its clause is a framing phrase, so units store other framed and stated terms
# 113: units keep the levels their lede's measure moves to, and a headline that only asks is no unit
# 114: a lede's level is read after the change verbs WordNet gives a way ("climbed to", "dipped to")
# 115: a headline's verb the tagger read as a noun is read back, and units store the verdict an outlet passes
# 116: a headline's verb reading stops at its colon; a described body speaks as an unnamed one ("unnamed: federal
# jury") and its "it" takes it; a month's abbreviation before its day ends no sentence
# 117: "the independent panel" is a description, not a row; a description keeps its noun's post-modifiers; a quantified
# body ("No country") is unnamed; a named body's silent act keeps its words; outcome words rewritten by their script
# 118: a headline's subject the parser hung on its root verb as a compound is its subject again; an "it" standing
# for a clause names no speaker
ANALYSER_VERSION = "118"

LISTED = 20  # unanalysed documents named in a report; the rest are counted


@dataclass(frozen=True)
class Unanalysed:
    """A document a per-document step raised on: left unanalysed and pending, so the next run retries it."""

    document: int
    name: str  # its title and its file's name
    failure: StepFailure

    def __str__(self) -> str:
        return f"d{self.document} {self.name}: {self.failure}"


@dataclass(frozen=True)
class TooLong:
    """A document longer than the analysis reads: refused before parsing, each run, never tried."""

    document: int
    name: str
    characters: int

    def __str__(self) -> str:
        return f"d{self.document} {self.name}: {too_long_to_analyse(self.characters)}"


def too_long_to_analyse(characters: int) -> str:
    """Why a document is not analysed and what would have it analysed, as the CLI and the window say it."""
    return (f"too long to analyse: {over_the_limit(characters)}; split it into parts and import those to have"
            " them analysed (as it is, it can be read and searched)")


def too_long_among(found: list[tuple[int, int]], finds: str) -> str:
    """The window's words for open documents (document, characters) too long to analyse, where it would
    have said they wait for Analyse: ``finds`` is what the analysis would have found in them ("claims")."""
    names = ", ".join(f"d{d}" for d, _n in found)
    if len(found) == 1:
        return (f"{names} is too long to analyse ({over_the_limit(found[0][1])}): split it into parts and import"
                f" those to find its {finds}.")
    return (f"{names} are too long to analyse (more than {ANALYSIS_READS:,} characters each): split each into parts"
            f" and import those to find their {finds}.")


@dataclass
class AnalysisReport:
    analysed: int = 0
    claims: int = 0
    speakers: int = 0
    attributions: int = 0
    unanalysed: list[Unanalysed] = field(default_factory=list)
    too_long: list[TooLong] = field(default_factory=list)
    linked_left: bool = False  # the run linked what an earlier run, stopped while linking, left unlinked

    def totals(self) -> str:
        """What was analysed and what the corpus now holds, on one line: a sentence, as "Imported 3 documents." is (the
        window's status line read "analysed 24 new documents; …" after "Imported 25 documents"). A run that only
        linked what a stopped one left says so: "Analysed 0 new documents" read as if it had done nothing."""
        done = (f"Linked the claims and speakers a stopped analysis left unlinked (no new document)"
                if self.linked_left and not self.analysed else f"Analysed {counted(self.analysed, 'new document')}")
        return (
            f"{done}; corpus now has {counted(self.claims, 'linked claim')}, "
            f"{counted(self.attributions, 'attribution')}, {counted(self.speakers, 'speaker')}"
        )

    def summary(self) -> str:
        """The totals, and under a heading each document that could not be analysed, and why."""
        lines = [self.totals()]
        if self.unanalysed:
            lines += [f"Could not analyse {counted(len(self.unanalysed), 'document')} ({UNANALYSED_KEPT}):",
                      *_listed(self.unanalysed)]
        if self.too_long:
            lines += [f"Too long to analyse, {counted(len(self.too_long), 'document')} ({TOO_LONG_KEPT}):", *_listed(self.too_long)]
        return "\n".join(lines)


def _listed(documents: list) -> list[str]:
    """The first few, indented, and how many more."""
    listed = [f"  {d}" for d in documents[:LISTED]]
    if len(documents) > LISTED:
        listed.append(f"  … and {len(documents) - LISTED} more")
    return listed


UNANALYSED_KEPT = "left as they were; the next analysis tries them again"
TOO_LONG_KEPT = "never parsed, nor tried again"


def analyse(corpus: Corpus, state: TaskState | None = None, redo: bool = False,
            workers: Workers | None = None) -> AnalysisReport:
    """Analyse what is new (or everything with ``redo``), then relink the whole corpus.

    ``workers`` says where the per-document partitions and the linking blocks run (this
    process by default, or a Dask cluster); the records come back here and one writer stores
    them, a batch per transaction. A cancel raises `Cancelled` between documents: the finished
    ones are kept, and the next run carries on from there.
    """
    state = quiet(state)
    workers = workers or InProcess()
    fixes = overlay(store.corrections(corpus))
    publication.gather_missing(corpus, state)  # a corpus from before dates were kept: read them once
    unlinked = store.links_pending(corpus)  # a run stopped while it linked: this one links what it left
    pending = pending_documents(corpus, redo)
    if pending and store.may_need_multilingual(corpus, pending):
        usem_files.checked()  # a missing or damaged multilingual model stops the run before anything is written
    total = steps(len(pending))
    unanalysed: list[Unanalysed] = []
    done = analyse_documents(corpus, pending, fixes, workers, state, total, unanalysed)
    report = AnalysisReport(analysed=done - len(unanalysed), unanalysed=unanalysed,
                            too_long=[TooLong(d, _name(corpus, d), n) for d, n in store.too_long(corpus)],
                            linked_left=unlinked)
    state.progress(total - 1, total, "linking claims and speakers")
    relink(corpus, fixes, workers, state)
    state.progress(total, total, "done")
    totals = store.totals(corpus)
    report.claims, report.speakers, report.attributions = totals.claims, totals.speakers, totals.attributions
    return report


def analyse_again(corpus: Corpus, document_ids: list[int], state: TaskState | None = None) -> list[Unanalysed]:
    """Analyse these documents (their text changed) and relink, leaving other pending documents to the next
    analysis; inside the caller's transaction when there is one. Returns the ones the analysis failed on."""
    state = quiet(state)
    fixes = overlay(store.corrections(corpus))
    unanalysed: list[Unanalysed] = []
    pending = [d for d in document_ids if d not in {t for t, _n in store.too_long(corpus, document_ids)}]
    total = steps(len(pending))
    analyse_documents(corpus, pending, fixes, InProcess(), state, total, unanalysed)
    state.check("stopped: nothing was changed")
    state.progress(total - 1, total, "linking claims and speakers")
    relink(corpus, fixes, state=state)
    return unanalysed


def steps(documents: int) -> int:
    """The analysis's progress steps: each document's reading and its embedding (the two take about as long: 15 GVA
    articles read in 6 s and embedded in 7 s on a busy two-core machine), then the linking. Counted by reading alone,
    the bar stood at 94% while the last partition was embedded."""
    return 2 * documents + 1


def analyse_documents(corpus: Corpus, pending: list[int], fixes: Corrections, workers: Workers, state: TaskState,
                      total: int, unanalysed: list[Unanalysed] | None = None) -> int:
    """The per-document phase: partitions out to ``workers``, records back and written in order;
    the number of documents done comes back.

    A document a step raised on (or its partition's parse or embedding, redone for it alone) is
    done but not written: it goes to ``unanalysed``, named, and stays pending. Progress counts each document twice, read
    and embedded (`steps`), out of ``total``. A cancel stops the workers after the document
    being reported (its partition's finished documents are embedded and kept), and Ctrl-C keeps
    every record already back; either way the next run carries on after them.
    """
    # Until the first document is read there is no share to show: a count of 0 (the window's bar busy, no "(0%)")
    # says work is under way; "(0%)" for the seconds of the models' loading and the first read read as stuck.
    if pending:
        state.progress(0, 0, "loading the language and sentence models")  # seconds in which nothing else moves
        stopped = (f"stopped while the models loaded; none of the {counted(len(pending), 'document')} was analysed, and"
                   " the next analysis starts them")
        load_heeding_cancel(workers.prepare, state, stopped)  # a missing or damaged model stops here, before any write
        state.check(stopped)
    state.progress(0, 0, f"analysing {counted(len(pending), 'document')}")
    done = embedded = 0

    def heard(result: DocumentAnalysis) -> bool:
        nonlocal done
        done += 1
        last = "; embedding their sentences for the linking" if done == len(pending) else ""
        state.progress(done + embedded, total,
                       f"analysed document {result.document}; {done} of {len(pending)} done{last}")
        return state.cancelled and done < len(pending)

    def announced(parts: Iterator[list[Unparsed]]) -> Iterator[list[Unparsed]]:
        """Each partition is said as it is taken up: its documents are told as they are read, four at a time
        (`documents.READ_BATCH`), and on two cores a partition of 32 takes 15-20 s."""
        first = 1
        for part in parts:
            last = first + len(part) - 1
            which = f"document {first}" if last == first else f"documents {first}–{last}"
            state.progress(done, total if done else 0, f"reading {which} of {len(pending)}")
            first = last + 1
            yield part

    writer = BatchWriter(corpus, documents.PARTITION)
    results = workers.analyse(announced(partitions(_unparsed(corpus, pending), documents.PARTITION)), fixes, heard)
    try:
        for result in results:
            embedded += 1
            state.progress(done + embedded, total, _ready_said(embedded, done, len(pending), state.cancelled))
            if result.failure is None:
                writer.add(result)
            elif unanalysed is not None:
                unanalysed.append(Unanalysed(result.document, _name(corpus, result.document), result.failure))
    except KeyboardInterrupt:
        writer.flush()
        raise
    finally:
        results.close()
    writer.flush()
    if done < len(pending):
        failed = f" ({len(unanalysed)} of them could not be analysed and are not)" if unanalysed else ""
        state.check(f"stopped after {done} of {counted(len(pending), 'document')}; those are kept{failed}, and the next"
                    " analysis carries on from there")
    return done


def _ready_said(embedded: int, done: int, pending: int, cancelled: bool) -> str:
    """Progress as documents come back embedded. After a cancel the documents already read are still embedded, to be
    kept (seconds: 6 s for 28 on two busy cores); "61 of 200 documents ready for the linking" then read as a cancel
    not heard, so the stop is said."""
    if cancelled and done < pending:
        return f"stopping: keeping the {counted(done, 'document')} read so far ({embedded} of {done} ready)"
    return f"{embedded} of {counted(pending, 'document')} ready for the linking"


class BatchWriter:
    """The one writer of per-document records: a partition's worth per transaction, so a run
    killed at any point leaves whole documents and the next run carries on after them."""

    def __init__(self, corpus: Corpus, size: int) -> None:
        self._corpus, self._size = corpus, size
        self._pending: list[DocumentAnalysis] = []

    def add(self, result: DocumentAnalysis) -> None:
        self._pending.append(result)
        if len(self._pending) >= self._size:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            store.write_documents(self._corpus, self._pending, ANALYSER_VERSION)
            self._pending = []


def _name(corpus: Corpus, document_id: int) -> str:
    """Its title and its file's name, as the researcher knows it."""
    document = corpus.document(document_id)
    file = document.file_name
    if document.title and file and file != document.title:
        return f"“{document.title}” ({file})"
    return f"“{document.title or file}”" if document.title or file else "(untitled)"


def pending_documents(corpus: Corpus, redo: bool = False) -> list[int]:
    """Documents never analysed, or analysed by an older analyser; never one too long to analyse (`store.too_long`)."""
    if not redo:
        return store.documents_to_analyse(corpus, ANALYSER_VERSION)
    refused = {d for d, _n in store.too_long(corpus)}
    return [d for d in corpus.document_ids() if d not in refused]


def _unparsed(corpus: Corpus, document_ids: list[int]) -> Iterator[Unparsed]:
    for document_id in document_ids:
        document = corpus.document(document_id)
        # Judged paragraph by paragraph against English, whatever the document's detected
        # language: only English prose is parsed, and a misdetected article still is.
        yield Unparsed(document_id, document.text, corpus.boilerplate(document_id))


RELINK_STOPPED = ("relinking stopped: claims and speakers keep their previous links until the next analysis"
                  " or correction relinks them")


def relink(corpus: Corpus, fixes: Corrections | None = None, workers: Workers | None = None,
           state: TaskState | None = None) -> None:
    """Recompute speakers, claim links and discrepancies from the stored per-document results
    (candidate search and verifying in blocks on ``workers``; grouping and speakers here).

    It is one transaction, minutes long on a large corpus: a cancel, heard between blocks and
    stages, rolls it back whole, so the corpus keeps the links it had. numpy's BLAS runs on one
    thread, as in the per-document phase and on Dask's workers: a cosine's bits then do not depend
    on how many cores split its product, and the thousands of small products linking makes cost
    a fifth of the CPU they took on two threads.
    """
    state = quiet(state)
    fixes = fixes or overlay(store.corrections(corpus))
    texts = DocumentTexts(corpus)
    with one_blas_thread(), cancelled_means(RELINK_STOPPED), corpus.transaction(), _uncollected():
        _resolve_speakers(corpus, fixes)
        state.check()
        units = store.claim_units(corpus)
        spread = _stoppable((workers or InProcess()).map, state)
        near = neighbouring_documents(units, spread)  # what linking verifies and threads look through
        unsaid = store.unsaid_spans(corpus)
        quotations = store.person_quotations(corpus)
        claims = link_claims(units, texts, fixes.must_link, fixes.cannot_link, fixes.kept_apart(), spread=spread, near=near,
                             published=store.published_months(corpus), unsaid=unsaid, quotations=quotations)
        state.check()
        attributed = store.attributed_spans(corpus)
        annotate_discrepancies(claims, units, attributed, texts, store.attribution_sources(corpus), publication.outlets(corpus),
                               unsaid, quotations)
        state.check()
        foreign = store.foreign_units(corpus)
        neighbours = _foreign_neighbours(corpus, foreign, units, texts)
        meetings = foreign_meetings(foreign, texts, store.published_dates(corpus)) if foreign else {}
        claims = with_renderings(claims, units, foreign, attributed, texts, neighbours=neighbours,
                                 apart=fixes.cannot_link, kept_apart=fixes.kept_apart(), together=fixes.must_link,
                                 meetings=meetings)
        state.check()
        # a claim is known by its own words: a rendering rides with them (it joined a claim a hand link moved them to)
        members = [[(m.document, m.start, m.end) for m in c.mentions if not rendered_in(m, c.mentions)] for c in claims]
        ids = carry_ids(store.claim_members(corpus), members, store.next_claim_id(corpus))
        store.write_claims(corpus, dict(zip(ids, claims)))
        store.write_claim_threads(corpus, claim_threads(units, dict(zip(ids, claims)), near))
        store.links_are_current(corpus.db)
    corpus.analysis_did_change.emit()


def _foreign_neighbours(corpus: Corpus, foreign: list[ClaimUnit], units: list[ClaimUnit],
                        texts: Mapping[int, str]) -> dict[int, set[int]]:
    """The English articles each document written in Russian or Ukrainian is compared with (it shares no
    claim, having no English units: `foreign_neighbours`); nothing is read when no foreign unit is stored."""
    if not foreign:
        return {}
    written = store.documents_written_in(corpus, settings()["languages"])
    return foreign_neighbours(written, foreign, units, texts, store.published_dates(corpus))


@contextmanager
def _uncollected() -> Iterator[None]:
    """The garbage collector paused for the relink: its full passes walked everything the relink
    holds again and again (the claim units' features alone are eight lists a unit, 180,000 objects
    at 2,000 articles), and came more often as the corpus grew, so they cost 0.3 CPU s at 1,000
    bench articles, 0.9 at 2,000 and 1.9 at 4,000. A relink makes next to no cyclic garbage (321
    objects at 2,000 articles, all a collection after it found; the same peak memory): everything
    else is freed by reference as before, and those few wait for the first collection after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _stoppable(spread: Mapper, state: TaskState) -> Mapper:
    """``spread`` with a cancel heard as each block's result comes back."""
    def run(function, items):
        for result in spread(function, items):
            state.check()
            yield result
    return run


def _resolve_speakers(corpus: Corpus, fixes: Corrections) -> None:
    found = store.speaker_mentions(corpus)
    texts = DocumentTexts(corpus)  # read only where a bare "police" or a lone surname speaks: what their articles write
    speakers, assigned = resolve_speakers([m for _id, m in found], fixes.same_speaker, fixes.different_speaker, texts)
    store.write_speakers(corpus, speakers, {id_: index for (id_, _m), index in zip(found, assigned)})


class DocumentTexts(Mapping[int, str]):
    """Document texts fetched on demand, so linking a large corpus never holds every article."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._cache: dict[int, str] = {}

    def __getitem__(self, document_id: int) -> str:
        if document_id not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[document_id] = self._corpus.document(document_id).text
        return self._cache[document_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self._corpus.document_ids())

    def __len__(self) -> int:
        return self._corpus.document_count()
