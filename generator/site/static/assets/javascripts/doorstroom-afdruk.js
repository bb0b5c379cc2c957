/* A printed page says where it came from and when: the footer's print line gets this page's address
   and today's date (the build's values stay when scripts are off). */
(function () {
  "use strict";
  function fill() {
    var address = document.querySelector(".ds-afdruk-adres");
    var date = document.querySelector(".ds-afdruk-datum");
    if (address) { address.textContent = window.location.href.split("#")[0]; }
    if (date) {
      date.textContent = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    }
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();
