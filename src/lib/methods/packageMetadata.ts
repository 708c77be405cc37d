/**
 * What the methodology page reads from datapackage.json's own fields rather
 * than from the CSVs: the measures' definitions, the dimensions' labels and
 * the citation of the package. These fields are outside the DataPackage type,
 * so each may be missing or malformed and falls back to something readable.
 */
import { MEASURES, type IsoDate } from '../data/schema';
import type { DataPackage } from '../data/tableSchema';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/translate';
import { MEASURE_DESCRIPTIONS_ES, type MethodsContent } from './content';

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Fields this page reads that the DataPackage type leaves out: they may be missing or malformed. */
function extra(pkg: DataPackage, key: string): unknown {
  return (pkg as unknown as Json)[key];
}

export interface MeasureDefinition {
  measure: string;
  label: string;
  description: string | null;
  /** English where no Spanish text exists yet for a measure added to the package. */
  descriptionLang: Lang;
}

/** The package's vmre:measures, known measures first in display order, labels in the reader's language. */
export function measureDefinitions(pkg: DataPackage, lang: Lang): MeasureDefinition[] {
  const declared = extra(pkg, 'vmre:measures');
  const measures = isJson(declared) ? declared : {};
  const known: readonly string[] = MEASURES;
  const keys = [
    ...MEASURES.filter((m) => m in measures),
    ...Object.keys(measures)
      .filter((m) => !known.includes(m))
      .sort(),
  ];
  return keys.map((measure) => {
    const entry = isJson(measures[measure]) ? measures[measure] : {};
    const spanish = lang === 'es' ? (MEASURE_DESCRIPTIONS_ES as Record<string, string>)[measure] : undefined;
    return {
      measure,
      label: text(entry[lang]) ?? text(entry.es) ?? measure,
      description: spanish ?? text(entry.description),
      descriptionLang: spanish === undefined ? 'en' : 'es',
    };
  });
}

/** A dimension's category in the reader's language, from vmre:dimensions; the code where none is given. */
export function dimensionLabel(pkg: DataPackage, dimension: string, category: string, lang: Lang): string {
  const dims = extra(pkg, 'vmre:dimensions');
  const labels = isJson(dims) && isJson(dims[dimension]) ? dims[dimension] : {};
  const entry = labels[category];
  return (isJson(entry) ? text(entry[lang]) : null) ?? category;
}

export interface Citation {
  title: string | null;
  /** The title in Spanish (vmre:title_es), for the Spanish page. */
  titleEs: string | null;
  version: string | null;
  /** The package's `created` date (the day part of its RFC 3339 datetime), if present. */
  date: IsoDate | null;
  licence: string | null;
  /** Who the figures belong to, from the package's sources. */
  source: string | null;
}

export function packageCitation(pkg: DataPackage): Citation {
  const created = text(extra(pkg, 'created'));
  const day = created === null ? null : /^(\d{4}-\d{2}-\d{2})/.exec(created);
  return {
    title: text(pkg.title),
    titleEs: text(extra(pkg, 'vmre:title_es')),
    version: text(extra(pkg, 'version')),
    date: day ? day[1] : null,
    licence: text(pkg.licenses?.[0]?.name),
    source: text(pkg.sources?.[0]?.title),
  };
}

/** A run of text and, where it differs from the page's, its language. */
export interface TextPart {
  text: string;
  lang: Lang | null;
}

/**
 * The citation as runs of text: the dataset title in the page's language where the package gives
 * it (English otherwise) and INE's name for its reports in Spanish, and screen readers should say each in its own language.
 */
export function citationParts(citation: Citation, url: string, c: MethodsContent['cite'], lang: Lang): TextPart[] {
  const own = (text: string): TextPart => ({ text, lang: null });
  const foreign = (text: string, textLang: Lang): TextPart => ({ text, lang: textLang === lang ? null : textLang });
  const parts: TextPart[] = [];
  if (lang === 'es' && citation.titleEs) parts.push(own(citation.titleEs), own('. '));
  else if (citation.title) parts.push(foreign(citation.title, 'en'), own('. '));
  const edition = [
    citation.version ? c.version(citation.version) : null,
    citation.date ? formatDate(citation.date, lang) : null,
  ].filter((p) => p !== null);
  if (edition.length > 0) parts.push(own(`${edition.join(', ')}. `));
  if (url) parts.push(own(`${url}. `));
  parts.push(own(`${c.figures} `));
  parts.push(citation.source ? foreign(citation.source, 'es') : own(c.defaultSource), own('.'));
  if (citation.licence) parts.push(own(` ${c.licence(citation.licence)}`));
  return parts;
}
