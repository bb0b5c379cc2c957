/* The countdown of one agenda item: how long it may take, how long it ran. Pure: the caller passes the
   time (ms), so pausing, +1 minute and running over are plain arithmetic (and testable). */
(function (D) {
  "use strict";
  var MINUUT = 60000;

  function nieuw(minuten) {
    var ms = Math.max(0, Math.round(Number(minuten) * 60)) * 1000;
    return { totaal: ms, gebruikt: 0, sinds: null };
  }
  function loopt(klok) { return klok.sinds !== null; }
  function start(klok, nu) { if (klok.sinds === null) { klok.sinds = nu; } }
  function stop(klok, nu) {
    if (klok.sinds !== null) { klok.gebruikt += nu - klok.sinds; klok.sinds = null; }
  }
  /** Milliseconds left; below zero the item runs over its time. */
  function over(klok, nu) { return klok.totaal - klok.gebruikt - (klok.sinds === null ? 0 : nu - klok.sinds); }
  function minuut(klok) { klok.totaal += MINUUT; }

  /** "12:05" left, or "+1:30" over time; whole seconds, rounded towards the end (0:00 is the moment it is up). */
  function tekst(ms) {
    var seconden = ms > 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
    var minuten = Math.floor(seconden / 60);
    var rest = seconden % 60;
    return (ms > 0 || seconden === 0 ? "" : "+") + minuten + ":" + (rest < 10 ? "0" : "") + rest;
  }

  D.klok = { nieuw: nieuw, loopt: loopt, start: start, stop: stop, over: over, minuut: minuut, tekst: tekst };
})(window.Doorstroom = window.Doorstroom || {});
