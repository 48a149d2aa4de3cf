// The graph view of an entity's neighbourhood: Cytoscape.js (vendor/cytoscape.min.js) over
// the JSON of /entity/<id>/graph.json. A click on a node opens its page.
(function () {
  "use strict";
  const box = document.getElementById("graph");
  if (!box || !window.cytoscape) return;
  const COLOURS = { Person: "#d9822b", Organization: "#2b9d5b", Country: "#8a4fd1",
                    Place: "#8a4fd1", Facility: "#8a4fd1", Group: "#c0392b" };
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(r => { if (!r.ok) throw new Error(`${r.status} ${r.statusText}`); return r.json(); })
    .then(data => {
      const cy = window.cytoscape({
        container: box,
        elements: data.elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "wrap",
              "text-max-width": 110, "background-color": n => COLOURS[n.data("type")] || "#7a8699",
              width: 18, height: 18, "text-valign": "bottom", "text-margin-y": 3 } },
          { selector: "node[?focus]", style: { width: 34, height: 34, "font-weight": "bold",
              "border-width": 3, "border-color": "#1d2330" } },
          { selector: "edge", style: { width: e => Math.min(1 + e.data("weight"), 6),
              "curve-style": "bezier", "line-color": "#b4bccb", "font-size": 9, color: "#5b6475",
              "text-rotation": "autorotate", "text-background-color": "#fff",
              "text-background-opacity": 0.8 } },
          { selector: "edge[kind = 'fact']", style: { label: "data(label)", "line-color": "#1f5fbf",
              "target-arrow-shape": "triangle", "target-arrow-color": "#1f5fbf" } },
          { selector: "edge[kind = 'role']", style: { label: "data(label)", "line-color": "#2b9d5b",
              "target-arrow-shape": "triangle", "target-arrow-color": "#2b9d5b" } },
          { selector: "edge[kind = 'with']", style: { "line-style": "dashed" } },
        ],
        layout: { name: "cose", animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110,
                  randomize: false },
      });
      cy.on("tap", "node", ev => { window.location.href = ev.target.data("href"); });
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
      box.classList.add("ready");
      window.kgGraph = cy; // for the browser tests and the console
    })
    .catch(err => {
      box.classList.add("failed");
      box.textContent = `The graph could not be loaded: ${err.message}`;
    });
})();
