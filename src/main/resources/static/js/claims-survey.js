// The surveyor's phone page: fill the check-in's position from the phone when it allows.
document.addEventListener("DOMContentLoaded", () => {
  if (!navigator.geolocation) {
    return;
  }
  navigator.geolocation.getCurrentPosition((position) => {
    const value = position.coords.latitude.toFixed(6) + "," + position.coords.longitude.toFixed(6);
    document.querySelectorAll("input.gps").forEach((input) => { input.value = value; });
  }, () => {}, { timeout: 5000 });
});
