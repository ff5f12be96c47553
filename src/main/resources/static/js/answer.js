// Progressive enhancement of the answering form: an item shown only after a given answer to an earlier item is
// hidden until that answer is chosen. Without JavaScript every item shows, with a note, and the server ignores
// the answer to an item whose condition is not met.
(function () {
  var form = document.querySelector('form.answer');
  if (!form || !form.querySelectorAll) {
    return;
  }
  var conditional = form.querySelectorAll('[data-when-item]');
  function update() {
    for (var i = 0; i < conditional.length; i++) {
      var item = conditional[i];
      var inputs = form.querySelectorAll('[name="' + item.getAttribute('data-when-item') + '"]');
      var met = false;
      for (var j = 0; j < inputs.length; j++) {
        if (inputs[j].checked && inputs[j].value === item.getAttribute('data-when-value')) {
          met = true;
        }
      }
      item.hidden = !met;
    }
  }
  form.addEventListener('change', update);
  update();
})();
