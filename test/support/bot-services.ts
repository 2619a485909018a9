/** The bot's core services over a test database, wired as the app wires them; a test adds what its channel needs. */
import type { BotServices } from '../../src/bot';
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { createUnderstander } from '../../src/nlu/understand';
import { createProposalService, type ProposalCatalog } from '../../src/services/proposals';
import { PrismaStorage } from '../../src/store/bot-storage';
import { PrismaConversationRefStore } from '../../src/store/conversation-refs';
import type { Database } from '../../src/store/database';
import { PrismaConversationTranscripts } from '../../src/store/directline-store';
import { PrismaProfileStore } from '../../src/store/profile-store';

/** Storage, profiles, conversations, transcripts, the built-in taxonomy and proposals over `catalog` (de-CH). */
export function coreBotServices(db: Database, catalog: ProposalCatalog, log: BotServices['log']): BotServices & { profiles: PrismaProfileStore } {
  const taxonomy = builtinTaxonomy();
  const profiles = new PrismaProfileStore(db.prisma);
  return {
    storage: new PrismaStorage(db.prisma),
    profiles,
    conversations: new PrismaConversationRefStore(db.prisma),
    transcripts: new PrismaConversationTranscripts(db.prisma),
    vocabulary: taxonomy,
    understander: createUnderstander(taxonomy),
    proposals: createProposalService({ catalog, vocabulary: taxonomy, feedback: (id) => profiles.feedbackOf(id) }),
    config: { defaultLocale: 'de-CH' },
    log,
  };
}
