"""The name counter behind bench/rarity_gate.py: each report's capitalised words under the key names are compared by,
counted once a report, and the table kept by source."""
from collections import Counter

from training.count_name_rarity import counted, names_of, table


def test_a_reports_names_are_its_capitalised_words_keyed_as_the_linker_keys_them():
    names = names_of("COVID-19 cases rose, Biden's adviser said. Jean-Pierre spoke in Kabul; officials agreed.")
    assert {"covid-19", "biden", "iean-piere", "iean", "piere", "kabul"} <= names
    assert "officials" not in names and "adviser" not in names


def test_each_report_counts_a_name_once_and_the_table_keeps_the_sources_apart():
    carried, reports = counted(["Biden met Biden.", "Biden and Kabul.", "Nothing here."])
    assert reports == 3 and carried["biden"] == 2 and carried["kabul"] == 1
    data = table({"gva": (Counter({"police": 5}), 9), "basil": (carried, reports), "wcep": (Counter(), 1),
                  "allsides": (Counter({"biden": 5}), 5)}, least=2)
    assert data["reports"] == [9, 3, 1, 5]
    assert data["carried"] == {"biden": [0, 2, 0, 5], "police": [5, 0, 0, 0]}


def test_a_source_with_no_readable_report_leaves_no_column_to_divide_by():
    data = table({"gva": (Counter({"police": 5}), 9), "allsides": (Counter({"biden": 5}), 5),
                  "roundup": (Counter(), 0)}, least=2)
    assert data["sources"] == ["gva", "allsides"] and data["carried"]["biden"] == [0, 5]
