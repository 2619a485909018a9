/**
 * A search in the person's own words at any point: "lehrstelle polymechanikerin", "polymech oder
 * elektroniker", "ich suche eine feste stelle", "show me nurse jobs only", "warum lehrstelle? bin
 * 45". Named occupations narrow the job list for this conversation (until «alle Jobs»); kind,
 * Pensum and place are wishes and change the profile. Then the jobs follow at once.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { mentions, normalize } from '../src/bot/choices';
import { fieldsAsked } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import type { Texts } from '../src/i18n';
import { withOccupations, withStatement } from '../src/profile/own-words';
import { POSITION_KINDS, type PositionKind } from '../src/profile/types';
import type { JobProposal, ProfilePatch, ProposalPage } from '../src/services/ports';
import { offerScope } from './countries';
import { MENU } from './menu';
import { followPlace } from './variant';

/** Occupations the job list is narrowed to in this conversation. */
interface OccupationFilter {
  ids: string[];
  labels: string[];
}

const KEY = 'actOccupations';
/** Below this, a word is not read as an occupation ("stelle", "jobs"). */
const OCCUPATION_CONFIDENCE = 0.85;
/** How many of the person's best jobs are searched for the named occupations. */
const SEARCHED = 300;

function filterOf(turn: Turn): OccupationFilter | undefined {
  const filter = turn.state.conversation(turn.context)[KEY] as OccupationFilter | undefined;
  return filter?.ids.length ? filter : undefined;
}

function hasAny(turn: Turn, key: string, text: string): boolean {
  return mentions(turn.texts, key, text);
}

/** The occupations a text names, one or more per word ("polymech oder elektroniker"). */
export function occupationsIn({ vocabulary }: Pick<BotServices, 'vocabulary'>, turn: Turn, text: string): OccupationFilter {
  const find = vocabulary.findOccupations?.bind(vocabulary);
  const found = new Map<string, string>();
  if (!find) return { ids: [], labels: [] };
  const stop = new Set(turn.texts.variants('act.search.notOccupations'));
  for (const word of new Set(normalize(text).split(' '))) {
    if (word.length < 4 || stop.has(word)) continue;
    for (const s of find(word, turn.locale, 3)) if (s.confidence >= OCCUPATION_CONFIDENCE && !found.has(s.conceptId)) found.set(s.conceptId, s.label);
  }
  return { ids: [...found.keys()], labels: [...found.values()] };
}

/**
 * The occupations a text asks for: those it names, but not the one the person says they have («Ich bin
 * 44, Automechaniker, muss raus aus der Werkstatt»), unless it is also the one they wish for.
 */
export function occupationsAskedFor(ports: Pick<BotServices, 'vocabulary'>, turn: Turn, text: string): OccupationFilter {
  const named = occupationsIn(ports, turn, text);
  const { occupation, wishedJob } = turn.understanding().entities;
  if (!occupation) return named;
  const wished = new Set(wishedJob ? occupationsIn(ports, turn, wishedJob).ids : []);
  const held = new Set(occupationsIn(ports, turn, occupation).ids.filter((id) => !wished.has(id)));
  const kept = named.ids.map((id, i) => [id, named.labels[i]!] as const).filter(([id]) => !held.has(id));
  return { ids: kept.map(([id]) => id), labels: kept.map(([, label]) => label) };
}

/**
 * Keeps what the person wrote about themselves and the occupations it names (only with a profile,
 * that is after consent): the matching reads them, and the person sees them in the profile.
 */
export async function keepOwnWords(ports: Pick<BotServices, 'vocabulary' | 'profiles'>, turn: Turn, text: string): Promise<void> {
  const profile = turn.profile;
  if (!profile) return;
  const ownWords = withStatement(profile.ownWords, text);
  const occupations = withOccupations(profile.occupations, occupationsIn(ports, turn, text).ids);
  if (ownWords === profile.ownWords && occupations.length === (profile.occupations?.length ?? 0)) return;
  setProfile(turn, await ports.profiles.update(profile.id, { ownWords, occupations }));
}

/** A job of one of the occupations: by its occupation concept, or by its title naming the occupation. */
function ofOccupation(job: JobProposal['job'], filter: OccupationFilter): boolean {
  if (job.occupationId && filter.ids.includes(job.occupationId)) return true;
  const title = normalize(job.title);
  return filter.labels.some((label) => {
    const stem = normalize(label).split(' ')[0]!.replace(/\/.*$/, '');
    return stem.length >= 5 && title.includes(stem);
  });
}

/** A page of the person's jobs, narrowed to the occupations they named (if any). */
export async function jobPage({ proposals }: Pick<BotServices, 'proposals'>, turn: Turn, offset: number, limit: number): Promise<ProposalPage<JobProposal>> {
  const filter = filterOf(turn);
  const scope = offerScope(turn);
  if (!filter) return proposals.jobs(turn.profile!, { offset, limit, ...scope });
  const all = await proposals.jobs(turn.profile!, { offset: 0, limit: SEARCHED, ...scope });
  // A named occupation is what the person asked for: jobs outside their wished kinds do not fill up the page.
  const items = all.items.filter((p) => ofOccupation(p.job, filter) && !p.relaxed?.includes('kind'));
  const what = filter.labels.join(turn.texts.t('act.search.or'));
  if (items.length === 0) {
    // A narrowing that leaves nothing would hide every proposal: say so and show the others.
    turn.state.conversation(turn.context)[KEY] = undefined;
    await turn.context.sendActivity(turn.texts.t('act.search.noneOfThem', { what }));
    return proposals.jobs(turn.profile!, { offset, limit, ...scope });
  }
  if (offset === 0) await turn.context.sendActivity(turn.texts.t('act.search.narrowed', { what }));
  return { items: items.slice(offset, offset + limit), total: items.length, relaxed: all.relaxed };
}

/** Kinds a "warum Lehrstelle?" refuses: the named kinds, when the text asks why they were proposed. */
function refusedKinds(turn: Turn, kinds: readonly PositionKind[]): PositionKind[] {
  return hasAny(turn, 'act.search.why', turn.reply.text) ? [...kinds] : [];
}

/** Handles a search in own words; false when the text is none (or answers the open question). */
export async function searchInOwnWords(
  ports: Pick<BotServices, 'vocabulary' | 'profiles'>,
  dc: DialogContext,
  turn: Turn,
  show: (turn: Turn) => Promise<void>,
): Promise<boolean> {
  const { reply, texts } = turn;
  if (!turn.profile || reply.action || !reply.text) return false;
  const idle = !dc.activeDialog || dc.activeDialog.id === MENU;
  // «alle Jobs» is what the narrowed list tells the person to write, also while a question is open.
  if (filterOf(turn) && hasAny(turn, 'act.search.all', reply.text)) {
    turn.state.conversation(turn.context)[KEY] = undefined;
    await turn.context.sendActivity(texts.t('act.search.cleared'));
    await show(turn);
    return true;
  }
  const asked = fieldsAsked(dc);
  const { entities } = turn.understanding();
  // While a question is open, a bare word ("Elektronik" to «Was kannst du gut?») answers it; only a search cue makes it a search.
  const occupations = !idle && !hasAny(turn, 'act.search.cues', reply.text) ? { ids: [], labels: [] } : occupationsAskedFor(ports, turn, reply.text);
  const kinds = asked.includes('positionKinds') ? [] : (entities.positionKinds ?? []);
  const refused = refusedKinds(turn, kinds);
  const patch: ProfilePatch = {};
  // Worded only at the end: a place in the other country switches the German variant first.
  const said: ((t: Texts) => string)[] = [];
  if (refused.length) {
    const left = (turn.profile.positionKinds.length ? turn.profile.positionKinds : POSITION_KINDS).filter((k) => !refused.includes(k));
    patch.positionKinds = left.length ? left : POSITION_KINDS.filter((k) => !refused.includes(k));
    said.push((t) => t.t('act.search.without', { kinds: refused.map((k) => t.t(`wishes.kind.${k}`)).join(', ') }));
  } else if (kinds.length && (occupations.ids.length || (idle && hasAny(turn, 'act.search.cues', reply.text)))) {
    patch.positionKinds = kinds;
    said.push((t) => kinds.map((k) => t.t(`wishes.kind.${k}`)).join(', '));
  }
  if (idle && entities.pensum && !asked.includes('pensum')) {
    patch.pensum = entities.pensum;
    const pensum = entities.pensum;
    said.push((t) => t.t('summary.pensumRange', pensum));
  }
  if (idle && (entities.postalCode || entities.placeName) && !asked.includes('place')) {
    patch.place = { postalCode: entities.postalCode, name: entities.placeName, country: entities.country, point: entities.point };
    const where = entities.placeName ?? entities.postalCode!;
    said.push(() => where);
  }
  if (occupations.ids.length) turn.state.conversation(turn.context)[KEY] = occupations;
  // In the middle of the profile questions the wishes are noted in passing (slots) and the questions go on;
  // the named occupations narrow the first jobs shown at the end.
  if (!idle && !refused.length) return false;
  if (occupations.ids.length) said.unshift((t) => occupations.labels.join(t.t('act.search.or')));
  if (!said.length) return false;
  if (Object.keys(patch).length) setProfile(turn, await ports.profiles.update(turn.profile.id, patch));
  if (patch.place) await followPlace(ports, turn);
  await turn.context.sendActivity(turn.texts.t('act.search.noted', { what: said.map((word) => word(turn.texts)).join(' · ') }));
  await show(turn);
  return true;
}
