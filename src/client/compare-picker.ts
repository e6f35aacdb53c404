/** Picks two to four region columns of the comparison table; the choice lives in the URL. */
const MIN = 2;
const MAX = 4;

export function startComparePicker(): void {
  const form = document.querySelector<HTMLFormElement>('#compare-picker');
  if (!form) return;
  // Columns are hidden with the hidden attribute, not a style sheet: the CSP allows no inline styles.
  const cells = [...document.querySelectorAll<HTMLElement>('[data-col]')];
  form.hidden = false;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=regionen]')];
  const status = form.querySelector<HTMLElement>('#compare-status')!;
  const valid = new Set(boxes.map((b) => b.value));

  const fromUrl = (new URLSearchParams(location.search).get('regionen') ?? '').split(',').filter((id) => valid.has(id)).slice(0, MAX);
  const initial = fromUrl.length >= MIN ? fromUrl : (form.dataset.defaults ?? '').split(',').filter((id) => valid.has(id));
  for (const box of boxes) box.checked = initial.includes(box.value);

  function apply() {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    for (const box of boxes) box.disabled = !box.checked && chosen.length >= MAX;
    if (chosen.length < MIN) {
      status.textContent = form!.dataset.tooFew ?? '';
      for (const cell of cells) cell.hidden = false;
      return;
    }
    const shown = new Set(chosen);
    for (const cell of cells) cell.hidden = !shown.has(cell.dataset.col!);
    const names = chosen.map((id) => document.querySelector(`label[for="c-${CSS.escape(id)}"]`)?.textContent ?? id);
    status.textContent = (form!.dataset.showing ?? '{names}').replace('{names}', names.join(', '));
    const params = new URLSearchParams(location.search);
    params.set('regionen', chosen.join(','));
    history.replaceState(null, '', `${location.pathname}?${params.toString().replace(/%2C/g, ',')}`);
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
