import type { Indicator } from '../model.ts';

/** Domain 3: Partnerships. All laws, bodies, partner countries and figures are fictional. */
export const domain3Indicators: Indicator[] = [
  {
    id: '3.1',
    domain: 3,
    subArea: 'Regional cooperation',
    title: 'Regional consultative process',
    question: 'Does the country take part in a regional consultative process on migration?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Veloria has been a member of the Meridian Migration Dialogue, a regional consultative process of eleven states, since 2012. It chaired the Dialogue in 2024 and hosted its ministerial conference in Estrava, which adopted a joint declaration on labour mobility. The State Migration Service acts as national focal point.',
    sources: [
      { title: 'Estrava Declaration of the Meridian Migration Dialogue (2024)', kind: 'agreement', year: 2024 },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.2',
    domain: 3,
    subArea: 'Regional cooperation',
    title: 'Regional free movement agreement',
    question: 'Is the country party to a regional agreement on the free movement of persons?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Veloria ratified the Protocol on the Free Movement of Persons of the Meridian Economic Community through Law No. 27/2018, which grants nationals of member states visa-free stay of up to 90 days. The provisions on the right to work and to establish a business have not yet been implemented, as the secondary legislation has not been adopted. Citizens of member states therefore still need a work permit under Law No. 87/2019 on the Legal Status of Foreigners.',
    sources: [
      {
        title: 'Protocol on the Free Movement of Persons of the Meridian Economic Community (2017)',
        kind: 'agreement',
        year: 2017,
      },
      {
        title:
          'Law No. 27/2018 on Ratification of the Protocol on the Free Movement of Persons of the Meridian Economic Community',
        kind: 'law',
        year: 2018,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.3',
    domain: 3,
    subArea: 'Regional cooperation',
    title: 'Bilateral readmission agreements',
    question: 'Has the country concluded readmission agreements with other states?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Veloria has concluded readmission agreements with the Kingdom of Norvania in 2018 and the Republic of Carradia in 2020, each with an implementing protocol. The agreements set time limits for identification and include safeguards for vulnerable persons. The State Migration Service handled 310 readmission requests under these agreements in 2024.',
    sources: [
      {
        title: 'Readmission Agreement between the Republic of Veloria and the Kingdom of Norvania (2018)',
        kind: 'agreement',
        year: 2018,
      },
      {
        title: 'Readmission Agreement between the Republic of Veloria and the Republic of Carradia (2020)',
        kind: 'agreement',
        year: 2020,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.4',
    domain: 3,
    subArea: 'Regional cooperation',
    title: 'Cross-border anti-trafficking cooperation',
    question: 'Does the country cooperate with neighbouring states to combat trafficking in persons?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'A 2021 memorandum of understanding with the Republic of Carradia provides for joint investigation teams, the exchange of information and the safe return of victims of trafficking. Police liaison officers of the Ministry of Interior are posted in Carradia and Norvania. In 2024, joint investigations led to the dismantling of two recruitment networks.',
    sources: [
      {
        title:
          'Memorandum of Understanding on Cross-Border Cooperation against Trafficking in Human Beings between Veloria and Carradia (2021)',
        kind: 'agreement',
        year: 2021,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.5',
    domain: 3,
    subArea: 'Regional cooperation',
    title: 'Dialogue with main destination countries',
    question:
      'Does the country hold regular dialogue on migration with the main destination countries of its nationals?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'A joint working group on migration with the Kingdom of Norvania meets once a year, alternating between the two capitals. There is no structured dialogue with the Republic of Marisca, even though it hosts the largest community of Velorian workers abroad.',
    sources: [
      { title: 'Ministry of Foreign Affairs, Annual Report on Foreign Policy 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.6',
    domain: 3,
    subArea: 'Global cooperation',
    title: 'Global Compact reviews',
    question: 'Does the country take part in global forums and reviews of the Global Compact for Migration?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Veloria submitted a voluntary national review of the Global Compact for Safe, Orderly and Regular Migration in 2024, prepared by the State Migration Service after consultations with civil society. A delegation led by the Ministry of Foreign Affairs took part in the most recent regional review. The country also participates regularly in global forums on migration and development.',
    sources: [
      {
        title:
          'Voluntary National Review of the Implementation of the Global Compact for Migration, Republic of Veloria (2024)',
        kind: 'report',
        year: 2024,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.7',
    domain: 3,
    subArea: 'Global cooperation',
    title: 'Cooperation with UN agencies',
    question: 'Does the government cooperate with United Nations agencies on migration?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The UN Sustainable Development Cooperation Framework for Veloria 2023-2027 includes an outcome on safe migration and the protection of migrants. A national network of UN agencies on migration was set up in 2022 to support the government in implementing the Global Compact. The IOM Veloria Office and other UN agencies sit as observers in the Interministerial Commission on Migration.',
    sources: [
      {
        title: 'UN Sustainable Development Cooperation Framework, Republic of Veloria 2023-2027',
        kind: 'agreement',
        year: 2023,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.8',
    domain: 3,
    subArea: 'Global cooperation',
    title: 'Skills mobility partnerships',
    question: 'Does the country take part in skills mobility partnerships with destination countries?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'A pilot skills partnership with the Kingdom of Norvania trained 120 Velorian care workers in 2023 and 2024, half of whom took up jobs in Norvania while the others joined the Velorian health system. The pilot was funded by development partners and has no follow-up funding after 2025. No similar partnership exists in other sectors.',
    sources: [
      {
        title:
          'Ministry of Labour and Social Protection, Evaluation of the Care Workers Skills Partnership Pilot (2025)',
        kind: 'report',
        year: 2025,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.9',
    domain: 3,
    subArea: 'Global cooperation',
    title: 'International cooperation on migration data',
    question: 'Does the country exchange migration data with other states or international bodies?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The National Statistics Office takes part in a regional working group on migration statistics and exchanges data on residence permits issued to Velorian nationals with the statistical office of Norvania. There is no data exchange with the other main destination countries, which limits the accuracy of emigration estimates.',
    sources: [
      { title: 'National Statistics Office, International Migration in Veloria 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.10',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Civil society in agenda setting',
    question: 'Is civil society formally involved in setting the migration policy agenda?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Civil society organisations were consulted in 2021 on the draft National Migration Policy Strategy 2022-2030, and two NGOs sit as observers in the Interministerial Commission on Migration. Observers may speak but cannot propose agenda items. There is no standing mechanism for consulting NGOs on draft migration legislation.',
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
    id: '3.11',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Private sector on labour needs',
    question: 'Is the private sector involved in identifying labour needs to be met through migration?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Chamber of Commerce and Industry of Veloria sits on the tripartite National Council on Employment, which gives an opinion on the annual labour migration quota. There is no formal channel for employers to report shortages in specific occupations, and the quota is set mainly on the basis of past applications.',
    sources: [
      {
        title: 'Government Decree No. 129 of 7 April 2017 on the National Council on Employment',
        kind: 'decree',
        year: 2017,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.12',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Regular consultation of the diaspora',
    question: 'Does the government regularly consult the diaspora on policies that concern it?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The State Committee for Diaspora Affairs convenes a World Congress of Velorians every three years, most recently in Estrava in 2025. A Diaspora Advisory Council of 21 elected members, set up in 2022, advises the Committee on its programmes. Online consultations were held with diaspora associations on the Diaspora Engagement Programme 2021-2025.',
    sources: [
      { title: 'Law No. 67/2018 on Compatriots Abroad', kind: 'law', year: 2018 },
      { title: 'Diaspora Engagement Programme 2021-2025', kind: 'strategy', year: 2021 },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.13',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Research partnerships with academia',
    question: 'Does the government work with academia on migration research?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'A 2021 memorandum of understanding between the State Migration Service and the Centre for Migration Studies of Estrava State University provides for joint research and access to anonymised administrative data. The Centre carried out a survey of returning migrants in 2024 that informed the reintegration measures of the Diaspora Engagement Programme 2021-2025.',
    sources: [
      {
        title: 'Estrava State University, Centre for Migration Studies, Survey of Returning Migrants (2024)',
        kind: 'report',
        year: 2024,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '3.14',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Trade unions and migrant workers',
    question: 'Are trade unions involved in the protection of migrant workers and in labour migration policy?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Confederation of Trade Unions of Veloria opened a migrant workers desk in 2022 that advises both foreign workers in Veloria and Velorians preparing to work abroad. Trade unions are represented on the National Council on Employment but are not consulted separately on labour migration agreements.',
    sources: [{ title: 'Confederation of Trade Unions of Veloria, Activity Report 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '3.15',
    domain: 3,
    subArea: 'Civil society and private sector',
    title: 'Partnerships on fair recruitment',
    question: 'Does the government work with employers and recruiters to promote fair and ethical recruitment?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'There is no partnership between the government and employers or recruitment agencies on fair and ethical recruitment. A voluntary code of conduct for private employment agencies was drafted by the Ministry of Labour and Social Protection in 2023 but has not been adopted. Employer associations have not been involved in monitoring the recruitment of Velorian workers abroad.',
    sources: [{ title: 'Law No. 120/2021 on Private Employment Agencies', kind: 'law', year: 2021 }],
    status: 'not-discussed',
  },
];
