"""The website's page set follows from the model; `doorstroom pages` writes the same pages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.loader import ToolkitData
from generator.site import sessie
from generator.site.pages import build_pages

from .helpers import ROOT, page_url, run_cli


def expected_pages(toolkit: ToolkitData) -> dict[str, str]:
    """Page path -> title, derived from the model (not a hand-written list)."""
    pages = {"index.md": toolkit.toolkit.titel}
    pages |= {f"onderwerpen/{o.id}/index.md": f"{o.nummer}. {o.titel}" for o in toolkit.onderwerpen.values()}
    pages |= {f"werkbladen/{w.id}.md": f"Werkblad {w.titel}" for w in toolkit.werkbladen.values()}
    pages |= {f"menukaarten/{m.id}.md": m.titel for m in toolkit.menukaarten.values()}
    pages |= {f"instrumenten/{i.id}.md": i.titel for i in toolkit.instrumenten.values()}
    pages["instrumenten/index.md"] = toolkit.toolkit.bijlage.titel
    pages |= {f"over/{p.id}.md": p.titel for p in toolkit.paginas.values() if p.id not in toolkit.toolkit.start}
    pages[sessie.PATH] = sessie.TITLE  # the gap overview made in the browser, next to Stimuleren
    return pages


def test_every_item_of_the_model_has_a_built_page_with_its_title(toolkit: ToolkitData, site_dir: Path) -> None:
    expected = expected_pages(toolkit)
    assert len(expected) == 1 + 3 + 11 + 2 + 7 + 3 + 1
    for path, title in expected.items():
        url = page_url(path)
        html_file = site_dir / (url + "index.html" if url.endswith("/") or not url else url)
        html = html_file.read_text(encoding="utf-8")
        assert f">{title}</h1>" in html.replace("&#39;", "'"), (path, title)
        assert '<html lang="nl"' in html
        assert "Bron: Platform31, Werken aan doorstroming van senioren (2023)" in html


def test_pages_command_writes_the_same_pages(toolkit: ToolkitData, tmp_path: Path) -> None:
    result = run_cli("pages", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = {str(p.relative_to(tmp_path)): p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.md")}
    generated = {p.path: p.markdown for p in build_pages(toolkit)}
    assert written == generated
    assert set(written) == set(expected_pages(toolkit))


def test_pages_command_refuses_to_overwrite_a_non_empty_folder_of_other_files(tmp_path: Path) -> None:
    (tmp_path / "belangrijk.txt").write_text("niet weggooien", encoding="utf-8")
    result = run_cli("pages", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "belangrijk.txt" in result.stderr
    assert (tmp_path / "belangrijk.txt").read_text(encoding="utf-8") == "niet weggooien"


def test_mkdocs_build_reports_bad_yaml_with_file_and_line_and_no_traceback(tmp_path: Path) -> None:
    for name in ("content", "worksheets", "overrides", "generator/site/static"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copy(ROOT / "generator/site/hooks.py", tmp_path / "generator/site/hooks.py")
    werkblad = tmp_path / "worksheets/ambities.yaml"
    text = werkblad.read_text(encoding="utf-8")
    line = text.split("\n").index("titel: Ambities") + 1
    werkblad.write_text(text.replace("titel: Ambities\n", "titel:\n"), encoding="utf-8")
    result = subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, env={"NO_MKDOCS_2_WARNING": "1",
                                                                              "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert f"worksheets/ambities.yaml:{line}: titel: verwacht tekst" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()
