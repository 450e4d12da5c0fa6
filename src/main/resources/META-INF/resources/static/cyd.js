// Progressive enhancement only: every page works without this script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// "Print this page" buttons are hidden without script, where the browser's own print is used.
document.querySelectorAll('[data-cyd-print]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});

// "Is your idea already here?" as a resident types a title: ideas on the same question sharing its words.
// Without script, the same list comes as a step before the idea is shared.
document.querySelectorAll('[data-cyd-similar]').forEach((box) => {
  const title = document.getElementById('title');
  if (!title) {
    return;
  }
  let timer = null;
  let asked = '';
  const show = (ideas) => {
    box.replaceChildren();
    if (ideas.length === 0) {
      box.hidden = true;
      return;
    }
    const heading = document.createElement('h2');
    heading.className = 'govuk-heading-s';
    heading.textContent = box.dataset.cydHeading;
    const intro = document.createElement('p');
    intro.className = 'govuk-body-s';
    intro.textContent = box.dataset.cydIntro;
    const list = document.createElement('ul');
    list.className = 'govuk-list';
    ideas.forEach((idea) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = idea.url;
      link.lang = idea.language;
      link.textContent = idea.title;
      const count = document.createElement('span');
      count.className = 'govuk-body-s';
      count.textContent = ' (' + box.dataset.cydBackers + ': ' + idea.backingCount + ')';
      item.append(link, count);
      list.append(item);
    });
    box.append(heading, intro, list);
    box.hidden = false;
  };
  const ask = () => {
    const text = title.value.trim();
    if (text.length < 3 || text === asked) {
      return;
    }
    asked = text;
    const url = box.dataset.cydSimilar + '?lang=' + encodeURIComponent(box.dataset.cydLang)
      + '&text=' + encodeURIComponent(text.slice(0, 1000));
    fetch(url, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { ideas: [] }))
      .then((body) => show(body.ideas || []))
      .catch(() => {});
  };
  title.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  });
});
