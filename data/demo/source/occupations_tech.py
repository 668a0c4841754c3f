"""Occupations in metal, mechanical, electrical and installation work,
construction and engineering.  Format: see __init__.py."""

OCCUPATIONS = """
welder | 7212 | | | welder; welding operator; ~welder fabricator | lasser; lasser metaal; ~lasvakman
  | Welders join metal parts with welding processes such as MIG/MAG, TIG and stick welding, following drawings and welding procedures, and check the quality of their welds.
  | Lassers verbinden metalen delen met lasprocessen zoals MIG/MAG, TIG en elektrodelassen volgens tekening en lasmethodebeschrijving, en controleren de kwaliteit van hun lassen.
  E: @tech-basics @welding @metalwork weld-mig-mag work-physically-demanding
  O: weld-tig weld-mma bend-and-form-sheet-metal assemble-steel-structures work-at-height show-initiative
structural-welder | 7212 | ^welder | | structural welder; construction welder; pipe welder | constructielasser; pijplasser; ~constructie lasser
  | Structural welders weld steel structures and pipelines in workshops and on site, often to certified procedures.
  | Constructielassers lassen staalconstructies en leidingen in de werkplaats en op locatie, vaak volgens gecertificeerde procedures.
  E: @tech-basics @welding @metalwork weld-mma weld-mig-mag assemble-steel-structures work-at-height
  O: weld-tig cut-metal speak-german
tig-welder | 7212 | ^welder | | TIG welder; stainless steel welder; aluminium welder | TIG-lasser; RVS-lasser; aluminiumlasser
  | TIG welders weld thin, stainless and aluminium parts with high precision, for example in food, pharma and process installations.
  | TIG-lassers lassen dunne, roestvaststalen en aluminium delen met grote precisie, bijvoorbeeld voor voedingsmiddelen-, farma- en procesinstallaties.
  E: @tech-basics @welding @metalwork weld-tig braze-and-solder-metal
  O: weld-mig-mag perform-quality-inspection
sheet-metal-worker | 7213 | | | sheet metal worker; sheet metal fabricator | plaatwerker; plaatbewerker; ~plaatwerker metaal
  | Sheet metal workers cut, bend and join sheet metal into housings, ducts and parts, using press brakes, shears and welding.
  | Plaatwerkers snijden, zetten en verbinden plaatmateriaal tot behuizingen, kanalen en onderdelen met kantbanken, scharen en lasapparatuur.
  E: @tech-basics @metalwork bend-and-form-sheet-metal weld-metal
  O: weld-mig-mag weld-tig program-cnc-machines operate-production-line
metal-fabricator | 7214 | | | metal fabricator; steel construction fitter; structural metal worker | constructiebankwerker; metaalbewerker; staalconstructiemonteur
  | Metal fabricators build steel structures and machine frames from profiles and plates: measuring, cutting, drilling, fitting and welding.
  | Constructiebankwerkers bouwen staalconstructies en machineframes van profielen en platen: meten, snijden, boren, passen en lassen.
  E: @tech-basics @metalwork assemble-steel-structures weld-metal weld-mig-mag bend-and-form-sheet-metal
  O: work-at-height operate-conventional-machines inspect-welds
cnc-machinist | 7223 | | | CNC machinist; CNC operator; CNC machine operator | CNC-verspaner; CNC-operator; verspaner; ~cnc verspaner
  | CNC machinists set up and operate computer-controlled lathes and milling machines to make precise metal parts and check them against the drawing.
  | CNC-verspaners stellen computergestuurde draai- en freesmachines in en bedienen ze om nauwkeurige metalen onderdelen te maken en controleren die aan de hand van de tekening.
  E: @tech-basics @machining operate-cnc-lathe operate-cnc-milling-machine program-cnc-machines
  O: use-cam-software operate-conventional-machines lean-manufacturing show-initiative
cnc-programmer | 7223 | ^cnc-machinist | | CNC programmer; CAM programmer | CNC-programmeur; CAM-programmeur
  | CNC programmers write and optimise programs for CNC machines with CAM software and prepare production of new parts.
  | CNC-programmeurs schrijven en optimaliseren programma's voor CNC-machines met CAM-software en bereiden de productie van nieuwe onderdelen voor.
  E: @tech-basics @machining program-cnc-machines use-cam-software create-technical-drawings
  O: operate-cnc-milling-machine operate-cnc-lathe prepare-technical-work
industrial-mechanic | 7233 | | | industrial mechanic; mechanic; machine fitter; mechanical fitter | monteur; machinemonteur; monteur werktuigbouw; ~mechanicus
  | Industrial mechanics assemble, install and repair machines and mechanical installations in factories and at customer sites.
  | Machinemonteurs monteren, installeren en repareren machines en mechanische installaties in fabrieken en bij klanten.
  E: @tech-basics @mechanics install-hydraulic-and-pneumatic-systems
  O: align-and-balance-drives weld-metal electricity-principles read-electrical-diagrams work-at-height
     read-english
maintenance-technician | 7233 | | | maintenance technician; maintenance engineer; maintenance mechanic | onderhoudsmonteur; technicus onderhoud; storingsmonteur
  | Maintenance technicians keep production installations running by preventive maintenance and fast repair of mechanical and electrical faults.
  | Onderhoudsmonteurs houden productie-installaties draaiend met preventief onderhoud en snel herstel van mechanische en elektrische storingen.
  E: @tech-basics @mechanics troubleshoot-electrical-faults electricity-principles read-electrical-diagrams
     cope-with-pressure
  O: program-plc install-control-systems align-and-balance-drives weld-metal lean-manufacturing show-initiative
service-technician | 7233 | ^industrial-mechanic | | field service technician; service engineer; service mechanic | servicemonteur; buitendienstmonteur; servicetechnicus
  | Field service technicians install, maintain and repair machines at customer sites and advise customers on their use.
  | Servicemonteurs installeren, onderhouden en repareren machines bij klanten en adviseren klanten over het gebruik.
  E: @tech-basics @mechanics @customer-site troubleshoot-electrical-faults commission-installations
  O: speak-english speak-german drive-van read-english
electrician | 7411 | | | electrician; installation electrician; building electrician | elektromonteur; installatiemonteur elektrotechniek; elektricien; ~electricien
  | Electricians install, connect, test and repair electrical installations in homes, offices and other buildings according to the standards.
  | Elektromonteurs leggen elektrische installaties in woningen, kantoren en andere gebouwen aan, sluiten ze aan, testen en repareren ze volgens de normen.
  | Includes electricians working on low-voltage installations in buildings. Excludes industrial electricians and grid technicians.
  | Omvat elektromonteurs die aan laagspanningsinstallaties in gebouwen werken. Omvat niet industrieel elektromonteurs en monteurs netbeheer.
  E: @tech-basics @electrical install-distribution-boards
  O: install-home-automation install-solar-panels install-charging-stations work-at-height show-initiative adapt-to-change
     install-inverters @customer-site
industrial-electrician | 7412 | | | industrial electrician; electrical fitter; panel builder | industrieel elektromonteur; elektromonteur industrie; panelenbouwer
  | Industrial electricians build and connect control panels, motors and control systems in industrial installations and solve electrical faults.
  | Industrieel elektromonteurs bouwen en sluiten schakelkasten, motoren en besturingen in industriële installaties aan en verhelpen elektrische storingen.
  E: @tech-basics @electrical install-control-systems control-engineering
  O: program-plc repair-electronic-equipment maintain-machinery
mechatronics-technician | 3114 | | | mechatronics technician; automation technician | mechatronicus; monteur mechatronica; technicus automatisering
  | Mechatronics technicians build, program and maintain systems that combine mechanics, electronics and software, such as robots and automated lines.
  | Mechatronici bouwen, programmeren en onderhouden systemen die mechanica, elektronica en software combineren, zoals robots en geautomatiseerde lijnen.
  E: @tech-basics program-plc install-control-systems control-engineering electronics assemble-machines
     troubleshoot-electrical-faults troubleshoot-mechanical-faults
  O: hydraulics-and-pneumatics repair-electronic-equipment program-in-python read-english
installation-technician | 7126 | | | installation technician; plumbing and heating technician; mechanical installer | installatiemonteur; monteur installatietechniek; installateur; ~installatiemonteur W
  | Installation technicians install and maintain water, gas, central heating and ventilation installations in homes and buildings.
  | Installatiemonteurs installeren en onderhouden water-, gas-, cv- en ventilatie-installaties in woningen en gebouwen.
  | Includes technicians for water, gas, central heating and ventilation installations. Excludes electricians and refrigeration technicians.
  | Omvat monteurs voor water-, gas-, cv- en ventilatie-installaties. Omvat niet elektromonteurs en koeltechnisch monteurs.
  E: @tech-basics @installation install-gas-installations install-sanitary-fixtures install-ventilation-systems
  O: service-boilers balance-heating-systems install-hybrid-heat-pumps braze-and-solder-metal show-initiative
     @customer-site work-at-height
plumber | 7126 | | | plumber; sanitary installer | loodgieter; sanitairinstallateur; ~loodgieter sanitair
  | Plumbers install and repair water supply, drainage and sanitary fixtures and fix leaks and blockages.
  | Loodgieters leggen waterleidingen, afvoeren en sanitair aan, repareren ze en verhelpen lekkages en verstoppingen.
  E: @tech-basics install-water-pipes join-pipes install-sanitary-fixtures plumbing-systems @customer-site
  O: install-gas-installations install-roofing braze-and-solder-metal
heating-technician | 7126 | ^installation-technician | | central heating technician; boiler technician; heating engineer | cv-monteur; servicemonteur cv; ketelmonteur
  | Central heating technicians install, service and repair boilers and heating systems and advise customers on their settings.
  | Cv-monteurs installeren, onderhouden en repareren cv-ketels en verwarmingssystemen en adviseren klanten over de instellingen.
  E: @tech-basics install-central-heating service-boilers install-gas-installations heating-and-cooling-systems
     troubleshoot-electrical-faults @customer-site
  O: balance-heating-systems install-hybrid-heat-pumps commission-installations drive-van
refrigeration-technician | 7127 | | | refrigeration technician; air conditioning technician; HVAC technician | koeltechnisch monteur; monteur koudetechniek; airco-monteur
  | Refrigeration technicians install, fill, test and repair cooling and air conditioning installations, handling refrigerants according to the F-gas rules.
  | Koeltechnisch monteurs installeren, vullen, testen en repareren koel- en airconditioninginstallaties en gaan volgens de F-gassenregels met koudemiddelen om.
  E: @tech-basics install-refrigeration-systems handle-refrigerants thermodynamics join-pipes braze-and-solder-metal
     electricity-principles commission-installations
  O: heat-pump-technology install-heat-pumps troubleshoot-electrical-faults @customer-site
car-mechanic | 7231 | | | car mechanic; automotive technician; motor vehicle mechanic | automonteur; autotechnicus; ~auto monteur
  | Car mechanics maintain and repair cars, diagnose faults with diagnostic equipment and advise customers.
  | Automonteurs onderhouden en repareren auto's, sporen storingen op met diagnoseapparatuur en adviseren klanten.
  E: @tech-basics maintain-vehicles diagnose-vehicle-faults repair-vehicle-electrics vehicle-technology
  O: work-on-high-voltage-vehicles serve-customers troubleshoot-electrical-faults electricity-principles repair-electric-drivetrains
truck-mechanic | 7231 | ^car-mechanic | | truck mechanic; heavy vehicle mechanic; commercial vehicle technician | bedrijfswagenmonteur; vrachtwagenmonteur; monteur bedrijfsauto's
  | Truck mechanics maintain and repair trucks, buses and trailers, including engines, air brakes and hydraulics.
  | Bedrijfswagenmonteurs onderhouden en repareren vrachtwagens, bussen en opleggers, waaronder motoren, luchtdrukremmen en hydrauliek.
  E: @tech-basics maintain-heavy-vehicles maintain-vehicles diagnose-vehicle-faults repair-vehicle-electrics vehicle-technology
     hydraulics-and-pneumatics
  O: weld-metal work-on-high-voltage-vehicles drive-truck
ev-technician | 7231 | | | electric vehicle technician; EV mechanic; hybrid vehicle technician | monteur elektrische voertuigen; EV-monteur; technicus elektrisch rijden; ~e-auto monteur
  | Electric vehicle technicians diagnose and repair electric and hybrid cars, including high-voltage systems, drivetrains and charging units.
  | Monteurs elektrische voertuigen diagnosticeren en repareren elektrische en hybride auto's, inclusief hoogvoltsystemen, aandrijflijnen en laadunits.
  E: @tech-basics work-on-high-voltage-vehicles repair-electric-drivetrains diagnose-vehicle-faults repair-vehicle-electrics
     vehicle-technology electricity-principles
  O: ev-charging-technology energy-storage maintain-vehicles read-english
bicycle-mechanic | 7234 | | | bicycle mechanic; bike repairer; e-bike technician | fietsenmaker; fietstechnicus; ~fietsenmaker e-bikes
  | Bicycle mechanics sell, assemble, service and repair bicycles and e-bikes and advise customers.
  | Fietsenmakers verkopen, monteren, onderhouden en repareren fietsen en e-bikes en adviseren klanten.
  E: repair-bicycles use-hand-tools serve-customers solve-problems work-safely speak-dutch
  O: advise-customers-on-products operate-cash-register electricity-principles sell-products repair-electric-drivetrains
carpenter | 7115 | | | carpenter; joiner; construction carpenter | timmerman; bouwtimmerman; ~timmerlieden
  | Carpenters make and install timber frames, floors, roofs, stairs and fittings in new buildings and renovations.
  | Timmerlieden maken en plaatsen houten kozijnen, vloeren, daken, trappen en betimmeringen in nieuwbouw en renovatie.
  E: @tech-basics carpentry building-construction work-at-height lift-heavy-loads
  O: install-insulation finish-interiors install-roofing building-regulations
bricklayer | 7112 | | | bricklayer; mason | metselaar
  | Bricklayers build walls and facades of bricks and blocks according to drawings.
  | Metselaars bouwen muren en gevels van stenen en blokken volgens tekening.
  E: @tech-basics lay-bricks building-construction work-at-height lift-heavy-loads work-physically-demanding
  O: install-insulation
roofer | 7121 | | | roofer; roofing worker; flat roof installer | dakdekker; dakdekker platte daken; ~dakdekken
  | Roofers cover and repair pitched and flat roofs and make them watertight and insulated.
  | Dakdekkers bedekken en repareren hellende en platte daken en maken ze waterdicht en geïsoleerd.
  E: @tech-basics install-roofing work-at-height building-construction lift-heavy-loads work-physically-demanding
  O: install-insulation mount-solar-mounting-systems install-solar-panels
insulation-installer | 7124 | | | insulation installer; insulation worker; home insulation fitter | isolatiemonteur; isoleerder; ~na-isolatie monteur
  | Insulation installers insulate cavity walls, floors and roofs of homes and buildings to reduce energy use.
  | Isolatiemonteurs isoleren spouwmuren, vloeren en daken van woningen en gebouwen om het energiegebruik te verlagen.
  E: @tech-basics install-insulation building-construction energy-performance-of-buildings work-physically-demanding
  O: work-at-height reduce-waste-and-energy-use serve-customers
mechanical-engineer | 2144 | | r | mechanical engineer; design engineer; machine designer | werktuigbouwkundige; werktuigbouwkundig ingenieur; ontwerper werktuigbouw; ~werktuigbouwkundig engineer
  | Mechanical engineers design and calculate machines, products and installations and guide them from concept to production.
  | Werktuigbouwkundigen ontwerpen en berekenen machines, producten en installaties en begeleiden ze van concept tot productie.
  E: @engineering design-machines thermodynamics metal-properties
  O: perform-simulations hydraulics-and-pneumatics lean-manufacturing quality-standards
mechanical-drafter | 3118 | | | mechanical drafter; CAD draughtsman; technical draughtsperson | werktuigbouwkundig tekenaar; tekenaar-constructeur; CAD-tekenaar
  | Mechanical drafters make technical drawings and 3D models of parts and assemblies with CAD software.
  | Tekenaar-constructeurs maken technische tekeningen en 3D-modellen van onderdelen en samenstellingen met CAD-software.
  E: create-technical-drawings read-technical-drawings tolerances-and-fits mechanical-engineering
     pay-attention-to-detail use-digital-devices speak-dutch
  O: perform-engineering-calculations design-machines prepare-technical-work
electrical-engineer | 2151 | | r | electrical engineer; electrical design engineer | elektrotechnisch ingenieur; elektrotechnicus; ingenieur elektrotechniek
  | Electrical engineers design power systems, electrical installations and machines and supervise their realisation.
  | Elektrotechnisch ingenieurs ontwerpen energiesystemen, elektrische installaties en machines en begeleiden de realisatie.
  E: @engineering design-electrical-systems electrical-engineering electricity-principles
     electrical-installation-standards
  O: distribution-grids control-engineering renewable-energy-technologies perform-simulations
building-services-engineer | 3112 | | | building services engineer; HVAC designer | installatieadviseur; werktuigbouwkundig installatieontwerper
  | Building services engineers design heating, cooling, ventilation and water installations for buildings.
  | Installatieadviseurs ontwerpen verwarmings-, koel-, ventilatie- en waterinstallaties voor gebouwen.
  E: design-building-services heating-and-cooling-systems calculate-heat-loss building-regulations
     create-technical-drawings perform-engineering-calculations write-reports speak-dutch
  O: heat-pump-technology energy-performance-of-buildings manage-projects
technical-work-planner | 3123 | | | technical work planner; job planner; installation work planner | werkvoorbereider; werkvoorbereider installatietechniek; technisch werkvoorbereider
  | Technical work planners turn designs into work plans, material lists and schedules and coordinate the work on site.
  | Werkvoorbereiders vertalen ontwerpen naar werkplannen, materiaallijsten en planningen en coördineren het werk op locatie.
  E: prepare-technical-work read-technical-drawings plan-and-organise-work purchase-goods use-office-software
     communicate-clearly speak-dutch
  O: create-technical-drawings manage-projects building-regulations
process-operator | 3133 | | | process operator; control room operator; chemical plant operator | procesoperator; operator procesindustrie; ~operator A
  | Process operators monitor and control installations in the chemical, food or energy industry from the control room and in the field.
  | Procesoperators bewaken en besturen installaties in de chemische, voedingsmiddelen- of energie-industrie vanuit de controlekamer en in het veld.
  E: control-process-installations operate-production-line work-safely apply-vca-safety pay-attention-to-detail
     report-technical-work work-in-team speak-dutch
  O: control-engineering hydrogen-technology maintain-machinery act-in-emergency
production-operator | 8121 | | | production operator; machine operator; metal production worker | productiemedewerker; machineoperator; operator metaal
  | Production operators run and monitor production machines, check product quality and solve simple faults.
  | Productiemedewerkers bedienen en bewaken productiemachines, controleren de productkwaliteit en lossen eenvoudige storingen op.
  E: operate-production-line perform-quality-inspection work-safely read-work-instructions work-in-team
     work-physically-demanding
  O: set-up-machine-tools use-pallet-truck lean-manufacturing
assembly-worker | 8211 | | | assembly worker; mechanical assembler | assemblagemedewerker; monteur assemblage
  | Assembly workers put together machines and products from parts according to drawings and instructions.
  | Assemblagemedewerkers bouwen machines en producten uit onderdelen samen volgens tekening en instructie.
  E: assemble-machines read-technical-drawings use-hand-tools use-power-tools read-work-instructions
     perform-quality-inspection work-safely
  O: operate-production-line
quality-inspector | 7543 | | | quality inspector; quality controller; QC inspector | kwaliteitscontroleur; kwaliteitsinspecteur
  | Quality inspectors check materials and products against specifications and record and report deviations.
  | Kwaliteitscontroleurs controleren materialen en producten aan de hand van specificaties en leggen afwijkingen vast.
  E: perform-quality-inspection use-measuring-instruments read-technical-drawings tolerances-and-fits
     quality-standards write-reports pay-attention-to-detail
  O: inspect-welds statistics
"""
