/**
 * The keys of dialog state in the bot Storage, shared by the bot (src/bot/state.ts), which reads and
 * writes the state, and the store (src/store/person-data.ts), which exports and deletes it with the
 * person. Each key is a prefix: botbuilder appends the state's namespace.
 */

/** The storage key of a conversation's state. */
export function conversationKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

/** The storage key of a person's user state, shared by all their linked channels. */
export function personKey(personId: string): string {
  return `persons/${personId}/`;
}

/** The storage key of a user's state: the person when known (shared by linked channels), else the channel user. */
export function userKey(channelId: string, channelUserId: string, personId?: string): string {
  return personId ? personKey(personId) : `${channelId}/users/${channelUserId}/`;
}
