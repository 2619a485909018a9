/**
 * StepDialog: the one dialog engine behind every conversation in dialogs/.
 *
 * A dialog is a list of steps that reads like the conversation: each step either asks a question
 * (ask + answer) or just does something (run). The engine tags every question so a tap on an old
 * button is recognized, repeats the question after bad input with a hint how to answer, skips
 * steps whose answer is already known (slot filling), goes back one question on "zurück", and
 * re-asks after an interruption. We use our own Understander instead of botbuilder's
 * NumberPrompt/ChoicePrompt, which don't understand German (see DESIGN).
 */
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { newTag } from './actions';
import { choiceButtons, choosesButton, matchYesNo, yesNoButtons } from './choices';
import { renderQuestion, type Button, type Question, type Reply } from './render';
import { sayNoted } from './noted';
import { turnOf, type Turn } from './turn';
import type { Vars } from '../i18n';

/** Dialog-local memory; must stay JSON-serializable (it is saved with the conversation). */
export type Memory = Record<string, unknown>;

/** What a step decides after an answer or run. */
export type Outcome =
  | { next: true }
  | { repeat: true }
  | { retry: string; vars?: Vars }
  | { goto: string }
  | { begin: string; options?: Memory }
  | { end: unknown }
  /** Ends every dialog of the conversation without resuming parents (after deleting everything). */
  | { stop: true }
  /** Ends every dialog of the conversation and begins this one (e.g. the menu after linking a channel). */
  | { reset: string };

/** One step of a StepDialog. */
export interface Step<M extends Memory = Memory> {
  id: string;
  /** Profile fields this step asks for; mentions of them elsewhere fill them in passing, here the step does. */
  fills?: readonly string[];
  /** True when the answer is already known; the step is skipped (slot filling). */
  skip?(turn: Turn, memory: M): boolean | Promise<boolean>;
  /** A step without a question: does something and decides how to go on. */
  run?(turn: Turn, memory: M): Outcome | Promise<Outcome>;
  /** The question; must depend only on turn and memory, so it can be asked again identically. */
  ask?(turn: Turn, memory: M): Question | Promise<Question>;
  /** Handles the reply to the question. */
  answer?(turn: Turn, reply: Reply, memory: M): Outcome | Promise<Outcome>;
  /** The question cannot be left out (consent, deletion): when stuck, no "Überspringen" is offered. */
  required?: boolean;
  /** Every button already leads on (the menu, "Später" in the summary): being stuck needs no extra hint. */
  buttonsLeadOn?: boolean;
  /** How to go on when the person skips the question after being stuck; default: the next step. */
  skipped?(turn: Turn, memory: M): Outcome | Promise<Outcome>;
}

/** Shorthands for outcomes. */
export const next = (): Outcome => ({ next: true });
export const retry = (key: string, vars?: Vars): Outcome => ({ retry: key, vars });
export const goto = (id: string): Outcome => ({ goto: id });
export const begin = (id: string, options?: Memory): Outcome => ({ begin: id, options });
export const end = (value?: unknown): Outcome => ({ end: value });
export const stop = (): Outcome => ({ stop: true });
export const reset = (id: string): Outcome => ({ reset: id });

/**
 * A yes/no question before something that cannot be undone: `ask` with yes/no buttons, `retry` when
 * the answer is neither, `kept` and the end of the dialog on no, and `onYes` on yes.
 */
export function confirmStep(keys: { ask: string; retry: string; kept: string }, onYes: (turn: Turn) => Promise<Outcome>): Step {
  return {
    id: 'confirm',
    required: true,
    ask: (turn) => ({ text: turn.texts.t(keys.ask), buttons: yesNoButtons(turn.texts) }),
    answer: async (turn, reply) => {
      const said = matchYesNo(turn.texts, reply, turn.understanding().intent.name);
      if (!said) return retry(keys.retry);
      if (said === 'no') {
        await turn.context.sendActivity(turn.texts.t(keys.kept));
        return end(undefined);
      }
      return onYes(turn);
    },
  };
}

interface StepState {
  index: number;
  memory: Memory;
  history: number[];
  tag?: string;
  waiting: 'answer' | 'child' | 'none';
  retries: number;
}

/**
 * After this many failed answers in a row the question offers a way out ("Überspringen", or for a
 * required question "hilfe" / a person), so nobody reads the same question a fourth time in vain.
 */
export const STUCK_AFTER = 2;
const SKIP_ACTION = 'step:skip';

function skipButton(turn: Turn): Button {
  return choiceButtons(turn.texts, 'common', 'step', ['skip'])[0]!;
}

/** Options to begin a StepDialog with: the initial memory. */
export interface StepOptions {
  memory?: Memory;
}

/** Runs a list of steps; see the module comment. */
export class StepDialog<M extends Memory = Memory> extends Dialog<StepOptions> {
  constructor(
    id: string,
    private readonly steps: Step<M>[],
  ) {
    super(id);
  }

  private state(dc: DialogContext): StepState {
    return dc.activeDialog!.state as StepState;
  }

  override async beginDialog(dc: DialogContext, options?: StepOptions): Promise<DialogTurnResult> {
    Object.assign(dc.activeDialog!.state, { index: 0, memory: { ...(options?.memory ?? {}) }, history: [], waiting: 'none', retries: 0 });
    return this.advance(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const turn = turnOf(dc.context);
    if (state.waiting !== 'answer' || dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const { reply } = turn;
    if (reply.tag && reply.tag !== state.tag) {
      await dc.context.sendActivity(turn.texts.t('common.stale'));
      return this.ask(dc, false);
    }
    if (!reply.text && !reply.location && !reply.action) return this.apply(dc, retry('common.empty'));
    const step = this.steps[state.index]!;
    if (this.skipOffered(state) && (reply.action === SKIP_ACTION || choosesButton(reply, [skipButton(turn)]))) {
      return this.apply(dc, step.skipped ? await step.skipped(turn, state.memory as M) : next());
    }
    if (!step.required && (await this.saysUnsure(turn, state))) {
      await dc.context.sendActivity(turn.texts.t('common.unsureOk'));
      return this.apply(dc, step.skipped ? await step.skipped(turn, state.memory as M) : next());
    }
    return this.apply(dc, await step.answer!(turn, reply, state.memory as M));
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.waiting === 'child') {
      state.memory.lastResult = result === undefined ? null : (result as never);
      state.waiting = 'none';
      return this.advance(dc);
    }
    if (state.waiting === 'answer') {
      // The interruption ("Ort ändern" over "Wo möchtest du arbeiten?") may have answered the question.
      const step = this.steps[state.index]!;
      if (step.skip && (await step.skip(turnOf(dc.context), state.memory as M))) {
        // Answered, if elsewhere: "zurück" from the next question comes back here.
        state.history.push(state.index);
        state.waiting = 'none';
        state.index += 1;
        return this.advance(dc);
      }
      return this.ask(dc, false);
    }
    return this.advance(dc);
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: object }): Promise<void> {
    const state = instance.state as StepState;
    if (state.waiting !== 'answer') return;
    await context.sendActivity(renderQuestion(await this.question(turnOf(context), state), state.tag));
  }

  /** The profile fields the current step asks for, while it waits for an answer. */
  fieldsOf(state: StepState): readonly string[] {
    return state.waiting === 'answer' ? (this.steps[state.index]?.fills ?? []) : [];
  }

  /** The id of the step waiting for an answer (undefined when nothing waits). */
  stepOf(state: StepState): string | undefined {
    return state.waiting === 'answer' ? this.steps[state.index]?.id : undefined;
  }

  /** The buttons of the question waiting for an answer (none when nothing waits). */
  async offered(context: DialogContext['context'], state: StepState): Promise<readonly Button[]> {
    return state.waiting === 'answer' ? ((await this.question(turnOf(context), state)).buttons ?? []) : [];
  }

  /** Goes back to the previous question of this dialog; false when there is none. */
  async back(dc: DialogContext): Promise<boolean> {
    const state = this.state(dc);
    const previous = state.history.pop();
    if (previous === undefined) return false;
    state.index = previous;
    await this.ask(dc, true);
    return true;
  }

  /**
   * "weiss nicht" to a question that has no such button: a counsellor moves on instead of taking it
   * as the answer (a name, a school) or insisting. A question with its own "weiss nicht" handles it.
   */
  private async saysUnsure(turn: Turn, state: StepState): Promise<boolean> {
    const { reply } = turn;
    if (reply.action || !choosesButton(reply, [{ title: '', synonyms: turn.texts.variants('common.unsure') }])) return false;
    return !choosesButton(reply, (await this.question(turn, state)).buttons ?? []);
  }

  private skipOffered(state: StepState): boolean {
    return state.retries >= STUCK_AFTER && !this.steps[state.index]!.required;
  }

  private async question(turn: Turn, state: StepState): Promise<Question> {
    const question = await this.steps[state.index]!.ask!(turn, state.memory as M);
    if (!this.skipOffered(state)) return question;
    return { ...question, buttons: [...(question.buttons ?? []), skipButton(turn)] };
  }

  private async ask(dc: DialogContext, fresh: boolean): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (fresh || !state.tag) state.tag = newTag();
    state.waiting = 'answer';
    await dc.context.sendActivity(renderQuestion(await this.question(turnOf(dc.context), state), state.tag));
    return Dialog.EndOfTurn;
  }

  private async advance(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const turn = turnOf(dc.context);
    while (state.index < this.steps.length) {
      const step = this.steps[state.index]!;
      if (step.skip && (await step.skip(turn, state.memory as M))) {
        state.index += 1;
        continue;
      }
      if (step.ask) {
        state.retries = 0;
        return this.ask(dc, true);
      }
      const outcome = await step.run!(turn, state.memory as M);
      if (!('next' in outcome)) return this.apply(dc, outcome, false);
      state.index += 1;
    }
    return dc.endDialog(state.memory.result);
  }

  private async apply(dc: DialogContext, outcome: Outcome, answered = true): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const turn = turnOf(dc.context);
    await sayNoted(turn);
    if ('retry' in outcome) {
      state.retries += 1;
      // Right after "Notiert: Ort, Pensum ✅" a "nicht verstanden" would contradict it: just come back to the question.
      const hint = turn.noted.length ? turn.texts.t('common.backToQuestion') : turn.texts.t(outcome.retry, outcome.vars);
      const { buttonsLeadOn } = this.steps[state.index]!;
      const stuck =
        state.retries >= STUCK_AFTER && !buttonsLeadOn ? turn.texts.t(this.skipOffered(state) ? 'common.stuck' : 'common.stuckRequired') : undefined;
      await dc.context.sendActivity(stuck ? `${hint}\n${stuck}` : hint);
      return this.ask(dc, false);
    }
    if ('repeat' in outcome) return this.ask(dc, true);
    if ('end' in outcome) return dc.endDialog(outcome.end);
    if ('stop' in outcome) return dc.cancelAllDialogs();
    if ('reset' in outcome) {
      await dc.cancelAllDialogs();
      return dc.beginDialog(outcome.reset);
    }
    if (answered) state.history.push(state.index);
    state.waiting = 'none';
    if ('goto' in outcome) {
      const target = this.steps.findIndex((s) => s.id === outcome.goto);
      if (target < 0) throw new Error(`Unknown step "${outcome.goto}" in ${this.id}`);
      state.index = target;
      return this.advance(dc);
    }
    state.index += 1;
    if ('begin' in outcome) {
      state.waiting = 'child';
      return dc.beginDialog(outcome.begin, { memory: outcome.options });
    }
    return this.advance(dc);
  }
}

/** The StepDialog on top of the stack with its state, if the top dialog is one. */
function topStepDialog(dc: DialogContext): { dialog: StepDialog; state: StepState } | undefined {
  const active = dc.activeDialog;
  const dialog = active ? dc.findDialog(active.id) : undefined;
  return dialog instanceof StepDialog ? { dialog, state: active!.state as StepState } : undefined;
}

/** Whether the dialog on top of the stack can go back one question, and does it. */
export async function goBack(dc: DialogContext): Promise<boolean> {
  return (await topStepDialog(dc)?.dialog.back(dc)) ?? false;
}

/** The profile fields the open question asks for (empty when none). */
export function fieldsAsked(dc: DialogContext): readonly string[] {
  const top = topStepDialog(dc);
  return top ? top.dialog.fieldsOf(top.state) : [];
}

/** The id of the step whose question is open (undefined when none waits). */
export function openStep(dc: DialogContext): string | undefined {
  const top = topStepDialog(dc);
  return top ? top.dialog.stepOf(top.state) : undefined;
}

/** The buttons of the open question (empty when none waits). */
export async function offeredButtons(dc: DialogContext): Promise<readonly Button[]> {
  const top = topStepDialog(dc);
  return top ? top.dialog.offered(dc.context, top.state) : [];
}
