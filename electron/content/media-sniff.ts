/**
 * Tells what a media file really is from its first bytes, not its name, and whether
 * its video codec is one every kiosk can play (VP9 in WebM, H.264 in MP4).
 *
 * Only the handful of formats a pack may hold are recognised; anything else is
 * 'unknown'. A general file-type library would recognise hundreds of formats but not
 * the codec inside the container, which is what decides whether a kiosk can play it.
 */
export type SniffedType = 'webm' | 'matroska' | 'mp4' | 'png' | 'jpeg' | 'webp' | 'gif' | 'unknown';

export const SNIFFED_NAMES: Record<SniffedType, string> = {
  webm: 'a WebM video',
  matroska: 'a Matroska (.mkv) video',
  mp4: 'an MP4 video',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  webp: 'a WebP image',
  gif: 'a GIF image',
  unknown: 'not a video or image this app knows',
};

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

function indexOf(haystack: Uint8Array, needle: string, limit = haystack.length): number {
  const view = Buffer.from(haystack.buffer, haystack.byteOffset, Math.min(limit, haystack.length));
  return view.indexOf(needle, 0, 'latin1');
}

export function sniffMediaType(bytes: Uint8Array): SniffedType {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x1a &&
    bytes[1] === 0x45 &&
    bytes[2] === 0xdf &&
    bytes[3] === 0xa3
  ) {
    // EBML header: the DocType element (0x4282) says webm or matroska.
    const docType = indexOf(bytes, '\x42\x82', 64);
    if (docType >= 0 && ascii(bytes, docType + 3, 4) === 'webm') return 'webm';
    return 'matroska';
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    return ['qt  ', 'M4A ', 'M4B ', 'heic', 'mif1', 'avif'].includes(brand) ? 'unknown' : 'mp4';
  }
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'jpeg';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return 'webp';
  if (bytes.length >= 6 && ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  return 'unknown';
}

/** The video codec of a WebM or MP4 file, as far as this app cares. */
export function sniffVideoCodec(bytes: Uint8Array, type: 'webm' | 'mp4'): 'vp9' | 'h264' | 'other' {
  if (type === 'webm') {
    // The Tracks element sits near the start of a WebM file.
    return indexOf(bytes, 'V_VP9', 64 * 1024) >= 0 ? 'vp9' : 'other';
  }
  // The sample description ('avc1' or 'avc3') may sit after the media data (no faststart).
  return indexOf(bytes, 'avc1') >= 0 || indexOf(bytes, 'avc3') >= 0 ? 'h264' : 'other';
}
