/**
 * What of a person's own words the lexical search looks for. Where they live and how many years
 * they worked say nothing about the field: "ich wohne in Olten" would otherwise favour every
 * posting that names Olten (the distance already counts that), and "seit 15 Jahren" every posting
 * with a 15 in it. Both are dropped; the rest is searched as written.
 */
import type { GeoPoint } from '../profile/types';
import { placeByExactName } from '../nlu/places';
import { pointDistanceKm } from './geo';

/** A number ("15", "2023", "50%", "10.") is no evidence of a field. */
const NUMBER = /^\d+(?:[.,]\d+)?[.%]?$/u;

/**
 * The person's words without numbers and without the names of places within `reachKm` of their
 * point (postings are searched there, so such a name is a place, not a skill). A capitalised word
 * only: "stein" in "Stein bearbeiten" is kept unless written as a place.
 */
export function searchableWords(text: string, point?: GeoPoint, reachKm = Infinity): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}.%'-]*/gu, (word) => {
    if (NUMBER.test(word)) return ' ';
    if (!point || !/^\p{Lu}/u.test(word)) return word;
    const place = placeByExactName(word.replace(/[.'-]+$/u, ''));
    return place && pointDistanceKm(point, { latitude: place.latitude, longitude: place.longitude }) <= reachKm ? ' ' : word;
  });
}
