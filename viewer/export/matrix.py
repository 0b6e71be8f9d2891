"""Which articles and claims each claim × source table of a report holds.

A table with a column per exported article stops being readable past a handful: a whole-corpus
report of 110 articles had rows of 108 "not found" cells, 14 column pages of them in the PDF.
Claims link only inside one story, so a large export is cut where no claim joins its articles:
each group of articles that share claims gets its own table (its claims as rows, its articles as
columns, paged past `COLUMNS` with the claim labels repeated), and the articles that share no
claim with another are listed apart. A "not found" cell then means a report of the same story
that the linker did not join to the claim: the one worth reading. A selection that fits one table
keeps one table: the researcher chose those articles to compare them all.

An article sharing no claim is not put in the group of the claim it comes closest to: on the
field corpus (gva + basil2, 110 articles, 18 such) the nearest claim was another event's for 7 of
15 above the closest-passage floor, and for 5 of 8 above "very similar".
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from viewer.analysis.store import StoredClaim

COLUMNS = 8  # articles per table; a wider group gets several, each with the claims as rows
ALONE = "Articles sharing no claim with another"  # the heading of those no table holds

Column = TypeVar("Column")


@dataclass(frozen=True)
class Group(Generic[Column]):
    """Articles that share claims (directly or through one another), with those claims."""

    articles: list[Column]
    claims: list[StoredClaim]


@dataclass(frozen=True)
class Table(Generic[Column]):
    """One table of the matrix: up to `COLUMNS` articles of a group, with the group's claims they carry."""

    group: int  # from 1; 0 when one table holds the whole selection
    groups: int
    articles: list[Column]
    claims: list[StoredClaim]
    first: int  # the table's first column within its group, from 0
    width: int  # the group's articles

    def heading(self, label) -> str:
        """"Group 3 of 29: d12, d13, d14 (9 claims)", with the columns shown when the group is paged; "Articles 9–16
        of 32: …" when one group is paged (each of its pages was headed "Group 1 of 1")."""
        if not self.group:
            return ""
        columns = f"articles {self.first + 1}–{self.first + len(self.articles)} of {self.width}"
        count = f"{len(self.claims)} claim{'' if len(self.claims) == 1 else 's'}"
        listed = ", ".join(label(a) for a in self.articles)
        if self.groups == 1:
            return f"{columns[0].upper()}{columns[1:]}: {listed} ({count})"
        shown = f", {columns}" if self.width > len(self.articles) else ""
        return f"Group {self.group} of {self.groups}: {listed} ({count}{shown})"


def groups(articles: Sequence[Column], claims: Sequence[StoredClaim],
           key: Callable[[Column], int]) -> tuple[list[Group[Column]], list[Column]]:
    """The articles cut where no claim joins them, in export order, and the articles that carry no claim.
    One group of everything when the selection fits one table. ``key``: an article's document id."""
    if len(articles) <= COLUMNS:
        return [Group(list(articles), list(claims))], []
    by_id = {key(a): a for a in articles}
    parent = {d: d for d in by_id}

    def root(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    carried: set[int] = set()
    for claim in claims:
        here = [d for d in claim.documents() if d in by_id]
        carried.update(here)
        for d in here[1:]:
            parent[root(d)] = root(here[0])
    found: dict[int, Group[Column]] = {}
    for article in articles:
        if key(article) in carried:
            found.setdefault(root(key(article)), Group([], [])).articles.append(article)
    for claim in claims:
        here = [d for d in claim.documents() if d in by_id]
        if here:
            found[root(here[0])].claims.append(claim)
    return list(found.values()), [a for a in articles if key(a) not in carried]


def tables(found: Sequence[Group[Column]], key, columns: int = COLUMNS) -> list[Table[Column]]:
    """Each group's tables, its columns paged by ``columns`` (a page narrower than a screen holds fewer); a page
    where no article carries any of the group's claims is left out (it would say only "not found")."""
    out = []
    numbered = len(found) > 1 or any(len(g.articles) > columns for g in found)
    for number, group in enumerate(found, start=1):
        for first, last in spans(len(group.articles), columns):
            page = group.articles[first:last]
            touching = [c for c in group.claims if any(c.mentions_in(key(a)) for a in page)]
            if touching:
                out.append(Table(number if numbered else 0, len(found), page, touching, first, len(group.articles)))
    return out


def spans(count: int, columns: int) -> list[tuple[int, int]]:
    """``count`` articles cut into as few tables of at most ``columns`` as hold them, of sizes differing by one at
    most: five in the PDF's tables of four gave d5 a table of its own ("Articles 5–5 of 5"), repeating every claim's
    label beside one column; they are now three and two."""
    pages = max(1, -(-count // columns))
    sizes = [count // pages + (1 if page < count % pages else 0) for page in range(pages)]
    starts = [sum(sizes[:page]) for page in range(pages)]
    return [(start, start + size) for start, size in zip(starts, sizes)]


def explained(found: tuple[Sequence[Group], Sequence], columns: int = COLUMNS) -> str:
    """The sentence a report prints over a matrix cut into groups (its tables ``columns`` articles wide); nothing
    for one table of everything."""
    groups_, unshared = found
    paged = any(len(g.articles) > columns for g in groups_)
    if len(groups_) <= 1 and not unshared and not paged:
        return ""
    if len(groups_) == 1 and not unshared and len(groups_[0].articles) <= COLUMNS:  # the chosen articles, cut to fit
        return f"The table is cut into pages of up to {columns} articles, each with the claims they carry."
    if len(groups_) <= 1:
        opening = "The articles that share claims form one story" + (
            f": its table is cut into pages of up to {columns} articles, each with the claims they carry"
            if paged else "")
    else:
        opening = ("The articles are grouped where shared claims join them (claims are linked only within one "
                   "story), one table a group: a claim is weighed only against the articles of its group")
    return (opening
            + (". The articles that share no claim with another are listed after the tables: open one beside "
               "a group's articles to see the passages of it closest to their claims" if unshared else "") + ".")
