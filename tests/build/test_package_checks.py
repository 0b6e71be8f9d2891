"""The checks build/package.py makes on a finished bundle: the About box's licences list exactly the distributions
it holds, and a bundle that does not analyse the sample as the checkout does fails the build."""
from __future__ import annotations

from importlib.metadata import packages_distributions

import pytest


def _bundle_of_the_listed(package) -> dict:
    """Contents (as the spec writes them) holding the top-level modules of every distribution the licences list,
    but not the sentence models' packages, whose weights the spec carries without their code."""
    from viewer.analysis.claims import model_files, usem_files
    from viewer.licences import DISTRIBUTIONS

    listed = {package._distribution(name) for name in DISTRIBUTIONS} - {
        package._distribution(model_files.PACKAGE), package._distribution(usem_files.PACKAGE)}
    tops = [top for top, owners in packages_distributions().items()
            if {package._distribution(owner) for owner in owners} <= listed]
    return {"modules": sorted({*tops, "viewer", "viewer.cli", "json"}), "binaries": ["libpython3.11.so.1.0"]}


def test_a_bundle_holding_what_the_licences_list_has_no_gap(package):
    assert package.licence_gaps(_bundle_of_the_listed(package)) == {"unlisted": [], "not_shipped": []}


def test_a_module_of_an_unlisted_distribution_and_a_listed_one_left_out_are_named(package):
    contents = _bundle_of_the_listed(package)
    contents["modules"] = [m for m in contents["modules"] if m != "tqdm"] + ["pytest", "_pytest.main"]
    assert package.licence_gaps(contents) == {"unlisted": ["pytest"], "not_shipped": ["tqdm"]}


def test_a_compiled_library_counts_for_its_distribution(package):
    contents = _bundle_of_the_listed(package)
    contents["modules"] = [m for m in contents["modules"] if m != "numpy"]
    contents["binaries"] += ["numpy.libs/libscipy_openblas64_.so"]
    assert package.licence_gaps(contents)["not_shipped"] == []


def test_a_bundle_that_analyses_otherwise_fails_the_build(package):
    smoke = {"selftest": {"status": 0}, "same_analysis": {"same": True}}
    assert package.passed({"smoke": smoke, "licences": {"unlisted": [], "not_shipped": []}})
    assert not package.passed({"smoke": {**smoke, "same_analysis": {"same": False}}, "licences": None})
    assert not package.passed({"licences": {"unlisted": ["tqdm"], "not_shipped": []}})
