import type { Indicator } from '../model.ts';

/** Domain 5: Mobility dimensions of crises. All laws, bodies, events and figures are fictional. */
export const domain5Indicators: Indicator[] = [
  {
    id: '5.1',
    domain: 5,
    subArea: 'Disaster and environmental change',
    title: 'Displacement in disaster risk reduction',
    question: 'Does the national disaster risk reduction strategy address disaster displacement?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The National Disaster Risk Reduction Strategy 2021-2030 includes a chapter on preventing and responding to disaster displacement, with measures on evacuation, temporary shelter and return. The State Committee for Emergency Situations is responsible for its implementation under Law No. 91/2019 on Civil Protection and Disaster Risk Management. Regional emergency plans in the Dorvan and Talmira regions identify evacuation sites for populations at risk of landslides and floods.',
    sources: [
      { title: 'National Disaster Risk Reduction Strategy 2021-2030', kind: 'strategy', year: 2021 },
      { title: 'Law No. 91/2019 on Civil Protection and Disaster Risk Management', kind: 'law', year: 2019 },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.2',
    domain: 5,
    subArea: 'Disaster and environmental change',
    title: 'Climate mobility in adaptation plans',
    question: 'Do national climate change adaptation plans address human mobility?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The National Climate Change Adaptation Plan 2023-2030 recognises that glacier retreat and droughts are driving outmigration from mountain communities. It does not, however, include measures to support people who move or to plan for the growth of towns receiving them. The State Migration Service was not consulted during the preparation of the Plan.',
    sources: [{ title: 'National Climate Change Adaptation Plan 2023-2030', kind: 'strategy', year: 2023 }],
    status: 'not-discussed',
  },
  {
    id: '5.3',
    domain: 5,
    subArea: 'Disaster and environmental change',
    title: 'Planned relocation from hazard zones',
    question: 'Is there a framework for the planned relocation of communities exposed to natural hazards?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Government Decree No. 277 of 18 September 2020 regulates the resettlement of households from areas at high risk of landslides and floods, and 412 households were relocated between 2020 and 2024. The decree sets compensation rates but contains no requirement to consult affected communities or to restore their livelihoods. Host communities receive no additional support.',
    sources: [
      {
        title: 'Government Decree No. 277 of 18 September 2020 on the Resettlement of Households from Hazard Zones',
        kind: 'decree',
        year: 2020,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.4',
    domain: 5,
    subArea: 'Disaster and environmental change',
    title: "Alerts in migrants' languages",
    question: 'Are emergency alerts and crisis information provided in languages spoken by migrants?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'Emergency alerts sent by the State Committee for Emergency Situations through mobile networks and broadcast media are issued only in Velorian. No guidance exists on translating crisis information into the languages spoken by foreign residents, tourists or seasonal workers.',
    sources: [{ title: 'Law No. 91/2019 on Civil Protection and Disaster Risk Management', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '5.5',
    domain: 5,
    subArea: 'Disaster and environmental change',
    title: 'Migrants in health emergency plans',
    question: 'Do public health emergency plans include migrants regardless of their status?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The National Public Health Emergency Preparedness Plan 2022 covers all persons on the territory, and vaccination campaigns during the last pandemic were open to foreign nationals regardless of status. The Plan contains no measures to reach migrants in an irregular situation, who may avoid health services for fear of being reported. The Ministry of Health does not collect data on the use of emergency services by migrants.',
    sources: [
      {
        title: 'Ministry of Health, National Public Health Emergency Preparedness Plan 2022',
        kind: 'strategy',
        year: 2022,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.6',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Contingency plan for large inflows',
    question: 'Does the country have a contingency plan for the large-scale arrival of people fleeing a crisis?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Government Decree No. 156 of 14 April 2022 adopted a contingency plan for large-scale arrivals, assigning roles to the State Migration Service, the State Border Guard Service and the State Committee for Emergency Situations. The plan was activated in 2023, when about 18,000 people arrived from a neighbouring country affected by armed conflict. A review of the response, carried out in 2024, led to an update of the reception capacity targets.',
    sources: [
      {
        title: 'Government Decree No. 156 of 14 April 2022 on the Contingency Plan for Large-Scale Arrivals',
        kind: 'decree',
        year: 2022,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.7',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Crisis assistance regardless of status',
    question: 'Can migrants receive emergency assistance during a crisis regardless of their migration status?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Article 12 of Law No. 91/2019 on Civil Protection and Disaster Risk Management entitles every person on the territory of Veloria to emergency assistance, shelter and medical care during a crisis, regardless of citizenship or migration status. Information collected during emergency assistance may not be used for immigration enforcement.',
    sources: [{ title: 'Law No. 91/2019 on Civil Protection and Disaster Risk Management', kind: 'law', year: 2019 }],
    status: 'not-discussed',
  },
  {
    id: '5.8',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Evacuation of nationals abroad',
    question: 'Does the country have procedures to assist and evacuate its nationals abroad in a crisis?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'The Crisis Centre of the Ministry of Foreign Affairs, set up in 2020, coordinates the assistance and evacuation of Velorian nationals abroad, in line with Law No. 38/2016 on Consular Service. In 2023, it organised the evacuation of 640 nationals from a conflict-affected country, including migrant workers without valid documents.',
    sources: [{ title: 'Law No. 38/2016 on Consular Service', kind: 'law', year: 2016 }],
    status: 'not-discussed',
  },
  {
    id: '5.9',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Registration of nationals abroad',
    question:
      'Is there a system for nationals abroad to register with consular authorities to be contacted in a crisis?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Velorians abroad can register voluntarily on the Velorians Abroad portal of the Ministry of Foreign Affairs. Only about 12 per cent of the estimated diaspora had registered by 2024, and seasonal workers are rarely registered. The portal is not linked to the records of workers placed abroad by the State Employment Agency.',
    sources: [{ title: 'Ministry of Foreign Affairs, Velorians Abroad portal', kind: 'website', year: 2021 }],
    status: 'not-discussed',
  },
  {
    id: '5.10',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Temporary protection and humanitarian visas',
    question: 'Does the law provide for temporary protection or humanitarian visas for people fleeing crises?',
    answer: 'yes',
    kind: 'well-developed',
    finding:
      'Law No. 74/2018 on Refugees and Temporary Protection allows the Government to grant temporary protection to groups of people fleeing armed conflict or disaster, for up to three years. This mechanism was activated for the first time in 2023. The State Migration Service may also issue humanitarian visas on a case-by-case basis under Law No. 87/2019 on the Legal Status of Foreigners.',
    sources: [
      { title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 },
      { title: 'Law No. 87/2019 on the Legal Status of Foreigners', kind: 'law', year: 2019 },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.11',
    domain: 5,
    subArea: 'Conflict preparedness',
    title: 'Inclusion of beneficiaries of temporary protection',
    question: 'Do beneficiaries of temporary protection have access to work, education and language courses?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Beneficiaries of temporary protection have access to the labour market without a work permit and their children attend public schools. Free Velorian language courses are offered only in Estrava, and the Migrant Solidarity Network of Veloria reports long waiting lists. Professional qualifications of beneficiaries are rarely recognised, as most cannot provide original documents.',
    sources: [
      { title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 },
      {
        title: 'Migrant Solidarity Network of Veloria, Monitoring Report on Temporary Protection (2024)',
        kind: 'report',
        year: 2024,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.12',
    domain: 5,
    subArea: 'Displacement',
    title: 'Internal displacement law',
    question: 'Does the country have a law or policy on internally displaced persons?',
    answer: 'no',
    kind: 'potential-for-development',
    finding:
      'Veloria has no law or policy defining the rights of internally displaced persons, and assistance is provided under general civil protection rules. A draft law on internally displaced persons was submitted to the National Assembly in 2025 and is pending before the Committee on Human Rights and Migration.',
    sources: [{ title: 'Draft Law on Internally Displaced Persons (2025)', kind: 'other', year: 2025 }],
    status: 'not-discussed',
  },
  {
    id: '5.13',
    domain: 5,
    subArea: 'Displacement',
    title: 'Durable solutions after a crisis',
    question: 'Are there measures to achieve durable solutions for people displaced by a crisis?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'After the 2022 earthquake in the Dorvan region, the Post-Disaster Recovery Framework 2022-2026 financed the reconstruction of 2,300 homes. Around 900 families remained in temporary housing at the end of 2024, and the Framework does not address their access to livelihoods or their participation in decisions on return or local integration.',
    sources: [
      { title: 'Post-Disaster Recovery Framework for the Dorvan Region 2022-2026', kind: 'strategy', year: 2022 },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.14',
    domain: 5,
    subArea: 'Displacement',
    title: 'Data on displacement',
    question: 'Does the government collect data on people displaced by disasters or conflict?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'The State Committee for Emergency Situations records the number of people evacuated and sheltered during each emergency. These records do not track how long people remain displaced or where they go after leaving shelters, and they are not disaggregated by sex, age or disability. No displacement data are published by the National Statistics Office.',
    sources: [
      {
        title: 'State Committee for Emergency Situations, Annual Report on Emergencies 2024',
        kind: 'report',
        year: 2025,
      },
    ],
    status: 'not-discussed',
  },
  {
    id: '5.15',
    domain: 5,
    subArea: 'Displacement',
    title: 'Cross-border disaster displacement',
    question: 'Does the country have arrangements for admitting people displaced across borders by disasters?',
    answer: 'partial',
    kind: 'potential-for-development',
    finding:
      'Law No. 74/2018 on Refugees and Temporary Protection allows temporary protection in cases of disaster, but there are no operational procedures for admitting people displaced from neighbouring countries by sudden-onset disasters. No agreement on this issue exists within the Meridian Migration Dialogue.',
    sources: [{ title: 'Law No. 74/2018 on Refugees and Temporary Protection', kind: 'law', year: 2018 }],
    status: 'not-discussed',
  },
];
