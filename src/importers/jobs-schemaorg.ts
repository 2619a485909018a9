/**
 * schema.org JobPosting in JSON-LD (https://schema.org/JobPosting): a single object, an array, an
 * `@graph`, or an HTML page with `<script type="application/ld+json">` blocks.
 */
import { date, isObject, isoDay, pick, plainText, point, text, type Json } from './fields';
import { collectJobs, type JobDraft } from './job-draft';
import { checkDepth, numbered } from './records';
import { ImportFormatError, type JobParseResult, type ParseOptions } from './types';

const SOURCE = 'schemaorg';

function jsonBlocks(input: string): unknown[] {
  const trimmed = input.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('<')) {
    const blocks = [...trimmed.matchAll(/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
    if (blocks.length === 0) throw new ImportFormatError('The HTML page has no <script type="application/ld+json"> block.');
    return blocks.map((b) => parseJson(b));
  }
  return [parseJson(trimmed)];
}

function parseJson(textValue: string): unknown {
  try {
    return JSON.parse(textValue);
  } catch (err) {
    throw new ImportFormatError(`Not valid JSON-LD: ${(err as Error).message}`);
  }
}

const isJobPosting = (node: Json) => {
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
};

/** Every JobPosting node, however the JSON-LD nests them. */
function postings(value: unknown, depth = 0): Json[] {
  checkDepth(depth);
  if (Array.isArray(value)) return value.flatMap((item) => postings(item, depth + 1));
  if (!isObject(value)) return [];
  if (isJobPosting(value)) return [value];
  return [value['@graph'], value.itemListElement, value.item].flatMap((child) => postings(child, depth + 1));
}

function identifier(node: Json): string | undefined {
  const id = node.identifier;
  if (isObject(id)) return text(pick(id, 'value', 'name', '@id'));
  return text(id) ?? text(node['@id']);
}

function location(node: Json) {
  const loc = Array.isArray(node.jobLocation) ? node.jobLocation[0] : node.jobLocation;
  const address = isObject(loc) ? loc.address : undefined;
  const geo = isObject(loc) ? loc.geo : undefined;
  return {
    postalCode: text(pick(address, 'postalCode')),
    placeName: text(pick(address, 'addressLocality')) ?? (typeof address === 'string' ? address : undefined),
    country: text(pick(address, 'addressCountry')),
    point: isObject(geo) ? point(geo.latitude, geo.longitude) : undefined,
  };
}

/** Skill phrases the posting names itself: `skills` (text, list or DefinedTerms) and `qualifications`. */
function namedSkills(node: Json): string[] {
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap(list) : typeof value === 'string' ? value.split(/[,;\n•]/) : [text(value) ?? ''];
  return list(node.skills).map((s) => plainText(s)).filter(Boolean);
}

function toDraft(node: Json): JobDraft {
  const types = [node.employmentType].flat().map((t) => text(t) ?? '').join(' ');
  const draft: JobDraft = {
    source: SOURCE,
    externalId: identifier(node),
    title: text(node.title) ?? text(node.name),
    employerName: text(node.hiringOrganization),
    description: [text(node.description), text(node.qualifications), text(node.responsibilities)].filter(Boolean).join('\n'),
    kindHint: /INTERN/i.test(types) ? 'internship' : /TEMPORARY|CONTRACTOR/i.test(types) ? 'temporary' : undefined,
    ...location(node),
    workingTime: [types.replace(/_/g, ' '), text(node.workHours)].filter(Boolean).join(' '),
    startDate: isoDay(node.jobStartDate),
    validUntil: date(node.validThrough),
    publishedAt: date(node.datePosted),
    link: text(node.url) ?? text(pick(node.hiringOrganization, 'sameAs')),
    namedSkills: namedSkills(node),
  };
  return draft;
}

/** Parses schema.org JobPosting JSON-LD into postings (source "schemaorg"). */
export function parseSchemaOrgJobs(input: string, options: ParseOptions = {}): JobParseResult {
  const nodes = jsonBlocks(input).flatMap(postings);
  if (nodes.length === 0) throw new ImportFormatError('No schema.org JobPosting ("@type": "JobPosting") found.');
  return collectJobs(
    numbered(nodes, toDraft),
    options,
  );
}
