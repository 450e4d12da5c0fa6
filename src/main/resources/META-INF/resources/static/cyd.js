// Progressive enhancement only: every page works without this script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// "Print this page" buttons are hidden without script, where the browser's own print is used.
document.querySelectorAll('[data-cyd-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
