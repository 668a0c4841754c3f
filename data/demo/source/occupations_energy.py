"""Occupations of the energy transition.  Format: see __init__.py."""

OCCUPATIONS = """
heat-pump-technician | 7127 | | | heat pump technician; heat pump installer; heat pump engineer | warmtepompmonteur; warmtepomp installateur; monteur warmtepompen; installateur warmtepompen; ~warmtepompinstallateur
  | Heat pump technicians install, commission and maintain air-to-water, ground-source and hybrid heat pumps in homes and buildings and adjust the heating system to low temperatures.
  | Warmtepompmonteurs installeren, stellen in bedrijf en onderhouden lucht-water-, bodem- en hybride warmtepompen in woningen en gebouwen en passen het verwarmingssysteem aan op lage temperaturen.
  | Includes installers of air-to-water, ground-source and hybrid heat pumps. Excludes refrigeration technicians who do not work on heating systems.
  | Omvat installateurs van lucht-water-, bodem- en hybride warmtepompen. Omvat niet koeltechnisch monteurs die niet aan verwarmingssystemen werken.
  E: @tech-basics install-heat-pumps commission-heat-pumps heat-pump-technology handle-refrigerants
     install-central-heating join-pipes balance-heating-systems electricity-principles heating-and-cooling-systems
  O: install-hybrid-heat-pumps service-heat-pumps calculate-heat-loss install-ventilation-systems show-initiative learn-continuously
     advise-on-energy-saving @customer-site
heat-pump-service-engineer | 7127 | ^heat-pump-technician | | heat pump service engineer; heat pump maintenance technician | servicemonteur warmtepompen; storingsmonteur warmtepompen
  | Heat pump service engineers diagnose and repair faults in heat pumps and carry out periodic maintenance.
  | Servicemonteurs warmtepompen sporen storingen in warmtepompen op, verhelpen ze en voeren periodiek onderhoud uit.
  E: @tech-basics service-heat-pumps heat-pump-technology handle-refrigerants troubleshoot-electrical-faults
     read-electrical-diagrams @customer-site
  O: commission-heat-pumps drive-van
solar-panel-installer | 7411 | | | solar panel installer; PV installer; solar technician | zonnepanelenmonteur; zonnepaneleninstallateur; monteur zonnepanelen; PV-monteur; ~zonnepanelen monteur
  | Solar panel installers mount solar panels on roofs, connect them and the inverter to the electrical installation and test the system.
  | Zonnepanelenmonteurs monteren zonnepanelen op daken, sluiten de panelen en de omvormer aan op de elektrische installatie en testen het systeem.
  E: @tech-basics install-solar-panels mount-solar-mounting-systems install-inverters work-safely-with-dc-systems
     photovoltaic-systems work-at-height electricity-principles lift-heavy-loads
  O: install-battery-storage install-roofing install-distribution-boards test-electrical-installations show-initiative
     serve-customers
solar-installation-lead | 7411 | ^solar-panel-installer | | lead solar installer; solar installation team leader | eerste monteur zonnepanelen; teamleider zonne-installaties
  | Lead solar installers plan and lead the installation of solar systems, connect the AC side and hand over to the customer.
  | Eerste monteurs zonnepanelen plannen en leiden de installatie van zonnestroomsystemen, sluiten de AC-zijde aan en dragen op aan de klant.
  E: @tech-basics @electrical install-solar-panels install-inverters work-safely-with-dc-systems photovoltaic-systems
     work-at-height lead-others commission-installations
  O: install-battery-storage configure-smart-charging
charging-point-installer | 7411 | | | charging point installer; EV charger installer; charging station technician | laadpaalinstallateur; laadpaalmonteur; installateur laadinfrastructuur; ~laadpaal monteur
  | Charging point installers install, connect and commission charging stations for electric vehicles at homes, companies and in public space.
  | Laadpaalinstallateurs installeren, sluiten aan en stellen laadpalen voor elektrische auto's in bedrijf bij woningen, bedrijven en in de openbare ruimte.
  E: @tech-basics @electrical install-charging-stations ev-charging-technology install-distribution-boards
  O: configure-smart-charging lay-underground-cables install-solar-panels smart-grids @customer-site learn-continuously
battery-storage-installer | 7411 | | | battery storage installer; energy storage technician | installateur thuisbatterijen; monteur energieopslag
  | Battery storage installers install and configure home and business batteries and connect them to solar systems and the grid.
  | Installateurs thuisbatterijen installeren en configureren thuis- en bedrijfsbatterijen en sluiten ze aan op zonnestroomsystemen en het net.
  E: @tech-basics @electrical install-battery-storage energy-storage work-safely-with-dc-systems install-inverters
  O: configure-smart-charging smart-grids
grid-technician | 7413 | | | grid technician; distribution network technician; electricity network fitter | netbeheerder-monteur; monteur netbeheer; monteur elektriciteitsnet; ~netwerkmonteur energie
  | Grid technicians build, connect and maintain low and medium voltage cables, connections and substations of the electricity grid.
  | Monteurs netbeheer leggen laag- en middenspanningskabels, aansluitingen en stations van het elektriciteitsnet aan en onderhouden ze.
  E: @tech-basics lay-underground-cables make-cable-joints connect-customers-to-grid distribution-grids
     electricity-principles work-on-live-installations-safely read-electrical-diagrams
  O: perform-switching-operations maintain-substations smart-grids install-charging-stations
grid-operations-technician | 7413 | ^grid-technician | | grid operations technician; switching technician; substation technician | storingsmonteur netbeheer; schakelmonteur; monteur stations
  | Grid operations technicians perform switching operations, solve outages and maintain substations of the distribution grid.
  | Storingsmonteurs netbeheer voeren schakelhandelingen uit, verhelpen storingen en onderhouden stations van het distributienet.
  E: @tech-basics perform-switching-operations maintain-substations distribution-grids troubleshoot-electrical-faults
     work-on-live-installations-safely cope-with-pressure
  O: make-cable-joints smart-grids
wind-turbine-technician | 7412 | | | wind turbine technician; wind technician; wind service engineer | windturbinemonteur; servicemonteur windturbines; ~windmolenmonteur
  | Wind turbine technicians inspect, maintain and repair wind turbines on land and at sea, working at height in the tower and nacelle.
  | Windturbinemonteurs inspecteren, onderhouden en repareren windturbines op land en op zee en werken op hoogte in toren en gondel.
  E: @tech-basics maintain-wind-turbines climb-wind-turbines @mechanics electricity-principles
     troubleshoot-electrical-faults renewable-energy-technologies
  O: read-english speak-english speak-german
district-heating-technician | 7126 | | | district heating technician; heat network installer | monteur warmtenet; warmtenetmonteur
  | District heating technicians connect homes to heat networks and maintain delivery sets and pipes.
  | Monteurs warmtenet sluiten woningen aan op warmtenetten en onderhouden afleversets en leidingen.
  E: @tech-basics connect-district-heating join-pipes install-central-heating heating-and-cooling-systems
     commission-installations
  O: balance-heating-systems weld-metal @customer-site
solar-thermal-installer | 7126 | ^installation-technician | | solar thermal installer; solar water heater installer | installateur zonneboilers; monteur zonthermie
  | Solar thermal installers mount solar collectors and connect them to water storage and heating systems.
  | Installateurs zonneboilers monteren zonnecollectoren en sluiten ze aan op voorraadvaten en verwarmingssystemen.
  E: @tech-basics install-solar-water-heaters install-central-heating join-pipes work-at-height
     heating-and-cooling-systems
  O: install-heat-pumps balance-heating-systems
energy-advisor | 3119 | | | energy advisor; energy consultant for homes; energy assessor | energieadviseur; adviseur energiebesparing; EPA-adviseur; ~energie adviseur
  | Energy advisors assess the energy performance of homes and buildings, issue energy labels and advise owners on insulation, heat pumps, solar panels and subsidies.
  | Energieadviseurs beoordelen de energieprestatie van woningen en gebouwen, stellen energielabels op en adviseren eigenaren over isolatie, warmtepompen, zonnepanelen en subsidies.
  | Includes advisors who issue energy labels and give energy advice for homes and small buildings. Excludes sustainability consultants for organisations.
  | Omvat adviseurs die energielabels opstellen en energieadvies geven voor woningen en kleine gebouwen. Omvat niet duurzaamheidsadviseurs voor organisaties.
  E: perform-energy-audit issue-energy-labels advise-on-energy-saving energy-performance-of-buildings
     energy-subsidies building-construction heating-and-cooling-systems write-reports communicate-clearly
     serve-customers speak-dutch
  O: calculate-heat-loss renewable-energy-technologies use-office-software present-information
energy-coach | 3119 | ^energy-advisor | | energy coach; energy saving coach; home energy coach | energiecoach; energiecoach wijk; ~energiefixer
  | Energy coaches visit households, give practical tips and small measures to save energy and refer them to further help.
  | Energiecoaches bezoeken huishoudens, geven praktische tips en kleine maatregelen om energie te besparen en verwijzen door naar verdere hulp.
  E: advise-on-energy-saving reduce-waste-and-energy-use energy-subsidies communicate-clearly listen-actively
     serve-customers speak-dutch
  O: perform-energy-audit work-with-diverse-people install-insulation search-information-online
sustainability-consultant | 2133 | | | sustainability consultant; sustainability advisor; environmental consultant | duurzaamheidsadviseur; adviseur duurzaamheid; milieuadviseur
  | Sustainability consultants advise organisations and governments on reducing energy use, emissions and waste and draw up sustainability plans.
  | Duurzaamheidsadviseurs adviseren organisaties en overheden over het verminderen van energiegebruik, uitstoot en afval en stellen duurzaamheidsplannen op.
  E: draw-up-sustainability-plans energy-transition-policy circular-economy environmental-legislation
     advise-on-energy-saving manage-stakeholders write-reports present-information speak-dutch
  O: analyse-data perform-energy-audit manage-projects renewable-energy-technologies
energy-transition-project-manager | 2149 | | | energy transition project manager; renewable energy project manager | projectleider energietransitie; projectmanager duurzame energie
  | Energy transition project managers lead projects such as heat networks, solar parks and neighbourhood renovations from plan to delivery.
  | Projectleiders energietransitie leiden projecten zoals warmtenetten, zonneparken en wijkrenovaties van plan tot oplevering.
  E: manage-energy-projects manage-projects manage-stakeholders renewable-energy-technologies energy-transition-policy
     manage-budgets project-management-methods communicate-clearly speak-dutch
  O: smart-grids environmental-legislation energy-subsidies lead-others
smart-grid-engineer | 2151 | ^electrical-engineer | r | smart grid engineer; grid flexibility engineer | smart-grid-specialist; netstrateeg; ingenieur slimme netten
  | Smart grid engineers design grid solutions with storage, flexible demand and digital control to prevent congestion.
  | Smart-grid-specialisten ontwerpen netoplossingen met opslag, flexibele vraag en digitale sturing om congestie te voorkomen.
  E: @engineering smart-grids distribution-grids electrical-engineering energy-storage analyse-data
  O: program-in-python build-machine-learning-models ev-charging-technology
hydrogen-technician | 3115 | | | hydrogen technician; hydrogen systems technician | waterstoftechnicus; monteur waterstofinstallaties
  | Hydrogen technicians install, test and maintain installations that produce, store or use hydrogen, with strict attention to safety.
  | Waterstoftechnici installeren, testen en onderhouden installaties die waterstof produceren, opslaan of gebruiken, met strikte aandacht voor veiligheid.
  E: @tech-basics hydrogen-technology join-pipes install-control-systems control-process-installations
     act-in-emergency
  O: electricity-principles thermodynamics weld-tig
"""
