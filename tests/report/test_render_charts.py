"""图解 appendix: the SVG charts carry the report's own figures."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from gongkai.report.model import Report
from gongkai.report.render import render
from gongkai.report.render.charts import chart_series, render_svg

SVG = "{http://www.w3.org/2000/svg}"


def _seed_like() -> Report:
    r = Report(organisation="吴忠市利通区人民政府", year=2022)
    for row in r.requests.values():
        for col in row:
            row[col] = 0
    r.requests["new"].update(natural_person=11, total=11)
    r.requests["granted"].update(natural_person=8, total=8)
    r.requests["unable_not_held"].update(natural_person=3, total=3)
    r.art20.normative_documents.issued = 6
    r.art20.normative_documents.in_force = 38
    return r


def test_the_series_come_from_the_tables() -> None:
    series = dict(chart_series(_seed_like()))
    requests = dict(series["政府信息公开申请办理情况"])
    assert requests["本年新收申请"] == 11
    assert requests["予以公开"] == 8
    assert requests["无法提供"] == 3
    assert dict(series["主动公开：第二十条第（一）项"])["行政规范性文件 现行有效"] == 38


def test_the_svg_is_well_formed_with_one_bar_per_figure_and_cjk_fonts() -> None:
    svg = render_svg(_seed_like())
    root = ET.fromstring(svg)
    bars = [el for el in root.iter(f"{SVG}rect") if el.find(f"{SVG}title") is not None]
    assert len(bars) == sum(len(s) for _, s in chart_series(_seed_like()))
    titles = {bar.find(f"{SVG}title").text for bar in bars}  # type: ignore[union-attr]
    assert "予以公开：8" in titles and "行政规范性文件 现行有效：38" in titles
    assert "Noto Sans CJK SC" in root.get("font-family", "")
    # The longest bar of a chart spans the full width; a zero is drawn with no width.
    widths = {b.find(f"{SVG}title").text: int(b.get("width", "0")) for b in bars}  # type: ignore[union-attr]
    assert widths["本年新收申请：11"] > widths["予以公开：8"] > widths["部分公开：0"] == 0


def test_svg_is_one_of_the_render_formats_and_escapes_names() -> None:
    r = _seed_like()
    r.organisation = "A&B<局>"
    data = render(r, "svg")
    ET.fromstring(data)  # still well-formed
    assert b"A&amp;B&lt;" in data


def test_the_docx_opens_in_libreoffice(tmp_path) -> None:
    """GB/T 9704 DOCX converts in LibreOffice (skipped where LibreOffice is not installed)."""
    import shutil
    import subprocess

    import pytest

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    (tmp_path / "r.docx").write_bytes(render(_seed_like(), "docx"))
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "r.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") + pdf.count(b"/Type/Page") >= 2
