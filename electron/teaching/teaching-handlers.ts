/**
 * The teaching channels. Starting needs a code; changing the options or the code needs
 * the admin panel's unlocked session, which the teaching code never grants.
 */
import { teachingOptionsSchema } from '../ipc/contract';
import type { Handlers } from '../ipc/router';
import { HandlerRefusal } from '../ipc/router';
import type { Log } from '../log';
import type { SecretHash } from '../settings/secret-hash';
import type { SettingsStore } from '../settings/settings-store';
import { teachingCodeProblem } from './teaching-code';
import type { TeachingSession } from './teaching-session';
import { teachingOptionsOf } from './teaching-settings';

type TeachingChannel =
  | 'teaching:start'
  | 'teaching:status'
  | 'teaching:end'
  | 'teaching:get-options'
  | 'teaching:save-options'
  | 'teaching:set-code';

export interface TeachingHandlerDeps {
  session: TeachingSession;
  settings: SettingsStore;
  hashSecret: (secret: string) => Promise<SecretHash>;
  /** True while staff are signed in to the admin panel (the main process decides). */
  isAdminSession: () => boolean;
  log: Log;
}

export function createTeachingHandlers(deps: TeachingHandlerDeps): Pick<Handlers, TeachingChannel> {
  function requireAdmin(): void {
    if (!deps.isAdminSession()) throw new HandlerRefusal('forbidden');
  }
  /** IT set teaching mode in the fleet policy: a refusal the panel explains, not a failure. */
  function requireUnmanaged(): void {
    if (deps.settings.locked().includes('teaching')) throw new HandlerRefusal('managed');
  }
  return {
    'teaching:start': ({ code }) => deps.session.start(code),
    'teaching:status': () => deps.session.status(),
    'teaching:end': () => {
      deps.session.end('done');
      return null;
    },
    'teaching:get-options': () => {
      requireAdmin();
      const teaching = deps.settings.get().teaching;
      return { options: teachingOptionsOf(teaching), codeSet: teaching.codeHash !== null };
    },
    'teaching:save-options': (input) => {
      requireAdmin();
      requireUnmanaged();
      const parsed = teachingOptionsSchema.safeParse(input);
      if (!parsed.success) {
        // A refinement's message names the rule ("pacer-range", "not-https"); zod's own codes name the rest.
        const issues = parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          code: issue.code === 'custom' ? issue.message : issue.code,
        }));
        return { ok: false, issues };
      }
      const { codeHash } = deps.settings.get().teaching;
      const saved = deps.settings.update({ teaching: { ...parsed.data, codeHash } });
      deps.log.info('teaching: options saved');
      return { ok: true, options: teachingOptionsOf(saved.teaching) };
    },
    'teaching:set-code': async ({ code }) => {
      requireAdmin();
      requireUnmanaged();
      const problem = teachingCodeProblem(code);
      if (problem) return { ok: false, problem };
      const codeHash = await deps.hashSecret(code);
      // Re-read after hashing: the options may have changed while scrypt ran.
      deps.settings.update({ teaching: { ...deps.settings.get().teaching, codeHash } });
      deps.log.info('teaching: code changed');
      return { ok: true };
    },
  };
}
