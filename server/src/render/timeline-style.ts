/**
 * The timeline's look, in one place: the CLI embeds it in a standalone SVG and the webview loads it
 * with its nonce. Colours are VS Code theme variables, so light, dark and high-contrast themes
 * apply by themselves; the fallbacks are what a wiki shows.
 */
export const TIMELINE_CSS = `
.pm-timeline { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 11px; }
.pm-timeline text { fill: var(--vscode-foreground, #333); }
.pm-timeline .background { fill: var(--vscode-editor-background, #fff); }
.pm-timeline .lane-label { font-weight: 600; font-size: 12px; }
.pm-timeline .lane-line, .pm-timeline .axis-line { stroke: var(--vscode-editorWidget-border, #999); stroke-width: 1; }
.pm-timeline .tick line { stroke: var(--vscode-editorWidget-border, #999); }
.pm-timeline .tick text, .pm-timeline .break text { fill: var(--vscode-descriptionForeground, #666); font-size: 10px; }
.pm-timeline .break path { stroke: var(--vscode-descriptionForeground, #666); fill: none; }
.pm-timeline .phase { stroke: none; }
.pm-timeline .phase-impact { fill: var(--vscode-charts-red, #e51400); fill-opacity: 0.10; }
.pm-timeline .phase-detecting { fill: var(--vscode-charts-yellow, #bf8803); fill-opacity: 0.30; }
.pm-timeline .phase-mitigating { fill: var(--vscode-charts-orange, #d18616); fill-opacity: 0.30; }
.pm-timeline .phase-recovering { fill: var(--vscode-charts-green, #388a34); fill-opacity: 0.30; }
.pm-timeline .silence { fill: var(--vscode-charts-purple, #652d90); fill-opacity: 0.06; stroke: var(--vscode-charts-purple, #652d90); stroke-dasharray: 3 3; }
.pm-timeline .bracket path { stroke: var(--vscode-foreground, #333); fill: none; }
.pm-timeline .bracket text { font-size: 10px; }
.pm-timeline .mark circle { fill: var(--vscode-charts-blue, #1a85ff); stroke: var(--vscode-editor-background, #fff); stroke-width: 1.5; }
.pm-timeline .mark.has-milestone circle { fill: var(--vscode-charts-foreground, #333); }
.pm-timeline .mark.has-problem circle { fill: var(--vscode-editorError-foreground, #e51400); }
.pm-timeline .mark { cursor: pointer; outline: none; }
.pm-timeline .mark:focus circle, .pm-timeline .mark.selected circle { stroke: var(--vscode-focusBorder, #0090f1); stroke-width: 3; }
.pm-timeline .milestone { font-size: 10px; font-style: italic; }
.pm-timeline .problem { fill: var(--vscode-editorError-foreground, #e51400); }
`;
