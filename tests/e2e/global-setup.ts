import { markLayoutRun } from './layout-gate';

/** Before the suite: the layout gate's summary will count only this run's rows. */
export default function globalSetup(): void {
  markLayoutRun();
}
