/* Where this site keeps answers in the browser, and "Vergeet alles op dit apparaat".
   Every key starts with "doorstroom:". Werkbladen keep their answers on this device (localStorage);
   praatplaten only for the open tab (sessionStorage) unless the user chooses to keep them. Nothing is
   ever sent anywhere. Loaded on every page: the forget button also sits in the colofon. */
(function () {
  "use strict";
  var PREFIX = "doorstroom:";

  function storages() {
    var found = [];
    [function () { return window.localStorage; }, function () { return window.sessionStorage; }].forEach(function (get) {
      try { var s = get(); if (s) { found.push(s); } } catch (e) { /* storage switched off: nothing kept */ }
    });
    return found;
  }
  function local() { try { return window.localStorage; } catch (e) { return null; } }
  function session() { try { return window.sessionStorage; } catch (e) { return null; } }
  function attempt(action) { try { action(); } catch (e) { /* full or private mode: keep working */ } }

  var opslag = {
    /* The stored answers of one sheet (kept on this device first, else this tab), or null. */
    read: function (key) {
      var stores = [local(), session()];
      for (var i = 0; i < stores.length; i++) {
        try {
          var text = stores[i] && stores[i].getItem(PREFIX + key);
          if (text) { return JSON.parse(text); }
        } catch (e) { /* unreadable: try the next one */ }
      }
      return null;
    },
    /* keep=true: on this device (localStorage); false: only this tab (sessionStorage). Returns whether the
       browser kept it (false: storage switched off or full), so the form never claims what did not happen. */
    write: function (key, data, keep) {
      var text = JSON.stringify(data);
      var target = keep ? local() : session();
      var other = keep ? session() : local();
      var kept = false;
      attempt(function () { if (target) { target.setItem(PREFIX + key, text); kept = true; } });
      attempt(function () { if (other) { other.removeItem(PREFIX + key); } });
      return kept;
    },
    isKept: function (key) {
      try { return Boolean(local() && local().getItem(PREFIX + key) !== null); } catch (e) { return false; }
    },
    remove: function (key) {
      storages().forEach(function (s) { attempt(function () { s.removeItem(PREFIX + key); }); });
    },
    /* Remove every answer this site stored on this device, in both storages; returns how many sheets. */
    forgetAll: function () {
      var count = 0;
      storages().forEach(function (s) {
        var keys = [];
        for (var i = 0; i < s.length; i++) {
          var k = s.key(i);
          if (k && k.indexOf(PREFIX) === 0) { keys.push(k); }
        }
        keys.forEach(function (k) { attempt(function () { s.removeItem(k); }); });
        count += keys.length;
      });
      return count;
    }
  };
  window.doorstroomOpslag = opslag;

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest('button[data-actie="vergeet-alles"]');
    if (!button) { return; }
    if (!window.confirm("Alles wat deze website op dit apparaat heeft bewaard, van alle werkbladen en " +
        "praatplaten, wordt gewist. Weet u het zeker?")) { return; }
    opslag.forgetAll();
    document.dispatchEvent(new CustomEvent("doorstroom:vergeten"));
    var status = document.querySelector(".ds-vergeten-melding");
    if (status) { status.textContent = "Alle antwoorden op dit apparaat zijn gewist."; }
  });
})();
