// Draws the dashboard's bar charts from the JSON island; without JavaScript the tables stay.
(function () {
  var island = document.getElementById('chart-data');
  if (!island || typeof Chart === 'undefined') return;
  var charts = JSON.parse(island.textContent);
  charts.forEach(function (chart) {
    var canvas = document.getElementById(chart.id);
    if (!canvas) return;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: ['#0b5d7a', '#f39c12', '#7a9e0b'][i % 3] };
        }),
      },
      options: { indexAxis: chart.horizontal ? 'y' : 'x', responsive: true, animation: false, scales: { x: { beginAtZero: true }, y: { beginAtZero: true } } },
    });
  });
})();
