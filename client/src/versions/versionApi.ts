import {
  type RestoreResult,
  restoreResultSchema,
  type VersionComparison,
  type VersionContent,
  type VersionMeta,
  versionComparisonSchema,
  versionContentSchema,
  versionListSchema,
  versionMetaSchema,
} from '@roundtable/profile';
import { apiRequest, consultationPath } from '../app/apiRequest.ts';

/** The side of a comparison that is the live draft. */
export const CURRENT = 'current';

const path = (consultationId: string, rest = '') => consultationPath(consultationId, `/versions${rest}`);

/** Every named version, in the order saved. Rejects with `ApiRequestError`. */
export async function listVersions(consultationId: string, signal?: AbortSignal): Promise<VersionMeta[]> {
  return (await apiRequest(versionListSchema, 'GET', path(consultationId), undefined, signal)).versions;
}

/** Saves the draft and its comments as they are now, under `name` (facilitators). */
export function saveVersion(consultationId: string, name: string): Promise<VersionMeta> {
  return apiRequest(versionMetaSchema, 'POST', path(consultationId), { name });
}

/** One version's content, read-only. */
export function openVersion(consultationId: string, versionId: string): Promise<VersionContent> {
  return apiRequest(versionContentSchema, 'GET', path(consultationId, `/${encodeURIComponent(versionId)}`));
}

/** What changed from `from` to `to` (version ids or {@link CURRENT}). */
export function compareVersions(consultationId: string, from: string, to: string): Promise<VersionComparison> {
  const query = new URLSearchParams({ from, to });
  return apiRequest(versionComparisonSchema, 'GET', path(consultationId, `/compare?${query}`));
}

/** Writes a version's content (one indicator, or all of it) back into the live draft (facilitators). */
export function restoreVersion(
  consultationId: string,
  versionId: string,
  indicatorId?: string,
): Promise<RestoreResult> {
  return apiRequest(
    restoreResultSchema,
    'POST',
    path(consultationId, `/${encodeURIComponent(versionId)}/restore`),
    indicatorId === undefined ? {} : { indicatorId },
  );
}
