"""JSON Schemas stay in step with the model, every YAML file points its editor at one, CLI basics."""

from __future__ import annotations

import json
from pathlib import Path

from generator.schemas import schema_texts

from .helpers import ROOT, run_cli

SCHEMA_OF_FOLDER = {
    "content/toolkit.yaml": "toolkit",
    "content/vocabulaire.yaml": "vocabulaire",
    "content/onderwerpen": "onderwerp",
    "content/menukaarten": "menukaart",
    "content/instrumenten": "instrument",
    "content/paginas": "pagina",
    "worksheets": "werkblad",
    "content/sessie.yaml": "sessie",
}


def test_committed_schemas_equal_what_the_schema_command_writes(tmp_path: Path) -> None:
    result = run_cli("schema", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert written == schema_texts()
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").iterdir()}
    assert committed == written, "run 'make schema' and commit schemas/"


def test_werkblad_schema_forbids_unknown_keys_and_knows_the_layouts() -> None:
    schema = json.loads(schema_texts()["werkblad.schema.json"])
    assert schema["additionalProperties"] is False
    assert set(schema["$defs"]) >= {"RasterBlad", "IndicatorenBlad", "VragenBlad", "KlantreisBlad", "ThemasBlad"}


def test_every_yaml_file_names_its_schema_for_the_yaml_language_server() -> None:
    for place, name in SCHEMA_OF_FOLDER.items():
        path = ROOT / place
        files = [path] if path.is_file() else sorted(path.glob("*.yaml"))
        assert files, place
        for file in files:
            first = file.read_text(encoding="utf-8").split("\n", 1)[0]
            prefix = "# yaml-language-server: $schema="
            assert first.startswith(prefix), file
            target = (file.parent / first[len(prefix):]).resolve()
            assert target == (ROOT / "schemas" / f"{name}.schema.json").resolve(), file


def test_check_passes_on_the_real_content() -> None:
    result = run_cli("check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("In orde: 3 onderwerpen, 11 werkbladen (")
    assert "2 menukaarten, 6 instrumenten, 6 pagina's" in result.stdout


def test_unknown_option_is_a_usage_error_with_exit_code_2() -> None:
    result = run_cli("check", "--onbekend")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_readme_states_the_true_field_counts(toolkit) -> None:  # noqa: ANN001 - fixture
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counts = ", ".join(f"{w} {len(v)}" for w, v in toolkit.velden.items())
    assert f"Aantallen: {counts}." in " ".join(readme.split())
