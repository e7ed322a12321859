/**
 * The push per component: each component's own history (the entries that
 * carry it; a component renamed or added later starts fresh), its pace over
 * the same window and its ETA to its `target-coverage`, by the total's rules.
 */
import type { HistoryEntry } from '../report/history.js';
import type { ComponentRow } from './components.js';
import { type Eta, type Pace, type TrendOptions, type TrendView, trendView } from './pace.js';

export interface ComponentTrend {
  name: string;
  /** The newest history point's percent for the component. */
  now: number;
  target: number | null;
  pace: Pace;
  eta: Eta | null;
}

export function componentTrends(
  history: readonly HistoryEntry[],
  rows: readonly ComponentRow[],
  options: TrendOptions,
): ComponentTrend[] {
  const trends: ComponentTrend[] = [];
  for (const row of rows) {
    const own: HistoryEntry[] = [];
    for (const entry of history) {
      const point = entry.components?.[row.name];
      if (point) own.push({ commit: entry.commit, time: entry.time, run: entry.run, ...point });
    }
    const view = trendView(own, row.target ?? null, null, options);
    if (view) {
      trends.push({
        name: row.name,
        now: view.now,
        target: view.target,
        pace: view.pace,
        eta: view.eta,
      });
    }
  }
  return trends;
}

/** The push view of the total, with the components' rows when there are components with a history. */
export function pushView(
  history: readonly HistoryEntry[],
  target: number | null,
  pullRequestPercent: number | null,
  components: readonly ComponentRow[] | undefined,
  options: TrendOptions,
): TrendView | null {
  const view = trendView(history, target, pullRequestPercent, options);
  const trends = componentTrends(history, components ?? [], options);
  if (view && trends.length) view.components = trends;
  return view;
}
