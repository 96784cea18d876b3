// Draws a line chart above each progress table marked data-chart. The table stays: it is the page
// for screen readers, without JavaScript and when printing; the chart is a picture of it.
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
      type: "line",
      data: {
        labels: rows.map((r) => r.cells[0].dataset.label ?? r.cells[0].textContent.trim()),
        datasets: [{
          label: table.dataset.chart,
          data: rows.map((r) => Number(r.dataset.value)),
          borderColor: "#005eb8",
          backgroundColor: "#005eb8",
          tension: 0,
        }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: {
          y: { min: Number(table.dataset.min), max: Number(table.dataset.max), reverse: false, ticks: { precision: 0 } },
        },
      },
    });
  }
}
