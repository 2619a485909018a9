/** Direct Line transcripts in process memory (tests, benchmarks); the contract is in src/services/transcripts.ts. */
import type { Activity } from 'botbuilder-core';
import {
  activityId,
  UnknownConversationError,
  type AppendResult,
  type IdentifiedActivity,
  type StoredActivity,
  type TranscriptConversation,
  type TranscriptStore,
} from '../../services/transcripts';

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
