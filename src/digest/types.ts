/**
 * The HR digest's view of jobs and candidates: only the parts that matter for matching and
 * for a pseudonymous description. Names, contact details and addresses never enter these types.
 */
import type { ScorePart } from '../services/ports';
import type { InterestScores, LanguageLevel, PositionKind, SkillLevel } from '../profile/types';
import type { JobPosting } from '../matching/types';

/** A consenting person as the digest sees them (no name, no contact, no street). */
export interface CandidateProfile {
  id: string;
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  point?: { latitude: number; longitude: number };
  radiusKm?: number;
  pensum?: { min: number; max: number };
  /** ISO date (yyyy-mm-dd) or "asap". */
  startDate?: string;
  positionKinds: PositionKind[];
  skills: { conceptId: string; label: string; level: SkillLevel }[];
  languages: { language: string; level: LanguageLevel }[];
  /** RIASEC interests, when the person did the interest check (they weigh in the score as in the conversation). */
  interests?: InterestScores;
  /** The school last finished and the vocational training, as the person gave them. */
  schoolLevel?: string;
  vocationalTraining?: string;
  /** Companies whose job the person marked «Nicht interessant»: they are not offered to them. */
  notInterestedIn?: string[];
}

/** An open job of a subscribed company: the matcher's job posting, always with its company. */
export type DigestJob = JobPosting & { companyId: string };

/** What HR may see about a candidate. */
export interface PseudonymousCandidate {
  pseudonym: string;
  /** "45xx" (first two PLZ digits) or a town-level place, never an address. */
  region?: string;
  skills: { label: string; level: SkillLevel }[];
  pensum?: { min: number; max: number };
  startDate?: string;
  languages: { language: string; level: LanguageLevel }[];
  /** Job für Zwei: the partner looks for work too (their field and the company's jobs that fit them). */
  partner?: { area: string[]; jobs: string[] };
  /** The school last finished and the vocational training ("Sek A / Bezirksschule", "Polymechaniker EFZ"). */
  schoolLevel?: string;
  vocationalTraining?: string;
  /** The kinds of position the candidate looks for (empty: any). */
  looksFor?: PositionKind[];
}

/** A scored job-candidate pair above the threshold. */
export interface DigestMatch {
  jobId: string;
  personId: string;
  companyId: string;
  score: number;
  breakdown: ScorePart[];
  /** Skill labels the candidate brings for this job (the reason). */
  matched: string[];
  /** Changes whenever the relevant parts of the job or the profile change. */
  fingerprint: string;
}
