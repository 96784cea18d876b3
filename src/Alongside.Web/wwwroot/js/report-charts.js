// Draws a bar chart above each report table marked data-chart. The table stays beside it: it is
// the report for screen readers, without JavaScript and on paper. Hidden counts ("fewer than 5")
// are left out of the bars, never drawn as a number.
const tables = document.querySelectorAll("table[data-chart]");
if (tables.length > 0 && window.Chart) {
  for (const table of tables) {
    const rows = [...table.querySelectorAll("tbody tr[data-value]")];
    if (rows.length < 2) continue;
    const figure = document.createElement("div");
    figure.className = "app-chart";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("aria-hidden", "true");
    figure.appendChild(canvas);
    table.before(figure);
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: rows.map((r) => r.cells[0].textContent.trim() + (r.dataset.value === "" ? " (fewer than 5)" : "")),
        datasets: [{
          label: table.dataset.chart,
          data: rows.map((r) => (r.dataset.value === "" ? null : Number(r.dataset.value))),
          backgroundColor: "#005eb8",
        }],
      },
      options: {
        indexAxis: "y",
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
}
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print());
}
