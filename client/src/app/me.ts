/** Who this browser is, from `GET /api/me` / `POST /api/join` (the invitation it joined with). */
export interface Member {
  kind: 'member';
  id: string;
  name: string;
  organisation: { id: string | null; name: string };
  role: string;
  actions: string[];
  consultation: { id: string; title: string };
}

export type Me = Member | { kind: 'admin' };

export function parseMe(value: unknown): Me | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'admin') return { kind: 'admin' };
  if (v.kind !== 'member' || typeof v.name !== 'string' || typeof v.role !== 'string') return null;
  const organisation = v.organisation as Record<string, unknown> | null | undefined;
  const consultation = v.consultation as Record<string, unknown> | null | undefined;
  if (typeof organisation?.name !== 'string' || typeof consultation?.id !== 'string') return null;
  return {
    kind: 'member',
    id: typeof v.id === 'string' ? v.id : '',
    name: v.name,
    organisation: { id: typeof organisation.id === 'string' ? organisation.id : null, name: organisation.name },
    role: v.role,
    actions: Array.isArray(v.actions) ? v.actions.filter((a): a is string => typeof a === 'string') : [],
    consultation: {
      id: consultation.id,
      title: typeof consultation.title === 'string' ? consultation.title : consultation.id,
    },
  };
}
