"""A report written wholly in Russian meets the English coverage of its news: its sentences are compared
with the English articles sharing its names, figures or days (`foreign_neighbours`), through the real
multilingual model, and an unrelated Russian report links to nothing. The reports are made up here, in
words of their own, about the sample's April surrender."""
from __future__ import annotations

import json

from viewer.analysis import store
from viewer.analysis.claims.foreign_neighbours import (NEIGHBOURS, POSTINGS, day_keys, figure_keys, foreign_meetings,
                                                       foreign_neighbours, name_keys)
from viewer.analysis.claims.features import ClaimUnit, CountedFigure, UnitFeatures
from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.spans import Span

SURRENDER = ("Министерство обороны России сообщило, что в Мариуполе в плен сдались 1026 украинских военных.\n\n"
             "Среди сдавшихся 162 офицера и 47 женщин, сказал Игорь Конашенков.\n\n"
             "Украина пока не прокомментировала это заявление.\n")
MUSEUM = ("В Казани открылся новый музей современного искусства.\n\n"
          "В экспозиции представлено 240 работ местных художников.\n\n"
          "Музей будет работать без выходных до конца года.\n")


def _import(corpus, tmp_path, records):
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    before = set(corpus.document_ids())
    import_paths(corpus, [path])
    return sorted(set(corpus.document_ids()) - before)


def test_a_wholly_russian_report_joins_the_english_claims_it_reports_and_an_unrelated_one_joins_none(sample_corpus, tmp_path):
    surrender, museum = _import(sample_corpus, tmp_path, [
        {"text": SURRENDER, "title": "Сдались в плен", "published": "2022-04-13", "language": "ru"},
        {"text": MUSEUM, "title": "Музей", "published": "2021-09-03", "language": "ru"}])
    analyse(sample_corpus)
    claims = store.claims(sample_corpus)
    officers = next(c for c in claims if any(m.document == surrender and "162 офицера" in m.text for m in c.mentions))
    english = {m.document for m in officers.mentions} - {surrender}
    assert english and english <= {1, 2, 3, 4, 5}  # the sample's English reports of the 162 officers and 47 women
    assert any("162" in m.text and "officers" in m.text for m in officers.mentions)
    assert not any(officers.rendered_in(m) for m in officers.mentions)  # a source of its own, not a rendering
    assert not [c.id for c in claims if any(m.document == museum for m in c.mentions)]


def test_names_figures_and_days_are_read_alike_in_both_scripts():
    # "Mariupol" and "Konashenkov" as English names fold; a name shorter than the stem ("Игорь") is too common
    assert name_keys("сказал Игорь Конашенков в Мариуполе") == {"n:konas", "n:mariu"}
    assert figure_keys("сдались 1 026 военных, среди них 162 офицера и 5 женщин") == {"f:1026", "f:162"}
    assert figure_keys("In Mariupol, 1,026 servicemen") == {"f:1026"}
    assert day_keys("2022-04-13", 1) == {"d:2022-04-12", "d:2022-04-13", "d:2022-04-14"}
    assert day_keys("2022-04") == set()


def _unit(document, names=(), figures=()):
    found = [CountedFigure(text=str(v), start=0, end=1, value=float(v), low=float(v), high=float(v), qualifier="exact",
                           unit="", thing="soldier", counts="soldier", noun=True, count=True, each=False) for v in figures]
    return ClaimUnit(document, Span(0, 10), UnitFeatures(names=list(names), figures=found))


def test_neighbours_are_the_articles_sharing_the_most_rare_keys_and_a_common_key_is_not_searched():
    texts = {100: "Конашенков сказал, что сдались 1026 военных."}
    foreign = [ClaimUnit(100, Span(0, len(texts[100])), UnitFeatures(language="ru"))]
    units = [_unit(1, ["konashenkov"], [1026]), _unit(2, ["konashenkov"]), _unit(3, [], [77])]
    units += [_unit(10 + k, ["mariupol"]) for k in range(POSTINGS + 1)]  # in every article: says nothing
    near = foreign_neighbours([100], foreign, units, texts, {})
    assert near == {100: {1, 2}}
    crowd = [_unit(200 + k, ["konashenkov"]) for k in range(NEIGHBOURS + 5)]
    near = foreign_neighbours([100], foreign, units[:3] + crowd, texts, {})
    assert len(near[100]) == NEIGHBOURS and 1 in near[100]  # the article sharing two keys comes first


BRIDGE_RU = ("Мэр Харькова Игорь Терехов сообщил, что мост через реку Лопань закроют на ремонт до конца октября.\n\n"
             "По его словам, движение транспорта перенаправят на соседние улицы.\n")
BRIDGE_UK = ("Мер Харкова Ігор Терехов повідомив про ремонт мосту через річку Лопань.\n\n"
             "За його словами, рух транспорту перенаправлять на сусідні вулиці.\n")
BRIDGE_WIRE = "Мост через реку Лопань закроют на ремонт до конца октября, заявил мэр Харькова Игорь Терехов.\n"
PARK = "Мэр Харькова Игорь Терехов сообщил, что в городе откроют новый парк.\n"


def test_reports_in_russian_and_ukrainian_meet_without_english_words_between_them(memory_corpus, tmp_path):
    ru, uk, wire, park = _import(memory_corpus, tmp_path, [
        {"text": text, "title": title, "published": "2023-10-02", "language": language}
        for text, title, language in ((BRIDGE_RU, "Мост", "ru"), (BRIDGE_UK, "Міст", "uk"),
                                      (BRIDGE_WIRE, "Ремонт", "ru"), (PARK, "Парк", "ru"))])
    analyse(memory_corpus)
    together = sorted(sorted((m.document, " ".join(m.text.split())[:20]) for m in c.mentions)
                      for c in store.claims(memory_corpus))
    assert together == [
        [(ru, "Мэр Харькова Игорь Т"), (uk, "Мер Харкова Ігор Тер"), (wire, "Мост через реку Лопа")],  # the repair, twice a wire copy
        [(ru, "По его словам, движе"), (uk, "За його словами, рух")],  # a Russian sentence and its Ukrainian words
    ]  # the park, another thing the same mayor said, is in one language and not near enough: it meets nothing


def test_reports_meet_the_other_foreign_reports_sharing_their_rare_keys():
    texts = {1: "Терехов сказал, что мост закроют.", 2: "Терехов сказав, що міст закриють.", 3: "В Казани открылся музей."}
    foreign = [ClaimUnit(d, Span(0, len(t)), UnitFeatures(language="ru")) for d, t in texts.items()]
    dates = {1: "2023-10-02", 2: "2023-10-03", 3: "2021-09-03"}
    assert foreign_meetings(foreign, texts, dates) == {1: {2}, 2: {1}, 3: set()}
