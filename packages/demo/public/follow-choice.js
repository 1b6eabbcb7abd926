// The page-level pattern for "Kies deze": when a resident chooses a location in the locator,
// the opening-hours card shows that location. IDO Kit elements talk through bubbling events
// (`ido-location-select`, whose `detail.location` is the chosen location) and attributes, so
// the page needs only these few lines, no framework.
document.addEventListener('ido-location-select', (event) => {
  const { location } = event.detail;
  const hours = document.querySelector('#openingstijden ido-opening-hours');
  const title = document.querySelector('#uren-titel');
  if (!hours) return;
  hours.setAttribute('location', location.id);
  if (title) title.textContent = `Openingstijden ${location.name}`;
});
