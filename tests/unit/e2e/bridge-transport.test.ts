import { describe, expect, it } from 'vitest';
import { createBedsideApi } from '../../../electron/ipc/bedside-api';
import { isManaged, isSessionGone } from '../../../renderer/admin/admin-errors';
import { apiOverBridge, BedsideCallError } from '../../../renderer/host';
import { cloneForIpc, exposeAcrossBridge, remoteMethodError } from '../../e2e/bridge-transport';

class CodedError extends Error {
  readonly code = 'forbidden';
  constructor() {
    super('admin:status: forbidden');
    this.name = 'CodedError';
  }
}

class Point {
  constructor(readonly x: number) {}
  twice() {
    return this.x * 2;
  }
}

describe('contextBridge copy (exposeAcrossBridge)', () => {
  it('keeps only the message of a thrown Error: its name and own properties are lost', () => {
    const exposed = exposeAcrossBridge({
      fail: () => {
        throw new CodedError();
      },
    });
    let caught: unknown;
    try {
      exposed.fail();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught).not.toBeInstanceOf(CodedError);
    expect((caught as Error).message).toBe('admin:status: forbidden');
    expect((caught as Error).name).toBe('Error');
    expect((caught as { code?: unknown }).code).toBeUndefined();
    expect(isSessionGone(caught)).toBe(false);
  });

  it('proxies a returned promise; a rejection keeps its message only', async () => {
    const exposed = exposeAcrossBridge({
      later: () => Promise.reject(new BedsideCallError('adminStatus', 'forbidden')),
      value: () => Promise.resolve({ at: new Date(0), point: new Point(2) }),
    });
    const rejected = await exposed.later().catch((error: unknown) => error);
    expect(rejected).not.toBeInstanceOf(BedsideCallError);
    expect((rejected as { code?: unknown }).code).toBeUndefined();
    const resolved = (await exposed.value()) as unknown as { at: Date; point: Record<string, unknown> };
    expect(resolved.at).toBeInstanceOf(Date);
    // A class instance copies its values, not its prototype.
    expect(resolved.point).toEqual({ x: 2 });
    expect(Object.getPrototypeOf(resolved.point)).toBe(Object.prototype);
    expect(resolved.point.twice).toBeUndefined();
  });

  it('does not proxy a promise nested in an object, and drops symbols', () => {
    const exposed = exposeAcrossBridge({
      nested: () => ({ inner: Promise.resolve(1), tag: Symbol('x'), kept: 'yes' }),
    });
    const result = exposed.nested() as unknown as Record<string, unknown>;
    expect(result.inner).toEqual({});
    expect('tag' in result).toBe(false);
    expect(result.kept).toBe('yes');
  });

  it('gives fresh functions without the original own properties, in a frozen object', () => {
    const original = Object.assign(() => 1, { secret: 'kept in the preload' });
    const exposed = exposeAcrossBridge({ call: original });
    expect(exposed.call()).toBe(1);
    expect(exposed.call).not.toBe(original);
    expect((exposed.call as unknown as { secret?: string }).secret).toBeUndefined();
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('copies arguments going in and values a proxied callback receives', () => {
    let seen: unknown;
    const exposed = exposeAcrossBridge({
      subscribe: (listener: (payload: unknown) => void) => listener({ point: new Point(3) }),
      keep: (value: unknown) => {
        seen = value;
      },
    });
    let received: unknown;
    exposed.subscribe((payload) => {
      received = payload;
    });
    expect(Object.getPrototypeOf((received as { point: object }).point)).toBe(Object.prototype);
    const sent = { list: [1, 2] };
    exposed.keep(sent);
    expect(seen).toEqual(sent);
    expect(seen).not.toBe(sent);
  });
});

describe('ipcRenderer.invoke copy (cloneForIpc)', () => {
  it('refuses functions, promises and symbols, as structured clone does', () => {
    expect(() => cloneForIpc({ fn: () => 1 })).toThrow();
    expect(() => cloneForIpc({ later: Promise.resolve(1) })).toThrow();
    expect(() => cloneForIpc({ tag: Symbol('x') })).toThrow();
  });

  it('turns class instances into plain objects and Errors into copies without own properties', () => {
    const point = cloneForIpc(new Point(4));
    expect(Object.getPrototypeOf(point)).toBe(Object.prototype);
    const error = cloneForIpc(new CodedError());
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: unknown }).code).toBeUndefined();
  });

  it("names the channel in a handler's error, as Electron words it", () => {
    expect(remoteMethodError('admin:status', new Error('boom')).message).toBe(
      "Error invoking remote method 'admin:status': Error: boom",
    );
  });
});

describe('refusals cross as data and become errors in renderer/host.ts', () => {
  const bridgeFor = (reply: unknown) =>
    exposeAcrossBridge(
      createBedsideApi({
        invoke: async (_channel, payload) => cloneForIpc(reply ?? payload),
        subscribe: () => () => undefined,
      }),
    );

  it('gives the panel the code and issues of a refusal', async () => {
    const api = apiOverBridge(
      bridgeFor({
        ok: false,
        error: { code: 'bad-payload', issues: [{ path: 'contacts.0.phone', code: 'too_big' }] },
      }),
    );
    const error = await api.adminSave({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BedsideCallError);
    expect(error).toMatchObject({
      code: 'bad-payload',
      issues: [{ path: 'contacts.0.phone', code: 'too_big' }],
      message: 'adminSave: bad-payload',
    });
  });

  it('lets isSessionGone and isManaged see "forbidden" and "managed" through the bridge', async () => {
    const forbidden = await apiOverBridge(bridgeFor({ ok: false, error: { code: 'forbidden' } }))
      .adminStatus()
      .catch((caught: unknown) => caught);
    const managed = await apiOverBridge(bridgeFor({ ok: false, error: { code: 'managed' } }))
      .adminSave({})
      .catch((caught: unknown) => caught);
    expect(isSessionGone(forbidden)).toBe(true);
    expect(isManaged(managed)).toBe(true);
    expect(isSessionGone(managed)).toBe(false);
  });

  it('resolves with the value of a successful call', async () => {
    const api = apiOverBridge(bridgeFor({ ok: true, value: { active: false } }));
    expect(await api.getTeachingStatus()).toEqual({ active: false });
  });

  it('answers a transport failure with "unavailable", not a bare Error', async () => {
    const api = apiOverBridge(
      exposeAcrossBridge(
        createBedsideApi({
          invoke: () => Promise.reject(new Error("No handler registered for 'guide:get'")),
          subscribe: () => () => undefined,
        }),
      ),
    );
    expect(await api.getGuide().catch((caught: unknown) => caught)).toMatchObject({ code: 'unavailable' });
  });

  it('reads anything that is not an envelope as "internal"', async () => {
    const api = apiOverBridge(bridgeFor('not an envelope'));
    expect(await api.getGuide().catch((caught: unknown) => caught)).toMatchObject({ code: 'internal' });
  });
});
