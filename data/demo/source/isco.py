"""ISCO-08 groups used by the demo occupations: the codes are the public
ISCO-08 standard; labels and descriptions are our own short wording, the
URIs our own.  Format: see __init__.py."""

ISCO = """
1 | Managers | Managers
  | Managers plan, direct and coordinate the activities of organisations, departments and businesses.
  | Managers plannen, leiden en coördineren de activiteiten van organisaties, afdelingen en bedrijven.
13 | Production and specialised services managers | Managers productie en gespecialiseerde dienstverlening
132 | Manufacturing, construction and distribution managers | Managers industrie, bouw en distributie
1324 | Supply, distribution and logistics managers | Managers inkoop, distributie en logistiek
134 | Professional services managers | Managers professionele dienstverlening
1343 | Elderly care services managers | Managers ouderenzorg
1345 | Education managers | Managers in het onderwijs
14 | Hospitality, retail and other services managers | Managers horeca, detailhandel en andere diensten
141 | Hotel and restaurant managers | Managers hotels en restaurants
1412 | Restaurant managers | Restaurantmanagers
142 | Retail and wholesale trade managers | Managers detail- en groothandel
1420 | Retail and wholesale trade managers | Managers detail- en groothandel
2 | Professionals | Specialisten
  | Professionals apply scientific and technical knowledge, usually gained in higher education, to practical problems and teaching.
  | Specialisten passen wetenschappelijke en technische kennis, meestal verworven in het hoger onderwijs, toe op praktische vraagstukken en in het onderwijs.
21 | Science and engineering professionals | Specialisten natuurwetenschappen en techniek
213 | Life science professionals | Specialisten levenswetenschappen
2133 | Environmental protection professionals | Specialisten milieubescherming
214 | Engineering professionals (excluding electrotechnology) | Ingenieurs (exclusief elektrotechniek)
2144 | Mechanical engineers | Werktuigbouwkundig ingenieurs
2149 | Engineering professionals not elsewhere classified | Overige ingenieurs
215 | Electrotechnology engineers | Ingenieurs elektrotechniek
2151 | Electrical engineers | Elektrotechnisch ingenieurs
216 | Architects, planners, surveyors and designers | Architecten, planologen, landmeters en ontwerpers
2166 | Graphic and multimedia designers | Grafisch en multimediaontwerpers
22 | Health professionals | Specialisten gezondheidszorg
221 | Medical doctors | Artsen
2211 | Generalist medical practitioners | Huisartsen en basisartsen
222 | Nursing and midwifery professionals | Verpleegkundigen en verloskundigen (hbo)
2221 | Nursing professionals | Verpleegkundigen (hbo)
2222 | Midwifery professionals | Verloskundigen
226 | Other health professionals | Overige specialisten gezondheidszorg
2264 | Physiotherapists | Fysiotherapeuten
2265 | Dietitians and nutritionists | Diëtisten en voedingsdeskundigen
2269 | Health professionals not elsewhere classified | Overige paramedici
23 | Teaching professionals | Leraren en docenten
231 | University and higher education teachers | Docenten hoger onderwijs
2310 | University and higher education teachers | Docenten hoger onderwijs
232 | Vocational education teachers | Docenten beroepsonderwijs
2320 | Vocational education teachers | Docenten beroepsonderwijs
233 | Secondary education teachers | Leraren voortgezet onderwijs
2330 | Secondary education teachers | Leraren voortgezet onderwijs
234 | Primary school and early childhood teachers | Leraren basisonderwijs en jonge kind
2341 | Primary school teachers | Leraren basisonderwijs
235 | Other teaching professionals | Overige onderwijsspecialisten
2353 | Other language teachers | Overige taaldocenten
24 | Business and administration professionals | Specialisten bedrijfsvoering en administratie
241 | Finance professionals | Specialisten financiën
2411 | Accountants | Accountants
242 | Administration professionals | Specialisten organisatie en beleid
2421 | Management and organisation analysts | Organisatieadviseurs
2422 | Policy administration professionals | Beleidsadviseurs
2423 | Personnel and careers professionals | Specialisten personeel en loopbaan
2424 | Training and staff development professionals | Specialisten opleiding en ontwikkeling
243 | Sales, marketing and public relations professionals | Specialisten verkoop, marketing en communicatie
2432 | Public relations professionals | Communicatieadviseurs
25 | Information and communications technology professionals | ICT-specialisten
251 | Software and applications developers and analysts | Softwareontwikkelaars en -analisten
2511 | Systems analysts | Informatieanalisten en systeemanalisten
2512 | Software developers | Softwareontwikkelaars
2513 | Web and multimedia developers | Web- en multimediaontwikkelaars
2514 | Applications programmers | Applicatieprogrammeurs
2519 | Software and applications developers and analysts not elsewhere classified | Overige softwareontwikkelaars en -analisten
252 | Database and network professionals | Database- en netwerkspecialisten
2521 | Database designers and administrators | Databaseontwerpers en -beheerders
2522 | Systems administrators | Systeembeheerders
2523 | Computer network professionals | Netwerkspecialisten
2529 | Database and network professionals not elsewhere classified | Overige database- en netwerkspecialisten
26 | Legal, social and cultural professionals | Specialisten juridisch, sociaal en cultureel
261 | Legal professionals | Juristen
2619 | Legal professionals not elsewhere classified | Overige juristen
263 | Social and religious professionals | Specialisten sociaal werk en levensbeschouwing
2634 | Psychologists | Psychologen
2635 | Social work and counselling professionals | Maatschappelijk werkers en counselors
3 | Technicians and associate professionals | Technici en vakspecialisten
  | Technicians and associate professionals carry out technical and related tasks in science, engineering, health, business and public administration.
  | Technici en vakspecialisten voeren technische en verwante taken uit in wetenschap, techniek, zorg, bedrijfsleven en overheid.
31 | Science and engineering associate professionals | Technici natuurwetenschappen en techniek
311 | Physical and engineering science technicians | Technici natuurkunde en techniek
3112 | Civil engineering technicians | Technici bouwkunde en installatietechniek
3114 | Electronics engineering technicians | Technici elektronica
3115 | Mechanical engineering technicians | Technici werktuigbouwkunde
3118 | Draughtspersons | Technisch tekenaars
3119 | Physical and engineering science technicians not elsewhere classified | Overige technici natuurkunde en techniek
312 | Mining, manufacturing and construction supervisors | Toezichthouders industrie en bouw
3123 | Construction supervisors | Uitvoerders en werkvoorbereiders bouw
313 | Process control technicians | Procesoperators
3133 | Chemical processing plant controllers | Operators chemische procesinstallaties
32 | Health associate professionals | Vakspecialisten gezondheidszorg
321 | Medical and pharmaceutical technicians | Medisch en farmaceutisch technici
3213 | Pharmaceutical technicians and assistants | Apothekersassistenten
322 | Nursing and midwifery associate professionals | Verpleegkundigen (mbo)
3221 | Nursing associate professionals | Verpleegkundigen (mbo)
325 | Other health associate professionals | Overige vakspecialisten gezondheidszorg
3251 | Dental assistants and therapists | Tandartsassistenten en mondhygiënisten
3256 | Medical assistants | Doktersassistenten
33 | Business and administration associate professionals | Vakspecialisten bedrijfsvoering en administratie
332 | Sales and purchasing agents and brokers | Inkopers en handelsagenten
3323 | Buyers | Inkopers
333 | Business services agents | Zakelijke dienstverleners
3331 | Clearing and forwarding agents | Expediteurs en douanedeclaranten
3333 | Employment agents and contractors | Arbeidsbemiddelaars
334 | Administrative and specialised secretaries | Secretaresses en managementassistenten
3343 | Administrative and executive secretaries | Managementassistenten
3344 | Medical secretaries | Medisch secretaresses
335 | Regulatory government associate professionals | Uitvoerende ambtenaren overheid
3352 | Government tax and excise officials | Ambtenaren belastingen en accijnzen
3353 | Government social benefits officials | Ambtenaren sociale zekerheid
3354 | Government licensing officials | Ambtenaren vergunningen en burgerzaken
34 | Legal, social, cultural and related associate professionals | Vakspecialisten juridisch, sociaal en cultureel
341 | Legal, social and religious associate professionals | Vakspecialisten juridisch, sociaal en levensbeschouwelijk
3412 | Social work associate professionals | Sociaal werkers en begeleiders (mbo)
343 | Artistic, cultural and culinary associate professionals | Vakspecialisten kunst, cultuur en culinair
3432 | Interior designers and decorators | Interieurontwerpers en decorateurs
3434 | Chefs | Chef-koks
35 | Information and communications technicians | ICT-technici
351 | ICT operations and user support technicians | ICT-beheerders en gebruikersondersteuners
3512 | ICT user support technicians | ICT-gebruikersondersteuners
3513 | Computer network and systems technicians | Netwerk- en systeemtechnici
4 | Clerical support workers | Administratief personeel
  | Clerical support workers record, organise and process information and handle customer contacts.
  | Administratief personeel legt informatie vast, ordent en verwerkt die en handelt klantcontacten af.
41 | General and keyboard clerks | Algemeen administratief medewerkers
411 | General office clerks | Algemeen administratief medewerkers
4110 | General office clerks | Algemeen administratief medewerkers
42 | Customer services clerks | Medewerkers klantenservice
422 | Client information workers | Medewerkers klantinformatie
4222 | Contact centre information clerks | Medewerkers klantcontactcentrum
4224 | Hotel receptionists | Hotelreceptionisten
43 | Numerical and material recording clerks | Administratief medewerkers cijfers en voorraden
431 | Numerical clerks | Financieel administratief medewerkers
4311 | Accounting and bookkeeping clerks | Boekhoudkundig medewerkers
432 | Material-recording and transport clerks | Medewerkers voorraad- en transportadministratie
4321 | Stock clerks | Magazijnmedewerkers
4323 | Transport clerks | Transportplanners
5 | Service and sales workers | Dienstverlenend personeel en verkopers
  | Service and sales workers provide personal, care, protective and hospitality services and sell goods.
  | Dienstverlenend personeel en verkopers verlenen persoonlijke, zorg-, beveiligings- en horecadiensten en verkopen goederen.
51 | Personal service workers | Persoonlijke dienstverleners
512 | Cooks | Koks
5120 | Cooks | Koks
513 | Waiters and bartenders | Kelners en barpersoneel
5131 | Waiters | Kelners en bedieningspersoneel
5132 | Bartenders | Barpersoneel
52 | Sales workers | Verkopers
522 | Shop salespersons | Winkelpersoneel
5223 | Shop sales assistants | Verkoopmedewerkers
523 | Cashiers and ticket clerks | Kassamedewerkers
5230 | Cashiers and ticket clerks | Kassamedewerkers
524 | Other sales workers | Overige verkopers
5244 | Contact centre salespersons | Verkopers via contactcentra en webwinkels
53 | Personal care workers | Verzorgend personeel
531 | Child care workers and teachers' aides | Kinderverzorgers en onderwijsassistenten
5311 | Child care workers | Pedagogisch medewerkers kinderopvang
5312 | Teachers' aides | Onderwijsassistenten
532 | Personal care workers in health services | Verzorgenden in de gezondheidszorg
5321 | Health care assistants | Verzorgenden
5322 | Home-based personal care workers | Thuiszorgmedewerkers
5329 | Personal care workers in health services not elsewhere classified | Overige verzorgenden
54 | Protective services workers | Beveiligingspersoneel
541 | Protective services workers | Politie, brandweer en beveiliging
5411 | Firefighters | Brandweerlieden
5412 | Police officers | Politieagenten
5414 | Security guards | Beveiligers
5419 | Protective services workers not elsewhere classified | Overige handhavers en beveiligers
7 | Craft and related trades workers | Ambachtslieden en vakmensen
  | Craft and trades workers build, install, make and repair buildings, machines, installations and products by hand and with tools.
  | Ambachtslieden en vakmensen bouwen, installeren, maken en repareren gebouwen, machines, installaties en producten met de hand en met gereedschap.
71 | Building and related trades workers (excluding electricians) | Bouwvakkers (exclusief elektriciens)
711 | Building frame and related trades workers | Bouwvakkers ruwbouw
7112 | Bricklayers | Metselaars
7115 | Carpenters and joiners | Timmerlieden
712 | Building finishers and related trades workers | Bouwvakkers afbouw en installatie
7121 | Roofers | Dakdekkers
7124 | Insulation workers | Isolatiemonteurs
7126 | Plumbers and pipe fitters | Loodgieters en installatiemonteurs
7127 | Air conditioning and refrigeration mechanics | Monteurs koel- en klimaattechniek
72 | Metal, machinery and related trades workers | Metaalbewerkers en monteurs
721 | Sheet and structural metal workers, moulders and welders | Plaatwerkers, constructiewerkers en lassers
7212 | Welders and flame cutters | Lassers en snijders
7213 | Sheet-metal workers | Plaatwerkers
7214 | Structural-metal preparers and erectors | Constructiebankwerkers
722 | Blacksmiths, toolmakers and related trades workers | Smeden, gereedschapmakers en verspaners
7223 | Metal working machine tool setters and operators | Verspaners en instellers werktuigmachines
723 | Machinery mechanics and repairers | Monteurs machines en voertuigen
7231 | Motor vehicle mechanics and repairers | Automonteurs
7233 | Agricultural and industrial machinery mechanics and repairers | Monteurs industriële machines
7234 | Bicycle and related repairers | Fietsenmakers en verwante reparateurs
74 | Electrical and electronics trades workers | Elektriciens en elektronicamonteurs
741 | Electrical equipment installers and repairers | Installateurs en reparateurs elektrische apparatuur
7411 | Building and related electricians | Elektromonteurs installatietechniek
7412 | Electrical mechanics and fitters | Elektromonteurs industrie
7413 | Electrical line installers and repairers | Monteurs elektriciteitsnetten
75 | Food processing, wood working and other craft workers | Vakmensen voeding, hout en overige ambachten
751 | Food processing and related trades workers | Vakmensen voedselbereiding
7511 | Butchers and related food preparers | Slagers
7512 | Bakers and pastry makers | Bakkers en banketbakkers
754 | Other craft and related workers | Overige vakmensen
7543 | Product graders and testers | Kwaliteitscontroleurs
8 | Plant and machine operators and assemblers | Machinebedieners en assemblagemedewerkers
  | Plant and machine operators run and monitor machines, drive vehicles and assemble products.
  | Machinebedieners en assemblagemedewerkers bedienen en bewaken machines, besturen voertuigen en assembleren producten.
81 | Stationary plant and machine operators | Bedieners van vaste installaties en machines
812 | Metal processing and finishing plant operators | Bedieners van installaties voor metaalbewerking
8121 | Metal processing plant operators | Operators metaalbewerking
82 | Assemblers | Assemblagemedewerkers
821 | Assemblers | Assemblagemedewerkers
8211 | Mechanical machinery assemblers | Assemblagemedewerkers machines
83 | Drivers and mobile plant operators | Bestuurders van voertuigen en mobiele machines
831 | Locomotive engine drivers and related workers | Machinisten en spoorwegpersoneel
8311 | Locomotive engine drivers | Treinmachinisten
832 | Car, van and motorcycle drivers | Bestuurders van auto's en bestelwagens
8322 | Car, taxi and van drivers | Chauffeurs personenauto's, taxi's en bestelwagens
833 | Heavy truck and bus drivers | Vrachtwagen- en buschauffeurs
8331 | Bus and tram drivers | Bus- en trambestuurders
8332 | Heavy truck and lorry drivers | Vrachtwagenchauffeurs
834 | Mobile plant operators | Bestuurders van mobiele machines
8344 | Lifting truck operators | Heftruckchauffeurs
9 | Elementary occupations | Elementaire beroepen
  | Elementary occupations involve simple, routine tasks that mainly need hand tools and physical effort.
  | Elementaire beroepen omvatten eenvoudige, routinematige taken die vooral handgereedschap en lichamelijke inspanning vereisen.
91 | Cleaners and helpers | Schoonmakers en hulpkrachten
911 | Domestic, hotel and office cleaners and helpers | Schoonmakers in huishoudens, hotels en kantoren
9112 | Cleaners and helpers in offices, hotels and other establishments | Schoonmakers in kantoren, hotels en andere gebouwen
93 | Labourers in mining, construction, manufacturing and transport | Hulpkrachten bouw, industrie en transport
933 | Transport and storage labourers | Hulpkrachten transport en opslag
9333 | Freight handlers | Laad-, los- en orderverzamelaars
9334 | Shelf fillers | Vakkenvullers
94 | Food preparation assistants | Hulpkrachten keuken
941 | Food preparation assistants | Hulpkrachten keuken
9412 | Kitchen helpers | Keukenhulpen
96 | Refuse workers and other elementary workers | Afvalverwerkers en overige elementaire beroepen
962 | Other elementary workers | Overige elementaire beroepen
9621 | Messengers, package deliverers and luggage porters | Koeriers en pakketbezorgers
"""
