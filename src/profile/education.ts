/**
 * The person's school and training as one short text ("Sek A / Bezirksschule, Polymechaniker EFZ"),
 * shared by the profile summary and the HR digest. A training stored as a button's title
 * ("Noch keine") reads as "noch keine Lehre".
 */
import type { Texts } from '../i18n';

const TRAINING_BUTTONS = ['none', 'ongoing'] as const;

/** The training as the reader should see it: a button's title becomes its summary wording. */
export function trainingText(texts: Texts, training: string | undefined): string | undefined {
  const button = TRAINING_BUTTONS.find((value) => texts.t(`education.training.${value}`) === training);
  return button ? texts.t(`summary.training.${button}`) : training;
}

/** School and training joined, or undefined when neither is known. */
export function educationText(texts: Texts, schoolLevel: string | undefined, training: string | undefined): string | undefined {
  return [schoolLevel, trainingText(texts, training)].filter(Boolean).join(', ') || undefined;
}
