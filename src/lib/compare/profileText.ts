/** Words for the profile comparison: dimension and category names in the page's language. */
import type { MessageKey } from '../i18n/es';
import type { Translate } from '../i18n/translate';
import type { ProfileDimensionName } from './profileQueries';

const CATEGORY_KEYS: Record<string, MessageKey> = {
  postal: 'profile.cat.postal',
  internet: 'profile.cat.internet',
  in_person: 'profile.cat.in_person',
  men: 'profile.cat.men',
  women: 'profile.cat.women',
  inetel: 'profile.cat.inetel',
  srve: 'profile.cat.srve',
  web: 'profile.cat.web',
  app: 'profile.cat.app',
  cpve: 'profile.cat.cpve',
  cpv: 'profile.cat.cpv',
  mean: 'profile.cat.mean',
};

export function dimensionLabel(dimension: ProfileDimensionName, t: Translate): string {
  return t(`profile.dim.${dimension}`);
}

/** `20-24` → "20 a 24 años"; `65+` → "65 años o más"; an unknown code is shown as printed. */
export function categoryLabel(dimension: ProfileDimensionName, category: string, t: Translate): string {
  if (dimension === 'age_group') {
    const range = /^(\d+)-(\d+)$/.exec(category);
    if (range) return t('profile.age.range', { from: range[1], to: range[2] });
    const over = /^(\d+)\+$/.exec(category);
    if (over) return t('profile.age.over', { age: over[1] });
    if (/^\d+$/.test(category)) return t('profile.age.single', { age: category });
  }
  const key = CATEGORY_KEYS[category];
  return key === undefined ? category : t(key);
}
