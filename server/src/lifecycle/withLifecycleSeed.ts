import { roomOf } from '@roundtable/profile';
import type { ConsultationStore } from '../consultations/ConsultationStore.ts';
import { lifecycleSeed } from './lifecycleSeed.ts';

type Seeder = (room: string) => Promise<Uint8Array | null>;

/** Room seeding with the lifecycle: a new meeting room starts with its consultation's status; other rooms as `seeder` does. */
export function withLifecycleSeed(seeder: Seeder, consultations: ConsultationStore): Seeder {
  return async (room) => {
    const target = roomOf(room);
    if (target?.kind !== 'meeting') return seeder(room);
    const record = await consultations.get(target.consultationId);
    return record ? lifecycleSeed(record) : null;
  };
}
