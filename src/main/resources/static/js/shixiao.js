// Shell behaviour: the phone menu toggle, CSRF header for htmx requests, and live countdowns.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".menu-toggle");
  const sidebar = document.getElementById("sidebar");
  if (toggle && sidebar) {
    toggle.addEventListener("click", () => {
      const open = sidebar.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener("htmx:configRequest", (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
  tickCountdowns();
  setInterval(tickCountdowns, 1000);
});

// Elements with data-deadline (ISO instant) show the time left, or the time overdue.
function tickCountdowns() {
  const now = Date.now();
  document.querySelectorAll("[data-deadline]").forEach((element) => {
    const left = Date.parse(element.dataset.deadline) - now;
    const overdue = left < 0;
    let seconds = Math.floor(Math.abs(left) / 1000);
    const days = Math.floor(seconds / 86400);
    seconds -= days * 86400;
    const hours = Math.floor(seconds / 3600);
    seconds -= hours * 3600;
    const minutes = Math.floor(seconds / 60);
    seconds -= minutes * 60;
    const pad = (n) => String(n).padStart(2, "0");
    const text = (days > 0 ? days + (document.documentElement.lang === "en" ? "d " : "天 ") : "") +
      pad(hours) + ":" + pad(minutes) + ":" + pad(seconds);
    element.textContent = (overdue ? (document.documentElement.lang === "en" ? "overdue " : "已超时 ") : "") + text;
    element.classList.toggle("overdue", overdue);
  });
}
