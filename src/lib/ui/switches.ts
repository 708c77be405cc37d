/** The options of the page's two switches, in their own words. */
import { LANGS, type Lang, type Translate } from '../i18n/translate';
import { THEMES, type Theme } from '../state/url';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

export const languageOptions = LANGS.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value }));

// "Automático" is the one long name; a phone shows "Auto" so both switches fit one row.
export const themeOptions = (t: Translate) =>
  THEMES.map((value: Theme) => ({
    value,
    label: t(`theme.${value}`),
    short: value === 'auto' ? t('theme.autoShort') : undefined,
  }));
