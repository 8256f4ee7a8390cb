// The main job once everything is built: serve the mock API and the docs site. Filled in as they land.
console.log("Built. The bundled spec is in spec/dist (openapi.json, openapi.yaml, eiam.json, ciam.json).");
