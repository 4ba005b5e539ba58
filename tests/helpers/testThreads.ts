import { type Author, openThread, resolveThread, type Thread } from '@roundtable/profile';

/** Threads for unit tests, made by the real rules of @roundtable/profile. */
export const amina: Author = {
  personId: 'inv-amina',
  name: 'Amina Diallo',
  organisation: 'Ministry of Labour and Social Protection',
  organisationId: 'min-labour',
  role: 'participant',
};
export const boris: Author = {
  personId: 'inv-boris',
  name: 'Boris Petrov',
  organisation: 'Migrant Solidarity Network of Veloria',
  organisationId: 'migrant-solidarity-network',
  role: 'commenter',
};
export const fatou: Author = {
  personId: 'inv-fatou',
  name: 'Fatou Ndiaye',
  organisation: 'IOM Veloria Office',
  organisationId: 'iom-veloria',
  role: 'facilitator',
};

export function thread(
  id: string,
  indicatorId: string,
  options: { by?: Author; at?: string; type?: Thread['type']; resolved?: boolean } = {},
): Thread {
  const opened = openThread(
    {
      id,
      commentId: `${id}-c1`,
      consultationId: 'demo',
      indicatorId,
      type: options.type ?? 'factual-correction',
      body: `Remark ${id}`,
    },
    options.by ?? amina,
    options.at ?? '2026-11-27T10:00:00.000Z',
  );
  return options.resolved
    ? resolveThread(opened, { outcome: 'noted', response: '' }, fatou, '2026-11-27T11:00:00.000Z')
    : opened;
}
