"""Occupations in logistics, retail and hospitality.  Format: see __init__.py."""

OCCUPATIONS = """
warehouse-worker | 4321 | | | warehouse worker; warehouse operative; stock clerk | magazijnmedewerker; logistiek medewerker; ~magazijn medewerker
  | Warehouse workers receive, store, pick and ship goods, keep stock records and keep the warehouse tidy and safe.
  | Magazijnmedewerkers ontvangen, slaan op, verzamelen en verzenden goederen, houden de voorraad bij en houden het magazijn netjes en veilig.
  E: @warehouse pack-and-ship-goods control-inventory work-safely work-in-team speak-dutch
  O: operate-forklift operate-reach-truck load-and-unload-vehicles adapt-to-change
order-picker | 9333 | | | order picker; picker; warehouse picker | orderpicker; orderverzamelaar; ~order picker
  | Order pickers collect goods for customer orders in a warehouse using a scanner or pick list and prepare them for shipment.
  | Orderpickers verzamelen goederen voor klantorders in een magazijn met een scanner of picklijst en maken ze klaar voor verzending.
  E: pick-orders use-warehouse-management-system use-pallet-truck lift-heavy-loads work-physically-demanding
     pay-attention-to-detail work-safely
  O: pack-and-ship-goods operate-forklift speak-polish
forklift-driver | 8344 | | | forklift driver; forklift operator; reach truck driver | heftruckchauffeur; heftruckbestuurder; reachtruckchauffeur; ~heftruckchauffeur
  | Forklift drivers load, unload and move goods with forklifts and reach trucks in warehouses and yards.
  | Heftruckchauffeurs laden, lossen en verplaatsen goederen met heftrucks en reachtrucks in magazijnen en op terreinen.
  E: operate-forklift load-and-unload-vehicles store-goods work-safely use-warehouse-management-system
     pay-attention-to-detail
  O: operate-reach-truck receive-goods use-pallet-truck work-in-team control-inventory
truck-driver | 8332 | | | truck driver; lorry driver; HGV driver | vrachtwagenchauffeur; chauffeur CE; ~trucker
  | Truck drivers transport goods by truck nationally and internationally, load and unload, and keep to driving and rest times.
  | Vrachtwagenchauffeurs vervoeren goederen per vrachtwagen in binnen- en buitenland, laden en lossen en houden zich aan de rij- en rusttijden.
  E: drive-truck apply-driving-time-rules @driving speak-dutch
  O: transport-dangerous-goods speak-english speak-german operate-forklift
delivery-driver | 8322 | | | delivery driver; van driver; parcel courier | bezorger; bestelwagenchauffeur; pakketbezorger
  | Delivery drivers deliver parcels and goods to homes and businesses by van, plan their route and handle customer contact at the door.
  | Bezorgers leveren pakketten en goederen met een bestelbus af bij woningen en bedrijven, plannen hun route en staan klanten aan de deur te woord.
  E: drive-van @driving serve-customers manage-time use-digital-devices
  O: lift-heavy-loads speak-english
bus-driver | 8331 | | | bus driver; coach driver; public transport driver | buschauffeur; chauffeur openbaar vervoer
  | Bus drivers drive passengers safely and on time along their route and help them with information and tickets.
  | Buschauffeurs vervoeren reizigers veilig en op tijd over hun route en helpen hen met informatie en kaartjes.
  E: drive-bus assist-passengers traffic-rules drive-defensively serve-customers deal-with-aggression speak-dutch
  O: provide-first-aid
train-driver | 8311 | | | train driver; locomotive driver | machinist; treinmachinist
  | Train drivers drive passenger or freight trains according to signals and timetables and act on disruptions.
  | Machinisten besturen reizigers- of goederentreinen volgens seinen en dienstregeling en handelen bij verstoringen.
  E: drive-train work-safely pay-attention-to-detail cope-with-pressure act-in-emergency speak-dutch
  O: assist-passengers speak-german
logistics-planner | 4323 | | | logistics planner; transport planner; route planner | logistiek planner; transportplanner; planner logistiek
  | Logistics planners plan transport, routes and drivers so orders are delivered on time and at low cost.
  | Logistiek planners plannen transport, routes en chauffeurs zodat orders op tijd en tegen lage kosten worden geleverd.
  E: plan-transport logistics-processes apply-driving-time-rules use-office-software communicate-clearly
     cope-with-pressure solve-problems speak-dutch
  O: use-spreadsheets-for-analysis speak-english speak-german
freight-forwarder | 3331 | | | freight forwarder; forwarding agent; shipping coordinator | expediteur; medewerker expeditie
  | Freight forwarders arrange international transport of goods, book carriers and prepare the shipping documents.
  | Expediteurs regelen internationaal transport van goederen, boeken vervoerders en stellen de vervoersdocumenten op.
  E: arrange-shipments customs-and-trade-rules logistics-processes use-office-software speak-english
     write-english communicate-clearly
  O: prepare-customs-declarations negotiate speak-german
customs-declarant | 3331 | ^freight-forwarder | | customs declarant; customs broker | douanedeclarant; douane-expediteur
  | Customs declarants classify goods and file import and export declarations with customs.
  | Douanedeclaranten classificeren goederen en dienen invoer- en uitvoeraangiften in bij de douane.
  E: prepare-customs-declarations customs-and-trade-rules pay-attention-to-detail use-office-software enter-data logistics-processes
     read-english
  O: arrange-shipments speak-german use-spreadsheets-for-analysis
logistics-manager | 1324 | | | logistics manager; supply chain manager; warehouse manager | logistiek manager; supply chain manager; magazijnmanager
  | Logistics managers lead warehouse and transport operations and improve the flow of goods through the supply chain.
  | Logistiek managers geven leiding aan magazijn- en transportactiviteiten en verbeteren de goederenstroom door de keten.
  E: @management manage-supply-chain logistics-processes improve-processes lean-manufacturing speak-dutch
  O: plan-transport analyse-data speak-english
courier | 9621 | | | courier; bicycle courier; messenger | koerier; fietskoerier
  | Couriers collect and deliver letters, parcels and meals quickly by bike, scooter or car.
  | Koeriers halen brieven, pakketten en maaltijden op en bezorgen ze snel per fiets, scooter of auto.
  E: traffic-rules serve-customers manage-time work-independently use-digital-devices plan-and-organise-work speak-dutch
  O: drive-van drive-defensively lift-heavy-loads work-physically-demanding
shop-assistant | 5223 | | | shop assistant; sales assistant; retail sales associate | verkoopmedewerker; winkelmedewerker; verkoper; ~verkoopster
  | Shop assistants help and advise customers, sell products, operate the till and keep the shop stocked and tidy.
  | Verkoopmedewerkers helpen en adviseren klanten, verkopen producten, bedienen de kassa en houden de winkel gevuld en netjes.
  E: @retail sell-products communicate-clearly work-in-team speak-dutch
  O: present-products handle-customer-complaints sell-online speak-english show-initiative
cashier | 5230 | | | cashier; checkout operator; till operator | kassamedewerker; caissière; ~kassière
  | Cashiers check out customers' purchases, handle payments and answer questions at the till.
  | Kassamedewerkers rekenen de aankopen van klanten af, handelen betalingen af en beantwoorden vragen aan de kassa.
  E: operate-cash-register serve-customers apply-numeracy pay-attention-to-detail speak-dutch
  O: replenish-shelves prevent-shoplifting handle-customer-complaints communicate-clearly work-in-team cope-with-pressure
shelf-stacker | 9334 | | | shelf stacker; shelf filler; stock replenisher | vakkenvuller; medewerker vulploeg; ~vakkenvuller supermarkt
  | Shelf stackers fill shelves in supermarkets and shops, rotate stock and check best-before dates.
  | Vakkenvullers vullen schappen in supermarkten en winkels, roteren de voorraad en controleren houdbaarheidsdata.
  E: replenish-shelves use-pallet-truck lift-heavy-loads work-physically-demanding read-work-instructions work-in-team
  O: serve-customers control-inventory receive-goods work-safely pay-attention-to-detail
store-manager | 1420 | | | store manager; shop manager; branch manager | winkelmanager; filiaalmanager; bedrijfsleider winkel
  | Store managers lead a shop: staff, sales, stock, costs and customer service.
  | Winkelmanagers leiden een winkel: personeel, omzet, voorraad, kosten en klantenservice.
  E: @management manage-a-shop control-inventory serve-customers marketing-and-sales speak-dutch
  O: recruit-staff present-products analyse-data
visual-merchandiser | 3432 | | | visual merchandiser; window dresser | visual merchandiser; etaleur; ~window dresser
  | Visual merchandisers design shop windows, displays and product presentations to attract customers.
  | Visual merchandisers ontwerpen etalages, displays en productpresentaties om klanten aan te trekken.
  E: present-products think-creatively marketing-and-sales retail-product-knowledge use-hand-tools
  O: create-technical-drawings sell-products work-independently serve-customers use-power-tools
buyer | 3323 | | | buyer; purchaser; purchasing agent | inkoper; inkoopmedewerker
  | Buyers select suppliers, negotiate prices and conditions and make sure goods arrive on time.
  | Inkopers selecteren leveranciers, onderhandelen over prijzen en voorwaarden en zorgen dat goederen op tijd komen.
  E: purchase-goods negotiate analyse-data use-spreadsheets-for-analysis communicate-clearly speak-english
  O: logistics-processes civil-law manage-supply-chain speak-german
customer-service-representative | 4222 | | | customer service representative; contact centre agent; call centre agent | klantenservicemedewerker; medewerker klantcontact; callcentermedewerker
  | Customer service representatives answer questions and complaints of customers by phone, e-mail and chat and record them in the CRM system.
  | Klantenservicemedewerkers beantwoorden vragen en klachten van klanten via telefoon, e-mail en chat en leggen ze vast in het CRM-systeem.
  E: answer-customer-contacts handle-customer-complaints use-crm-system serve-customers listen-actively
     communicate-digitally speak-dutch write-dutch
  O: sell-products speak-english cope-with-pressure search-information-online adapt-to-change
webshop-employee | 5244 | | | e-commerce assistant; web shop employee | webshopmedewerker; medewerker e-commerce
  | E-commerce assistants keep web shop products and orders up to date and help online customers.
  | Webshopmedewerkers houden producten en bestellingen in de webshop bij en helpen online klanten.
  E: sell-online use-crm-system answer-customer-contacts communicate-digitally use-office-software write-dutch
  O: visualise-data marketing-and-sales pack-and-ship-goods
baker | 7512 | | | baker; bread baker; pastry baker | bakker; broodbakker; banketbakker
  | Bakers prepare dough and bake bread, pastries and cakes, often early in the morning.
  | Bakkers bereiden deeg en bakken brood, gebak en taarten, vaak vroeg in de ochtend.
  E: bake-bread-and-pastry food-safety-haccp apply-hygiene-standards work-physically-demanding store-food-safely work-in-team
     pay-attention-to-detail
  O: serve-customers food-allergens prepare-ingredients manage-time operate-cash-register
butcher | 7511 | | | butcher; meat cutter | slager; vleesbewerker
  | Butchers cut, prepare and sell meat and meat products and advise customers.
  | Slagers snijden, bereiden en verkopen vlees en vleeswaren en adviseren klanten.
  E: cut-and-prepare-meat food-safety-haccp apply-hygiene-standards store-food-safely use-hand-tools pay-attention-to-detail
  O: serve-customers operate-cash-register advise-customers-on-products retail-product-knowledge food-allergens
cook | 5120 | | | cook; kitchen cook; line cook | kok; zelfstandig werkend kok; ~keukenkok
  | Cooks prepare dishes in restaurants, canteens and institutions, prepare ingredients and keep the kitchen hygienic.
  | Koks bereiden gerechten in restaurants, bedrijfsrestaurants en instellingen, bereiden ingrediënten voor en houden de keuken hygiënisch.
  E: @kitchen work-in-team speak-dutch
  O: plan-menus food-and-beverages wash-dishes show-initiative
chef | 3434 | | | chef; head chef; chef de cuisine | chef-kok; souschef; ~chefkok
  | Chefs lead the kitchen, design menus, manage food costs and supervise the cooks.
  | Chef-koks leiden de keuken, stellen menu's samen, bewaken de voedselkosten en sturen de koks aan.
  E: @kitchen plan-menus manage-a-kitchen food-and-beverages lead-others manage-budgets
  O: purchase-goods think-creatively
kitchen-assistant | 9412 | | | kitchen assistant; kitchen porter; dishwasher | keukenhulp; afwasser; keukenassistent
  | Kitchen assistants wash dishes, clean the kitchen and help cooks prepare ingredients.
  | Keukenhulpen wassen af, maken de keuken schoon en helpen koks met het voorbereiden van ingrediënten.
  E: wash-dishes prepare-ingredients apply-hygiene-standards work-physically-demanding work-in-team food-safety-haccp
  O: store-food-safely clean-buildings operate-cleaning-machines lift-heavy-loads speak-dutch
waiter | 5131 | | | waiter; waitress; server; food and beverage server | bediening; medewerker bediening; ober; serveerster
  | Waiters welcome guests, take orders, serve food and drinks and handle payment.
  | Medewerkers bediening ontvangen gasten, nemen bestellingen op, serveren eten en drinken en rekenen af.
  E: @hospitality-service communicate-clearly work-in-team speak-dutch
  O: prepare-drinks food-and-beverages speak-english speak-german
bartender | 5132 | | | bartender; barista; bar staff | barmedewerker; barkeeper; barista
  | Bartenders prepare and serve drinks, make coffee and cocktails and keep the bar clean.
  | Barmedewerkers bereiden en serveren dranken, maken koffie en cocktails en houden de bar schoon.
  E: prepare-drinks @hospitality-service speak-dutch
  O: food-and-beverages deal-with-aggression speak-english
hotel-receptionist | 4224 | | | hotel receptionist; front desk agent; front office employee | receptionist hotel; front office medewerker; ~receptioniste
  | Hotel receptionists check guests in and out, handle reservations and answer questions.
  | Receptionisten in een hotel checken gasten in en uit, handelen reserveringen af en beantwoorden vragen.
  E: welcome-guests handle-reservations serve-customers answer-telephone operate-cash-register speak-dutch
     speak-english
  O: speak-german handle-customer-complaints
cleaner | 9112 | | | cleaner; office cleaner; cleaning operative | schoonmaker; schoonmaakmedewerker; ~schoonmaakster
  | Cleaners clean offices, schools, hospitals and other buildings using the right methods and agents.
  | Schoonmakers maken kantoren, scholen, ziekenhuizen en andere gebouwen schoon met de juiste methoden en middelen.
  E: @cleaning work-independently read-work-instructions
  O: speak-dutch reduce-waste-and-energy-use
room-attendant | 9112 | ^cleaner | | room attendant; housekeeping attendant | medewerker housekeeping; kamermeisje; ~roomattendant
  | Room attendants clean and prepare hotel rooms and handle linen according to the hotel's standards.
  | Medewerkers housekeeping maken hotelkamers schoon, maken ze gereed en verzorgen het linnengoed volgens de standaard van het hotel.
  E: clean-hotel-rooms @cleaning do-laundry pay-attention-to-detail
  O: serve-customers
restaurant-manager | 1412 | | | restaurant manager; hospitality manager; hotel manager | horecamanager; bedrijfsleider horeca; restaurantmanager
  | Restaurant managers run a restaurant or hotel: staff, guests, purchasing, finances and quality.
  | Horecamanagers leiden een restaurant of hotel: personeel, gasten, inkoop, financiën en kwaliteit.
  E: @management manage-hospitality-business food-safety-haccp serve-customers speak-dutch
  O: plan-events purchase-goods speak-english plan-menus
"""
