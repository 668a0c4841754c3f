"""Occupations in education, career guidance and public administration.
Format: see __init__.py."""

OCCUPATIONS = """
primary-school-teacher | 2341 | | reg | primary school teacher; elementary school teacher | leraar basisonderwijs; leerkracht basisonderwijs; juf; meester; ~pabo-docent
  | Primary school teachers teach all subjects to children aged four to twelve, follow their development and work with parents.
  | Leraren basisonderwijs geven les in alle vakken aan kinderen van vier tot twaalf jaar, volgen hun ontwikkeling en werken samen met ouders.
  E: @teaching child-development communicate-with-parents support-pupils-with-special-needs speak-dutch write-dutch
  O: teach-mathematics signal-domestic-violence organise-play-activities reflect-on-own-work protect-personal-data
secondary-school-teacher | 2330 | | reg | secondary school teacher; high school teacher | leraar voortgezet onderwijs; docent voortgezet onderwijs; ~docent vo
  | Secondary school teachers teach their subject to pupils aged twelve to eighteen and coach them in their studies.
  | Leraren voortgezet onderwijs geven hun vak aan leerlingen van twaalf tot achttien jaar en begeleiden hen bij hun studie.
  E: @teaching coach-others speak-dutch write-dutch education-system
  O: support-pupils-with-special-needs give-career-guidance communicate-with-parents
mathematics-teacher | 2330 | ^secondary-school-teacher | reg | mathematics teacher; maths teacher | docent wiskunde; wiskundeleraar; ~wiskunde docent
  | Mathematics teachers teach mathematics in secondary education and prepare pupils for exams.
  | Docenten wiskunde geven wiskunde in het voortgezet onderwijs en bereiden leerlingen voor op examens.
  E: @teaching teach-mathematics mathematics speak-dutch
  O: statistics use-spreadsheets-for-analysis
vocational-teacher | 2320 | | | vocational teacher; VET teacher; MBO teacher | docent mbo; docent beroepsonderwijs; mbo-docent
  | Vocational teachers teach the knowledge and practical skills of an occupation and supervise students during work placements.
  | Docenten mbo onderwijzen de kennis en praktische vaardigheden van een beroep en begeleiden studenten tijdens hun stages.
  E: @teaching teach-vocational-skills supervise-work-placements education-system coach-others speak-dutch
  O: develop-training-programmes labour-market-information
technical-vocational-teacher | 2320 | ^vocational-teacher | | technical vocational teacher; engineering instructor | docent techniek mbo; praktijkdocent techniek; instructeur techniek
  | Technical vocational teachers teach installation, electrical or metal work in workshops and classes.
  | Docenten techniek geven les in installatie-, elektro- of metaaltechniek in praktijklokalen en klassen.
  E: @teaching teach-vocational-skills supervise-work-placements read-technical-drawings electricity-principles
     work-safely speak-dutch
  O: weld-metal install-electrical-wiring install-heat-pumps renewable-energy-technologies
care-vocational-teacher | 2320 | ^vocational-teacher | | care vocational teacher; nursing instructor | docent zorg en welzijn; praktijkdocent verpleegkunde
  | Care vocational teachers train future nurses and care workers in knowledge, skills and professional attitude.
  | Docenten zorg en welzijn leiden toekomstige verpleegkundigen en verzorgenden op in kennis, vaardigheden en beroepshouding.
  E: @teaching teach-vocational-skills supervise-work-placements apply-nursing-process nursing-science speak-dutch
  O: evidence-based-practice health-care-legislation
teaching-assistant | 5312 | | | teaching assistant; classroom assistant | onderwijsassistent; klassenassistent
  | Teaching assistants support teachers by working with small groups of pupils and preparing materials.
  | Onderwijsassistenten ondersteunen leraren door met kleine groepen leerlingen te werken en materialen voor te bereiden.
  E: assist-teacher child-development work-in-team communicate-clearly speak-dutch
  O: support-pupils-with-special-needs use-digital-learning-tools organise-play-activities dutch-sign-language give-feedback manage-a-classroom pedagogy
lecturer | 2310 | | r | lecturer; university lecturer; university of applied sciences lecturer | hogeschooldocent; docent hbo; universitair docent
  | Lecturers teach students in higher education, supervise their projects and theses and do research.
  | Hogeschooldocenten geven les aan studenten in het hoger onderwijs, begeleiden projecten en scripties en doen onderzoek.
  E: @teaching supervise-research conduct-research write-reports write-english
  O: develop-training-programmes statistics
nt2-teacher | 2353 | | | teacher of Dutch as a second language; NT2 teacher; Dutch language teacher for adults | docent NT2; docent Nederlands als tweede taal; taaldocent inburgering
  | NT2 teachers teach Dutch to newcomers and other adults who speak another language, often preparing them for work or civic integration exams.
  | Docenten NT2 leren Nederlands aan nieuwkomers en andere volwassenen die een andere taal spreken, vaak als voorbereiding op werk of het inburgeringsexamen.
  E: teach-dutch-as-second-language prepare-lessons assess-learners adult-learning differentiate-teaching dutch
     write-dutch work-with-diverse-people
  O: speak-arabic speak-turkish speak-polish speak-english
workplace-trainer | 2424 | | | workplace trainer; corporate trainer; learning and development specialist | praktijkopleider; bedrijfsopleider; trainer; ~L&D-adviseur
  | Workplace trainers design and give training for employees and guide learners at the workplace.
  | Praktijkopleiders ontwerpen en geven trainingen voor medewerkers en begeleiden leerlingen op de werkvloer.
  E: develop-training-programmes adult-learning teach-vocational-skills coach-others give-feedback present-information
     speak-dutch
  O: use-digital-learning-tools plan-staff-development supervise-work-placements
school-principal | 1345 | | | school principal; head teacher; school director | schoolleider; directeur basisschool; rector
  | School principals lead a school: teaching quality, staff, finances and contacts with parents and the community.
  | Schoolleiders leiden een school: onderwijskwaliteit, personeel, financiën en contacten met ouders en omgeving.
  E: @management education-system pedagogy manage-stakeholders communicate-with-parents speak-dutch
  O: develop-policy recruit-staff
career-adviser | 2423 | | | career adviser; career counsellor; career coach | loopbaanadviseur; loopbaancoach; loopbaanbegeleider
  | Career advisers help people explore their skills, interests and options and plan steps in their career, including training and job changes.
  | Loopbaanadviseurs helpen mensen hun vaardigheden, interesses en mogelijkheden te verkennen en stappen in hun loopbaan te plannen, inclusief scholing en overstappen naar ander werk.
  E: give-career-guidance assess-skills-and-competences labour-market-information conduct-interviews
     listen-actively coach-others write-reports speak-dutch
  O: education-system match-jobseekers-to-jobs adult-learning search-information-online
employment-coach | 3333 | | | employment coach; job coach; work coach; employment agent | werkcoach; arbeidsbemiddelaar; jobcoach; re-integratieconsulent
  | Employment coaches help jobseekers find work: they assess their skills, match them to vacancies and support them in the first months of work.
  | Werkcoaches helpen werkzoekenden aan werk: zij brengen hun vaardigheden in kaart, koppelen hen aan vacatures en begeleiden hen in de eerste maanden op het werk.
  E: coach-jobseekers match-jobseekers-to-jobs assess-skills-and-competences labour-market-information
     social-security-law conduct-interviews listen-actively speak-dutch
  O: give-career-guidance motivational-interviewing use-crm-system work-with-diverse-people
policy-officer | 2422 | | | policy officer; policy adviser; policy advisor | beleidsmedewerker; beleidsadviseur; ~beleids medewerker
  | Policy officers prepare and evaluate government policy: they analyse problems, consult stakeholders and write proposals for administrators.
  | Beleidsmedewerkers bereiden overheidsbeleid voor en evalueren het: zij analyseren problemen, raadplegen belanghebbenden en schrijven voorstellen voor bestuurders.
  E: @government @office-basics develop-policy advise-administrators manage-stakeholders think-critically
  O: analyse-data present-information manage-projects environmental-legislation search-information-online
civil-affairs-officer | 3354 | | | civil affairs officer; municipal registry officer | medewerker burgerzaken; baliemedewerker burgerzaken
  | Civil affairs officers register births, moves and marriages and issue passports and identity cards at the municipal desk.
  | Medewerkers burgerzaken registreren geboorten, verhuizingen en huwelijken en geven paspoorten en identiteitskaarten uit aan de gemeentebalie.
  E: @public-service-desk register-civil-status administrative-law speak-dutch
  O: deal-with-aggression speak-english protect-personal-data
permit-officer | 3354 | | | permit officer; licensing officer | vergunningverlener; medewerker vergunningen; ~vergunningen verlener
  | Permit officers assess applications for building and environmental permits and draw up decisions.
  | Vergunningverleners beoordelen aanvragen voor omgevings- en bouwvergunningen en stellen besluiten op.
  E: @government issue-permits process-applications building-regulations environmental-legislation speak-dutch
  O: read-technical-drawings handle-objections
benefits-officer | 3353 | | | benefits officer; social benefits adviser; claims assessor | uitkeringsconsulent; consulent werk en inkomen; ~klantmanager
  | Benefits officers assess claims for unemployment, disability or social assistance benefits and inform clients about their rights and duties.
  | Uitkeringsconsulenten beoordelen aanvragen voor werkloosheids-, arbeidsongeschiktheids- of bijstandsuitkeringen en informeren klanten over rechten en plichten.
  E: @government assess-benefit-claims social-security-law conduct-interviews process-applications speak-dutch
  O: coach-jobseekers deal-with-aggression
tax-inspector | 3352 | | | tax inspector; tax auditor; tax official | belastinginspecteur; belastingcontroleur; medewerker Belastingdienst
  | Tax inspectors check tax returns and accounts of citizens and companies and set the tax to be paid.
  | Belastinginspecteurs controleren aangiften en administraties van burgers en bedrijven en stellen de te betalen belasting vast.
  E: @government assess-tax-returns tax-law accounting-principles audit-accounts analyse-data speak-dutch
  O: handle-objections use-spreadsheets-for-analysis
enforcement-officer | 5419 | | | enforcement officer; municipal enforcement officer; special investigating officer | handhaver; boa; toezichthouder openbare ruimte; ~buitengewoon opsporingsambtenaar
  | Enforcement officers supervise compliance with local rules in public space, warn offenders and issue fines.
  | Handhavers houden toezicht op de naleving van lokale regels in de openbare ruimte, waarschuwen overtreders en schrijven boetes uit.
  E: enforce-regulations write-official-reports deal-with-aggression public-order-and-security communicate-clearly
     work-in-team speak-dutch
  O: provide-first-aid criminal-law
security-guard | 5414 | | | security guard; security officer; site guard | beveiliger; beveiligingsmedewerker; ~bewaker
  | Security guards protect buildings, sites and events by controlling access, making rounds, watching cameras and acting on incidents.
  | Beveiligers beschermen gebouwen, terreinen en evenementen door toegang te controleren, rondes te lopen, camera's te bewaken en op te treden bij incidenten.
  E: guard-premises public-order-and-security deal-with-aggression act-in-emergency communicate-clearly speak-dutch
     write-reports
  O: monitor-security-systems provide-first-aid speak-english
legal-adviser | 2619 | | | legal adviser; lawyer; in-house lawyer | jurist; juridisch adviseur; bedrijfsjurist
  | Legal advisers analyse legal questions, draft documents and advise organisations or citizens on their rights and obligations.
  | Juristen analyseren juridische vragen, stellen stukken op en adviseren organisaties of burgers over hun rechten en plichten.
  E: give-legal-advice civil-law administrative-law write-reports think-critically read-dutch write-dutch
  O: handle-objections labour-law privacy-law negotiate
hr-adviser | 2423 | | | HR adviser; human resources advisor; personnel adviser | hr-adviseur; personeelsadviseur; ~HR adviseur
  | HR advisers advise managers on recruitment, development, absence and employment conditions.
  | Hr-adviseurs adviseren leidinggevenden over werving, ontwikkeling, verzuim en arbeidsvoorwaarden.
  E: advise-on-hr-policy labour-law recruit-staff manage-sickness-absence conduct-interviews @office-basics
     respect-confidentiality
  O: plan-staff-development process-payroll give-career-guidance
recruiter | 2423 | ^hr-adviser | | recruiter; recruitment consultant; talent acquisition specialist | recruiter; werving-en-selectieadviseur; ~intercedent
  | Recruiters search for and select candidates for vacancies and advise hiring managers.
  | Recruiters zoeken en selecteren kandidaten voor vacatures en adviseren de leidinggevenden die werven.
  E: recruit-staff conduct-interviews match-jobseekers-to-jobs labour-market-information use-crm-system
     communicate-clearly speak-dutch
  O: negotiate speak-english
office-clerk | 4110 | | | office clerk; administrative assistant; general clerk | administratief medewerker; kantoormedewerker; ~administratief medewerkster
  | Office clerks process documents, enter data, handle mail and answer the phone.
  | Administratief medewerkers verwerken documenten, voeren gegevens in, handelen post af en nemen de telefoon aan.
  E: @office-basics enter-data manage-records handle-correspondence answer-telephone pay-attention-to-detail
  O: process-invoices take-minutes protect-personal-data search-information-online
executive-assistant | 3343 | | | executive assistant; management assistant; office manager | managementassistent; directiesecretaresse; officemanager
  | Executive assistants support managers with diaries, meetings, correspondence and reports.
  | Managementassistenten ondersteunen managers met agenda's, vergaderingen, correspondentie en rapportages.
  E: @office-basics manage-agendas take-minutes handle-correspondence manage-records plan-and-organise-work
     respect-confidentiality
  O: plan-events speak-english write-english
bookkeeper | 4311 | | | bookkeeper; accounts clerk; financial administrative assistant | financieel administratief medewerker; boekhouder; ~administrateur
  | Bookkeepers keep accounts, process invoices and payments and prepare financial overviews.
  | Financieel administratief medewerkers houden de boekhouding bij, verwerken facturen en betalingen en stellen financiële overzichten op.
  E: @finance speak-dutch use-office-software
  O: process-payroll prepare-financial-statements tax-law
accountant | 2411 | | reg | accountant; chartered accountant; financial controller | accountant; registeraccountant; controller
  | Accountants prepare and audit financial statements, advise on finance and taxes and control budgets.
  | Accountants stellen jaarrekeningen op en controleren ze, adviseren over financiën en belastingen en bewaken budgetten.
  E: @finance prepare-financial-statements audit-accounts tax-law manage-budgets act-ethically
  O: analyse-data present-information
communications-adviser | 2432 | | | communications adviser; public relations officer; communications officer | communicatieadviseur; woordvoerder; ~pr-adviseur
  | Communications advisers plan and carry out communication, write press releases and manage social media.
  | Communicatieadviseurs plannen en verzorgen de communicatie, schrijven persberichten en beheren sociale media.
  E: manage-communication write-dutch write-reports present-information manage-stakeholders think-creatively
  O: plan-events visualise-data write-english
project-manager | 2421 | | | project manager; project leader; programme manager | projectleider; projectmanager; programmamanager
  | Project managers lead projects from plan to delivery within time, budget and quality and keep stakeholders informed.
  | Projectleiders leiden projecten van plan tot oplevering binnen tijd, budget en kwaliteit en houden belanghebbenden op de hoogte.
  E: manage-projects project-management-methods manage-stakeholders manage-budgets lead-others
     communicate-clearly make-decisions speak-dutch
  O: improve-processes software-development-methods present-information adapt-to-change show-initiative
police-officer | 5412 | | reg | police officer; police constable | politieagent; agent van politie; ~politieman; ~politievrouw
  | Police officers maintain public order, help citizens in need, investigate offences and enforce the law.
  | Politieagenten handhaven de openbare orde, helpen burgers in nood, onderzoeken strafbare feiten en handhaven de wet.
  E: maintain-public-order enforce-regulations write-official-reports criminal-law deal-with-aggression
     act-in-emergency provide-first-aid speak-dutch
  O: investigate-crimes drive-defensively work-with-diverse-people
firefighter | 5411 | | | firefighter; fire officer | brandweerman; brandweervrouw; brandweermedewerker
  | Firefighters extinguish fires, rescue people and animals and help at accidents and disasters.
  | Brandweerlieden blussen branden, redden mensen en dieren en verlenen hulp bij ongevallen en rampen.
  E: fight-fires perform-rescue-operations act-in-emergency perform-cpr work-in-team cope-with-pressure
     work-physically-demanding
  O: work-at-height drive-truck
"""
