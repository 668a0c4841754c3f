"""Skills and knowledge of education, career guidance, office work, finance,
public administration, public safety, HR and management.
Format: see __init__.py."""

SKILLS = """
[s-edu-teach]
prepare-lessons | SS | | prepare lessons; design lesson plans | lessen voorbereiden; lesplannen ontwerpen
  | Set learning goals and choose content, activities and materials for lessons.
  | Leerdoelen bepalen en inhoud, werkvormen en materialen voor lessen kiezen.
teach-a-class | SS | | teach a class; give lessons; instruct learners | lesgeven aan een klas; lessen geven; leerlingen instrueren
  | Explain subject matter, lead activities and check that learners understand.
  | Leerstof uitleggen, werkvormen begeleiden en nagaan of leerlingen het begrijpen.
manage-a-classroom | SS | | manage a classroom; maintain discipline in class | klassenmanagement toepassen; orde houden in de klas
  | Create a safe, orderly learning climate and handle disruptive behaviour.
  | Een veilig en ordelijk leerklimaat scheppen en storend gedrag hanteren.
differentiate-teaching | SS | | differentiate teaching; adapt teaching to learners' needs | differentiëren in het onderwijs; onderwijs afstemmen op leerlingen
  | Adapt instruction and tasks to differences in level, pace and needs of learners.
  | Instructie en opdrachten aanpassen aan verschillen in niveau, tempo en behoeften van leerlingen.
assess-learners | SS | | assess learners; test and grade students | leerlingen beoordelen; toetsen en cijfers geven
  | Design tests and assignments, grade them and give feedback on progress.
  | Toetsen en opdrachten ontwerpen, beoordelen en feedback geven op de voortgang.
teach-mathematics | SO | ^teach-a-class | teach mathematics; give maths lessons | wiskunde onderwijzen; wiskundeles geven
  | Teach mathematical concepts and problem solving at the learners' level.
  | Wiskundige begrippen en probleemoplossen op het niveau van de leerlingen onderwijzen.
teach-dutch-as-second-language | SO | ^teach-a-class | teach Dutch as a second language; NT2 teaching | Nederlands als tweede taal onderwijzen; NT2-les geven
  | Teach Dutch to adults and children who speak another language at home.
  | Nederlands onderwijzen aan volwassenen en kinderen die thuis een andere taal spreken.
teach-vocational-skills | SS | ^teach-a-class | teach vocational skills; teach a trade; give practical training | beroepsvaardigheden onderwijzen; een vak leren; praktijkonderwijs geven
  | Teach practical skills of a trade in workshops and at the workplace.
  | Praktische vaardigheden van een vak onderwijzen in praktijklokalen en op de werkplek.
supervise-work-placements | SS | | supervise students on work placements; workplace learning | studenten begeleiden tijdens stages; werkplekleren; ~BPV-begeleiding
  | Guide and assess learners during their placement with an employer.
  | Leerlingen begeleiden en beoordelen tijdens hun stage bij een werkgever.
use-digital-learning-tools | SS | d | use digital learning tools; e-learning; learning management systems | digitale leermiddelen gebruiken; e-learning; elektronische leeromgevingen
  | Use learning platforms, digital content and online tools in teaching.
  | Leerplatforms, digitale content en online hulpmiddelen in het onderwijs gebruiken.
develop-training-programmes | SS | | develop training programmes; design courses for adults | trainingsprogramma's ontwikkelen; cursussen voor volwassenen ontwerpen
  | Analyse training needs and design courses and materials for workers.
  | Opleidingsbehoeften analyseren en cursussen en materialen voor werkenden ontwerpen.
support-pupils-with-special-needs | SS | | support pupils with special educational needs; inclusive education | leerlingen met extra ondersteuningsbehoeften begeleiden; passend onderwijs
  | Recognise learning and behaviour problems and provide extra support.
  | Leer- en gedragsproblemen herkennen en extra ondersteuning bieden.
assist-teacher | SS | | assist the teacher; support pupils in class | de leraar ondersteunen; leerlingen in de klas begeleiden
  | Help small groups of pupils and prepare materials under the teacher's direction.
  | Kleine groepen leerlingen helpen en materialen voorbereiden onder leiding van de leraar.
supervise-research | SO | r | supervise student research; guide theses | onderzoek van studenten begeleiden; afstudeerscripties begeleiden
  | Guide students in research design, execution and reporting.
  | Studenten begeleiden bij de opzet, uitvoering en verslaglegging van onderzoek.
conduct-research | SS | r | conduct research; do scientific research | onderzoek doen; wetenschappelijk onderzoek uitvoeren
  | Formulate research questions, collect and analyse data and publish results.
  | Onderzoeksvragen formuleren, gegevens verzamelen en analyseren en resultaten publiceren.
[s-edu-guidance]
give-career-guidance | SS | | give career guidance; career counselling; ~loopbaanbegeleiding | loopbaanbegeleiding geven; loopbaanadvies; ~loopbaancoaching
  | Help people explore their interests, skills and options and plan their career.
  | Mensen helpen hun interesses, vaardigheden en mogelijkheden te verkennen en hun loopbaan te plannen.
assess-skills-and-competences | SS | | assess skills and competences; recognise prior learning; ~EVC | vaardigheden en competenties vaststellen; eerder verworven competenties erkennen; ~EVC
  | Map what a person can do, through interviews, tests and evidence of experience.
  | In kaart brengen wat iemand kan, via gesprekken, tests en bewijzen van ervaring.
match-jobseekers-to-jobs | SS | | match jobseekers to vacancies; job placement; ~bemiddelen | werkzoekenden aan vacatures koppelen; arbeidsbemiddeling; ~matchen
  | Compare candidates' skills with vacancies and bring jobseekers and employers together.
  | Vaardigheden van kandidaten vergelijken met vacatures en werkzoekenden en werkgevers samenbrengen.
coach-jobseekers | SS | | coach jobseekers; support reintegration into work | werkzoekenden coachen; re-integratie naar werk begeleiden
  | Support unemployed people in finding and keeping work.
  | Werklozen ondersteunen bij het vinden en behouden van werk.
conduct-interviews | SC | | conduct interviews; use interview techniques | gesprekken voeren; interviewtechnieken toepassen
  | Prepare and conduct structured conversations to gather information.
  | Gestructureerde gesprekken voorbereiden en voeren om informatie te verzamelen.
[s-admin-office]
manage-agendas | SS | | manage agendas and appointments; plan meetings | agenda's en afspraken beheren; vergaderingen plannen
  | Plan appointments and meetings and keep diaries up to date.
  | Afspraken en vergaderingen plannen en agenda's bijhouden.
take-minutes | SS | | take minutes; record meetings | notuleren; verslag maken van vergaderingen
  | Record the decisions and actions of a meeting in clear minutes.
  | De besluiten en acties van een vergadering vastleggen in heldere notulen.
handle-correspondence | SS | | handle correspondence; deal with mail and e-mail | correspondentie afhandelen; post en e-mail verwerken
  | Sort, answer and file letters and e-mails.
  | Brieven en e-mails sorteren, beantwoorden en archiveren.
manage-records | SS | d | manage records and archives; document management | dossiers en archieven beheren; documentbeheer
  | File, retrieve and retain documents according to the rules.
  | Documenten volgens de regels archiveren, terugvinden en bewaren.
enter-data | SS | d | enter data accurately; data entry | gegevens nauwkeurig invoeren; data-invoer
  | Enter and check data in information systems.
  | Gegevens invoeren en controleren in informatiesystemen.
answer-telephone | SS | | answer the telephone; handle calls; reception work | de telefoon aannemen; gesprekken afhandelen; receptiewerk
  | Answer and transfer calls and take messages professionally.
  | Telefoongesprekken professioneel aannemen, doorverbinden en berichten noteren.
[s-admin-finance]
keep-accounts | SS | | keep accounts; bookkeeping; record financial transactions | de boekhouding bijhouden; boekhouden; financiële transacties vastleggen
  | Record transactions, reconcile accounts and prepare period closings.
  | Transacties vastleggen, rekeningen afstemmen en periodeafsluitingen voorbereiden.
process-invoices | SS | ^keep-accounts | process invoices; accounts payable and receivable | facturen verwerken; crediteuren- en debiteurenadministratie
  | Check, book and pay incoming invoices and send and follow up outgoing ones.
  | Inkomende facturen controleren, boeken en betalen en uitgaande facturen versturen en opvolgen.
process-payroll | SS | | process payroll; salary administration | salarisadministratie verwerken; loonadministratie
  | Calculate salaries, taxes and contributions and process changes.
  | Salarissen, belastingen en premies berekenen en mutaties verwerken.
prepare-financial-statements | SS | | prepare financial statements and reports; annual accounts | financiële overzichten en jaarrekeningen opstellen
  | Prepare balance sheets, profit and loss accounts and management reports.
  | Balansen, winst- en verliesrekeningen en managementrapportages opstellen.
audit-accounts | SO | | audit financial accounts; perform audits | financiële verantwoordingen controleren; audits uitvoeren
  | Check whether financial statements give a true picture and controls work.
  | Nagaan of financiële verantwoordingen een getrouw beeld geven en beheersmaatregelen werken.
manage-budgets | SC | | manage budgets; plan and monitor costs | budgetten beheren; kosten plannen en bewaken
  | Draw up budgets, monitor spending and report deviations.
  | Begrotingen opstellen, uitgaven bewaken en afwijkingen rapporteren.
use-accounting-software | SS | d | use accounting software; financial systems | boekhoudsoftware gebruiken; financiële systemen
  | Record and report financial data in accounting packages and ERP systems.
  | Financiële gegevens vastleggen en rapporteren in boekhoudpakketten en ERP-systemen.
[s-admin-policy]
develop-policy | SS | | develop public policy; write policy proposals | overheidsbeleid ontwikkelen; beleidsvoorstellen schrijven
  | Analyse problems, consult stakeholders and write policy options and proposals.
  | Problemen analyseren, belanghebbenden raadplegen en beleidsopties en -voorstellen schrijven.
advise-administrators | SS | | advise administrators and politicians; write council proposals | bestuurders en politici adviseren; raadsvoorstellen schrijven
  | Give sound and politically aware advice to administrators.
  | Bestuurders deskundig en politiek sensitief adviseren.
manage-stakeholders | SC | | manage stakeholders; involve partners and citizens | stakeholdermanagement; partners en burgers betrekken
  | Identify parties involved, understand their interests and involve them.
  | Betrokken partijen in kaart brengen, hun belangen begrijpen en hen betrekken.
process-applications | SS | | process applications and requests; assess applications | aanvragen behandelen; verzoeken beoordelen
  | Check applications for completeness and conditions and prepare a decision.
  | Aanvragen controleren op volledigheid en voorwaarden en een besluit voorbereiden.
issue-permits | SO | ^process-applications | assess and issue permits; licensing | vergunningen beoordelen en verlenen; vergunningverlening
  | Assess permit applications against the rules and draw up decisions.
  | Vergunningaanvragen toetsen aan de regels en besluiten opstellen.
assess-benefit-claims | SO | ^process-applications | assess benefit claims; determine entitlement to benefits | uitkeringsaanvragen beoordelen; recht op uitkering vaststellen
  | Determine whether someone is entitled to a benefit and how much.
  | Vaststellen of iemand recht heeft op een uitkering en hoeveel.
register-civil-status | SO | d | register personal records and civil status; issue identity documents | persoonsgegevens en burgerlijke stand registreren; reisdocumenten uitgeven; ~BRP
  | Register births, moves and marriages and issue passports and ID cards.
  | Geboorten, verhuizingen en huwelijken registreren en paspoorten en identiteitskaarten uitgeven.
verify-identity-documents | SS | | verify identity documents; detect fraudulent documents | identiteitsdocumenten controleren; valse documenten herkennen
  | Check identity documents for authenticity and match them to the person.
  | Identiteitsdocumenten controleren op echtheid en vergelijken met de persoon.
assess-tax-returns | SO | | assess tax returns; perform tax audits | belastingaangiften beoordelen; belastingcontroles uitvoeren
  | Check tax returns and accounts and set the correct tax assessment.
  | Belastingaangiften en administraties controleren en de juiste aanslag vaststellen.
give-legal-advice | SS | | give legal advice; draft legal documents | juridisch advies geven; juridische stukken opstellen
  | Analyse legal questions and advise on rights, obligations and risks.
  | Juridische vragen analyseren en adviseren over rechten, plichten en risico's.
handle-objections | SO | ^give-legal-advice | handle objections and appeals; prepare a decision on objection | bezwaarschriften behandelen; beslissing op bezwaar voorbereiden
  | Review decisions against which objections are made and prepare a reasoned decision.
  | Besluiten waartegen bezwaar is gemaakt heroverwegen en een gemotiveerde beslissing voorbereiden.
[s-admin-safety]
enforce-regulations | SS | | enforce rules and regulations; supervise compliance; ~handhaving | regels handhaven; toezicht houden op naleving; ~handhaven
  | Check compliance with rules, warn offenders and impose sanctions.
  | Naleving van regels controleren, overtreders waarschuwen en sancties opleggen.
write-official-reports | SO | | write official police reports; draw up a report of findings; ~proces-verbaal | een proces-verbaal opmaken; een rapport van bevindingen opstellen
  | Record facts and offences in an official report that can be used in court.
  | Feiten en overtredingen vastleggen in een ambtsedig verslag dat in rechte bruikbaar is.
maintain-public-order | SO | | maintain public order; patrol; police work | de openbare orde handhaven; surveilleren; politiewerk
  | Patrol, prevent and stop disturbances and assist citizens in need.
  | Surveilleren, verstoringen voorkomen en beëindigen en burgers in nood helpen.
investigate-crimes | SO | | investigate crimes; conduct criminal investigations | misdrijven onderzoeken; opsporingsonderzoek doen
  | Gather evidence, question witnesses and suspects and report findings.
  | Bewijs verzamelen, getuigen en verdachten horen en bevindingen rapporteren.
guard-premises | SO | | guard buildings and sites; perform security rounds; access control | gebouwen en terreinen bewaken; surveillancerondes lopen; toegangscontrole
  | Control access, make rounds and act on incidents to keep buildings and sites secure.
  | Toegang controleren, rondes lopen en optreden bij incidenten om gebouwen en terreinen te beveiligen.
monitor-security-systems | SS | d | monitor security cameras and alarm systems; operate a control room for security | camerabeelden en alarmsystemen bewaken; meldkamer beveiliging bedienen
  | Watch camera images and alarm signals and send help when something happens.
  | Camerabeelden en alarmsignalen bewaken en hulp sturen wanneer er iets gebeurt.
fight-fires | SO | | fight fires; firefighting | branden blussen; brandbestrijding
  | Extinguish fires using the right equipment and tactics.
  | Branden blussen met de juiste middelen en tactiek.
perform-rescue-operations | SO | | perform rescue operations; technical rescue | reddingsoperaties uitvoeren; technische hulpverlening
  | Free and rescue people from vehicles, buildings and water.
  | Mensen bevrijden en redden uit voertuigen, gebouwen en water.
[s-admin-hr]
recruit-staff | SS | | recruit and select staff; hold job interviews | personeel werven en selecteren; sollicitatiegesprekken voeren
  | Write vacancies, search for candidates and select the right people.
  | Vacatures schrijven, kandidaten zoeken en de juiste mensen selecteren.
advise-on-hr-policy | SS | | advise on HR policy; personnel policy | adviseren over hr-beleid; personeelsbeleid
  | Advise managers on staffing, development, absence and employment conditions.
  | Leidinggevenden adviseren over bezetting, ontwikkeling, verzuim en arbeidsvoorwaarden.
manage-sickness-absence | SO | | manage sickness absence; guide return to work | verzuim begeleiden; terugkeer naar werk begeleiden; ~Poortwachter
  | Follow the rules for sickness absence and help employees return to work.
  | De regels voor ziekteverzuim volgen en medewerkers helpen terug te keren naar werk.
plan-staff-development | SS | | plan staff training and development; strategic workforce planning | opleiding en ontwikkeling van personeel plannen; strategische personeelsplanning
  | Identify skills the organisation needs and plan training and mobility.
  | Vaststellen welke vaardigheden de organisatie nodig heeft en opleiding en mobiliteit plannen.
[s-admin-mgmt]
manage-projects | SC | | manage projects; project management; ~projectleider | projecten managen; projectmanagement; ~projectleiding
  | Plan, staff, monitor and close projects within time, budget and quality.
  | Projecten plannen, bemensen, bewaken en afronden binnen tijd, budget en kwaliteit.
manage-a-team | SC | ^lead-others | manage a team; supervise staff; team leadership | een team aansturen; personeel leidinggeven; teamleiderschap
  | Plan work, divide tasks, coach and assess team members.
  | Werk plannen, taken verdelen en teamleden coachen en beoordelen.
improve-processes | SC | | improve work processes; process improvement | werkprocessen verbeteren; procesverbetering
  | Analyse processes and introduce changes that make them faster, cheaper or better.
  | Processen analyseren en veranderingen doorvoeren die ze sneller, goedkoper of beter maken.
manage-communication | SS | d | manage communication; write press releases; manage social media | communicatie verzorgen; persberichten schrijven; sociale media beheren
  | Plan and carry out internal and external communication through media and channels.
  | Interne en externe communicatie plannen en uitvoeren via media en kanalen.
plan-events | SS | | plan and organise events; event management | evenementen plannen en organiseren; evenementenorganisatie
  | Organise meetings, events and activities from budget to evaluation.
  | Bijeenkomsten, evenementen en activiteiten organiseren, van budget tot evaluatie.
[k-education]
pedagogy | KS | | pedagogy; theories of upbringing and education | pedagogiek; opvoedings- en onderwijstheorie
  | Theories of how children and young people are raised and educated.
  | Theorieën over het opvoeden en onderwijzen van kinderen en jongeren.
didactics | KS | | didactics; teaching methods | didactiek; onderwijsmethoden
  | Methods and principles of teaching and learning.
  | Methoden en principes van lesgeven en leren.
education-system | KS | | the Dutch education system; education law | het Nederlandse onderwijsstelsel; onderwijswetgeving
  | The structure, levels, qualifications and rules of education in the Netherlands.
  | De opbouw, niveaus, kwalificaties en regels van het onderwijs in Nederland.
labour-market-information | KC | | labour market information; occupations and sectors | arbeidsmarktinformatie; beroepen en sectoren
  | Trends, shortages and requirements of occupations and sectors.
  | Trends, tekorten en eisen van beroepen en sectoren.
adult-learning | KS | | adult learning; andragogy | leren van volwassenen; andragogie
  | How adults learn and how to design learning for working people.
  | Hoe volwassenen leren en hoe leren voor werkenden te ontwerpen.
mathematics | KC | r | mathematics | wiskunde; rekenkunde
  | Numbers, algebra, geometry and their application.
  | Getallen, algebra, meetkunde en hun toepassing.
[k-business]
public-administration | KS | | public administration; how government works | openbaar bestuur; werking van de overheid
  | The organisation, tasks and decision-making of national and local government.
  | De organisatie, taken en besluitvorming van rijk, provincies en gemeenten.
accounting-principles | KS | | accounting principles; financial accounting | boekhoudkundige principes; financiële verslaglegging
  | Rules and methods for recording and reporting financial information.
  | Regels en methoden voor het vastleggen en rapporteren van financiële informatie.
project-management-methods | KC | | project management methods; PRINCE2 and agile project management | projectmanagementmethoden; PRINCE2 en agile projectmanagement
  | Methods and tools for organising and controlling projects.
  | Methoden en hulpmiddelen om projecten te organiseren en te beheersen.
marketing-and-sales | KC | | marketing and sales; customer behaviour | marketing en verkoop; klantgedrag
  | Principles of marketing, pricing, promotion and customer behaviour.
  | Principes van marketing, prijsstelling, promotie en klantgedrag.
[k-law]
administrative-law | KS | | administrative law; General Administrative Law Act; ~Awb | bestuursrecht; Algemene wet bestuursrecht; ~Awb
  | Rules for decisions by government bodies, objection and appeal.
  | Regels voor besluiten van bestuursorganen, bezwaar en beroep.
labour-law | KC | | labour law; employment law | arbeidsrecht
  | Rules on employment contracts, dismissal, working hours and employee rights.
  | Regels over arbeidscontracten, ontslag, arbeidstijden en rechten van werknemers.
social-security-law | KS | | social security law; benefits legislation; ~WW; ~Participatiewet | socialezekerheidsrecht; uitkeringswetgeving; ~WW; ~Participatiewet
  | Laws on unemployment, disability and social assistance benefits and reintegration.
  | Wetten over werkloosheids-, arbeidsongeschiktheids- en bijstandsuitkeringen en re-integratie.
tax-law | KS | | tax law; taxation | belastingrecht; fiscaal recht
  | Rules on income tax, VAT, corporate tax and their collection.
  | Regels over inkomstenbelasting, btw, vennootschapsbelasting en de inning daarvan.
privacy-law | KC | d | data protection law; GDPR; ~AVG | privacywetgeving; Algemene verordening gegevensbescherming; ~AVG; ~GDPR
  | The rules for processing personal data and the rights of data subjects.
  | De regels voor het verwerken van persoonsgegevens en de rechten van betrokkenen.
criminal-law | KS | | criminal law and criminal procedure | strafrecht en strafprocesrecht
  | Offences, punishments and the rules for investigation and prosecution.
  | Strafbare feiten, straffen en de regels voor opsporing en vervolging.
civil-law | KS | | civil law; contract law | burgerlijk recht; verbintenissenrecht
  | Rules on contracts, liability, property and family relations.
  | Regels over overeenkomsten, aansprakelijkheid, eigendom en familierelaties.
"""

SKILL_RELATIONS = """
teach-a-class -> didactics essential
prepare-lessons -> didactics essential
stimulate-child-development -> pedagogy optional
develop-training-programmes -> adult-learning essential
give-career-guidance -> labour-market-information essential
match-jobseekers-to-jobs -> labour-market-information essential
assess-benefit-claims -> social-security-law essential
issue-permits -> administrative-law essential
handle-objections -> administrative-law essential
assess-tax-returns -> tax-law essential
keep-accounts -> accounting-principles essential
process-payroll -> labour-law optional
manage-projects -> project-management-methods optional
write-official-reports -> criminal-law essential
investigate-crimes -> criminal-law essential
teach-mathematics -> mathematics essential
"""
