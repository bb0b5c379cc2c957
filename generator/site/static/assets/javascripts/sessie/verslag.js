/* The session report in the browser: the context of generator/session/report.py (report_context and
   gap_view, line by line) computed from sessie.json, and THE template of the CLI's sessie.html
   (verslag-sjabloon.js, from generator/session/templates/sessie.html.j2) rendered with Nunjucks as
   Jinja2 renders it. The page shows it in an iframe: it is its own document, with its own styles and
   the overview's filter script, exactly as the file the CLI writes. */
(function (D) {
  "use strict";
  var V = D.gegevens.verslag;
  var T = D.verslagSjabloon;

  /** '3 maart 2025': how the report is dated (report.dutch_date). */
  function datum(day) { return day.getDate() + " " + V.maanden[day.getMonth()] + " " + day.getFullYear(); }

  /** report.report_context: sessie.json, the summary (samenvatting.js) and the toolkit part (from the site
      build); `binnen`: what has arrived of a session plan, or null. */
  function context(sessie, day, binnen) {
    var werkbladen = {};
    Object.keys(sessie.werkbladen).forEach(function (id) { werkbladen[id] = V.werkbladen[id]; });
    return {
      s: sessie, sv: D.samenvatting.maak(V, sessie), werkbladen: werkbladen, onderwerpen: V.onderwerpen,
      fase_naam: V.fase_naam, bron: V.bron, herkomst: V.herkomst, datum: datum(day), binnen: binnen || null
    };
  }

  /** The werkblad handed in with the raster layout (Stimuleren), if any. */
  function raster(sessie) {
    return Object.keys(sessie.werkbladen).filter(function (id) { return sessie.werkbladen[id].type === "raster"; })[0] || null;
  }

  /** The raster part of sessie.json as overzicht.json (without "type" and "bladen"), or null. */
  function overzicht(sessie) {
    var id = raster(sessie);
    if (!id) { return null; }
    var part = {};
    Object.keys(sessie.werkbladen[id]).forEach(function (key) {
      if (key !== "type" && key !== "bladen") { part[key] = sessie.werkbladen[id][key]; }
    });
    return part;
  }

  /** sessie.html, as the CLI writes it: `opties` {sector, root, datum: Date, binnen}. A Promise of the text. */
  function html(sessie, opties) {
    var gap = overzicht(sessie);
    return D.laden.nunjucks().then(function (nunjucks) {
      var safe = nunjucks.runtime.markSafe;
      var scherm = gap ? D.weergave.render(nunjucks, D.sjabloon, D.schermContext.context(gap,
        { titel: V.gatenoverzicht, sector: opties.sector, root: opties.root, kop: 3, lijsten: false })) : null;
      var ctx = context(sessie, opties.datum, opties.binnen);
      ctx.pdf = false;
      ctx.wand = null;
      ctx.scherm = scherm === null ? null : safe(scherm);
      ctx.scherm_css = safe(T.scherm_css);
      ctx.scherm_js = safe(T.scherm_js);
      return D.weergave.render(nunjucks, T.sjabloon, ctx);
    });
  }

  /** As tall as its content, so the page scrolls and the report does not scroll inside a box. */
  function fit(frame) {
    var doc = frame.contentDocument;
    if (doc && doc.documentElement) { frame.style.height = Math.ceil(doc.documentElement.getBoundingClientRect().height) + "px"; }
  }

  /** The report inside this page: its banner, main part and footer are not the page's own landmarks (the
      frame, titled "Sessieverslag", is). Links within it scroll the page to their target; links to the site
      open the page itself, not inside the frame. */
  function embed(frame) {
    var doc = frame.contentDocument;
    doc.querySelectorAll("body > header, body > footer").forEach(function (el) { el.setAttribute("role", "none"); });
    var main = doc.querySelector("body > main");
    if (main) { main.setAttribute("aria-label", frame.title); }
    doc.querySelectorAll("a[href]").forEach(function (a) {
      if (a.getAttribute("href").charAt(0) !== "#") { a.target = "_top"; }
    });
    doc.addEventListener("click", function (event) {
      var a = event.target.closest && event.target.closest("a[href^='#']");
      if (!a) { return; }
      var target = doc.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
      if (!target) { return; }
      event.preventDefault();
      target.scrollIntoView();
      if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
      target.focus({ preventScroll: true });
    });
  }

  /** Show the report `text` in `frame`; organisations hidden in the overview stay hidden. A Promise. */
  function toon(frame, text) {
    var doc = frame.contentDocument;
    var before = doc && doc.querySelector("[data-overzicht]") ? D.weergave.filterState(doc) : null;
    return new Promise(function (resolve) {
      frame.addEventListener("load", function loaded() {
        frame.removeEventListener("load", loaded);
        var inner = frame.contentDocument;
        var view = inner.querySelector("[data-overzicht]");
        if (view && before) {
          D.weergave.restore(view, before);
          frame.contentWindow.DoorstroomOverzicht.update(view);
        }
        embed(frame);
        frame.hidden = false;
        fit(frame);
        new frame.contentWindow.ResizeObserver(function () { fit(frame); }).observe(inner.documentElement);
        resolve(inner);
      });
      frame.srcdoc = text;
    });
  }

  D.verslag = { context: context, html: html, toon: toon, overzicht: overzicht };
})(window.Doorstroom);
