"""Skills and knowledge of care, health and welfare.  Format: see __init__.py."""

SKILLS = """
[s-care-basic]
provide-personal-care | SS | | assist with personal care; help with washing and dressing; support activities of daily living; ~ADL | helpen bij persoonlijke verzorging; helpen bij wassen en aankleden; ondersteunen bij ADL; ~adl-zorg
  | Help clients wash, dress, use the toilet and look after their appearance while respecting their dignity.
  | Cliënten helpen bij wassen, aankleden, toiletgang en uiterlijke verzorging met respect voor hun waardigheid.
  | Excludes nursing procedures such as wound care and injections.
  | Omvat niet verpleegtechnische handelingen zoals wondzorg en injecties.
assist-with-eating | SS | ^provide-personal-care | assist clients with eating and drinking; feeding assistance | cliënten helpen bij eten en drinken; ondersteunen bij de maaltijd
  | Help clients eat and drink safely and watch their fluid and food intake.
  | Cliënten veilig helpen bij eten en drinken en hun vocht- en voedselinname bewaken.
transfer-clients | SS | | transfer and position clients; use a patient lift; help clients move | cliënten verplaatsen en positioneren; tillift gebruiken; transfers uitvoeren
  | Move clients between bed, chair and toilet safely, using lifts and other aids.
  | Cliënten veilig verplaatsen tussen bed, stoel en toilet met tilliften en andere hulpmiddelen.
observe-client-health | SS | | observe and report changes in a client's condition; signal health changes | veranderingen in de gezondheid van cliënten observeren en signaleren; signaleren
  | Notice changes in a client's physical, mental or social condition and report them to the responsible professional.
  | Veranderingen in de lichamelijke, psychische of sociale toestand van een cliënt opmerken en melden aan de verantwoordelijke professional.
support-daily-household | SS | | support clients with household tasks; domestic help | cliënten ondersteunen bij het huishouden; huishoudelijke hulp
  | Help clients keep their home clean and organised and do shopping and laundry.
  | Cliënten helpen hun huis schoon en op orde te houden en boodschappen en was te doen.
provide-elderly-care | SS | | care for elderly people; provide care to older people | ouderen verzorgen; zorg verlenen aan ouderen; ouderenzorg
  | Provide care and support adapted to the physical and mental needs of older people.
  | Zorg en ondersteuning bieden die past bij de lichamelijke en geestelijke behoeften van ouderen.
care-for-people-with-dementia | SS | ^provide-elderly-care | care for people with dementia; dementia care | mensen met dementie verzorgen; dementiezorg; omgaan met dementie
  | Support people with dementia in a calm, structured way that suits their stage of the disease.
  | Mensen met dementie ondersteunen op een rustige, gestructureerde manier die past bij de fase van de ziekte.
provide-palliative-care | SS | | provide palliative care; end-of-life care; terminal care | palliatieve zorg verlenen; zorg rond het levenseinde; terminale zorg
  | Relieve pain and discomfort of people in the last phase of life and support their relatives.
  | Pijn en ongemak verlichten bij mensen in de laatste levensfase en hun naasten ondersteunen.
involve-informal-carers | SS | | involve family and informal carers; cooperate with informal caregivers | mantelzorgers en familie betrekken; samenwerken met mantelzorgers
  | Involve relatives and informal carers in the care and support them in their role.
  | Naasten en mantelzorgers bij de zorg betrekken en hen in hun rol ondersteunen.
prevent-falls | SS | | prevent falls; assess fall risk | valpreventie toepassen; valrisico inschatten
  | Assess the risk of falling and take measures to prevent falls of clients.
  | Het valrisico inschatten en maatregelen nemen om vallen van cliënten te voorkomen.
provide-maternity-care | SO | | provide postnatal care to mother and baby; maternity care | kraamzorg verlenen; zorg voor moeder en baby na de bevalling
  | Care for mother and newborn in the first days after birth and teach parents how to care for the baby.
  | Moeder en pasgeborene verzorgen in de eerste dagen na de geboorte en ouders leren de baby te verzorgen.
[s-care-clinical]
apply-nursing-process | SS | | apply the nursing process; plan and evaluate nursing care | het verpleegkundig proces toepassen; verpleegkundige zorg plannen en evalueren
  | Assess needs, set nursing diagnoses and goals, carry out interventions and evaluate the results.
  | Zorgbehoeften vaststellen, verpleegkundige diagnoses en doelen bepalen, interventies uitvoeren en resultaten evalueren.
draw-up-care-plan | SS | | draw up and update a care plan; write a care plan; ~zorgplan | een zorgplan opstellen en bijstellen; zorgplan schrijven
  | Agree with the client on goals and actions and record them in a care plan that is regularly evaluated.
  | Met de cliënt doelen en acties afspreken en die vastleggen in een zorgplan dat regelmatig wordt geëvalueerd.
measure-vital-signs | SS | | measure vital signs; check blood pressure, pulse and temperature | vitale functies meten; bloeddruk, pols en temperatuur meten
  | Measure and record blood pressure, pulse, breathing, temperature and oxygen saturation.
  | Bloeddruk, pols, ademhaling, temperatuur en zuurstofsaturatie meten en vastleggen.
perform-wound-care | SS | | perform wound care; dress wounds; treat wounds | wondzorg uitvoeren; wonden verzorgen; wonden verbinden
  | Clean, assess and dress wounds and monitor healing.
  | Wonden reinigen, beoordelen en verbinden en de genezing bewaken.
treat-complex-wounds | SO | ^perform-wound-care | treat complex and chronic wounds; wound consultancy | complexe en chronische wonden behandelen; wondconsulentschap
  | Assess and treat pressure ulcers, leg ulcers and other complex wounds with specialised materials.
  | Doorligwonden, open benen en andere complexe wonden beoordelen en behandelen met gespecialiseerde materialen.
give-injections | SS | | give injections; administer subcutaneous and intramuscular injections | injecties geven; subcutaan en intramusculair injecteren
  | Prepare and administer injections safely following the protocol.
  | Injecties veilig klaarmaken en toedienen volgens protocol.
take-blood-samples | SS | | take blood samples; perform venepuncture; draw blood | bloed afnemen; venapunctie uitvoeren; bloedprikken
  | Draw venous or capillary blood for laboratory tests following hygiene rules.
  | Veneus of capillair bloed afnemen voor laboratoriumonderzoek volgens de hygiëneregels.
manage-catheters | SO | | insert and care for urinary catheters; catheterisation | katheteriseren; blaaskatheter inbrengen en verzorgen
  | Insert, care for and remove urinary catheters and prevent infections.
  | Blaaskatheters inbrengen, verzorgen en verwijderen en infecties voorkomen.
prevent-infections | SS | | prevent infections; apply infection control; hand hygiene | infecties voorkomen; infectiepreventie toepassen; handhygiëne
  | Apply hand hygiene, isolation measures and sterile techniques to prevent the spread of infections.
  | Handhygiëne, isolatiemaatregelen en steriele technieken toepassen om verspreiding van infecties te voorkomen.
work-sterile | SO | ^prevent-infections | work in a sterile field; handle sterile instruments | steriel werken; steriele instrumenten hanteren
  | Prepare and maintain a sterile field and handle sterile instruments during procedures.
  | Een steriel veld opzetten en behouden en steriele instrumenten hanteren tijdens ingrepen.
assist-in-surgery | SO | | assist the surgeon during operations; scrub nursing | de chirurg assisteren tijdens operaties; instrumenteren
  | Prepare instruments and materials and hand them to the surgeon during an operation.
  | Instrumenten en materialen klaarzetten en aangeven aan de chirurg tijdens een operatie.
monitor-critically-ill-patients | SO | | monitor critically ill patients; intensive care monitoring | ernstig zieke patiënten bewaken; bewaking op de intensive care
  | Monitor patients on life support equipment and respond quickly to deterioration.
  | Patiënten aan levensondersteunende apparatuur bewaken en snel reageren op verslechtering.
perform-triage | SS | | perform triage; assess urgency of complaints | triëren; urgentie van klachten inschatten; triage uitvoeren
  | Assess the urgency of a patient's complaints and decide who needs care first.
  | De urgentie van de klachten van een patiënt inschatten en bepalen wie het eerst zorg nodig heeft.
perform-telephone-triage | SO | ^perform-triage | perform telephone triage; assess patients by phone | telefonische triage uitvoeren; patiënten telefonisch beoordelen
  | Ask structured questions on the phone to assess urgency and give advice or make an appointment.
  | Telefonisch gestructureerde vragen stellen om de urgentie in te schatten en advies te geven of een afspraak te maken.
record-in-patient-file | SS | d | record care in the electronic patient file; keep patient records; ~ECD | rapporteren in het elektronisch cliëntdossier; patiëntgegevens vastleggen; ~EPD
  | Record observations, actions and agreements accurately in the electronic patient or client file.
  | Observaties, handelingen en afspraken nauwkeurig vastleggen in het elektronisch patiënten- of cliëntdossier.
make-ecg | SO | | make an ECG; record an electrocardiogram | een ECG maken; hartfilmpje maken
  | Attach electrodes and record an electrocardiogram of good quality.
  | Elektroden aanbrengen en een elektrocardiogram van goede kwaliteit maken.
perform-lab-tests | SS | | perform simple laboratory tests; test urine and blood | eenvoudige laboratoriumtests uitvoeren; urine en bloed testen
  | Carry out basic tests such as urine sticks, glucose and haemoglobin measurements.
  | Eenvoudige tests uitvoeren zoals urinestrips, glucose- en hemoglobinemetingen.
manage-chronic-care | SS | | support patients with chronic diseases; chronic care management | patiënten met chronische ziekten begeleiden; ketenzorg
  | Monitor and coach patients with diabetes, COPD or cardiovascular risk according to care standards.
  | Patiënten met diabetes, COPD of hart- en vaatrisico volgens de zorgstandaarden controleren en begeleiden.
assess-care-needs | SO | | assess care needs in the home; set an indication for home care; ~indiceren | zorgbehoefte in de thuissituatie vaststellen; indiceren voor wijkverpleging
  | Assess what care a client needs at home and decide on the amount and kind of care.
  | Vaststellen welke zorg een cliënt thuis nodig heeft en de omvang en soort zorg bepalen.
provide-emergency-care | SO | | provide pre-hospital emergency care; ambulance care | acute zorg verlenen buiten het ziekenhuis; ambulancezorg
  | Assess and stabilise patients at the scene and during transport to hospital.
  | Patiënten ter plaatse en tijdens het vervoer naar het ziekenhuis beoordelen en stabiliseren.
provide-prenatal-care | SO | | provide prenatal care; monitor pregnancy; ~verloskunde | prenatale zorg verlenen; zwangerschap begeleiden
  | Monitor the health of mother and child during pregnancy and prepare for birth.
  | De gezondheid van moeder en kind tijdens de zwangerschap bewaken en voorbereiden op de bevalling.
assist-childbirth | SO | | assist at childbirth; attend deliveries | bevallingen begeleiden; assisteren bij de geboorte
  | Guide women through labour and birth and act when complications arise.
  | Vrouwen begeleiden tijdens weeën en geboorte en handelen wanneer complicaties optreden.
diagnose-patients | SO | | diagnose illness; examine patients; make a diagnosis | diagnose stellen; patiënten onderzoeken
  | Examine patients, interpret symptoms and tests and establish a diagnosis.
  | Patiënten onderzoeken, klachten en uitslagen interpreteren en een diagnose stellen.
prescribe-treatment | SO | | prescribe treatment and medication; draw up a treatment plan | behandeling en medicatie voorschrijven; behandelplan opstellen
  | Decide on and prescribe a treatment, including medicines, and follow up the result.
  | Een behandeling, inclusief geneesmiddelen, bepalen en voorschrijven en het resultaat opvolgen.
[s-care-medication]
administer-medication | SS | | administer medication; give medicines to patients | medicatie toedienen; geneesmiddelen geven aan patiënten
  | Give medicines to patients by the correct route, dose and time and check the effect.
  | Geneesmiddelen via de juiste weg, in de juiste dosis en op het juiste moment toedienen en het effect controleren.
  | Includes oral, topical and inhaled medication and checking its effect. Excludes injections.
  | Omvat orale, uitwendige en inhalatiemedicatie en het controleren van het effect. Omvat niet injecties.
prepare-medication | SS | ^administer-medication | prepare medication; set out medicines; check the medication list | medicatie klaarzetten; medicijnen uitzetten; medicatielijst controleren
  | Prepare the right medicines for each client according to the medication list and double-check them.
  | De juiste geneesmiddelen per cliënt klaarzetten volgens de medicatielijst en dubbel controleren.
dispense-medication | SO | | dispense medicines; hand out prescription medicines; give medication advice | geneesmiddelen verstrekken; receptmedicatie afleveren; medicatieadvies geven
  | Check prescriptions, hand out medicines and explain their use to patients.
  | Recepten controleren, geneesmiddelen afleveren en het gebruik aan patiënten uitleggen.
compound-medicines | SO | | compound medicines; prepare pharmaceutical preparations | geneesmiddelen bereiden; apotheekbereidingen maken
  | Prepare medicines such as ointments and solutions in the pharmacy under hygienic conditions.
  | Geneesmiddelen zoals zalven en oplossingen in de apotheek onder hygiënische omstandigheden bereiden.
review-medication | SO | | review medication; perform a medication review | medicatiebeoordeling uitvoeren; medicatie evalueren
  | Check a patient's medicines for interactions, side effects and unnecessary use.
  | De geneesmiddelen van een patiënt controleren op interacties, bijwerkingen en onnodig gebruik.
[s-care-support]
support-people-with-disabilities | SS | | support people with intellectual disabilities; disability support | mensen met een verstandelijke beperking begeleiden; gehandicaptenzorg
  | Support clients with a disability in daily life, work and leisure and promote their independence.
  | Cliënten met een beperking ondersteunen in het dagelijks leven, werk en vrije tijd en hun zelfstandigheid bevorderen.
support-mental-health-clients | SS | | support clients with mental health problems; mental health care support; ~GGZ | cliënten met psychische problemen begeleiden; begeleiding in de ggz
  | Support clients with psychiatric problems in their recovery and daily functioning.
  | Cliënten met psychiatrische problemen ondersteunen bij hun herstel en dagelijks functioneren.
motivational-interviewing | SS | | apply motivational interviewing; motivate clients to change behaviour | motiverende gespreksvoering toepassen; cliënten motiveren tot gedragsverandering
  | Use conversation techniques that help clients find their own motivation to change.
  | Gesprekstechnieken gebruiken die cliënten helpen hun eigen motivatie voor verandering te vinden.
conduct-social-casework | SO | | provide social casework; help clients with social problems | maatschappelijk werk verlenen; cliënten helpen bij sociale problemen
  | Analyse a client's situation and help with problems around money, housing, relationships and work.
  | De situatie van een cliënt analyseren en helpen bij problemen rond geld, wonen, relaties en werk.
signal-domestic-violence | SS | | recognise signs of domestic violence and child abuse; apply the reporting code | signalen van huiselijk geweld en kindermishandeling herkennen; meldcode toepassen
  | Recognise signs of abuse and take the steps of the reporting code.
  | Signalen van mishandeling herkennen en de stappen van de meldcode zetten.
promote-client-self-reliance | SS | | promote client self-reliance; encourage independence | zelfredzaamheid van cliënten bevorderen; eigen regie stimuleren
  | Help clients do as much as possible themselves and keep control over their own life.
  | Cliënten helpen zoveel mogelijk zelf te doen en de regie over hun eigen leven te houden.
organise-activities-for-clients | SS | | organise daily activities for clients; daytime activities | dagactiviteiten voor cliënten organiseren; dagbesteding
  | Plan and lead meaningful activities for groups of clients.
  | Zinvolle activiteiten voor groepen cliënten plannen en begeleiden.
provide-psychological-treatment | SO | | provide psychological treatment; conduct psychotherapy; psychological assessment | psychologische behandeling bieden; psychotherapie; psychodiagnostiek
  | Assess psychological problems and treat clients with evidence-based methods.
  | Psychische problemen onderzoeken en cliënten behandelen met bewezen effectieve methoden.
[s-care-child]
care-for-young-children | SS | | care for babies and young children; childcare | baby's en jonge kinderen verzorgen; kinderopvang
  | Feed, change and comfort babies and young children and keep them safe.
  | Baby's en jonge kinderen voeden, verschonen en troosten en hen veilig houden.
stimulate-child-development | SS | | stimulate child development; support children's development | de ontwikkeling van kinderen stimuleren; ontwikkelingsgericht werken
  | Offer activities that support the social, emotional, motor and language development of children.
  | Activiteiten aanbieden die de sociale, emotionele, motorische en taalontwikkeling van kinderen ondersteunen.
organise-play-activities | SS | ^stimulate-child-development | organise play activities; lead games for children | spelactiviteiten organiseren; spelletjes met kinderen begeleiden
  | Prepare and lead play and creative activities suited to the age of the children.
  | Spel- en creatieve activiteiten voorbereiden en begeleiden die passen bij de leeftijd van de kinderen.
communicate-with-parents | SS | | communicate with parents; talk to parents about their child | communiceren met ouders; oudergesprekken voeren
  | Inform parents about how their child is doing and discuss concerns.
  | Ouders informeren over hoe het met hun kind gaat en zorgen bespreken.
[s-care-therapy]
perform-physical-examination | SO | | perform a physiotherapy examination; assess movement problems | fysiotherapeutisch onderzoek uitvoeren; bewegingsproblemen onderzoeken
  | Examine posture, movement and function to find the cause of complaints.
  | Houding, beweging en functie onderzoeken om de oorzaak van klachten te vinden.
provide-exercise-therapy | SO | | provide exercise therapy; design a rehabilitation programme | oefentherapie geven; revalidatieprogramma opstellen
  | Design and guide exercises to restore strength, mobility and function.
  | Oefeningen ontwerpen en begeleiden om kracht, beweeglijkheid en functie te herstellen.
advise-on-aids-and-adaptations | SO | | advise on aids and home adaptations; occupational therapy advice | adviseren over hulpmiddelen en woningaanpassingen; ergotherapeutisch advies
  | Assess daily activities and advise on aids and adaptations that make them possible.
  | Dagelijkse activiteiten beoordelen en adviseren over hulpmiddelen en aanpassingen die ze mogelijk maken.
create-diet-plans | SO | | create diet plans; give dietary advice | dieetplannen opstellen; voedingsadvies geven
  | Assess eating habits and draw up a diet that fits a patient's health condition.
  | Eetgewoonten beoordelen en een dieet opstellen dat past bij de gezondheidstoestand van een patiënt.
provide-health-education | SS | | provide health education; give lifestyle advice; promote healthy living | gezondheidsvoorlichting geven; leefstijladvies geven; gezond leven bevorderen
  | Inform people about healthy behaviour and help them change their lifestyle.
  | Mensen voorlichten over gezond gedrag en hen helpen hun leefstijl te veranderen.
[s-care-practice]
schedule-patient-appointments | SS | | schedule patient appointments; manage the appointment book | afspraken met patiënten plannen; de agenda van de praktijk beheren
  | Plan appointments for patients and manage the practice schedule.
  | Afspraken voor patiënten plannen en de agenda van de praktijk beheren.
receive-patients | SS | | receive patients at the desk; welcome patients | patiënten ontvangen aan de balie; patiënten te woord staan
  | Welcome patients, check their details and answer questions at the reception desk.
  | Patiënten verwelkomen, hun gegevens controleren en vragen beantwoorden aan de balie.
assist-dentist | SO | | assist the dentist at the chair; chairside assisting | de tandarts assisteren aan de stoel; stoelassistentie
  | Prepare instruments, keep the mouth dry and clear and support the dentist during treatment.
  | Instrumenten klaarleggen, de mond droog en vrij houden en de tandarts ondersteunen tijdens de behandeling.
sterilise-instruments | SS | | clean and sterilise medical instruments; operate an autoclave | medische instrumenten reinigen en steriliseren; autoclaaf bedienen
  | Clean, pack and sterilise reusable instruments and record the process.
  | Herbruikbare instrumenten reinigen, verpakken en steriliseren en het proces vastleggen.
[k-health]
anatomy-and-physiology | KS | | human anatomy and physiology; structure and functions of the body | anatomie en fysiologie; bouw en functie van het menselijk lichaam
  | The structure of the human body and how its organs and systems work.
  | De bouw van het menselijk lichaam en de werking van de organen en systemen.
pathology | KS | | pathology; diseases and disorders | pathologie; ziekteleer
  | The causes, symptoms and course of common diseases.
  | De oorzaken, symptomen en het verloop van veelvoorkomende ziekten.
pharmacology | KS | | pharmacology; medicines and their effects | farmacologie; geneesmiddelenkennis
  | How medicines work, their doses, side effects and interactions.
  | De werking van geneesmiddelen, hun doseringen, bijwerkingen en interacties.
medical-terminology | KS | | medical terminology; medical terms | medische terminologie; medische termen
  | The terms used in health care to describe the body, diseases and treatments.
  | De termen die in de zorg worden gebruikt om het lichaam, ziekten en behandelingen te beschrijven.
nursing-science | KO | | nursing science; nursing theory | verpleegkunde; verpleegkundige theorie
  | Theories, methods and evidence on which nursing care is based.
  | Theorieën, methoden en onderbouwing waarop verpleegkundige zorg is gebaseerd.
psychiatry-and-mental-disorders | KS | | mental disorders; psychiatry; psychopathology | psychische stoornissen; psychiatrie; psychopathologie
  | Common mental disorders, their signs, course and treatment.
  | Veelvoorkomende psychische stoornissen, hun kenmerken, verloop en behandeling.
geriatrics | KS | | geriatrics; health problems of old age | geriatrie; ouderdomsziekten
  | Diseases and health problems that are common in older people.
  | Ziekten en gezondheidsproblemen die bij ouderen veel voorkomen.
child-development | KS | | child development; developmental psychology of children | ontwikkeling van kinderen; ontwikkelingspsychologie van kinderen
  | How children develop physically, socially, emotionally and cognitively.
  | Hoe kinderen zich lichamelijk, sociaal, emotioneel en cognitief ontwikkelen.
intellectual-disabilities | KS | | intellectual disabilities; disability types and support needs | verstandelijke beperkingen; soorten beperkingen en ondersteuningsbehoeften
  | Types of intellectual and multiple disabilities and what support people need.
  | Soorten verstandelijke en meervoudige beperkingen en welke ondersteuning mensen nodig hebben.
health-care-legislation | KS | +k-law | health care legislation; patient rights law; ~WGBO; ~Wet BIG | zorgwetgeving; wetgeving over patiëntenrechten; ~WGBO; ~Wet BIG
  | Laws on patient rights, professional registration, informed consent and quality of care.
  | Wetten over patiëntenrechten, beroepsregistratie, geïnformeerde toestemming en kwaliteit van zorg.
social-security-and-care-system | KC | | the Dutch care and social support system; long-term care and social support act; ~Wmo; ~Wlz | het Nederlandse zorg- en ondersteuningsstelsel; langdurige zorg en maatschappelijke ondersteuning; ~Wmo; ~Wlz
  | How care and support are organised and paid for: health insurance, long-term care and municipal support.
  | Hoe zorg en ondersteuning zijn georganiseerd en betaald: zorgverzekering, langdurige zorg en gemeentelijke ondersteuning.
nutrition-and-dietetics | KS | | nutrition and dietetics; nutrients and diets | voedingsleer en diëtetiek; voedingsstoffen en diëten
  | The nutrients the body needs and diets for health conditions.
  | De voedingsstoffen die het lichaam nodig heeft en diëten bij aandoeningen.
musculoskeletal-system | KO | ^anatomy-and-physiology | the musculoskeletal system; kinesiology | het bewegingsapparaat; bewegingsleer
  | Bones, joints and muscles and how they produce movement.
  | Botten, gewrichten en spieren en hoe zij beweging voortbrengen.
obstetrics | KO | | obstetrics; pregnancy and childbirth | obstetrie; zwangerschap en bevalling
  | The course of pregnancy, birth and the postnatal period and their complications.
  | Het verloop van zwangerschap, geboorte en kraambed en de complicaties daarvan.
oral-health-and-dentistry | KO | | oral health and dentistry; dental treatments | mondgezondheid en tandheelkunde; tandheelkundige behandelingen
  | The teeth and mouth, their diseases and dental treatments.
  | Het gebit en de mond, de aandoeningen daarvan en tandheelkundige behandelingen.
psychology | KS | r | psychology; human behaviour | psychologie; menselijk gedrag
  | Theories of human behaviour, thinking, emotion and personality.
  | Theorieën over menselijk gedrag, denken, emoties en persoonlijkheid.
evidence-based-practice | SS | r | apply evidence-based practice; use scientific research in care | evidence-based werken; wetenschappelijk onderzoek in de zorg gebruiken
  | Find, judge and apply the results of scientific research in daily practice.
  | Resultaten van wetenschappelijk onderzoek vinden, beoordelen en toepassen in de dagelijkse praktijk.
"""

SKILL_RELATIONS = """
prepare-medication -> pharmacology essential
administer-medication -> pharmacology essential
give-injections -> anatomy-and-physiology optional
provide-palliative-care -> pharmacology optional
treat-complex-wounds -> prevent-infections essential
work-sterile -> prevent-infections essential
assist-in-surgery -> work-sterile essential
care-for-people-with-dementia -> geriatrics optional
provide-exercise-therapy -> musculoskeletal-system essential
create-diet-plans -> nutrition-and-dietetics essential
provide-psychological-treatment -> psychology essential
support-mental-health-clients -> psychiatry-and-mental-disorders optional
stimulate-child-development -> child-development essential
assist-childbirth -> obstetrics essential
diagnose-patients -> pathology essential
"""
