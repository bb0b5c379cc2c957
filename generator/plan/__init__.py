"""The plan van aanpak and the monitor plan of a session, from sessie.json (docs/plan-van-aanpak.md).

One context (context.py; its twin is documenten/plan.js), one doc-HTML template for the plan
(templates/plan.html.j2, Jinja2 here and Nunjucks in the browser), one sheet spec for the monitor plan
(monitorplan.json, read by monitor_xlsx.py here and documenten/monitorplan.js there).
"""
