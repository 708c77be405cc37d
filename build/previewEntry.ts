/**
 * What the link previews are drawn from, run inside Vite's SSR module loader
 * like build/prerenderEntry.ts: the default view rendered by the same
 * components in each language (the two maps in the explorer, the national
 * comparison alone, as an embed of it draws it), and each chart's words in
 * the image export's wording: the headline (src/lib/export/headline.ts), the
 * panel's subtitle, and the source line with the cut-off date.
 */
import { render } from 'svelte/server';
import { pathToFileURL } from 'node:url';
import App from '../src/App.svelte';
import ComparisonSection from '../src/lib/compare/ComparisonSection.svelte';
import { scopesOf, seriesFor } from '../src/lib/compare/series';
import { Snapshots } from '../src/lib/compare/snapshots';
import { datasetOf } from '../src/lib/data/dataset';
import { loadData } from '../src/lib/data/load';
import { factsOf } from '../src/lib/explorer/dataFacts';
import { compareHeadline, mapHeadline } from '../src/lib/export/headline';
import { loadGeometry, type MapName } from '../src/lib/geo/geometry';
import { formatDate, formatList, formatProcess } from '../src/lib/i18n/format';
import { LANGS, translator, type Lang } from '../src/lib/i18n/translate';
import { APP_CONTEXT, appContextOf } from '../src/lib/state/context';
import { ExplorerState } from '../src/lib/state/explorer.svelte';
import { MAX_PLACES } from '../src/lib/state/url';
import { PRERENDER_ORIGIN, readFromDisk } from './prerenderEntry';

export const PREVIEW_CHARTS = ['world', 'mexico', 'comparison'] as const;
export type PreviewName = (typeof PREVIEW_CHARTS)[number];

export interface PreviewWords {
  site: string;
  title: string;
  subtitle: string;
  source: string;
}

export interface PreviewPage {
  lang: Lang;
  /** The rendered maps and comparison, for build/chartStyles.ts to style. */
  markup: string;
  /** Each chart's `<svg>`: the maps by their accessible name, the comparison by its place. */
  find: Record<PreviewName, (document: Document) => Element | null>;
  words: Record<PreviewName, PreviewWords>;
}

/** @param root the project's root: data/ and public/geo/ are read under it, validated as the browser does. */
export async function previewPages(root: string): Promise<PreviewPage[]> {
  const base = pathToFileURL(`${root}/`).href;
  const data = await loadData(base, readFromDisk);
  const maps: MapName[] = ['world', 'mexico'];
  const shapes = await Promise.all(maps.map((name) => loadGeometry(name, `${base}public/`, readFromDisk)));
  const geometry = Object.fromEntries(maps.map((name, i) => [name, shapes[i]]));
  const dataset = datasetOf(data);

  return LANGS.map((lang) => {
    const href = lang === 'es' ? PRERENDER_ORIGIN : `${PRERENDER_ORIGIN}?lang=${lang}`;
    const t = translator(lang);
    const explorer = new ExplorerState(href);
    explorer.useData(factsOf(data));
    const { process, measure, coverage } = explorer;

    const app = render(App, { props: { href, preloaded: { data, geometry } } });
    const comparison = render(ComparisonSection, {
      props: { data, names: dataset.namer(lang), embedded: true, methodsHref: './' },
      context: new Map([[APP_CONTEXT, appContextOf(explorer)]]),
    });

    const attribution = t('footer.attribution');
    const site = t('app.title');
    const mapWords = (map: MapName): PreviewWords => {
      // The panel's subtitle and the image export's source line (MapPanel.svelte), for the default view.
      const figures =
        map === 'world'
          ? dataset.countryFigures({ process, measure, entities: [] })
          : dataset.entityFigures({ process, measure, countries: [] });
      const cutoff = figures.cutoffDate ? formatDate(figures.cutoffDate, lang) : null;
      return {
        site,
        title: mapHeadline(map, null, t),
        subtitle: [
          t(`measure.${measure}`),
          formatProcess(process),
          cutoff ? t('totals.cutoff', { date: cutoff }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
        source: [attribution, cutoff ? t('export.cutoff', { date: cutoff }) : ''].filter(Boolean).join(' '),
      };
    };

    // The national comparison as ComparisonSection draws it by default: every cut-off of every process.
    const [scope] = scopesOf({ countries: [], entities: [] }, MAX_PLACES);
    if (!scope) throw new Error('previews: no national scope');
    const series = seriesFor(new Snapshots(dataset, measure), scope, {
      processes: explorer.compare,
      measure,
      coverage,
    });
    const cutoffs = formatList(
      [...new Set(series.points.map((p) => p.cutoff))].map((c) => formatDate(c, lang)),
      lang,
    );
    const compareSubtitle = t('compare.subtitle', {
      measure: t(`measure.${measure}`),
      processes: formatList(series.processes.map(formatProcess), lang),
    });

    const mapLabel = (map: MapName) =>
      t(`map.${map}.label`, { measure: t(`measure.${measure}`), process: formatProcess(process) });
    const byLabel = (map: MapName) => (document: Document) =>
      [...document.querySelectorAll('svg[role="group"]')].find(
        (svg) => svg.getAttribute('aria-label') === mapLabel(map),
      ) ?? null;

    return {
      lang,
      markup: `${app.body}<div id="preview-comparison">${comparison.body}</div>`,
      find: {
        world: byLabel('world'),
        mexico: byLabel('mexico'),
        comparison: (document) => document.querySelector('#preview-comparison .chart svg[role="img"]'),
      },
      words: {
        world: mapWords('world'),
        mexico: mapWords('mexico'),
        comparison: {
          site,
          title: compareHeadline(null, measure, t),
          subtitle:
            series.shared === null
              ? compareSubtitle
              : `${compareSubtitle} · ${t('compare.subtitle.same', {
                  count: series.shared.length,
                  names: formatList(series.shared.map(dataset.namer(lang).entity), lang),
                })}`,
          source: `${attribution} ${t('export.cutoff', { date: cutoffs })}`,
        },
      },
    };
  });
}
