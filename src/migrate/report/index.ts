export { buildReport, type BuildReportInput } from './build-report';
export { reportHtml, type ReportHtmlOptions } from './report-html';
export { reportView, type ReportView, type ReportViewRow } from './report-view';
export { reportWarningKinds, type WarningKind } from './warning-kinds';
export { collectDangling, DANGLING_LINK } from './collect-dangling';
export { countWarnings } from './count-warnings';
export { fileHref, webHref } from './safe-href';
export { showControls } from './show-controls';
