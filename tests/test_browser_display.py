"""Real-browser check of rich display: JupyterLab with the jgrad kernel runs a notebook of display
calls in headless chromium (tests/browser/display_notebook.mjs); the HTML must render bold text, the
markdown a heading, the BufferedImage, the PNG file (display(Path)) and the SVG visible images, with no
error output. The screenshot is kept as target/browser/rich_display.png."""
import json
import subprocess

import pytest

from browser_tools import DRIVER, OUT, jupyterlab, require_tools, write_notebook

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CELLS = [
    'display("<b>Bold HTML</b> from <code>display(String, \\"text/html\\")</code>", "text/html")',
    'display("# Markdown heading\\n\\n*emphasis*, `code` and $e^{i\\\\pi} + 1 = 0$", "text/markdown")',
    "var img = new java.awt.image.BufferedImage(240, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
    "var g = img.createGraphics();\n"
    "g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLUE, 240, 0, java.awt.Color.ORANGE));\n"
    "g.fillRect(0, 0, 240, 60);\n"
    "g.dispose();\n"
    "img",
    'javax.imageio.ImageIO.write(img.getSubimage(0, 0, 120, 30), "png", new File("gradient.png"));\n'
    'display(Path.of("gradient.png"))',
    "Display.svg(\"<svg xmlns='http://www.w3.org/2000/svg' width='80' height='40'>"
    "<circle cx='20' cy='20' r='18' fill='seagreen'/></svg>\")",
]


@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    require_tools()
    tmp_path = tmp_path_factory.mktemp("lab-display")
    work = tmp_path / "notebooks"
    work.mkdir()
    write_notebook(work / "rich_display.ipynb", CELLS)
    screenshot = OUT / "rich_display.png"
    screenshot.unlink(missing_ok=True)  # never judge a stale screenshot
    with jupyterlab(tmp_path, work, "jupyter-lab-display.log") as (base, token):
        run = subprocess.run(["node", "display_notebook.mjs", f"{base}/lab/tree/rich_display.ipynb?token={token}",
                              str(screenshot), "120"], cwd=DRIVER, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"browser driver failed:\n{run.stdout}\n{run.stderr}"
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["finished"], run.stderr
    assert screenshot.is_file()
    return found["cells"]


def test_every_cell_ran_without_errors(shown):
    assert len(shown) == len(CELLS)
    for cell in shown:
        assert cell["errors"] == [], cell


def test_html_and_markdown_render(shown):
    html, markdown = shown[0], shown[1]
    assert html["bold"] == ["Bold HTML"], html
    assert markdown["headings"] == ["Markdown heading"], markdown


def test_images_render_at_their_size(shown):
    assert shown[2]["images"] == [[240, 60]], shown[2]
    assert shown[3]["images"] == [[120, 30]], shown[3]
    assert shown[4]["images"] == [[80, 40]], shown[4]
