/**
 * The answer page's small extras: the "Für wen?" choice in the URL (?fuer=), so it can be shared and
 * survives a reload, and a print button. The filter itself works without JavaScript (finden/filter.css).
 */
export function startFinderAnswer(): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name=fuer]')];
  const wanted = new URLSearchParams(location.search).get('fuer');
  const chosen = radios.find((r) => r.value === wanted);
  if (chosen) chosen.checked = true;
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      const params = new URLSearchParams(location.search);
      if (radio.value) params.set('fuer', radio.value);
      else params.delete('fuer');
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    });
  }
  const print = document.querySelector<HTMLButtonElement>('#print-page');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}
