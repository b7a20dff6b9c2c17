/**
 * Decides whether an IPC call comes from the kiosk's own page.
 *
 * Only the main frame of the kiosk window, showing a page on the app origin, may
 * call the main process. Sub-frames, other windows and other origins are refused.
 */

/** What the router knows about the caller (taken from Electron's IpcMainInvokeEvent). */
export interface SenderInfo {
  /** URL of the frame that sent the message; empty when the frame is gone. */
  url: string;
  isMainFrame: boolean;
  /** webContents id of the caller, where the transport has one. */
  webContentsId?: number;
}

/**
 * True when `url` is on exactly `origin` (scheme, host and port; no credentials).
 * `URL.origin` is "null" for non-special schemes such as app://, so compare parts.
 */
export function isOnOrigin(url: string, origin: string): boolean {
  let target: URL;
  let allowed: URL;
  try {
    target = new URL(url);
    allowed = new URL(origin);
  } catch {
    return false;
  }
  return (
    target.protocol === allowed.protocol &&
    target.hostname === allowed.hostname &&
    target.port === allowed.port &&
    target.username === '' &&
    target.password === ''
  );
}

export function createSenderCheck(options: {
  origin: string;
  /** The webContents ids allowed to call; omit where the transport has none (test host). */
  trustedWebContentsIds?: () => readonly number[];
}) {
  return function isTrustedSender(sender: SenderInfo): boolean {
    if (!sender.isMainFrame) return false;
    if (!isOnOrigin(sender.url, options.origin)) return false;
    if (options.trustedWebContentsIds) {
      if (sender.webContentsId === undefined) return false;
      if (!options.trustedWebContentsIds().includes(sender.webContentsId)) return false;
    }
    return true;
  };
}

/** The parts of Electron's IpcMainInvokeEvent the router needs. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: { id: number; mainFrame: unknown };
}

/**
 * Reads the caller from Electron's event. `senderFrame` is null once the frame has
 * navigated away, and reading `url` of a frame that is disposed throws ("Render frame
 * was disposed before WebFrameMain could be accessed"): either way the call comes from
 * no live page of ours, so the sender is one the check refuses, never an exception.
 */
export function senderInfoOf(event: InvokeEventLike): SenderInfo {
  try {
    const frame = event.senderFrame;
    if (!frame) return { url: '', isMainFrame: false, webContentsId: event.sender.id };
    return {
      url: frame.url,
      isMainFrame: frame === event.sender.mainFrame,
      webContentsId: event.sender.id,
    };
  } catch {
    return { url: '', isMainFrame: false };
  }
}
