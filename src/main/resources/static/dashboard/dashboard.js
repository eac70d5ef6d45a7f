/*
 * The dashboard's charts (templates/dashboard/overview.html): each table.chart-data is drawn as a bar
 * chart with ECharts (the WebJar under /webjars/echarts/) into the div.chart of the same data-chart.
 * The tables are the figures; the charts only show them. Without JavaScript or ECharts the tables stay.
 */
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = [];
  document.querySelectorAll('table.chart-data').forEach(function (table) {
    var name = table.getAttribute('data-chart');
    var target = document.querySelector('div.chart[data-chart="' + name + '"]');
    if (!target) {
      return;
    }
    var labels = [];
    var counts = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.cells[0].textContent.trim());
      counts.push(Number(row.cells[1].textContent.trim()));
    });
    var horizontal = name !== 'byMonth';
    var categories = {type: 'category', data: labels, inverse: horizontal,
      axisLabel: {width: 160, overflow: 'truncate', interval: 0}};
    var values = {type: 'value', minInterval: 1};
    target.classList.add('drawn');
    target.style.height = (horizontal ? Math.max(200, labels.length * 28 + 40) : 280) + 'px';
    var chart = echarts.init(target, null, {renderer: 'svg'});
    chart.setOption({
      grid: {left: 8, right: 16, top: 16, bottom: 8, containLabel: true},
      tooltip: {trigger: 'axis'},
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: [{type: 'bar', name: 'Số tin bài', data: counts, itemStyle: {color: '#b71c1c'}, label: {show: true, position: horizontal ? 'right' : 'top'}}]
    });
    charts.push(chart);
    table.classList.add('with-chart');
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
