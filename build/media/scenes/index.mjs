// Scene table: one module per step, in the fixed order of the guide.
import washHands from './01-wash-hands.mjs';
import getComfortable from './02-get-comfortable.mjs';
import warmBreasts from './03-warm-breasts.mjs';
import letDown from './04-let-down.mjs';
import cHold from './05-c-hold.mjs';
import holdContainer from './06-hold-container.mjs';
import pressBack from './07-press-back.mjs';
import compressRoll from './08-compress-roll.mjs';
import leanCollect from './09-lean-collect.mjs';
import repeatRotate from './10-repeat-rotate.mjs';
import switchSides from './11-switch-sides.mjs';
import useOrStore from './12-use-or-store.mjs';

export const scenes = [
  washHands, getComfortable, warmBreasts, letDown, cHold, holdContainer,
  pressBack, compressRoll, leanCollect, repeatRotate, switchSides, useOrStore,
];
