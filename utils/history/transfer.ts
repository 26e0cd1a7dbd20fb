/**
 * The reading log's file format: export for the reader's own backup, import back.
 * An imported file is untrusted: every record is checked before anything is written.
 */
import { isBoundedArray, isRecord } from '../messaging/guards';
import { mergeVisitRecords, readVisitRecord, type VisitRecord } from './visit';

export const EXPORT_FORMAT = 'on-the-record/reading-log';
export const EXPORT_VERSION = 1;

/** Larger than years of reading; refuses files that would only fill the disk. */
const MAX_FILE_CHARS = 50_000_000;
const MAX_RECORDS = 100_000;

export function exportVisits(visits: VisitRecord[]): string {
  // Each record with its fields in the order an import gives them, so that exporting what
  // was imported writes the same bytes (stored records keep the order they were built in).
  const records = visits.map((visit) => readVisitRecord(visit) ?? visit);
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), visits: records },
    null,
    2,
  );
}

/**
 * The records of an exported file, one per URL (duplicates merged), or an Error that says
 * what is wrong with the file.
 */
export function parseVisitsExport(json: string): VisitRecord[] {
  if (json.length > MAX_FILE_CHARS) throw new Error('This file is too large to be a reading-log export.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('This file is not valid JSON.');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    throw new Error('This file is not an On the Record reading-log export.');
  }
  if (data.version !== EXPORT_VERSION) {
    throw new Error(`This export has version ${String(data.version).slice(0, 20)}; only version ${EXPORT_VERSION} can be read.`);
  }
  if (!isBoundedArray(data.visits, MAX_RECORDS)) {
    throw new Error(`The export must hold a list of at most ${MAX_RECORDS} visits.`);
  }
  const byUrl = new Map<string, VisitRecord>();
  data.visits.forEach((value, index) => {
    const record = readVisitRecord(value);
    if (!record) throw new Error(`Visit ${index + 1} in this file is malformed; nothing was imported.`);
    const earlier = byUrl.get(record.url);
    byUrl.set(record.url, earlier ? mergeVisitRecords(earlier, record) : record);
  });
  return [...byUrl.values()];
}
