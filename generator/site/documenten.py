"""The Word and Excel documents of the site (plan van aanpak, monitorplan, D1's draaiboek): what the build
writes for them, and the scripts a page includes to make them.

The browser writers (assets/javascripts/documenten/) get the same fixed parts and mapping as the Python
writers (generator/documents/ooxml/), as a script (fetching .json does not work from file://).
"""

from __future__ import annotations

import json
from typing import Any

from ..documents.basis import browser_data
from ..loader import ToolkitData
from ..plan.gegevens import plan_gegevens
from ..plan.monitor_xlsx import spec
from ..plan.render import TEMPLATE

BASIS_SCRIPT = "assets/javascripts/documenten/word-basis.js"  # loaded on first use (sessie/laden.js: docx)
PLAN_SCRIPT = "assets/javascripts/documenten/plan-gegevens.js"  # loaded on first use (plan.js)
# Always on a page that makes documents (small); the libraries and data they need load on first use.
# plan.js needs the session page's D.tekst (sessie/tekst.js) and D.laden (sessie/laden.js).
SCRIPTS = ("assets/javascripts/documenten/dochtml.js", "assets/javascripts/documenten/docx.js",
           "assets/javascripts/documenten/plan.js", "assets/javascripts/documenten/monitorplan.js")
HEADER = "// Gemaakt door generator/site/documenten.py uit {bron}: niet bewerken.\n"


def _script(name: str, value: Any, bron: str) -> str:
    content = json.dumps(value, ensure_ascii=True, separators=(",", ":"))  # whatever charset the page has
    return (HEADER.format(bron=bron) +
            f"window.Doorstroom = window.Doorstroom || {{}};\nwindow.Doorstroom.{name} = {content};\n")


def generated_files(data: ToolkitData) -> dict[str, str]:
    """Every script of the documents that the build writes: site path -> content."""
    plan = {"gegevens": plan_gegevens(data), "sjabloon": TEMPLATE.read_text(encoding="utf-8"), "monitorplan": spec()}
    return {BASIS_SCRIPT: _script("wordBasis", browser_data(), "generator/documents/ooxml/"),
            PLAN_SCRIPT: _script("planGegevens", plan, "de YAML, generator/plan/templates/plan.html.j2 en "
                                                       "generator/plan/monitorplan.json")}


def script_tags(root: str) -> str:
    """The <script> tags for a page ``root`` away from the site root."""
    return "\n".join(f'<script src="{root}{path}"></script>' for path in SCRIPTS)
