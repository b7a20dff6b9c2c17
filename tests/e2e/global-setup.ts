import { clearLayoutRows } from './layout-gate';

/** Before the suite: the layout gate's figures from an earlier run are dropped. */
export default function globalSetup(): void {
  clearLayoutRows();
}
