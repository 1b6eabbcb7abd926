import {
  control,
  divIcon,
  latLngBounds,
  map as createMap,
  GridLayer,
  marker as createMarker,
  TileLayer,
  type Control,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet';
import type { CSSResult } from 'lit';
import { leafletStyles } from './leaflet.styles.js';
import { mapOverrides } from './map-view.styles.js';

/** Leaflet's private tile bookkeeping, as the overrides below use it. */
interface TileInternals {
  _tiles: Record<string, { el: HTMLImageElement; coords: { z: number } }>;
  _tileZoom: number;
  _map: unknown;
  fire(type: string, data: unknown): void;
}

/**
 * Leaflet cancels a tile it no longer needs by pointing the image at a `data:` GIF, which a
 * page with a strict Content-Security-Policy (no `data:` in `img-src`) reports as a violation.
 * Removing the `src` attribute cancels the download just as well, without one.
 */
const CspSafeTileLayer = TileLayer.extend({
  _removeTile(this: TileInternals, key: string) {
    const tile = this._tiles[key];
    if (!tile) return;
    tile.el.removeAttribute('src');
    return (GridLayer.prototype as unknown as { _removeTile(k: string): void })._removeTile.call(
      this,
      key,
    );
  },
  _abortLoading(this: TileInternals) {
    for (const [key, { el, coords }] of Object.entries(this._tiles)) {
      if (coords.z === this._tileZoom) continue;
      el.onload = () => false;
      el.onerror = () => false;
      if (el.complete) continue;
      el.removeAttribute('src');
      el.remove();
      delete this._tiles[key];
      this.fire('tileabort', { tile: el, coords });
    }
  },
  _tileReady(this: TileInternals, coords: unknown, error: unknown, tile?: HTMLImageElement) {
    // A cancelled tile (no `src`) is not "ready"; Leaflet checked for its `data:` GIF here.
    if (!this._map || (tile && !tile.hasAttribute('src'))) return;
    return (
      GridLayer.prototype as unknown as { _tileReady(...a: unknown[]): void }
    )._tileReady.call(this, coords, error, tile);
  },
}) as unknown as new (url: string, options: { minZoom: number; maxZoom: number }) => TileLayer;

/**
 * The locator's optional map, a separate chunk loaded with `import()` only when a resident asks
 * for it: Leaflet with the Dutch government's base map. It knows nothing of locations or
 * languages; the element hands it numbered points with ready-made labels and texts.
 */

/** Leaflet's stylesheet and ours, for the element to adopt into its shadow root. */
export const mapViewStyles: CSSResult[] = [leafletStyles, mapOverrides];

/** One marker: the element's list item `number`, at `lat`/`lon`, named `label`. */
export interface MapPoint {
  id: string;
  number: number;
  lat: number;
  lon: number;
  /** Accessible name of the marker, starting with its number: "1. IDO Centrum, 1,2 km". */
  label: string;
}

/** Texts the map shows, in the element's language. */
export interface MapTexts {
  attribution: string;
  zoomIn: string;
  zoomOut: string;
}

export interface LocatorMapOptions {
  /** Tile URL template with `{z}`, `{x}`, `{y}`. */
  tiles: string;
  texts: MapTexts;
  /** Leave out animations (the resident prefers reduced motion). */
  reducedMotion: boolean;
  /** A marker was activated (click, Enter or Space). */
  onSelect: (id: string) => void;
}

/** The middle of the Netherlands, for a map without markers. */
const NETHERLANDS: [number, number] = [52.2, 5.3];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A Leaflet map inside `container` (which the caller labels and sizes). Markers are buttons in
 * the tab order, in list order, with the list's numbers; arrow keys pan the focused map and
 * +/- zoom (Leaflet's keyboard handler); nothing traps focus.
 */
export class LocatorMap {
  /** The Leaflet map, for tests and advanced pages. */
  readonly map: LeafletMap;
  private readonly options: LocatorMapOptions;
  private readonly markers = new Map<string, Marker>();
  private readonly attribution: Control.Attribution;
  private readonly zoom: Control.Zoom;
  private readonly resize: ResizeObserver;
  private texts: MapTexts;
  private pointsKey = '';
  private idsKey = '';
  private selected: string | undefined;

  constructor(container: HTMLElement, options: LocatorMapOptions) {
    this.options = options;
    this.texts = options.texts;
    const animate = !options.reducedMotion;
    this.map = createMap(container, {
      zoomControl: false,
      attributionControl: false,
      fadeAnimation: animate,
      zoomAnimation: animate,
      markerZoomAnimation: animate,
      minZoom: 6,
      maxZoom: 19,
    }).setView(NETHERLANDS, 7);
    new CspSafeTileLayer(options.tiles, { minZoom: 6, maxZoom: 19 }).addTo(this.map);
    this.zoom = control
      .zoom({ zoomInTitle: this.texts.zoomIn, zoomOutTitle: this.texts.zoomOut })
      .addTo(this.map);
    this.attribution = control
      .attribution({ prefix: false })
      .addAttribution(escapeHtml(this.texts.attribution))
      .addTo(this.map);
    // Leaflet only notices window resizes; the element can change size on its own.
    this.resize = new ResizeObserver(() => this.map.invalidateSize({ pan: false }));
    this.resize.observe(container);
  }

  /**
   * Shows `points` (replacing the markers when they changed) and marks `selected`. New points
   * also move the view so all of them fit.
   */
  update(points: readonly MapPoint[], selected: string | undefined): void {
    const pointsKey = JSON.stringify(points);
    if (pointsKey !== this.pointsKey) {
      this.pointsKey = pointsKey;
      for (const marker of this.markers.values()) marker.remove();
      this.markers.clear();
      for (const point of points) this.markers.set(point.id, this.addMarker(point));
      this.selected = undefined;
      const idsKey = points.map((p) => p.id).join(' ');
      if (idsKey !== this.idsKey) {
        this.idsKey = idsKey;
        this.fit(points);
      }
    }
    this.select(selected);
  }

  /** Marks one marker as chosen (or none) and, when it is outside the view, pans to it. */
  select(id: string | undefined, options: { reveal?: boolean } = {}): void {
    if (id === this.selected && !options.reveal) return;
    this.selected = id;
    for (const [key, marker] of this.markers) {
      const on = key === id;
      const icon = marker.getElement();
      icon?.classList.toggle('is-selected', on);
      icon?.setAttribute('aria-pressed', String(on));
      marker.setZIndexOffset(on ? 1000 : 0);
    }
    const chosen = id === undefined ? undefined : this.markers.get(id);
    if (chosen && options.reveal) {
      this.map.panInside(chosen.getLatLng(), {
        padding: [48, 48],
        animate: !this.options.reducedMotion,
      });
    }
  }

  /** Replaces the texts (the element's language changed). */
  setTexts(texts: MapTexts): void {
    if (texts.attribution !== this.texts.attribution) {
      this.attribution.removeAttribution(escapeHtml(this.texts.attribution));
      this.attribution.addAttribution(escapeHtml(texts.attribution));
    }
    const container = this.zoom.getContainer();
    for (const [selector, title] of [
      ['.leaflet-control-zoom-in', texts.zoomIn],
      ['.leaflet-control-zoom-out', texts.zoomOut],
    ] as const) {
      const button = container?.querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
    this.texts = texts;
  }

  /** Re-measures the container (after it was hidden). */
  refresh(): void {
    this.map.invalidateSize({ pan: false });
  }

  /** Removes the map and its listeners. */
  destroy(): void {
    this.resize.disconnect();
    this.map.remove();
    this.markers.clear();
  }

  private addMarker(point: MapPoint): Marker {
    const badge = document.createElement('span');
    badge.textContent = String(point.number);
    badge.setAttribute('aria-hidden', 'true');
    const marker = createMarker([point.lat, point.lon], {
      icon: divIcon({ className: 'ido-marker', html: badge, iconSize: [44, 44] }),
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('click', () => this.options.onSelect(point.id));
    marker.addTo(this.map);
    const icon = marker.getElement()!;
    icon.setAttribute('aria-label', point.label);
    icon.setAttribute('aria-pressed', 'false');
    // Leaflet makes the marker a focusable role=button but does not activate it from the keyboard.
    icon.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      this.options.onSelect(point.id);
    });
    return marker;
  }

  private fit(points: readonly MapPoint[]): void {
    if (points.length === 0) return;
    const bounds = latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
    this.map.fitBounds(bounds, { padding: [48, 48], maxZoom: 15, animate: false });
  }
}
