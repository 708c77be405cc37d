/**
 * The page's one state object: what the reader is looking at, mirrored in
 * the URL. It decodes the address once, encodes it once, owns the history
 * (push, replace, back and forward), and changes only through its intent
 * methods (`selectCountry`, `setMeasure`, …), each of which applies the
 * fallback rules and says what it changed. Views read it and call its
 * methods; nothing is written back into it.
 *
 * Built from a URL string, without `window`, so the page can be rendered
 * anywhere; `connect` attaches it to a browser's history.
 */
import type { CountryCode, EntityCode, Measure, PlaceKind, Process } from '../data/schema';
import { PROCESSES } from '../data/schema';
import type { Lang } from '../i18n/translate';
import type { History } from './history';
import { reconcile, type DataFacts, type Notice } from './rules';
import { formatWhere, type DataFilter, type DataTableName } from './dataQuery';
import {
  decodeHref,
  encodeHref,
  linkTo,
  MAX_PLACES,
  type CoverageMode,
  type Embed,
  type EmbedFlag,
  type Multiples,
  type MultiplesScale,
  type MultiplesSort,
  type Page,
  type RankKind,
  type RankSort,
  type Theme,
  type UrlState,
  type Zoom,
} from './url';

export interface ShownNotice {
  id: number;
  notice: Notice;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class ExplorerState {
  // One signal per field, so a view recomputes only when what it reads changed. Private: views read the
  // getters and change the state through the methods below, never by assignment.
  #href = $state('');
  #page = $state<Page>('explore');
  #embed = $state<Embed | null>(null);
  #flags = $state.raw<readonly EmbedFlag[]>([]);
  #lang = $state<Lang>('es');
  #theme = $state<Theme>('auto');
  #process = $state<Process>('2023-2024');
  #measure = $state<Measure>('received');
  #countries = $state.raw<readonly CountryCode[]>([]);
  #entities = $state.raw<readonly EntityCode[]>([]);
  #regions = $state.raw<readonly string[]>([]);
  /** Bumped when the data arrives, so the effective country list reads the regions' members. */
  #factsVersion = $state(0);
  #zoom = $state<Zoom>('world');
  #compare = $state.raw<readonly Process[]>(PROCESSES);
  #coverage = $state<CoverageMode>('all');
  #multiples = $state<Multiples>('entity');
  #sort = $state<MultiplesSort>('level');
  #scale = $state<MultiplesScale>('shared');
  #rank = $state<RankKind>('country');
  #ranksort = $state<RankSort>('level');
  #table = $state<DataTableName>('by_country');
  #where = $state.raw<readonly DataFilter[]>([]);
  #group = $state.raw<readonly string[]>([]);
  #order = $state('');
  #notices = $state.raw<readonly ShownNotice[]>([]);

  #facts: DataFacts | null = null;
  #history: History | null = null;
  #nextNotice = 0;

  /** `href`: the page's address, absolute. */
  constructor(href: string) {
    this.#href = href;
    this.#apply(decodeHref(href).state);
  }

  get href(): string {
    return this.#href;
  }
  get page(): Page {
    return this.#page;
  }
  get embed(): Embed | null {
    return this.#embed;
  }
  /** The embed's render flags (plain, static, transparent); empty outside an embed. */
  get flags(): readonly EmbedFlag[] {
    return this.#flags;
  }
  get lang(): Lang {
    return this.#lang;
  }
  get theme(): Theme {
    return this.#theme;
  }
  get process(): Process {
    return this.#process;
  }
  get measure(): Measure {
    return this.#measure;
  }
  /** Every selected country, in the order chosen. */
  get countries(): readonly CountryCode[] {
    return this.#countries;
  }
  get entities(): readonly EntityCode[] {
    return this.#entities;
  }
  /** Selected UN M49 regions or sub-regions (M49 codes). */
  get regions(): readonly string[] {
    return this.#regions;
  }
  /** The region the views show: the first selected. */
  get region(): string | null {
    return this.#regions[0] ?? null;
  }
  /**
   * The countries the selection stands for: those selected one by one, then every member of the
   * selected regions, each once. What the views sum, whether the reader picked countries or a region.
   */
  get selectedCountries(): readonly CountryCode[] {
    void this.#factsVersion;
    if (this.#regions.length === 0 || this.#facts?.regionMembers === undefined) return this.#countries;
    const members = this.#regions.flatMap((code) => this.#facts!.regionMembers!(code));
    return [...this.#countries, ...members].filter((code, i, all) => all.indexOf(code) === i);
  }
  /** The country the views show: the first selected (the views show one place of each kind). */
  get country(): CountryCode | null {
    return this.#countries[0] ?? null;
  }
  get entity(): EntityCode | null {
    return this.#entities[0] ?? null;
  }
  get zoom(): Zoom {
    return this.#zoom;
  }
  get compare(): readonly Process[] {
    return this.#compare;
  }
  get coverage(): CoverageMode {
    return this.#coverage;
  }
  get multiples(): Multiples {
    return this.#multiples;
  }
  get sort(): MultiplesSort {
    return this.#sort;
  }
  get scale(): MultiplesScale {
    return this.#scale;
  }
  get rank(): RankKind {
    return this.#rank;
  }
  get ranksort(): RankSort {
    return this.#ranksort;
  }
  get table(): DataTableName {
    return this.#table;
  }
  get where(): readonly DataFilter[] {
    return this.#where;
  }
  get group(): readonly string[] {
    return this.#group;
  }
  get order(): string {
    return this.#order;
  }
  get notices(): readonly ShownNotice[] {
    return this.#notices;
  }

  /** The whole state as one plain object. */
  get current(): UrlState {
    return {
      page: this.#page,
      embed: this.#embed,
      flags: this.#flags,
      lang: this.#lang,
      theme: this.#theme,
      process: this.#process,
      measure: this.#measure,
      countries: this.#countries,
      entities: this.#entities,
      regions: this.#regions,
      zoom: this.#zoom,
      compare: this.#compare,
      coverage: this.#coverage,
      multiples: this.#multiples,
      table: this.#table,
      where: this.#where,
      group: this.#group,
      order: this.#order,
      sort: this.#sort,
      scale: this.#scale,
      rank: this.#rank,
      ranksort: this.#ranksort,
    };
  }

  /**
   * Follows a browser's history from now on: back and forward re-read the address. Returns how to stop.
   */
  connect(history: History): () => void {
    this.#history = history;
    if (history.href !== this.#href) this.#read(history.href);
    const stop = history.listen(() => this.#read(history.href));
    return () => {
      stop();
      if (this.#history === history) this.#history = null;
    };
  }

  /**
   * The data has loaded: codes can now be checked against it and the fallback rules applied. What the
   * address asked for and cannot be shown is said once, here.
   */
  useData(facts: DataFacts): void {
    this.#facts = facts;
    const { state, rejected } = decodeHref(this.#href, facts.known);
    const ruled = reconcile(state, facts);
    const said = rejected.map((r): Notice =>
      r.places
        ? { kind: 'placesDropped', param: r.param, dropped: r.places }
        : r.reason === 'embedOnly'
          ? { kind: 'embedOnly', param: r.param, value: r.value }
          : { kind: 'rejected', param: r.param, value: r.value },
    );
    this.#notify([...said, ...ruled.notices]);
    this.#apply(ruled.state);
    this.#factsVersion++;
  }

  /**
   * A link to this state changed by `patch`. By default absolute and clean (only the state's parameters:
   * for sharing, embedding, printing); `keepForeign` keeps the other parameters of the address (an
   * article's `utm_*`), for links within the page.
   */
  link(patch: Partial<UrlState> = {}, options: { keepForeign?: boolean } = {}): string {
    return linkTo(this.#href, { ...this.current, ...patch }, options);
  }

  navigate(page: Page): void {
    this.#commit({ page });
  }

  /** The language changes the words, not the view: it replaces the history entry instead of adding one. */
  setLang(lang: Lang): void {
    this.#commit({ lang }, 'replace');
  }

  /** Like the language, the theme changes the look, not the view: it replaces the history entry. */
  setTheme(theme: Theme): void {
    this.#commit({ theme }, 'replace');
  }

  setProcess(process: Process): void {
    this.#commit({ process });
  }

  setMeasure(measure: Measure): void {
    this.#commit({ measure });
  }

  setZoom(zoom: Zoom): void {
    this.#commit({ zoom });
  }

  /** Selects one place of a kind in place of the current ones; null clears the kind. A country replaces a region. */
  select(kind: PlaceKind, code: string | null): void {
    if (kind === 'country') this.#commit({ countries: code === null ? [] : [code], regions: [] });
    else this.#commit({ entities: code === null ? [] : [code] });
  }

  /** Selects a UN M49 region or sub-region in place of the selected countries; null clears it. */
  selectRegion(code: string | null): void {
    this.#commit({ regions: code === null ? [] : [code], countries: [] });
  }

  selectCountry(code: CountryCode | null): void {
    this.select('country', code);
  }

  selectEntity(code: EntityCode | null): void {
    this.select('entity', code);
  }

  /** Adds a place to the selection, or takes it out if it is there; at most MAX_PLACES of a kind. */
  toggle(kind: PlaceKind, code: string): void {
    const list = kind === 'country' ? this.#countries : this.#entities;
    if (!list.includes(code) && list.length >= MAX_PLACES) {
      this.#notify([{ kind: 'selectionFull', place: kind, code }]);
      return;
    }
    const next = list.includes(code) ? list.filter((c) => c !== code) : [...list, code];
    this.#commit({ [kind === 'country' ? 'countries' : 'entities']: next });
  }

  /** Adds a place to the selection, where it is not already (the search box's way); at most MAX_PLACES of a kind. */
  add(kind: PlaceKind, code: string): void {
    const list = kind === 'country' ? this.#countries : this.#entities;
    if (!list.includes(code)) this.toggle(kind, code);
  }

  /** Clears every selected country, entity and region at once. */
  clearSelection(): void {
    this.#commit({ countries: [], entities: [], regions: [] });
  }

  /** Adds a region to the selection (the search box's way), beside any countries picked. */
  addRegion(code: string): void {
    if (!this.#regions.includes(code)) this.#commit({ regions: [...this.#regions, code] });
  }

  /** Takes one region out of the selection. */
  deselectRegion(code: string): void {
    this.#commit({ regions: this.#regions.filter((c) => c !== code) });
  }

  /** Takes one place out of the selection. */
  deselect(kind: PlaceKind, code: string): void {
    const list = kind === 'country' ? this.#countries : this.#entities;
    this.#commit({ [kind === 'country' ? 'countries' : 'entities']: list.filter((c) => c !== code) });
  }

  /** Adds or removes a process from the comparison; at least two stay compared. */
  setCompared(process: Process, on: boolean): void {
    const next = PROCESSES.filter((p) => (p === process ? on : this.#compare.includes(p)));
    if (next.length >= 2) this.#commit({ compare: next });
  }

  setCoverage(coverage: CoverageMode): void {
    this.#commit({ coverage });
  }

  setMultiples(multiples: Multiples): void {
    this.#commit({ multiples });
  }

  setSort(sort: MultiplesSort): void {
    this.#commit({ sort });
  }

  setScale(scale: MultiplesScale): void {
    this.#commit({ scale });
  }

  setRank(rank: RankKind): void {
    this.#commit({ rank });
  }

  setRankSort(ranksort: RankSort): void {
    this.#commit({ ranksort });
  }

  /** The data view's query (and the page, to open it); a new table starts from no filter, group or sort. */
  setDataQuery(query: Partial<Pick<UrlState, 'page' | 'table' | 'where' | 'group' | 'order'>>): void {
    const fresh = query.table !== undefined && query.table !== this.#table;
    this.#commit(fresh ? { where: [], group: [], order: '', ...query } : query);
  }

  dismissNotice(id: number): void {
    this.#notices = this.#notices.filter((n) => n.id !== id);
  }

  /** Back or forward: the address decides, and nothing is announced again. */
  #read(href: string) {
    this.#href = href;
    const { state } = decodeHref(href, this.#facts?.known);
    this.#apply(this.#facts ? reconcile(state, this.#facts).state : state);
  }

  #commit(patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') {
    let next: UrlState = { ...this.current, ...patch };
    if (this.#facts) {
      const ruled = reconcile(next, this.#facts);
      this.#notify(ruled.notices);
      next = ruled.state;
    }
    this.#apply(next);
    const href = encodeHref(this.#href, next);
    if (href === this.#href) return;
    this.#href = href;
    if (mode === 'push') this.#history?.push(href);
    else this.#history?.replace(href);
  }

  /** Writes only the fields that changed, so readers of the others are not woken. */
  #apply(s: UrlState) {
    if (this.#page !== s.page) this.#page = s.page;
    if (this.#embed !== s.embed) this.#embed = s.embed;
    if (!sameList(this.#flags, s.flags)) this.#flags = s.flags;
    if (this.#lang !== s.lang) this.#lang = s.lang;
    if (this.#theme !== s.theme) this.#theme = s.theme;
    if (this.#process !== s.process) this.#process = s.process;
    if (this.#measure !== s.measure) this.#measure = s.measure;
    if (!sameList(this.#countries, s.countries)) this.#countries = s.countries;
    if (!sameList(this.#entities, s.entities)) this.#entities = s.entities;
    if (!sameList(this.#regions, s.regions)) this.#regions = s.regions;
    if (this.#zoom !== s.zoom) this.#zoom = s.zoom;
    if (!sameList(this.#compare, s.compare)) this.#compare = s.compare;
    if (this.#coverage !== s.coverage) this.#coverage = s.coverage;
    if (this.#multiples !== s.multiples) this.#multiples = s.multiples;
    if (this.#sort !== s.sort) this.#sort = s.sort;
    if (this.#scale !== s.scale) this.#scale = s.scale;
    if (this.#rank !== s.rank) this.#rank = s.rank;
    if (this.#ranksort !== s.ranksort) this.#ranksort = s.ranksort;
    if (this.#table !== s.table) this.#table = s.table;
    if (formatWhere(this.#where) !== formatWhere(s.where)) this.#where = s.where;
    if (!sameList(this.#group, s.group)) this.#group = s.group;
    if (this.#order !== s.order) this.#order = s.order;
  }

  /** Adds notices not already shown: the same fallback met twice is said once. */
  #notify(notices: readonly Notice[]) {
    const shown = this.#notices.map((n) => JSON.stringify(n.notice));
    const fresh = notices.filter((n) => !shown.includes(JSON.stringify(n)));
    if (fresh.length === 0) return;
    this.#notices = [...this.#notices, ...fresh.map((notice) => ({ id: this.#nextNotice++, notice }))];
  }
}
