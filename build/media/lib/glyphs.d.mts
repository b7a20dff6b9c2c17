/** Types of the frames' stroke font, for the unit test that keeps figures out of the loops. */
export function text(
  str: string,
  x: number,
  y: number,
  size: number,
  options?: {
    anchor?: 'start' | 'middle' | 'end';
    color?: string;
    weight?: number;
    transform?: string;
  },
): string;
