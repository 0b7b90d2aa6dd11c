"""Reading bytes: which encoding, what happens to bytes no encoding explains, what is refused."""

import codecs

import pytest

from textfix.decoding import DecodeError, UndecodableBytes, decode_bytes, newline_style, utf8_pieces

SEED_LINE = "It shows Venezuela's socialist ruler Nicolás Maduro, “measures” (…) – and Juan Guaidó.\n"


def test_utf8_is_read_as_is():
    decoded = decode_bytes(SEED_LINE.encode("utf-8"))
    assert decoded.text == SEED_LINE
    assert (decoded.encoding, decoded.bom, decoded.confidence) == ("utf-8", False, 1.0)
    assert decoded.is_plain_utf8


def test_ascii_is_named_ascii_and_needs_no_rewrite():
    decoded = decode_bytes(b"Tim Niendorf\n")
    assert decoded.encoding == "ascii"
    assert decoded.is_plain_utf8


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_a_bom_names_the_encoding_and_is_not_part_of_the_text(bom, codec):
    decoded = decode_bytes(bom + SEED_LINE.encode(codec))
    assert decoded.text == SEED_LINE
    assert decoded.encoding == codec
    assert decoded.bom
    assert not decoded.is_plain_utf8


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec):
    decoded = decode_bytes(SEED_LINE.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.bom) == (SEED_LINE, codec, False)
    assert decoded.confidence < 1.0


def test_windows_1252_file_is_read_as_windows_1252_not_a_baltic_code_page():
    # charset-normalizer alone takes short Western files for cp1250/cp1257 ("naďve")
    text = "Nicolás said the café was naïve – “no”.\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.confidence < 1.0


@pytest.mark.parametrize("text", ["HÅØYA ER BLÅØYD", "( o¬ô )", "Åland Øresund", "£600m"])
def test_short_western_texts_are_read_as_windows_1252(text):
    assert decode_bytes(text.encode("cp1252")).text == text


def test_latin1_file_is_read():
    text = "Nicolás Maduro and Juan Guaidó signed in Miraflores.\n"
    assert decode_bytes(text.encode("latin-1")).text == text


def test_lines_mixing_utf8_and_windows_1252_are_each_read_right():
    utf8_line = "Nicolás Maduro said “yes”.\n"
    cp1252_line = "Juan Guaidó said “no”.\n"
    data = utf8_line.encode("utf-8") + cp1252_line.encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == utf8_line + cp1252_line
    assert decoded.encoding == "utf-8+cp1252"
    offsets = [run.offset for run in decoded.fallback]
    assert offsets == [data.index(b"\xf3"), data.index(b"\x93"), data.index(b"\x94")]
    assert [run.text for run in decoded.fallback] == ["ó", "“", "”"]


def test_non_western_legacy_text_goes_to_charset_normalizer():
    text = ("Международный уголовный суд расследует преступления против человечности, "
            "совершённые во время протестов в Венесуэле.")
    decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding == "cp1251"


@pytest.mark.parametrize(("text", "codec"), [
    ("国际刑事法院检察官宣布将在委内瑞拉设立办事处，调查危害人类罪的指控。", "gbk"),
    ("國際刑事法院檢察官宣布將在委內瑞拉設立辦事處，調查危害人類罪的指控。", "big5"),
    ("国際刑事裁判所の検察官は、ベネズエラに事務所を開設すると発表した。", "shift_jis"),
    ("국제형사재판소 검사는 베네수엘라에 사무소를 열겠다고 발표했다.", "euc_kr"),
])
def test_cjk_code_pages_whose_bytes_look_like_utf8_in_places_are_read_whole(text, codec):
    assert decode_bytes(text.encode(codec)).text == text


def test_undecodable_bytes_are_refused_with_their_offsets():
    data = "Nicolás said".encode("cp1252") + b" \x81 " + "“no”".encode("cp1252")
    with pytest.raises(UndecodableBytes) as caught:
        decode_bytes(data)
    assert [(run.offset, run.raw) for run in caught.value.runs] == [(13, b"\x81")]
    assert "offset 13" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_undecodable_bytes_in_a_utf8_file_are_refused_with_their_offsets():
    data = "Nicolás “yes”".encode("utf-8") + b" \x81\x8d "
    with pytest.raises(UndecodableBytes) as caught:
        decode_bytes(data)
    assert [(run.offset, run.raw) for run in caught.value.runs] == [(len(data) - 3, b"\x81\x8d")]


def test_undecodable_bytes_replaced_only_when_asked_and_listed():
    data = "Nicolás said".encode("cp1252") + b" \x81 done"
    decoded = decode_bytes(data, errors="replace")
    assert decoded.text == "Nicolás said \ufffd done"
    assert [(run.offset, run.raw) for run in decoded.replaced] == [(13, b"\x81")]
    assert decoded.as_dict()["replaced"] == [{"offset": 13, "bytes": "81", "text": "\ufffd"}]
    assert not decoded.is_plain_utf8


def test_broken_utf16_reports_the_odd_byte():
    data = codecs.BOM_UTF16_LE + "Guaidó".encode("utf-16-le") + b"x"
    with pytest.raises(UndecodableBytes) as caught:
        decode_bytes(data)
    assert caught.value.runs[0].offset == len(data) - 1


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    (b"PK\x03\x04\x14\x00", "ZIP archive"),
    (b"Tim Niendorf\x00Political", "NUL byte at offset 12"),
    (bytes(range(1, 8)) * 20, "control bytes"),
])
def test_binary_data_is_refused_in_one_line(data, message):
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_text_beginning_like_a_short_signature_is_still_text():
    assert decode_bytes(b"BMW and PK are not files\n").text == "BMW and PK are not files\n"


def test_line_ends_are_kept_and_their_style_reported():
    decoded = decode_bytes(b"Tim Niendorf\r\n\r\nPolitical Editor.\r\n")
    assert decoded.text == "Tim Niendorf\r\n\r\nPolitical Editor.\r\n"
    assert decoded.as_dict()["newline"] == "crlf"
    assert not decoded.mixed_newlines
    assert decode_bytes(b"a\r\nb\nc\n").mixed_newlines


def test_newline_style_is_the_majority():
    assert newline_style("a\r\nb\r\nc\n") == "\r\n"
    assert newline_style("a\nb\nc\r\n") == "\n"
    assert newline_style("no line end") == "\n"
    assert newline_style("a\rb\r") == "\r"


def test_utf8_pieces_cover_every_byte_once():
    data = "Nicolás “a” ".encode("utf-8") + "Guaidó “b”".encode("cp1252") + b"\xed\xa0\x80"
    pieces = list(utf8_pieces(data))
    assert b"".join(raw for _, raw, _ in pieces) == data
    assert all(data[offset:offset + len(raw)] == raw for offset, raw, _ in pieces)
    # an encoded surrogate is not UTF-8, as Python's decoder says; it joins the ” before it
    assert pieces[-1] == (len(data) - 4, b"\x94\xed\xa0\x80", False)
