// Inside the embedded question: tell the page around it how tall the content is, so it fits without scrolling,
// and make its links work however the page framed it.
//  - Cyd's loader (embed.js) listens for {cyd: 'height', height}.
//  - WordPress frames a site it does not already trust as <iframe sandbox="allow-scripts" src="…#?secret=S">
//    and its host script (wp-embed.js) listens for {message: 'height' | 'link', value, secret: S}. Its sandbox
//    forbids new tabs, so a link is handed to the page as a 'link' message, which WordPress follows.
//  - Any other frame that forbids new tabs: the link opens in the frame itself rather than doing nothing.
(function () {
  if (window.parent === window) {
    return;
  }
  var found = /[#&]\?secret=([A-Za-z0-9]{1,64})/.exec(window.location.hash);
  var secret = found ? found[1] : null;
  var last = 0;

  function report(again) {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !again) {
      return;
    }
    last = height;
    window.parent.postMessage({ cyd: 'height', height: height }, '*');
    if (secret) {
      window.parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
    }
  }

  window.addEventListener('message', function (event) {
    // WordPress says it is ready when its script loaded after this frame: say the height again.
    if (secret && event.source === window.parent && event.data && event.data.message === 'ready'
        && event.data.secret === secret) {
      report(true);
    }
  });

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || event.altKey) {
      return;
    }
    if (secret) {
      event.preventDefault();
      window.parent.postMessage({ message: 'link', value: link.href, secret: secret }, '*');
      return;
    }
    if (window.origin === 'null') {
      // Sandboxed without WordPress's messages: try a new tab; if the sandbox forbids it, go there in the frame.
      event.preventDefault();
      var opened = window.open(link.href, '_blank');
      if (opened) {
        opened.opener = null;
      } else {
        window.location.href = link.href;
      }
    }
  });

  window.addEventListener('load', function () { report(true); });
  if (window.ResizeObserver) {
    new ResizeObserver(function () { report(false); }).observe(document.documentElement);
  } else {
    window.addEventListener('resize', function () { report(false); });
  }
  report(true);
})();
