// Copy buttons for addresses people paste elsewhere (calendar feeds). Progressive enhancement:
// the address stays visible and selectable in its field; the button appears only with
// JavaScript and the Clipboard API, and says for a moment that it worked.
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const field = document.getElementById(button.dataset.copy);
  if (!field || !navigator.clipboard) return;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      button.textContent = button.dataset.done;
    } catch {
      field.select();
    }
    setTimeout(() => { button.textContent = label; }, 2500);
  });
});
