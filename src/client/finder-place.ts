/**
 * The finder's instant place field (an ARIA combobox): loads the place list on first use, suggests as
 * a person types, and goes to the chosen place's step-2 page. Without JavaScript the form stays hidden
 * and the A–Z list below does the job.
 */
import { matchPlaces, type Place } from './place-match';

export function startPlaceField(): void {
  const form = document.querySelector<HTMLFormElement>('#place-field');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#place-q')!;
  const list = form.querySelector<HTMLUListElement>('#place-options')!;
  const status = form.querySelector<HTMLElement>('#place-status')!;
  const text = JSON.parse(form.querySelector('#place-text')!.textContent!) as { noPlace: string; didYouMean: string; notInHessen: string; noPostcodes: string };
  const base = form.dataset.base!;
  let places: Promise<Place[]> | undefined;
  const load = () => (places ??= fetch(form.dataset.places!).then((r) => r.json() as Promise<Place[]>));
  let options: Place[] = [];
  let active = -1;
  form.hidden = false;

  const go = (place: Place) => location.assign(`${base}${place.id}/`);

  function render() {
    list.replaceChildren(
      ...options.map((place, i) => {
        const li = document.createElement('li');
        li.id = `place-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        li.textContent = place.kreis ? `${place.name} (${place.kreis})` : place.name;
        li.addEventListener('click', () => go(place));
        return li;
      }),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `place-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function update() {
    const query = input.value.slice(0, 100);
    const all = await load();
    const match = matchPlaces(all, query);
    options = match.places;
    active = -1;
    render();
    status.replaceChildren();
  }

  async function submit() {
    const query = input.value.trim().slice(0, 100);
    if (!query) return;
    const match = matchPlaces(await load(), query);
    if (active >= 0 && options[active]) return go(options[active]!);
    if (match.places.length > 0) return go(match.places[0]!);
    // Without postcodes in the place list, a postcode is not "outside Hessen": say what the field knows.
    const knowsPostcodes = (await load()).some((p) => p.postcodes?.length);
    status.replaceChildren(match.postcode ? (knowsPostcodes ? text.notInHessen : text.noPostcodes) : text.noPlace.replace('{q}', query));
    if (match.suggestion) {
      const link = document.createElement('a');
      link.href = `${base}${match.suggestion.id}/`;
      link.textContent = match.suggestion.name;
      status.append(' ', `${text.didYouMean} `, link, '?');
    }
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      render();
    } else if (event.key === 'Escape') {
      options = [];
      active = -1;
      render();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
}
