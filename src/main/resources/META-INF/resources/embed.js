/*
 * Cyd embed loader. On a council's page:
 *   <div data-cyd-embed="https://CYD/embed/cy/COUNCIL/prompts/ID" data-cyd-title="The question"></div>
 *   <script src="https://CYD/embed.js" async></script>
 * Each placeholder becomes an iframe of that Cyd page, resized to its content. No cookies, no dependencies.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : window.location.origin;

  function mount(el) {
    if (el.getAttribute('data-cyd-mounted')) {
      return;
    }
    var url;
    try {
      url = new URL(el.getAttribute('data-cyd-embed'), origin);
    } catch (e) {
      return;
    }
    if (url.origin !== origin || url.pathname.indexOf('/embed/') !== 0) {
      return;
    }
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.getAttribute('data-cyd-title') || 'Cyd';
    frame.setAttribute('loading', 'lazy');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = '480px';
    el.setAttribute('data-cyd-mounted', 'true');
    el.appendChild(frame);
  }

  function mountAll() {
    var found = document.querySelectorAll('[data-cyd-embed]');
    for (var i = 0; i < found.length; i++) {
      mount(found[i]);
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.cyd !== 'height') {
      return;
    }
    var frames = document.querySelectorAll('[data-cyd-embed] iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var h = Math.max(100, Math.min(5000, Number(event.data.height) || 0));
        frames[i].style.height = h + 'px';
      }
    }
  });

  mountAll();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  }
})();
