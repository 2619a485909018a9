/**
 * German courses of the demo network (for the welcome desk): one per CEFR step in the Solothurn
 * region and the Region Stuttgart, plus online. Deterministic (no random draws), so adding them
 * leaves the rest of the demo catalog as it was.
 */
import type { Training } from '../matching/types';
import { placeByPostalCode } from '../nlu/places';

const DAY = 24 * 60 * 60 * 1000;

interface CourseLine {
  title: string;
  provider: string;
  postalCode?: string;
  country: 'CH' | 'DE';
  hours: number;
  price: number;
  /** Days from today to the start. */
  startsIn: number;
  link: string;
  /** Taxonomy skill slugs the course teaches. */
  skills: string[];
}

const COURSES: readonly CourseLine[] = [
  { title: 'Deutsch A1 – Einstieg', provider: 'Weiterbildungszentrum Aare-Jura', postalCode: '4500', country: 'CH', hours: 80, price: 620, startsIn: 21, link: 'https://www.wbz-aare-jura.example.ch/deutsch-a1', skills: ['deutsch-a2'] },
  { title: 'Deutsch A2 – Alltag und Beruf', provider: 'Weiterbildungszentrum Aare-Jura', postalCode: '4500', country: 'CH', hours: 80, price: 620, startsIn: 28, link: 'https://www.wbz-aare-jura.example.ch/deutsch-a2', skills: ['deutsch-a2'] },
  { title: 'Deutsch B1 – Intensivkurs (fide-Vorbereitung)', provider: 'Kaufmännisches Bildungsforum Grenchen', postalCode: '2540', country: 'CH', hours: 120, price: 980, startsIn: 14, link: 'https://www.kbf-grenchen.example.ch/deutsch-b1', skills: ['deutsch-b1'] },
  { title: 'Deutsch für Pflegeberufe B2', provider: 'Pflegeschule Weissenstein', postalCode: '4500', country: 'CH', hours: 100, price: 1150, startsIn: 35, link: 'https://www.pflegeschule-weissenstein.example.ch/deutsch-b2', skills: ['deutsch-b2'] },
  { title: 'Deutsch C1 – Beruf und Prüfung', provider: 'Digital Campus Olten', postalCode: '4600', country: 'CH', hours: 120, price: 1290, startsIn: 42, link: 'https://www.digital-campus-olten.example.ch/deutsch-c1', skills: ['deutsch-b2', 'deutsch-schriftlich'] },
  { title: 'Deutsch A2 – Integrationskurs', provider: 'Bildungswerk Neckar-Fils', postalCode: '73728', country: 'DE', hours: 100, price: 0, startsIn: 21, link: 'https://www.bildungswerk-neckar-fils.example.de/deutsch-a2', skills: ['deutsch-a2'] },
  { title: 'Deutsch B1 – Berufssprachkurs', provider: 'Bildungswerk Neckar-Fils', postalCode: '73728', country: 'DE', hours: 300, price: 0, startsIn: 30, link: 'https://www.bildungswerk-neckar-fils.example.de/deutsch-b1', skills: ['deutsch-b1'] },
  { title: 'Deutsch für Pflegeberufe B2', provider: 'Pflegebildungszentrum Rems-Murr', postalCode: '71332', country: 'DE', hours: 400, price: 0, startsIn: 45, link: 'https://www.pbz-rems-murr.example.de/deutsch-b2', skills: ['deutsch-b2'] },
  { title: 'Deutsch B2 – online am Abend', provider: 'Lernwerk Online', country: 'DE', hours: 120, price: 690, startsIn: 10, link: 'https://www.lernwerk-online.example.de/deutsch-b2', skills: ['deutsch-b2'] },
];

/** The demo German courses, numbered after the other trainings (from `first`). */
export function demoGermanCourses(today: number, first: number, skillId: (slug: string) => string | undefined): Training[] {
  return COURSES.map((c, i) => {
    const where = c.postalCode ? placeByPostalCode(c.postalCode) : undefined;
    const id = `demo-training-${String(first + i).padStart(4, '0')}`;
    const start = today + c.startsIn * DAY;
    return {
      id,
      source: 'demo',
      externalId: id,
      provider: c.provider,
      title: c.title,
      description: `${c.hours} Lektionen Deutsch in kleinen Gruppen, mit Themen aus Alltag und Beruf.`,
      postalCode: c.postalCode,
      placeName: where?.name,
      country: c.country,
      point: where ? { latitude: where.latitude, longitude: where.longitude } : undefined,
      online: !where,
      startDate: new Date(start),
      endDate: new Date(start + Math.ceil(c.hours / 8) * 7 * DAY),
      durationHours: c.hours,
      cost: { amount: c.price, currency: c.country === 'CH' ? 'CHF' : 'EUR' },
      funding: [],
      format: where ? 'classroom' : 'online',
      skills: c.skills.map(skillId).filter((id): id is string => id !== undefined),
      link: c.link,
      updatedAt: new Date(today),
    };
  });
}
