/**
 * Checks a WebVTT caption file with the W3C's own WebVTT parser and validator, and
 * words its findings for the staff who wrote the file.
 */
import webvttParser from 'webvtt-parser';

// The package is CommonJS without named exports that Node's ESM loader can see.
const { WebVTTParser } = webvttParser;

const MAX_REPORTED = 5;

/** Problems with the caption file, in plain words; empty when it is fine. */
export function checkCaptions(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['is not UTF-8 text; save the captions as UTF-8'];
  }
  text = text.replace(/^\uFEFF/, '');
  if (!/^WEBVTT([ \t].*)?(\r?\n|$)/.test(text)) {
    return ['is not a WebVTT file: its first line must be WEBVTT'];
  }
  let result: ReturnType<InstanceType<typeof WebVTTParser>['parse']>;
  try {
    result = new WebVTTParser().parse(text, 'subtitles');
  } catch {
    return ['cannot be read as WebVTT captions'];
  }
  const problems = result.errors
    .slice(0, MAX_REPORTED)
    .map((error) => `line ${error.line}: ${error.message.replace(/\.$/, '')}`);
  if (result.errors.length > MAX_REPORTED) {
    problems.push(`and ${result.errors.length - MAX_REPORTED} more problems`);
  }
  if (problems.length === 0 && result.cues.length === 0) {
    problems.push('has no captions in it (no cue with a time and a text)');
  }
  return problems;
}
