/** Filters the overlap page by region, action field or one offering; the choice lives in the URL. */
export function startOverlapFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#overlap-filter');
  if (!form) return;
  form.hidden = false;
  const region = form.querySelector<HTMLSelectElement>('#of-region')!;
  const field = form.querySelector<HTMLSelectElement>('#of-feld')!;
  const offeringNote = form.querySelector<HTMLElement>('#of-offering')!;
  const status = form.querySelector<HTMLElement>('#of-status')!;
  const names = JSON.parse(document.querySelector('#overlap-names')!.textContent!) as Record<string, string>;
  const groups = [...document.querySelectorAll<HTMLElement>('.overlap-group')];
  let offering = '';

  function apply() {
    let shown = 0;
    const pairs = new Set<string>();
    for (const group of groups) {
      const groupMatches = (!region.value || group.dataset.region === region.value) && (!field.value || group.dataset.feld === field.value);
      let visibleRows = 0;
      for (const row of group.querySelectorAll<HTMLElement>('li[data-a]')) {
        const visible = groupMatches && (!offering || row.dataset.a === offering || row.dataset.b === offering);
        row.hidden = !visible;
        if (visible) {
          visibleRows++;
          pairs.add(`${row.dataset.a}|${row.dataset.b}`);
        }
      }
      group.hidden = visibleRows === 0;
      // A narrowed view opens its groups; the full list stays folded.
      const details = group.querySelector('details');
      if (details) details.open = visibleRows > 0 && Boolean(region.value || field.value || offering);
      shown += visibleRows;
    }
    offeringNote.hidden = !offering;
    offeringNote.querySelector('strong')!.textContent = names[offering] ?? offering;
    status.textContent = (form!.dataset.status ?? '{n} / {g}').replace('{n}', String(pairs.size)).replace('{g}', String(groups.filter((g) => !g.hidden).length));
    return shown;
  }

  function writeUrl() {
    const params = new URLSearchParams();
    if (region.value) params.set('region', region.value);
    if (field.value) params.set('feld', field.value);
    if (offering) params.set('angebot', offering);
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  const params = new URLSearchParams(location.search);
  region.value = params.get('region') ?? '';
  field.value = params.get('feld') ?? '';
  offering = params.get('angebot') ?? '';
  form.addEventListener('change', () => {
    writeUrl();
    apply();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl();
    apply();
  });
  form.querySelector('#of-offering-clear')!.addEventListener('click', () => {
    offering = '';
    writeUrl();
    apply();
  });
  apply();
}
