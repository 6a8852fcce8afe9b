// Keyboard shortcuts of the review console. On an item: a = accept, r = reject, digits toggle the
// numbered reasons (and choose reject), Enter submits, c = claim. On the queue: n = claim the oldest.
// Keys typed into a text field are left alone.
(function () {
  'use strict';

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
    return tag === 'INPUT' && !/^(radio|checkbox|submit|button)$/.test(target.type);
  }

  function choose(form, decision) {
    var radio = form.querySelector('input[name="decision"][value="' + decision + '"]');
    if (radio) { radio.checked = true; radio.focus(); }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var resolve = document.getElementById('resolve-form');
    var key = event.key;

    if (resolve) {
      if (key === 'a') { choose(resolve, 'accepted'); event.preventDefault(); return; }
      if (key === 'r') { choose(resolve, 'rejected'); event.preventDefault(); return; }
      if (/^[0-9]$/.test(key)) {
        var box = resolve.querySelector('input[name="reasonCodes"][data-key="' + key + '"]');
        if (box) {
          box.checked = !box.checked;
          if (box.checked) choose(resolve, 'rejected');
          event.preventDefault();
        }
        return;
      }
      if (key === 'Enter') {
        // A focused button submits by itself; anywhere else Enter submits the verdict.
        if (event.target && event.target.tagName === 'BUTTON') return;
        event.preventDefault();
        resolve.requestSubmit();
      }
      return;
    }

    var form = key === 'c' ? document.getElementById('claim-form')
      : key === 'n' ? document.getElementById('claim-next-form') : null;
    if (form) { event.preventDefault(); form.requestSubmit(); }
  });

  // Ticking a reason by mouse also means "reject".
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.name === 'reasonCodes' && target.checked && target.form) choose(target.form, 'rejected');
  });
})();
