/**
 * The stylesheet of `report.html`: system fonts, light and dark schemes from
 * `prefers-color-scheme`, a sticky table header, tabular figures, six kind colours that read on
 * both backgrounds. Inline in the page (allowed by its hash in the page's CSP).
 */
export const reportStyle = `
:root { color-scheme: light dark; --bg: #fbfbfa; --fg: #1d1f23; --muted: #5d6470; --line: #e3e4e8; --panel: #ffffff; --head: #f3f4f6;
  --accent: #2357c6; --good: #1a7f37; --bad: #c62828; --warn: #9a6700;
  --k0: #7c4dff; --k1: #0b8a8a; --k2: #d9467a; --k3: #c62828; --k4: #b7791f; --k5: #2563eb; --kother: #8b93a1; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121417; --fg: #e7e9ed; --muted: #9aa3b2; --line: #2b3038; --panel: #191c21; --head: #20242a;
    --accent: #7aa7ff; --good: #4ac26b; --bad: #ff7b72; --warn: #e3b341;
    --k0: #a78bfa; --k1: #2dd4bf; --k2: #f472b6; --k3: #f87171; --k4: #facc15; --k5: #60a5fa; --kother: #8b93a1; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 1280px; margin: 0 auto; padding: 28px 24px 64px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 1.15rem; margin: 36px 0 12px; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
code, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.86em; }
.meta { color: var(--muted); margin: 0; }
.groups { display: flex; flex-wrap: wrap; gap: 12px; margin: 22px 0 0; }
.group { flex: 1 1 auto; background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px 14px; }
.group h3 { margin: 0 0 8px; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; }
.group dl { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; }
.group dt { color: var(--muted); font-size: 0.8rem; }
.group dd { margin: 0; font-size: 1.55rem; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.25; }
.group .good dd { color: var(--good); } .group .bad dd { color: var(--bad); } .group .warn dd { color: var(--warn); }
.chart-panel { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 16px 36px; }
.kinds { list-style: none; padding: 4px 0 0; margin: 0; display: flex; flex-direction: column; gap: 6px; color: var(--muted); min-width: 220px; }
.kinds li { display: flex; align-items: center; }
.kinds b { margin-left: auto; padding-left: 16px; }
.kinds b { color: var(--fg); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 6px; background: currentColor; }
.kind-0 .swatch, .kind-0 rect { color: var(--k0); fill: var(--k0); } .kind-1 .swatch, .kind-1 rect { color: var(--k1); fill: var(--k1); }
.kind-2 .swatch, .kind-2 rect { color: var(--k2); fill: var(--k2); } .kind-3 .swatch, .kind-3 rect { color: var(--k3); fill: var(--k3); }
.kind-4 .swatch, .kind-4 rect { color: var(--k4); fill: var(--k4); } .kind-5 .swatch, .kind-5 rect { color: var(--k5); fill: var(--k5); }
.kind-other .swatch, .kind-other rect { color: var(--kother); fill: var(--kother); }
.chart { display: block; max-width: 100%; height: auto; }
.chart text { fill: var(--fg); font: 13px ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
.chart .count { fill: var(--muted); font-family: system-ui, sans-serif; }
.chart .bar { cursor: pointer; } .chart .bar:hover rect { opacity: 0.8; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.controls { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: 10px; }
.controls label { display: flex; flex-direction: column; font-size: 0.8rem; color: var(--muted); gap: 3px; }
input, select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 7px; padding: 5px 9px; }
input[type=search] { width: 280px; }
button { cursor: pointer; } button:disabled { opacity: 0.45; cursor: default; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.status { color: var(--muted); font-size: 0.9rem; margin: 6px 0; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 10px; background: var(--panel); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { padding: 7px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--head); font-weight: 600; font-size: 0.82rem; white-space: nowrap; z-index: 1; }
th button { border: 0; background: none; padding: 0; font-weight: 600; color: inherit; }
th[aria-sort=ascending] button::after { content: " ▲"; font-size: 0.7em; }
th[aria-sort=descending] button::after { content: " ▼"; font-size: 0.7em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:hover { background: color-mix(in srgb, var(--accent) 5%, transparent); }
.title { font-weight: 560; }
.untitled { color: var(--muted); font-style: italic; }
td.item { min-width: 17rem; }
.links { display: grid; grid-template-columns: auto 1fr; gap: 1px 6px; font-size: 0.8rem; color: var(--muted); max-width: 560px; margin-top: 2px; }
.links .mono { overflow-wrap: anywhere; }
.toggle { border: 0; background: none; padding: 0 4px 0 0; color: var(--muted); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.78rem; font-weight: 600; border: 1px solid currentColor; }
.badge.converted { color: var(--good); } .badge.failed { color: var(--bad); } .badge.unchanged { color: var(--muted); }
tr.detail td { background: var(--head); }
.detail ul { margin: 0; padding-left: 18px; }
.detail li { margin: 2px 0; overflow-wrap: anywhere; }
.detail .path { color: var(--muted); }
.error { color: var(--bad); }
.error-line { font-size: 0.82rem; margin-top: 2px; }
.pager { display: flex; gap: 8px; align-items: center; margin-top: 10px; }
.list td:first-child { overflow-wrap: anywhere; }
.item-ref { border: 0; background: none; padding: 0; color: var(--accent); text-align: left; }
.item-ref:hover { text-decoration: underline; }
.id { color: var(--muted); font-size: 0.8rem; margin-left: 6px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
noscript p { color: var(--warn); }
@media (max-width: 640px) { main { padding: 18px 12px 40px; } input[type=search] { width: 100%; } .controls label:first-child { flex: 1 1 100%; } }
@media print { .controls, .pager, .toggle { display: none; } thead th { position: static; } }
`;
