// The interactive map (Leaflet and Leaflet.markercluster, vendored; no tile server: country outlines drawn
// from the bundled GeoJSON). One point per incident, clustered where they crowd; hover shows the incident,
// a click opens it; the busiest places are labelled. Without scripts, the server-drawn SVG map is shown.
(function () {
  "use strict";
  var COLOURS = { action: "#1a7f4b", attack: "#b3261e", statement: "#6a4fb3", other: "#6b7280" };
  var LABELLED = 8;

  function text(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; }); }

  window.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("live-map");
    if (!box || !window.L || !window.L.markerClusterGroup) { return; }
    var points = JSON.parse(box.getAttribute("data-points") || "[]");
    box.hidden = false;
    var map = window.L.map(box, { zoomSnap: 0.25, minZoom: 4, maxZoom: 12, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    map.fitBounds([[23.0, 60.0], [38.8, 78.5]]);
    fetch(box.getAttribute("data-outlines")).then(function (r) { return r.json(); }).then(function (geo) {
      window.L.geoJSON(geo, { interactive: false, style: function (f) {
        var focus = f.properties.iso2 === "AF" || f.properties.iso2 === "PK";
        return { color: "#8b98a5", weight: 1, fillColor: focus ? "#f2efe4" : "#fbfaf6", fillOpacity: 1 };
      } }).addTo(map).bringToBack();
    });
    var cluster = window.L.markerClusterGroup({ maxClusterRadius: 36, showCoverageOnHover: false });
    var places = {};
    points.forEach(function (p) {
      var m = window.L.circleMarker([p.lat, p.lon], { radius: 7, color: "#fff", weight: 1,
        fillColor: COLOURS[p.family] || COLOURS.other, fillOpacity: 0.85 });
      m.bindTooltip("<strong>" + text(p.type) + "</strong> " + text(p.date || "undated") + "<br>" +
                    text(p.place) + (p.admin1 && p.admin1 !== p.place ? ", " + text(p.admin1) : "") +
                    " · " + text(p.grade) +
                    (p.quote ? "<br><em>" + text(p.quote.length > 160 ? p.quote.slice(0, 157) + "…" : p.quote) +
                     "</em>" : ""));
      m.on("click", function () { window.location.href = "/incidents/" + encodeURIComponent(p.id); });
      cluster.addLayer(m);
      var key = p.place + "|" + p.lat + "|" + p.lon;
      places[key] = places[key] || { name: p.place, lat: p.lat, lon: p.lon, n: 0 };
      places[key].n += 1;
    });
    map.addLayer(cluster);
    Object.keys(places).map(function (k) { return places[k]; })
      .sort(function (a, b) { return b.n - a.n; }).slice(0, LABELLED).forEach(function (pl) {
        window.L.tooltip({ permanent: true, direction: "right", className: "place-label", offset: [8, 0] })
          .setLatLng([pl.lat, pl.lon]).setContent(text(pl.name)).addTo(map);
      });
    box.classList.add("ready");
    var fallback = document.querySelector(".map-fallback");
    if (fallback) { fallback.hidden = true; }
  });
})();
