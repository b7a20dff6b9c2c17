/**
 * The teach-back questions: each checks one thing the guide teaches, names the step
 * that teaches it, and has two picture answers. The right answer's side alternates so
 * that always tapping one side does not pass.
 */
import type { TFunction } from 'i18next';
import type { StepId, StorageFigures } from '../../electron/ipc/contract';
import { formatDuration } from '../i18n/format';
import type { PictureName } from './TeachBackPicture';

export const QUESTION_IDS = ['placement', 'firstMove', 'pain', 'fridge', 'moveHand'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface Answer {
  text: string;
  picture: PictureName;
  right: boolean;
}

export interface Question {
  id: QuestionId;
  prompt: string;
  step: StepId;
  answers: [Answer, Answer];
  rightText: string;
}

/**
 * Durations use the guide's own plural forms (storage.units), as the storage screen
 * does: Intl's unit words are English in some languages (Haitian Creole, Somali) and in
 * the nominative elsewhere, where "up to" needs another case (Russian, Polish).
 */
export function teachBackQuestion(
  t: TFunction<'teaching'>,
  tg: TFunction<'guide'>,
  id: QuestionId,
  storage: StorageFigures,
): Question {
  function build(
    prompt: string,
    step: StepId,
    right: [string, PictureName],
    wrong: [string, PictureName],
    rightFirst: boolean,
  ): Question {
    const r: Answer = { text: right[0], picture: right[1], right: true };
    const w: Answer = { text: wrong[0], picture: wrong[1], right: false };
    return { id, prompt, step, answers: rightFirst ? [r, w] : [w, r], rightText: right[0] };
  }
  switch (id) {
    case 'placement':
      return build(
        t('teachBack.questions.placement.prompt'),
        'c-hold',
        [t('teachBack.questions.placement.right'), 'c-hold'],
        [t('teachBack.questions.placement.wrong'), 'on-nipple'],
        true,
      );
    case 'firstMove':
      return build(
        t('teachBack.questions.firstMove.prompt'),
        'press-back',
        [t('teachBack.questions.firstMove.right'), 'push-back'],
        [t('teachBack.questions.firstMove.wrong'), 'squeeze-nipple'],
        false,
      );
    case 'pain':
      return build(
        t('teachBack.questions.pain.prompt'),
        'compress-roll',
        [t('teachBack.questions.pain.right'), 'stop-ask'],
        [t('teachBack.questions.pain.wrong'), 'press-harder'],
        true,
      );
    case 'fridge':
      return build(
        t('teachBack.questions.fridge.prompt'),
        'use-or-store',
        [
          t('teachBack.questions.fridge.right', {
            duration: formatDuration(tg, storage.fridge.days, 'day'),
          }),
          'fridge-days',
        ],
        [
          t('teachBack.questions.fridge.wrong', {
            duration: formatDuration(tg, storage.fridge.days, 'week'),
          }),
          'fridge-weeks',
        ],
        false,
      );
    case 'moveHand':
      return build(
        t('teachBack.questions.moveHand.prompt'),
        'repeat-rotate',
        [t('teachBack.questions.moveHand.right'), 'move-hand'],
        [t('teachBack.questions.moveHand.wrong'), 'same-spot'],
        true,
      );
  }
}

/**
 * What the review after a wrong answer shows besides the step's title: the words that
 * answer the question. The pain question is answered by the safety sentence and the
 * hand-rotation question by the rotation, neither of which is in its step's body.
 */
export function reviewText(tg: TFunction<'guide'>, id: QuestionId): string {
  switch (id) {
    case 'placement':
      return tg('steps.c-hold.body');
    case 'firstMove':
      return tg('steps.press-back.body');
    case 'pain':
      return tg('safety.noHurt');
    case 'fridge':
      return tg('steps.use-or-store.body');
    case 'moveHand':
      return tg('steps.repeat-rotate.tip');
  }
}
