/**
 * `npm run eval:conversation [-- --json] [--transcripts <dir>] [--persona <id>]`: the walk-through
 * benchmark. Starts a real Lotse (demo data, fresh SQLite) in a child process and lets the
 * scripted personas of bench/conversation-personas.ts chat with it over Direct Line, as the web
 * chat does (real HTTP): each reads what Lotse wrote, works out what the open question is about
 * (from the question's buttons), and types or taps its answer.
 *
 * Per persona it reports:
 * - `firstProposal`: messages from the start of the conversation (the widget opening, like
 *   Telegram's /start, counts as message 1) until Lotse shows the first job or Lehrstelle cards;
 * - `complete`: messages until the profile is complete (HR visibility and job alert answered and
 *   the profile summary seen);
 * - `misunderstandings`: questions asked again after an answer ("nicht verstanden"), guesses of a
 *   skill the person did not mean («Meinst du …?»), level or source asked for such a skill, and
 *   misreads stored in the profile (the summary shows what it must not, or lacks what it must);
 * - `repeats`: a question asked again after it was answered.
 * With --json the last stdout line is {personas: [...], goals: {...}}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { request } from './client';
import { forkLotse } from './lotse-process';
import { PERSONAS, type Answer, type Persona, type Topic } from './conversation-personas';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const transcriptsDir = option('--transcripts');
const only = option('--persona');

/** A walk-through ends here even when the profile never gets complete. */
const MAX_MESSAGES = 70;

interface Action {
  type: string;
  title: string;
  value: unknown;
}

interface Activity {
  type: string;
  text?: string;
  from?: { id: string };
  suggestedActions?: { actions: Action[] };
  attachments?: { contentType: string; content?: { title?: string; subtitle?: string; text?: string; buttons?: Action[] } }[];
  channelData?: { lotse?: { requestLocation?: boolean } };
}

/** Button verb → topic of the question. New questions need their verb here. */
const VERB_TOPICS: Record<string, Topic> = {
  lang: 'language',
  consent: 'consent',
  name: 'name',
  sit: 'situation',
  goal: 'goal',
  sk: 'skills',
  sugg: 'skills',
  alt: 'confirm',
  lvl: 'level',
  lvls: 'level',
  src: 'source',
  int: 'interestOffer',
  ria: 'interestItem',
  sch: 'school',
  trn: 'training',
  yrs: 'experience',
  rad: 'radius',
  pen: 'pensum',
  start: 'start',
  kind: 'kind',
  lng: 'languages',
  mob: 'mobility',
  vis: 'visibility',
  alert: 'alert',
  sum: 'summary',
  nxt: 'next',
};

/** Topics that come back by design (the skill list grows, the menu), never a repeat. */
const MAY_RECUR = new Set<Topic | 'menu'>(['skills', 'summary', 'next', 'menu', 'interestItem']);

function actionOf(button: Action): string {
  return typeof button.value === 'string' ? button.value : '';
}

function verbOf(button: Action): string {
  return actionOf(button).split(/[:#]/)[0] ?? '';
}

function tagOf(activity: Activity): string | undefined {
  const value = activity.suggestedActions?.actions.map(actionOf).find((v) => v.includes('#'));
  return value?.split('#')[1];
}

/** The skill a «Meinst du …?» question guesses (quoted the de-CH, de-DE or English way), if it is one. */
function guessOf(text: string): string | undefined {
  return /(?:«([^»]+)»|„([^“]+)“|"([^"]+)")\s*\?\s*$/.exec(text)?.slice(1).find(Boolean);
}

/** The topic of a question (an activity with buttons or a location request). */
function topicOf(activity: Activity): Topic | 'menu' | undefined {
  const buttons = activity.suggestedActions?.actions ?? [];
  const verbs = new Set(buttons.map(verbOf));
  for (const verb of verbs) {
    const topic = VERB_TOPICS[verb];
    if (topic) return topic;
  }
  if (verbs.has('yn')) return guessOf(activity.text ?? '') !== undefined ? 'confirm' : 'alert';
  if (activity.channelData?.lotse?.requestLocation) return 'place';
  if (verbs.has('cmd')) return 'menu';
  return undefined;
}

function render(activity: Activity): string {
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  for (const a of activity.attachments ?? []) {
    const c = a.content;
    if (!c) continue;
    lines.push(`  ┌ ${c.title ?? ''}${c.subtitle ? ` — ${c.subtitle}` : ''}`);
    for (const l of (c.text ?? '').split('\n').filter(Boolean)) lines.push(`  │ ${l}`);
    if (c.buttons?.length) lines.push(`  └ [${c.buttons.map((b) => b.title).join('] [')}]`);
  }
  const buttons = activity.suggestedActions?.actions ?? [];
  if (buttons.length) lines.push(`  ( ${buttons.map((b) => b.title).join(' | ')} )`);
  return lines.map((l) => `Lotse: ${l}`.replace(/^Lotse: {2}/, '       ')).join('\n');
}

export interface PersonaResult {
  id: string;
  who: string;
  cooperative: boolean;
  firstProposal: number | null;
  complete: number | null;
  messages: number;
  misunderstandings: number;
  repeats: number;
  notes: string[];
  transcript: string;
}

class Conversation {
  private watermark = '';
  conversationId = '';
  token = '';

  constructor(
    private readonly base: string,
    readonly user: string,
    private readonly locale: string,
  ) {}

  async open(): Promise<Activity[]> {
    const generated = await request(this.base, 'POST', '/v3/directline/tokens/generate', { user: { id: this.user } });
    if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
    const started = await request(this.base, 'POST', '/v3/directline/conversations', { locale: this.locale }, JSON.parse(generated.body).token);
    if (started.status !== 201) throw new Error(`conversations answered ${started.status}`);
    const grant = JSON.parse(started.body) as { conversationId: string; token: string };
    this.conversationId = grant.conversationId;
    this.token = grant.token;
    // The greeting runs in the background: wait until a question (buttons) has arrived.
    const received: Activity[] = [];
    for (let i = 0; i < 200 && !received.some((a) => a.suggestedActions); i++) {
      received.push(...(await this.fetch()));
      if (!received.some((a) => a.suggestedActions)) await new Promise((r) => setTimeout(r, 25));
    }
    return received;
  }

  async send(activity: Record<string, unknown>): Promise<Activity[]> {
    const posted = await request(
      this.base,
      'POST',
      `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities`,
      { type: 'message', from: { id: this.user }, locale: this.locale, ...activity },
      this.token,
    );
    if (posted.status !== 200) throw new Error(`posting answered ${posted.status}: ${posted.body}`);
    return this.fetch();
  }

  private async fetch(): Promise<Activity[]> {
    const query = this.watermark ? `?watermark=${this.watermark}` : '';
    const page = await request(this.base, 'GET', `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}/activities${query}`, undefined, this.token);
    if (page.status !== 200) throw new Error(`reading the conversation answered ${page.status}: ${page.body}`);
    const body = JSON.parse(page.body) as { activities: Activity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities.filter((a) => a.from?.id !== this.user);
  }
}

/** Walks one persona through the conversation. */
async function walk(base: string, persona: Persona): Promise<PersonaResult> {
  const chat = new Conversation(base, `dl_eval_${persona.id}_${Date.now().toString(36)}`, persona.clientLocale);
  const transcript: string[] = [];
  const notes: string[] = [];
  const asked = new Map<Topic, number>();
  const answeredKeys = new Map<string, string>();
  let messages = 1; // the conversation start ("Hallo" / /start)
  let firstProposal: number | null = null;
  let complete: number | null = null;
  let misunderstandings = 0;
  let repeats = 0;
  let sawSummary = false;
  let sawVisibility = false;
  let sawAlert = false;
  let previousTag: string | undefined;
  let idle = 0;

  transcript.push(`(${persona.who})`, '', `Du: (öffnet den Chat)`);
  let received = await chat.open();

  while (messages < MAX_MESSAGES) {
    for (const a of received) transcript.push(render(a));
    if (firstProposal === null && received.some((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.hero'))) {
      firstProposal = messages;
    }
    const summary = received.find((a) => topicOf(a) === 'summary' || /^(So sieht dein Profil aus|This is your profile|Your profile)/m.test(a.text ?? ''));
    if (summary) {
      sawSummary = true;
      for (const must of persona.summaryMust ?? []) {
        if (!must.test(summary.text ?? '')) {
          misunderstandings += 1;
          notes.push(`summary lacks ${must}`);
        }
      }
      for (const mustNot of persona.summaryMustNot ?? []) {
        if (mustNot.test(summary.text ?? '')) {
          misunderstandings += 1;
          notes.push(`summary shows ${mustNot}`);
        }
      }
    }
    if (complete === null && sawSummary && sawVisibility && sawAlert) complete = messages;
    if (complete !== null && firstProposal !== null) break;

    const question = [...received].reverse().find((a) => topicOf(a) !== undefined);
    const topic = question ? topicOf(question) : undefined;
    let answer: Answer | undefined;
    if (!question || topic === undefined) {
      // Nothing asked: a person who wants to go on taps what leads on, or asks for more.
      const buttons = received.flatMap((a) => a.suggestedActions?.actions ?? []);
      const on = buttons.find((b) => /^(cmd:resume|cmd:finish_profile|nxt)/.test(actionOf(b)));
      if (!on || ++idle > 3) {
        notes.push('conversation stalled');
        break;
      }
      answer = { tap: actionOf(on).split('#')[0]! };
    } else if (topic === 'menu') {
      const buttons = question.suggestedActions!.actions;
      const on = buttons.find((b) => /^cmd:(finish_profile|resume)/.test(actionOf(b)));
      if (complete !== null || !on) {
        // The profile rests in the menu: what is left is not reachable by going on.
        if (firstProposal === null) answer = { tap: 'cmd:show_jobs' };
        else {
          notes.push('menu reached before a complete profile');
          break;
        }
      } else answer = { tap: actionOf(on).split('#')[0]! };
    } else {
      const tag = tagOf(question);
      const text = question.text ?? '';
      if (tag && tag === previousTag) {
        misunderstandings += 1;
        notes.push(`asked again after an answer: ${topic}`);
      } else if (!MAY_RECUR.has(topic)) {
        const key = `${topic}|${text}`;
        if (answeredKeys.has(key) && answeredKeys.get(key) !== tag) {
          repeats += 1;
          notes.push(`repeated question: ${topic} «${text.split('\n')[0]}»`);
        }
        answeredKeys.set(key, tag ?? '');
      }
      previousTag = tag;
      if (topic === 'visibility') sawVisibility = true;
      if (topic === 'alert') sawAlert = true;
      if (topic === 'confirm') {
        const guess = guessOf(text) ?? text;
        if (persona.skills.test(guess)) answer = { tap: 'yn:yes' };
        else {
          misunderstandings += 1;
          notes.push(`wrong guess «${guess}»`);
          answer = { tap: 'yn:no' };
        }
      } else {
        if ((topic === 'level' || topic === 'source') && !persona.skills.test(text)) {
          misunderstandings += 1;
          notes.push(`${topic} asked for a skill not meant: «${text.split('\n')[0]}»`);
        }
        const n = asked.get(topic) ?? 0;
        asked.set(topic, n + 1);
        const list = persona.answers[topic];
        answer = list?.length ? list[Math.min(n, list.length - 1)] : undefined;
        if (!answer) {
          // A topic the script has no answer for: the person takes the first button.
          const first = question.suggestedActions?.actions[0];
          notes.push(`no scripted answer for ${topic}`);
          answer = first ? { tap: actionOf(first).split('#')[0]! } : { say: 'weiss nicht' };
        }
      }
    }
    let activity: Record<string, unknown>;
    if ('say' in answer) {
      activity = { text: answer.say };
      transcript.push(`Du: ${answer.say}`);
    } else {
      const buttons = received.flatMap((a) => [...(a.suggestedActions?.actions ?? []), ...(a.attachments ?? []).flatMap((x) => x.content?.buttons ?? [])]);
      const wanted = answer.tap;
      const [wantedVerb, ...wantedArgs] = wanted.split(':');
      // The same answer under another verb of the same topic ("lvl:good" where all skills are rated at once: "lvls:good").
      const sameMeaning = (b: Action) => {
        const [verb, ...rest] = actionOf(b).split('#')[0]!.split(':');
        return VERB_TOPICS[verb!] !== undefined && VERB_TOPICS[verb!] === VERB_TOPICS[wantedVerb!] && rest.join(':') === wantedArgs.join(':');
      };
      const button = buttons.find((b) => actionOf(b).split('#')[0] === wanted || actionOf(b) === wanted) ?? buttons.find(sameMeaning);
      if (!button) {
        // The button is not there (any more): the person types its words instead.
        notes.push(`no button ${wanted}`);
        activity = { text: wanted.split(':')[1] ?? wanted };
        transcript.push(`Du: ${String(activity.text)}`);
      } else {
        activity = button.type === 'postBack' ? { text: String(button.value), value: button.value } : { text: String(button.value) };
        transcript.push(`Du: [${button.title}]`);
      }
    }
    messages += 1;
    received = await chat.send(activity);
    if (!received.length) {
      notes.push('no answer');
      break;
    }
  }
  return {
    id: persona.id,
    who: persona.who,
    cooperative: persona.cooperative,
    firstProposal,
    complete,
    messages,
    misunderstandings,
    repeats,
    notes,
    transcript: transcript.join('\n'),
  };
}

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

async function main(): Promise<void> {
  const lotse = await forkLotse({ env: { RATE_LIMIT_POSTS_PER_CONVERSATION: '0', RATE_LIMIT_POSTS_PER_IP: '0', RATE_LIMIT_STARTS_PER_IP: '0' } });
  const results: PersonaResult[] = [];
  try {
    for (const persona of PERSONAS.filter((p) => !only || p.id === only)) results.push(await walk(lotse.url, persona));
  } finally {
    await lotse.stop();
  }
  if (transcriptsDir) {
    fs.mkdirSync(transcriptsDir, { recursive: true });
    for (const r of results) fs.writeFileSync(path.join(transcriptsDir, `${r.id}.txt`), `${r.transcript}\n`);
  }
  log(`${'persona'.padEnd(20)} ${'first proposal'.padStart(14)} ${'complete'.padStart(9)} ${'misund.'.padStart(8)} ${'repeats'.padStart(8)}`);
  for (const r of results) {
    log(`${r.id.padEnd(20)} ${String(r.firstProposal ?? '—').padStart(14)} ${String(r.complete ?? '—').padStart(9)} ${String(r.misunderstandings).padStart(8)} ${String(r.repeats).padStart(8)}`);
    for (const note of r.notes) log(`    ${note}`);
  }
  const goals = {
    firstProposalAtMost8: results.every((r) => r.firstProposal !== null && r.firstProposal <= 8),
    cooperativeCompleteAtMost25: results.filter((r) => r.cooperative).every((r) => r.complete !== null && r.complete <= 25),
    noRepeats: results.every((r) => r.repeats === 0),
  };
  log(`goals: ${JSON.stringify(goals)}`);
  if (json) console.log(JSON.stringify({ personas: results.map(({ transcript: _t, ...r }) => r), goals }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
