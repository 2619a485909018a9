/**
 * How well, and where from: one question for all the skills the short path saved without a level
 * ("Wie gut kennst du dich damit aus – Java, SQL, Netzwerktechnik?"). One tap rates them all;
 * typed text may rate each ("Java sehr gut, SQL ein bisschen") and name the source ("in der
 * Lehre"), which is otherwise inferred from the situation (a pupil learned it at school). A vague
 * answer ("geht so", "weiss nöd") becomes «Grundkenntnisse», and Lotse says so.
 */
import { choiceButtons, matchChoice, normalize } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, StepDialog, type Step } from '../src/bot/steps';
import { setProfile, type Turn } from '../src/bot/turn';
import { isYoung, SKILL_LEVELS, SKILL_SOURCES, type ProfileSkill, type SkillLevel, type SkillSource } from '../src/profile/types';
import { inSentence, isActivity, saveSkillsNamedInPassing, unrated } from './skills';

/** Dialog id. */
export const SKILL_DETAILS = 'skill-details';

const DEFAULT_LEVEL: SkillLevel = 'basic';

function open(turn: Turn): ProfileSkill[] {
  const ids = new Set(unrated(turn));
  return (turn.profile?.skills ?? []).filter((s) => ids.has(s.conceptId));
}

function buttons(turn: Turn) {
  return [...choiceButtons(turn.texts, 'skills.level', 'lvls', SKILL_LEVELS), ...choiceButtons(turn.texts, 'valuefirst.details', 'lvls', ['unsure'])];
}

/** The source named in the text ("in der Lehre", "at work"), if any. */
function sourceSaid(turn: Turn, text: string): SkillSource | undefined {
  const said = ` ${normalize(text)} `;
  return SKILL_SOURCES.find((source) => turn.texts.variants(`skills.source.${source}`).some((w) => said.includes(` ${normalize(w)} `)));
}

/** Where the skills were learned when nothing was said: at school for pupils and school leavers. */
function sourceInferred(turn: Turn): SkillSource | undefined {
  return isYoung(turn.profile?.situation) ? 'school' : undefined;
}

function rate(ports: Pick<BotServices, 'profiles'>): Step {
  const { profiles } = ports;
  return {
    id: 'rate',
    skip: (turn) => open(turn).length === 0,
    ask: (turn) => {
      const skills = open(turn);
      const label = (s: ProfileSkill) => inSentence(s.label, turn.locale);
      const text =
        skills.length === 1
          ? turn.texts.t(isActivity(skills[0]!.label, turn.locale) ? 'valuefirst.details.askActivity' : 'valuefirst.details.askTopic', { skill: label(skills[0]!) })
          : turn.texts.t('valuefirst.details.askMany', { skills: skills.map(label).join(', '), first: skills[0]!.label, second: skills[1]!.label });
      return { text, buttons: buttons(turn) };
    },
    answer: async (turn, reply) => {
      const added = reply.action ? [] : await saveSkillsNamedInPassing(ports, turn);
      const skills = open(turn);
      const chosen = matchChoice(turn.texts, reply, 'valuefirst.details', 'lvls', ['unsure']) ? 'unsure' : matchChoice(turn.texts, reply, 'skills.level', 'lvls', SKILL_LEVELS);
      // "Java sehr gut, SQL ein bisschen": a level next to a skill's name is that skill's.
      const named = new Map(reply.action ? [] : turn.understanding().skills.filter((m) => m.level).map((m) => [m.conceptId, m.level!] as const));
      const overall = chosen && chosen !== 'unsure' ? (chosen as SkillLevel) : undefined;
      if (added.length) await turn.context.sendActivity(turn.texts.t('skills.notedInPassing', { skills: added.join(', ') }));
      // More skills and no level («Wundversorgung, Medikamente stellen»): the question comes again, for all of them.
      if (added.length && !overall && !skills.some((s) => named.has(s.conceptId))) return { repeat: true };
      const source = (reply.action ? undefined : sourceSaid(turn, reply.text)) ?? sourceInferred(turn);
      let defaulted = false;
      for (const skill of skills) {
        const level = named.get(skill.conceptId) ?? overall;
        if (!level) defaulted = true;
        await profiles.upsertSkill(turn.profile!.id, { conceptId: skill.conceptId, label: skill.label, level: level ?? DEFAULT_LEVEL, source: source ?? skill.source });
      }
      turn.user().unratedSkills = [];
      setProfile(turn, await profiles.findById(turn.profile!.id));
      const rated = (turn.profile?.skills ?? []).filter((s) => skills.some((o) => o.conceptId === s.conceptId));
      const lines = [turn.texts.t('valuefirst.details.saved', { skills: rated.map((s) => `${s.label} (${turn.texts.t(`skills.level.${s.level}`)})`).join(', ') })];
      if (defaulted) lines.push(turn.texts.t('valuefirst.details.defaulted', { level: turn.texts.t(`skills.level.${DEFAULT_LEVEL}`) }));
      await turn.context.sendActivity(lines.join('\n'));
      return next();
    },
  };
}

/** The skill-details dialog. */
export function skillDetailsDialog(ports: Pick<BotServices, 'profiles'>): StepDialog {
  return new StepDialog(SKILL_DETAILS, [rate(ports)]);
}
