/** What the bot core needs from the rest of Lotse, handed to createBot by the composition root. */
import type { Storage, TurnContext } from 'botbuilder-core';
import type { Logger } from '../log';
import type { Locale } from '../profile/types';
import type {
  AccountLinking,
  ContactRequests,
  ConversationTranscripts,
  ConversationRefStore,
  ProfileStore,
  ProposalService,
  SkillVocabulary,
  Understander,
  UsageCounter,
} from '../services/ports';
import type { Coaching, Handoffs } from '../services/handoff-ports';
import type { PartnerDesk } from '../services/partners';
import type { Training } from '../matching/types';

/** The ports the conversation runs on; `linking` is absent when no other channel is configured. */
export interface BotServices {
  storage: Storage;
  profiles: ProfileStore;
  vocabulary: SkillVocabulary;
  understander: Understander;
  proposals: ProposalService;
  conversations: ConversationRefStore;
  /** What Lotse keeps of a conversation's words (forgotten when consent is declined). */
  transcripts: ConversationTranscripts;
  linking?: AccountLinking;
  /** HR contact requests the person answers; absent where no HR side runs. */
  contactRequests?: ContactRequests;
  /** The live handoff to the network's counsellors; absent where no staff side runs. */
  handoffs?: Handoffs;
  /** Links to the network's job coaches; absent where no staff side runs. */
  coaching?: Coaching;
  /** Job für Zwei invitations and partner links; absent where no store for them runs. */
  partners?: PartnerDesk;
  /** The trainings of the catalog (the welcome desk picks German courses from it). */
  trainingCatalog?: () => Promise<readonly Training[]>;
  config: { defaultLocale: Locale };
  log: Logger;
  /** Daily counters for the operators' dashboard (proposals shown); absent in tools that need none. */
  usage?: UsageCounter;
  /** Turn handlers that run before the counselling conversation (e.g. HR commands); true means handled. */
  beforeConversation?: ((context: TurnContext) => Promise<boolean>)[];
}
