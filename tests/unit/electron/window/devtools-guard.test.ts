import { describe, expect, it } from 'vitest';
import { closeDevTools } from '../../../../electron/window/devtools-guard';
import { clearHistoryAfterLoad } from '../../../../electron/window/history-guard';
import { FakeWebContents, fakeLog } from '../fakes';

describe('devtools guard', () => {
  it('closes the developer tools as soon as they open', () => {
    const contents = new FakeWebContents();
    const log = fakeLog();
    closeDevTools(contents.asElectron(), { log });
    contents.devToolsOpen = true;
    contents.emit('devtools-opened');
    expect(contents.devToolsOpen).toBe(false);
    expect(log.lines).toEqual(['[warn] lockdown: closed the developer tools']);
  });
});

describe('history guard', () => {
  it('forgets the history after every load, so there is no way back', () => {
    const contents = new FakeWebContents();
    clearHistoryAfterLoad(contents.asElectron());
    contents.emit('did-finish-load');
    contents.emit('did-finish-load');
    expect(contents.historyCleared).toBe(2);
  });
});
