// The overview's timeline, interactive (uPlot, vendored): hover shows each week's counts; dragging across
// weeks selects them and reloads the page for that range, so totals, tables and links follow. Without
// scripts, the server-drawn SVG below it is shown instead.
(function () {
  "use strict";
  var COLOURS = { action: "#1a7f4b", attack: "#b3261e", statement: "#6a4fb3" };
  var LABELS = { action: "Tangible actions", attack: "Attacks", statement: "Statements" };
  var DAY = 86400;

  function iso(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }

  window.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("timeline-brush");
    if (!box || !window.uPlot) { return; }
    var data = JSON.parse(box.getAttribute("data-series") || "{}");
    if (!data.weeks || !data.weeks.length) { return; }
    var xs = data.weeks.map(function (w) { return Date.parse(w + "T00:00:00Z") / 1000; });
    var families = ["action", "attack", "statement"];
    var form = document.getElementById(box.getAttribute("data-form"));
    var width = function () { return Math.max(280, box.clientWidth || box.parentNode.clientWidth); };
    box.hidden = false;
    var opts = {
      width: width(), height: 260,
      scales: { x: { time: true } },
      series: [{ label: "Week of", value: function (u, v) { return v == null ? "" : iso(v); } }].concat(
        families.map(function (f) {
          return { label: LABELS[f], stroke: COLOURS[f], width: 2, points: { size: 5 },
                   value: function (u, v) { return v == null ? "" : String(v); } };
        })),
      axes: [{}, { size: 40 }],
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: {
        setSelect: [function (u) {
          if (!form || u.select.width < 2) { return; }
          var from = u.posToVal(u.select.left, "x");
          var to = u.posToVal(u.select.left + u.select.width, "x");
          var since = form.querySelector("input[name=since]");
          var until = form.querySelector("input[name=until]");
          var period = form.querySelector("select[name=period]");
          since.value = iso(from);
          until.value = iso(to + 6 * DAY);  // the whole last week
          if (period) { period.value = "custom"; }
          form.submit();
        }]
      }
    };
    var chart = new window.uPlot(opts, [xs].concat(families.map(function (f) { return data[f]; })), box);
    box.classList.add("ready");
    var fallback = document.querySelector(".timeline-fallback");
    if (fallback) { fallback.hidden = true; }
    window.addEventListener("resize", function () { chart.setSize({ width: width(), height: 260 }); });
  });
})();
