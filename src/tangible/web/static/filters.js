// Period choice and dates stay in step: typing a date makes the period "Dates of your own"; choosing a
// named period submits the form (the server fills the dates). Without scripts the form works the same,
// with the Filter/Show button.
(function () {
  "use strict";
  document.querySelectorAll("form.filters").forEach(function (form) {
    var period = form.querySelector("select[name=period]");
    if (!period) { return; }
    ["since", "until"].forEach(function (name) {
      var input = form.querySelector("input[name=" + name + "]");
      if (input) {
        input.addEventListener("change", function () { period.value = "custom"; });
      }
    });
    period.addEventListener("change", function () {
      if (period.value !== "custom") {
        ["since", "until"].forEach(function (name) {
          var input = form.querySelector("input[name=" + name + "]");
          if (input) { input.value = ""; }
        });
      }
    });
  });
})();
