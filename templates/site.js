/* medlofte site: the search of the index page, offline. The index of every promise's folded
   words is in the page (#sokindex); a query's words must each begin a word of the promise.
   #q=words in the address fills in the search. */
(function () {
  "use strict";
  var entries = JSON.parse(document.getElementById("sokindex").textContent);
  var input = document.getElementById("sok");
  var list = document.getElementById("traffar");
  var count = document.getElementById("antal");
  function fold(text) {
    return text.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/ß/g, "ss")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function search() {
    var words = fold(input.value).match(/[a-z0-9]+/g) || [];
    list.textContent = "";
    if (!words.length) {
      count.textContent = "";
      return;
    }
    var found = entries.filter(function (entry) {
      var text = " " + entry.w;
      return words.every(function (word) { return text.indexOf(" " + word) >= 0; });
    });
    found.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.u;
      link.textContent = entry.t;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" – " + entry.d));
      list.appendChild(item);
    });
    count.textContent = found.length ? input.getAttribute("data-found").replace("{n}", found.length) : input.getAttribute("data-none");
  }
  input.addEventListener("input", search);
  document.getElementById("sokform").addEventListener("submit", function (event) { event.preventDefault(); search(); });
  var asked = /[#&]q=([^&]*)/.exec(window.location.hash);
  if (asked) {
    input.value = decodeURIComponent(asked[1].replace(/\+/g, " "));
  }
  search();
}());
