// Inside the embedded question: tell the page around it how tall the content is, so it fits without scrolling.
(function () {
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ cyd: 'height', height: height }, '*');
    }
  }
  window.addEventListener('load', report);
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.documentElement);
  } else {
    window.addEventListener('resize', report);
  }
  report();
})();
