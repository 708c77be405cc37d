import type { Translate } from '../i18n/translate';

/** Something the page changed or ignored on the reader's behalf; the text follows the current language. */
export interface Notice {
  id: number;
  text: (t: Translate) => string;
}
