"""Occupations in ICT.  Format: see __init__.py."""

OCCUPATIONS = """
software-developer | 2512 | | | software developer; software engineer; programmer; ~developer | softwareontwikkelaar; software ontwikkelaar; programmeur; software engineer; ~developer
  | Software developers design, build, test and maintain software applications, working in teams with users and other developers.
  | Softwareontwikkelaars ontwerpen, bouwen, testen en onderhouden softwaretoepassingen en werken in teams samen met gebruikers en andere ontwikkelaars.
  | Includes developers of business, web and embedded software. Excludes software testers and ICT architects.
  | Omvat ontwikkelaars van bedrijfs-, web- en embedded software. Omvat niet softwaretesters en ICT-architecten.
  E: @ict-basics @software-dev
  O: program-in-java program-in-csharp program-in-python program-in-javascript design-apis object-oriented-programming adapt-to-change
     automate-tests databases write-sql-queries use-containers set-up-ci-cd
backend-developer | 2512 | ^software-developer | | back-end developer; server-side developer | back-end developer; backendontwikkelaar; ~backend ontwikkelaar
  | Back-end developers build the server side of applications: business logic, APIs, databases and integrations.
  | Back-end developers bouwen de serverkant van toepassingen: bedrijfslogica, API's, databases en koppelingen.
  E: @ict-basics @software-dev design-apis databases write-sql-queries
  O: program-in-java program-in-csharp program-in-python use-containers cloud-computing information-security object-oriented-programming
devops-engineer | 2512 | ^software-developer | | DevOps engineer; site reliability engineer; build engineer | DevOps-engineer; ~devops engineer
  | DevOps engineers automate building, testing and deployment of software and keep applications running in production.
  | DevOps-engineers automatiseren het bouwen, testen en uitrollen van software en houden toepassingen in productie draaiend.
  E: @ict-basics set-up-ci-cd use-containers manage-cloud-infrastructure write-scripts monitor-ict-systems
     use-version-control develop-software operating-systems
  O: administer-servers configure-networks information-security program-in-python
web-developer | 2513 | | | web developer; front-end developer; website developer | webontwikkelaar; front-end developer; webdeveloper; ~frontend developer
  | Web developers build websites and web applications, focusing on user interfaces that are fast, accessible and easy to use.
  | Webontwikkelaars bouwen websites en webapplicaties met de nadruk op gebruikersinterfaces die snel, toegankelijk en gebruiksvriendelijk zijn.
  E: @ict-basics build-web-front-ends program-in-javascript web-accessibility use-version-control
     debug-software test-software
  O: design-user-experience design-apis develop-software automate-tests
mobile-app-developer | 2514 | | | mobile app developer; app developer; iOS developer; Android developer | app-ontwikkelaar; mobiele ontwikkelaar; ~app ontwikkelaar
  | Mobile app developers design and build applications for smartphones and tablets and publish them in the app stores.
  | App-ontwikkelaars ontwerpen en bouwen toepassingen voor smartphones en tablets en publiceren ze in de appstores.
  E: @ict-basics @software-dev develop-mobile-apps
  O: design-user-experience design-apis program-in-javascript object-oriented-programming
software-tester | 2519 | | | software tester; test engineer; QA engineer | softwaretester; testanalist; test engineer
  | Software testers design and carry out tests, automate them and report defects so that software meets its requirements.
  | Softwaretesters ontwerpen en voeren tests uit, automatiseren ze en melden fouten zodat software aan de eisen voldoet.
  E: @ict-basics test-software automate-tests analyse-requirements software-development-methods
     pay-attention-to-detail write-reports
  O: program-in-python program-in-java write-sql-queries use-version-control
ux-designer | 2166 | | | UX designer; user experience designer; interaction designer | UX-designer; interactieontwerper; ~ux ontwerper
  | UX designers research users and design the interaction and interface of digital products.
  | UX-designers onderzoeken gebruikers en ontwerpen de interactie en interface van digitale producten.
  E: design-user-experience analyse-requirements web-accessibility conduct-interviews present-information
     think-creatively use-digital-devices
  O: build-web-front-ends psychology
system-administrator | 2522 | | | system administrator; systems engineer; sysadmin | systeembeheerder; systeemengineer; ~system administrator
  | System administrators install, configure and maintain servers, workplaces and cloud services and keep them secure and available.
  | Systeembeheerders installeren, configureren en onderhouden servers, werkplekken en clouddiensten en houden ze veilig en beschikbaar.
  E: @ict-basics @sysadmin troubleshoot-ict-problems
  O: manage-cloud-infrastructure virtualise-systems configure-firewalls it-service-management use-containers
cloud-engineer | 2523 | | | cloud engineer; cloud administrator; cloud architect | cloud engineer; cloudbeheerder; ~cloud-engineer
  | Cloud engineers design, build and manage infrastructure and services on cloud platforms.
  | Cloud engineers ontwerpen, bouwen en beheren infrastructuur en diensten op cloudplatforms.
  E: @ict-basics manage-cloud-infrastructure cloud-computing use-containers write-scripts configure-networks
     manage-identity-and-access information-security
  O: set-up-ci-cd administer-servers design-software-architecture
network-administrator | 2523 | | | network administrator; network engineer | netwerkbeheerder; netwerkengineer; ~netwerk beheerder
  | Network administrators design, configure and monitor local and wide area networks and their security.
  | Netwerkbeheerders ontwerpen, configureren en bewaken lokale en wide area netwerken en de beveiliging daarvan.
  E: @ict-basics configure-networks computer-networks configure-firewalls monitor-ict-systems
     troubleshoot-ict-problems
  O: write-scripts manage-cloud-infrastructure information-security
database-administrator | 2521 | | | database administrator; DBA; database engineer | databasebeheerder; DBA; ~database beheerder
  | Database administrators install, secure, back up and tune databases and help developers use them well.
  | Databasebeheerders installeren, beveiligen, back-uppen en optimaliseren databases en helpen ontwikkelaars ze goed te gebruiken.
  E: @ict-basics administer-databases databases write-sql-queries model-data manage-backups
  O: write-scripts manage-cloud-infrastructure information-security
data-analyst | 2511 | | | data analyst; business intelligence analyst; BI specialist | data-analist; BI-specialist; data analist; ~dataanalist
  | Data analysts collect, clean and analyse data and present the results in reports and dashboards to support decisions.
  | Data-analisten verzamelen, schonen en analyseren gegevens en presenteren de uitkomsten in rapportages en dashboards om beslissingen te onderbouwen.
  | Includes business intelligence specialists. Excludes data scientists who mainly build predictive models.
  | Omvat BI-specialisten. Omvat niet data scientists die vooral voorspellende modellen bouwen.
  E: @ict-basics @data-work present-information visualise-data
  O: program-in-python build-data-pipelines model-data write-reports search-information-online
data-scientist | 2511 | | r | data scientist; machine learning specialist | data scientist; datawetenschapper
  | Data scientists build statistical and machine learning models to find patterns and make predictions from data.
  | Data scientists bouwen statistische en machine-learningmodellen om patronen te vinden en voorspellingen te doen uit data.
  E: @ict-basics @data-work build-machine-learning-models machine-learning program-in-python mathematics
  O: build-data-pipelines conduct-research present-information
data-engineer | 2511 | ^data-analyst | | data engineer; ETL developer | data engineer; dataengineer
  | Data engineers build and maintain the pipelines and platforms that deliver reliable data to analysts.
  | Data engineers bouwen en onderhouden de pijplijnen en platforms die betrouwbare data aan analisten leveren.
  E: @ict-basics build-data-pipelines write-sql-queries databases model-data program-in-python
  O: manage-cloud-infrastructure use-containers use-version-control
business-analyst | 2511 | | | business analyst; information analyst | informatieanalist; business analist; bedrijfsanalist
  | Business analysts analyse business processes and translate user needs into requirements for information systems.
  | Informatieanalisten analyseren bedrijfsprocessen en vertalen gebruikerswensen naar eisen voor informatiesystemen.
  E: analyse-requirements improve-processes conduct-interviews write-reports present-information
     software-development-methods manage-stakeholders speak-dutch
  O: model-data write-sql-queries design-user-experience
functional-application-manager | 2511 | | | functional application manager; application manager | functioneel beheerder; applicatiebeheerder
  | Functional application managers make sure business applications keep supporting users: they configure, test changes and train users.
  | Functioneel beheerders zorgen dat bedrijfsapplicaties gebruikers blijven ondersteunen: zij configureren, testen wijzigingen en trainen gebruikers.
  E: manage-applications analyse-requirements test-software support-ict-users handle-tickets communicate-clearly
     speak-dutch use-office-software
  O: write-sql-queries it-service-management
ict-architect | 2511 | | | ICT architect; enterprise architect; solution architect | ICT-architect; enterprise-architect; solutionarchitect
  | ICT architects design the structure of information systems and infrastructure and guide their development.
  | ICT-architecten ontwerpen de structuur van informatiesystemen en infrastructuur en sturen de ontwikkeling ervan.
  E: @ict-basics design-software-architecture cloud-computing information-security manage-stakeholders
     present-information databases
  O: security-standards design-apis
cybersecurity-specialist | 2529 | | | cybersecurity specialist; information security officer; security engineer | cybersecurity specialist; informatiebeveiliger; security specialist; ~cyber security specialist
  | Cybersecurity specialists protect systems and information: they analyse risks, implement measures, monitor threats and handle incidents.
  | Cybersecurity specialisten beschermen systemen en informatie: zij analyseren risico's, voeren maatregelen in, bewaken dreigingen en handelen incidenten af.
  E: @ict-basics analyse-security-risks respond-to-security-incidents information-security security-standards
     configure-firewalls manage-identity-and-access computer-networks privacy-law
  O: perform-penetration-tests monitor-security-events raise-security-awareness write-scripts
soc-analyst | 2529 | ^cybersecurity-specialist | | security operations analyst; SOC analyst | SOC-analist; security analist; ~soc analist
  | Security operations analysts watch alerts and logs in a security operations centre and investigate possible attacks.
  | SOC-analisten bewaken meldingen en logs in een security operations center en onderzoeken mogelijke aanvallen.
  E: @ict-basics monitor-security-events respond-to-security-incidents information-security computer-networks
     operating-systems
  O: write-scripts perform-penetration-tests
penetration-tester | 2529 | ^cybersecurity-specialist | | penetration tester; ethical hacker | pentester; ethisch hacker
  | Penetration testers attack systems in a controlled way to find weaknesses and advise how to fix them.
  | Pentesters vallen systemen op gecontroleerde wijze aan om zwakheden te vinden en adviseren hoe die te verhelpen.
  E: @ict-basics perform-penetration-tests information-security computer-networks operating-systems write-scripts
     write-reports act-ethically
  O: develop-software analyse-security-risks
service-desk-employee | 3512 | | | ICT service desk employee; helpdesk employee; IT support specialist | servicedeskmedewerker ICT; helpdeskmedewerker; ICT-supportmedewerker; ~help desk
  | Service desk employees help users with ICT questions and problems by phone and chat and register them in the ticket system.
  | Servicedeskmedewerkers helpen gebruikers met ICT-vragen en -problemen via telefoon en chat en registreren ze in het ticketsysteem.
  E: support-ict-users handle-tickets troubleshoot-ict-problems serve-customers communicate-clearly
     listen-actively use-digital-devices speak-dutch
  O: it-service-management manage-user-accounts install-hardware-and-software read-english protect-personal-data search-information-online
desktop-support-technician | 3512 | | | desktop support technician; workplace support engineer | werkplekbeheerder; werkplekondersteuner
  | Desktop support technicians install and manage computers, printers, phones and software for users and solve problems on site.
  | Werkplekbeheerders installeren en beheren computers, printers, telefoons en software voor gebruikers en lossen problemen op locatie op.
  E: install-hardware-and-software support-ict-users troubleshoot-ict-problems computer-hardware handle-tickets
     manage-user-accounts operating-systems speak-dutch
  O: virtualise-systems write-scripts configure-networks
network-technician | 3513 | | | network technician; network cabling technician | netwerktechnicus; ICT-monteur netwerken
  | Network technicians install and test network cabling, switches and wireless equipment in buildings.
  | Netwerktechnici installeren en testen netwerkbekabeling, switches en draadloze apparatuur in gebouwen.
  E: configure-networks computer-networks install-hardware-and-software troubleshoot-ict-problems
     use-hand-tools work-safely read-technical-drawings
  O: install-electrical-wiring work-at-height
"""
