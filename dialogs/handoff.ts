/**
 * "Ich möchte mit einem Menschen reden": Lotse asks what it is about and, with the person's
 * consent, sends the request (the question, and the profile only if the person agrees) to the
 * network's counsellors on duty. Outside office hours, or when nobody is on duty, Lotse says so
 * honestly and offers a callback: the person leaves a phone number or e-mail address of their choice.
 * Begun with `caseId` and `closed` (a request nobody took in time), it asks for the callback contact only.
 */
import { TurnContext } from 'botbuilder-core';
import type { DialogContext } from 'botbuilder-dialogs';
import { end, goto, next, retry, stop, StepDialog, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { parseContactDetail } from '../src/hr/contact-details';
import { describeProfile, occupationLabel } from './summary';

/** Dialog id. */
export const HANDOFF = 'handoff';

/** Longest question passed on (a request is a short summary, not a letter). */
const MAX_TOPIC = 500;

interface HandoffMemory extends Record<string, unknown> {
  topic?: string;
  /** The case a callback belongs to (a request nobody took, or nobody could be reached for). */
  caseId?: string;
  /** Nobody is there (outside office hours, nobody on duty); the person was told so. */
  closed?: boolean;
  /** The question "Worum geht es?" waits: any text answers it, even words that sound like a command. */
  awaitingTopic?: boolean;
}

function reference(turn: Turn) {
  return TurnContext.getConversationReference(turn.context.activity);
}

/** The handoff's steps over the counsellors' desk (absent where no staff side runs). */
function steps({ handoffs, vocabulary }: Pick<BotServices, 'handoffs' | 'vocabulary'>): Step<HandoffMemory>[] {
  const hours: Step<HandoffMemory> = {
    id: 'hours',
    run: async (turn, memory) => {
      if (!handoffs) {
        await turn.context.sendActivity(turn.texts.t('main.human'));
        return end();
      }
      if (memory.caseId) return goto('callback');
      memory.closed = !(await handoffs.available(handoffs.now()));
      memory.awaitingTopic = true;
      return next();
    },
  };

  const topic: Step<HandoffMemory> = {
    id: 'topic',
    ask: (turn, memory) =>
      memory.closed
        ? { text: turn.texts.t('handoff.askClosed', { hours: handoffs!.officeHours() }), buttons: [{ title: turn.texts.t('handoff.callbackNo'), action: 'handoff:nocallback' }] }
        : { text: turn.texts.t('handoff.ask') },
    answer: async (turn, reply, memory) => {
      if (reply.action === 'handoff:nocallback') {
        memory.awaitingTopic = false;
        await turn.context.sendActivity(turn.texts.t('handoff.callbackDeclined'));
        return end();
      }
      if (!reply.text || reply.action) return retry('handoff.askAgain');
      memory.awaitingTopic = false;
      memory.topic = reply.text.slice(0, MAX_TOPIC);
      return memory.closed ? goto('callback') : next();
    },
  };

  const consent: Step<HandoffMemory> = {
    id: 'consent',
    required: true,
    ask: (turn) => ({
      text: turn.texts.t(turn.profile ? 'handoff.consent' : 'handoff.consentNoProfile'),
      buttons: [
        ...(turn.profile ? [{ title: turn.texts.t('handoff.withProfile'), action: 'handoff:profile' }] : []),
        { title: turn.texts.t(turn.profile ? 'handoff.topicOnly' : 'handoff.send'), action: 'handoff:topic' },
        { title: turn.texts.t('handoff.cancel'), action: 'handoff:no' },
      ],
    }),
    answer: async (turn, reply, memory) => {
      const choice = reply.action?.split(':')[1];
      if (!choice) return retry('handoff.consentAgain');
      if (choice === 'no') {
        await turn.context.sendActivity(turn.texts.t('handoff.declined'));
        return end();
      }
      const summary = choice === 'profile' && turn.profile ? describeProfile(turn.texts, turn.profile, occupationLabel(vocabulary)) : undefined;
      const result = await handoffs!.request({ personId: turn.profile?.id, reference: reference(turn), locale: turn.locale, topic: memory.topic ?? '', summary }, handoffs!.now());
      if (result.status === 'none') {
        memory.caseId = result.caseId;
        return goto('callback');
      }
      await turn.context.sendActivity(turn.texts.t('handoff.sent'));
      // Nothing stays open: until the case ends, the person's messages go to the counsellor.
      return stop();
    },
  };

  const callback: Step<HandoffMemory> = {
    id: 'callback',
    ask: (turn, memory) => ({
      text: turn.texts.t(memory.closed ? 'handoff.callbackAsk' : 'handoff.closed', { hours: handoffs!.officeHours() }),
      buttons: [{ title: turn.texts.t('handoff.callbackNo'), action: 'handoff:nocallback' }],
    }),
    answer: async (turn, reply, memory) => {
      if (reply.action === 'handoff:nocallback') {
        await turn.context.sendActivity(turn.texts.t('handoff.callbackDeclined'));
        return end();
      }
      const contact = parseContactDetail(reply.text);
      if (!contact) return retry('handoff.callbackBad');
      await handoffs!.callback({ caseId: memory.caseId, personId: turn.profile?.id, reference: reference(turn), locale: turn.locale, topic: memory.topic ?? '', contact }, handoffs!.now());
      await turn.context.sendActivity(turn.texts.t('handoff.callbackSaved', { contact }));
      return end();
    },
  };

  return [hours, topic, consent, callback];
}

/** Commands that still work while the topic question waits (everything else typed is the topic). */
const ESCAPES = new Set(['cancel', 'back', 'help', 'restart']);

/** Whether this turn answers the open "Worum geht es?" (a typed text that is not "abbrechen", "zurück", …). */
export function answersTopic(dc: DialogContext, turn: Turn): boolean {
  const instance = dc.activeDialog;
  if (instance?.id !== HANDOFF || !turn.reply.text || turn.reply.action) return false;
  if (!(instance.state as { memory?: HandoffMemory }).memory?.awaitingTopic) return false;
  const { name, confidence } = turn.understanding().intent;
  // Only a short command escapes: "Ich brauche Hilfe mit meinem Lebenslauf" is the topic, not «hilfe».
  const short = turn.reply.text.trim().split(/\s+/).length <= 3;
  return !(short && ESCAPES.has(name) && confidence >= 0.7);
}

/** The handoff dialog. */
export function handoffDialog(ports: Pick<BotServices, 'handoffs' | 'vocabulary'>): StepDialog<HandoffMemory> {
  return new StepDialog<HandoffMemory>(HANDOFF, steps(ports));
}
