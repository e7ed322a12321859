/**
 * coverage.py refuses to report on nothing ("No data to report."); so do we.
 * A report with no files, or whose files hold no executable line, would
 * otherwise read as 0 of 0 = 100% and pass every gate.
 */
import { InputError } from './errors.js';
import type { CoverageReport } from './model.js';

export function refuseEmptyReport(report: CoverageReport): CoverageReport {
  if (report.files.size === 0) {
    throw new InputError(report.source, 'no data to report: the report lists no files');
  }
  for (const file of report.files.values()) if (file.statements > 0) return report;
  const unit = report.format === 'coverage.py' ? 'statements' : 'lines';
  const files =
    report.files.size === 1 ? 'its one file has' : `its ${report.files.size} files have`;
  throw new InputError(report.source, `no data to report: ${files} no executable ${unit}`);
}
