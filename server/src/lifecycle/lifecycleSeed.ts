import { writeLifecycleStatus } from '@roundtable/meeting';
import { fnv1a32 } from '@roundtable/profile';
import * as Y from 'yjs';
import type { ConsultationRecord } from '../consultations/ConsultationRecord.ts';

/**
 * The first state of a consultation's meeting room: the lifecycle status of
 * its record, so a consultation created validated starts with a closed
 * draft. Deterministic (a fixed client id per consultation), so two
 * instances seeding at once write the same bytes.
 */
export function lifecycleSeed(record: ConsultationRecord): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = fnv1a32(`${record.id}:lifecycle`);
  writeLifecycleStatus(doc, record.status);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
