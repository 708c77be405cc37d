// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countryRegion } from '../../scripts/data/regions.ts';

describe('countryRegion: UN M49 region and sub-region of an ISO alpha-3 code', () => {
  it.each([
    ['USA', '019', 'América', '021', 'América septentrional', 'Northern America'],
    ['MEX', '019', 'América', '419', 'América Latina y el Caribe', 'Latin America and the Caribbean'],
    ['ESP', '150', 'Europa', '039', 'Europa meridional', 'Southern Europe'],
    ['DEU', '150', 'Europa', '155', 'Europa occidental', 'Western Europe'],
    ['NZL', '009', 'Oceanía', '053', 'Australia y Nueva Zelandia', 'Australia and New Zealand'],
    ['JPN', '142', 'Asia', '030', 'Asia oriental', 'Eastern Asia'],
  ])('%s → region %s (%s), sub-region %s (%s / %s)', (iso3, region, regionEs, sub, subEs, subEn) => {
    const r = countryRegion(iso3);
    expect(r).toMatchObject({ region_m49: region, region_es: regionEs, subregion_m49: sub, subregion_es: subEs });
    expect(r.subregion_en).toBe(subEn);
    expect(r.region_note).toBe('');
  });

  it.each(['XKX', 'ZZZ'])('%s has no M49 entry: every region column is empty and the note says why', (iso3) => {
    const r = countryRegion(iso3);
    expect([r.region_m49, r.region_es, r.region_en, r.subregion_m49, r.subregion_es, r.subregion_en]).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(r.region_note).toMatch(/no (code|entry) in UN M49/);
    expect(r.region_note_es).toMatch(/M49/);
  });
});
