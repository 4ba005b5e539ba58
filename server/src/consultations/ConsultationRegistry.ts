import { type Consultation, demoConsultation } from '@roundtable/profile';

export interface ConsultationSummary {
  id: string;
  title: string;
  country: string;
  level: Consultation['level'];
  round: number;
  year: number;
  status: Consultation['status'];
  languages: string[];
  organisations: Consultation['organisations'];
  rooms: { draft: string };
}

/** The room that holds a consultation's draft profile. */
export function draftRoomOf(consultationId: string): string {
  return `${consultationId}:draft`;
}

/** The consultation a draft room belongs to, if the name is a draft room. */
export function consultationOfRoom(room: string): string | undefined {
  return room.endsWith(':draft') ? room.slice(0, -':draft'.length) : undefined;
}

/** Known consultations. The demo is always there. */
export class ConsultationRegistry {
  private readonly consultations = new Map<string, Consultation>();

  constructor(initial: Consultation[] = [demoConsultation]) {
    for (const c of initial) this.consultations.set(c.id, c);
  }

  get(id: string): Consultation | undefined {
    return this.consultations.get(id);
  }

  add(consultation: Consultation): void {
    this.consultations.set(consultation.id, consultation);
  }

  list(): Consultation[] {
    return [...this.consultations.values()];
  }

  summary(c: Consultation): ConsultationSummary {
    return {
      id: c.id,
      title: c.title,
      country: c.country,
      level: c.level,
      round: c.round,
      year: c.year,
      status: c.status,
      languages: c.languages,
      organisations: c.organisations,
      rooms: { draft: draftRoomOf(c.id) },
    };
  }
}
