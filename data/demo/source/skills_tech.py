"""Skills and knowledge of metal, mechanical, electrical and installation
work, construction and engineering.  Format: see __init__.py."""

SKILLS = """
[s-tech]
read-technical-drawings | SC | | read technical drawings; interpret engineering drawings; read blueprints | technische tekeningen lezen; werktekeningen interpreteren; bouwtekeningen lezen
  | Read dimensions, tolerances, symbols and views on technical drawings and apply them to the work.
  | Maten, toleranties, symbolen en aanzichten op technische tekeningen lezen en in het werk toepassen.
read-electrical-diagrams | SS | ^read-technical-drawings | read electrical diagrams; interpret wiring diagrams; read schematics | elektrische schema's lezen; bedradingsschema's interpreteren
  | Understand electrical schematics, wiring diagrams and single-line diagrams.
  | Elektrische schema's, bedradingsschema's en eenlijnschema's begrijpen.
use-measuring-instruments | SC | | use measuring instruments; measure with calipers and micrometers | meetinstrumenten gebruiken; meten met schuifmaat en micrometer
  | Measure lengths, diameters, angles and flatness accurately with the right instruments.
  | Lengtes, diameters, hoeken en vlakheid nauwkeurig meten met de juiste instrumenten.
work-at-height | SC | | work safely at height; use ladders, scaffolds and fall protection | veilig werken op hoogte; ladders, steigers en valbeveiliging gebruiken
  | Work on roofs, ladders, scaffolds and aerial platforms using fall protection.
  | Werken op daken, ladders, steigers en hoogwerkers met valbeveiliging.
apply-vca-safety | SC | | apply VCA safety rules; work according to the VCA safety checklist; ~VCA basis | VCA-veiligheidsregels toepassen; werken volgens VCA; ~VCA-diploma
  | Recognise risks on technical work sites and work according to the VCA safety rules.
  | Risico's op technische werkplekken herkennen en werken volgens de VCA-veiligheidsregels.
perform-quality-inspection | SC | | inspect product quality; perform quality checks | productkwaliteit inspecteren; kwaliteitscontroles uitvoeren
  | Check products and work against specifications and record deviations.
  | Producten en werk controleren aan de hand van specificaties en afwijkingen vastleggen.
report-technical-work | SC | | report on technical work; fill in work orders and service reports | technisch werk rapporteren; werkbonnen en servicerapporten invullen
  | Record the work done, materials used and findings in work orders and reports.
  | Het uitgevoerde werk, de gebruikte materialen en bevindingen vastleggen in werkbonnen en rapporten.
[s-tech-welding]
weld-metal | SS | | weld metal; join metal parts by welding; ~lassen | metaal lassen; metalen delen verbinden door lassen; ~welding
  | Join metal parts by melting them together with a welding process suited to the material.
  | Metalen delen verbinden door ze samen te smelten met een lasproces dat bij het materiaal past.
  | Includes fusion welding of steel, stainless steel and aluminium. Excludes brazing and soldering.
  | Omvat smeltlassen van staal, roestvast staal en aluminium. Omvat niet hardsolderen en solderen.
weld-mig-mag | SS | ^weld-metal | MIG/MAG welding; gas metal arc welding; ~CO2-lassen | MIG/MAG-lassen; lassen met beschermgas; ~CO2-lassen
  | Weld steel and aluminium with a wire-fed gas metal arc welding process.
  | Staal en aluminium lassen met een draadgevoed booglasproces onder beschermgas.
weld-tig | SS | ^weld-metal | TIG welding; tungsten inert gas welding | TIG-lassen; wolfraam-inertgaslassen
  | Weld stainless steel, aluminium and thin material with a tungsten electrode and inert gas.
  | Roestvast staal, aluminium en dun materiaal lassen met een wolfraamelektrode en inert gas.
weld-mma | SS | ^weld-metal | manual metal arc welding; stick welding; electrode welding | elektrodelassen; handlassen met beklede elektrode
  | Weld with coated electrodes, for example on construction sites and in repairs.
  | Lassen met beklede elektroden, bijvoorbeeld op bouwplaatsen en bij reparaties.
inspect-welds | SS | | inspect welds; check weld quality; visual weld inspection | lassen inspecteren; laskwaliteit controleren
  | Check welds for cracks, porosity and dimensions visually and with simple tests.
  | Lasnaden visueel en met eenvoudige tests controleren op scheuren, porositeit en afmetingen.
read-welding-procedures | SS | | work to welding procedure specifications; read a WPS | werken volgens lasmethodebeschrijvingen; een WPS lezen
  | Apply the parameters of a welding procedure specification.
  | De parameters van een lasmethodebeschrijving (WPS) toepassen.
braze-and-solder-metal | SS | | braze and solder metal; hard soldering | hardsolderen en zachtsolderen van metaal
  | Join metal parts with a filler metal that melts below the parent metal.
  | Metalen delen verbinden met een soldeer dat onder het smeltpunt van het basismateriaal smelt.
cut-metal | SC | | cut metal; cut with plasma, oxyfuel and saws | metaal snijden; plasmasnijden en autogeen snijden
  | Cut metal sheets, profiles and pipes with saws, shears, plasma or oxyfuel equipment.
  | Metalen platen, profielen en buizen snijden met zagen, scharen, plasma- of autogene apparatuur.
grind-and-finish-metal | SS | | grind and finish metal surfaces; deburr | metaal slijpen en afwerken; ontbramen
  | Grind, deburr and polish metal parts to the required finish.
  | Metalen delen slijpen, ontbramen en polijsten tot de vereiste afwerking.
bend-and-form-sheet-metal | SS | | bend and form sheet metal; operate a press brake | plaatmateriaal zetten en vormen; kantbank bedienen
  | Shape sheet metal with press brakes, rolls and hand tools.
  | Plaatmateriaal vormen met kantbanken, walsen en handgereedschap.
assemble-steel-structures | SS | | assemble steel structures; erect steel frames | staalconstructies samenbouwen; stalen frames monteren
  | Fit, bolt and tack-weld beams and plates into steel structures.
  | Balken en platen passen, bouten en hechten tot staalconstructies.
[s-tech-machining]
set-up-machine-tools | SS | | set up machine tools; prepare machines for production | werktuigmachines instellen; machines voorbereiden voor productie
  | Mount tools and workpieces, set zero points and check the first product.
  | Gereedschappen en werkstukken opspannen, nulpunten instellen en het eerste product controleren.
operate-cnc-lathe | SS | | operate a CNC lathe; CNC turning | CNC-draaibank bedienen; CNC-draaien
  | Produce turned parts on a computer-controlled lathe.
  | Draaiwerk maken op een computergestuurde draaibank.
operate-cnc-milling-machine | SS | | operate a CNC milling machine; CNC milling | CNC-freesmachine bedienen; CNC-frezen
  | Produce milled parts on a computer-controlled milling machine or machining centre.
  | Freeswerk maken op een computergestuurde freesmachine of bewerkingscentrum.
program-cnc-machines | SS | | program CNC machines; write G-code; ~NC programming | CNC-machines programmeren; G-code schrijven; ~NC-programmeren
  | Write and optimise programs for CNC machines, by hand or with CAM software.
  | Programma's voor CNC-machines schrijven en optimaliseren, met de hand of met CAM-software.
use-cam-software | SS | d ^program-cnc-machines | use CAM software; computer-aided manufacturing | CAM-software gebruiken; computerondersteund produceren
  | Generate tool paths and machine programs from 3D models with CAM software.
  | Gereedschapsbanen en machineprogramma's genereren uit 3D-modellen met CAM-software.
operate-conventional-machines | SS | | operate conventional lathes and milling machines; manual machining | conventionele draai- en freesbanken bedienen; conventioneel verspanen
  | Turn, mill and drill parts on manually operated machines.
  | Onderdelen draaien, frezen en boren op handbediende machines.
[s-tech-mech]
maintain-machinery | SS | | maintain machinery; perform preventive maintenance | machines onderhouden; preventief onderhoud uitvoeren
  | Inspect, clean, lubricate and replace parts of machines according to a maintenance schedule.
  | Machines inspecteren, reinigen, smeren en onderdelen vervangen volgens een onderhoudsschema.
troubleshoot-mechanical-faults | SS | | diagnose and repair mechanical faults; find mechanical failures | mechanische storingen opsporen en verhelpen; storingsdiagnose
  | Find the cause of breakdowns in mechanical equipment and repair them.
  | De oorzaak van storingen in mechanische apparatuur vinden en die verhelpen.
assemble-machines | SS | | assemble machines and mechanical parts; mechanical assembly | machines en mechanische onderdelen monteren; mechanische montage
  | Fit parts, bearings, shafts and drives together according to drawings and instructions.
  | Onderdelen, lagers, assen en aandrijvingen samenbouwen volgens tekening en instructie.
install-hydraulic-and-pneumatic-systems | SS | | install and repair hydraulic and pneumatic systems | hydraulische en pneumatische systemen installeren en repareren
  | Fit, adjust and repair cylinders, valves, pumps and piping of hydraulic and pneumatic systems.
  | Cilinders, ventielen, pompen en leidingen van hydraulische en pneumatische systemen monteren, afstellen en repareren.
align-and-balance-drives | SO | | align shafts and balance drives; laser alignment | assen uitlijnen en aandrijvingen balanceren; laseruitlijnen
  | Align couplings and balance rotating parts to prevent vibration and wear.
  | Koppelingen uitlijnen en roterende delen balanceren om trillingen en slijtage te voorkomen.
operate-production-line | SS | | operate a production line; run production machines | een productielijn bedienen; productiemachines bedienen
  | Start, monitor and adjust machines on a production line and solve simple faults.
  | Machines op een productielijn starten, bewaken en bijstellen en eenvoudige storingen oplossen.
control-process-installations | SS | | control process installations; operate a control room | procesinstallaties besturen; controlekamer bedienen
  | Monitor and control chemical or food process installations from a control room.
  | Chemische of levensmiddelenprocesinstallaties bewaken en besturen vanuit een controlekamer.
[s-tech-elec]
install-electrical-wiring | SS | | install electrical wiring; lay cables and wires; wire buildings | elektrische bedrading aanleggen; kabels en leidingen trekken
  | Lay cables, conduits and wiring in buildings according to the installation plan.
  | Kabels, buizen en bedrading in gebouwen aanleggen volgens het installatieplan.
install-distribution-boards | SS | ^install-electrical-wiring | install distribution boards; connect fuse boxes; ~groepenkast | groepenkasten installeren; verdeelinrichtingen aansluiten; ~meterkast
  | Mount and connect distribution boards, circuit breakers and residual current devices.
  | Groepenkasten, installatieautomaten en aardlekschakelaars monteren en aansluiten.
test-electrical-installations | SS | | test and inspect electrical installations; measure insulation resistance | elektrische installaties testen en inspecteren; isolatieweerstand meten
  | Measure insulation, earthing and protection and document that an installation is safe.
  | Isolatie, aarding en beveiliging meten en vastleggen dat een installatie veilig is.
troubleshoot-electrical-faults | SS | | find and repair electrical faults; electrical troubleshooting | elektrische storingen zoeken en verhelpen; storingzoeken
  | Locate faults in electrical circuits with meters and diagrams and repair them.
  | Storingen in elektrische circuits opsporen met meters en schema's en die verhelpen.
work-on-live-installations-safely | SS | | work safely on electrical installations; apply NEN 3140; ~VOP | veilig werken aan elektrische installaties; NEN 3140 toepassen; ~VP
  | Apply the rules for safe operation of and work on electrical installations.
  | De regels voor veilige bedrijfsvoering van en werkzaamheden aan elektrische installaties toepassen.
program-plc | SS | d | program PLCs; programmable logic controller programming | PLC's programmeren; PLC-programmeren
  | Write, test and modify programs for programmable logic controllers.
  | Programma's voor programmeerbare logische besturingen schrijven, testen en aanpassen.
install-control-systems | SS | | install and commission control systems; industrial automation | besturingssystemen installeren en in bedrijf stellen; industriële automatisering
  | Wire, configure and commission sensors, drives and controls in automated installations.
  | Sensoren, aandrijvingen en besturingen in geautomatiseerde installaties bedraden, configureren en in bedrijf stellen.
repair-electronic-equipment | SS | | repair electronic equipment; solder electronic components | elektronische apparatuur repareren; elektronische componenten solderen
  | Diagnose electronic boards and replace or solder components.
  | Elektronische printplaten diagnosticeren en componenten vervangen of solderen.
install-home-automation | SS | d | install home automation and smart home systems; domotics | domotica en slimme huissystemen installeren; domotica
  | Install and configure smart lighting, sensors and controls in homes and buildings.
  | Slimme verlichting, sensoren en bediening in woningen en gebouwen installeren en configureren.
[s-tech-install]
install-water-pipes | SS | | install water supply and drainage pipes; plumbing | water- en afvoerleidingen aanleggen; loodgieterswerk
  | Cut, bend and join pipes for drinking water, waste water and rainwater.
  | Buizen voor drinkwater, afvalwater en hemelwater snijden, buigen en verbinden.
join-pipes | SS | | join pipes by soldering, pressing and threading; pipe fitting | leidingen verbinden door solderen, persen en draadsnijden
  | Make tight pipe connections in copper, steel and plastic.
  | Dichte leidingverbindingen maken in koper, staal en kunststof.
install-sanitary-fixtures | SS | | install sanitary fixtures; fit toilets, sinks and showers | sanitair installeren; toiletten, wastafels en douches plaatsen
  | Place and connect toilets, basins, showers and taps.
  | Toiletten, wastafels, douches en kranen plaatsen en aansluiten.
install-gas-installations | SS | | install and test gas installations; gas safety | gasinstallaties aanleggen en beproeven; gasveiligheid
  | Lay gas pipes, connect appliances and test for leaks according to the regulations.
  | Gasleidingen aanleggen, toestellen aansluiten en op lekkage beproeven volgens de voorschriften.
install-central-heating | SS | | install central heating systems; fit boilers and radiators; ~cv | centrale verwarming installeren; cv-ketels en radiatoren plaatsen; ~cv-installatie
  | Install boilers, radiators, underfloor heating and piping of central heating systems.
  | Cv-ketels, radiatoren, vloerverwarming en leidingen van centrale verwarmingssystemen installeren.
service-boilers | SS | ^install-central-heating | service and repair boilers; boiler maintenance | cv-ketels onderhouden en repareren; ketelonderhoud
  | Clean, adjust and repair gas boilers and check flue gases.
  | Gasketels reinigen, afstellen en repareren en rookgassen controleren.
install-ventilation-systems | SS | | install ventilation systems; fit mechanical ventilation and heat recovery | ventilatiesystemen installeren; mechanische ventilatie en warmteterugwinning aanleggen
  | Install ducts, fans and heat recovery units and adjust air flows.
  | Kanalen, ventilatoren en warmteterugwinunits installeren en luchthoeveelheden inregelen.
install-refrigeration-systems | SS | | install and maintain refrigeration and air conditioning systems | koel- en airconditioningsystemen installeren en onderhouden
  | Install, fill, test and repair cooling and air conditioning installations.
  | Koel- en airconditioninginstallaties installeren, vullen, testen en repareren.
handle-refrigerants | SS | g | handle refrigerants safely; F-gas certified work; ~F-gassen | veilig omgaan met koudemiddelen; F-gassen-gecertificeerd werken; ~STEK
  | Recover, charge and leak-test refrigerants according to the F-gas regulation.
  | Koudemiddelen terugwinnen, vullen en op lekkage testen volgens de F-gassenverordening.
commission-installations | SS | | commission and hand over installations; start up installations | installaties in bedrijf stellen en opleveren; installaties opstarten
  | Start up a new installation, check its settings and explain its use to the customer.
  | Een nieuwe installatie opstarten, de instellingen controleren en het gebruik aan de klant uitleggen.
[s-tech-build]
carpentry | SS | | do carpentry; build timber structures; woodworking | timmeren; houtconstructies maken; houtbewerking
  | Measure, saw and join wood to build frames, floors, roofs and fittings.
  | Hout meten, zagen en verbinden tot kozijnen, vloeren, daken en betimmeringen.
lay-bricks | SO | | lay bricks; bricklaying; build masonry walls | metselen; muren metselen
  | Build walls from bricks or blocks with mortar, straight and level.
  | Muren van stenen of blokken met mortel recht en waterpas metselen.
install-roofing | SS | | install roof coverings; roofing; lay roof tiles and bitumen | dakbedekking aanbrengen; dakdekken; dakpannen en bitumen leggen
  | Cover pitched and flat roofs with tiles, bitumen or other materials and make them watertight.
  | Hellende en platte daken bedekken met pannen, bitumen of andere materialen en waterdicht maken.
install-insulation | SS | g | install thermal insulation; insulate walls, floors and roofs | thermische isolatie aanbrengen; muren, vloeren en daken isoleren
  | Apply insulation materials to buildings to reduce heat loss.
  | Isolatiematerialen in gebouwen aanbrengen om warmteverlies te beperken.
finish-interiors | SS | | finish interiors; install drywall and ceilings | afbouwen; gipswanden en plafonds plaatsen
  | Install drywall, ceilings and other interior finishes.
  | Gipswanden, plafonds en andere binnenafwerking plaatsen.
[s-tech-vehicle]
diagnose-vehicle-faults | SS | d | diagnose vehicle faults; read out vehicle diagnostics | voertuigstoringen diagnosticeren; voertuigen uitlezen
  | Read out fault codes and test systems to find the cause of vehicle problems.
  | Foutcodes uitlezen en systemen testen om de oorzaak van voertuigproblemen te vinden.
maintain-vehicles | SS | | service and maintain vehicles; perform car maintenance | voertuigen onderhouden; auto-onderhoud uitvoeren
  | Carry out periodic maintenance on engines, brakes, tyres and fluids.
  | Periodiek onderhoud uitvoeren aan motor, remmen, banden en vloeistoffen.
repair-vehicle-electrics | SS | | repair vehicle electrical systems; auto electrics | elektrische systemen van voertuigen repareren; autotechniek elektra
  | Repair lighting, wiring, sensors and control units in vehicles.
  | Verlichting, bedrading, sensoren en regeleenheden in voertuigen repareren.
work-on-high-voltage-vehicles | SS | g ^repair-vehicle-electrics | work safely on electric and hybrid vehicles; high-voltage vehicle safety | veilig werken aan elektrische en hybride voertuigen; hoogvoltveiligheid voertuigen
  | Make high-voltage systems of electric vehicles safe before working on them.
  | Hoogvoltsystemen van elektrische voertuigen spanningsloos en veilig maken voordat eraan gewerkt wordt.
repair-electric-drivetrains | SO | g ^repair-vehicle-electrics | diagnose and repair electric drivetrains and traction batteries; EV repair | elektrische aandrijflijnen en tractiebatterijen diagnosticeren en repareren; EV-reparatie
  | Test and repair electric motors, power electronics, charging units and traction batteries of electric vehicles.
  | Elektromotoren, vermogenselektronica, laadunits en tractiebatterijen van elektrische voertuigen testen en repareren.
maintain-heavy-vehicles | SO | ^maintain-vehicles | maintain trucks, buses and trailers; heavy vehicle maintenance | vrachtwagens, bussen en opleggers onderhouden; onderhoud bedrijfswagens
  | Service and repair engines, air brakes, suspension and hydraulics of heavy vehicles.
  | Motoren, luchtdrukremmen, vering en hydrauliek van zware voertuigen onderhouden en repareren.
repair-bicycles | SO | | repair bicycles and e-bikes; bicycle maintenance | fietsen en e-bikes repareren; fietsonderhoud
  | Service and repair bicycles and electric bicycles, including gears, brakes, motors and batteries.
  | Fietsen en elektrische fietsen onderhouden en repareren, inclusief versnellingen, remmen, motoren en accu's.
[s-tech-design]
create-technical-drawings | SS | d | create technical drawings with CAD; draft in CAD; ~AutoCAD | technische tekeningen maken met CAD; tekenen in CAD
  | Produce 2D drawings and 3D models of parts and installations with CAD software.
  | 2D-tekeningen en 3D-modellen van onderdelen en installaties maken met CAD-software.
design-machines | SS | | design machines and mechanical products; mechanical design | machines en mechanische producten ontwerpen; mechanisch ontwerpen
  | Design mechanical products and machines that meet requirements for function, cost and safety.
  | Mechanische producten en machines ontwerpen die voldoen aan eisen voor functie, kosten en veiligheid.
perform-engineering-calculations | SS | | perform engineering calculations; strength calculations | technische berekeningen maken; sterkteberekeningen
  | Calculate forces, stresses, flows and heat loads to dimension parts and systems.
  | Krachten, spanningen, stromingen en warmtelasten berekenen om onderdelen en systemen te dimensioneren.
perform-simulations | SS | d r ^perform-engineering-calculations | run engineering simulations; finite element analysis | technische simulaties uitvoeren; eindige-elementenanalyse
  | Simulate behaviour of designs with finite element and flow software.
  | Het gedrag van ontwerpen simuleren met eindige-elementen- en stromingssoftware.
design-electrical-systems | SS | | design electrical installations and systems | elektrische installaties en systemen ontwerpen
  | Design electrical installations and power systems and select components.
  | Elektrische installaties en energiesystemen ontwerpen en componenten selecteren.
design-building-services | SS | | design building services installations; design HVAC systems | installaties in gebouwen ontwerpen; klimaatinstallaties ontwerpen
  | Design heating, cooling, ventilation and water installations for buildings.
  | Verwarmings-, koel-, ventilatie- en waterinstallaties voor gebouwen ontwerpen.
prepare-technical-work | SS | | prepare technical work; make work plans and material lists; ~werkvoorbereiding | technisch werk voorbereiden; werkplannen en materiaallijsten maken; ~werkvoorbereiding
  | Translate a design into work plans, planning and material lists for the work floor.
  | Een ontwerp vertalen naar werkplannen, planning en materiaallijsten voor de werkvloer.
[k-eng-mech]
metal-properties | KS | | metals and their properties; types of steel and aluminium | metalen en hun eigenschappen; staal- en aluminiumsoorten
  | The properties, grades and behaviour of steel, stainless steel, aluminium and other metals.
  | De eigenschappen, soorten en het gedrag van staal, roestvast staal, aluminium en andere metalen.
welding-techniques | KS | | welding techniques; welding processes | lastechnieken; lasprocessen
  | Welding processes, their equipment, parameters and applications.
  | Lasprocessen, de bijbehorende apparatuur, parameters en toepassingen.
machining-techniques | KS | | machining techniques; cutting technology | verspaningstechnieken; verspaningstechnologie
  | Turning, milling and drilling methods, cutting tools and cutting data.
  | Draai-, frees- en boormethoden, snijgereedschappen en snijgegevens.
mechanical-engineering | KS | r | mechanical engineering; mechanics | werktuigbouwkunde; mechanica
  | The principles of forces, motion, machine parts and the design of mechanical systems.
  | De principes van krachten, beweging, machineonderdelen en het ontwerp van mechanische systemen.
hydraulics-and-pneumatics | KS | | hydraulics and pneumatics; fluid power | hydrauliek en pneumatiek
  | How liquids and compressed air transmit power in machines.
  | Hoe vloeistoffen en perslucht kracht overbrengen in machines.
tolerances-and-fits | KS | | tolerances and fits; geometrical tolerancing | toleranties en passingen; vorm- en plaatstoleranties
  | Systems for tolerances and fits and how to read them on drawings.
  | Systemen voor toleranties en passingen en hoe die op tekeningen te lezen.
thermodynamics | KS | r | thermodynamics; heat transfer | thermodynamica; warmteoverdracht
  | The laws of heat, work and energy and how heat is transferred.
  | De wetten van warmte, arbeid en energie en hoe warmte wordt overgedragen.
lean-manufacturing | KC | | lean manufacturing; continuous improvement; ~lean six sigma | lean produceren; continu verbeteren; ~lean
  | Methods to reduce waste and improve flow in production processes.
  | Methoden om verspilling te verminderen en de doorstroming van productieprocessen te verbeteren.
quality-standards | KC | | quality management standards; ISO 9001 | kwaliteitsmanagementnormen; ISO 9001
  | Standards and systems for quality management and certification.
  | Normen en systemen voor kwaliteitsmanagement en certificering.
vehicle-technology | KS | | vehicle technology; automotive engineering | voertuigtechniek; autotechniek
  | How engines, transmissions, brakes and electronic systems of vehicles work.
  | Hoe motoren, transmissies, remmen en elektronische systemen van voertuigen werken.
[k-eng-elec]
electricity-principles | KC | | electricity principles; electrical engineering basics | principes van elektriciteit; basis elektrotechniek
  | Voltage, current, resistance and power, AC and DC circuits and their safety.
  | Spanning, stroom, weerstand en vermogen, wissel- en gelijkstroomcircuits en de veiligheid daarvan.
electrical-installation-standards | KS | | electrical installation standards; NEN 1010; NEN 3140 | normen voor elektrische installaties; NEN 1010; NEN 3140
  | The standards for the design, installation and safe operation of low-voltage installations.
  | De normen voor het ontwerp, de aanleg en de veilige bedrijfsvoering van laagspanningsinstallaties.
electronics | KS | | electronics; electronic components and circuits | elektronica; elektronische componenten en schakelingen
  | Electronic components, circuits and how they process signals and power.
  | Elektronische componenten, schakelingen en hoe zij signalen en vermogen verwerken.
control-engineering | KS | | control engineering; automation technology | regeltechniek; automatiseringstechniek
  | Sensors, actuators, controllers and control loops in automated systems.
  | Sensoren, actuatoren, regelaars en regelkringen in geautomatiseerde systemen.
electrical-engineering | KS | r | electrical engineering; power engineering | elektrotechniek; energietechniek
  | The design and analysis of electrical machines, power systems and networks.
  | Het ontwerp en de analyse van elektrische machines, energiesystemen en netwerken.
[k-eng-build]
building-regulations | KS | +k-law | building regulations; building code; ~Bouwbesluit; ~BBL | bouwregelgeving; bouwvoorschriften; ~Bouwbesluit; ~Besluit bouwwerken leefomgeving
  | The rules for the safety, health, usability and energy performance of buildings.
  | De regels voor veiligheid, gezondheid, bruikbaarheid en energieprestatie van gebouwen.
building-construction | KS | | building construction; construction methods | bouwkunde; bouwmethoden
  | How buildings are constructed: foundations, walls, floors, roofs and materials.
  | Hoe gebouwen worden gebouwd: funderingen, muren, vloeren, daken en materialen.
heating-and-cooling-systems | KS | | heating, ventilation and cooling systems; HVAC | verwarmings-, ventilatie- en koelsystemen; klimaattechniek
  | How heating, ventilation, cooling and hot water systems in buildings work.
  | Hoe verwarmings-, ventilatie-, koel- en warmwatersystemen in gebouwen werken.
plumbing-systems | KS | | plumbing systems; water supply and drainage | sanitaire systemen; waterleiding en riolering
  | Drinking water, waste water and sanitary installations and their standards.
  | Drinkwater-, afvalwater- en sanitaire installaties en de normen daarvoor.
"""

SKILL_RELATIONS = """
weld-metal -> welding-techniques essential
weld-metal -> metal-properties optional
inspect-welds -> welding-techniques essential
program-cnc-machines -> machining-techniques essential
operate-cnc-lathe -> tolerances-and-fits optional
operate-cnc-milling-machine -> tolerances-and-fits optional
install-hydraulic-and-pneumatic-systems -> hydraulics-and-pneumatics essential
install-electrical-wiring -> electricity-principles essential
install-distribution-boards -> electrical-installation-standards essential
test-electrical-installations -> electrical-installation-standards essential
program-plc -> control-engineering essential
install-control-systems -> control-engineering essential
repair-electronic-equipment -> electronics essential
install-central-heating -> heating-and-cooling-systems essential
install-refrigeration-systems -> handle-refrigerants essential
install-refrigeration-systems -> thermodynamics optional
design-machines -> mechanical-engineering essential
design-electrical-systems -> electrical-engineering essential
design-building-services -> heating-and-cooling-systems essential
install-water-pipes -> plumbing-systems essential
work-on-high-voltage-vehicles -> electricity-principles essential
"""
