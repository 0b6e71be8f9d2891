"""News vocabulary that makes two wordings of one claim look alike.

Synonym classes map words reporters use interchangeably onto one key ("troops", "servicemen",
"soldiers"); demonyms map onto their country so "Ukrainian" meets "Ukraine"; name folding
makes transliteration variants meet ("Boychenko" / "Boichenko", "Dmitri" / "Dmitry").
"""
from __future__ import annotations

import re
import unicodedata

_SYNONYMS = {
    "soldiers": "soldier troop serviceman servicemen servicewoman combatant fighter personnel defender trooper militant",
    "wounded": "wounded injured injure wound hurt casualty",
    "killed": "kill killed dead die death fatality slay perish toll",
    "surrender": "surrender capitulate capitulation",
    "exchange": "exchange swap trade",
    "prisoners": "prisoner captive pow detainee",
    "officials": "official authority authorities",
    "defense": "defense defence",
    "negotiations": "negotiation negotiate talk talks dialogue",
    "ceasefire": "ceasefire truce armistice",
    "evacuation": "evacuation evacuate evacuee",
    "attack": "attack strike shell shelling bombard bombardment bomb target",
    "plant": "plant factory steelworks works mill",
    "weapons": "weapon arm arms",
    "women": "woman women female",
    "civilians": "civilian noncombatant",
    "missing": "missing disappear disappeared unaccounted",
    "refugees": "refugee displaced",
    "hospitalized": "hospitalize hospitalise hospital hospitalisation hospitalization",
    "sanctions": "sanction sanctions",
    "deport": "deport deportation",
    "organize": "organize organise",
    "minister": "minister",
    "people": "people person persons individual resident inhabitant",
    "invasion": "invade invasion",
    "displaced": "displace displacement",
    "houses": "house home dwelling",
    "missile": "missile rocket",
    "aid": "aid supply supplies assistance relief",
    "rescuers": "rescuer rescue lifesaver",
    "search": "search comb scour",
    "throw": "throw hurl",
    "protesters": "protester demonstrator",
    "police": "police policeman officer",
    "suspend": "suspend shelve freeze halt",
    "fraud": "rig rigged fraud fraudulent falsify",
    "detain": "detain arrest",
    "civilian": "civil civilian residential",
    "deny": "deny reject dismiss refute",
    "rubble": "rubble ruin debris wreckage",
    "crew": "team crew worker",
    "transport": "transport deliver fly airlift ferry",
    "concede": "concede admit acknowledge",
    "respect": "respect observe honour honor",
}
SYNONYM = {w: key for key, words in _SYNONYMS.items() for w in words.split()}

# "Would not step down" asserts staying in office; "stepped down" is its antonym.
STAY = re.compile(r"\b(?:not|never|n't) (?:\w+ )?(?:step down|resign|quit)\b|\b(?:stay|remain)(?:s|ed|ing)? in (?:office|post|power)\b", re.I)
RESIGN = re.compile(r"\bstep(?:s|ped|ping)? down\b|\bresign(?:s|ed|ing)?\b|\bquit(?:s|ting)?\b", re.I)

# Multi-word expressions that stand for one synonym class.
PHRASES = [
    (re.compile(r"\b(?:lost|lose|losing|loses) (?:their|his|her) lives?\b", re.I), "killed"),
    (re.compile(r"\bfate of\b.{0,60}\b(?:unknown|unclear)\b", re.I), "missing"),
    (STAY, "stay"),
    (RESIGN, "resign"),
    (re.compile(r"\blook(?:s|ed|ing)? for\b", re.I), "search"),
    (re.compile(r"\blaid down (?:their |its |his )?arms\b|\blay(?:s|ing)? down (?:their |its |his )?arms\b", re.I), "surrender"),
    (re.compile(r"\bgave up\b|\bgive up\b", re.I), "surrender"),
    (re.compile(r"\bprisoners? of war\b", re.I), "prisoners"),
    (re.compile(r"\b(?:become|became|becoming|been|were|was|are|is) (?:taken )?prisoners?\b", re.I), "surrender"),
]

# A running total over a country or a season is another claim than the count of one event.
CUMULATIVE = re.compile(
    r"\bso far this (?:year|month|season)\b|\bsince the (?:start|beginning) of the (?:season|year|month)\b",
    re.I,
)

_DEMONYMS = {
    "ukrainian": "ukraine", "ukrainians": "ukraine", "russian": "russia", "russians": "russia",
    "american": "united states", "americans": "united states", "us": "united states",
    "u.s.": "united states", "usa": "united states", "british": "britain", "uk": "britain",
    "french": "france", "german": "germany", "polish": "poland", "chinese": "china",
    "estonian": "estonia", "latvian": "latvia", "lithuanian": "lithuania", "belarusian": "belarus",
    "turkish": "turkey", "israeli": "israel", "palestinian": "palestine", "iranian": "iran",
    "syrian": "syria", "iraqi": "iraq", "afghan": "afghanistan", "indian": "india",
    "japanese": "japan", "korean": "korea", "european": "europe", "finnish": "finland",
    "swedish": "sweden", "italian": "italy", "spanish": "spain", "georgian": "georgia",
    "moldovan": "moldova", "hungarian": "hungary", "romanian": "romania", "crimean": "crimea",
    "kiev": "kyiv", "soviet": "ussr", "sudanese": "sudan", "ethiopian": "ethiopia",
    "somali": "somalia", "nigerian": "nigeria", "egyptian": "egypt", "libyan": "libya",
    "lebanese": "lebanon", "yemeni": "yemen", "saudi": "saudi arabia", "emirati": "uae",
    "pakistani": "pakistan", "bangladeshi": "bangladesh", "burmese": "myanmar",
    "congolese": "congo", "kenyan": "kenya", "armenian": "armenia", "azerbaijani": "azerbaijan",
    "serbian": "serbia", "venezuelan": "venezuela", "mexican": "mexico", "canadian": "canada",
    "brazilian": "brazil", "haitian": "haiti", "jordanian": "jordan", "taiwanese": "taiwan",
}

# Verbs that frame a claim rather than state it; they say nothing about what is claimed.
REPORTING = frozenset(
    "say tell add report accord announce state note quote explain stress "
    "insist told said says allege claim inform declare specify point".split()
)
# Verbs by which a party reacts to an event; who reacts says which reaction it is.
REACTION = frozenset("comment respond react reply confirm deny".split())
# Words that weigh nothing in a claim whatever their frequency.
LIGHT = frozenset(
    "also still thus however meanwhile today yesterday tomorrow day time year week month "
    "way thing lot part number people other more most many much new last first "
    "launch carry conduct stage manage dozen score hundred thousand million".split()
)


def fold(text: str) -> str:
    """Lower case without accents, so "Mikhaïlo" and "Mikhailo" compare equal."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def squash(word: str) -> str:
    """One spelling for transliteration variants (y/i, j/i, kh/h, doubled letters)."""
    if " " in word:
        return word
    word = word.replace("kh", "h").replace("y", "i").replace("j", "i")
    return re.sub(r"(.)\1+", r"\1", word)


def synonym_class(word: str) -> str:
    """The readable class a word belongs to ("injured" -> "wounded"), or the word itself."""
    word = fold(word)
    return SYNONYM.get(word) or _DEMONYMS.get(word) or word


def term(word: str) -> str:
    """The key a content word or name is indexed and compared under."""
    return squash(synonym_class(word))


def demonym_or_country(word: str) -> bool:
    """Whether a name word names a country or its people ("Ukrainian", "Russia")."""
    word = fold(word)
    return word in _DEMONYMS or word in _PLACES


_PLACES = frozenset(squash(p) for p in _DEMONYMS.values()) | frozenset(_DEMONYMS.values())
