import type { Taxonomy } from '../schemas/taxonomy.js';

/** Where the default categories come from, in words (shown with them, and in docs/categories.md). */
const SOURCE =
  'Follows the national IDO registration form in the Bibliotheekmonitor, in use since April 2024 ' +
  '(Bibliotheeknetwerk, news item "Vernieuwd IDO-registratieformulier in Bibliotheekmonitor", ' +
  '21 March 2024: questions about the digital government, the library or other; several ' +
  'questions per visitor; improved referral questions; no background questions). The theme ' +
  'for computers, tablets and phones follows the KB news item on the 100,000th IDO question ' +
  '(DigiD first, computers, tablets and smartphones second, municipal services third) and the ' +
  'Dutch public libraries association (VOB) page on the IDO. Huurcommissie, LBIO, Raad voor ' +
  'Rechtsbijstand, the DigiD follow-up question, "de bevoegde overheidsinstantie" and the ' +
  'course help (Digisterker, Klik & Tik) are taken from the 2024 form and its dashboard as ' +
  'described in IDO Kit issue 20.';

/**
 * The default IDO categories, following the national IDO registration form (Bibliotheekmonitor,
 * since April 2024) so a library's counts can be copied straight into it.
 *
 * This is data, not code: the API and the feed serve it, and the national programme or a server
 * may replace it with a categories file (`idokit-server categories import`) without a release.
 * Ids are stable and appear in stored registrations; labels and descriptions may change freely,
 * and an id that changes names its old id in `formerIds`. Dutch labels are written at B1 level.
 * `packages/sdk/data/categories.json` is this object as a file (a test keeps them equal).
 */
export const defaultTaxonomy: Taxonomy = {
  version: '2024-04.2',
  validFrom: '2024-04-01',
  source: SOURCE,
  questionTypes: [
    {
      id: 'government',
      label: { nl: 'Vraag over de overheid', en: 'Question about the government' },
      description: {
        nl: 'Digitale overheid: een vraag over een brief, website, regeling of instantie van de overheid.',
        en: 'Digital government: a question about a letter, website, scheme or agency of the government.',
      },
    },
    {
      id: 'library',
      label: { nl: 'Vraag over de bibliotheek', en: 'Question about the library' },
      description: {
        nl: 'Een vraag over de diensten van de bibliotheek, zoals lenen, printen of een cursus.',
        en: 'A question about library services, such as borrowing, printing or a course.',
      },
    },
    {
      id: 'other',
      label: { nl: 'Andere vraag', en: 'Other question' },
      description: {
        nl: 'Een vraag die niet over de overheid en niet over de bibliotheek gaat.',
        en: 'A question about neither the government nor the library.',
      },
    },
  ],
  governmentLevels: [
    {
      id: 'national',
      label: { nl: 'Rijksoverheid', en: 'National government' },
      description: {
        nl: 'Landelijke instanties, zoals de Belastingdienst, UWV, SVB en DUO.',
        en: 'National agencies, such as the Tax Administration, UWV, SVB and DUO.',
      },
    },
    {
      id: 'municipal',
      label: { nl: 'Gemeente', en: 'Municipality' },
      description: {
        nl: 'De eigen gemeente: paspoort, Wmo, bijstand, afval, parkeren en lokale regelingen.',
        en: 'The local municipality: passport, social support, benefits, waste, parking and local schemes.',
      },
    },
    {
      id: 'regional',
      label: { nl: 'Provincie of waterschap', en: 'Province or water authority' },
      description: {
        nl: 'De provincie of het waterschap, bijvoorbeeld over de waterschapsbelasting.',
        en: 'The province or the water authority, for example about the water board tax.',
      },
    },
    {
      id: 'other',
      label: { nl: 'Anders', en: 'Other' },
      description: {
        nl: 'Een andere of onbekende overheid.',
        en: 'Another or unknown part of government.',
      },
    },
  ],
  organisations: [
    {
      id: 'belastingdienst',
      level: 'national',
      label: { nl: 'Belastingdienst', en: 'Tax Administration (Belastingdienst)' },
      description: {
        nl: 'Inkomstenbelasting, aangifte, voorlopige aanslag.',
        en: 'Income tax, tax return, provisional assessment.',
      },
    },
    {
      id: 'dienst-toeslagen',
      level: 'national',
      label: { nl: 'Dienst Toeslagen', en: 'Benefits Agency (Dienst Toeslagen)' },
      description: {
        nl: 'Huurtoeslag, zorgtoeslag, kinderopvangtoeslag en kindgebonden budget.',
        en: 'Rent, healthcare and childcare allowance, and child-related budget.',
      },
    },
    {
      id: 'uwv',
      level: 'national',
      label: { nl: 'UWV', en: 'UWV (employee insurance agency)' },
      description: {
        nl: 'WW, ziektewet, WIA, Wajong en werk zoeken.',
        en: 'Unemployment and sickness benefits, disability benefits and finding work.',
      },
    },
    {
      id: 'svb',
      level: 'national',
      label: { nl: 'SVB', en: 'SVB (social insurance bank)' },
      description: {
        nl: 'AOW, kinderbijslag, Anw en persoonsgebonden budget (PGB).',
        en: 'State pension, child benefit, surviving dependants and personal budget (PGB).',
      },
    },
    {
      id: 'duo',
      level: 'national',
      label: { nl: 'DUO', en: 'DUO (education executive agency)' },
      description: {
        nl: 'Studiefinanciering, studieschuld terugbetalen en inburgering.',
        en: 'Student finance, repaying student debt and civic integration.',
      },
    },
    {
      id: 'cjib',
      level: 'national',
      label: { nl: 'CJIB', en: 'CJIB (central fine collection agency)' },
      description: {
        nl: 'Verkeersboetes, strafbeschikkingen en betalingsregelingen.',
        en: 'Traffic fines, penalty orders and payment plans.',
      },
    },
    {
      id: 'cak',
      level: 'national',
      label: { nl: 'CAK', en: 'CAK (care contributions office)' },
      description: {
        nl: 'Eigen bijdrage voor Wmo en Wlz, en de regeling voor wanbetalers zorgverzekering.',
        en: 'Personal contribution for social support and long-term care, and unpaid health insurance.',
      },
    },
    {
      id: 'cbr',
      level: 'national',
      label: { nl: 'CBR', en: 'CBR (driving test organisation)' },
      description: {
        nl: 'Rijexamen en gezondheidsverklaring voor het rijbewijs.',
        en: 'Driving test and health declaration for the driving licence.',
      },
    },
    {
      id: 'ciz',
      level: 'national',
      label: { nl: 'CIZ', en: 'CIZ (care needs assessment centre)' },
      description: {
        nl: 'Indicatie voor de Wet langdurige zorg (Wlz).',
        en: 'Assessment for long-term care (Wlz).',
      },
    },
    {
      id: 'rdw',
      level: 'national',
      label: { nl: 'RDW', en: 'RDW (vehicle authority)' },
      description: {
        nl: 'Kenteken, rijbewijs verlengen en voertuigen.',
        en: 'Number plates, renewing a driving licence and vehicles.',
      },
    },
    {
      id: 'rvig',
      level: 'national',
      label: { nl: 'RvIG', en: 'RvIG (identity data service)' },
      description: {
        nl: 'Paspoort en identiteitskaart, BSN en de Basisregistratie Personen.',
        en: 'Passport and identity card, citizen service number and the population register.',
      },
    },
    {
      id: 'logius',
      level: 'national',
      label: { nl: 'Logius (DigiD, MijnOverheid)', en: 'Logius (DigiD, MijnOverheid)' },
      description: {
        nl: 'DigiD aanvragen en gebruiken, DigiD-app, machtigen en de Berichtenbox van MijnOverheid.',
        en: 'Applying for and using DigiD, the DigiD app, authorisations and the MijnOverheid message box.',
      },
    },
    {
      id: 'zorginstituut-zorgverzekeraar',
      level: 'national',
      label: { nl: 'Zorginstituut of zorgverzekeraar', en: 'Healthcare institute or insurer' },
      description: {
        nl: 'Zorgverzekering, eigen risico en vergoedingen.',
        en: 'Health insurance, deductible and reimbursements.',
      },
    },
    {
      id: 'huurcommissie',
      level: 'national',
      label: { nl: 'Huurcommissie', en: 'Rent Tribunal (Huurcommissie)' },
      description: {
        nl: 'Geschillen over huurprijs, huurverhoging, servicekosten en onderhoud.',
        en: 'Disputes about rent, rent increases, service charges and maintenance.',
      },
    },
    {
      id: 'lbio',
      level: 'national',
      label: { nl: 'LBIO', en: 'LBIO (child and partner maintenance agency)' },
      description: {
        nl: 'Innen van kinderalimentatie en partneralimentatie.',
        en: 'Collecting child and partner maintenance payments.',
      },
    },
    {
      id: 'raad-voor-rechtsbijstand',
      level: 'national',
      label: { nl: 'Raad voor Rechtsbijstand', en: 'Legal Aid Board (Raad voor Rechtsbijstand)' },
      description: {
        nl: 'Gesubsidieerde rechtsbijstand, een advocaat of mediator met een toevoeging.',
        en: 'Subsidised legal aid, a lawyer or mediator paid in part by the state.',
      },
    },
    {
      id: 'gemeente',
      level: 'municipal',
      label: { nl: 'Gemeente', en: 'Municipality' },
      description: {
        nl: 'Wmo, bijstand, paspoort aanvragen, gemeentelijke belastingen en lokale regelingen.',
        en: 'Social support, welfare, passport applications, local taxes and local schemes.',
      },
    },
    {
      id: 'other',
      level: 'other',
      label: { nl: 'Andere instantie', en: 'Other organisation' },
      description: {
        nl: 'Een instantie die niet in deze lijst staat.',
        en: 'An organisation that is not on this list.',
      },
    },
  ],
  themes: [
    {
      id: 'toeslagen',
      label: { nl: 'Toeslagen', en: 'Allowances' },
      description: {
        nl: 'Huurtoeslag, zorgtoeslag, kinderopvangtoeslag en kindgebonden budget.',
        en: 'Rent, healthcare and childcare allowance, and child-related budget.',
      },
    },
    {
      id: 'belastingen',
      label: { nl: 'Belastingen', en: 'Taxes' },
      description: {
        nl: 'Aangifte inkomstenbelasting, voorlopige aanslag, teruggave en gemeentelijke belastingen.',
        en: 'Income tax return, provisional assessment, refunds and local taxes.',
      },
    },
    {
      id: 'aow-pensioen',
      label: { nl: 'AOW en pensioen', en: 'State pension and pension' },
      description: {
        nl: 'AOW aanvragen, AOW-leeftijd, pensioen en het pensioenoverzicht.',
        en: 'Applying for state pension, pension age, pensions and the pension overview.',
      },
    },
    {
      id: 'werk-uitkering',
      label: { nl: 'Werk en uitkering', en: 'Work and benefits' },
      description: {
        nl: 'Werk zoeken, WW, bijstand, ziektewet en arbeidsongeschiktheid.',
        en: 'Finding work, unemployment benefit, welfare, sickness and disability benefits.',
      },
    },
    {
      id: 'zorg',
      label: { nl: 'Zorg', en: 'Care and health' },
      description: {
        nl: 'Wmo, CAK, persoonsgebonden budget (PGB), zorgverzekering en eigen risico.',
        en: 'Social support (Wmo), CAK, personal budget (PGB), health insurance and deductible.',
      },
    },
    {
      id: 'digid-mijnoverheid',
      label: { nl: 'DigiD en MijnOverheid', en: 'DigiD and MijnOverheid' },
      description: {
        nl: 'DigiD aanvragen of herstellen, de DigiD-app, machtigen en de Berichtenbox.',
        en: 'Applying for or restoring DigiD, the DigiD app, authorisations and the message box.',
      },
    },
    {
      id: 'computer-tablet-telefoon',
      label: { nl: 'Computer, tablet en telefoon', en: 'Computer, tablet and phone' },
      description: {
        nl: 'Een apparaat gebruiken: instellen, apps installeren, e-mail, wachtwoorden en veilig internetten.',
        en: 'Using a device: setting it up, installing apps, e-mail, passwords and staying safe online.',
      },
    },
    {
      id: 'identiteit-rijbewijs',
      label: { nl: 'Paspoort, ID-kaart en rijbewijs', en: 'Passport, ID card and driving licence' },
      description: {
        nl: 'Paspoort of ID-kaart aanvragen, rijbewijs verlengen, CBR en gezondheidsverklaring.',
        en: 'Applying for a passport or ID card, renewing a driving licence, CBR and health declaration.',
      },
    },
    {
      id: 'studiefinanciering',
      label: { nl: 'Studiefinanciering', en: 'Student finance' },
      description: {
        nl: 'Studiefinanciering, reisproduct, studieschuld terugbetalen en inburgering bij DUO.',
        en: 'Student finance, student travel product, repaying student debt and civic integration at DUO.',
      },
    },
    {
      id: 'boetes-schulden',
      label: { nl: 'Boetes en schulden', en: 'Fines and debts' },
      description: {
        nl: 'Boetes van het CJIB, betalingsregelingen, aanmaningen en hulp bij schulden.',
        en: 'Fines from the CJIB, payment plans, reminders and help with debts.',
      },
    },
    {
      id: 'wonen',
      label: { nl: 'Wonen', en: 'Housing' },
      description: {
        nl: 'Huurwoning zoeken, huurverhoging, energietoeslag en verhuizing doorgeven.',
        en: 'Finding a rental home, rent increases, energy allowance and reporting a move.',
      },
    },
    {
      id: 'gemeente',
      label: { nl: 'Gemeente', en: 'Municipality' },
      description: {
        nl: 'Lokale regelingen: minimaregelingen, stadspas, afval, parkeren en verhuizen.',
        en: 'Local schemes: low-income support, city pass, waste, parking and moving house.',
      },
    },
    {
      id: 'overig',
      label: { nl: 'Overig', en: 'Other' },
      description: {
        nl: 'Een ander onderwerp, zoals een brief die niet in een thema past.',
        en: 'Another topic, such as a letter that fits no other theme.',
      },
    },
  ],
  help: [
    {
      id: 'informed',
      label: { nl: 'Informatie gegeven', en: 'Information given' },
      description: {
        nl: 'Ik heb de bezoeker de juiste informatie gegeven of laten zien.',
        en: 'I gave or showed the visitor the right information.',
      },
    },
    {
      id: 'searched-together',
      label: { nl: 'Samen gezocht', en: 'Searched together' },
      description: {
        nl: 'We hebben samen op een website of in een brief gezocht.',
        en: 'We searched a website or a letter together.',
      },
    },
    {
      id: 'explained',
      label: { nl: 'Uitleg gegeven', en: 'Explained' },
      description: {
        nl: 'Ik heb uitgelegd hoe iets werkt, zoals een website, app of apparaat.',
        en: 'I explained how something works, such as a website, app or device.',
      },
    },
    {
      id: 'referred',
      label: { nl: 'Doorverwezen', en: 'Referred' },
      description: {
        nl: 'Doorverwezen naar een partner. Warm: ik heb zelf contact gelegd.',
        en: 'Referred to a partner. Warm: I made the contact myself.',
      },
    },
    {
      id: 'not-helped',
      label: { nl: 'Niet geholpen', en: 'Not helped' },
      description: {
        nl: 'De vraag kon niet worden beantwoord. Kies een reden.',
        en: 'The question could not be answered. Choose a reason.',
      },
    },
    {
      id: 'follow-up',
      label: { nl: 'Vervolgafspraak', en: 'Follow-up appointment' },
      description: {
        nl: 'We hebben een nieuwe afspraak gemaakt.',
        en: 'We made a new appointment.',
      },
    },
    {
      id: 'course',
      label: {
        nl: 'Begeleid naar een cursus (Digisterker, Klik & Tik)',
        en: 'Guided to a course (Digisterker, Klik & Tik)',
      },
      description: {
        nl: 'De bezoeker kan zelf leren wat nodig is, bijvoorbeeld met Digisterker of Klik & Tik.',
        en: 'The visitor can learn what is needed, for example with Digisterker or Klik & Tik.',
      },
    },
  ],
  notHelpedReasons: [
    {
      id: 'needs-digid-login',
      label: { nl: 'Inloggen met DigiD nodig', en: 'Needs a DigiD login' },
      description: {
        nl: 'De bezoeker moet zelf inloggen met DigiD. Dat doen wij niet voor iemand.',
        en: 'The visitor must log in with DigiD themselves. We never do that for someone.',
      },
    },
    {
      id: 'form-filling',
      label: { nl: 'Wil dat wij een formulier invullen', en: 'Wants us to fill in a form' },
      description: {
        nl: 'Wij vullen geen formulieren in voor bezoekers.',
        en: 'We do not fill in forms for visitors.',
      },
    },
    {
      id: 'missing-documents',
      label: { nl: 'Papieren niet bij zich', en: 'Documents not at hand' },
      description: {
        nl: 'De brief of andere papieren waren nodig, maar niet meegenomen.',
        en: 'The letter or other papers were needed but not brought.',
      },
    },
    {
      id: 'outside-scope',
      label: { nl: 'Past niet bij het IDO', en: 'Outside the IDO’s scope' },
      description: {
        nl: 'Persoonlijk advies of een vraag waar het IDO niet voor is.',
        en: 'Personal advice or a question the IDO is not for.',
      },
    },
    {
      id: 'no-time',
      label: { nl: 'Geen tijd', en: 'No time' },
      description: {
        nl: 'Er was te weinig tijd om de vraag te helpen.',
        en: 'There was not enough time to help with the question.',
      },
    },
    {
      id: 'language-barrier',
      label: { nl: 'Taal', en: 'Language barrier' },
      description: {
        nl: 'We konden elkaar niet goed genoeg verstaan.',
        en: 'We could not understand each other well enough.',
      },
    },
    {
      id: 'other',
      label: { nl: 'Andere reden', en: 'Other reason' },
    },
  ],
  channels: [
    {
      id: 'desk',
      label: { nl: 'Aan de balie', en: 'At the desk' },
      description: {
        nl: 'De bezoeker kwam zonder afspraak langs.',
        en: 'The visitor came by without an appointment.',
      },
    },
    {
      id: 'phone',
      label: { nl: 'Telefoon', en: 'Phone' },
      description: {
        nl: 'De vraag kwam binnen via de telefoon.',
        en: 'The question came by phone.',
      },
    },
    {
      id: 'email',
      label: { nl: 'E-mail', en: 'E-mail' },
      description: { nl: 'De vraag kwam binnen via e-mail.', en: 'The question came by e-mail.' },
    },
    {
      id: 'appointment',
      label: { nl: 'Op afspraak', en: 'By appointment' },
      description: {
        nl: 'De bezoeker had een afspraak gemaakt.',
        en: 'The visitor had made an appointment.',
      },
    },
    {
      id: 'outreach',
      label: { nl: 'Buiten de bibliotheek', en: 'Outreach' },
      description: {
        nl: 'Het IDO was op een andere plek, zoals een buurthuis of markt.',
        en: 'The IDO was somewhere else, such as a community centre or market.',
      },
    },
  ],
  partnerKinds: [
    {
      id: 'sociaal-raadslieden',
      label: { nl: 'Sociaal raadslieden', en: 'Social legal advisers' },
      description: {
        nl: 'Gratis hulp bij brieven, formulieren, toeslagen en regelingen.',
        en: 'Free help with letters, forms, allowances and schemes.',
      },
    },
    {
      id: 'welzijn',
      label: { nl: 'Welzijnswerk', en: 'Community welfare' },
      description: {
        nl: 'Hulp in de buurt bij geld, wonen, eenzaamheid en meedoen.',
        en: 'Local help with money, housing, loneliness and taking part.',
      },
    },
    {
      id: 'humanitas',
      label: { nl: 'Humanitas', en: 'Humanitas' },
      description: {
        nl: 'Vrijwilligers helpen met de thuisadministratie.',
        en: 'Volunteers help with household paperwork.',
      },
    },
    {
      id: 'formulierenbrigade',
      label: { nl: 'Formulierenbrigade', en: 'Form-filling service' },
      description: {
        nl: 'Hulp bij het invullen van formulieren en aanvragen.',
        en: 'Help with filling in forms and applications.',
      },
    },
    {
      id: 'schuldhulp',
      label: { nl: 'Schuldhulpverlening', en: 'Debt counselling' },
      description: {
        nl: 'Hulp bij geldzorgen en schulden, vaak via de gemeente.',
        en: 'Help with money worries and debts, often through the municipality.',
      },
    },
    {
      id: 'vakbond-ouderenbond',
      label: { nl: 'Vakbond of ouderenbond', en: 'Trade union or seniors’ association' },
      description: {
        nl: 'Hulp bij belastingaangifte, toeslagen en pensioen, meestal voor leden.',
        en: 'Help with tax returns, allowances and pensions, usually for members.',
      },
    },
    {
      id: 'clientondersteuning',
      label: {
        nl: 'Cliëntondersteuning (MEE, gemeente)',
        en: 'Client support (MEE, municipality)',
      },
      description: {
        nl: 'Gratis ondersteuning bij zorg, Wmo en Wlz.',
        en: 'Free support with care, social support and long-term care.',
      },
    },
    {
      id: 'zorgkantoor',
      label: { nl: 'Zorgkantoor', en: 'Care office' },
      description: {
        nl: 'Vragen over de Wet langdurige zorg en het persoonsgebonden budget.',
        en: 'Questions about long-term care and the personal budget.',
      },
    },
    {
      id: 'belastingservice',
      label: { nl: 'Belastingservice', en: 'Tax help service' },
      description: {
        nl: 'Vrijwilligers helpen met de belastingaangifte en toeslagen.',
        en: 'Volunteers help with tax returns and allowances.',
      },
    },
    {
      id: 'juridisch-loket',
      label: { nl: 'Juridisch Loket', en: 'Legal help desk' },
      description: {
        nl: 'Gratis juridisch advies, bijvoorbeeld bij een bezwaar.',
        en: 'Free legal advice, for example about an objection.',
      },
    },
    {
      id: 'gemeente',
      label: { nl: 'Gemeente', en: 'Municipality' },
      description: {
        nl: 'Het loket of sociaal team van de gemeente.',
        en: 'The municipality’s service desk or social team.',
      },
    },
    {
      id: 'overheidsinstantie',
      label: {
        nl: 'De bevoegde overheidsinstantie',
        en: 'The competent government agency',
      },
      description: {
        nl: 'De instantie die over de vraag gaat, zoals de Belastingdienst of de gemeente.',
        en: 'The agency responsible for the question, such as the Tax Administration or the municipality.',
      },
    },
    {
      id: 'other',
      label: { nl: 'Andere organisatie', en: 'Other organisation' },
    },
  ],
  durationBuckets: [5, 10, 20, 30, 60],
  followUpQuestions: [
    {
      id: 'digid',
      label: { nl: 'Heeft de bezoeker een DigiD?', en: 'Does the visitor have a DigiD?' },
      description: {
        nl: 'Vraag het bij een vraag over DigiD of MijnOverheid. Wij loggen nooit in voor iemand.',
        en: 'Ask with a question about DigiD or MijnOverheid. We never log in for someone.',
      },
      answers: [
        { id: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        {
          id: 'yes-not-working',
          label: { nl: 'Ja, maar het werkt niet', en: 'Yes, but it does not work' },
          description: {
            nl: 'Wachtwoord kwijt, app werkt niet of de DigiD is verlopen.',
            en: 'Password lost, the app does not work or the DigiD has expired.',
          },
        },
        { id: 'no', label: { nl: 'Nee', en: 'No' } },
        { id: 'unknown', label: { nl: 'Weet ik niet', en: 'Not known' } },
      ],
      appliesTo: { themes: ['digid-mijnoverheid'], organisations: ['logius'] },
    },
  ],
};
