"""Rich display of plain Java values through a real Jupyter client: display(String, type) for HTML,
markdown, SVG and PNG bytes; BufferedImage and any java.awt.Image as PNG; image files by Path/File or
Display.image(...); clear errors for a wrong MIME type or an unreadable file."""
import base64
import struct
import zlib

import pytest

from kernel_client import run

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def shown(kc, code):
    """Runs code that must succeed; returns the bundles of its display_data messages, and of its
    execute_result if there is one."""
    cell = run(kc, code)
    assert cell.reply["status"] == "ok", cell.errors
    return [c["data"] for c in cell.of_type("display_data")], [c["data"] for c in cell.of_type("execute_result")]


def error_of(kc, code):
    cell = run(kc, code)
    assert cell.reply["status"] == "error", cell.messages
    [error] = cell.errors
    return error


def png_size(data_b64):
    raw = base64.b64decode(data_b64)
    assert raw.startswith(PNG_SIGNATURE), raw[:16]
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


def tiny_png(width, height):
    """A valid RGB PNG written with the standard library only."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("mime,content", [
    ("text/html", "<b>bold</b> and <i>italic</i>"),
    ("text/markdown", "# Title\\n\\n*emphasis* and $x^2$"),
    ("text/latex", "$\\\\frac{1}{2}$"),
    ("image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>"),
])
def test_display_string_as_a_mime_type_and_nothing_printed_as_result(kc, mime, content):
    displays, results = shown(kc, f'display("{content}", "{mime}")')
    assert results == [], "display(...) must not leave a cell result"
    [bundle] = displays
    assert bundle[mime] == content.replace("\\n", "\n").replace("\\\\", "\\")
    assert "text/plain" in bundle


def test_display_helpers_work_as_a_cells_last_value(kc):
    _, [result] = shown(kc, 'Display.html("<p>hi</p>")')
    assert result["text/html"] == "<p>hi</p>"
    _, [result] = shown(kc, 'Display.markdown("**md**")')
    assert result["text/markdown"] == "**md**"


def test_display_png_bytes(kc, tmp_path):
    f = tmp_path / "red.png"
    f.write_bytes(tiny_png(3, 2))
    displays, results = shown(kc, f'byte[] redPng = Files.readAllBytes(Path.of("{f}"));\n'
                                  f'display(redPng, "image/png")')
    assert results == []
    assert png_size(displays[0]["image/png"]) == (3, 2)


def test_display_jpeg_and_gif_bytes(kc):
    displays, _ = shown(kc, 'display(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "image/jpeg")')
    assert base64.b64decode(displays[0]["image/jpeg"]) == b"\xff\xd8\xff\xe0"
    displays, _ = shown(kc, 'display("GIF89a".getBytes(), "image/gif")')
    assert base64.b64decode(displays[0]["image/gif"]) == b"GIF89a"


def test_other_image_formats_java_reads_become_png(kc, tmp_path):
    bmp = tmp_path / "pic.bmp"
    code = f"""var bmpImage = new java.awt.image.BufferedImage(6, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
javax.imageio.ImageIO.write(bmpImage, "bmp", new File("{bmp}"));
Display.image("{bmp}")"""
    _, [result] = shown(kc, code)
    assert png_size(result["image/png"]) == (6, 3)


def test_buffered_image_and_any_awt_image_show_as_png(kc):
    code = """var img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
var g = img.createGraphics(); g.setColor(java.awt.Color.ORANGE); g.fillRect(0, 0, 40, 20); g.dispose();
img"""
    _, [result] = shown(kc, code)
    assert png_size(result["image/png"]) == (40, 20)
    # getScaledInstance gives a Toolkit image (not a BufferedImage), produced asynchronously
    displays, results = shown(kc, "display(img.getScaledInstance(20, 10, java.awt.Image.SCALE_SMOOTH))")
    assert results == []
    assert png_size(displays[0]["image/png"]) == (20, 10)


def test_image_files_by_path_file_or_display_image(kc, tmp_path):
    f = tmp_path / "pic.png"
    f.write_bytes(tiny_png(5, 4))
    svg = tmp_path / "pic.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>")
    for code in (f'display(Path.of("{f}"))', f'display(new File("{f}"))', f'display(Display.image("{f}"))'):
        displays, results = shown(kc, code)
        assert results == [], code
        assert png_size(displays[0]["image/png"]) == (5, 4), code
    _, [result] = shown(kc, f'Display.image(Path.of("{svg}"))')
    assert result["image/svg+xml"].startswith("<svg")
    # a Path that is the cell's value, not asked for by display(), stays text
    _, [result] = shown(kc, f'Path.of("{f}")')
    assert list(result) == ["text/plain"]


def test_wrong_mime_type_names_it(kc):
    error = error_of(kc, 'display("<b>x</b>", "text/htm")')
    assert "text/htm" in error["evalue"] and "text/html" in error["evalue"], error
    error = error_of(kc, 'display("not bytes", "image/png")')
    assert "image/png" in error["evalue"] and "byte[]" in error["evalue"], error
    error = error_of(kc, 'display(new byte[] {1, 2, 3}, "image/png")')
    assert "the byte[] does not hold image/png data" in error["evalue"], error


def test_unreadable_or_missing_image_file_names_it(kc, tmp_path):
    assert run(kc, "int keptAfterErrors = 7;").reply["status"] == "ok"
    missing = tmp_path / "missing.png"
    error = error_of(kc, f'display(Path.of("{missing}"))')
    assert str(missing) in error["evalue"], error
    fake = tmp_path / "fake.png"
    fake.write_text("this is text, not a PNG")
    error = error_of(kc, f'Display.image("{fake}")')
    assert str(fake) in error["evalue"] and "image/png" in error["evalue"], error
    garbage = tmp_path / "garbage.bmp"
    garbage.write_text("not an image")
    error = error_of(kc, f'Display.image("{garbage}")')
    assert str(garbage) in error["evalue"], error
    # the kernel keeps its state after these errors
    _, [result] = shown(kc, "keptAfterErrors")
    assert result["text/plain"] == "7"


def test_json_is_sent_as_json(kc):
    displays, _ = shown(kc, 'display("{\\"a\\": [1, 2], \\"b\\": null}", "application/json")')
    assert displays[0]["application/json"] == {"a": [1, 2], "b": None}
    error = error_of(kc, 'display("{not json", "application/json")')
    assert "application/json" in error["evalue"], error
