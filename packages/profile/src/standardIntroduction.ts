/**
 * The standard introduction of a Migration Governance Profile: what the
 * indicators are and how the profile was prepared. Identical in every
 * profile, so it is read-only in a consultation (see SECTIONS in
 * @roundtable/draft). Our own wording of public facts about the MGI.
 */
export const STANDARD_INTRODUCTION = `The Migration Governance Indicators (MGI) are a set of about ninety indicators that help a government take stock of its migration policies and identify where they could be developed further. They are grouped in six domains: migrants' rights, the whole-of-government approach, partnerships, the well-being of migrants, the mobility dimensions of crises, and safe, orderly and regular migration.

This profile summarises the findings of the assessment. It records whether a policy, law, institution or practice exists and how developed it is; it gives no score and no ranking. The draft is discussed with the ministries, agencies and organisations concerned before it is validated and published.`;
