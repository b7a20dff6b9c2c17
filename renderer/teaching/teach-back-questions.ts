/**
 * The teach-back questions: each checks one thing the guide teaches, names the step
 * that teaches it, and has two picture answers. The right answer's side alternates so
 * that always tapping one side does not pass.
 */
import type { TFunction } from 'i18next';
import type { StepId, StorageFigures } from '../../electron/ipc/contract';
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

function durationText(language: string, value: number, unit: 'day' | 'week'): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

export function teachBackQuestion(
  t: TFunction<'teaching'>,
  id: QuestionId,
  storage: StorageFigures,
  language: string,
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
            duration: durationText(language, storage.fridge.days, 'day'),
          }),
          'fridge-days',
        ],
        [
          t('teachBack.questions.fridge.wrong', {
            duration: durationText(language, storage.fridge.days, 'week'),
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
