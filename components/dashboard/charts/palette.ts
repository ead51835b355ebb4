/** Series colours: distinct in hue and lightness, each at least 3:1 against white (WCAG 1.4.11). */
export const SERIES_COLOURS = ["#1d4ed8", "#b45309", "#15803d", "#7e22ce", "#be123c"] as const;
