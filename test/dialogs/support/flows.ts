/** The standard conversation of a test person, step by step, to reach any question quickly. */
import type { Activity, CardAction } from 'botbuilder-core';

/** What the flow needs of a chat: the in-process harness Chat, or a chat over a real channel. */
export interface Chat {
  send(input: string | Partial<Activity>): Promise<unknown>;
  tap(title: string | RegExp): Promise<unknown>;
  text(): string;
  buttons(): CardAction[];
}

/** One question of the standard flow: how to recognize it and how the test person answers it. */
export interface FlowStep {
  name: string;
  question: RegExp;
  answer(chat: Chat): Promise<unknown>;
}

const tap = (title: string) => (chat: Chat) => chat.tap(title);
const say = (text: string) => (chat: Chat) => chat.send(text);

/**
 * Lea, school leaver in Olten who can solder, from "Hallo" to her first jobs (after `place`) and on
 * to a complete profile: the short path first, then the questions that make the proposals better.
 */
export const FLOW: FlowStep[] = [
  { name: 'language', question: /In welcher Sprache/, answer: tap('Deutsch (Schweiz)') },
  { name: 'consent', question: /Bist du damit einverstanden/, answer: tap('Ja, einverstanden') },
  { name: 'goal', question: /Was suchst du/, answer: tap('Alles davon') },
  { name: 'skills', question: /Was kannst du gut/, answer: say('Ich kann löten') },
  { name: 'place', question: /Wo möchtest du arbeiten/, answer: say('4600 Olten') },
  { name: 'level', question: /Wie gut kennst du dich mit Löten aus/, answer: say('gut, als Hobby') },
  { name: 'radius', question: /Wie weit darf dein Arbeitsweg/, answer: tap('bis 25 km') },
  { name: 'situation', question: /Wo stehst du gerade/, answer: tap('Schule fertig, suche Lehrstelle/Job') },
  { name: 'interests', question: /in welche Richtung/, answer: tap('Ich weiss es schon') },
  { name: 'school', question: /Welche Schule/, answer: tap('Sekundarschule') },
  { name: 'training', question: /Lehre oder eine andere Berufsausbildung/, answer: tap('Noch keine') },
  { name: 'years', question: /Jahre Berufserfahrung/, answer: tap('Noch keine') },
  { name: 'pensum', question: /Welches Pensum/, answer: tap('100 %') },
  { name: 'start', question: /Ab wann möchtest du anfangen/, answer: tap('Sofort') },
  { name: 'languages', question: /Welche Sprachen sprichst du/, answer: tap('Deutsch ist meine Muttersprache') },
  { name: 'name', question: /Wie darf ich dich nennen/, answer: say('Lea') },
  { name: 'visibility', question: /Dürfen Firmen/, answer: tap('Nur für mich') },
  { name: 'alert', question: /Soll ich dir Bescheid geben/, answer: tap('Ja') },
  { name: 'summary', question: /Passt das so/, answer: tap('Passt, zeig mir Jobs') },
];

/** Says hello and answers every question before `name`; afterwards the question `name` is open. */
export async function reach(chat: Chat, name: string): Promise<void> {
  await chat.send('Hallo');
  for (const step of FLOW) {
    const last = chat.text();
    if (!step.question.test(last)) throw new Error(`Expected question "${step.name}", got: ${last}`);
    if (step.name === name) return;
    await step.answer(chat);
  }
  if (name !== 'end') throw new Error(`Unknown step ${name}`);
}

/** The step after `name` in the flow. */
export function after(name: string): FlowStep | undefined {
  return FLOW[FLOW.findIndex((s) => s.name === name) + 1];
}

/** The step called `name`. */
export function step(name: string): FlowStep {
  const found = FLOW.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown step ${name}`);
  return found;
}
