// Countdowns of the clock monitor: each [data-deadline] (epoch ms) ticks every second. The server's
// time comes with the page ([data-now]) so that a skewed browser clock does not move a deadline.
(function () {
  var offset = 0;

  function syncOffset() {
    var holder = document.querySelector('[data-now]');
    if (holder && holder.dataset.now && holder.dataset.synced !== 'true') {
      offset = Number(holder.dataset.now) - Date.now();
      holder.dataset.synced = 'true';
    }
  }

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function format(ms) {
    var sign = ms < 0 ? '-' : '';
    var s = Math.floor(Math.abs(ms) / 1000);
    var days = Math.floor(s / 86400);
    s %= 86400;
    var text = pad(Math.floor(s / 3600)) + ':' + pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
    return sign + (days > 0 ? days + 'd ' : '') + text;
  }

  function tick() {
    syncOffset();
    var now = Date.now() + offset;
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var left = Number(el.dataset.deadline) - now;
      el.textContent = format(left);
      el.classList.toggle('overdue', left < 0);
    });
  }

  document.addEventListener('htmx:afterSwap', syncOffset);
  document.addEventListener('DOMContentLoaded', tick);
  setInterval(tick, 1000);
})();
