// The authority's wards as SVG paths, projected from the shipped 2025 ONS boundaries
// (reference-data/middlesbrough_wards_2025.geojson), and shading in five classes.
import fs from 'node:fs'
import path from 'node:path'
import { REFERENCE_DIR } from '../../reference/reference-files.ts'

type Ring = Array<[number, number]>
interface Feature {
  properties: { ward_code: string; ward_name: string }
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }
}

export interface WardShape {
  code: string
  name: string
  path: string
  labelX: number
  labelY: number
}

let cached: { width: number; height: number; wards: WardShape[] } | undefined

export function wardShapes(): { width: number; height: number; wards: WardShape[] } {
  if (cached) return cached
  const geo = JSON.parse(
    fs.readFileSync(path.join(REFERENCE_DIR, 'middlesbrough_wards_2025.geojson'), 'utf8'),
  ) as { features: Feature[] }
  const polygons = (f: Feature): Ring[][] =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
  const all = geo.features.flatMap((f) => polygons(f).flat(3) as unknown as number[])
  const lons = all.filter((_, i) => i % 2 === 0)
  const lats = all.filter((_, i) => i % 2 === 1)
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ]
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const width = 600
  const scale = width / ((maxLon - minLon) * k)
  const height = Math.round((maxLat - minLat) * scale)
  const project = ([lon, lat]: [number, number]): [number, number] => [
    Math.round((lon - minLon) * k * scale * 10) / 10,
    Math.round((maxLat - lat) * scale * 10) / 10,
  ]
  const wards = geo.features
    .map((f) => {
      const rings = polygons(f)
      const d = rings
        .map((polygon) =>
          polygon.map((ring) => `M${ring.map((p) => project(p).join(',')).join('L')}Z`).join(''),
        )
        .join('')
      // Label at the centre of the largest ring's bounding box.
      const largest = rings.map((p) => p[0] ?? []).sort((a, b) => b.length - a.length)[0] ?? []
      const pts = largest.map(project)
      const xs = pts.map((p) => p[0])
      const ys = pts.map((p) => p[1])
      return {
        code: f.properties.ward_code,
        name: f.properties.ward_name,
        path: d,
        labelX: Math.round(((Math.min(...xs) + Math.max(...xs)) / 2) * 10) / 10,
        labelY: Math.round(((Math.min(...ys) + Math.max(...ys)) / 2) * 10) / 10,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  cached = { width, height, wards }
  return cached
}

/** Five light-to-dark blues; text on the map is not used, so contrast is against the white page. */
export const SHADES = ['#d2e2f1', '#9cc3e4', '#5694ca', '#1d70b8', '#003078'] as const
export const NO_DATA = '#f3f2f1'

/** Class boundaries by equal intervals from zero to the highest value (stable year to year). */
export function shadeClasses(values: number[]): Array<{ from: number; to: number; colour: string }> {
  const max = Math.max(0, ...values)
  const step = max / SHADES.length || 1
  return SHADES.map((colour, i) => ({ from: i * step, to: (i + 1) * step, colour }))
}

export function shadeFor(
  value: number | null,
  classes: Array<{ from: number; to: number; colour: string }>,
): string {
  if (value === null) return NO_DATA
  const found = classes.find((c) => value <= c.to)
  return found?.colour ?? classes.at(-1)?.colour ?? NO_DATA
}
