import type { Indicator } from '../model.ts';

/** Domain 4: Well-being of migrants. All laws, bodies, partner countries and figures are fictional. */
export const domain4Indicators: Indicator[] = [
  {
    id: '4.1',
    domain: 4,
    subArea: 'Skills recognition',
    title: 'Labour market needs assessment',
    question: 'Does the government assess labour market needs to inform labour migration policy?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Since 2022, the State Employment Agency under the Ministry of Labour and Social Protection has published an annual list of occupations in shortage, which is used to set the labour migration quota. The list is based only on vacancies registered with the Agency and does not include forecasts of future skills needs. Emigration of Velorian workers is not taken into account in the assessment.',
    sources: [
      {
        title: 'Ministry of Labour and Social Protection, Order No. 212 of 2024 on the List of Shortage Occupations',
        kind: 'decree',
        year: 2024,
      },
      { title: 'National Employment Strategy 2021-2027', kind: 'strategy', year: 2021 },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.2',
    domain: 4,
    subArea: 'Skills recognition',
    title: 'Recognition of foreign qualifications',
    question: 'Is there a procedure for the recognition of qualifications obtained abroad?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Government Decree No. 317 of 5 July 2021 sets out a single procedure for recognising foreign academic and professional qualifications, managed by the National Centre for Recognition of Qualifications under the Ministry of Education and Science. Decisions must be taken within 45 days, and applications can be submitted online. The procedure applies equally to foreign nationals and to Velorians returning with qualifications obtained abroad.',
    sources: [
      {
        title: 'Government Decree No. 317 of 5 July 2021 on the Procedure for Recognition of Foreign Qualifications',
        kind: 'decree',
        year: 2021,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.3',
    domain: 4,
    subArea: 'Skills recognition',
    title: 'Validation of skills acquired abroad',
    question: 'Can migrants and returnees have skills acquired through work experience validated?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'A pilot for the validation of prior learning has run in three vocational training centres since 2023, allowing workers to certify skills gained on the job, including abroad. The pilot covers only construction and hospitality trades. There is no legal basis yet for extending validation to other sectors.',
    sources: [{ title: 'National Employment Strategy 2021-2027', kind: 'strategy', year: 2021 }],
    status: 'not-discussed',
  },
  {
    id: '4.4',
    domain: 4,
    subArea: 'Students',
    title: "International students' right to work",
    question: 'Are international students allowed to work during their studies?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 87/2019 on the Legal Status of Foreigners allows holders of a student residence permit to work up to 20 hours a week during term time, and full time during holidays, without a work permit. Students must only notify the State Migration Service of their employment within ten days.',
    sources: [{ title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '4.5',
    domain: 4,
    subArea: 'Students',
    title: 'Stay after graduation',
    question: 'Can international graduates remain in the country to look for work after completing their studies?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'Graduates must leave Veloria when their student residence permit expires, as Law No. 87/2019 on the Legal Status of Foreigners does not provide for a job-search permit. They may apply for a work permit only from abroad and within the annual quota. The Ministry of Education and Science has proposed a twelve-month post-study permit, but no draft has been prepared.',
    sources: [{ title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '4.6',
    domain: 4,
    subArea: 'Students',
    title: 'Attracting international students',
    question: 'Does the country have a programme to attract international students?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Ministry of Education and Science launched the Study in Veloria programme in 2023, offering 150 scholarships a year and an online information platform in English and French. Veloria hosted 4,300 international students in 2024, but the programme sets no targets and has not been evaluated. Support services for international students are left to individual universities.',
    sources: [
      { title: 'Law No. 80/2015 on Higher Education', kind: 'law', year: 2015 },
      { title: 'Study in Veloria Programme 2023-2027', kind: 'strategy', year: 2023 },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.7',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Bilateral labour agreements',
    question: 'Has the country concluded bilateral labour migration agreements with destination countries?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Veloria has concluded labour migration agreements with the Kingdom of Norvania in 2019 and the Republic of Carradia in 2022, covering seasonal work in agriculture and temporary work in construction and care. Joint committees meet annually to review quotas, working conditions and complaints. In 2024, 9,800 Velorian workers were placed under the two agreements through the State Employment Agency.',
    sources: [
      {
        title: 'Agreement on Labour Migration between the Republic of Veloria and the Kingdom of Norvania (2019)',
        kind: 'agreement',
        year: 2019,
      },
      {
        title:
          'Agreement on Temporary Labour Migration between the Republic of Veloria and the Republic of Carradia (2022)',
        kind: 'agreement',
        year: 2022,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.8',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Regulation of recruitment agencies',
    question: 'Are private recruitment agencies licensed and prohibited from charging fees to workers?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 120/2021 on Private Employment Agencies requires agencies recruiting for work abroad to hold a licence from the Ministry of Labour and Social Protection and prohibits charging fees to jobseekers. Enforcement remains weak: only six inspections of agencies were carried out in 2024, and recruitment through unlicensed online intermediaries is widespread. There is no public register of licensed agencies.',
    sources: [{ title: 'Law No. 120/2021 on Private Employment Agencies', kind: 'law', year: 2021 }],
    status: 'not-discussed',
  },
  {
    id: '4.9',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Pre-departure orientation for workers',
    question:
      'Does the government provide pre-departure information and orientation to nationals going abroad to work?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      "The State Employment Agency runs Migrant Resource Centres in Estrava, Talmira and Vessany that offer free pre-departure courses on workers' rights, contracts, safe migration and remittances. Attendance is compulsory for workers placed under bilateral labour agreements. The Centres trained 11,400 people in 2024.",
    sources: [{ title: 'State Employment Agency, Annual Report 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '4.10',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Labour counsellors in destination countries',
    question: 'Does the country post labour counsellors in the main destination countries of its workers?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Ministry of Labour and Social Protection has labour counsellors in the embassies in Norvania and Marisca only. In other destination countries, labour issues are handled by consular staff who have not received specific training. The counsellors have no dedicated budget for legal assistance to workers.',
    sources: [{ title: 'Law No. 38/2016 on Consular Service', kind: 'law', year: 2016 }],
    status: 'not-discussed',
  },
  {
    id: '4.11',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Gender-responsive labour migration policy',
    question: 'Does labour migration policy include measures addressing the specific needs of women migrant workers?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'The National Migration Policy Strategy 2022-2030 does not contain measures specific to women migrant workers, although women make up an estimated 38 per cent of Velorian labour migrants, many of them in domestic and care work. Data on workers placed abroad are not published by sex.',
    sources: [{ title: 'National Migration Policy Strategy 2022-2030', kind: 'strategy', year: 2022 }],
    status: 'not-discussed',
  },
  {
    id: '4.12',
    domain: 4,
    subArea: 'Labour agreements',
    title: 'Portability of social security',
    question: 'Has the country concluded agreements allowing migrant workers to transfer social security benefits?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Social security agreements with the Republic of Carradia (2016) and the Kingdom of Norvania (2020) allow periods of contribution to be aggregated and pensions to be paid abroad. No agreement exists with the Republic of Marisca, which hosts the largest community of Velorian workers. Contributions paid by foreign workers in Veloria under Law No. 55/2017 on State Social Insurance cannot be exported to other countries.',
    sources: [
      {
        title: 'Agreement on Social Security between the Republic of Veloria and the Republic of Carradia (2016)',
        kind: 'agreement',
        year: 2016,
      },
      {
        title: 'Agreement on Social Security between the Republic of Veloria and the Kingdom of Norvania (2020)',
        kind: 'agreement',
        year: 2020,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.13',
    domain: 4,
    subArea: 'Diaspora',
    title: 'Incentives for diaspora investment',
    question: 'Does the government have measures to encourage diaspora investment?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The Diaspora Investment Window of the Veloria Development Bank, launched in 2023, offers matching grants for businesses set up by members of the diaspora and returnees. Uptake has been limited, with 38 projects funded by the end of 2024, mostly in Estrava. Information on the scheme is not systematically shared through consulates.',
    sources: [
      { title: 'Diaspora Engagement Programme 2021-2025', kind: 'strategy', year: 2021 },
      { title: 'Veloria Development Bank, Annual Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.14',
    domain: 4,
    subArea: 'Diaspora',
    title: 'Reintegration of returning nationals',
    question: 'Are there programmes to support the economic and social reintegration of returning nationals?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      "The Return Home component of the Diaspora Engagement Programme 2021-2025 offers job counselling, business training and help with school enrolment for returnees' children. The survey of returning migrants carried out by Estrava State University in 2024 found that fewer than one in five returnees knew about these services. No funding has been allocated to the programme beyond 2025.",
    sources: [
      { title: 'Diaspora Engagement Programme 2021-2025', kind: 'strategy', year: 2021 },
      {
        title: 'Estrava State University, Centre for Migration Studies, Survey of Returning Migrants (2024)',
        kind: 'report',
        year: 2024,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '4.15',
    domain: 4,
    subArea: 'Diaspora',
    title: 'Voting rights of citizens abroad',
    question: 'Can citizens living abroad vote in national elections?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The Electoral Code of the Republic of Veloria allows citizens living abroad to vote in presidential and parliamentary elections at polling stations opened in consulates. In the 2024 parliamentary elections, 61 polling stations were opened abroad. Postal and electronic voting are not available.',
    sources: [{ title: 'Electoral Code of the Republic of Veloria (Law No. 9/2008)', kind: 'law', year: 2008 }],
    status: 'not-discussed',
  },
  {
    id: '4.16',
    domain: 4,
    subArea: 'Remittances',
    title: 'Cost of sending remittances',
    question: 'Does the government take measures to reduce the cost of remittances?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 15/2021 on Payment Services opened the remittance market to licensed non-bank payment providers, and the Central Bank of Veloria runs a public website comparing the cost of transfers from the main destination countries. According to the Central Bank, the average cost of sending the equivalent of 200 US dollars from Norvania fell from 6.8 per cent in 2020 to 3.9 per cent in 2024. Remittances received through formal channels are exempt from income tax.',
    sources: [
      { title: 'Law No. 15/2021 on Payment Services', kind: 'law', year: 2021 },
      { title: 'Central Bank of Veloria, Balance of Payments Statistics 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
];
