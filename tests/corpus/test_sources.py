"""The files an import finds in a folder tree: in the order os.walk gave them, at any depth, a cancel heard while a
large tree is walked, and a file gone before it is read named as such."""
from __future__ import annotations

import os

import pytest

from viewer.corpus.importing import import_paths
from viewer.corpus.sources import GONE, collect
from viewer.jobs import Cancelled, TaskState


def _tree(root):
    for folder in ("b", "a/z", "a/y/x", ".hidden", "page_files", "a/y/x/w"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name in ("b/2.txt", "b/1.md", "a/z/3.pdf", "a/y/x/4.html", "a/0.txt", ".hidden/5.txt", "page_files/6.txt",
                 "page.html", "top.txt", "a/.secret.txt", "a/y/notes.rtf", "a/y/x/w/7.csv"):
        (root / name).write_text("words", encoding="utf-8")
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)  # a link back up the tree is not followed
    (root / "a" / "gone.txt").symlink_to(root / "nowhere.txt")  # a broken link is found, and fails when read


def _walked_by_os_walk(root) -> list[str]:
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (d.endswith("_files")
                         and f"{d.removesuffix('_files')}.html" in names))
        found += [os.path.join(folder, n) for n in sorted(names) if not n.startswith(".")
                  and os.path.splitext(n)[1] in (".txt", ".md", ".pdf", ".html", ".csv")]
    return found


def test_a_tree_is_walked_in_the_order_os_walk_gave(tmp_path):
    _tree(tmp_path)
    found = collect([tmp_path])
    assert [str(p) for p in found.files] == _walked_by_os_walk(tmp_path)
    assert [p.name for p in found.files] == ["page.html", "top.txt", "0.txt", "gone.txt", "4.html", "7.csv", "3.pdf",
                                             "1.md", "2.txt"]
    assert found.skipped == [(str(tmp_path), "1 file of a kind not read here (.rtf; .txt, .md, .markdown, .html, .htm,"
                                             " .mhtml, .mht, .pdf, .docx, .json, .jsonl, .csv are)")]


def test_a_folder_nested_deeper_than_python_recurses_is_walked(tmp_path):
    levels = [tmp_path / "deep"]
    for _ in range(1100):  # os.walk recursed once a level and ended in a RecursionError near 1,000
        levels.append(levels[-1] / "a")
    note = levels[-1] / "note.txt"
    try:
        for level in levels:  # one at a time: mkdir(parents=True) recurses too
            level.mkdir()
        note.write_text("The ferry left at dawn.", encoding="utf-8")
        assert collect([levels[0]]).files == [note]
    finally:  # shutil.rmtree, which cleans tmp_path, recurses as os.walk did, and a tree left here fails every run
        note.unlink(missing_ok=True)
        for level in reversed(levels):
            if level.exists():
                level.rmdir()


def test_a_cancel_is_heard_while_folders_are_walked(tmp_path):
    for number in range(20):
        (tmp_path / f"f{number}").mkdir()
    opened = []

    def check():
        opened.append(1)
        if len(opened) == 5:
            raise Cancelled

    with pytest.raises(Cancelled):
        collect([tmp_path], check)
    assert len(opened) == 5


def test_a_file_deleted_after_the_import_found_it_is_named_as_gone_and_the_rest_imported(memory_corpus, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"The ferry {name} left the harbour at dawn, crews said.", encoding="utf-8")

    def progress(done, total, what):
        if what.endswith("a.txt"):
            (tmp_path / "b.txt").unlink()  # deleted while the import reads the folder it was found in

    report = import_paths(memory_corpus, [tmp_path], state=TaskState(progress))
    assert report.failed == [(str(tmp_path / "b.txt"), GONE)]
    assert [os.path.basename(label) for label, _ in report.imported] == ["a.txt", "c.txt"]
    assert report.summary().splitlines()[-1] == f"  {tmp_path / 'b.txt'}: moved or deleted after the import found it:" \
                                                " nothing of it was read"
