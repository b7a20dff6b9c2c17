import { describe, expect, it } from 'vitest';
import { pinZoom } from '../../../../electron/window/zoom-pin';
import { FakeWebContents, fakeLog } from '../fakes';

describe('zoom pin', () => {
  it('pins the visual zoom at 1 at once and after every load', () => {
    const contents = new FakeWebContents();
    pinZoom(contents.asElectron(), { log: fakeLog() });
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.visualZoomLimits = null;
    contents.zoomLevel = 3;
    contents.emit('did-finish-load');
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    expect(contents.zoomLevel).toBe(0);
  });

  it.each(['in', 'out'])('puts a zoom %s (Ctrl+wheel) back to 100 %%', (direction) => {
    const contents = new FakeWebContents();
    const log = fakeLog();
    pinZoom(contents.asElectron(), { log });
    contents.zoomLevel = direction === 'in' ? 2 : -2;
    contents.emit('zoom-changed', {}, direction);
    expect(contents.zoomLevel).toBe(0);
    expect(log.lines).toEqual(['[warn] lockdown: reset a zoom attempt']);
  });
});
