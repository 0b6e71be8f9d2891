"""The publisher's name for a saved page's outlet, not the site's raw label ("nytimes", "ReutersIndia", "CNN.com -
Breaking News, U.S., World…").

trafilatura gives the page's declared site name, else a part of its <title> holding a dot, else its host, so the
document list showed hosts, glued labels, taglines and even a headline ("2 In Custody … - LEX18.com"). A publisher
writes its name so that its address spells it: each word gives its first letters in turn, "The" aside ("The New York
Times": nytimes.com; "WMC Action News 5": wmcactionnews5.com). That spelling is the test, not a list of names:
1. a declared site name that is a name as written ("Fox News", "The Onion") is kept; a glued or host-like one
   ("ReutersIndia", "CNN.com") gives the words of it that spell the host ("Reuters", "CNN");
2. else a part of the title after the headline that spells the host whole ("… - The New York Times");
3. else the name the host's other pages give (`outlet_names.json`, counted by training/count_outlet_names.py with
   this same test from the GVA crawl's titles and copyright lines);
4. else the declared name with its tagline cut, else the host.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:-|\||–|—|::|«|»|·)\s+|\s*\|\s*")
_WORD = re.compile(r"[^\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "ReutersIndia": two words glued
_DOMAIN_END = re.compile(r"\.(?:com|net|org|tv|co|us|info|news)(?:\.[a-z]{2})?$", re.IGNORECASE)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac"})
_SKIPPED = frozenset({"the"})
_HOST = re.compile(r"https?:/+([^/?#]+)", re.IGNORECASE)


def host_of(url: str | None) -> str:
    """The page's host without "www." or a port: the key of the table and what a name must spell. An archived
    copy's address ("web.archive.org/web/2015…/http://q13fox.com/…") ends with the page's own, whose host it is."""
    hosts = _HOST.findall(url or "")
    return re.sub(r"^www\d*\.", "", urlsplit(f"//{hosts[-1]}").hostname or "") if hosts else ""


def host_labels(host: str) -> list[str]:
    """What a publisher's name may spell: the host's name label ("chicago.suntimes.com": "suntimes"), and all its
    labels before the domain ending run together ("chicagosuntimes")."""
    labels = host.split(".")
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    elif len(labels) > 1:
        labels = labels[:-1]
    labels = [label for label in labels if label]
    spelt = [labels[-1]] if labels else []
    if len(labels) > 1:
        spelt.append("".join(labels))
    return [re.sub(r"[^\w]", "", label) for label in spelt]


def spelt_name(name: str, labels: list[str], whole: bool = True) -> str | None:
    """``name`` when its words spell one of the host ``labels`` (a leading "The" and a domain ending aside); with
    ``whole`` False, the opening words that do ("Reuters India": "Reuters"). None when none does."""
    spaced = _DOMAIN_END.sub("", " ".join(name.split()))
    if " " not in spaced:
        spaced = _CAMEL.sub(" ", spaced)
    words = list(_WORD.finditer(spaced))
    if words and words[0].group().casefold() in _SKIPPED:
        words = words[1:]
    folded = [m.group().casefold() for m in words]
    for label in labels:
        used = _words_spelling(label, folded)
        if used == len(folded):
            return _DOMAIN_END.sub("", " ".join(name.split()))  # as written: "NewsOn6", not "News On6"
        if used and not whole:
            return spaced[:words[used - 1].end()].strip()
    return None


def _words_spelling(label: str, words: list[str]) -> int:
    """How many of the opening ``words`` spell ``label``, each giving a non-empty start of itself; 0 if none do.
    Each (letters left, word) pair is tried once: a page's title of many like words ("aa aa aa …") against a host of
    the same letter would otherwise try every way of splitting it."""
    @cache
    def spells(at: int, index: int) -> int:
        if at == len(label):
            return index
        if index == len(words):
            return 0
        word = words[index]
        for length in range(min(len(word), len(label) - at), 0, -1):
            if label.startswith(word[:length], at) and (found := spells(at + length, index + 1)):
                return found
        return 0
    return spells(0, 0) if label and words else 0


def _is_name(name: str, labels: list[str]) -> bool:
    """A spelt name surely says more than the host when it is not the host's label written alone ("nytimes",
    "Nytimes", which trafilatura capitalises); an initialism's capitals ("CNN", "KSLA") say it is the name."""
    if _domain_like(name):
        return False
    return len(name.split()) > 1 or name.isupper() or re.sub(r"[\W_]", "", name.casefold()) not in labels


def title_parts(title: str | None) -> list[str]:
    """The parts of a page's title after its headline, last first: where a site writes its name."""
    return list(reversed(_SEPARATOR.split(title or "")[1:]))


def outlet_name(site_name: str | None, url: str | None, title: str | None) -> str | None:
    """The outlet a saved page is filed under: its publisher's name as the page or the host's other pages write it."""
    host = host_of(url)
    labels = host_labels(host)
    parts = [part.strip() for part in _SEPARATOR.split(title or "")]
    derived = site_name is not None and (_domain_like(site_name) or "." in site_name and site_name.strip() in parts
                                         or bool(parts[0]) and parts[0] in site_name)  # trafilatura's guess
    declared = _SEPARATOR.split(site_name)[0].strip() if site_name and not derived else None
    if declared and " " in declared and not _domain_like(declared):
        return declared
    candidates = ([(declared, False)] if declared else []) + [(part, True) for part in title_parts(title)]
    if site_name and derived:
        candidates += [(part, True) for part in _SEPARATOR.split(site_name)]
    one_word = None  # "Reuters": the name, or the label capitalised; the other pages may say better
    for candidate, whole in candidates:
        name = spelt_name(candidate, labels, whole)
        if name and _is_name(name, labels):
            return name
        one_word = one_word or (name if name and name != name.casefold() else None)
    return _table().get(host) or one_word or declared or host or site_name


def credited_instead_of_host(outlet: str | None, url: str | None, credits: list[str]) -> str | None:
    """A name the text credits itself with (a copyright line, the name under the headline) that spells the host, for
    a page whose outlet is only its host ("wtkr.com"); None when the outlet is a name or no credit spells the host.
    The spelling test keeps out a sister station's notice ("Copyright WTVM" on a KSLA page)."""
    if outlet and not _domain_like(outlet):
        return None
    labels = host_labels(host_of(url))
    return next((name for credit in credits if (name := spelt_name(credit, labels)) and _is_name(name, labels)), None)


def _domain_like(name: str) -> bool:
    return " " not in name.strip() and "." in name


@cache
def _table() -> dict[str, str]:
    entries = json.loads(Path(__file__).with_name("outlet_names.json").read_text(encoding="utf-8"))["hosts"]
    return {host: entry["name"] for host, entry in entries.items()}
