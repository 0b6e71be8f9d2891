"""Write which order each country and language writes a numeric date in ("04/05/2015": 4 May or 5 April).

    python training/build_date_orders.py [--out viewer/corpus/date_orders.json]

The dating reader reads a date that reads two ways only when the page says its order (`numeric_dates`).
A page says it by its declared locale as well as by its own dates: an HTML page's language tag
("en-GB"), a record's language field, or its address's country-code domain ("dailymail.co.uk").
Which order each of those means is read from the Unicode CLDR as the Babel package ships it: a
locale's short date pattern ("M/d/yy" for en_US, "dd/MM/y" for en_GB, "y-MM-dd" for en_CA) says
month first, day first or year first.

- ``locales``: every CLDR locale whose short pattern puts the day or the month first.
- ``languages``: a language whose every CLDR locale with a region agrees ("de", "ru", "uk": day first);
  English and Spanish do not (en_US/en_GB, es_US/es_ES) and are left out.
- ``territories``: a country whose official languages' locales there agree (US month first, GB day
  first; CA writes year first in CLDR and is left out).
- ``generic_domains``: country-code domains used as generic names, which say nothing of a country
  (Google Search Central's list of generic ccTLDs, "Managing multi-regional and multilingual sites");
  "uk" names GB.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MONTH_FIRST, DAY_FIRST = "month first", "day first"
GENERIC_DOMAINS = ("ad", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms", "nu", "sc", "sr", "su",
                   "tv", "tk", "ws")
DOMAIN_TERRITORIES = {"uk": "GB"}  # the one country-code domain that is not the country's ISO code


def pattern_order(pattern: str) -> str | None:
    """MONTH_FIRST, DAY_FIRST or None (year first, or no day) for a CLDR date pattern."""
    fields = [c for c in re.sub(r"'[^']*'", "", pattern) if c in "yMLd"]
    if not fields or fields[0] == "y" or "d" not in fields:
        return None
    return DAY_FIRST if fields[0] == "d" else MONTH_FIRST


def orders() -> dict:
    import babel
    from babel import Locale
    from babel.core import get_global
    from babel.localedata import locale_identifiers

    known = set(locale_identifiers())

    def order_of(name: str) -> str | None:
        try:
            return pattern_order(Locale.parse(name).date_formats["short"].pattern)
        except (ValueError, KeyError):
            return None

    locales = {name: order for name in sorted(known) if (order := order_of(name))}
    by_language: dict[str, set] = {}
    for name in known:
        parts = name.split("_")
        if len(parts) == 2 and parts[1].isalpha() and parts[1].isupper():  # language_REGION only
            by_language.setdefault(parts[0], set()).add(order_of(name))
    languages = {lang: found.pop() for lang, found in sorted(by_language.items()) if len(found) == 1 and None not in found}
    territories = {}
    for territory, spoken in sorted(get_global("territory_languages").items()):
        official = [lang for lang, info in spoken.items() if info.get("official_status") in ("official", "de_facto_official")]
        # the language's locale in that country, else the language's own (CLDR's default for it)
        found = {order_of(f"{lang}_{territory}" if f"{lang}_{territory}" in known else lang)
                 for lang in official if f"{lang}_{territory}" in known or lang in known}
        if len(found) == 1 and None not in found:
            territories[territory] = found.pop()
    return {"locales": locales, "languages": languages, "territories": territories, "babel": babel.__version__}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "corpus" / "date_orders.json")
    ns = parser.parse_args()
    found = orders()
    table = {
        "about": "Which order a country or a language writes a numeric date in (month first: 4/5/2015 is April 5). "
                 "Read from the Unicode CLDR's short date patterns as Babel " + found["babel"] + " ships them: "
                 "'locales' each CLDR locale whose pattern puts the day or the month first; 'languages' a language "
                 "all of whose regional locales agree; 'territories' a country whose official languages' locales "
                 "there agree. 'generic_domains' are country-code domains used as generic names (Google Search "
                 "Central's list of generic ccTLDs); 'domain_territories' the country-code domains that differ "
                 "from the ISO code. Built by training/build_date_orders.py.",
        "locales": found["locales"], "languages": found["languages"], "territories": found["territories"],
        "generic_domains": list(GENERIC_DOMAINS), "domain_territories": DOMAIN_TERRITORIES,
    }
    ns.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{ns.out}: {len(found['locales'])} locales, {len(found['languages'])} languages, "
          f"{len(found['territories'])} territories", file=sys.stderr)


if __name__ == "__main__":
    main()
