/**
 * Routes IPC calls to their handlers after checking the sender and parsing the payload.
 *
 * The router is transport-free: Electron's ipcMain (in main.ts) and the browser test
 * host both hand it `(channel, payload, sender)` and send back the envelope it returns.
 */
import type { z } from 'zod';
import {
  inputSchemas,
  type Channel,
  type ChannelResults,
  type Envelope,
  type FieldIssue,
} from './contract';
import type { SenderInfo } from './sender-check';

export type Handler<C extends Channel> = (
  input: z.output<(typeof inputSchemas)[C]>,
  sender: SenderInfo,
) => Promise<ChannelResults[C]> | ChannelResults[C];

export type Handlers = { [C in Channel]: Handler<C> };

/** Thrown by a handler to refuse a call with a code the renderer understands. */
export class HandlerRefusal extends Error {
  constructor(
    readonly code: 'forbidden' | 'unavailable' | 'bad-payload' | 'managed',
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'HandlerRefusal';
  }
}

export interface RouterLog {
  warn(message: string): void;
  error(message: string): void;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(inputSchemas, value);
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
}

export function createIpcRouter(options: {
  handlers: Handlers;
  isTrustedSender: (sender: SenderInfo) => boolean;
  log: RouterLog;
}) {
  const { handlers, isTrustedSender, log } = options;

  async function handle(
    channel: unknown,
    payload: unknown,
    sender: SenderInfo,
  ): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) {
      log.warn(`ipc: refused unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`);
      return { ok: false, error: { code: 'bad-channel' } };
    }
    if (!isTrustedSender(sender)) {
      log.warn(`ipc: refused ${channel} from untrusted sender ${sender.url.slice(0, 120)}`);
      return { ok: false, error: { code: 'forbidden' } };
    }
    const parsed = inputSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      log.warn(`ipc: refused ${channel}: payload did not parse`);
      return { ok: false, error: { code: 'bad-payload', issues: issuesOf(parsed.error) } };
    }
    const handler = handlers[channel] as Handler<Channel>;
    try {
      const value = await handler(parsed.data as never, sender);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HandlerRefusal) {
        log.warn(`ipc: ${channel} refused: ${error.code}`);
        return { ok: false, error: { code: error.code, issues: error.issues } };
      }
      log.error(`ipc: ${channel} failed: ${error instanceof Error ? error.message : 'unknown error'}`);
      return { ok: false, error: { code: 'internal' } };
    }
  }

  return { handle, channels: Object.keys(inputSchemas) as Channel[] };
}

export type IpcRouter = ReturnType<typeof createIpcRouter>;
