// Draws every element with a data-chart attribute (an ECharts option rendered by the server),
// on load and after htmx swaps content in; charts follow the window's size.
(function () {
  const drawn = new WeakSet();

  function draw(root) {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll("[data-chart]").forEach((element) => {
      const existing = echarts.getInstanceByDom(element);
      const chart = existing || echarts.init(element);
      chart.setOption(JSON.parse(element.dataset.chart), true);
      if (!drawn.has(element)) {
        drawn.add(element);
        window.addEventListener("resize", () => chart.resize());
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => draw(document));
  document.addEventListener("htmx:afterSettle", (event) => draw(event.target));
})();
