import type { Indicator } from '../model.ts';

/** Domain 2: Whole-of-government approach. All laws, bodies and figures are fictional. */
export const domain2Indicators: Indicator[] = [
  {
    id: '2.1',
    domain: 2,
    subArea: 'Institutions',
    title: 'Lead migration agency',
    question: 'Is there a government body with a clear mandate to lead on migration policy and its implementation?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 87/2019 on the Legal Status of Foreigners designates the State Migration Service, under the Ministry of Interior, as the central executive body responsible for migration. The Service issues residence and work permits, runs the asylum procedure and maintains the register of foreign nationals. It has offices in all nine regions and employed 640 staff in 2024.',
    sources: [
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
      { title: 'State Migration Service, Annual Migration Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.2',
    domain: 2,
    subArea: 'Institutions',
    title: 'Inter-ministerial coordination mechanism',
    question: 'Is there a formal mechanism to coordinate migration policy across ministries and agencies?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Government Decree No. 214 of 12 March 2020 established the Interministerial Commission on Migration, chaired by the Deputy Prime Minister and bringing together 14 ministries and state agencies. The Commission meets at least twice a year and is supported by a secretariat within the State Migration Service. Two NGOs and the IOM Veloria Office take part as observers without voting rights.',
    sources: [
      {
        title: 'Government Decree No. 214 of 12 March 2020 on the Interministerial Commission on Migration',
        kind: 'decree',
        year: 2020,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.3',
    domain: 2,
    subArea: 'Institutions',
    title: 'Dedicated diaspora body',
    question: 'Is there a government body responsible for engaging with the diaspora?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The State Committee for Diaspora Affairs was created by Government Decree No. 402 of 1 November 2019 to coordinate relations with Velorians abroad. It implements the Diaspora Engagement Programme 2021-2025 and works with the Ministry of Foreign Affairs through diaspora focal points in 18 consulates. Its mandate and functions are also set out in Law No. 67/2018 on Compatriots Abroad.',
    sources: [
      {
        title: 'Government Decree No. 402 of 1 November 2019 on the State Committee for Diaspora Affairs',
        kind: 'decree',
        year: 2019,
      },
      { title: 'Law No. 67/2018 on Compatriots Abroad', kind: 'law', year: 2018 },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.4',
    domain: 2,
    subArea: 'Institutions',
    title: 'Role of local authorities',
    question: 'Do local authorities have a defined role in the governance of migration?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 24/2010 on Local Self-Government does not assign any competence in the field of migration to municipalities. Estrava opened a municipal Migrant Integration Office in 2022, but no other municipality has a comparable service. Local authorities are not represented in the Interministerial Commission on Migration.',
    sources: [{ title: 'Law No. 24/2010 on Local Self-Government', kind: 'law', year: 2010 }],
    status: 'not-discussed',
  },
  {
    id: '2.5',
    domain: 2,
    subArea: 'Institutions',
    title: 'Consular services for nationals abroad',
    question: 'Does the country provide consular services that support its nationals abroad?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 38/2016 on Consular Service requires the Ministry of Foreign Affairs to assist Velorian nationals abroad, including in cases of arrest, death, exploitation or loss of documents. Veloria has 34 consular posts and has run mobile consular missions in areas with large communities of Velorian workers since 2021. An online appointment system covers passport and civil registration services.',
    sources: [{ title: 'Law No. 38/2016 on Consular Service', kind: 'law', year: 2016 }],
    status: 'not-discussed',
  },
  {
    id: '2.6',
    domain: 2,
    subArea: 'Strategy',
    title: 'National migration strategy',
    question: 'Does the country have a national migration strategy in force?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The National Migration Policy Strategy 2022-2030 covers labour migration, diaspora engagement, asylum, integration and the fight against trafficking. It is implemented through an action plan for 2022-2025, which sets out responsible bodies, deadlines and budgets. A second action plan for 2026-2030 is being drafted by the State Migration Service.',
    sources: [
      { title: 'National Migration Policy Strategy 2022-2030', kind: 'strategy', year: 2022 },
      {
        title: 'Action Plan for the Implementation of the National Migration Policy Strategy 2022-2025',
        kind: 'strategy',
        year: 2022,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.7',
    domain: 2,
    subArea: 'Strategy',
    title: 'Migration in the national development plan',
    question: 'Is migration integrated into the national development plan?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The National Development Plan "Veloria 2035" refers to remittances and the return of skilled nationals as drivers of development. It contains no objectives or targets on immigration, even though employers report growing labour shortages in construction and agriculture. The links between the Plan and the National Migration Policy Strategy 2022-2030 are not made explicit.',
    sources: [{ title: 'National Development Plan "Veloria 2035"', kind: 'strategy', year: 2020 }],
    status: 'not-discussed',
  },
  {
    id: '2.8',
    domain: 2,
    subArea: 'Strategy',
    title: 'Monitoring of migration strategy',
    question: 'Is the implementation of the migration strategy regularly monitored and evaluated?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The action plan for the National Migration Policy Strategy 2022-2030 includes performance indicators, and the State Migration Service published a first monitoring report in 2023. No further report has been published since, and no independent evaluation is foreseen before 2030.',
    sources: [
      {
        title: 'State Migration Service, Monitoring Report on the National Migration Policy Strategy (2023)',
        kind: 'report',
        year: 2023,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.9',
    domain: 2,
    subArea: 'Legal framework',
    title: 'Up-to-date migration law',
    question: 'Does the country have a comprehensive migration law that has been updated in the last ten years?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 87/2019 on the Legal Status of Foreigners replaced the 1998 law on foreigners and regulates entry, stay, residence, employment and removal of foreign nationals. An amendment adopted in 2023 introduced a single procedure for residence and work permits. Secondary legislation implementing the amendment was adopted in 2024.',
    sources: [{ title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '2.10',
    domain: 2,
    subArea: 'Legal framework',
    title: 'Legislation on international protection',
    question: 'Does national law establish a procedure for granting international protection?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 74/2018 on Refugees and Temporary Protection establishes the asylum procedure, the rights of asylum seekers and the grounds for refugee status and complementary protection. First-instance decisions are taken by the Refugee Department of the State Migration Service, with a right of appeal with suspensive effect to the Administrative Court. The law also provides for temporary protection in situations of mass arrival.',
    sources: [{ title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 }],
    status: 'not-discussed',
  },
  {
    id: '2.11',
    domain: 2,
    subArea: 'Transparency',
    title: 'Visa and residence rules published online',
    question: 'Is information on visas, residence and work permits publicly available online?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The e-Visa Portal of the Republic of Veloria and the website of the State Migration Service publish entry, visa, residence and work permit requirements, fees and processing times in Velorian, English and French. Application forms can be downloaded and, for most permits, submitted online. A telephone hotline operated by the State Migration Service answers questions in four languages.',
    sources: [
      { title: 'e-Visa Portal of the Republic of Veloria', kind: 'website', year: 2022 },
      { title: 'State Migration Service, website section on residence and work permits', kind: 'website', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.12',
    domain: 2,
    subArea: 'Transparency',
    title: 'Publication of administrative migration data',
    question: 'Do migration authorities regularly publish data on their decisions and activities?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The State Migration Service publishes an annual migration report with the number of residence permits, work permits and asylum decisions. Data on refusals, appeals and removals are not published, although Law No. 71/2017 on Access to Public Information allows them to be requested. The annual report is published only in Velorian.',
    sources: [
      { title: 'State Migration Service, Annual Migration Report 2024', kind: 'report', year: 2025 },
      { title: 'Law No. 71/2017 on Access to Public Information', kind: 'law', year: 2017 },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.13',
    domain: 2,
    subArea: 'Migration data',
    title: 'Migration questions in the census',
    question: 'Does the national census collect information on international migration?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The 2021 Population and Housing Census included questions on country of birth, citizenship, year of arrival and previous residence abroad, as well as on household members living abroad. The National Statistics Office published a dedicated volume on international migration in 2023. The census counted 74,000 foreign-born residents, or 1.1 per cent of the population.',
    sources: [
      {
        title: 'National Statistics Office, Population and Housing Census 2021: Results on International Migration',
        kind: 'report',
        year: 2023,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.14',
    domain: 2,
    subArea: 'Migration data',
    title: 'Migration module in the labour force survey',
    question: 'Does the labour force survey collect data on migration?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The quarterly labour force survey asks whether household members are working abroad, which allows the National Statistics Office to estimate the number of temporary labour migrants. A more detailed module on labour migration was run in 2019 and 2024, but it is not part of the regular survey programme. The survey does not identify foreign workers in Veloria.',
    sources: [{ title: 'National Statistics Office, Labour Force Survey 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '2.15',
    domain: 2,
    subArea: 'Migration data',
    title: 'Regular migration statistics',
    question: 'Does the national statistics office regularly publish migration statistics?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Since 2018, the National Statistics Office has published an annual statistical bulletin, International Migration in Veloria, combining administrative data from the State Migration Service and the State Border Guard Service. Law No. 58/2022 on Official Statistics lists migration statistics in the national statistical programme. Data are disaggregated by sex, age and country of citizenship.',
    sources: [
      { title: 'Law No. 58/2022 on Official Statistics', kind: 'law', year: 2022 },
      { title: 'National Statistics Office, International Migration in Veloria 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '2.16',
    domain: 2,
    subArea: 'Migration data',
    title: 'Data sharing between agencies',
    question: 'Is there a mechanism for sharing migration data between government agencies?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Unified Migration Information System, launched in 2022, connects the databases of the State Migration Service and the State Border Guard Service. The Ministry of Labour and Social Protection and the National Statistics Office are not yet connected and receive data by formal request. A data protection agreement needed to extend the system has been pending since 2024.',
    sources: [
      {
        title: 'Government Decree No. 61 of 3 February 2022 on the Unified Migration Information System',
        kind: 'decree',
        year: 2022,
      },
    ],
    status: 'not-discussed',
  },
];
