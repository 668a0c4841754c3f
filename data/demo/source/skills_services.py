"""Skills and knowledge of logistics, retail and hospitality.
Format: see __init__.py."""

SKILLS = """
[s-log-warehouse]
receive-goods | SS | | receive and check incoming goods; goods receipt | goederen ontvangen en controleren; goederenontvangst
  | Check deliveries against the order and documents, register them and report damage.
  | Leveringen controleren aan de hand van bestelling en documenten, registreren en schade melden.
pick-orders | SS | | pick orders; collect goods for orders; ~orderpicken | orders verzamelen; goederen voor orders picken; ~orderpicken
  | Collect the right goods in the right quantities for customer orders, using a scanner or pick list.
  | De juiste goederen in de juiste aantallen voor klantorders verzamelen met een scanner of picklijst.
store-goods | SS | | store goods in a warehouse; put away stock | goederen opslaan in een magazijn; voorraad wegzetten
  | Put goods in the right locations so they are safe and easy to find.
  | Goederen op de juiste locaties plaatsen zodat ze veilig en makkelijk te vinden zijn.
pack-and-ship-goods | SS | | pack goods for shipment; prepare shipments | goederen verpakken voor verzending; zendingen klaarmaken
  | Pack, label and document goods so they arrive undamaged.
  | Goederen verpakken, labelen en documenteren zodat ze onbeschadigd aankomen.
load-and-unload-vehicles | SS | | load and unload trucks; secure loads | vrachtwagens laden en lossen; lading zekeren
  | Load and unload vehicles safely and secure the load against shifting.
  | Voertuigen veilig laden en lossen en de lading zekeren tegen verschuiven.
operate-forklift | SS | | operate a forklift truck; drive a forklift; ~heftruck rijden | heftruck besturen; met een heftruck rijden; ~vorkheftruck
  | Move pallets and goods safely with a forklift truck.
  | Pallets en goederen veilig verplaatsen met een heftruck.
operate-reach-truck | SO | ^operate-forklift | operate a reach truck; high-bay storage | reachtruck besturen; hoogbouwopslag
  | Store and retrieve pallets in high racks with a reach truck.
  | Pallets in hoge stellingen opslaan en ophalen met een reachtruck.
use-pallet-truck | SS | | use an electric pallet truck; move pallets; ~EPT | elektrische pallettruck gebruiken; pallets verplaatsen; ~EPT
  | Move pallets on the floor with a manual or electric pallet truck.
  | Pallets over de vloer verplaatsen met een handpallettruck of elektrische pallettruck.
use-warehouse-management-system | SS | d | use a warehouse management system; scan goods; ~WMS | werken met een warehousemanagementsysteem; goederen scannen; ~WMS
  | Register receipts, locations, picks and shipments in the warehouse system with handheld scanners.
  | Ontvangsten, locaties, picks en verzendingen registreren in het magazijnsysteem met handscanners.
control-inventory | SS | | control inventory; count stock; manage stock levels | voorraad beheren; voorraad tellen; voorraadniveaus bewaken
  | Count, check and correct stock and signal when goods must be ordered.
  | Voorraad tellen, controleren en corrigeren en signaleren wanneer goederen besteld moeten worden.
[s-log-driving]
drive-truck | SS | | drive a truck; drive heavy goods vehicles; ~rijbewijs C | vrachtwagen rijden; zware vrachtwagens besturen; ~rijbewijs CE
  | Drive trucks and trailers safely on public roads and manoeuvre at loading docks.
  | Vrachtwagens en opleggers veilig op de openbare weg besturen en manoeuvreren bij laadperrons.
drive-van | SS | | drive a delivery van; make deliveries by van | bestelbus rijden; bezorgen met een bestelbus
  | Drive a van safely in traffic and deliver parcels and goods to customers.
  | Veilig met een bestelbus in het verkeer rijden en pakketten en goederen bij klanten bezorgen.
drive-bus | SO | | drive a bus; transport passengers by bus | bus besturen; passagiers vervoeren met de bus
  | Drive a bus safely according to timetable and help passengers.
  | Een bus veilig volgens dienstregeling besturen en passagiers helpen.
drive-train | SO | | drive a train; operate trains safely | trein besturen; treinen veilig rijden
  | Drive a train according to signals, timetable and safety rules.
  | Een trein besturen volgens seinen, dienstregeling en veiligheidsregels.
apply-driving-time-rules | SS | | apply driving and rest time rules; use a tachograph | rij- en rusttijdenregels toepassen; tachograaf gebruiken
  | Plan trips within the legal driving and rest times and record them with a tachograph.
  | Ritten plannen binnen de wettelijke rij- en rusttijden en ze vastleggen met een tachograaf.
drive-defensively | SC | | drive defensively and economically; ~Het Nieuwe Rijden | defensief en zuinig rijden; ~Het Nieuwe Rijden
  | Anticipate traffic, avoid risks and drive fuel-efficiently.
  | Anticiperen op het verkeer, risico's vermijden en brandstofzuinig rijden.
transport-dangerous-goods | SO | | transport dangerous goods; apply ADR rules | gevaarlijke stoffen vervoeren; ADR-regels toepassen
  | Load, label and transport hazardous substances according to ADR.
  | Gevaarlijke stoffen laden, markeren en vervoeren volgens het ADR.
assist-passengers | SS | | assist passengers; inform travellers | reizigers helpen; reizigers informeren
  | Help passengers with tickets, information and boarding, including those with reduced mobility.
  | Reizigers helpen met kaartjes, informatie en instappen, ook mensen met een beperking.
[s-log-planning]
plan-transport | SS | d | plan transport and routes; transport planning | transport en routes plannen; transportplanning
  | Plan trips, routes and vehicles so goods are delivered on time at the lowest cost.
  | Ritten, routes en voertuigen zo plannen dat goederen tegen de laagste kosten op tijd worden geleverd.
arrange-shipments | SS | | arrange international shipments; freight forwarding | internationale zendingen regelen; expeditie
  | Book transport, arrange documents and coordinate carriers for shipments.
  | Transport boeken, documenten regelen en vervoerders coördineren voor zendingen.
prepare-customs-declarations | SO | | prepare customs declarations; handle customs formalities | douaneaangiften opstellen; douaneformaliteiten afhandelen
  | Classify goods and file import and export declarations.
  | Goederen classificeren en invoer- en uitvoeraangiften indienen.
manage-supply-chain | SS | | manage the supply chain; coordinate logistics operations | de logistieke keten managen; logistieke processen coördineren
  | Coordinate purchasing, storage and distribution so goods flow efficiently.
  | Inkoop, opslag en distributie zo coördineren dat goederen efficiënt doorstromen.
[s-sales-retail]
advise-customers-on-products | SS | | advise customers on products; give product advice | klanten adviseren over producten; productadvies geven
  | Ask about customers' needs and recommend suitable products.
  | Vragen naar de wensen van klanten en passende producten aanbevelen.
sell-products | SC | | sell products; close sales; sales techniques | producten verkopen; verkopen afsluiten; verkooptechnieken
  | Persuade customers, handle objections and close the sale.
  | Klanten overtuigen, bezwaren weerleggen en de verkoop afsluiten.
operate-cash-register | SS | | operate a cash register; handle payments; ~kassa | kassa bedienen; betalingen afhandelen; ~afrekenen
  | Register sales, take cash and card payments and balance the till.
  | Verkopen registreren, contante en pinbetalingen afhandelen en de kassa opmaken.
replenish-shelves | SS | | replenish shelves; stock shelves; ~vakken vullen | schappen bijvullen; vakken vullen; ~bijvullen
  | Fill shelves with products, rotate stock and check best-before dates.
  | Schappen met producten vullen, voorraad roteren en houdbaarheidsdata controleren.
present-products | SS | | present products attractively; visual merchandising | producten aantrekkelijk presenteren; visual merchandising
  | Arrange products, displays and shop windows to attract customers.
  | Producten, displays en etalages zo inrichten dat ze klanten aantrekken.
prevent-shoplifting | SS | | prevent shoplifting; loss prevention | winkeldiefstal voorkomen; derving voorkomen
  | Watch for theft, follow procedures and reduce loss of goods.
  | Alert zijn op diefstal, procedures volgen en verlies van goederen beperken.
manage-a-shop | SS | | manage a shop; run a store | een winkel leiden; een filiaal runnen
  | Manage staff, stock, sales targets and costs of a shop.
  | Personeel, voorraad, omzetdoelen en kosten van een winkel beheren.
purchase-goods | SS | | purchase goods and services; buying; negotiate with suppliers | goederen en diensten inkopen; inkopen; onderhandelen met leveranciers
  | Select suppliers, negotiate prices and conditions and place orders.
  | Leveranciers selecteren, over prijzen en voorwaarden onderhandelen en bestellingen plaatsen.
sell-online | SS | d | sell online; manage a web shop; e-commerce | online verkopen; een webshop beheren; e-commerce
  | Maintain products, prices and orders in a web shop and handle online customers.
  | Producten, prijzen en bestellingen in een webshop onderhouden en online klanten helpen.
[s-sales-customer]
handle-customer-complaints | SS | | handle customer complaints; deal with complaints | klachten van klanten afhandelen; klachtenbehandeling
  | Listen to complaints, find a solution and follow up.
  | Naar klachten luisteren, een oplossing zoeken en opvolgen.
answer-customer-contacts | SS | | answer customer calls, e-mails and chats; contact centre work | klantcontacten via telefoon, e-mail en chat afhandelen; klantcontactcentrumwerk
  | Answer customer questions in the contact centre quickly and correctly.
  | Vragen van klanten in het klantcontactcentrum snel en correct beantwoorden.
use-crm-system | SS | d | use a customer relationship management system; ~CRM | werken met een klantrelatiebeheersysteem; ~CRM
  | Record and look up customer contacts, orders and agreements in a CRM system.
  | Klantcontacten, bestellingen en afspraken vastleggen en opzoeken in een CRM-systeem.
[s-sales-food]
bake-bread-and-pastry | SO | | bake bread and pastry; make dough; ~bakken | brood en banket bakken; deeg maken; ~bakkerij
  | Prepare doughs, shape, prove and bake bread and pastries.
  | Deeg bereiden, opmaken, laten rijzen en brood en banket bakken.
cut-and-prepare-meat | SO | | cut and prepare meat; butchery | vlees uitsnijden en bereiden; slagerswerk
  | Bone, cut and prepare meat products for sale.
  | Vlees uitbenen, uitsnijden en vleesproducten voor de verkoop bereiden.
[s-hosp-kitchen]
prepare-dishes | SS | | prepare dishes; cook meals; cooking | gerechten bereiden; maaltijden koken; koken
  | Prepare hot and cold dishes according to recipes and standards.
  | Warme en koude gerechten bereiden volgens recepten en standaarden.
apply-cooking-techniques | SS | ^prepare-dishes | apply cooking techniques; boil, fry, braise and grill | kooktechnieken toepassen; koken, bakken, stoven en grillen
  | Use cooking methods such as boiling, frying, braising, roasting and grilling.
  | Bereidingswijzen als koken, bakken, stoven, braden en grillen toepassen.
prepare-ingredients | SS | | prepare ingredients; mise en place; use knives | ingrediënten voorbereiden; mise-en-place; messen hanteren
  | Wash, cut and portion ingredients in advance.
  | Ingrediënten vooraf wassen, snijden en portioneren.
plan-menus | SS | | plan menus; write menus | menu's samenstellen; menukaarten opstellen
  | Compose menus that suit guests, seasons, costs and the kitchen's capacity.
  | Menu's samenstellen die passen bij gasten, seizoen, kosten en de mogelijkheden van de keuken.
manage-a-kitchen | SO | | manage a professional kitchen; lead a kitchen brigade | een professionele keuken leiden; een keukenbrigade aansturen
  | Lead kitchen staff, plan production and control food costs.
  | Keukenpersoneel aansturen, de productie plannen en voedselkosten beheersen.
store-food-safely | SS | | store food safely; control temperatures; ~FIFO | voedsel veilig bewaren; temperaturen bewaken; ~FIFO
  | Store food at correct temperatures, label it and use it in time.
  | Voedsel op de juiste temperatuur bewaren, etiketteren en op tijd gebruiken.
wash-dishes | SS | | wash dishes; operate a dishwasher; clean kitchen equipment | afwassen; vaatwasmachine bedienen; keukenmaterialen reinigen
  | Wash dishes, pans and equipment and keep the dish area clean.
  | Vaat, pannen en materialen afwassen en de afwaskeuken schoon houden.
[s-hosp-service]
serve-food-and-drinks | SS | | serve food and drinks; wait at tables; ~bediening | eten en drinken serveren; bedienen aan tafel; ~serveren
  | Take orders, serve dishes and drinks and clear tables.
  | Bestellingen opnemen, gerechten en dranken serveren en tafels afruimen.
prepare-drinks | SS | | prepare drinks; make coffee and cocktails; bartending; ~barista | dranken bereiden; koffie en cocktails maken; achter de bar werken; ~barista
  | Tap beer, make coffee specialities and mix cocktails.
  | Bier tappen, koffiespecialiteiten maken en cocktails mixen.
welcome-guests | SS | | welcome guests; host guests; check in guests | gasten ontvangen; gastheerschap; gasten inchecken
  | Receive guests in a friendly way and make them feel at home.
  | Gasten vriendelijk ontvangen en hen zich welkom laten voelen.
handle-reservations | SS | d | handle reservations; use a hotel reservation system | reserveringen afhandelen; werken met een hotelreserveringssysteem
  | Take, change and confirm bookings in a reservation system.
  | Boekingen aannemen, wijzigen en bevestigen in een reserveringssysteem.
manage-hospitality-business | SO | | manage a restaurant or hotel; hospitality management | een restaurant of hotel leiden; horecamanagement
  | Lead staff, finances, purchasing and quality of a hospitality business.
  | Personeel, financiën, inkoop en kwaliteit van een horecabedrijf aansturen.
[s-hosp-clean]
clean-buildings | SS | | clean buildings and offices; perform cleaning | gebouwen en kantoren schoonmaken; schoonmaakwerk uitvoeren
  | Clean floors, sanitary facilities and surfaces with the right methods and agents.
  | Vloeren, sanitair en oppervlakken reinigen met de juiste methoden en middelen.
clean-hotel-rooms | SS | ^clean-buildings | clean hotel rooms; housekeeping | hotelkamers schoonmaken; housekeeping
  | Clean and prepare guest rooms to the hotel's standard.
  | Gastenkamers schoonmaken en gereedmaken volgens de standaard van het hotel.
use-cleaning-agents-safely | SS | g | use cleaning agents safely and sparingly | schoonmaakmiddelen veilig en zuinig gebruiken
  | Choose, dose and apply cleaning chemicals safely and with little harm to the environment.
  | Schoonmaakmiddelen veilig en met weinig belasting voor het milieu kiezen, doseren en gebruiken.
operate-cleaning-machines | SS | | operate cleaning machines; use a scrubber-dryer | schoonmaakmachines bedienen; schrobzuigmachine gebruiken
  | Operate scrubbing, vacuum and polishing machines.
  | Schrob-, zuig- en poetsmachines bedienen.
do-laundry | SS | | wash and iron laundry; handle linen | was wassen en strijken; linnengoed verzorgen
  | Sort, wash, dry, iron and fold textiles.
  | Textiel sorteren, wassen, drogen, strijken en vouwen.
[k-services]
food-safety-haccp | KC | | food safety and hygiene; HACCP | voedselveiligheid en hygiëne; HACCP; ~hygiënecode
  | Rules and practices to prevent food contamination, including HACCP.
  | Regels en werkwijzen om besmetting van voedsel te voorkomen, waaronder HACCP.
food-allergens | KS | ^food-safety-haccp | food allergens; allergen information | voedselallergenen; allergeneninformatie
  | The main allergens in food and how to inform guests and prevent cross-contact.
  | De belangrijkste allergenen in voedsel en hoe gasten te informeren en kruiscontact te voorkomen.
food-and-beverages | KS | | food and beverages; gastronomy; wine and drinks knowledge | eten en drinken; gastronomie; wijn- en drankenkennis
  | Products, dishes, wines and drinks and how they are combined.
  | Producten, gerechten, wijnen en dranken en hoe ze worden gecombineerd.
logistics-processes | KS | | logistics processes; warehousing and distribution | logistieke processen; opslag en distributie
  | How goods flow through purchasing, warehousing, transport and distribution.
  | Hoe goederen stromen door inkoop, opslag, transport en distributie.
traffic-rules | KC | | traffic rules; road traffic law | verkeersregels; wegenverkeerswet
  | The rules for road users and vehicles on public roads.
  | De regels voor weggebruikers en voertuigen op de openbare weg.
customs-and-trade-rules | KS | | customs and international trade rules; Incoterms | douane- en internationale handelsregels; Incoterms
  | Customs procedures, tariffs, trade documents and Incoterms.
  | Douaneprocedures, tarieven, handelsdocumenten en Incoterms.
retail-product-knowledge | KS | | product and assortment knowledge; retail assortment | product- en assortimentskennis; winkelassortiment
  | The features, use and prices of the products in the assortment.
  | De kenmerken, het gebruik en de prijzen van de producten in het assortiment.
cleaning-methods | KS | | cleaning methods and agents; cleaning techniques | schoonmaakmethoden en -middelen; reinigingstechnieken
  | Cleaning methods, agents and machines for different surfaces and materials.
  | Schoonmaakmethoden, -middelen en -machines voor verschillende oppervlakken en materialen.
public-order-and-security | KS | | public order and security; security rules | openbare orde en veiligheid; beveiligingsregels
  | The rules, powers and methods for keeping order and security.
  | De regels, bevoegdheden en methoden om orde en veiligheid te handhaven.
"""

SKILL_RELATIONS = """
operate-reach-truck -> use-warehouse-management-system optional
pick-orders -> use-warehouse-management-system optional
drive-truck -> traffic-rules essential
drive-van -> traffic-rules essential
drive-bus -> traffic-rules essential
transport-dangerous-goods -> drive-truck essential
prepare-customs-declarations -> customs-and-trade-rules essential
prepare-dishes -> food-safety-haccp essential
store-food-safely -> food-safety-haccp essential
serve-food-and-drinks -> food-allergens optional
clean-buildings -> cleaning-methods essential
advise-customers-on-products -> retail-product-knowledge essential
"""
