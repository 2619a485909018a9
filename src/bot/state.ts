/**
 * Conversation and user state on a botbuilder Storage, with real optimistic concurrency.
 *
 * botbuilder's BotState always writes with eTag "*" (last writer wins), so two turns of one
 * conversation at the same moment silently lose an update. Here each turn writes back the eTag it
 * read; the storage rejects a stale write and the bot reloads and runs the turn again.
 * User state is keyed by the person once they have a profile, so that it follows them to every
 * linked channel (account linking), and by channel user before that.
 */
import type { Storage, StoreItem, TurnContext, StatePropertyAccessor } from 'botbuilder-core';
import { conversationKey, userKey } from '../services/state-keys';

/** Raised when another turn saved the same state first. */
export class StateConflictError extends Error {
  constructor(cause: unknown) {
    super('State changed by a concurrent turn');
    this.name = 'StateConflictError';
    this.cause = cause;
  }
}

/** Whether a storage error is an eTag conflict (botbuilder's MemoryStorage and our PrismaStorage word it alike). */
export function isConflict(err: unknown): boolean {
  return err instanceof Error && /etag conflict|precondition/i.test(err.message);
}

interface Slot {
  key: string;
  data: Record<string, unknown>;
  eTag?: string;
  /** JSON at load time, to write only what changed. */
  snapshot: string;
  /** Keys whose rows must be removed at save (after a rekey or clear). */
  obsolete: string[];
}

interface Loaded {
  conversation: Slot;
  user: Slot;
}

const LOADED = Symbol('lotse.state');

function slot(key: string, item: StoreItem | undefined): Slot {
  const { eTag, ...data } = item ?? {};
  return { key, data, eTag: typeof eTag === 'string' ? eTag : undefined, snapshot: JSON.stringify(data), obsolete: [] };
}

/** Loads, hands out and saves the two state objects of a turn. */
export class LotseState {
  constructor(private readonly storage: Storage) {}

  /** Reads both state objects (again, when called again in the same turn). */
  async load(context: TurnContext, personId?: string): Promise<void> {
    const { channelId, conversation, from } = context.activity;
    const keys = [conversationKey(channelId, conversation.id), userKey(channelId, from.id, personId)];
    const items = await this.storage.read(keys);
    context.turnState.set(LOADED, { conversation: slot(keys[0]!, items[keys[0]!]), user: slot(keys[1]!, items[keys[1]!]) });
  }

  private loaded(context: TurnContext): Loaded {
    const loaded = context.turnState.get(LOADED) as Loaded | undefined;
    if (!loaded) throw new Error('State used before load()');
    return loaded;
  }

  /** The conversation's state object (dialog stack, recent activity ids). */
  conversation(context: TurnContext): Record<string, unknown> {
    return this.loaded(context).conversation.data;
  }

  /** The user's state object (choices made before a profile exists, saved items). */
  user(context: TurnContext): Record<string, unknown> {
    return this.loaded(context).user.data;
  }

  /** Moves the user state to the person's key (at consent), keeping what was chosen before. */
  async rekeyUser(context: TurnContext, personId: string): Promise<void> {
    const current = this.loaded(context).user;
    const key = userKey(context.activity.channelId, context.activity.from.id, personId);
    if (current.key === key) return;
    const existing = (await this.storage.read([key]))[key];
    const next = slot(key, existing);
    next.data = { ...current.data, ...next.data };
    next.obsolete = current.eTag ? [current.key] : [];
    next.snapshot = '';
    this.loaded(context).user = next;
  }

  /** Forgets both state objects: they are deleted at save. */
  clear(context: TurnContext): void {
    const loaded = this.loaded(context);
    for (const s of [loaded.conversation, loaded.user]) {
      s.obsolete.push(s.key);
      s.data = {};
      s.snapshot = '{}';
    }
  }

  /** Writes what changed with the eTags read at load; throws StateConflictError when another turn was first. */
  async save(context: TurnContext): Promise<void> {
    const loaded = this.loaded(context);
    const changes: Record<string, StoreItem> = {};
    const removals: string[] = [];
    for (const s of [loaded.conversation, loaded.user]) {
      const json = JSON.stringify(s.data);
      const empty = json === '{}';
      removals.push(...s.obsolete.filter((k) => k !== s.key || empty));
      if (json !== s.snapshot && !empty) changes[s.key] = { ...s.data, eTag: s.eTag ?? '*' };
      else if (empty && s.eTag && !removals.includes(s.key)) removals.push(s.key);
    }
    try {
      if (Object.keys(changes).length) await this.storage.write(changes);
    } catch (err) {
      if (isConflict(err)) throw new StateConflictError(err);
      throw err;
    }
    if (removals.length) await this.storage.delete(removals);
    for (const s of [loaded.conversation, loaded.user]) {
      s.snapshot = JSON.stringify(s.data);
      s.obsolete = [];
    }
  }

  /** A property of the conversation state, as botbuilder's DialogSet expects it. */
  conversationProperty<T>(name: string): StatePropertyAccessor<T> {
    return {
      get: async (context: TurnContext, defaultValue?: T) => {
        const data = this.conversation(context);
        if (data[name] === undefined && defaultValue !== undefined) data[name] = structuredClone(defaultValue);
        return data[name] as T;
      },
      set: async (context: TurnContext, value: T) => {
        this.conversation(context)[name] = value;
      },
      delete: async (context: TurnContext) => {
        delete this.conversation(context)[name];
      },
    };
  }
}
