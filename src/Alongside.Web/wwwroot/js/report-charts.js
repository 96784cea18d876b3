// Draws a bar chart above each report table marked data-chart. The table stays beside it: it is
// the report for screen readers, without JavaScript and on paper. Hidden counts ("fewer than 5")
// are left out of the bars, never drawn as a number.

// On a narrow screen a long row label wraps onto lines of about 16 characters: Chart.js keeps
// the labels to half the chart's width and would cut the start of a longer one off at the edge.
const wrap = (label, width) => {
  if (width >= 480) return label;
  const lines = [];
  for (const word of label.split(" ")) {
    if (lines.length > 0 && (lines.at(-1) + " " + word).length <= 16) lines[lines.length - 1] += " " + word;
    else lines.push(word);
  }
  return lines;
};

const tables = document.querySelectorAll("table[data-chart]");
if (tables.length > 0 && window.Chart) {
  for (const table of tables) {
    const rows = [...table.querySelectorAll("tbody tr[data-value]")];
    if (rows.length < 2) continue;
    // Nothing to draw: every count is zero (hidden ones are not zero, so they still get a chart).
    if (rows.every((r) => r.dataset.value === "0")) continue;
    const figure = document.createElement("div");
    figure.className = "app-chart";
    // Room for each row's bar and a label of up to three lines.
    figure.style.height = `${3.5 + (rows.length * 3)}rem`;
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
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: { ticks: { autoSkip: false, callback(value) { return wrap(this.getLabelForValue(value), this.chart.width); } } },
        },
      },
    });
  }
}
for (const button of document.querySelectorAll("[data-print]")) {
  button.addEventListener("click", () => window.print());
}
