import type { Indicator } from '../model.ts';

/** Domain 6: Safe, orderly and regular migration. All laws, bodies and figures are fictional. */
export const domain6Indicators: Indicator[] = [
  {
    id: '6.1',
    domain: 6,
    subArea: 'Border management',
    title: 'Border agency and strategy',
    question: 'Is there an agency responsible for border management and a strategy to guide its work?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The State Border Guard Service is responsible for border control under Law No. 46/2015 on the State Border, working with the Customs Service at 23 border crossing points. The Integrated Border Management Strategy 2020-2025 set objectives on inter-agency cooperation, infrastructure and the processing of travellers. A new strategy for 2026-2030 is being prepared by the Ministry of Interior.',
    sources: [
      { title: 'Law No. 46/2015 on the State Border', kind: 'law', year: 2015 },
      { title: 'Integrated Border Management Strategy 2020-2025', kind: 'strategy', year: 2020 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.2',
    domain: 6,
    subArea: 'Border management',
    title: 'Human rights training for border staff',
    question: 'Do border officials receive training on human rights and on identifying vulnerable migrants?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Since 2021, the curriculum of the Border Guard Academy has included a module on human rights, asylum and the identification of victims of trafficking. Officers recruited before 2021 have not received refresher training, and the State Border Guard Service estimates that about 30 per cent of frontline staff have been trained. Training on child protection at the border is not yet available.',
    sources: [
      {
        title: 'Ministry of Interior, Order No. 145 of 2021 on the Training Curriculum of the Border Guard Academy',
        kind: 'decree',
        year: 2021,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.3',
    domain: 6,
    subArea: 'Border management',
    title: 'Access to asylum at the border',
    question: 'Are people who ask for protection at the border referred to the asylum procedure?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Under Law No. 74/2018 on Refugees and Temporary Protection, border guards must register any application for protection made at the border and refer it to the State Migration Service within 24 hours. Applicants may not be returned while their application is being examined. The Estrava Legal Aid Centre has access to the transit zone of Estrava International Airport under an agreement with the State Border Guard Service.',
    sources: [{ title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 }],
    status: 'not-discussed',
  },
  {
    id: '6.4',
    domain: 6,
    subArea: 'Border management',
    title: 'Rescue of migrants at sea',
    question: 'Does the country have procedures for the search and rescue of migrants at sea?',
    answer: 'not-applicable',
    kind: 'potential-for-development',
    finding:
      'Veloria is a landlocked country, so maritime search and rescue does not apply. The State Border Guard Service runs mountain rescue units that also assist migrants in distress on the high-altitude sections of the border, and it recorded 57 rescue operations involving foreign nationals in 2024.',
    sources: [{ title: 'State Border Guard Service, Annual Report 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '6.5',
    domain: 6,
    subArea: 'Admission',
    title: 'E-visa and admission criteria',
    question: 'Are visa and admission criteria clear and can visas be obtained online?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Since 2022, short-stay visas can be obtained through the e-Visa Portal of the Republic of Veloria within three working days. Nationals of 48 countries are exempt from visa requirements for stays of up to 90 days. Admission criteria for each visa category are set out in Law No. 87/2019 on the Legal Status of Foreigners and published online.',
    sources: [
      { title: 'e-Visa Portal of the Republic of Veloria', kind: 'website', year: 2022 },
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.6',
    domain: 6,
    subArea: 'Admission',
    title: 'Labour migration admission system',
    question: 'Is there a clear system for admitting foreign workers through regular channels?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The Government sets an annual quota of work permits on the basis of the list of shortage occupations, and the 2023 amendment to Law No. 87/2019 on the Legal Status of Foreigners introduced a single application for residence and work. Highly qualified workers and occupations on the shortage list are exempt from the labour market test. The State Migration Service issued 21,500 work permits in 2024.',
    sources: [
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
      { title: 'State Migration Service, Annual Migration Report 2024', kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.7',
    domain: 6,
    subArea: 'Admission',
    title: 'Regularisation of irregular migrants',
    question: 'Are there mechanisms for migrants in an irregular situation to regularise their status?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'A one-off regularisation programme in 2021 received 3,900 applications, of which 3,100 were approved by the State Migration Service. Outside such programmes, the only route is a residence permit on humanitarian grounds granted at the discretion of the Service, without published criteria.',
    sources: [
      {
        title: 'Government Decree No. 45 of 28 January 2021 on the Regularisation of Foreign Nationals',
        kind: 'decree',
        year: 2021,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.8',
    domain: 6,
    subArea: 'Admission',
    title: 'Alternatives to immigration detention',
    question: 'Does the law provide for alternatives to the detention of migrants?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      "Law No. 87/2019 on the Legal Status of Foreigners allows foreign nationals awaiting removal to be held in the Temporary Accommodation Centre for Foreigners for up to twelve months. The law does not provide for alternatives such as reporting obligations or supervised accommodation, and families with children may be detained. The People's Advocate has recommended a legal ban on the detention of children.",
    sources: [
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
      { title: "People's Advocate of Veloria, Annual Report on Human Rights 2024", kind: 'report', year: 2025 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.9',
    domain: 6,
    subArea: 'Admission',
    title: 'Labour inspection of migrant workplaces',
    question: 'Does a labour inspectorate monitor the working conditions of migrant workers?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 49/2018 on the State Labour Inspectorate empowers inspectors to check working conditions in all workplaces, including those employing foreign nationals. However, inspections must be announced ten days in advance, and the Inspectorate had only 82 inspectors for the whole country in 2024. Agriculture and domestic work, where many migrants are employed, are rarely inspected.',
    sources: [{ title: 'Law No. 49/2018 on the State Labour Inspectorate', kind: 'law', year: 2018 }],
    status: 'not-discussed',
  },
  {
    id: '6.10',
    domain: 6,
    subArea: 'Trafficking and smuggling',
    title: 'Law against trafficking in persons',
    question: 'Does the country have a law criminalising trafficking in persons?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 18/2015 on Combating Trafficking in Human Beings defines trafficking for all forms of exploitation and guarantees assistance to victims regardless of their willingness to cooperate with the authorities. Article 171 of the Criminal Code of the Republic of Veloria provides penalties of up to 15 years of imprisonment. Victims may not be punished for offences they were compelled to commit.',
    sources: [
      { title: 'Law No. 18/2015 on Combating Trafficking in Human Beings', kind: 'law', year: 2015 },
      { title: 'Criminal Code of the Republic of Veloria (Law No. 5/2009)', kind: 'law', year: 2009 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.11',
    domain: 6,
    subArea: 'Trafficking and smuggling',
    title: 'Anti-trafficking plan and coordinator',
    question: 'Is there a national anti-trafficking action plan and a body coordinating its implementation?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The National Action Plan against Trafficking in Human Beings 2023-2026 covers prevention, protection, prosecution and partnerships, with a dedicated budget line. Its implementation is coordinated by the National Anti-Trafficking Coordinator, a Deputy Minister of Interior, supported by a permanent secretariat. Annual progress reports are presented to the National Assembly.',
    sources: [
      { title: 'National Action Plan against Trafficking in Human Beings 2023-2026', kind: 'strategy', year: 2023 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.12',
    domain: 6,
    subArea: 'Trafficking and smuggling',
    title: 'Referral of victims of trafficking',
    question: 'Is there a national referral mechanism for the identification and assistance of victims of trafficking?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Government Decree No. 98 of 20 February 2023 established a national referral mechanism that sets out the roles of the police, the State Migration Service, social services and NGOs in identifying and assisting victims. Two shelters, one run by the Centre for Safe Migration, offer accommodation, medical care and legal aid. Foreign victims are entitled to a recovery period of 60 days and a renewable residence permit.',
    sources: [
      {
        title:
          'Government Decree No. 98 of 20 February 2023 on the National Referral Mechanism for Victims of Trafficking',
        kind: 'decree',
        year: 2023,
      },
      { title: 'Law No. 18/2015 on Combating Trafficking in Human Beings', kind: 'law', year: 2015 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.13',
    domain: 6,
    subArea: 'Trafficking and smuggling',
    title: 'Law against migrant smuggling',
    question: 'Does national law criminalise the smuggling of migrants while protecting smuggled migrants?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Article 284 of the Criminal Code of the Republic of Veloria criminalises organising the irregular crossing of the state border. The offence does not require a financial or other material benefit, which exposes humanitarian actors and family members to prosecution. Smuggled migrants themselves can be fined under Law No. 46/2015 on the State Border.',
    sources: [
      { title: 'Criminal Code of the Republic of Veloria (Law No. 5/2009)', kind: 'law', year: 2009 },
      { title: 'Law No. 46/2015 on the State Border', kind: 'law', year: 2015 },
    ],
    status: 'not-discussed',
  },
  {
    id: '6.14',
    domain: 6,
    subArea: 'Trafficking and smuggling',
    title: 'Data on missing migrants',
    question: 'Does the government collect data on migrants who go missing or die in transit?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'No authority systematically collects data on migrants who go missing or die while crossing the territory of Veloria. Deaths recorded by the State Border Guard Service are not shared with the police or with the families of the deceased through any established procedure.',
    sources: [{ title: 'State Border Guard Service, Annual Report 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '6.15',
    domain: 6,
    subArea: 'Return',
    title: 'Assisted voluntary return and reintegration',
    question: 'Does the country offer assisted voluntary return and reintegration to migrants who wish to go home?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Since 2019, stranded migrants in Veloria can return home through an assisted voluntary return programme implemented with the IOM Veloria Office and funded by international donors. The State Migration Service refers applicants but the programme receives no state funding, and it was suspended for four months in 2024 for lack of resources.',
    sources: [{ title: 'State Migration Service, Annual Migration Report 2024', kind: 'report', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '6.16',
    domain: 6,
    subArea: 'Return',
    title: 'Documents for nationals abroad',
    question: 'Can nationals abroad obtain identity and travel documents to return home?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Consulates of Veloria issue passports and identity cards to nationals abroad, and can issue a certificate of return within five working days to nationals who have lost their documents. Since 2023, passport applications can be filed through the e-Consulate service of the Ministry of Foreign Affairs. Fees are waived for victims of trafficking and nationals in distress.',
    sources: [{ title: 'Law No. 38/2016 on Consular Service', kind: 'law', year: 2016 }],
    status: 'not-discussed',
  },
];
