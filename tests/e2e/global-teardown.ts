import { writeLayoutSummary } from './layout-gate';

/** After the suite: the layout gate's figures, added up across the walks that ran. */
export default function globalTeardown(): void {
  writeLayoutSummary();
}
