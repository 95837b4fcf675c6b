// The API reference: Swagger UI (vendored) over this server's OpenAPI document.
(function () {
  "use strict";
  window.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("swagger-ui");
    if (!el || !window.SwaggerUIBundle) { return; }
    window.SwaggerUIBundle({ url: el.getAttribute("data-url"), domNode: el, deepLinking: false,
                             defaultModelsExpandDepth: 0, docExpansion: "list", tryItOutEnabled: false });
  });
})();
