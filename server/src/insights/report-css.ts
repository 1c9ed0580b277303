/** The HTML report's whole style sheet: readable on screen, in a dark editor and on paper. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --bar: #3b6fb6; --bar2: #9db8de; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --bar: #6ea0e6; --bar2: #3b5a85; } }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid var(--line); } h3 { font-size: 15px; }
header p, figcaption, .note { color: var(--muted); }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: color-mix(in srgb, var(--line) 35%, transparent); }
table.incidents td:nth-child(n+5) { text-align: right; white-space: nowrap; }
a { color: var(--bar); }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; } figcaption { font-size: 12px; }
svg.chart { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg.chart .label, svg.chart .note { fill: var(--fg); } svg.chart .note { fill: var(--muted); }
svg.chart .median { fill: var(--bar); } svg.chart .p90 { fill: var(--bar2); }
.pair { display: flex; flex-wrap: wrap; gap: 24px; }
@media print {
  body { margin: 0; font-size: 11px; }
  a { color: inherit; text-decoration: none; }
  section { break-inside: auto; } figure, tr { break-inside: avoid; } h2, h3 { break-after: avoid; }
}
`;
