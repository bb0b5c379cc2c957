/* The deck: a full-screen frame that shows one slide at a time on a stage of 1920 x 1080, scaled to the
   screen. Keys, a click on the slide and the buttons move between slides; F and the button toggle full
   screen; Esc leaves full screen, and then the presentation. While it is open the page behind it is
   inert. What the slides are comes from the caller (the toolkit, an agenda, an overview). */
(function (D) {
  "use strict";
  var BREED = 1920;
  var HOOG = 1080;
  var CONTROLS = "a, button, input, select, textarea, summary";

  function Deck(element) {
    this.el = element;
    this.podium = element.querySelector(".pr-podium");
    this.reeks = element.querySelector(".pr-reeks");
    this.teller = element.querySelector(".pr-teller");
    this.aankondiging = element.querySelector(".pr-aankondiging");
    this.schermKnop = element.querySelector("[data-actie=scherm]");
    this.dias = [];
    this.index = -1;
    this.opties = null;
    this.inert = [];  // element: a child of <body>, so everything else can be made inert while it is open
    var deck = this;
    element.addEventListener("click", function (event) { deck.klik(event); });
    document.addEventListener("keydown", function (event) { deck.toets(event); });
    window.addEventListener("resize", function () { deck.schaal(); });
    document.addEventListener("fullscreenchange", function () { deck.schermGewijzigd(); });
  }

  Deck.prototype.isOpen = function () { return !this.el.hidden; };

  /**
   * Open the deck. opties: bouw(plaats) -> slides (plaats(dia) puts a slide on the stage, where it can be
   * measured), start (index), adres(i, dia) -> the hash of slide i, bijDia(i, dia), bijSluiten(),
   * toetsen {key: function}, terug (the element that gets the focus back).
   */
  Deck.prototype.open = function (opties) {
    if (this.isOpen()) { this.afsluiten(); }
    this.opties = opties;
    this.el.hidden = false;
    document.documentElement.classList.add("pr-open");
    this.maakInert();
    this.schaal();
    this.reeks.textContent = "";
    var reeks = this.reeks;
    this.dias = opties.bouw(function (dia) {
      dia.hidden = false;
      dia.style.visibility = "hidden";
      reeks.appendChild(dia);
      return dia;
    });
    this.dias.forEach(function (dia) { dia.hidden = true; dia.style.visibility = ""; });
    this.index = -1;
    this.ga(opties.start || 0);
    this.el.querySelector("[data-actie=volgende]").focus({ preventScroll: true });
  };

  Deck.prototype.ga = function (index) {
    if (!this.dias.length) { return; }
    var nieuw = Math.max(0, Math.min(this.dias.length - 1, index));
    if (nieuw === this.index) { return; }
    if (this.index >= 0) { this.dias[this.index].hidden = true; this.dias[this.index].classList.remove("dia--getoond"); }
    this.index = nieuw;
    var dia = this.dias[nieuw];
    dia.hidden = false;
    dia.classList.add("dia--getoond");
    if (!dia.hasAttribute("data-passend")) { D.passend.maak(dia); }
    var positie = "Dia " + (nieuw + 1) + " van " + this.dias.length;
    this.teller.textContent = positie;
    this.aankondiging.textContent = positie + ": " + (dia.getAttribute("aria-label") || "");
    this.el.querySelector("[data-actie=vorige]").disabled = nieuw === 0;
    this.el.querySelector("[data-actie=volgende]").disabled = nieuw === this.dias.length - 1;
    if (this.opties.adres) { history.replaceState(null, "", "#" + this.opties.adres(nieuw, dia)); }
    if (this.opties.bijDia) { this.opties.bijDia(nieuw, dia); }
  };

  Deck.prototype.volgende = function () { this.ga(this.index + 1); };
  Deck.prototype.vorige = function () { this.ga(this.index - 1); };

  /** Leave the presentation: back to the page, at the element that opened it. */
  Deck.prototype.sluiten = function () {
    var terug = this.opties && this.opties.terug;
    this.afsluiten();
    history.replaceState(null, "", location.pathname + location.search);
    if (terug && terug.focus) { terug.focus(); }
  };

  Deck.prototype.afsluiten = function () {
    if (document.fullscreenElement) { document.exitFullscreen().catch(function () {}); }
    if (this.opties && this.opties.bijSluiten) { this.opties.bijSluiten(); }
    this.el.hidden = true;
    this.reeks.textContent = "";
    this.dias = [];
    this.index = -1;
    document.documentElement.classList.remove("pr-open");
    this.inert.forEach(function (el) { el.inert = false; });
    this.inert = [];
  };

  Deck.prototype.maakInert = function () {
    var deck = this.el;
    this.inert = Array.prototype.filter.call(document.body.children, function (el) {
      return el !== deck && !el.inert && el.tagName !== "SCRIPT";
    });
    this.inert.forEach(function (el) { el.inert = true; });
  };

  /** The stage at 1920 x 1080, as large as the screen allows, centred (letterboxed on other shapes). */
  Deck.prototype.schaal = function () {
    var breed = this.el.clientWidth || window.innerWidth;
    var hoog = this.el.clientHeight || window.innerHeight;
    var schaal = Math.min(breed / BREED, hoog / HOOG);
    var links = (breed - BREED * schaal) / 2;
    var boven = (hoog - HOOG * schaal) / 2;
    this.podium.style.transform = "translate(" + links + "px, " + boven + "px) scale(" + schaal + ")";
    this.el.style.setProperty("--schaal", String(schaal));
  };

  Deck.prototype.scherm = function () {
    var deck = this;
    if (document.fullscreenElement) { document.exitFullscreen().catch(function () {}); return; }
    var vraag = this.el.requestFullscreen ? this.el.requestFullscreen() : Promise.reject(new Error("geen"));
    vraag.catch(function () {
      deck.aankondiging.textContent = "Volledig scherm lukt hier niet. Gebruik de toets F11 van de browser.";
      deck.teller.textContent = "Volledig scherm lukt hier niet: druk op F11";
    });
  };

  Deck.prototype.schermGewijzigd = function () {
    var aan = document.fullscreenElement === this.el;
    this.schermKnop.textContent = aan ? "Volledig scherm uit" : "Volledig scherm";
    this.schaal();
  };

  Deck.prototype.klik = function (event) {
    var actie = event.target.closest("[data-actie]");
    if (actie && this.el.contains(actie)) {
      var naam = actie.getAttribute("data-actie");
      if (naam === "volgende") { this.volgende(); }
      else if (naam === "vorige") { this.vorige(); }
      else if (naam === "scherm") { this.scherm(); }
      else if (naam === "sluiten") { this.sluiten(); }
      else if (this.opties.knoppen && this.opties.knoppen[naam]) { this.opties.knoppen[naam](); }
      return;
    }
    if (event.button === 0 && this.reeks.contains(event.target) && !event.target.closest(CONTROLS)) { this.volgende(); }
  };

  Deck.prototype.toets = function (event) {
    if (!this.isOpen()) { return; }
    // The page behind has its own keys (Material: f, s and / search, n and p turn the page): not now.
    event.stopPropagation();
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) { return; }
    var opKnop = event.target.closest && event.target.closest("button");
    var key = event.key;
    var eigen = this.opties.toetsen || {};
    var doe = null;
    if (key === " " && event.shiftKey) { doe = this.vorige; }
    else if ((key === " " || key === "Enter") && opKnop) { return; }  // the button does what it says
    else if (key === "ArrowRight" || key === "ArrowDown" || key === "PageDown" || key === " ") { doe = this.volgende; }
    else if (key === "ArrowLeft" || key === "ArrowUp" || key === "PageUp") { doe = this.vorige; }
    else if (key === "Home") { doe = function () { this.ga(0); }; }
    else if (key === "End") { doe = function () { this.ga(this.dias.length - 1); }; }
    else if (key === "f" || key === "F") { doe = this.scherm; }
    else if (key === "Escape") { doe = document.fullscreenElement ? this.scherm : this.sluiten; }
    else if (eigen[key]) { doe = eigen[key]; }
    if (!doe) { return; }
    event.preventDefault();
    doe.call(this);
  };

  D.dias = { deck: function (element) { return new Deck(element); } };
})(window.Doorstroom = window.Doorstroom || {});
