/* Hide organisations and recompute the overview (scherm.html.j2), in the page itself.
   Statuses, counts, the preview in the compact matrix, the per-fase tallies and the menukaart ideas
   follow the visible items only (the rules of docs/overzicht-regels.md §8). Works on any element
   with data-overzicht: `doorstroom overzicht` inlines this file; the site page loads it and calls
   window.DoorstroomOverzicht.init(element) after rendering the template. */
(function () {
  "use strict";
  var STATUSES = ["gat", "potentie", "gedekt"];

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }
  function visible(root, selector) {
    return all(root, selector).filter(function (el) { return !el.hidden; });
  }
  function organisations(items) {
    var seen = {};
    items.forEach(function (el) { seen[el.getAttribute("data-org")] = true; });
    return Object.keys(seen).length;
  }
  function statusOf(al, nog) {
    return al ? "gedekt" : (nog ? "potentie" : "gat");
  }
  function setStatus(el, status) {
    STATUSES.forEach(function (s) { el.classList.remove("ov--" + s); });
    el.classList.add("ov--" + status);
    el.querySelector(".ov-status").textContent = status;
  }
  function setCounts(el, al, nog) {
    el.querySelector("[data-n-al]").textContent = organisations(al);
    el.querySelector("[data-n-nog]").textContent = organisations(nog);
  }
  function text(item) {
    return item.querySelector(".ov-tekst").textContent;
  }

  function grouped(al, nog) {
    var entries = [], index = Object.create(null);
    [[al, false], [nog, true]].forEach(function (pair) {
      pair[0].forEach(function (el) {
        var key = (pair[1] ? "1" : "0") + text(el);
        if (!(key in index)) {
          index[key] = entries.length;
          entries.push({tekst: text(el), idee: pair[1], aantal: 0});
        }
        entries[index[key]].aantal += 1;
      });
    });
    return entries;
  }

  function preview(cell, al, nog, size) {
    var list = cell.querySelector(".ov-voorproef");
    var shown = grouped(al, nog).slice(0, size);
    list.textContent = "";
    list.parentNode.style.setProperty("--ov-n", shown.length);  // the room the one-line items take
    shown.forEach(function (entry) {
      var li = document.createElement("li");
      if (entry.idee) {
        li.className = "ov-idee";
        var em = document.createElement("em");
        em.textContent = "idee:";
        li.appendChild(em);
        li.appendChild(document.createTextNode(" "));
      }
      li.appendChild(document.createTextNode(entry.tekst + (entry.aantal > 1 ? " (" + entry.aantal + "×)" : "")));
      list.appendChild(li);
    });
    var more = al.length + nog.length - shown.reduce(function (sum, e) { return sum + e.aantal; }, 0);
    cell.querySelector("[data-meer-tekst]").textContent = more > 0 ? "+" + more + " meer" : "details";
  }

  function update(root) {
    var boxes = all(root, "input[data-org-toggle]");
    var hidden = {}, hiddenNames = [];
    boxes.forEach(function (box) {
      if (!box.checked) {
        hidden[box.value] = true;
        hiddenNames.push(box.parentNode.querySelector("[data-org-naam]").textContent);
      }
    });
    all(root, "[data-org]").forEach(function (el) { el.hidden = !!hidden[el.getAttribute("data-org")]; });

    var size = parseInt(root.getAttribute("data-voorproef"), 10) || 0;
    var totals = {gat: 0, potentie: 0, gedekt: 0, punten: 0};
    var perFase = {};
    all(root, "[data-detail]").forEach(function (detail) {
      var key = detail.getAttribute("data-detail");
      var fase = key.split("|")[1];
      var al = visible(detail, ".ov-al [data-org]"), nog = visible(detail, ".ov-nog [data-org]");
      var status = statusOf(al.length, nog.length);
      setStatus(detail, status);
      setCounts(detail, al, nog);
      all(detail, "[data-groep]").forEach(function (group) { group.hidden = !visible(group, "[data-org]").length; });
      detail.querySelector("[data-geen]").hidden = al.length + nog.length > 0;

      var cell = root.querySelector('[data-vak="' + key + '"]');
      setStatus(cell, status);
      setCounts(cell, al, nog);
      preview(cell, al, nog, size);
      var open = root.querySelector('[data-open="' + key + '"]');
      if (open) { open.hidden = status === "gedekt"; }

      perFase[fase] = perFase[fase] || {gat: 0, potentie: 0, gedekt: 0};
      perFase[fase][status] += 1;
      totals[status] += 1;
      totals.punten += al.length + nog.length;
    });
    all(root, "[data-fase-telling]").forEach(function (el) {
      var counts = perFase[el.getAttribute("data-fase-telling")];
      STATUSES.forEach(function (s) { el.querySelector('[data-tel="' + s + '"]').textContent = counts[s]; });
    });
    all(root, "[data-ideeen]").forEach(function (block) { block.hidden = !visible(block, "[data-open]").length; });
    all(root, "[data-lijst]").forEach(function (list) {
      list.querySelector("[data-geen]").hidden = visible(list, "[data-org]").length > 0;
    });
    STATUSES.concat(["punten"]).forEach(function (s) {
      root.querySelector('[data-totaal="' + s + '"]').textContent = totals[s];
    });
    root.querySelector('[data-totaal="organisaties"]').textContent = boxes.length - hiddenNames.length;

    var notice = root.querySelector("[data-verborgen]");
    notice.hidden = hiddenNames.length === 0;
    notice.textContent = hiddenNames.length
      ? "Verborgen: " + hiddenNames.join(", ") + ". Alle statussen en aantallen zijn zonder "
        + (hiddenNames.length === 1 ? "deze organisatie" : "deze organisaties") + " berekend."
      : "";
  }

  function init(root) {
    if (root.getAttribute("data-klaar")) { return; }
    root.setAttribute("data-klaar", "1");
    var boxes = all(root, "input[data-org-toggle]");
    boxes.forEach(function (box) { box.addEventListener("change", function () { update(root); }); });
    all(root, "button[data-alle]").forEach(function (button) {
      button.addEventListener("click", function () {
        boxes.forEach(function (box) { box.checked = button.getAttribute("data-alle") === "1"; });
        update(root);
      });
    });
    all(root, "button[data-afdrukken]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    quietOnEscape(root);
    update(root);  // a reloaded page may keep unchecked boxes: show what they say
  }

  /* Esc hides the whole items shown over the matrix (WCAG 1.4.13), until the pointer or the focus
     goes to another cell. */
  function quietOnEscape(root) {
    var quiet = null;
    function cellOf(el) { return el && el.closest ? el.closest("[data-vak]") : null; }
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      quiet = cellOf(document.activeElement) || cellOf(root.querySelector("[data-vak]:hover")) || true;
      root.setAttribute("data-stil", "");
    });
    function wake(event) {
      if (quiet !== null && cellOf(event.target) !== quiet) {
        quiet = null;
        root.removeAttribute("data-stil");
      }
    }
    root.addEventListener("mouseover", wake);
    root.addEventListener("focusin", wake);
  }

  window.DoorstroomOverzicht = {init: init, update: update};
  all(document, "[data-overzicht]").forEach(init);
})();
