"""Skills and knowledge of the energy transition: heat pumps, solar and
wind, grids and charging, energy advice.  Format: see __init__.py."""

SKILLS = """
[s-energy-heat]
install-heat-pumps | SS | g | install heat pumps; fit air-to-water and ground-source heat pumps; ~warmtepomp installeren | warmtepompen installeren; lucht-waterwarmtepompen en bodemwarmtepompen plaatsen; ~warmtepomp plaatsen
  | Place, connect and fill heat pumps and their indoor and outdoor units according to the design.
  | Warmtepompen met hun binnen- en buitendelen plaatsen, aansluiten en vullen volgens het ontwerp.
  | Includes placing and connecting the units and piping. Excludes designing the heating system.
  | Omvat het plaatsen en aansluiten van de units en leidingen. Omvat niet het ontwerpen van het verwarmingssysteem.
install-hybrid-heat-pumps | SO | g ^install-heat-pumps | install hybrid heat pumps; combine a heat pump with a boiler | hybride warmtepompen installeren; warmtepomp combineren met cv-ketel
  | Connect a heat pump to an existing central heating boiler and set up the control.
  | Een warmtepomp aansluiten op een bestaande cv-ketel en de regeling instellen.
commission-heat-pumps | SO | g | commission and tune heat pump systems; set heat curves | warmtepompsystemen in bedrijf stellen en afstellen; stooklijnen instellen
  | Start up a heat pump system, set heating curves and check efficiency and noise.
  | Een warmtepompsysteem opstarten, stooklijnen instellen en rendement en geluid controleren.
service-heat-pumps | SO | g | maintain and repair heat pumps; diagnose heat pump faults | warmtepompen onderhouden en repareren; storingen aan warmtepompen verhelpen
  | Carry out maintenance on heat pumps and find and solve faults in the refrigerant and water circuits.
  | Onderhoud aan warmtepompen uitvoeren en storingen in het koudemiddel- en watercircuit opsporen en verhelpen.
balance-heating-systems | SS | g | balance heating systems hydraulically; hydronic balancing; ~waterzijdig inregelen | verwarmingssystemen waterzijdig inregelen; hydraulisch balanceren
  | Adjust flows in radiators and floor heating so every room gets the heat it needs at low temperature.
  | Debieten in radiatoren en vloerverwarming zo afstellen dat elke ruimte op lage temperatuur de benodigde warmte krijgt.
calculate-heat-loss | SS | g | calculate the heat loss of a building; heat load calculation | het warmteverlies van een gebouw berekenen; warmteverliesberekening
  | Calculate the heat demand of rooms and buildings to size heating systems.
  | De warmtevraag van ruimten en gebouwen berekenen om verwarmingssystemen te dimensioneren.
install-solar-water-heaters | SO | g | install solar water heaters; solar thermal systems | zonneboilers installeren; zonthermische systemen
  | Mount solar thermal collectors and connect them to a storage tank.
  | Zonnecollectoren monteren en aansluiten op een voorraadvat.
connect-district-heating | SO | g | connect buildings to district heating; install heat network connections | gebouwen aansluiten op een warmtenet; warmtenetaansluitingen maken
  | Install delivery sets and pipes that connect homes to a heat network.
  | Afleversets en leidingen installeren die woningen aansluiten op een warmtenet.
[s-energy-solar]
install-solar-panels | SS | g | install solar panels; mount photovoltaic systems; ~PV-installatie | zonnepanelen installeren; fotovoltaïsche systemen monteren; ~zonnepanelen leggen
  | Mount solar panels on roofs or frames and connect the DC strings.
  | Zonnepanelen op daken of frames monteren en de DC-strings aansluiten.
mount-solar-mounting-systems | SS | g ^install-solar-panels | mount solar panel mounting systems on pitched and flat roofs | montagesystemen voor zonnepanelen op schuine en platte daken monteren
  | Fix rails, hooks and ballast systems to roofs safely and watertight.
  | Rails, haken en ballastsystemen veilig en waterdicht op daken bevestigen.
install-inverters | SS | g | install and connect inverters; connect a solar system to the grid | omvormers installeren en aansluiten; een zonnestroomsysteem op het net aansluiten
  | Install inverters, connect them to the distribution board and configure monitoring.
  | Omvormers installeren, aansluiten op de groepenkast en de monitoring configureren.
work-safely-with-dc-systems | SS | g | work safely with direct current systems; DC safety for solar installations | veilig werken met gelijkstroomsystemen; DC-veiligheid bij zonnestroominstallaties
  | Prevent arcs and shocks when working on DC circuits of solar and battery systems.
  | Vonken en elektrische schokken voorkomen bij werk aan DC-circuits van zonnestroom- en batterijsystemen.
install-battery-storage | SO | g | install home and business battery storage; energy storage systems | thuis- en bedrijfsbatterijen installeren; energieopslagsystemen
  | Install, connect and configure battery storage systems and their energy management.
  | Batterijopslagsystemen en het bijbehorende energiebeheer installeren, aansluiten en configureren.
maintain-wind-turbines | SO | g | maintain and repair wind turbines; wind turbine service | windturbines onderhouden en repareren; windturbineservice
  | Inspect and repair the mechanical, hydraulic and electrical parts of wind turbines.
  | De mechanische, hydraulische en elektrische delen van windturbines inspecteren en repareren.
climb-wind-turbines | SO | ^work-at-height | climb wind turbines safely; work at height with GWO training | veilig in windturbines klimmen; werken op hoogte met GWO-training
  | Climb towers and work in nacelles using fall arrest and rescue equipment.
  | In torens klimmen en in gondels werken met valbeveiliging en reddingsmiddelen.
[s-energy-grid]
install-charging-stations | SS | g | install electric vehicle charging stations; install charge points; ~laadpaal installeren | laadpalen installeren; laadpunten voor elektrische auto's aanleggen; ~laadpaal plaatsen
  | Install, connect and commission charging stations at homes, businesses and public places.
  | Laadpalen bij woningen, bedrijven en op openbare plaatsen installeren, aansluiten en in bedrijf stellen.
configure-smart-charging | SO | g d | configure smart charging and load balancing; charge point back office | slim laden en load balancing configureren; laadpaalbeheer
  | Set up load balancing, charge point management and payment via the back office.
  | Load balancing, laadpaalbeheer en betaling via het backoffice instellen.
lay-underground-cables | SS | | lay underground cables; cable laying | ondergrondse kabels leggen; kabels trekken in de grond
  | Lay low and medium voltage cables in trenches and ducts.
  | Laag- en middenspanningskabels in sleuven en mantelbuizen leggen.
make-cable-joints | SO | ^lay-underground-cables | make cable joints and terminations; jointing | kabelmoffen en eindsluitingen maken; moffen
  | Join and terminate low and medium voltage cables.
  | Laag- en middenspanningskabels verbinden en afmonteren.
connect-customers-to-grid | SO | | connect customers to the electricity grid; install grid connections | klanten aansluiten op het elektriciteitsnet; netaansluitingen maken
  | Install service connections and meters for homes and businesses.
  | Aansluitingen en meters voor woningen en bedrijven installeren.
perform-switching-operations | SO | | perform switching operations in the grid; switching authorisation | schakelhandelingen in het net uitvoeren; schakelbevoegdheid
  | Switch parts of the distribution grid on and off safely according to switching programmes.
  | Delen van het distributienet veilig in- en uitschakelen volgens schakelprogramma's.
maintain-substations | SO | | maintain transformer substations; inspect switchgear | transformatorstations onderhouden; schakelinstallaties inspecteren
  | Inspect and maintain transformers, switchgear and protection in substations.
  | Transformatoren, schakelinstallaties en beveiligingen in stations inspecteren en onderhouden.
[s-energy-advice]
perform-energy-audit | SS | g | perform an energy audit of a building; assess energy performance | een energiescan van een gebouw uitvoeren; energieprestatie beoordelen
  | Inspect a building, its insulation and installations and assess its energy use.
  | Een gebouw, de isolatie en de installaties inspecteren en het energiegebruik beoordelen.
issue-energy-labels | SO | g ^perform-energy-audit | determine energy labels for homes; energy performance certificate | energielabels voor woningen bepalen; energieprestatiecertificaat; ~NTA 8800
  | Record the characteristics of a home and calculate its official energy label.
  | De kenmerken van een woning opnemen en het officiële energielabel berekenen.
advise-on-energy-saving | SC | g | advise on energy saving measures; give energy advice to households | adviseren over energiebesparende maatregelen; energieadvies geven aan huishoudens
  | Explain options such as insulation, heat pumps and solar panels, their costs, savings and subsidies.
  | Mogelijkheden als isolatie, warmtepompen en zonnepanelen toelichten met kosten, besparing en subsidies.
draw-up-sustainability-plans | SS | g | draw up sustainability plans; make a roadmap to climate-neutral | duurzaamheidsplannen opstellen; een routekaart naar klimaatneutraal maken
  | Draw up plans with measures and timing to make buildings or organisations sustainable.
  | Plannen met maatregelen en planning opstellen om gebouwen of organisaties te verduurzamen.
manage-energy-projects | SS | g | manage energy transition projects; lead sustainable energy projects | energietransitieprojecten leiden; duurzame-energieprojecten managen
  | Plan and coordinate projects such as heat networks, solar parks or neighbourhood renovations.
  | Projecten zoals warmtenetten, zonneparken of wijkrenovaties plannen en coördineren.
[k-eng-elec]
renewable-energy-technologies | KC | g | renewable energy technologies; sustainable energy sources | duurzame energietechnieken; hernieuwbare energiebronnen
  | How solar, wind, heat pumps, geothermal energy and biomass produce energy.
  | Hoe zon, wind, warmtepompen, aardwarmte en biomassa energie opwekken.
heat-pump-technology | KS | g | heat pump technology; how heat pumps work | warmtepomptechniek; werking van warmtepompen
  | The refrigeration cycle, types of heat pumps, sources and efficiency (COP).
  | De koudemiddelkringloop, soorten warmtepompen, bronnen en rendement (COP).
photovoltaic-systems | KS | g | photovoltaic systems; solar power technology | fotovoltaïsche systemen; zonnestroomtechniek
  | How solar cells, panels, strings, inverters and yields work.
  | Hoe zonnecellen, panelen, strings, omvormers en opbrengst werken.
ev-charging-technology | KS | g | electric vehicle charging technology; charging standards | laadtechniek voor elektrische voertuigen; laadstandaarden
  | AC and DC charging, connectors, charging modes and communication protocols.
  | AC- en DC-laden, stekkers, laadmodi en communicatieprotocollen.
distribution-grids | KS | | electricity distribution grids; low and medium voltage networks | elektriciteitsdistributienetten; laag- en middenspanningsnetten
  | How electricity is distributed through medium and low voltage networks and substations.
  | Hoe elektriciteit via midden- en laagspanningsnetten en stations wordt gedistribueerd.
smart-grids | KS | g d | smart grids; grid congestion and flexibility | slimme netten; netcongestie en flexibiliteit
  | Digital control of grids, demand response, storage and congestion management.
  | Digitale sturing van netten, vraagsturing, opslag en congestiemanagement.
energy-storage | KS | g | energy storage; batteries and storage technologies | energieopslag; batterijen en opslagtechnieken
  | Battery and other storage technologies, their capacity, safety and use.
  | Batterij- en andere opslagtechnieken, hun capaciteit, veiligheid en toepassing.
hydrogen-technology | KS | g | hydrogen technology; hydrogen safety | waterstoftechniek; waterstofveiligheid
  | Production, storage and use of hydrogen and the safety rules for working with it.
  | Productie, opslag en gebruik van waterstof en de veiligheidsregels daarbij.
[k-environment]
energy-performance-of-buildings | KS | g | energy performance of buildings; energy labels and standards | energieprestatie van gebouwen; energielabels en normen
  | How energy use of buildings is measured and rated and the rules that apply.
  | Hoe het energiegebruik van gebouwen wordt bepaald en beoordeeld en welke regels gelden.
energy-subsidies | KS | g | energy subsidies and financing; sustainability grants | energiesubsidies en financiering; duurzaamheidssubsidies; ~ISDE
  | National and municipal subsidies and loans for insulation, heat pumps and solar panels.
  | Landelijke en gemeentelijke subsidies en leningen voor isolatie, warmtepompen en zonnepanelen.
energy-transition-policy | KC | g | energy transition and climate policy; climate agreement | energietransitie en klimaatbeleid; klimaatakkoord
  | Goals, laws and plans to move to a climate-neutral energy system.
  | Doelen, wetten en plannen om over te gaan op een klimaatneutraal energiesysteem.
circular-economy | KC | g | circular economy; reuse and recycling of materials | circulaire economie; hergebruik en recycling van materialen
  | Keeping products and materials in use through design, repair, reuse and recycling.
  | Producten en materialen in gebruik houden door ontwerp, reparatie, hergebruik en recycling.
environmental-legislation | KC | g +k-law | environmental legislation; environment and planning act; ~Omgevingswet | milieuwetgeving; omgevingsrecht; ~Omgevingswet
  | Laws on emissions, waste, soil, noise and the physical environment.
  | Wetten over uitstoot, afval, bodem, geluid en de fysieke leefomgeving.
"""

SKILL_RELATIONS = """
install-heat-pumps -> heat-pump-technology essential
install-heat-pumps -> handle-refrigerants optional
install-heat-pumps -> balance-heating-systems optional
commission-heat-pumps -> heat-pump-technology essential
service-heat-pumps -> handle-refrigerants essential
install-solar-panels -> photovoltaic-systems essential
install-solar-panels -> work-at-height essential
install-inverters -> electricity-principles essential
install-battery-storage -> energy-storage essential
install-charging-stations -> ev-charging-technology essential
install-charging-stations -> install-distribution-boards optional
configure-smart-charging -> smart-grids optional
perform-switching-operations -> distribution-grids essential
issue-energy-labels -> energy-performance-of-buildings essential
advise-on-energy-saving -> energy-subsidies optional
maintain-wind-turbines -> climb-wind-turbines essential
"""
