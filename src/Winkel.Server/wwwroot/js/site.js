// Progressive enhancement only: every page works without this file.
// Search suggestions as you type, into the search box's <datalist>.
(() => {
  const input = document.querySelector("input[data-suggest]");
  const list = input && document.getElementById(input.getAttribute("list"));
  if (!input || !list) return;
  let timer = 0, last = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2 || prefix === last) return;
    timer = setTimeout(async () => {
      last = prefix;
      try {
        const response = await fetch(input.dataset.suggest + "?q=" + encodeURIComponent(prefix), { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const words = await response.json();
        list.replaceChildren(...words.map(word => Object.assign(document.createElement("option"), { value: word })));
      } catch { /* suggestions are optional */ }
    }, 150);
  });
})();
