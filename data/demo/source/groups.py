"""Skill groups of the demo: four roots (skills, knowledge, transversal,
language) and up to three levels below them.  Format: see __init__.py."""

GROUPS = """
skills | - | skills | vaardigheden
  | Skills and competences needed to carry out tasks at work.
  | Vaardigheden en competenties die nodig zijn om taken in het werk uit te voeren.
s-care | skills | caring and health; providing care | zorg en gezondheid; zorg verlenen
  | Looking after the health, safety and well-being of patients, clients and children.
  | Zorgen voor de gezondheid, veiligheid en het welzijn van patiënten, cliënten en kinderen.
s-care-basic | s-care | providing basic care | basiszorg verlenen
  | Helping people with daily living, personal hygiene, eating and moving.
  | Mensen helpen bij het dagelijks leven, de persoonlijke verzorging, het eten en het bewegen.
s-care-clinical | s-care | performing nursing and clinical procedures | verpleegtechnische handelingen uitvoeren
  | Carrying out nursing and medical procedures such as wound care, injections and measurements.
  | Verpleegkundige en medische handelingen uitvoeren, zoals wondzorg, injecties en metingen.
s-care-medication | s-care | handling medication | omgaan met medicatie
  | Preparing, dispensing and administering medicines safely.
  | Geneesmiddelen veilig klaarzetten, verstrekken en toedienen.
s-care-support | s-care | supporting people and social work | mensen begeleiden en maatschappelijk werk
  | Supporting clients with disabilities, mental health problems or social problems.
  | Cliënten met een beperking, psychische problemen of sociale problemen begeleiden.
s-care-child | s-care | caring for children | kinderen verzorgen en begeleiden
  | Looking after young children, supporting their development and keeping them safe.
  | Jonge kinderen verzorgen, hun ontwikkeling stimuleren en hen veilig houden.
s-care-therapy | s-care | providing therapy and rehabilitation | therapie en revalidatie bieden
  | Assessing and treating physical and mental conditions to restore function.
  | Lichamelijke en psychische aandoeningen onderzoeken en behandelen om het functioneren te herstellen.
s-care-practice | s-care | supporting medical practice | de medische praktijk ondersteunen
  | Supporting doctors, dentists and pharmacists in their practice.
  | Artsen, tandartsen en apothekers in hun praktijk ondersteunen.
s-tech | skills | working with machinery and specialised equipment | werken met machines en gespecialiseerde apparatuur
  | Making, installing, maintaining and repairing technical products and installations.
  | Technische producten en installaties maken, installeren, onderhouden en repareren.
s-tech-metal | s-tech | working with metal | metaal bewerken
  | Cutting, shaping, joining and machining metal parts.
  | Metalen onderdelen snijden, vormen, verbinden en verspanen.
s-tech-welding | s-tech-metal | welding and joining metal | lassen en verbinden van metaal
  | Joining metal parts by welding, brazing and soldering.
  | Metalen delen verbinden door lassen, hardsolderen en solderen.
s-tech-machining | s-tech-metal | machining and CNC work | verspanen en CNC-werk
  | Turning, milling and drilling parts on conventional and computer-controlled machines.
  | Onderdelen draaien, frezen en boren op conventionele en computergestuurde machines.
s-tech-mech | s-tech | installing and maintaining machinery | machines installeren en onderhouden
  | Assembling, maintaining and repairing mechanical equipment and production lines.
  | Mechanische apparatuur en productielijnen monteren, onderhouden en repareren.
s-tech-elec | s-tech | installing and maintaining electrical systems | elektrische installaties aanleggen en onderhouden
  | Installing, testing and repairing electrical wiring, switchgear and control systems.
  | Elektrische bedrading, schakelinstallaties en besturingen aanleggen, testen en repareren.
s-tech-install | s-tech | installing plumbing, heating and ventilation | sanitair, verwarming en ventilatie installeren
  | Installing and servicing water, gas, heating, cooling and ventilation systems in buildings.
  | Water-, gas-, verwarmings-, koel- en ventilatiesystemen in gebouwen installeren en onderhouden.
s-tech-build | s-tech | building and construction work | bouwen en constructiewerk
  | Building, finishing and insulating houses and other structures.
  | Woningen en andere bouwwerken bouwen, afwerken en isoleren.
s-tech-vehicle | s-tech | maintaining and repairing vehicles | voertuigen onderhouden en repareren
  | Diagnosing and repairing cars, vans and trucks.
  | Auto's, bestelwagens en vrachtwagens diagnosticeren en repareren.
s-tech-design | s-tech | designing and engineering technical systems | technische systemen ontwerpen
  | Designing, calculating and drawing machines, products and installations.
  | Machines, producten en installaties ontwerpen, berekenen en tekenen.
s-energy | skills | working on the energy transition; installing sustainable energy | werken aan de energietransitie; duurzame energie installeren
  | Installing, connecting and advising on renewable energy and energy saving.
  | Duurzame energie en energiebesparing installeren, aansluiten en adviseren.
s-energy-heat | s-energy | installing heat pumps and sustainable heating | warmtepompen en duurzame verwarming installeren
  | Installing, commissioning and servicing heat pumps, heat networks and solar heating.
  | Warmtepompen, warmtenetten en zonneboilers installeren, in bedrijf stellen en onderhouden.
s-energy-solar | s-energy | installing solar and wind energy systems | zonne- en windenergiesystemen installeren
  | Mounting and connecting solar panels, inverters, batteries and wind turbines.
  | Zonnepanelen, omvormers, batterijen en windturbines monteren en aansluiten.
s-energy-grid | s-energy | working on electricity grids and charging infrastructure | werken aan elektriciteitsnetten en laadinfrastructuur
  | Building, connecting and maintaining distribution grids and charging points.
  | Distributienetten en laadpunten aanleggen, aansluiten en onderhouden.
s-energy-advice | s-energy | advising on energy saving | adviseren over energiebesparing
  | Assessing buildings and advising people on energy saving and sustainable measures.
  | Gebouwen beoordelen en mensen adviseren over energiebesparing en duurzame maatregelen.
s-ict | skills | working with computers | werken met computers
  | Developing, managing and securing software, data and ICT systems.
  | Software, data en ICT-systemen ontwikkelen, beheren en beveiligen.
s-ict-dev | s-ict | developing software | software ontwikkelen
  | Designing, programming, testing and deploying software applications.
  | Softwaretoepassingen ontwerpen, programmeren, testen en in gebruik nemen.
s-ict-data | s-ict | working with data | werken met data
  | Collecting, storing, analysing and visualising data.
  | Data verzamelen, opslaan, analyseren en visualiseren.
s-ict-infra | s-ict | managing ICT infrastructure | ICT-infrastructuur beheren
  | Setting up and running servers, networks, cloud platforms and workplaces.
  | Servers, netwerken, cloudplatforms en werkplekken inrichten en beheren.
s-ict-sec | s-ict | securing ICT systems | ICT-systemen beveiligen
  | Protecting systems and information against threats and responding to incidents.
  | Systemen en informatie beschermen tegen dreigingen en reageren op incidenten.
s-ict-support | s-ict | supporting ICT users | ICT-gebruikers ondersteunen
  | Helping users with hardware, software and access problems.
  | Gebruikers helpen bij problemen met hardware, software en toegang.
s-logistics | skills | handling goods, transport and logistics | goederen behandelen, transport en logistiek
  | Storing, moving and transporting goods and people.
  | Goederen opslaan, verplaatsen en vervoeren, en personen vervoeren.
s-log-warehouse | s-logistics | storing and moving goods | goederen opslaan en verplaatsen
  | Receiving, storing, picking and shipping goods in a warehouse.
  | Goederen ontvangen, opslaan, verzamelen en verzenden in een magazijn.
s-log-driving | s-logistics | driving vehicles | voertuigen besturen
  | Driving trucks, vans, buses and trains safely and within the rules.
  | Vrachtwagens, bestelwagens, bussen en treinen veilig en volgens de regels besturen.
s-log-planning | s-logistics | planning transport and logistics | transport en logistiek plannen
  | Planning routes, shipments and supply chains and handling the documents.
  | Routes, zendingen en ketens plannen en de documenten afhandelen.
s-sales | skills | selling and serving customers | verkopen en klanten bedienen
  | Advising and serving customers and selling goods and services.
  | Klanten adviseren en bedienen en goederen en diensten verkopen.
s-sales-retail | s-sales | selling goods in shops | goederen verkopen in winkels
  | Presenting products, advising customers and handling sales in a shop.
  | Producten presenteren, klanten adviseren en verkopen afhandelen in een winkel.
s-sales-customer | s-sales | providing customer service | klantenservice verlenen
  | Answering questions and complaints of customers by phone, chat and in person.
  | Vragen en klachten van klanten telefonisch, via chat en persoonlijk afhandelen.
s-sales-food | s-sales | preparing food products for sale | voedingsproducten bereiden voor de verkoop
  | Baking bread and preparing meat and other fresh products for sale.
  | Brood bakken en vlees en andere versproducten voor de verkoop bereiden.
s-hosp | skills | cooking and hospitality | koken en gastvrijheid
  | Preparing and serving food and drinks and looking after guests.
  | Eten en drinken bereiden en serveren en voor gasten zorgen.
s-hosp-kitchen | s-hosp | cooking and preparing food | koken en voedsel bereiden
  | Preparing dishes in a professional kitchen.
  | Gerechten bereiden in een professionele keuken.
s-hosp-service | s-hosp | serving food, drinks and guests | eten, drinken en gasten bedienen
  | Welcoming guests, taking orders and serving food and drinks.
  | Gasten ontvangen, bestellingen opnemen en eten en drinken serveren.
s-hosp-clean | s-hosp | cleaning and housekeeping | schoonmaken en huishouding
  | Cleaning buildings, rooms and textiles.
  | Gebouwen, kamers en textiel schoonmaken.
s-edu | skills | teaching and training | onderwijzen en opleiden
  | Teaching learners, training workers and guiding careers.
  | Leerlingen lesgeven, werkenden opleiden en loopbanen begeleiden.
s-edu-teach | s-edu | teaching | lesgeven
  | Preparing and giving lessons and assessing learners.
  | Lessen voorbereiden en geven en leerlingen beoordelen.
s-edu-guidance | s-edu | guiding learners, jobseekers and careers | leerlingen, werkzoekenden en loopbanen begeleiden
  | Coaching learners and workers in their studies, work and career choices.
  | Leerlingen en werkenden coachen bij hun studie, werk en loopbaankeuzes.
s-admin | skills | management, administration and public services | management, administratie en publieke dienstverlening
  | Managing organisations, administration, finance, policy and public safety.
  | Organisaties, administratie, financiën, beleid en openbare veiligheid beheren.
s-admin-office | s-admin | office and administration work | kantoor- en administratief werk
  | Handling documents, records, appointments and correspondence.
  | Documenten, dossiers, afspraken en correspondentie afhandelen.
s-admin-finance | s-admin | financial administration and accounting | financiële administratie en boekhouding
  | Keeping accounts, processing invoices and reporting on finances.
  | De boekhouding bijhouden, facturen verwerken en over financiën rapporteren.
s-admin-policy | s-admin | developing policy and applying regulations | beleid ontwikkelen en regelgeving toepassen
  | Preparing public policy and deciding on applications, permits and benefits.
  | Overheidsbeleid voorbereiden en beslissen over aanvragen, vergunningen en uitkeringen.
s-admin-safety | s-admin | protecting public safety | openbare veiligheid beschermen
  | Maintaining public order, enforcing rules and responding to emergencies.
  | De openbare orde handhaven, regels handhaven en optreden bij noodsituaties.
s-admin-hr | s-admin | managing people and human resources | mensen en personeelszaken managen
  | Recruiting, developing and supporting staff.
  | Personeel werven, ontwikkelen en ondersteunen.
s-admin-mgmt | s-admin | managing organisations and projects | organisaties en projecten managen
  | Leading teams, projects and organisations and managing budgets.
  | Teams, projecten en organisaties leiden en budgetten beheren.
knowledge | - | knowledge | kennis
  | Bodies of facts, principles, theories and practices in a field of work or study.
  | Feiten, principes, theorieën en praktijken op een werk- of studiegebied.
k-health | knowledge | health and welfare | gezondheidszorg en welzijn
  | Knowledge of the human body, diseases, treatments and welfare.
  | Kennis van het menselijk lichaam, ziekten, behandelingen en welzijn.
k-engineering | knowledge | engineering and engineering trades | techniek en technische vakken
  | Knowledge of materials, mechanics, electricity and construction.
  | Kennis van materialen, mechanica, elektriciteit en bouw.
k-eng-mech | k-engineering | mechanics and metal trades | mechanica en metaalvakken
  | Knowledge of mechanical engineering, metals and manufacturing.
  | Kennis van werktuigbouwkunde, metalen en productietechniek.
k-eng-elec | k-engineering | electricity and energy | elektriciteit en energie
  | Knowledge of electrical engineering, energy systems and renewable energy.
  | Kennis van elektrotechniek, energiesystemen en duurzame energie.
k-eng-build | k-engineering | building and building services | bouw en installatietechniek
  | Knowledge of building construction, building regulations and building services.
  | Kennis van bouwconstructies, bouwregelgeving en installatietechniek.
k-ict | knowledge | information and communication technologies | informatie- en communicatietechnologie
  | Knowledge of software, data, networks and information security.
  | Kennis van software, data, netwerken en informatiebeveiliging.
k-business | knowledge | business, administration and law | bedrijfskunde, administratie en recht
  | Knowledge of organisations, finance, public administration and law.
  | Kennis van organisaties, financiën, openbaar bestuur en recht.
k-law | k-business | law | recht
  | Knowledge of Dutch and European law and regulations.
  | Kennis van Nederlands en Europees recht en regelgeving.
k-services | knowledge | services, transport and hospitality | diensten, transport en horeca
  | Knowledge of transport, logistics, hospitality, food and security.
  | Kennis van transport, logistiek, horeca, voeding en beveiliging.
k-education | knowledge | education | onderwijs
  | Knowledge of teaching, learning and the education system.
  | Kennis van lesgeven, leren en het onderwijsstelsel.
k-environment | knowledge | environment and sustainability | milieu en duurzaamheid
  | Knowledge of the environment, climate and sustainable use of resources.
  | Kennis van het milieu, het klimaat en duurzaam gebruik van grondstoffen.
transversal | - | transversal skills and competences | transversale vaardigheden en competenties
  | Skills that are relevant to a broad range of occupations and sectors.
  | Vaardigheden die in een breed scala van beroepen en sectoren van belang zijn.
t-core | transversal | core skills and competences | basisvaardigheden
  | Basic skills such as reading, arithmetic and using digital devices.
  | Basisvaardigheden zoals lezen, rekenen en digitale apparaten gebruiken.
t-thinking | transversal | thinking skills and competences | denkvaardigheden
  | Solving problems, thinking critically and making decisions.
  | Problemen oplossen, kritisch denken en beslissingen nemen.
t-self | transversal | self-management skills and competences | zelfmanagement
  | Working independently, managing time and coping with change and pressure.
  | Zelfstandig werken, tijd indelen en omgaan met verandering en druk.
t-social | transversal | social and communication skills and competences | sociale en communicatieve vaardigheden
  | Communicating, cooperating, serving others and resolving conflicts.
  | Communiceren, samenwerken, anderen helpen en conflicten oplossen.
t-physical | transversal | physical and manual skills and competences | fysieke en manuele vaardigheden
  | Using the body and hand tools safely and efficiently.
  | Het lichaam en handgereedschap veilig en doelmatig gebruiken.
t-life | transversal | life skills and competences | levensvaardigheden
  | Looking after health, safety, the environment and the rights of others.
  | Zorgen voor gezondheid, veiligheid, het milieu en de rechten van anderen.
language | - | language skills and knowledge | taalvaardigheden en -kennis
  | Communicating by reading, writing, speaking and listening in one or more languages.
  | Communiceren door te lezen, te schrijven, te spreken en te luisteren in een of meer talen.
l-languages | language | languages | talen
  | Knowledge and use of specific languages.
  | Kennis en gebruik van specifieke talen.
"""
