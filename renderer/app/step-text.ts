/**
 * The text of each step, by step id. Keys are written out literally so the typecheck
 * and key-extraction tools can see every one of them.
 */
import type { TFunction } from 'i18next';
import type { StepId } from '../../electron/ipc/contract';

export interface StepText {
  title: string;
  body: string;
  tip: string | null;
}

export function stepText(t: TFunction<'guide'>, id: StepId): StepText {
  switch (id) {
    case 'wash-hands':
      return { title: t('steps.wash-hands.title'), body: t('steps.wash-hands.body'), tip: null };
    case 'get-comfortable':
      return {
        title: t('steps.get-comfortable.title'),
        body: t('steps.get-comfortable.body'),
        tip: null,
      };
    case 'warm-breasts':
      return { title: t('steps.warm-breasts.title'), body: t('steps.warm-breasts.body'), tip: null };
    case 'let-down':
      return { title: t('steps.let-down.title'), body: t('steps.let-down.body'), tip: null };
    case 'c-hold':
      return {
        title: t('steps.c-hold.title'),
        body: t('steps.c-hold.body'),
        tip: t('steps.c-hold.tip'),
      };
    case 'hold-container':
      return {
        title: t('steps.hold-container.title'),
        body: t('steps.hold-container.body'),
        tip: null,
      };
    case 'press-back':
      return { title: t('steps.press-back.title'), body: t('steps.press-back.body'), tip: null };
    case 'compress-roll':
      return {
        title: t('steps.compress-roll.title'),
        body: t('steps.compress-roll.body'),
        tip: t('steps.compress-roll.tip'),
      };
    case 'lean-collect':
      return {
        title: t('steps.lean-collect.title'),
        body: t('steps.lean-collect.body'),
        tip: t('flowTip'),
      };
    case 'repeat-rotate':
      return {
        title: t('steps.repeat-rotate.title'),
        body: t('steps.repeat-rotate.body'),
        tip: t('steps.repeat-rotate.tip'),
      };
    case 'switch-sides':
      return { title: t('steps.switch-sides.title'), body: t('steps.switch-sides.body'), tip: null };
    case 'use-or-store':
      return { title: t('steps.use-or-store.title'), body: t('steps.use-or-store.body'), tip: null };
  }
}
