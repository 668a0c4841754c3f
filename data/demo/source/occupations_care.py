"""Occupations in care, health and welfare.  Format: see __init__.py."""

OCCUPATIONS = """
nurse | 2221 | | reg | nurse; registered nurse; hospital nurse; ~RN | verpleegkundige; verpleger; verpleegster; ~hbo-verpleegkundige
  | Nurses assess, plan, provide and evaluate nursing care for patients in hospitals, nursing homes and the community, and coordinate care with other professionals.
  | Verpleegkundigen stellen de zorgbehoefte vast en plannen, verlenen en evalueren verpleegkundige zorg voor patiënten in ziekenhuizen, verpleeghuizen en de wijk, en stemmen de zorg af met andere professionals.
  | Includes nurses with a bachelor's degree working in hospitals, nursing homes, mental health care and home care. Excludes vocational (MBO) nurses and nurse practitioners.
  | Omvat hbo-verpleegkundigen in ziekenhuizen, verpleeghuizen, de ggz en de thuiszorg. Omvat niet mbo-verpleegkundigen en verpleegkundig specialisten.
  E: @care-core @nursing take-blood-samples perform-cpr
  O: manage-catheters provide-health-education involve-informal-carers evidence-based-practice coach-others reflect-on-own-work adapt-to-change
     provide-palliative-care cope-with-pressure read-english
district-nurse | 2221 | ^nurse | reg | district nurse; community nurse; home care nurse | wijkverpleegkundige; verpleegkundige in de wijk; thuiszorgverpleegkundige
  | District nurses provide and organise nursing care for clients at home, assess their care needs and work with general practitioners and social support in the neighbourhood.
  | Wijkverpleegkundigen verlenen en organiseren verpleegkundige zorg bij cliënten thuis, stellen hun zorgbehoefte vast en werken samen met huisartsen en het sociale domein in de wijk.
  E: @care-core @nursing assess-care-needs involve-informal-carers promote-client-self-reliance
     provide-elderly-care work-independently social-security-and-care-system manage-catheters
  O: treat-complex-wounds provide-palliative-care care-for-people-with-dementia prevent-falls
     provide-health-education drive-van
intensive-care-nurse | 2221 | ^nurse | reg | intensive care nurse; ICU nurse; critical care nurse | IC-verpleegkundige; intensivecareverpleegkundige; ~ic verpleegkundige
  | Intensive care nurses look after critically ill patients on life support, monitor them continuously and act quickly when their condition changes.
  | IC-verpleegkundigen verzorgen ernstig zieke patiënten aan levensondersteunende apparatuur, bewaken hen continu en handelen snel wanneer hun toestand verandert.
  E: @care-core @nursing monitor-critically-ill-patients take-blood-samples perform-cpr cope-with-pressure
     make-decisions
  O: make-ecg manage-catheters work-sterile evidence-based-practice
nurse-practitioner | 2221 | ^nurse | reg r | nurse practitioner; advanced practice nurse | verpleegkundig specialist; nurse practitioner
  | Nurse practitioners diagnose and treat common conditions within their specialism, prescribe medication and lead the care of patient groups.
  | Verpleegkundig specialisten stellen binnen hun specialisme diagnoses, behandelen veelvoorkomende aandoeningen, schrijven medicatie voor en geven leiding aan de zorg voor patiëntgroepen.
  E: @care-core @nursing diagnose-patients prescribe-treatment evidence-based-practice manage-chronic-care
     review-medication coach-others
  O: conduct-research present-information provide-health-education
ambulance-nurse | 2221 | ^nurse | reg | ambulance nurse; paramedic nurse; emergency nurse | ambulanceverpleegkundige; spoedverpleegkundige
  | Ambulance nurses assess and treat patients at the scene of an emergency and during transport to hospital.
  | Ambulanceverpleegkundigen beoordelen en behandelen patiënten op de plaats van een noodsituatie en tijdens het vervoer naar het ziekenhuis.
  E: @care-core @nursing provide-emergency-care perform-triage perform-cpr make-ecg cope-with-pressure
     make-decisions act-in-emergency
  O: deal-with-aggression drive-defensively
vocational-nurse | 3221 | | reg | vocational nurse; licensed practical nurse; MBO nurse | mbo-verpleegkundige; verpleegkundige niveau 4
  | Vocational nurses provide nursing care to patients and clients with a stable condition, carry out nursing procedures and report to the responsible nurse or doctor.
  | Mbo-verpleegkundigen verlenen verpleegkundige zorg aan patiënten en cliënten met een stabiele situatie, voeren verpleegtechnische handelingen uit en rapporteren aan de verantwoordelijke verpleegkundige of arts.
  | Includes nurses with a vocational (MBO level 4) qualification. Excludes nurses with a bachelor's degree.
  | Omvat verpleegkundigen met een mbo-diploma op niveau 4. Omvat niet hbo-verpleegkundigen.
  E: @care-core apply-nursing-process draw-up-care-plan measure-vital-signs administer-medication
     prepare-medication perform-wound-care give-injections anatomy-and-physiology pharmacology
     health-care-legislation
  O: manage-catheters provide-elderly-care care-for-people-with-dementia involve-informal-carers reflect-on-own-work
     provide-palliative-care perform-cpr
practice-nurse | 3221 | | | practice nurse; GP practice nurse; primary care practice assistant | praktijkondersteuner huisarts; POH; ~poh-somatiek
  | Practice nurses support general practitioners by monitoring patients with chronic conditions such as diabetes and COPD and coaching them on lifestyle.
  | Praktijkondersteuners huisarts ondersteunen de huisarts door patiënten met chronische aandoeningen zoals diabetes en COPD te controleren en hen te coachen op leefstijl.
  E: @care-core manage-chronic-care measure-vital-signs provide-health-education motivational-interviewing
     perform-lab-tests make-ecg pathology pharmacology schedule-patient-appointments
  O: perform-telephone-triage take-blood-samples review-medication
operating-room-assistant | 3221 | | | operating room assistant; surgical technologist; scrub nurse | operatieassistent; OK-assistent
  | Operating room assistants prepare the operating room, hand instruments to the surgeon and keep the surgical field sterile.
  | Operatieassistenten bereiden de operatiekamer voor, geven de chirurg instrumenten aan en houden het operatiegebied steriel.
  E: assist-in-surgery work-sterile prevent-infections sterilise-instruments anatomy-and-physiology
     medical-terminology cope-with-pressure work-in-multidisciplinary-team pay-attention-to-detail
     communicate-clearly speak-dutch
  O: measure-vital-signs perform-cpr
certified-care-worker | 5321 | | | certified care worker; care worker in elderly care; nursing assistant | verzorgende IG; verzorgende individuele gezondheidszorg; ~verzorgende-ig; ~VIG
  | Certified care workers help clients with personal care and daily life, carry out simple nursing procedures such as giving medication and injections, and report changes to the nurse.
  | Verzorgenden IG helpen cliënten bij de persoonlijke verzorging en het dagelijks leven, voeren eenvoudige verpleegtechnische handelingen uit zoals medicatie en injecties geven, en melden veranderingen aan de verpleegkundige.
  | Includes care workers with an MBO level 3 qualification who may carry out certain nursing procedures. Excludes care helpers (level 2) and nurses.
  | Omvat verzorgenden met een mbo-diploma op niveau 3 die bepaalde voorbehouden handelingen mogen uitvoeren. Omvat niet helpenden (niveau 2) en verpleegkundigen.
  E: @care-core assist-with-eating transfer-clients provide-elderly-care measure-vital-signs administer-medication
     prepare-medication give-injections perform-wound-care draw-up-care-plan prevent-falls
  O: care-for-people-with-dementia provide-palliative-care involve-informal-carers manage-catheters reflect-on-own-work adapt-to-change
     geriatrics support-daily-household perform-cpr lift-heavy-loads
care-helper | 5329 | | | care helper; care and welfare assistant; health care aide | helpende zorg en welzijn; helpende; ~helpende z&w
  | Care helpers support clients in daily life with personal care, meals, household tasks and activities, under the direction of care workers.
  | Helpenden zorg en welzijn ondersteunen cliënten in het dagelijks leven bij persoonlijke verzorging, maaltijden, huishoudelijke taken en activiteiten, onder leiding van verzorgenden.
  | Includes helpers at MBO level 2 in elderly care, home care and welfare. Excludes certified care workers.
  | Omvat helpenden op mbo-niveau 2 in de ouderenzorg, thuiszorg en het welzijnswerk. Omvat niet verzorgenden IG.
  E: provide-personal-care assist-with-eating support-daily-household observe-client-health
     apply-hygiene-standards show-empathy communicate-clearly work-in-team speak-dutch understand-spoken-dutch
  O: organise-activities-for-clients transfer-clients provide-elderly-care care-for-people-with-dementia reflect-on-own-work
     record-in-patient-file lift-heavy-loads
home-care-worker | 5322 | | | home care worker; home help; domestic care assistant | thuiszorgmedewerker; medewerker thuiszorg; alfahulp; ~huishoudelijk medewerker thuiszorg
  | Home care workers help clients at home with household tasks and personal care so they can keep living independently.
  | Thuiszorgmedewerkers helpen cliënten thuis met huishoudelijke taken en persoonlijke verzorging zodat zij zelfstandig kunnen blijven wonen.
  E: support-daily-household provide-personal-care observe-client-health promote-client-self-reliance
     apply-hygiene-standards show-empathy work-independently speak-dutch understand-spoken-dutch
  O: assist-with-eating do-laundry clean-buildings provide-elderly-care involve-informal-carers
maternity-care-assistant | 5321 | ^certified-care-worker | | maternity care assistant; maternity nurse | kraamverzorgende; kraamzorgmedewerker
  | Maternity care assistants care for mother and baby at home in the first days after birth and help at home deliveries.
  | Kraamverzorgenden verzorgen moeder en baby thuis in de eerste dagen na de geboorte en assisteren bij thuisbevallingen.
  E: @care-core provide-maternity-care measure-vital-signs provide-health-education communicate-with-parents
     obstetrics work-independently
  O: assist-childbirth support-daily-household signal-domestic-violence
medical-assistant | 3256 | | | medical assistant; doctor's assistant; GP assistant | doktersassistent; doktersassistente; assistent huisartsenpraktijk; ~dokters assistent
  | Medical assistants support general practitioners and specialists: they triage patients by phone, make appointments, perform simple tests and assist with treatments.
  | Doktersassistenten ondersteunen huisartsen en specialisten: zij doen de telefonische triage, maken afspraken, voeren eenvoudige onderzoeken uit en assisteren bij behandelingen.
  E: @practice-desk perform-telephone-triage perform-lab-tests measure-vital-signs prevent-infections
     sterilise-instruments anatomy-and-physiology
  O: make-ecg take-blood-samples perform-wound-care give-injections manage-chronic-care
     handle-customer-complaints
dental-assistant | 3251 | | | dental assistant; dental nurse | tandartsassistent; tandartsassistente; ~tandarts assistent
  | Dental assistants prepare treatments, assist the dentist at the chair, sterilise instruments and manage the appointment book.
  | Tandartsassistenten bereiden behandelingen voor, assisteren de tandarts aan de stoel, steriliseren instrumenten en beheren de agenda.
  E: @practice-desk assist-dentist sterilise-instruments prevent-infections oral-health-and-dentistry
  O: provide-health-education handle-customer-complaints
pharmacy-assistant | 3213 | | | pharmacy assistant; pharmacy technician; dispensing assistant | apothekersassistent; apothekersassistente; farmaceutisch consulent
  | Pharmacy assistants check prescriptions, dispense medicines, explain their use to patients and prepare medicines in the pharmacy.
  | Apothekersassistenten controleren recepten, leveren geneesmiddelen af, leggen het gebruik uit aan patiënten en bereiden geneesmiddelen in de apotheek.
  E: dispense-medication pharmacology medical-terminology compound-medicines serve-customers
     respect-confidentiality pay-attention-to-detail use-digital-devices speak-dutch communicate-clearly
  O: review-medication handle-customer-complaints answer-telephone
general-practitioner | 2211 | | reg r | general practitioner; GP; family doctor | huisarts; dokter; ~huisdokter
  | General practitioners examine patients, diagnose and treat common illnesses, prescribe medicines and refer patients to specialists.
  | Huisartsen onderzoeken patiënten, stellen diagnoses, behandelen veelvoorkomende ziekten, schrijven geneesmiddelen voor en verwijzen naar specialisten.
  E: diagnose-patients prescribe-treatment anatomy-and-physiology pathology pharmacology medical-terminology
     health-care-legislation make-decisions listen-actively show-empathy respect-confidentiality
     record-in-patient-file speak-dutch
  O: evidence-based-practice manage-chronic-care provide-palliative-care take-blood-samples coach-others
physiotherapist | 2264 | | reg | physiotherapist; physical therapist | fysiotherapeut; fysio; ~fysiotherapeute
  | Physiotherapists examine and treat people with problems of movement and posture, using exercise, manual therapy and advice.
  | Fysiotherapeuten onderzoeken en behandelen mensen met problemen in beweging en houding met oefentherapie, manuele therapie en advies.
  E: perform-physical-examination provide-exercise-therapy musculoskeletal-system anatomy-and-physiology
     provide-health-education record-in-patient-file motivational-interviewing communicate-clearly
     show-empathy speak-dutch
  O: evidence-based-practice schedule-patient-appointments work-in-multidisciplinary-team
occupational-therapist | 2269 | | reg | occupational therapist; OT | ergotherapeut
  | Occupational therapists help people with a disability or illness carry out daily activities, by training skills and advising on aids and adaptations.
  | Ergotherapeuten helpen mensen met een beperking of ziekte dagelijkse activiteiten uit te voeren door vaardigheden te trainen en te adviseren over hulpmiddelen en aanpassingen.
  E: advise-on-aids-and-adaptations promote-client-self-reliance anatomy-and-physiology
     record-in-patient-file communicate-clearly show-empathy speak-dutch work-in-multidisciplinary-team
  O: provide-exercise-therapy involve-informal-carers prevent-falls
dietitian | 2265 | | reg | dietitian; nutritionist | diëtist; voedingsdeskundige; ~dietist
  | Dietitians assess eating habits and give dietary treatment and advice to prevent or treat illness.
  | Diëtisten beoordelen eetgewoonten en geven dieetbehandeling en advies om ziekte te voorkomen of te behandelen.
  E: create-diet-plans nutrition-and-dietetics provide-health-education motivational-interviewing
     record-in-patient-file communicate-clearly speak-dutch
  O: pathology evidence-based-practice
midwife | 2222 | | reg | midwife; independent midwife | verloskundige; vroedvrouw
  | Midwives monitor pregnancies, assist births at home and in hospital and care for mother and child afterwards.
  | Verloskundigen begeleiden zwangerschappen, helpen bij bevallingen thuis en in het ziekenhuis en zorgen daarna voor moeder en kind.
  E: provide-prenatal-care assist-childbirth obstetrics anatomy-and-physiology measure-vital-signs
     make-decisions cope-with-pressure record-in-patient-file communicate-clearly speak-dutch
  O: provide-maternity-care provide-health-education signal-domestic-violence take-blood-samples
psychologist | 2634 | | reg r | psychologist; health care psychologist; clinical psychologist | psycholoog; GZ-psycholoog; gezondheidszorgpsycholoog
  | Psychologists assess and treat mental health problems and advise clients and organisations on behaviour and well-being.
  | Psychologen onderzoeken en behandelen psychische problemen en adviseren cliënten en organisaties over gedrag en welzijn.
  E: provide-psychological-treatment psychology psychiatry-and-mental-disorders listen-actively
     conduct-interviews write-reports respect-confidentiality act-ethically speak-dutch
  O: conduct-research evidence-based-practice statistics motivational-interviewing
social-worker | 2635 | | | social worker; social work professional | maatschappelijk werker; sociaal werker; ~maatschappelijk werkster
  | Social workers help people solve problems around income, housing, relationships and work and connect them with services in the neighbourhood.
  | Maatschappelijk werkers helpen mensen problemen rond inkomen, wonen, relaties en werk op te lossen en brengen hen in contact met voorzieningen in de wijk.
  E: @support-work conduct-social-casework social-security-and-care-system conduct-interviews
     work-in-multidisciplinary-team
  O: social-security-law handle-conflicts write-reports reflect-on-own-work search-information-online
disability-support-worker | 3412 | | | disability support worker; support worker for people with intellectual disabilities | persoonlijk begeleider gehandicaptenzorg; begeleider gehandicaptenzorg; woonbegeleider
  | Disability support workers help people with intellectual or multiple disabilities in daily life, work and leisure and draw up their support plans.
  | Begeleiders gehandicaptenzorg ondersteunen mensen met een verstandelijke of meervoudige beperking in het dagelijks leven, werk en vrije tijd en stellen hun ondersteuningsplan op.
  E: @support-work support-people-with-disabilities intellectual-disabilities draw-up-care-plan
     provide-personal-care
  O: administer-medication involve-informal-carers transfer-clients dutch-sign-language reflect-on-own-work
mental-health-support-worker | 3412 | | | mental health support worker; recovery support worker; psychiatric support worker | begeleider GGZ; ggz-agoog; persoonlijk begeleider ggz
  | Mental health support workers support clients with psychiatric problems in their recovery, daily structure, housing and work.
  | Begeleiders GGZ ondersteunen cliënten met psychiatrische problemen bij hun herstel, dagstructuur, wonen en werk.
  E: @support-work support-mental-health-clients psychiatry-and-mental-disorders draw-up-care-plan
  O: administer-medication coach-jobseekers conduct-social-casework reflect-on-own-work
childcare-worker | 5311 | | | childcare worker; early years practitioner; nursery worker | pedagogisch medewerker kinderopvang; pedagogisch medewerker; ~leidster kinderdagverblijf
  | Childcare workers care for babies and young children in day care and after-school care and support their development through play.
  | Pedagogisch medewerkers verzorgen baby's en jonge kinderen in de kinderopvang en buitenschoolse opvang en stimuleren hun ontwikkeling door spel.
  E: care-for-young-children stimulate-child-development organise-play-activities communicate-with-parents
     child-development apply-hygiene-standards signal-domestic-violence work-in-team speak-dutch
     communicate-clearly
  O: provide-first-aid pedagogy observe-client-health reflect-on-own-work adapt-to-change
care-team-manager | 1343 | | | care team manager; care coordinator; location manager in elderly care | teamleider zorg; zorgcoördinator; locatiemanager ouderenzorg
  | Care team managers lead teams in elderly or home care, plan staffing and guard the quality of care and the budget.
  | Teamleiders zorg geven leiding aan teams in de ouderen- of thuiszorg, plannen de bezetting en bewaken de kwaliteit van zorg en het budget.
  E: @management provide-elderly-care health-care-legislation social-security-and-care-system
     work-in-multidisciplinary-team improve-processes speak-dutch
  O: recruit-staff manage-sickness-absence nursing-science
medical-secretary | 3344 | | | medical secretary; outpatient clinic secretary | medisch secretaresse; poliassistent; medisch secretaris
  | Medical secretaries run the administration of a hospital department or clinic: appointments, correspondence and patient records.
  | Medisch secretaresses verzorgen de administratie van een ziekenhuisafdeling of polikliniek: afspraken, correspondentie en patiëntdossiers.
  E: @practice-desk @office-basics handle-correspondence manage-records
  O: take-minutes manage-agendas
"""
