/**
 * The maps' geometry as the page sees it: each file fetched once, on the
 * first request, its state (loading, ready, or the file that failed) kept
 * for whichever view draws it. The root starts the requests alongside the
 * data, so the maps do not wait for validation before their shapes arrive.
 */
import { GeometryLoadError, geometryPath, type GeometryState, type MapGeometry, type MapName } from './geometry';

/** One map's state, its own signal: the world map arriving does not wake the Mexico map. */
class Slot {
  // Raw: a geometry is replaced whole, never mutated, and proxying thousands of coordinates would be waste.
  value = $state.raw<GeometryState>({ state: 'loading' });
}

export class Geometries {
  readonly #slots: Record<MapName, Slot> = { world: new Slot(), mexico: new Slot() };
  readonly #requested: Partial<Record<MapName, true>> = {};
  readonly #load: (name: MapName) => Promise<MapGeometry>;

  /** `ready`: geometry already parsed (the prerender, or the page before it hydrates), never fetched again. */
  constructor(load: (name: MapName) => Promise<MapGeometry>, ready: Partial<Record<MapName, MapGeometry>> = {}) {
    this.#load = load;
    for (const [name, geometry] of Object.entries(ready) as [MapName, MapGeometry][]) {
      this.#requested[name] = true;
      this.#slots[name].value = { state: 'ready', geometry };
    }
  }

  /** Starts fetching a map's geometry; asking again does nothing. */
  request(name: MapName): void {
    if (this.#requested[name]) return;
    this.#requested[name] = true;
    const slot = this.#slots[name];
    this.#load(name).then(
      (geometry) => {
        slot.value = { state: 'ready', geometry };
      },
      (error: unknown) => {
        slot.value = { state: 'error', file: error instanceof GeometryLoadError ? error.file : geometryPath(name) };
      },
    );
  }

  state(name: MapName): GeometryState {
    return this.#slots[name].value;
  }
}
