import { describe, expect, it } from 'vitest';
import { blockedShortcut, filterInput } from '../../../../electron/window/input-filter';
import { FakeEvent, FakeWebContents, fakeLog } from '../fakes';
import { ALLOWED_KEYS, BLOCKED_KEYS, key } from './hostile-keys';

describe('input filter', () => {
  it.each(BLOCKED_KEYS)('blocks %s', (spec) => {
    expect(blockedShortcut(key(spec))).not.toBeNull();
  });

  it.each(ALLOWED_KEYS)('lets %j through', (spec) => {
    expect(blockedShortcut(key(spec))).toBeNull();
  });

  it('swallows the blocked key on the window and logs it once per press', () => {
    const contents = new FakeWebContents();
    const log = fakeLog();
    filterInput(contents.asElectron(), { log });
    const down = new FakeEvent();
    const up = new FakeEvent();
    contents.emit('before-input-event', down, key('Control+r'));
    contents.emit('before-input-event', up, key('Control+r', 'keyUp'));
    expect([down.defaultPrevented, up.defaultPrevented]).toEqual([true, true]);
    expect(log.lines).toEqual(['[warn] lockdown: blocked key Control+r']);
  });

  it('never logs the digits typed on the PIN pad', () => {
    const contents = new FakeWebContents();
    const log = fakeLog();
    filterInput(contents.asElectron(), { log });
    for (const digit of '4711') {
      const event = new FakeEvent();
      contents.emit('before-input-event', event, key(digit));
      expect(event.defaultPrevented).toBe(false);
    }
    expect(log.lines).toEqual([]);
  });
});
