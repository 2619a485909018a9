/**
 * "Wer darf dein Profil sehen?" — only the person, or pseudonymously for matching member
 * companies (HR digests). The choice is recorded as the hr_visibility consent with the text version.
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile } from '../src/bot/turn';
import type { Visibility } from '../src/profile/types';
import { saysVague } from './vague';

/** Dialog id. */
export const VISIBILITY = 'visibility';

/** Version of the visibility text; recorded with the consent. */
export const VISIBILITY_TEXT_VERSION = 'hr-visibility-2026-11';

const CHOICES: readonly Visibility[] = ['private', 'anonymous'];

interface VisibilityMemory extends Record<string, unknown> {
  edit?: boolean;
}

function visibility({ profiles }: Pick<BotServices, 'profiles'>): Step<VisibilityMemory> {
  return {
    id: 'visibility',
    skip: (turn, memory) => !memory.edit && turn.user().visibilityAsked === true,
    ask: (turn) => ({ text: turn.texts.t('visibility.ask'), buttons: choiceButtons(turn.texts, 'visibility.options', 'vis', CHOICES) }),
    answer: async (turn, reply) => {
      const picked = matchChoice(turn.texts, reply, 'visibility.options', 'vis', CHOICES) as Visibility | undefined;
      // "egal", "weiss nöd": the careful default, said so.
      const vague = !picked && saysVague(turn, reply);
      const chosen: Visibility | undefined = picked ?? (vague ? 'private' : undefined);
      if (!chosen) return retry('visibility.retry');
      const personId = turn.profile!.id;
      await profiles.recordConsent(personId, 'hr_visibility', chosen === 'anonymous', VISIBILITY_TEXT_VERSION);
      setProfile(turn, await profiles.update(personId, { visibility: chosen }));
      turn.user().visibilityAsked = true;
      await turn.context.sendActivity(turn.texts.t(vague ? 'valuefirst.visibilityDefault' : `visibility.ack.${chosen}`));
      return next();
    },
  };
}

/** The visibility dialog. */
export function visibilityDialog(ports: Pick<BotServices, 'profiles'>): StepDialog<VisibilityMemory> {
  return new StepDialog<VisibilityMemory>(VISIBILITY, [visibility(ports)]);
}
