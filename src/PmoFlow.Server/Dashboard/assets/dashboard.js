// The PmoFlow dashboard's only script (the content security policy allows no inline script): print buttons, and the
// scorecard's charts, drawn with Chart.js from /dashboard/data/charts. The pages carry every figure in tables as well,
// so without this script (or without Chart.js) nothing is lost but the pictures.
(() => {
  'use strict';

  document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));

  // Closed <details> print closed; open them for paper and put them back afterwards.
  let closed = [];
  window.addEventListener('beforeprint', () => {
    closed = [...document.querySelectorAll('details:not([open])')];
    closed.forEach(d => { d.open = true; });
  });
  window.addEventListener('afterprint', () => closed.forEach(d => { d.open = false; }));

  const root = document.getElementById('scorecard');
  if (!root || root.dataset.charts === 'unavailable') return;
  const status = document.getElementById('chart-status');
  if (typeof Chart === 'undefined') {
    root.dataset.charts = 'unavailable';
    status.textContent = 'Charts could not be loaded; the tables carry the same figures.';
    return;
  }

  const colors = { planned: '#0f3d5e', validated: '#15803d', awaiting: '#f59e0b', target: '#b91c1c', line: '#1d4ed8', grid: '#e5e7eb' };
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#374151';
  // No animation: charts are complete the moment they are drawn, for printing and for screenshots alike.
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.responsive = true;

  const charts = [];
  const draw = (canvas, config) => { if (canvas) charts.push(new Chart(canvas, config)); };

  function benefits(data) {
    draw(document.getElementById('benefits-chart'), {
      data: {
        labels: data.periods,
        datasets: [
          { type: 'bar', label: 'Validated actual', data: data.validated, backgroundColor: colors.validated, stack: 'actual', order: 2 },
          { type: 'bar', label: 'Actual awaiting validation', data: data.awaitingValidation, backgroundColor: colors.awaiting, stack: 'actual', order: 2 },
          { type: 'line', label: 'Planned', data: data.planned, borderColor: colors.planned, backgroundColor: colors.planned, borderWidth: 2, pointRadius: 3, order: 1 }
        ]
      },
      options: {
        plugins: {
          title: { display: true, text: 'Benefits planned vs actual per period (this quarter: ' + data.currentPeriod + ')' },
          tooltip: { callbacks: { label: c => c.dataset.label + ': ' + money.format(c.parsed.y) } }
        },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { callback: v => money.format(v) } } }
      }
    });
  }

  function surveys(groups) {
    const labels = groups.map(g => g.group);
    const bar = (id, title, values, min, max, color) => draw(document.getElementById(id), {
      type: 'bar',
      data: { labels, datasets: [{ label: title, data: values, backgroundColor: color }] },
      options: {
        plugins: { legend: { display: false }, title: { display: true, text: title } },
        scales: { y: { min, max } },
        onClick: (event, elements) => { if (elements.length) location.hash = new URL(groups[elements[0].index].href, location.href).hash; }
      }
    });
    bar('csat-chart', 'CSAT by customer group (1–5)', groups.map(g => g.csat), 0, 5, colors.validated);
    bar('nps-chart', 'NPS by customer group (−100 to 100)', groups.map(g => g.nps), -100, 100, colors.planned);
  }

  function kpis(series) {
    const byId = new Map(series.map(s => [s.kpiId, s]));
    document.querySelectorAll('#kpi-charts .kpi-chart').forEach(figure => {
      const kpi = byId.get(figure.dataset.kpiId);
      if (!kpi) return;
      const datasets = [{ label: kpi.name, data: kpi.points.map(p => p.value), borderColor: colors.line, backgroundColor: colors.line, pointRadius: 3, tension: 0.2 }];
      if (kpi.target !== null) {
        datasets.push({ label: 'Target', data: kpi.points.map(() => kpi.target), borderColor: colors.target, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 });
      }
      draw(figure.querySelector('canvas'), {
        type: 'line',
        data: { labels: kpi.points.map(p => p.label), datasets },
        options: {
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => c.dataset.label + ': ' + c.parsed.y + (kpi.unit ? ' ' + kpi.unit : '') } } },
          scales: { y: { title: { display: !!kpi.unit, text: kpi.unit } } },
          onClick: (event, elements) => { if (elements.length && elements[0].datasetIndex === 0) location.href = kpi.points[elements[0].index].href; }
        }
      });
    });
  }

  fetch(root.dataset.chartsUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => {
      if (!response.ok) throw new Error(response.status + ' ' + response.statusText);
      return response.json();
    })
    .then(data => {
      benefits(data.benefits);
      surveys(data.surveys);
      kpis(data.kpis);
      root.dataset.chartCount = String(charts.length);
      root.dataset.charts = 'ready';
    })
    .catch(error => {
      root.dataset.charts = 'failed';
      status.textContent = 'Could not draw the charts (' + error.message + '); the tables carry the same figures.';
    });

  // Chart.js resizes on beforeprint; resizing once more after the page layout switches to paper keeps charts inside their boxes.
  window.addEventListener('beforeprint', () => charts.forEach(c => c.resize()));
})();
