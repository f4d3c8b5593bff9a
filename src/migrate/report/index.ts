export { buildReport, type BuildReportInput } from './build-report';
export { reportHtml } from './report-html';
export { collectDangling, DANGLING_LINK } from './collect-dangling';
export { countWarnings } from './count-warnings';
