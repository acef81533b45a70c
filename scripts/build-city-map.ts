/**
 * Writes src/taskpane/generated/city-map.json: Shandong's 16 cities as SVG paths for the pane's
 * map, projected at build time so the pane ships neither GeoJSON nor a projection library.
 *
 * Source: Apache ECharts 4.9.0's province file (`echarts/map/json/province/shandong.json`, Apache
 * License 2.0), the last ECharts release that shipped Chinese boundaries. It still draws 莱芜市,
 * which became part of 济南市 in January 2019 (State Council approval of 2018-12); the two are
 * dissolved into one shape here with TopoJSON's merge, so the shared border disappears.
 *
 * Usage: npx tsx scripts/build-city-map.ts [output.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection } from "topojson-specification";
import type { Dataset } from "../src/data/types";

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, "node_modules/echarts/map/json/province/shandong.json");
const output = path.resolve(
  process.argv[2] ?? path.join(ROOT, "src/taskpane/generated/city-map.json")
);

/** The drawing's size in SVG user units; the pane scales it to its width. */
export const WIDTH = 320;
export const HEIGHT = 210;

interface EncodedGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: string[] | string[][];
  encodeOffsets: number[][] | number[][][];
}

/**
 * ECharts stores each ring as pairs of characters: code − 64, zig-zag encoded, each a delta from
 * the previous point, in 1/1024 degree, starting from the ring's offset.
 */
function decodeRing(encoded: string, offset: number[]): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

function decode(geometry: EncodedGeometry): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") {
    const rings = geometry.coordinates as string[];
    const offsets = geometry.encodeOffsets as number[][];
    return { type: "Polygon", coordinates: rings.map((r, i) => decodeRing(r, offsets[i])) };
  }
  const polygons = geometry.coordinates as string[][];
  const offsets = geometry.encodeOffsets as number[][][];
  return {
    type: "MultiPolygon",
    coordinates: polygons.map((rings, p) => rings.map((r, i) => decodeRing(r, offsets[p][i]))),
  };
}

/** The share of the source's points kept (by the area each carries). */
const KEEP = 0.12;
/** Islands smaller than this (in square user units, about a pixel) cannot be seen or clicked. */
const MIN_AREA = 1.5;

/** Cities of the source that are now part of another city. */
const MERGED_INTO: Record<string, string> = { 莱芜市: "济南市" };

export interface CityShape {
  /** The dataset's city id. */
  id: string;
  /** SVG path data in the map's user units. */
  d: string;
  /** Where the name and count are written: the centroid of the city's largest polygon. */
  label: [number, number];
}

export function buildCityMap(dataset: Dataset, source: { features: unknown[] }) {
  const raw = source.features as {
    properties: { name: string; cp: [number, number] };
    geometry: EncodedGeometry;
  }[];
  const features: Feature<Polygon | MultiPolygon, { name: string }>[] = raw.map((f) => ({
    type: "Feature",
    properties: { name: MERGED_INTO[f.properties.name] ?? f.properties.name },
    geometry: decode(f.geometry),
  }));
  // Simplified as a topology, so neighbours keep one shared border; the quantile keeps the
  // points that carry the most area, enough for a map a pane wide.
  const full = presimplify(topology({ cities: { type: "FeatureCollection", features } }, 1e5));
  const topo = simplify(full, quantile(full, KEEP));
  const objects = (topo.objects.cities as GeometryCollection<{ name: string }>).geometries;
  const byName = new Map<string, typeof objects>();
  for (const geometry of objects) {
    const name = geometry.properties!.name;
    byName.set(name, [...(byName.get(name) ?? []), geometry]);
  }
  const merged: FeatureCollection<MultiPolygon, { name: string }> = {
    type: "FeatureCollection",
    features: [...byName].map(([name, parts]) => ({
      type: "Feature",
      properties: { name },
      geometry: merge(topo, parts as never),
    })),
  };
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], merged);
  // One decimal is a tenth of a unit: finer than a pixel at any pane width.
  const draw = geoPath(projection).digits(1);
  for (const feature of merged.features) {
    feature.geometry.coordinates = feature.geometry.coordinates.filter(
      (polygon) => draw.area({ type: "Polygon", coordinates: polygon }) >= MIN_AREA
    );
  }
  const cities: CityShape[] = dataset.cities.map((city) => {
    const feature = merged.features.find((f) => f.properties.name === city.zh);
    if (!feature) throw new Error(`No boundary for ${city.zh} in ${SOURCE}`);
    // The label sits in the middle of the city's largest piece of land (not on an island or
    // at a coastal city seat, where it would run into the sea).
    const largest = feature.geometry.coordinates
      .map((polygon): Polygon => ({ type: "Polygon", coordinates: polygon }))
      .reduce((a, b) => (draw.area(a) >= draw.area(b) ? a : b));
    const [cx, cy] = draw.centroid(largest);
    const [dx, dy] = LABEL_OFFSETS[city.id] ?? [0, 0];
    const [x, y] = [cx + dx, cy + dy];
    return {
      id: city.id,
      d: draw(feature)!,
      label: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    };
  });
  const unmatched = merged.features.filter(
    (f) => !dataset.cities.some((c) => c.zh === f.properties.name)
  );
  if (unmatched.length > 0)
    throw new Error(`Boundaries for no dataset city: ${unmatched.map((f) => f.properties.name)}`);
  return { width: WIDTH, height: HEIGHT, cities };
}

/**
 * Labels moved off their centroid, in map units, where neighbours' labels would touch at 320 px
 * (the English names are the widest): Binzhou and Dongying sit side by side in the north, and
 * Zibo's narrow strip puts its label on the Weifang border, under Weifang's focus ring.
 */
const LABEL_OFFSETS: Record<string, [number, number]> = {
  binzhou: [-5, 2],
  dongying: [6, 0],
  zibo: [-4, 5],
};

if (require.main === module) {
  const dataset = JSON.parse(
    readFileSync(path.join(ROOT, "src/data/clusters.json"), "utf8")
  ) as Dataset;
  const map = buildCityMap(dataset, JSON.parse(readFileSync(SOURCE, "utf8")));
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(map) + "\n");
}
