/**
 * The hand-position descriptions gate: each `teaching:hands.describe.*` text, in every
 * language, says where the thumb, the fingers and the hand are exactly as the diagram
 * draws them (renderer/teaching/hand-positions.ts), in the words the termbase keeps for
 * those places (locales/termbase.json, `handPlaces`), and never names another place.
 * A parent told "thumb on top" beside a picture with the thumb below would follow the
 * words; the backward C said so in every language until the diagram was turned.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HAND_GEOMETRY,
  HAND_POSITIONS,
  type HandPosition,
} from '../../../renderer/teaching/hand-positions';
import { LOCALES_DIR, readJson, readNamespace, shippedLanguages } from './locale-files';
import { handLetters } from './text-facts';

const PARTS = ['thumb', 'fingers', 'hand'] as const;
type Part = (typeof PARTS)[number];
type Place = 'top' | 'bottom' | 'above' | 'below' | 'side';

interface HandTermbase {
  handPlaces: { keys: Record<string, HandPosition> };
  languages: Record<string, { handPlaces?: Record<Part, Partial<Record<Place, string[]>>> }>;
}

const termbase = readJson(path.join(LOCALES_DIR, 'termbase.json')) as HandTermbase;
const PLACES: Record<Part, Place[]> = {
  thumb: ['top', 'bottom', 'side'],
  fingers: ['top', 'bottom', 'side'],
  hand: ['above', 'below', 'side'],
};

/**
 * A clock angle (0 = 12 o'clock) to the word a description uses for it. Left and right
 * are both "a side": the diagram is seen facing the parent, so the parent's own left is
 * the picture's right, and naming it would mislead one reader or the other.
 */
function placeOf(part: Part, angle: number): Place {
  const turn = ((angle % 360) + 360) % 360;
  if (turn === 90 || turn === 270) return 'side';
  if (turn === 0) return part === 'hand' ? 'above' : 'top';
  if (turn === 180) return part === 'hand' ? 'below' : 'bottom';
  throw new Error(`${part} at ${angle}° is not on a quarter of the clock`);
}

/** Where the diagram puts each part, in the words a description must use. */
function drawnPlaces(position: HandPosition): Record<Part, Place> {
  const { thumb, fingers, wrap } = HAND_GEOMETRY[position];
  return {
    thumb: placeOf('thumb', thumb),
    fingers: placeOf('fingers', fingers),
    hand: placeOf('hand', wrap),
  };
}

/**
 * The parts a description must place. Thumb and fingers always; the hand only where it
 * is above or below the breast: that alone tells the U from the upside-down U, whose
 * thumb and fingers are both at the sides.
 */
function requiredParts(position: HandPosition): Part[] {
  return drawnPlaces(position).hand === 'side' ? ['thumb', 'fingers'] : [...PARTS];
}

const fold = (text: string, language: string) => text.normalize('NFC').toLocaleLowerCase(language);
const says = (text: string, forms: string[], language: string) =>
  forms.some((form) => fold(text, language).includes(fold(form, language)));

const languages = shippedLanguages();
const describeKeys = Object.entries(termbase.handPlaces.keys);

describe('the diagram', () => {
  it('draws the positions the termbase lists, thumb and fingers across the nipple', () => {
    expect(describeKeys.map(([, position]) => position).sort()).toEqual([...HAND_POSITIONS].sort());
    for (const position of HAND_POSITIONS) {
      const { thumb, fingers } = HAND_GEOMETRY[position];
      expect(Math.abs(thumb - fingers), position).toBe(180);
    }
  });

  it('puts the thumb on top in the C and underneath in the backward C', () => {
    // The English meaning of the clock, spelt out once so a wrong table is caught here
    // as well as in the texts.
    expect(drawnPlaces('c')).toEqual({ thumb: 'top', fingers: 'bottom', hand: 'side' });
    expect(drawnPlaces('backwardC')).toEqual({ thumb: 'bottom', fingers: 'top', hand: 'side' });
    expect(drawnPlaces('u').hand).toBe('below');
    expect(drawnPlaces('upsideDownU').hand).toBe('above');
  });
});

describe.each(languages)('%s', (language) => {
  const places = termbase.languages[language]?.handPlaces;
  const teaching = readNamespace(language, 'teaching');
  const english = readNamespace('en', 'teaching');

  it('has the words for every place of the thumb, the fingers and the hand', () => {
    expect(places, 'termbase handPlaces').toBeDefined();
    const missing = PARTS.flatMap((part) =>
      PLACES[part]
        .filter((place) => !(places?.[part][place] ?? []).some((form) => form.trim() !== ''))
        .map((place) => `${part}.${place}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the words for one place out of the words for another', () => {
    // Otherwise "not this place" could never be checked: one phrase would hide in another.
    const clashes = PARTS.flatMap((part) =>
      PLACES[part].flatMap((place) =>
        PLACES[part]
          .filter((other) => other !== place)
          .flatMap((other) =>
            (places?.[part][place] ?? [])
              .filter((form) => says(form, places?.[part][other] ?? [], language))
              .map((form) => `${part}.${place} "${form}" contains ${part}.${other}`),
          ),
      ),
    );
    expect(clashes).toEqual([]);
  });

  it.each(describeKeys)('%s places each part where the diagram draws it', (key, position) => {
    const text = teaching.get(key.replace(/^teaching:/, '')) ?? '';
    expect(text.trim(), `${key} is missing`).not.toBe('');
    if (language !== 'en')
      expect(text, `${key} is still English`).not.toBe(english.get(key.replace(/^teaching:/, '')));
    const drawn = drawnPlaces(position);
    const wrong: string[] = [];
    for (const part of requiredParts(position)) {
      if (!says(text, places?.[part][drawn[part]] ?? [], language))
        wrong.push(`does not say ${part} ${drawn[part]}`);
    }
    for (const part of PARTS) {
      for (const place of PLACES[part].filter((other) => other !== drawn[part])) {
        if (says(text, places?.[part][place] ?? [], language))
          wrong.push(`says ${part} ${place}, the diagram has ${drawn[part]}`);
      }
    }
    expect(wrong, `${key}: ${text}`).toEqual([]);
  });

  it.each(describeKeys)('%s names its own hand letter', (key, position) => {
    const letter = position === 'c' || position === 'backwardC' ? 'C' : 'U';
    expect(handLetters(teaching.get(key.replace(/^teaching:/, '')) ?? '')).toEqual([letter]);
  });

  it('lists the positions in the order the diagram turns through them', () => {
    const order = HAND_POSITIONS.map((position) =>
      position === 'c' || position === 'backwardC' ? 'C' : 'U',
    );
    const guide = readNamespace(language, 'guide');
    const lists = {
      'teaching:hands.lead': teaching.get('hands.lead'),
      'teaching:teachBack.questions.moveHand.right': teaching.get(
        'teachBack.questions.moveHand.right',
      ),
      'guide:steps.repeat-rotate.tip': guide.get('steps.repeat-rotate.tip'),
    };
    for (const [key, text] of Object.entries(lists)) {
      const letters = [
        ...(text ?? '').matchAll(/(?<!\p{Script=Latin})[CU](?!\p{Script=Latin})/gu),
      ].map((match) => match[0]);
      expect(letters, `${key}: ${text}`).toEqual(order);
    }
  });
});
