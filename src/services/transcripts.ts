/**
 * Where Direct Line conversations and their activities live: the contract between the web channel
 * (src/channels/directline) and its storage (src/store/directline-store.ts), kept here so neither
 * layer imports the other. The watermark of an activity is its sequence number in the
 * conversation; clients ask for everything after the last one they saw.
 * Implementations: MemoryTranscriptStore (below; tests, benchmarks) and PrismaTranscriptStore
 * (src/store/directline-store.ts, the default).
 */
import type { Activity } from 'botbuilder-core';

/** Appending to a conversation that does not exist (never started, or deleted with its person). */
export class UnknownConversationError extends Error {
  constructor() {
    super('unknown Direct Line conversation');
    this.name = 'UnknownConversationError';
  }
}

/** A stored conversation: bound to the one user its tokens were issued for. */
export interface TranscriptConversation {
  id: string;
  userId: string;
}

/** An activity as stored: it always has its id. */
export type IdentifiedActivity = Activity & { id: string };

/** An activity with its place in the conversation. */
export interface StoredActivity {
  seq: number;
  activity: IdentifiedActivity;
}

/** The result of appending: `duplicate` when the client id was seen before (nothing new stored). */
export interface AppendResult extends StoredActivity {
  duplicate: boolean;
}

export interface TranscriptStore {
  /** Creates the conversation; false when it already existed (then nothing changes). */
  createConversation(conversation: TranscriptConversation): Promise<boolean>;
  getConversation(id: string): Promise<TranscriptConversation | undefined>;
  /**
   * Stores an activity as the next one of the conversation, with the id `activityId(conversationId, seq)`.
   * With a clientId seen before in this conversation, returns the stored activity instead.
   */
  append(conversationId: string, activity: Partial<Activity>, clientId?: string): Promise<AppendResult>;
  /** Activities with seq > after (after = -1 for all), oldest first, at most `limit`. */
  since(conversationId: string, after: number, limit: number): Promise<StoredActivity[]>;
  /** Rewrites a stored activity in place (same id and seq); undefined when it does not exist. */
  update(conversationId: string, activityId: string, change: (old: Activity) => Activity): Promise<StoredActivity | undefined>;
  /** Removes a stored activity; false when it did not exist. */
  remove(conversationId: string, activityId: string): Promise<boolean>;
  /** Removes every conversation of a web user (the device was forgotten); returns how many. */
  removeUser(userId: string): Promise<number>;
}

/** What a stream hub hears about appends made by other instances. */
export interface TranscriptListener {
  /** An activity up to `seq` was committed to the conversation (the transcript has the rest). */
  appended(conversationId: string, seq: number): void;
  /** Announcements may have been missed (the feed reconnected): catch up every open socket. */
  resync(): void;
}

/**
 * Announcements of appends by any instance sharing the database (PostgreSQL LISTEN/NOTIFY,
 * src/store/transcript-feed.ts). Carries only ids: the transcript stays the source of truth.
 */
export interface TranscriptFeed {
  subscribe(listener: TranscriptListener): () => void;
}

/**
 * The id of the activity at `seq` in a conversation ("<conversation>|0000042", as the official
 * service). src/store/directline-store.ts builds the same id in SQL on PostgreSQL.
 */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Keeps transcripts in process memory (lost on restart). */
export class MemoryTranscriptStore implements TranscriptStore {
  private readonly conversations = new Map<string, { userId: string; next: number; items: StoredActivity[]; clientIds: Map<string, StoredActivity> }>();

  async createConversation(conversation: TranscriptConversation): Promise<boolean> {
    if (this.conversations.has(conversation.id)) return false;
    this.conversations.set(conversation.id, { userId: conversation.userId, next: 0, items: [], clientIds: new Map() });
    return true;
  }

  async getConversation(id: string): Promise<TranscriptConversation | undefined> {
    const found = this.conversations.get(id);
    return found && { id, userId: found.userId };
  }

  async append(conversationId: string, activity: Partial<Activity>, clientId?: string): Promise<AppendResult> {
    const conversation = this.require(conversationId);
    const known = clientId === undefined ? undefined : conversation.clientIds.get(clientId);
    if (known) return { ...known, duplicate: true };
    const seq = conversation.next++;
    const stored = { seq, activity: { ...activity, id: activityId(conversationId, seq) } as IdentifiedActivity };
    conversation.items.push(stored);
    if (clientId !== undefined) conversation.clientIds.set(clientId, stored);
    return { ...stored, duplicate: false };
  }

  async since(conversationId: string, after: number, limit: number): Promise<StoredActivity[]> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return [];
    return conversation.items.filter((item) => item.seq > after).slice(0, limit);
  }

  async update(conversationId: string, activityId: string, change: (old: Activity) => Activity): Promise<StoredActivity | undefined> {
    const items = this.conversations.get(conversationId)?.items ?? [];
    const index = items.findIndex((item) => item.activity.id === activityId);
    if (index < 0) return undefined;
    items[index] = { seq: items[index]!.seq, activity: { ...change(items[index]!.activity), id: activityId } };
    return items[index];
  }

  async remove(conversationId: string, activityId: string): Promise<boolean> {
    const items = this.conversations.get(conversationId)?.items ?? [];
    const index = items.findIndex((item) => item.activity.id === activityId);
    if (index < 0) return false;
    items.splice(index, 1);
    return true;
  }

  async removeUser(userId: string): Promise<number> {
    let count = 0;
    for (const [id, conversation] of this.conversations) {
      if (conversation.userId === userId && this.conversations.delete(id)) count += 1;
    }
    return count;
  }

  private require(conversationId: string) {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new UnknownConversationError();
    return conversation;
  }
}
