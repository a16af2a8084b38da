// Sends the chosen workbook as the raw request body (no multipart) and shows the progress fragment,
// which then polls itself through htmx until the import is done.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("policy-import");
  if (!form) {
    return;
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const file = document.getElementById("file").files[0];
    if (!file) {
      return;
    }
    const headers = {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "X-File-Name": encodeURIComponent(file.name),
    };
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    const response = await fetch(form.dataset.action, { method: "POST", headers, body: file });
    const target = document.getElementById("progress");
    target.outerHTML = await response.text();
    htmx.process(document.getElementById("progress"));
  });
});
