// The one-customer search: once a file (or "no records") is shown, the typed ID number or mobile leaves the
// search box; the file names the key masked.
document.addEventListener("htmx:afterSettle", () => {
  if (document.querySelector("[data-testid=customer-summary], [data-testid=customer-none]")) {
    const input = document.querySelector("[data-testid=customer-value]");
    if (input) {
      input.value = "";
    }
  }
});
