import pytest

from hostile_files import FIXTURES
from viewer.corpus.encoding import BinaryContent, decode, decode_page


def test_utf8_text_is_kept_exactly_apart_from_crlf_and_bom():
    original = "“Quoted” — Mikhaïlo, Мариуполь\r\nnext line\rlone CR kept\n"
    assert decode(b"\xef\xbb\xbf" + original.encode("utf-8")) == original.replace("\r\n", "\n")


def test_undeclared_cp1251_reads_as_russian():
    text = decode((FIXTURES / "cp1251.txt").read_bytes())
    assert text.startswith("Вот что бывает, когда офицеры не теряют голову")
    assert "\r" not in text and "Армия знает, что делает." in text


def test_undeclared_latin1_reads_as_french():
    text = decode((FIXTURES / "latin1.txt").read_bytes())
    assert "l'armée russe" in text and "« plus de 100 » ont été blessés" in text


def test_windows_1252_typographic_quotes():
    assert decode("“Ready,” he said – café".encode("cp1252")) == "“Ready,” he said – café"


def test_utf16_with_bom():
    assert decode("Мариуполь 1,026".encode("utf-16")) == "Мариуполь 1,026"


@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00\x00garbage",  # a UTF-32 mark, then bytes that are no UTF-32: it became a document "��"
    b"\xfe\xff" + bytes(range(0xd8, 0xdc)) * 64,  # a UTF-16 mark, then lone surrogates
])
def test_junk_behind_a_byte_order_mark_is_refused(data):
    with pytest.raises(BinaryContent, match="byte-order mark"):
        decode(data)


def test_a_few_broken_characters_behind_a_byte_order_mark_are_replaced():
    data = "Мариуполь: 1,026 surrendered on Wednesday, the ministry said.".encode("utf-16") + b"\x00\xd8"
    assert decode(data).startswith("Мариуполь: 1,026") and decode(data).count("\ufffd") == 1


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    bytes(range(1, 32)) * 40 + b"\xff\xfe\xfa" * 10,
    b"\x00\x01\x02binary",  # valid UTF-8, but NUL bytes never occur in an article
])
def test_binary_content_is_refused(data):
    with pytest.raises(BinaryContent, match="binary content"):
        decode(data)


@pytest.mark.parametrize("text", [
    "Ferry report 3\n\nThe operator apologised. All 40 passengers were taken off safely.\n",  # 84 bytes
    "Short note.\n",
    "Kyiv, 13 April: no comment yet.\n",
])
def test_a_short_plain_text_file_is_never_read_as_utf16(text):
    """A file under 100 bytes of even length, with no NUL byte at all, was decoded as UTF-16: the note
    above came out as '䙥牲礠牥灯牴″ਊ…'."""
    data = text.encode("ascii")
    assert len(data) % 2 == 0
    assert decode(data) == text


def test_a_short_utf16_file_without_a_byte_order_mark_still_reads():
    assert decode("Short note.\n".encode("utf-16-le")) == "Short note.\n"


def test_a_page_is_read_in_the_charset_it_declares():
    """A legacy page's <meta charset> is what its bytes are; a guess reads short Russian text as another script."""
    page = '<html><head><meta charset="windows-1251"></head><body><p>Армия знает, что делает.</p></body></html>'
    assert "Армия знает, что делает." in decode_page(page.encode("cp1251"))


def test_a_page_that_declares_a_charset_its_bytes_are_not_is_guessed():
    page = '<html><head><meta charset="utf-8"></head><body><p>“Ready,” he said – café</p></body></html>'
    assert "“Ready,” he said – café" in decode_page(page.encode("cp1252"))


def test_c1_control_characters_are_the_windows_1252_marks_of_their_bytes_one_for_one():
    """A text once decoded as Latin-1 and saved again as UTF-8 (as the GVA crawl's pages were): its quotation marks and
    apostrophes are C1 control characters, read back as the marks they were, each one character, so offsets stay."""
    saved = "\x93I heard three shots,\x94 Greer\x92s neighbour said \x96 twice.\x81"
    text = decode(saved.encode("utf-8"))
    assert text == "“I heard three shots,” Greer’s neighbour said – twice.\x81"
    assert len(text) == len(saved)
    page = '<html><head><meta charset="utf-8"></head><body><p>\x93Ready,\x94 he said</p></body></html>'
    assert "“Ready,” he said" in decode_page(page.encode("utf-8"))
