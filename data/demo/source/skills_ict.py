"""Skills and knowledge of ICT: software, data, infrastructure, security and
user support.  Format: see __init__.py."""

SKILLS = """
[s-ict-dev]
develop-software | SS | d | develop software; write computer programs; programming; ~coding | software ontwikkelen; computerprogramma's schrijven; programmeren; ~coderen
  | Design, write, test and maintain the code of software applications.
  | De code van softwaretoepassingen ontwerpen, schrijven, testen en onderhouden.
  | Includes all programming languages; narrower skills name specific languages.
  | Omvat alle programmeertalen; smallere vaardigheden noemen specifieke talen.
program-in-python | SS | d ^develop-software | program in Python; Python development | programmeren in Python; Python-ontwikkeling
  | Write programs, scripts and data pipelines in Python.
  | Programma's, scripts en datapijplijnen schrijven in Python.
program-in-java | SS | d ^develop-software | program in Java; Java development | programmeren in Java; Java-ontwikkeling
  | Build applications and services in Java and related frameworks.
  | Toepassingen en diensten bouwen in Java en bijbehorende frameworks.
program-in-csharp | SS | d ^develop-software | program in C#; .NET development | programmeren in C#; .NET-ontwikkeling
  | Build applications and services in C# on the .NET platform.
  | Toepassingen en diensten bouwen in C# op het .NET-platform.
program-in-javascript | SS | d ^develop-software | program in JavaScript and TypeScript; JavaScript development | programmeren in JavaScript en TypeScript; JavaScript-ontwikkeling
  | Write interactive web applications in JavaScript or TypeScript.
  | Interactieve webtoepassingen schrijven in JavaScript of TypeScript.
build-web-front-ends | SS | d | build web front-ends; HTML and CSS; develop user interfaces for the web | web-front-ends bouwen; HTML en CSS; gebruikersinterfaces voor het web ontwikkelen
  | Build accessible, responsive web pages and user interfaces with HTML, CSS and a front-end framework.
  | Toegankelijke, responsieve webpagina's en gebruikersinterfaces bouwen met HTML, CSS en een front-end-framework.
develop-mobile-apps | SS | d ^develop-software | develop mobile apps; build iOS and Android apps | mobiele apps ontwikkelen; iOS- en Android-apps bouwen
  | Design and build applications for smartphones and tablets.
  | Toepassingen voor smartphones en tablets ontwerpen en bouwen.
design-apis | SS | d | design and build APIs; REST API development | API's ontwerpen en bouwen; REST-API-ontwikkeling
  | Design interfaces through which systems exchange data and build them as web services.
  | Koppelvlakken ontwerpen waarmee systemen gegevens uitwisselen en die als webservices bouwen.
use-version-control | SS | d | use version control; work with Git | versiebeheer gebruiken; werken met Git
  | Track changes to code, work on branches and merge work of several developers.
  | Wijzigingen in code bijhouden, op branches werken en het werk van meerdere ontwikkelaars samenvoegen.
test-software | SS | d | test software; perform software testing; ~QA | software testen; softwaretests uitvoeren; ~testen
  | Design and run tests to find defects and check that software meets its requirements.
  | Tests ontwerpen en uitvoeren om fouten te vinden en na te gaan of software aan de eisen voldoet.
automate-tests | SS | d ^test-software | automate software tests; write unit and integration tests | softwaretests automatiseren; unit- en integratietests schrijven
  | Write automated tests that run on every change of the code.
  | Geautomatiseerde tests schrijven die bij elke wijziging van de code draaien.
debug-software | SS | d | debug software; find and fix bugs | software debuggen; fouten opsporen en herstellen
  | Find the cause of errors in software with debuggers and logs and correct the code.
  | De oorzaak van fouten in software vinden met debuggers en logs en de code verbeteren.
review-code | SS | d | review code; perform code reviews | code reviewen; codereviews uitvoeren
  | Read colleagues' code critically and give feedback on quality, security and readability.
  | De code van collega's kritisch lezen en feedback geven op kwaliteit, veiligheid en leesbaarheid.
set-up-ci-cd | SS | d | set up continuous integration and delivery; build CI/CD pipelines; ~DevOps | continuous integration en delivery inrichten; CI/CD-pijplijnen bouwen; ~DevOps
  | Automate building, testing and deploying software.
  | Het bouwen, testen en uitrollen van software automatiseren.
analyse-requirements | SS | d | analyse user requirements; write user stories; requirements engineering | gebruikerswensen analyseren; user stories schrijven; requirementsanalyse
  | Find out what users and organisations need from a system and describe it clearly.
  | Uitzoeken wat gebruikers en organisaties van een systeem nodig hebben en dat duidelijk beschrijven.
design-user-experience | SS | d | design user experience; UX design; make prototypes and wireframes | gebruikerservaring ontwerpen; UX-ontwerp; prototypes en wireframes maken
  | Research users and design interfaces and interactions that are easy and pleasant to use.
  | Gebruikers onderzoeken en interfaces en interacties ontwerpen die makkelijk en prettig in gebruik zijn.
manage-applications | SS | d | manage business applications; functional application management | bedrijfsapplicaties beheren; functioneel beheer
  | Keep business applications in line with user needs: configure, test changes and support users.
  | Bedrijfsapplicaties laten aansluiten op de behoeften van gebruikers: configureren, wijzigingen testen en gebruikers ondersteunen.
design-software-architecture | SS | d | design software and system architecture; ICT architecture | software- en systeemarchitectuur ontwerpen; ICT-architectuur
  | Define the structure of systems, their components and how they work together.
  | De structuur van systemen, hun componenten en hun samenhang bepalen.
[s-ict-data]
analyse-data | SS | d r | analyse data; perform data analysis; interpret data | data analyseren; data-analyse uitvoeren; gegevens interpreteren
  | Inspect, clean and model data to answer questions and support decisions.
  | Gegevens inspecteren, opschonen en modelleren om vragen te beantwoorden en beslissingen te onderbouwen.
visualise-data | SS | d ^analyse-data | visualise data; build dashboards; ~Power BI | data visualiseren; dashboards bouwen; ~Power BI
  | Present data in charts and dashboards that people can understand and use.
  | Gegevens presenteren in grafieken en dashboards die mensen begrijpen en kunnen gebruiken.
write-sql-queries | SS | d | write SQL queries; query databases | SQL-query's schrijven; databases bevragen
  | Retrieve, combine and aggregate data from relational databases with SQL.
  | Gegevens uit relationele databases ophalen, combineren en aggregeren met SQL.
build-machine-learning-models | SS | d r | build machine learning models; apply machine learning; ~AI | machine-learningmodellen bouwen; machine learning toepassen; ~kunstmatige intelligentie
  | Train, evaluate and deploy predictive models on data.
  | Voorspellende modellen op data trainen, evalueren en in gebruik nemen.
build-data-pipelines | SS | d | build data pipelines; ETL; data engineering | datapijplijnen bouwen; ETL; data engineering
  | Extract, transform and load data from sources into databases and data warehouses.
  | Gegevens uit bronnen halen, transformeren en laden in databases en datawarehouses.
model-data | SS | d | design data models; database design | datamodellen ontwerpen; databaseontwerp
  | Design the structure of databases so that data are consistent and easy to use.
  | De structuur van databases ontwerpen zodat gegevens consistent en makkelijk bruikbaar zijn.
administer-databases | SS | d | administer databases; database administration; tune databases | databases beheren; databasebeheer; databases optimaliseren
  | Install, back up, secure and tune database systems.
  | Databasesystemen installeren, back-uppen, beveiligen en optimaliseren.
use-spreadsheets-for-analysis | SC | d ^use-office-software | analyse data in spreadsheets; advanced Excel; pivot tables | data analyseren in spreadsheets; gevorderd Excel; draaitabellen
  | Use formulas, pivot tables and charts in spreadsheets to analyse figures.
  | Formules, draaitabellen en grafieken in spreadsheets gebruiken om cijfers te analyseren.
[s-ict-infra]
administer-servers | SS | d | administer servers; manage Linux and Windows servers; system administration | servers beheren; Linux- en Windowsservers beheren; systeembeheer
  | Install, configure, update and monitor servers and their services.
  | Servers en hun diensten installeren, configureren, bijwerken en bewaken.
manage-user-accounts | SS | d | manage user accounts and access rights; Active Directory | gebruikersaccounts en toegangsrechten beheren; Active Directory
  | Create and manage accounts, groups and rights in directory services.
  | Accounts, groepen en rechten in directoryservices aanmaken en beheren.
configure-networks | SS | d | configure computer networks; set up switches, routers and Wi-Fi | computernetwerken configureren; switches, routers en wifi inrichten
  | Set up and manage wired and wireless networks, addressing and routing.
  | Bekabelde en draadloze netwerken, adressering en routering inrichten en beheren.
manage-cloud-infrastructure | SS | d | manage cloud infrastructure; work with Azure and AWS; cloud engineering | cloudinfrastructuur beheren; werken met Azure en AWS; cloud engineering
  | Build and run systems on cloud platforms, including networks, storage and costs.
  | Systemen op cloudplatforms bouwen en beheren, inclusief netwerken, opslag en kosten.
use-containers | SS | d | deploy applications with containers; Docker and Kubernetes | applicaties uitrollen met containers; Docker en Kubernetes
  | Package applications in containers and run them on container platforms.
  | Applicaties in containers verpakken en op containerplatforms draaien.
write-scripts | SS | d | write scripts to automate tasks; shell and PowerShell scripting | scripts schrijven om taken te automatiseren; shell- en PowerShell-scripts
  | Automate routine administration with scripts.
  | Routinematig beheer automatiseren met scripts.
monitor-ict-systems | SS | d | monitor ICT systems and networks; monitoring | ICT-systemen en netwerken bewaken; monitoring
  | Watch availability and performance of systems and act on alerts.
  | Beschikbaarheid en prestaties van systemen bewaken en op meldingen reageren.
manage-backups | SS | d | manage backups and recovery; restore data | back-ups en herstel beheren; gegevens terugzetten
  | Plan, run and test backups so that data and systems can be restored.
  | Back-ups plannen, uitvoeren en testen zodat gegevens en systemen hersteld kunnen worden.
virtualise-systems | SS | d | virtualise servers and workplaces; manage virtual machines | servers en werkplekken virtualiseren; virtuele machines beheren
  | Run and manage virtual machines and virtual desktops.
  | Virtuele machines en virtuele werkplekken draaien en beheren.
[s-ict-sec]
analyse-security-risks | SS | d | analyse information security risks; ICT risk assessment | informatiebeveiligingsrisico's analyseren; ICT-risicoanalyse
  | Identify threats and vulnerabilities and assess and prioritise the risks.
  | Dreigingen en kwetsbaarheden vaststellen en de risico's inschatten en prioriteren.
respond-to-security-incidents | SS | d | respond to security incidents; incident response; handle cyber attacks | reageren op beveiligingsincidenten; incidentrespons; cyberaanvallen afhandelen
  | Detect, contain and investigate security incidents and restore normal operation.
  | Beveiligingsincidenten detecteren, indammen en onderzoeken en de normale werking herstellen.
monitor-security-events | SS | d ^monitor-ict-systems | monitor security events; work with a SIEM; ~SOC | beveiligingsgebeurtenissen bewaken; werken met een SIEM; ~SOC
  | Analyse logs and alerts from security systems to detect attacks.
  | Logs en meldingen van beveiligingssystemen analyseren om aanvallen te ontdekken.
perform-penetration-tests | SO | d | perform penetration tests; ethical hacking | penetratietesten uitvoeren; ethisch hacken
  | Test systems by attacking them in a controlled way and report the weaknesses found.
  | Systemen op gecontroleerde wijze aanvallen en de gevonden zwakheden rapporteren.
configure-firewalls | SS | d | configure firewalls and network security | firewalls en netwerkbeveiliging configureren
  | Set up firewalls, VPNs and network segmentation to protect systems.
  | Firewalls, vpn's en netwerksegmentatie inrichten om systemen te beschermen.
manage-identity-and-access | SS | d | manage identity and access; multi-factor authentication | identiteit en toegang beheren; multifactorauthenticatie
  | Control who can use which systems and data, with strong authentication.
  | Bepalen wie welke systemen en gegevens mag gebruiken, met sterke authenticatie.
raise-security-awareness | SC | d | raise security awareness; train staff in safe computer use | beveiligingsbewustzijn vergroten; medewerkers trainen in veilig computergebruik
  | Teach colleagues to recognise phishing and handle information safely.
  | Collega's leren phishing te herkennen en veilig met informatie om te gaan.
[s-ict-support]
support-ict-users | SS | d | support ICT users; helpdesk support; answer user questions | ICT-gebruikers ondersteunen; helpdeskondersteuning; gebruikersvragen beantwoorden
  | Answer questions and solve problems of users by phone, chat or on site.
  | Vragen beantwoorden en problemen van gebruikers oplossen via telefoon, chat of op locatie.
install-hardware-and-software | SS | d | install and configure hardware and software; set up workplaces | hardware en software installeren en configureren; werkplekken inrichten
  | Set up computers, printers, phones and software for users.
  | Computers, printers, telefoons en software voor gebruikers inrichten.
troubleshoot-ict-problems | SS | d ^solve-problems | troubleshoot ICT problems; solve computer problems | ICT-problemen oplossen; computerproblemen verhelpen
  | Diagnose and solve faults in computers, networks and software.
  | Storingen in computers, netwerken en software diagnosticeren en verhelpen.
handle-tickets | SS | d | handle service desk tickets; register and follow up incidents; ~ITSM | meldingen in het ticketsysteem afhandelen; incidenten registreren en opvolgen; ~ITSM
  | Register, prioritise and follow up incidents and requests in a ticket system.
  | Incidenten en verzoeken registreren, prioriteren en opvolgen in een ticketsysteem.
[k-ict]
programming-languages | KS | d | programming languages; programming paradigms | programmeertalen; programmeerparadigma's
  | The syntax, concepts and use of programming languages and paradigms.
  | De syntaxis, concepten en het gebruik van programmeertalen en -paradigma's.
object-oriented-programming | KS | d ^programming-languages | object-oriented programming; OOP | objectgeoriënteerd programmeren; OOP
  | Classes, objects, inheritance and design patterns.
  | Klassen, objecten, overerving en ontwerppatronen.
software-development-methods | KS | d | software development methods; agile and Scrum | softwareontwikkelmethoden; agile en Scrum
  | Agile, Scrum and other ways of organising software development.
  | Agile, Scrum en andere manieren om softwareontwikkeling te organiseren.
databases | KS | d | databases; relational databases and SQL | databases; relationele databases en SQL
  | Relational and non-relational databases, their structure and query languages.
  | Relationele en niet-relationele databases, hun structuur en querytalen.
statistics | KC | r | statistics; statistical methods | statistiek; statistische methoden
  | Collecting, describing and analysing data and drawing conclusions with statistical methods.
  | Gegevens verzamelen, beschrijven en analyseren en conclusies trekken met statistische methoden.
computer-networks | KS | d | computer networks; TCP/IP networking | computernetwerken; TCP/IP
  | Network protocols, addressing, routing and network equipment.
  | Netwerkprotocollen, adressering, routering en netwerkapparatuur.
operating-systems | KS | d | operating systems; Linux and Windows | besturingssystemen; Linux en Windows
  | How operating systems manage processes, memory, files and users.
  | Hoe besturingssystemen processen, geheugen, bestanden en gebruikers beheren.
cloud-computing | KS | d | cloud computing; cloud services | cloudcomputing; clouddiensten
  | Cloud service models, platforms and their costs and risks.
  | Modellen, platforms en de kosten en risico's van clouddiensten.
information-security | KS | d | information security; cybersecurity; ~infosec | informatiebeveiliging; cybersecurity; ~cyberveiligheid
  | Principles, threats and measures to protect the confidentiality, integrity and availability of information.
  | Principes, dreigingen en maatregelen om de vertrouwelijkheid, integriteit en beschikbaarheid van informatie te beschermen.
security-standards | KS | d ^information-security | information security standards; ISO 27001; ~BIO | normen voor informatiebeveiliging; ISO 27001; ~Baseline Informatiebeveiliging Overheid
  | Frameworks and standards for managing information security in organisations.
  | Kaders en normen voor het beheersen van informatiebeveiliging in organisaties.
it-service-management | KS | d | IT service management; ITIL | IT-servicemanagement; ITIL
  | Processes for incident, problem, change and service level management.
  | Processen voor incident-, probleem-, wijzigings- en servicelevelmanagement.
computer-hardware | KS | d | computer hardware; PC and peripheral components | computerhardware; pc- en randapparatuur
  | The parts of computers and peripherals and how they work together.
  | De onderdelen van computers en randapparatuur en hun samenwerking.
machine-learning | KS | d r | machine learning; artificial intelligence | machine learning; kunstmatige intelligentie
  | Algorithms that learn from data, their evaluation and limits.
  | Algoritmen die van data leren, hun evaluatie en beperkingen.
web-accessibility | KS | d | web accessibility; WCAG | digitale toegankelijkheid; WCAG
  | Guidelines for making websites and apps usable for people with disabilities.
  | Richtlijnen om websites en apps bruikbaar te maken voor mensen met een beperking.
"""

SKILL_RELATIONS = """
develop-software -> programming-languages essential
program-in-java -> object-oriented-programming essential
program-in-csharp -> object-oriented-programming essential
write-sql-queries -> databases essential
administer-databases -> databases essential
model-data -> databases essential
analyse-data -> statistics essential
build-machine-learning-models -> machine-learning essential
build-machine-learning-models -> program-in-python optional
configure-networks -> computer-networks essential
administer-servers -> operating-systems essential
manage-cloud-infrastructure -> cloud-computing essential
analyse-security-risks -> information-security essential
respond-to-security-incidents -> information-security essential
configure-firewalls -> computer-networks essential
handle-tickets -> it-service-management optional
build-web-front-ends -> web-accessibility optional
"""
