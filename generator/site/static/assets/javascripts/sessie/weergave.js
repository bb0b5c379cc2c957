/* Show the overview: THE shared screen view of `doorstroom overzicht` (generator/overview/templates/
   scherm.html.j2, handed over by the site build as sjabloon.js), rendered with Nunjucks in the settings
   Jinja2 uses for the CLI, then brought to life by the same filter script (scherm.js:
   DoorstroomOverzicht.init). Hidden organisations stay hidden when the overview is shown again. */
(function (D) {
  "use strict";
  var environment = null;
  var templates = new Map();

  /** A template from its text, compiled once, in the settings of the CLI's Jinja2 environment. */
  function compiled(nunjucks, source) {
    if (!environment) {
      environment = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
      environment.addFilter("css_string", function () { throw new Error("css_string is alleen voor de PDF"); });
    }
    if (!templates.has(source)) { templates.set(source, nunjucks.compile(source, environment)); }
    return templates.get(source);
  }

  /** Render like Jinja2 does: it drops one newline at the end of the template (keep_trailing_newline off). */
  function render(nunjucks, source, context) {
    return compiled(nunjucks, source).render(context).replace(/\n$/, "");
  }

  /** The screen view of `context` (scherm-context.js) as HTML: a Promise of the text. */
  function html(context) {
    return D.laden.nunjucks().then(function (nunjucks) { return render(nunjucks, D.sjabloon, context); });
  }

  /** Names of the organisations whose box is unticked, and whether the filter was open. */
  function filterState(container) {
    var hidden = Array.prototype.slice.call(container.querySelectorAll("input[data-org-toggle]"))
      .filter(function (box) { return !box.checked; })
      .map(function (box) { return box.parentNode.querySelector("[data-org-naam]").textContent; });
    var details = container.querySelector(".ov-filter");
    return { verborgen: hidden, open: Boolean(details && details.open) };
  }

  /** Untick the boxes of the organisations in `state` (filterState) in a view that was just drawn. */
  function restore(view, state) {
    view.querySelectorAll("input[data-org-toggle]").forEach(function (box) {
      var name = box.parentNode.querySelector("[data-org-naam]").textContent;
      if (state.verborgen.indexOf(name) >= 0) { box.checked = false; }
    });
    var details = view.querySelector(".ov-filter");
    if (details && state.open) { details.open = true; }
  }

  /** Render `context` (scherm-context.js) into `container`; a Promise of the .ov element. `state`: the
      filter to keep (filterState of another view), else that of what the container shows now. */
  function toon(container, context, state) {
    var before = state || filterState(container);
    return html(context).then(function (text) {
      container.innerHTML = text;
      var view = container.querySelector("[data-overzicht]");
      restore(view, before);
      window.DoorstroomOverzicht.init(view);  // recomputes for unticked organisations
      return view;
    });
  }

  D.weergave = { toon: toon, html: html, render: render, filterState: filterState, restore: restore };
})(window.Doorstroom);
