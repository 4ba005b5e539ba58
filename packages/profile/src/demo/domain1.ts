import type { Indicator } from '../model.ts';

/** Domain 1: Migrants' rights. All laws, bodies and figures are fictional. */
export const domain1Indicators: Indicator[] = [
  {
    id: '1.1',
    domain: 1,
    subArea: 'Social services',
    title: 'Healthcare regardless of migration status',
    question: 'Does the country grant migrants access to public healthcare regardless of their migration status?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 63/2016 on Public Health Care guarantees free emergency and primary care to every person on the territory of Veloria, including migrants in an irregular situation. Foreign nationals with temporary residence permits are covered by the Mandatory Health Insurance Fund only after six months of registered employment, and migrants without a residence permit must pay for specialist and hospital care beyond emergencies. There is no public information on healthcare entitlements in languages other than Velorian.',
    sources: [
      { title: 'Law No. 63/2016 on Public Health Care', kind: 'law', year: 2016 },
      {
        title: 'Government Decree No. 188 of 2 May 2018 on the Mandatory Health Insurance Fund',
        kind: 'decree',
        year: 2018,
      },
    ],
    status: 'agreed',
  },
  {
    id: '1.2',
    domain: 1,
    subArea: 'Social services',
    title: 'Schooling for migrant children',
    question:
      'Do migrant children have access to free primary and secondary education on the same terms as nationals, regardless of their status?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      "Article 5 of Law No. 29/2012 on Education guarantees free primary and secondary education to all children living in Veloria, irrespective of their own or their parents' migration status. Since 2023, an instruction of the Ministry of Education and Science allows schools to enrol children without a residence permit on the basis of a declaration of residence. Schools in Estrava and Talmira offer preparatory Velorian language classes for newly arrived pupils.",
    sources: [
      { title: 'Law No. 29/2012 on Education', kind: 'law', year: 2012 },
      {
        title:
          'Ministry of Education and Science, Instruction No. 41 of 15 August 2023 on the Enrolment of Foreign Pupils',
        kind: 'decree',
        year: 2023,
      },
    ],
    status: 'agreed',
  },
  {
    id: '1.3',
    domain: 1,
    subArea: 'Social services',
    title: 'Social security for migrant workers',
    question:
      'Do migrant workers with a regular status have access to social security benefits on an equal footing with nationals?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Under Law No. 55/2017 on State Social Insurance, foreign nationals employed under a written contract contribute to and are covered by the pension, sickness and maternity schemes. Unemployment benefits, however, are available only to permanent residents and refugees, so temporary labour migrants who lose their job receive no income support. The State Social Insurance Fund does not publish data on foreign contributors.',
    sources: [{ title: 'Law No. 55/2017 on State Social Insurance', kind: 'law', year: 2017 }],
    status: 'agreed',
  },
  {
    id: '1.4',
    domain: 1,
    subArea: 'Social services',
    title: 'Social assistance for refugees',
    question:
      'Do refugees and beneficiaries of temporary protection have access to social assistance on the same terms as nationals?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 74/2018 on Refugees and Temporary Protection grants recognised refugees the same access to social assistance, social housing and employment services as citizens of Veloria. Beneficiaries of temporary protection receive a monthly allowance for the first twelve months, paid by the Ministry of Labour and Social Protection. The Ministry reported that 6,200 people received the allowance in 2024.',
    sources: [
      { title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 },
      { title: 'Ministry of Labour and Social Protection, Annual Activity Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'under-discussion',
  },
  {
    id: '1.5',
    domain: 1,
    subArea: 'Social services',
    title: 'Free legal aid for migrants',
    question: 'Does the state provide free legal aid to migrants in administrative and judicial proceedings?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 52/2016 on State-Guaranteed Legal Aid extends free legal assistance to asylum seekers and refugees, but not to other foreign nationals facing expulsion or the refusal of a residence permit. In practice, this gap is partly filled by the Estrava Legal Aid Centre, which assisted 1,150 migrants in 2024 with funding from international donors. There is no state-funded legal aid outside the capital.',
    sources: [
      { title: 'Law No. 52/2016 on State-Guaranteed Legal Aid', kind: 'law', year: 2016 },
      { title: 'Estrava Legal Aid Centre, Annual Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.6',
    domain: 1,
    subArea: 'Family reunification',
    title: 'Right to family reunification',
    question: 'Does the law allow migrants with a regular status to be joined by their family members?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Article 34 of Law No. 87/2019 on the Legal Status of Foreigners allows holders of a temporary residence permit valid for at least one year to sponsor their spouse, minor children and dependent parents. The State Migration Service must decide on applications within 60 days, and refusals can be appealed before the administrative courts. Refugees are exempted from the income and housing requirements.',
    sources: [{ title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '1.7',
    domain: 1,
    subArea: 'Family reunification',
    title: 'Work rights of reunited family members',
    question: 'Do family members admitted through family reunification have the right to work?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Family members admitted under Law No. 87/2019 on the Legal Status of Foreigners receive a residence permit linked to that of the sponsor, but they must apply separately for a work permit. The work permit is subject to the annual labour migration quota, which in 2024 led to waiting times of up to five months. Spouses of permanent residents and refugees are exempted from this requirement.',
    sources: [{ title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '1.8',
    domain: 1,
    subArea: 'Work',
    title: 'Freedom to change employer',
    question: 'Can migrant workers change employer without losing their legal status?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Work permits issued under Law No. 87/2019 on the Legal Status of Foreigners are tied to a single employer, and a change of employer requires a new application to the State Migration Service. The law gives no grace period after the termination of an employment contract, so workers who leave an abusive employer risk falling into an irregular situation. A draft amendment introducing a 60-day job-search period was submitted to the National Assembly in 2025.',
    sources: [
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
      {
        title: 'Draft Law amending Law No. 87/2019 on the Legal Status of Foreigners (2025)',
        kind: 'other',
        year: 2025,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.9',
    domain: 1,
    subArea: 'Work',
    title: 'Equal labour protection',
    question:
      'Does labour law grant migrant workers the same protection as nationals regarding wages, working hours and safety?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Article 3 of the Labour Code of the Republic of Veloria applies to all employees working in the country, regardless of citizenship, including provisions on the minimum wage, working hours and occupational safety. Migrant workers may join trade unions and file complaints with the State Labour Inspectorate. The Labour Code is available in Velorian and English on the website of the Ministry of Labour and Social Protection.',
    sources: [{ title: 'Labour Code of the Republic of Veloria (Law No. 12/2011)', kind: 'law', year: 2011 }],
    status: 'not-discussed',
  },
  {
    id: '1.10',
    domain: 1,
    subArea: 'Work',
    title: 'Ratification of migrant worker conventions',
    question: 'Has the country ratified the main international conventions on the rights of migrant workers?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Veloria ratified the 1990 International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families through Law No. 14/2006. It has not ratified the two International Labour Organization conventions on migrant workers, nor the convention on domestic workers. The country submitted its most recent periodic report to the relevant treaty body in 2022.',
    sources: [
      {
        title:
          'Law No. 14/2006 on Ratification of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
        kind: 'law',
        year: 2006,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.11',
    domain: 1,
    subArea: 'Residency and citizenship',
    title: 'Pathway to permanent residence',
    question: 'Can migrants obtain permanent residence after a set period of legal stay?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Article 41 of Law No. 87/2019 on the Legal Status of Foreigners entitles foreign nationals to permanent residence after five years of continuous legal residence, or three years for spouses of Velorian citizens. Applicants must show a stable income and basic knowledge of the Velorian language. The State Migration Service granted 2,870 permanent residence permits in 2024.',
    sources: [
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
      { title: 'State Migration Service, Annual Migration Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.12',
    domain: 1,
    subArea: 'Residency and citizenship',
    title: 'Naturalisation and dual citizenship',
    question: 'Does the law provide a pathway to citizenship for migrants and allow dual citizenship?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 41/2014 on Citizenship of the Republic of Veloria allows naturalisation after seven years of legal residence, subject to a language and civics test. Dual citizenship is permitted for citizens by birth, but naturalised persons must renounce their previous citizenship unless a bilateral agreement provides otherwise. Applications are examined by the Citizenship Commission under the President, with no statutory time limit for a decision.',
    sources: [{ title: 'Law No. 41/2014 on Citizenship of the Republic of Veloria', kind: 'law', year: 2014 }],
    status: 'not-discussed',
  },
  {
    id: '1.13',
    domain: 1,
    subArea: 'Residency and citizenship',
    title: "Birth registration of migrants' children",
    question:
      "Can all children born in the country be registered at birth, regardless of their parents' migration status?",
    answer: 'yes',
    kind: 'well-developed',
    finding:
      "Law No. 33/2013 on Civil Status Registration requires the registration of every birth on the territory of Veloria, and civil registry offices may not ask for proof of the parents' legal residence. Children born in Veloria to stateless parents, or who would otherwise be stateless, acquire Velorian citizenship under Law No. 41/2014 on Citizenship of the Republic of Veloria. Registration is free of charge within three months of birth.",
    sources: [
      { title: 'Law No. 33/2013 on Civil Status Registration', kind: 'law', year: 2013 },
      { title: 'Law No. 41/2014 on Citizenship of the Republic of Veloria', kind: 'law', year: 2014 },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.14',
    domain: 1,
    subArea: 'Civic participation',
    title: 'Voting rights in local elections',
    question: 'Do foreign residents have the right to vote in local elections?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'The Electoral Code of the Republic of Veloria reserves the right to vote and stand in local elections to Velorian citizens. A proposal to extend local voting rights to permanent residents was discussed by the National Assembly Committee on Human Rights and Migration in 2024 but was not taken forward.',
    sources: [{ title: 'Electoral Code of the Republic of Veloria (Law No. 9/2008)', kind: 'law', year: 2008 }],
    status: 'not-discussed',
  },
  {
    id: '1.15',
    domain: 1,
    subArea: 'Civic participation',
    title: 'Migrant consultative bodies',
    question: 'Is there a formal mechanism through which migrants are consulted on policies that affect them?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      "There is no national consultative body representing migrants, and migrant associations are not members of the Interministerial Commission on Migration. The Estrava City Council set up an informal Foreign Residents' Forum in 2023, which meets twice a year but has no formal role in decision-making. No similar mechanism exists in other municipalities.",
    sources: [
      {
        title: "Estrava City Council, Decision No. 77 of 2023 on the Foreign Residents' Forum",
        kind: 'other',
        year: 2023,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '1.16',
    domain: 1,
    subArea: 'Civic participation',
    title: 'Law against discrimination',
    question: 'Does the law prohibit discrimination on the grounds of nationality, ethnic origin or migration status?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      "Law No. 102/2020 on Equality and Protection against Discrimination prohibits direct and indirect discrimination on grounds that include nationality, citizenship, ethnic origin and migration status, in employment, education, housing and access to services. Complaints can be brought before the People's Advocate, who may refer cases to the courts. The People's Advocate received 46 complaints from foreign nationals in 2024, most of them concerning access to housing.",
    sources: [
      { title: 'Law No. 102/2020 on Equality and Protection against Discrimination', kind: 'law', year: 2020 },
      { title: "People's Advocate of Veloria, Annual Report on Human Rights 2024", kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
];
