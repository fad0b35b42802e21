// Place names and the adjectives (demonyms) English derives from them: a rendering that names a place also
// counts when the target uses its adjective (美国工人 “American workers”, 中俄总理 “the Chinese and Russian
// prime ministers”, 中拉 “Sino-Latin American”). The table is data: resources/check/demonyms.txt.
import { readCheckTable } from './data-table.ts';

/** Reads `place|place: adjective|adjective` lines (comments already removed) into place name → its adjectives. */
export function parseDemonyms(lines: readonly string[]): Map<string, string[]> {
  return new Map(
    lines
      .filter((line) => line.includes(':'))
      .flatMap((line) => {
        const [places, adjectives] = line.split(':').map((s) => s.trim().split('|'));
        return places!.map((p) => [p, adjectives!.filter((a) => a !== p)] as const);
      })
      .filter(([, adjectives]) => adjectives.length > 0),
  );
}

/** Place name → its adjectives, as written (keys are made by the matcher). */
export const DEMONYMS: ReadonlyMap<string, readonly string[]> = parseDemonyms(readCheckTable('demonyms.txt'));

/** Words English uses to refer back to a country already named (“the country”, “the nation's”). */
const PLACE_ANAPHORA = /\bthe (?:country|nation)\b/i;

/** Whether `rendering` names a place in the table (“US”, “China”): the kind of term English may refer back to. */
export const isPlaceName = (rendering: string): boolean => DEMONYMS.has(rendering);

/** The phrase in `target` that may refer back to a country (“the country”), if any. */
export function placeAnaphor(target: string): string | undefined {
  return PLACE_ANAPHORA.exec(target)?.[0];
}
