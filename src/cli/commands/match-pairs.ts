/**
 * `lotse match … --partner-skills "<c>"`: Job für Zwei pairs for the person and a partner moving to
 * the --plz region, each pair with both jobs, the towns that fit both commutes and the pair score.
 */
import { couplePairs } from '../../services/couple-pairs';
import type { JobProposal, ProposalService } from '../../services/ports';
import type { Profile, ProfileSkill } from '../../profile/types';
import { UsageError, type CommandIO } from '../command';

interface PairJob {
  id: string;
  source: string;
  externalId: string;
  title: string;
  employer: string;
  place?: string;
  score: number;
  explanation: string;
}

export interface PairsOutput {
  partnerSkills: { id: string; label: string }[];
  unknownPartnerSkills: string[];
  pairs: {
    job: PairJob;
    partnerJob: PairJob;
    livingPlaces: { postalCode: string; name: string; distanceKm: number; partnerDistanceKm: number }[];
    placeCount: number;
    score: number;
  }[];
}

/** A proposed job as `lotse match --json` names it (also each side of a pair). */
export const pairJob = (p: JobProposal): PairJob => ({
  id: p.job.id,
  source: p.job.source,
  externalId: p.job.externalId,
  title: p.job.title,
  employer: p.job.employerName,
  place: p.job.placeName,
  score: p.score,
  explanation: p.explanation,
});

/** Nothing without --partner-skills; otherwise the pairs (needs --plz: the region the couple moves to). */
export async function partnerPairs(
  value: unknown,
  profile: Profile,
  proposals: Pick<ProposalService, 'jobs'>,
  io: CommandIO,
  resolve: (text: unknown) => { skills: ProfileSkill[]; unknown: string[] },
): Promise<PairsOutput | Record<string, never>> {
  if (value === undefined) return {};
  if (!profile.place) throw new UsageError('--partner-skills needs --plz (the region the couple moves to)');
  const { skills, unknown } = resolve(value);
  for (const text of unknown) io.error(`unknown partner skill "${text}" (ignored)`);
  const partner: Profile = { ...profile, id: 'cli-partner', skills };
  const { pairs } = await couplePairs(proposals, profile, partner);
  if (pairs.length > 0) io.print('Pairs (Job für Zwei):');
  else io.print('No pair of jobs with a common place to live.');
  pairs.forEach((pair, i) => {
    const towns = pair.livingPlaces.map((p) => `${p.name} (${Math.round(p.distanceKm)}/${Math.round(p.partnerDistanceKm)} km)`).join(', ');
    io.print(`${i + 1}. ${pair.first.job.title} (${pair.first.job.employerName}) + ${pair.second.job.title} (${pair.second.job.employerName})  [${pair.score.toFixed(2)}]`);
    io.print(`   live in: ${towns}`);
  });
  return {
    partnerSkills: skills.map((s) => ({ id: s.conceptId, label: s.label })),
    unknownPartnerSkills: unknown,
    pairs: pairs.map((pair) => ({
      job: pairJob(pair.first),
      partnerJob: pairJob(pair.second),
      livingPlaces: pair.livingPlaces.map((p) => ({ postalCode: p.postalCode, name: p.name, distanceKm: p.distanceKm, partnerDistanceKm: p.partnerDistanceKm })),
      placeCount: pair.placeCount,
      score: pair.score,
    })),
  };
}
