/**
 * "Job für Zwei": a person whose partner looks for work too invites them with a code (or a Telegram
 * deep link); the partner builds a profile of their own (own consent, visibility and deletion) and
 * accepts; then both see pairs of jobs with the towns where they could live. Either can end the link.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { choiceButtons, matchChoice, matchYesNo, yesNoButtons } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { end, next, retry, StepDialog, type Step } from '../src/bot/steps';
import type { Turn } from '../src/bot/turn';
import type { Profile } from '../src/profile/types';
import { couplePairs, type CouplePair } from '../src/services/couple-pairs';
import type { JobProposal } from '../src/services/ports';
import { PARTNER_START_PREFIX } from '../src/services/partners';
import { looksLikeCode } from './linking';
import { ONBOARDING } from './onboarding';

/** Dialog id. */
export const PARTNER = 'partner';

/** Pairs shown at once: each pair is several lines. */
const PAIRS_SHOWN = 3;
const TOWNS_SHOWN = 3;

interface PartnerMemory extends Record<string, unknown> {
  linked?: boolean;
}

/** What Job für Zwei needs: the partner links, both profiles, the proposals to pair, the vocabulary to say why. */
type PartnerPorts = Pick<BotServices, 'partners' | 'profiles' | 'proposals' | 'vocabulary'>;

const pendingCode = (turn: Turn): string | undefined => {
  const code = turn.user().partnerInvite;
  return typeof code === 'string' ? code : undefined;
};

const nameOf = (turn: Turn, profile: Profile | undefined) => profile?.firstName ?? turn.texts.t('partner.someone');

async function partnerProfile({ partners, profiles }: Pick<BotServices, 'partners' | 'profiles'>, turn: Turn): Promise<Profile | undefined> {
  const link = await partners!.partnerOf(turn.profile!.id);
  return link && profiles.findById(link.partnerId);
}

function jobLine(proposal: JobProposal): string {
  const place = proposal.job.placeName ? `, ${proposal.job.placeName}` : '';
  return `${proposal.job.title} – ${proposal.job.employerName}${place}`;
}

function skillsOf({ vocabulary }: Pick<BotServices, 'vocabulary'>, turn: Turn, proposal: JobProposal): string {
  const labels = proposal.matched.slice(0, 3).map((s) => vocabulary.label(s.conceptId, turn.locale) ?? s.label);
  return labels.join(', ');
}

/** One pair as a short block: both jobs, why each fits, where both could live. */
function pairText(ports: Pick<BotServices, 'vocabulary'>, turn: Turn, pair: CouplePair, index: number, partnerName: string): string {
  const towns = pair.livingPlaces
    .slice(0, TOWNS_SHOWN)
    .map((p) => turn.texts.t('partner.town', { name: p.name, km: Math.round(p.distanceKm), partnerKm: Math.round(p.partnerDistanceKm) }))
    .join(', ');
  const mine = skillsOf(ports, turn, pair.first);
  const theirs = skillsOf(ports, turn, pair.second);
  return [
    turn.texts.t('partner.pairTitle', { n: index + 1 }),
    turn.texts.t('partner.pairYou', { job: jobLine(pair.first) }),
    ...(mine ? [turn.texts.t('partner.fitsYou', { skills: mine })] : []),
    turn.texts.t('partner.pairPartner', { name: partnerName, job: jobLine(pair.second) }),
    ...(theirs ? [turn.texts.t('partner.fitsPartner', { name: partnerName, skills: theirs })] : []),
    turn.texts.t('partner.liveIn', { towns, count: pair.placeCount }),
  ].join('\n');
}

/** Sends the pairs of the person and their linked partner. */
export async function showPairs(ports: PartnerPorts, turn: Turn): Promise<void> {
  const partner = await partnerProfile(ports, turn);
  if (!partner) return;
  const me = turn.profile!;
  const { pairs, region } = await couplePairs(ports.proposals, me, partner, { limit: PAIRS_SHOWN });
  const name = nameOf(turn, partner);
  if (!region) return void (await turn.context.sendActivity(turn.texts.t('partner.noPlace')));
  if (pairs.length === 0) return void (await turn.context.sendActivity(turn.texts.t('partner.noPairs', { place: region.name ?? '' })));
  await turn.context.sendActivity(turn.texts.t('partner.pairsIntro', { place: region.name ?? '', name }));
  for (const [i, pair] of pairs.entries()) await turn.context.sendActivity(pairText(ports, turn, pair, i, name));
}

function accept(ports: PartnerPorts): Step<PartnerMemory> {
  return {
    id: 'accept',
    skip: (turn) => pendingCode(turn) === undefined,
    ask: (turn) => ({ text: turn.texts.t('partner.acceptAsk'), buttons: yesNoButtons(turn.texts) }),
    answer: async (turn, reply, memory) => {
      const answer = matchYesNo(turn.texts, reply, turn.understanding().intent.name);
      if (!answer) return retry('partner.acceptRetry');
      const code = pendingCode(turn)!;
      delete turn.user().partnerInvite;
      if (answer === 'no') {
        await turn.context.sendActivity(turn.texts.t('partner.declined'));
        return end();
      }
      const outcome = await ports.partners!.accept(code, turn.profile!.id, new Date());
      if (outcome.status !== 'linked') {
        await turn.context.sendActivity(turn.texts.t(`partner.${outcome.status}`));
        return end();
      }
      await turn.context.sendActivity(turn.texts.t('partner.linked'));
      memory.linked = true;
      return next();
    },
  };
}

const INVITE_CHOICES = ['invite', 'no'] as const;

function offer(ports: PartnerPorts): Step<PartnerMemory> {
  return {
    id: 'offer',
    skip: async (turn, memory) => {
      memory.linked ??= (await ports.partners!.partnerOf(turn.profile!.id)) !== undefined;
      return memory.linked;
    },
    ask: (turn) => ({ text: turn.texts.t('partner.intro'), buttons: choiceButtons(turn.texts, 'partner.inviteOptions', 'ptn', INVITE_CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'partner.inviteOptions', 'ptn', INVITE_CHOICES);
      if (!chosen) return retry('partner.inviteRetry');
      if (chosen === 'no') {
        await turn.context.sendActivity(turn.texts.t('partner.notNow'));
        return end();
      }
      const invitation = await ports.partners!.invite(turn.profile!.id, new Date());
      if (!invitation) return end();
      const days = Math.max(1, Math.round((invitation.expiresAt.getTime() - Date.now()) / 86_400_000));
      const key = invitation.telegramUrl ? 'partner.invitationUrl' : 'partner.invitation';
      await turn.context.sendActivity(turn.texts.t(key, { code: invitation.code, url: invitation.telegramUrl, days }));
      return end();
    },
  };
}

function pairs(ports: PartnerPorts): Step<PartnerMemory> {
  return {
    id: 'pairs',
    run: async (turn) => {
      await showPairs(ports, turn);
      return next();
    },
  };
}

const MANAGE_CHOICES = ['done', 'end'] as const;

function manage(ports: PartnerPorts): Step<PartnerMemory> {
  return {
    id: 'manage',
    buttonsLeadOn: true,
    ask: (turn) => ({ text: turn.texts.t('partner.manageAsk'), buttons: choiceButtons(turn.texts, 'partner.manageOptions', 'ptn', MANAGE_CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'partner.manageOptions', 'ptn', MANAGE_CHOICES);
      if (!chosen) return retry('partner.manageRetry');
      if (chosen === 'end') {
        await ports.partners!.end(turn.profile!.id);
        await turn.context.sendActivity(turn.texts.t('partner.ended'));
      }
      return end();
    },
  };
}

/** The Job für Zwei dialog. */
export function partnerDialog(ports: PartnerPorts): StepDialog<PartnerMemory> {
  return new StepDialog<PartnerMemory>(PARTNER, [accept(ports), offer(ports), pairs(ports), manage(ports)]);
}

/** The invitation code of a message: Telegram's /start duo-<code>, or the code typed out. */
function invitationCode(text: string): string | undefined {
  const start = /^\/start\s+(\S+)$/.exec(text);
  if (start) return start[1]!.startsWith(PARTNER_START_PREFIX) ? start[1]!.slice(PARTNER_START_PREFIX.length) : undefined;
  return looksLikeCode(text) ? text.replace(/[\s-]/g, '') : undefined;
}

/**
 * Router hook: a partner invitation opened by its deep link or typed. Before consent the person
 * first builds a profile of their own (the onboarding); with a profile they are asked to accept.
 * True when the message was an open invitation.
 */
export async function partnerInvitation({ partners, profiles }: Pick<BotServices, 'partners' | 'profiles'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  const code = partners && !turn.reply.action ? invitationCode(turn.reply.text) : undefined;
  if (!code) return false;
  const inviterId = await partners!.inviterOf(code, new Date());
  if (!inviterId) return false;
  turn.user().partnerInvite = code.toUpperCase();
  const inviter = await profiles.findById(inviterId);
  await dc.cancelAllDialogs();
  await dc.context.sendActivity(turn.texts.t(turn.profile ? 'partner.invitedKnown' : 'partner.invited', { name: nameOf(turn, inviter) }));
  await dc.beginDialog(turn.profile ? PARTNER : ONBOARDING);
  return true;
}
