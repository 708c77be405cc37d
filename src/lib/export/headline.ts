/**
 * The headline an exported image starts with, built from the view: which map
 * and what narrows it ("Dónde viven quienes se registraron desde Jalisco"),
 * or, for the comparison, the place and what is counted. The wording follows
 * the key facts ("De quienes se registraron desde {name}", facts.entityTopCountry),
 * so an image and the sentences pasted under it read alike. The reader edits it
 * in the export dialog before saving.
 */
import type { Measure } from '../data/schema';
import type { MapName } from '../geo/geometry';
import type { Translate } from '../i18n/translate';

/** The map's question, narrowed by the other map's selection when there is one. */
export function mapHeadline(map: MapName, filterName: string | null, t: Translate): string {
  return filterName === null ? t(`export.headline.${map}`) : t(`export.headline.${map}.filtered`, { name: filterName });
}

/** A measure's label inside a sentence: a first word in capitals ("SIILNERE requests") stays as it is, another is lowered. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
}

/** The comparison's headline: what is counted in each process, for the nation or for the place compared. */
export function compareHeadline(scopeName: string | null, measure: Measure, t: Translate): string {
  const label = t(`measure.${measure}`);
  return scopeName === null
    ? t('export.headline.compare.national', { measure: label })
    : t('export.headline.compare', { scope: scopeName, measure: inSentence(label) });
}
