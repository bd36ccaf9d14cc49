import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NEUTRAL_SERIES_COLOR, SERIES_COLORS, ringColor, versionColor } from "./palette";

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** Björn Ottosson's OKLab: Euclidean distance there tracks how different two colours look. */
function oklab(hex: string): number[] {
  const [r, g, b] = channels(hex).map(linear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
const distance = (a: string, b: string) => Math.hypot(...oklab(a).map((v, i) => v - oklab(b)[i]));

const CARD_LIGHT = "#ffffff";
const CARD_DARK = "#0f172a";
/** Below about 0.1 in OKLab two hues start to read as "the same colour" in a small legend swatch. */
const DISTINCT_RINGS = 0.12;
const DISTINCT_ANY = 0.08;
const TYPICAL_RINGS = 5;

describe("series palette", () => {
  it("every colour keeps 3:1 against the cards of both themes", () => {
    for (const color of [...SERIES_COLORS, NEUTRAL_SERIES_COLOR]) {
      expect(contrast(color, CARD_LIGHT), color).toBeGreaterThanOrEqual(3);
      expect(contrast(color, CARD_DARK), color).toBeGreaterThanOrEqual(3);
    }
  });

  it("the rings of a 3 to 5 ring setup never get near-identical colours", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 3, maxLength: TYPICAL_RINGS }), (rings) => {
        const colors = rings.map((ring) => ringColor(ring, rings));
        for (let i = 0; i < colors.length; i++)
          for (let j = i + 1; j < colors.length; j++) expect(distance(colors[i], colors[j])).toBeGreaterThanOrEqual(DISTINCT_RINGS);
      }),
    );
  });

  it("no two colours of the palette are near-identical", () => {
    for (let i = 0; i < SERIES_COLORS.length; i++)
      for (let j = i + 1; j < SERIES_COLORS.length; j++) expect(distance(SERIES_COLORS[i], SERIES_COLORS[j])).toBeGreaterThanOrEqual(DISTINCT_ANY);
  });

  it("a ring keeps its colour however a chart orders or filters its series", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 8 }), fc.nat(), (order, pick) => {
        const ring = order[pick % order.length];
        const shown = [...order].reverse().filter((r) => r === ring || r.length % 2 === 0);
        const colorsIn = (series: string[]) => new Map(series.map((r) => [r, ringColor(r, order)]));
        expect(colorsIn(shown).get(ring)).toBe(ringColor(ring, order));
      }),
    );
  });

  it("a version's colour depends on the version string only", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 16 }), { minLength: 1 }), (versions) => {
        const forward = versions.map(versionColor);
        const backward = [...versions].reverse().map(versionColor).reverse();
        expect(backward).toEqual(forward);
        for (const color of forward) expect(SERIES_COLORS).toContain(color);
      }),
    );
    expect(versionColor("7.12.0")).toBe(versionColor("7.12.0"));
  });
});
