/**
 * The conversation of the network's staff, the same on Telegram and Teams: join with a code
 * ("/team <code>"), take a person's request («Übernehmen»), talk with the person (every message
 * that is no command is relayed), end it (/ende), hand it on (/weitergeben), see callback requests
 * (/rueckrufe), and pause or resume getting requests (/pause, /dienst). Runs before the counselling
 * conversation; a staff chat never reaches it.
 */
import { TurnContext } from 'botbuilder-core';
import { isStaffButton, parseStaffText, parseStaffValue, type StaffCommand } from '../src/handoff/commands';
import { jobsAction, profileAction, suggestAction, type CoachingService } from '../src/handoff/coaching';
import { calledAction, passAction, type HandoffService } from '../src/handoff/service';
import type { StaffRecord } from '../src/services/handoff-ports';

/** The services a staff chat uses. */
export interface StaffServices {
  handoffs: HandoffService;
  coaching: CoachingService;
}

/** Handles the turn when it is a staff matter; false lets the candidate conversation handle it. */
export async function handleStaffTurn(context: TurnContext, services: StaffServices, now: Date = new Date()): Promise<boolean> {
  const { handoffs } = services;
  const { activity } = context;
  if (activity.type !== 'message' || !activity.from?.id) return false;
  const said = (activity.text ?? '').trim();
  const command = parseStaffValue(activity.value) ?? parseStaffText(said);
  const staff = await handoffs.staffByChannel(activity.channelId, activity.from.id);
  const t = handoffs.texts;
  if (!staff) {
    if (command?.kind === 'join') {
      await join(context, handoffs, command.code, now);
      return true;
    }
    // A request forwarded to someone outside the team, or a forged tap: nothing happens.
    if (isStaffButton(activity.value, said)) {
      await context.sendActivity(t.t('handoff.staff.notStaff'));
      return true;
    }
    return false;
  }
  await handoffs.remember(staff, activity.channelId, activity.from.id, TurnContext.getConversationReference(activity));
  if (command && command.kind in COACHING) await (COACHING[command.kind as keyof typeof COACHING] as CoachHandler)(context, services.coaching, staff, command);
  else await run(context, handoffs, staff, command, said, now);
  return true;
}

async function join(context: TurnContext, handoffs: HandoffService, code: string | undefined, now: Date): Promise<void> {
  const t = handoffs.texts;
  if (!code) return void (await context.sendActivity(t.t('handoff.staff.joinAsk')));
  const { activity } = context;
  const result = await handoffs.join(code, { channelId: activity.channelId, channelUserId: activity.from.id, reference: TurnContext.getConversationReference(activity) }, now);
  if (result.kind === 'invalid') await context.sendActivity(t.t('handoff.staff.joinInvalid'));
  else await context.sendActivity(`${t.t('handoff.staff.joined', { name: result.staff.name })}\n\n${help(handoffs, result.staff)}`);
}

function help(handoffs: HandoffService, staff: StaffRecord): string {
  const t = handoffs.texts;
  return t.t(staff.onDuty ? 'handoff.staff.help' : 'handoff.staff.helpPaused', { hours: handoffs.officeHours() });
}

function buttons(items: { title: string; value: string }[]) {
  return { to: [], actions: items.map((b) => ({ type: 'postBack', title: b.title, value: b.value })) };
}

async function run(context: TurnContext, handoffs: HandoffService, staff: StaffRecord, command: StaffCommand | undefined, said: string, now: Date): Promise<void> {
  const t = handoffs.texts;
  const say = (key: string, vars?: Record<string, string>) => context.sendActivity(t.t(key, vars));
  switch (command?.kind) {
    case 'join':
      return void (await say('handoff.staff.already', { name: staff.name }));
    case 'take': {
      const result = await handoffs.take(staff, command.caseId, now);
      if (result.kind === 'gone') return void (await say('handoff.staff.gone'));
      if (result.kind === 'already') return void (await say('handoff.staff.alreadyTaken', { name: result.by ?? '' }));
      const waiting = result.waiting.map((m) => t.t('handoff.staff.fromPerson', { text: m })).join('\n');
      return void (await context.sendActivity([t.t('handoff.staff.takenByYou'), waiting].filter(Boolean).join('\n\n')));
    }
    case 'end': {
      const open = await handoffs.activeCaseOf(staff);
      if (!open || !(await handoffs.endByStaff(staff, open, now))) return void (await say('handoff.staff.noCase'));
      return void (await say('handoff.staff.ended'));
    }
    case 'handOn': {
      const open = await handoffs.activeCaseOf(staff);
      if (!open) return void (await say('handoff.staff.noCase'));
      const colleagues = await handoffs.colleagues(staff);
      if (!colleagues.length) return void (await say('handoff.staff.passNobody'));
      return void (await context.sendActivity({ type: 'message', text: t.t('handoff.staff.passChoose'), suggestedActions: buttons(colleagues.map((c) => ({ title: c.name, value: passAction(open.id, c.id) }))) }));
    }
    case 'pass': {
      const result = await handoffs.passOn(staff, command.caseId, command.to, now);
      return void (await (result.kind === 'passed' ? say('handoff.staff.passed', { name: result.to }) : say('handoff.staff.gone')));
    }
    case 'callbacks': {
      const open = await handoffs.openCallbacks();
      if (!open.length) return void (await say('handoff.staff.noCallbacks'));
      for (const c of open) {
        const when = c.createdAt.toISOString().slice(0, 16).replace('T', ' ');
        await context.sendActivity({ type: 'message', text: t.t('handoff.staff.callback', { when, contact: c.callbackContact ?? '', topic: c.topic }), suggestedActions: buttons([{ title: t.t('handoff.staff.calledButton'), value: calledAction(c.id) }]) });
      }
      return;
    }
    case 'called':
      return void (await say((await handoffs.markCalled(staff, command.caseId, now)) ? 'handoff.staff.called' : 'handoff.staff.gone'));
    case 'duty':
      await handoffs.setOnDuty(staff, command.onDuty);
      return void (await say(command.onDuty ? 'handoff.staff.onDuty' : 'handoff.staff.paused'));
    case 'help':
      return void (await context.sendActivity(help(handoffs, staff)));
    default: {
      const open = said ? await handoffs.activeCaseOf(staff) : undefined;
      if (!open) return void (await context.sendActivity(`${t.t('handoff.staff.noCase')}\n\n${help(handoffs, staff)}`));
      if (!(await handoffs.fromStaff(staff, open, said.slice(0, 4000), now))) await say('handoff.staff.unreachable');
    }
  }
}

// ───────────── job coaching ─────────────

type CoachHandler = (context: TurnContext, coaching: CoachingService, coach: StaffRecord, command: StaffCommand) => Promise<void>;

const COACHING: Partial<Record<StaffCommand['kind'], CoachHandler>> = {
  coachCode: async (context, coaching, coach) => {
    if (!coach.roles.includes('coach')) return void (await context.sendActivity(coaching.texts.t('coach.staff.notCoach')));
    await context.sendActivity(coaching.texts.t('coach.staff.code', { code: await coaching.newCode(coach) }));
  },
  people: async (context, coaching, coach) => {
    const t = coaching.texts;
    const people = await coaching.people(coach);
    if (!people.length) return void (await context.sendActivity(t.t('coach.staff.nobody')));
    for (const { link, name } of people) {
      await context.sendActivity({
        type: 'message',
        text: t.t('coach.staff.person', { name, since: link.linkedAt.toISOString().slice(0, 10) }),
        suggestedActions: buttons([
          { title: t.t('coach.staff.profileButton'), value: profileAction(link.id) },
          { title: t.t('coach.staff.jobsButton'), value: jobsAction(link.id) },
        ]),
      });
    }
  },
  coachProfile: async (context, coaching, coach, command) => {
    const profile = command.kind === 'coachProfile' ? await coaching.profileFor(coach, command.linkId) : undefined;
    await context.sendActivity(profile ?? coaching.texts.t('coach.staff.gone'));
  },
  coachJobs: async (context, coaching, coach, command) => {
    const t = coaching.texts;
    const linkId = command.kind === 'coachJobs' ? command.linkId : '';
    const jobs = await coaching.jobsFor(coach, linkId);
    if (!jobs) return void (await context.sendActivity(t.t('coach.staff.gone')));
    if (!jobs.length) return void (await context.sendActivity(t.t('coach.staff.noJobs')));
    await context.sendActivity({
      type: 'message',
      text: jobs.map((p, i) => t.t('coach.staff.job', { n: i + 1, title: p.job.title, company: p.job.employerName, percent: Math.round(p.score * 100), why: p.explanation })).join('\n\n'),
      suggestedActions: buttons(jobs.map((p, i) => ({ title: t.t('coach.staff.suggestButton', { n: i + 1 }), value: suggestAction(linkId, p.job.id) }))),
    });
  },
  coachSuggest: async (context, coaching, coach, command) => {
    const result = command.kind === 'coachSuggest' ? await coaching.suggest(coach, command.linkId, command.jobId) : 'gone';
    await context.sendActivity(coaching.texts.t(`coach.staff.suggest.${result}`));
  },
};
