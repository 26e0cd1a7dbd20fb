/**
 * A reading log of invented articles for the reading-log benchmark: fictional sites, headlines
 * and sources, deterministic (a seeded generator), with the spread of a long real history
 * (many sites, a few dozen words of names per entry).
 */
import type { VisitRecord } from '../../utils/history/visit';

const SITES = ['ledger', 'courier', 'herald', 'gazette', 'chronicle', 'dispatch', 'observer', 'sentinel', 'tribune', 'bulletin'];
const TOWNS = ['calder', 'wexmoor', 'pellham', 'dunmere', 'ashcombe', 'brackwater', 'lindqvist', 'oranmore'];
const SUBJECTS = ['Harbour board', 'Tram line', 'Regional council', 'Flood barrier', 'Orchard cooperative', 'Night ferry', 'Library trust', 'Wind farm', 'Teachers’ union', 'Canal company'];
const EVENTS = ['delays vote on', 'approves plan for', 'faces questions over', 'reverses decision on', 'opens inquiry into', 'signs deal on'];
const OBJECTS = ['freight terms', 'winter timetable', 'school meals', 'river dredging', 'rent controls', 'bridge repairs', 'water rates', 'festival funding'];
const FIRST = ['Ottilie', 'Bryn', 'Anouk', 'Rafe', 'Maelis', 'Tomasz', 'Ines', 'Corwin', 'Yusra', 'Halvard', 'Zofia', 'Emeric'];
const LAST = ['Varga', 'Tally', 'Veit', 'Colquhoun', 'Ibarra', 'Strand', 'Okafor', 'Lindgren', 'Marchetti', 'Quist', 'Penhallow'];
const DESCRIPTORS = ['a council official', 'two people familiar with the talks', 'a senior engineer', 'an adviser who asked not to be named'];

/** mulberry32: a small seeded generator, so every run benchmarks the same log. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticVisits(count: number, now = Date.UTC(2031, 0, 1)): VisitRecord[] {
  const random = seeded(20310101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const site = `${pick(TOWNS)}-${pick(SITES)}.example`;
    const names = Array.from({ length: 1 + Math.floor(random() * 6) }, () => `${pick(FIRST)} ${pick(LAST)}`);
    const descriptors = Array.from({ length: Math.floor(random() * 3) }, () => pick(DESCRIPTORS));
    const anonymous = descriptors.length * 2;
    const attributions = names.length * 2 + anonymous;
    const lastVisit = now - i * 3_600_000;
    return {
      url: `https://${site}/${2030 - Math.floor(i / 5000)}/story-${i}.html`,
      site,
      title: `${pick(SUBJECTS)} ${pick(EVENTS)} ${pick(OBJECTS)}`,
      firstVisit: lastVisit - Math.floor(random() * 86_400_000),
      lastVisit,
      visitCount: 1 + Math.floor(random() * 3),
      summary: {
        named: names.length,
        organizations: 0,
        anonymous,
        denials: Math.floor(random() * 2),
        attributions,
        anonymousShare: anonymous / attributions,
        names,
        descriptors,
      },
    };
  });
}
