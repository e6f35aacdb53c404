/** The radar of one Kreis for its pages and feed: its cells with local offerings, the ending ones first. */
import type { Analysis } from '../lib/analysis';
import type { Catalogue } from '../lib/catalogue';
import type { RadarCell } from '../lib/radar';

export function kreisRadar(catalogue: Catalogue, analysis: Analysis, kreis: string): RadarCell[] {
  return catalogue.actionFields.flatMap((f) => {
    const radar = analysis.radar(analysis.coverage.cell(kreis, f.id));
    return radar ? [radar] : [];
  });
}

/** Cells that end within 24 months, soonest last end first. */
export const ending = (cells: readonly RadarCell[]) => cells.filter((c) => c.status === 'endet').sort((a, b) => a.lastEnd!.localeCompare(b.lastEnd!));

/** Cells of the towns and Gemeinden inside a Kreis that end within 24 months: where a place would lose its last offering of a field. */
export function townRadar(catalogue: Catalogue, analysis: Analysis, kreis: string): RadarCell[] {
  return ending(
    catalogue.tree.descendants(kreis).flatMap((place) =>
      catalogue.actionFields.flatMap((f) => {
        const radar = analysis.radar(analysis.coverage.cell(place, f.id));
        return radar ? [radar] : [];
      }),
    ),
  );
}
