import type { Consultation } from '../model.ts';
import { domain1Indicators } from './domain1.ts';
import { domain2Indicators } from './domain2.ts';
import { domain3Indicators } from './domain3.ts';
import { domain4Indicators } from './domain4.ts';
import { domain5Indicators } from './domain5.ts';
import { domain6Indicators } from './domain6.ts';
import { demoOrganisations } from './organisations.ts';

/**
 * Demo consultation on a draft Migration Governance Profile for the Republic of
 * Veloria. The country, its institutions, laws, partners and figures are all
 * invented for demonstration purposes.
 */
export const demoConsultation: Consultation = {
  id: 'demo',
  title: 'Migration Governance Profile: Republic of Veloria (draft)',
  country: 'Republic of Veloria',
  level: 'national',
  round: 2,
  year: 2026,
  status: 'in-consultation',
  languages: ['en', 'fr'],
  organisations: demoOrganisations,
  summary:
    'This is a fictional demonstration profile: the Republic of Veloria, its institutions, laws and figures are invented and do not describe any real country. The draft follows the structure of a Migration Governance Indicators assessment and summarises well-developed areas and areas with potential for further development across the six domains of migration governance. It is the second assessment of Veloria and updates the findings of the first profile, published in 2021. The draft is being reviewed by ministries, state agencies, parliament, civil society and academia before its validation by the Government.',
  context:
    'The Republic of Veloria is a landlocked, mountainous country with a population of 6.8 million according to the 2021 census, about a third of whom live in and around the capital, Estrava. Emigration has long shaped the country: an estimated 950,000 Velorians live abroad, mostly as labour migrants in the Kingdom of Norvania, the Republic of Marisca and the Republic of Carradia, and remittances equalled about 14 per cent of gross domestic product in 2024. Immigration is smaller but growing, with foreign workers filling shortages in construction and agriculture and some 4,300 international students enrolled in Velorian universities. In 2023, around 18,000 people fleeing armed conflict in a neighbouring country arrived in Veloria, and the country is exposed to earthquakes, landslides and floods that cause internal displacement. Migration policy is led by the State Migration Service under the National Migration Policy Strategy 2022-2030 and Law No. 87/2019 on the Legal Status of Foreigners.',
  indicators: [
    ...domain1Indicators,
    ...domain2Indicators,
    ...domain3Indicators,
    ...domain4Indicators,
    ...domain5Indicators,
    ...domain6Indicators,
  ],
};
