/**
 * Registers the offline service worker (dist/sw.js) and says so: once it is active, the pages a person
 * opens stay readable without a network. Loaded by the finder and the home page only; other pages need
 * no script, the worker controls them from then on.
 */
export function startOffline(): void {
  const hint = document.querySelector<HTMLElement>('#offline-hint');
  if (!('serviceWorker' in navigator) || !hint) return;
  const base = hint.dataset.base ?? '/';
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      hint.hidden = false;
    })
    .catch(() => undefined);
}
