"""Safe rendering of editors' Markdown (a story's note): generator.render.markdown."""

from __future__ import annotations

import jinja2
import pytest

from generator.render.markdown import render_markdown


def test_raw_script_tag_is_escaped():
    html = str(render_markdown("<script>alert(1)</script>"))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_raw_inline_html_is_escaped():
    html = str(render_markdown('Before <img src=x onerror="alert(1)"> after'))
    assert "<img" not in html
    assert "&lt;img" in html


def test_raw_html_link_with_javascript_is_escaped():
    html = str(render_markdown('<a href="javascript:alert(1)">click</a>'))
    assert "<a " not in html


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "<javascript:alert(1)>",
        "![image](javascript:alert(1))",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ],
)
def test_javascript_links_are_refused(source):
    html = str(render_markdown(source)).lower()
    assert 'href="javascript:' not in html
    assert 'src="javascript:' not in html


@pytest.mark.parametrize(
    "source",
    [
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_other_dangerous_schemes_are_refused(source):
    html = str(render_markdown(source)).lower()
    assert 'href="vbscript:' not in html
    assert 'href="data:' not in html


def test_emphasis_is_rendered():
    html = str(render_markdown("A *careful* and **strong** note."))
    assert "<em>careful</em>" in html
    assert "<strong>strong</strong>" in html


def test_http_link_is_rendered_with_its_text():
    html = str(render_markdown("See [the ISW report](https://example.org/isw?a=1&b=2)."))
    assert '<a href="https://example.org/isw?a=1&amp;b=2">the ISW report</a>' in html


def test_paragraphs_are_rendered():
    html = str(render_markdown("First paragraph.\n\nSecond paragraph."))
    assert "<p>First paragraph.</p>" in html
    assert "<p>Second paragraph.</p>" in html


def test_ampersands_and_angle_brackets_in_text_are_escaped():
    html = str(render_markdown("Losses < gains & 5 > 3"))
    assert "Losses &lt; gains &amp; 5 &gt; 3" in html


def test_rendered_html_is_not_escaped_again_in_an_autoescaping_template():
    environment = jinja2.Environment(autoescape=True)
    page = environment.from_string("<div>{{ note }}</div>").render(
        note=render_markdown("A *careful* note with <script>x</script>.")
    )
    assert "<em>careful</em>" in page
    assert "<script>" not in page
