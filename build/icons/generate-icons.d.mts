/** Types of generate-icons.mjs, for the unit test that checks the icon is reproducible. */
export function drawIcon(size: number): Buffer;
export const ICON_SIZES: number[];
