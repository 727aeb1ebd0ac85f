/** The few looks the charts share, as recharts props (it draws SVG, so Tailwind classes do not reach inside). */
export const axisTick = { fontSize: 12, fill: '#78716c' } as const;
export const gridStroke = '#e7e5e4';
export const tooltipStyle = { borderRadius: 6, borderColor: '#d6d3d1', fontSize: 13 } as const;
/** Recharts colours a tooltip's lines like their series, too faint to read for light fills and white strokes. */
export const tooltipItemStyle = { color: '#292524' } as const;
/** As many date labels as fit under a chart on a phone. */
export const MAX_TICKS = 6;

/**
 * Shared by every chart. The y axis reserves more width than its short labels need; pulled left, the plot gets it
 * back, which counts on a phone. Recharts' own keyboard layer is off: the chart sits in a role="img" named by its
 * summary, and the data table beside it is the way to read the numbers without seeing them.
 */
export const chartProps = { margin: { top: 8, right: 8, bottom: 0, left: -16 }, accessibilityLayer: false } as const;
