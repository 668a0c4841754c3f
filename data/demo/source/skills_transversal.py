"""Transversal skills (useful in almost every job) and language skills.
Format: see __init__.py."""

SKILLS = """
[t-core]
use-digital-devices | ST | c | use a computer and digital devices; work with computers; use a smartphone | computer en digitale apparaten gebruiken; met de computer werken; smartphone gebruiken
  | Operate computers, tablets and smartphones and use common applications for work.
  | Computers, tablets en smartphones bedienen en gangbare toepassingen voor het werk gebruiken.
use-office-software | SC | d | use office software; word processing; work with spreadsheets; ~MS Office | kantoorsoftware gebruiken; tekstverwerken; met spreadsheets werken; ~Word en Excel
  | Create documents, spreadsheets and presentations with office software.
  | Documenten, rekenbladen en presentaties maken met kantoorsoftware.
communicate-digitally | ST | c | communicate by e-mail and online tools; use e-mail; video calling | digitaal communiceren; e-mail gebruiken; videobellen
  | Exchange information and work together through e-mail, chat and video calls.
  | Informatie uitwisselen en samenwerken via e-mail, chat en videobellen.
search-information-online | ST | c | search, filter and judge information online; find information on the internet | online informatie zoeken en beoordelen; informatie op internet zoeken
  | Find information on the internet, compare sources and judge how reliable they are.
  | Informatie op internet vinden, bronnen vergelijken en de betrouwbaarheid beoordelen.
protect-personal-data | ST | c | protect personal data and privacy online; stay safe online | persoonsgegevens en privacy online beschermen; veilig online werken
  | Keep passwords, devices and personal data safe and recognise phishing and scams.
  | Wachtwoorden, apparaten en persoonsgegevens veilig houden en phishing en oplichting herkennen.
apply-numeracy | ST | | apply numeracy skills; calculate; work with numbers | rekenvaardigheid toepassen; rekenen; met getallen werken
  | Do calculations, work with measures, percentages and quantities in daily work.
  | Berekeningen maken en met maten, percentages en hoeveelheden werken in het dagelijks werk.
read-work-instructions | ST | | read and follow work instructions; follow written procedures | werkinstructies lezen en opvolgen; schriftelijke procedures volgen
  | Understand written instructions, procedures and manuals and act on them.
  | Schriftelijke instructies, procedures en handleidingen begrijpen en ernaar handelen.
[t-thinking]
solve-problems | ST | | solve problems; find solutions; troubleshoot | problemen oplossen; oplossingen vinden
  | Analyse a problem, look for causes and choose and carry out a workable solution.
  | Een probleem analyseren, oorzaken zoeken en een werkbare oplossing kiezen en uitvoeren.
think-critically | ST | | think critically; judge information critically | kritisch denken; informatie kritisch beoordelen
  | Question assumptions, weigh evidence and form a well-founded opinion.
  | Aannames bevragen, bewijs afwegen en een onderbouwd oordeel vormen.
make-decisions | ST | | make decisions; take decisions under uncertainty | beslissingen nemen; knopen doorhakken
  | Choose between options after weighing the risks and consequences.
  | Kiezen tussen mogelijkheden na afweging van de risico's en gevolgen.
think-creatively | ST | | think creatively; come up with new ideas; innovate | creatief denken; nieuwe ideeën bedenken; innoveren
  | Come up with new ideas and original approaches to tasks and problems.
  | Nieuwe ideeën en originele benaderingen voor taken en problemen bedenken.
plan-and-organise-work | ST | | plan and organise work; organise own work; plan tasks | werk plannen en organiseren; eigen werk organiseren; taken plannen
  | Set priorities, plan tasks and organise resources to finish work on time.
  | Prioriteiten stellen, taken plannen en middelen organiseren om werk op tijd af te ronden.
pay-attention-to-detail | ST | | work accurately; pay attention to detail; work precisely | nauwkeurig werken; oog voor detail hebben; precies werken
  | Carry out tasks carefully and check the result for errors.
  | Taken zorgvuldig uitvoeren en het resultaat op fouten controleren.
[t-self]
work-independently | ST | | work independently; work without supervision | zelfstandig werken; werken zonder toezicht
  | Carry out tasks on one's own initiative and responsibility.
  | Taken op eigen initiatief en verantwoordelijkheid uitvoeren.
manage-time | ST | | manage time; keep to deadlines; be punctual | timemanagement; deadlines halen; punctueel zijn
  | Use working time efficiently and deliver work at the agreed moment.
  | Werktijd efficiënt gebruiken en werk op het afgesproken moment opleveren.
cope-with-pressure | ST | | cope with stress and pressure; stay calm under pressure; ~stress resistant | omgaan met stress en werkdruk; kalm blijven onder druk; ~stressbestendig
  | Stay calm and keep working well in busy, urgent or difficult situations.
  | Rustig blijven en goed blijven werken in drukke, urgente of moeilijke situaties.
adapt-to-change | ST | | adapt to change; be flexible; deal with change | flexibel zijn; omgaan met verandering; zich aanpassen
  | Adjust plans and ways of working when circumstances change.
  | Plannen en werkwijzen aanpassen wanneer omstandigheden veranderen.
learn-continuously | ST | | keep learning; develop yourself professionally; lifelong learning | blijven leren; zich professioneel ontwikkelen; leven lang ontwikkelen
  | Seek feedback and new knowledge and keep skills up to date throughout working life.
  | Feedback en nieuwe kennis zoeken en vaardigheden gedurende het werkzame leven bijhouden.
reflect-on-own-work | ST | | reflect on own work; evaluate own performance | reflecteren op eigen handelen; eigen functioneren evalueren
  | Look back on one's own actions, learn from mistakes and improve.
  | Terugkijken op het eigen handelen, leren van fouten en verbeteren.
show-initiative | ST | | show initiative; take initiative; be proactive | initiatief nemen; proactief handelen
  | Act without waiting to be told and look for opportunities to improve.
  | Handelen zonder te wachten op een opdracht en kansen tot verbetering zoeken.
[t-social]
communicate-clearly | ST | | communicate clearly; explain things clearly; oral communication | helder communiceren; duidelijk uitleggen; mondeling communiceren
  | Pass on information clearly and check that the other person understood it.
  | Informatie duidelijk overbrengen en nagaan of de ander het heeft begrepen.
listen-actively | ST | | listen actively; listen carefully | actief luisteren; goed luisteren
  | Give full attention to what others say, ask questions and summarise.
  | Volledige aandacht geven aan wat anderen zeggen, vragen stellen en samenvatten.
work-in-team | ST | | work in a team; cooperate with colleagues; teamwork | samenwerken in een team; met collega's samenwerken; teamwerk
  | Work together with colleagues towards a shared goal and share tasks and information.
  | Met collega's samenwerken aan een gezamenlijk doel en taken en informatie delen.
work-in-multidisciplinary-team | SC | ^work-in-team | work in a multidisciplinary team; cooperate with other professions | samenwerken in een multidisciplinair team; samenwerken met andere disciplines
  | Cooperate with professionals of other disciplines around a client, patient or project.
  | Samenwerken met professionals uit andere disciplines rond een cliënt, patiënt of project.
show-empathy | ST | | show empathy; empathise with others | empathie tonen; zich inleven in anderen; inlevingsvermogen
  | Understand and respond to the feelings and needs of others.
  | De gevoelens en behoeften van anderen begrijpen en erop reageren.
serve-customers | ST | | be customer oriented; serve customers well; customer focus | klantgericht werken; klanten goed helpen; klantgerichtheid
  | Find out what customers need and help them in a friendly and effective way.
  | Nagaan wat klanten nodig hebben en hen vriendelijk en doeltreffend helpen.
handle-conflicts | ST | | handle conflicts; resolve disagreements | conflicten hanteren; meningsverschillen oplossen
  | Recognise tensions early and help the parties towards an acceptable solution.
  | Spanningen vroeg herkennen en partijen naar een aanvaardbare oplossing helpen.
give-feedback | ST | | give and receive feedback; give constructive feedback | feedback geven en ontvangen; opbouwende feedback geven
  | Tell others what goes well and what could improve, and accept feedback oneself.
  | Anderen vertellen wat goed gaat en wat beter kan, en zelf feedback aanvaarden.
present-information | SC | | present information; give presentations; speak in public | informatie presenteren; presentaties geven; spreken in het openbaar
  | Present ideas and results clearly to a group.
  | Ideeën en resultaten duidelijk aan een groep presenteren.
write-reports | SC | | write reports; write clear texts; report in writing | rapporten schrijven; heldere teksten schrijven; schriftelijk rapporteren
  | Write clear and well-structured reports, letters and notes.
  | Heldere en goed gestructureerde rapporten, brieven en notities schrijven.
negotiate | SC | | negotiate; reach agreements; bargain | onderhandelen; afspraken maken; tot overeenstemming komen
  | Reach agreements with others that serve the interests of both sides.
  | Met anderen afspraken maken die de belangen van beide partijen dienen.
lead-others | SC | | lead others; give direction to a team; leadership | leidinggeven; richting geven aan een team; leiderschap
  | Motivate and guide people and take responsibility for the result of a group.
  | Mensen motiveren en sturen en verantwoordelijkheid nemen voor het resultaat van een groep.
coach-others | SC | | coach others; guide colleagues; mentor | anderen coachen; collega's begeleiden; mentor zijn
  | Help others develop their skills by giving guidance and feedback.
  | Anderen helpen hun vaardigheden te ontwikkelen door begeleiding en feedback.
deal-with-aggression | SC | | deal with aggressive behaviour; de-escalate; handle verbal aggression | omgaan met agressie; de-escaleren; verbale agressie hanteren
  | Recognise signs of aggression and calm the situation while keeping oneself and others safe.
  | Signalen van agressie herkennen en de situatie kalmeren met behoud van de eigen veiligheid en die van anderen.
work-with-diverse-people | ST | | work with people from diverse backgrounds; intercultural communication | werken met mensen met verschillende achtergronden; interculturele communicatie
  | Respect and communicate well with people of different cultures, ages and abilities.
  | Mensen met verschillende culturen, leeftijden en mogelijkheden respecteren en goed met hen communiceren.
[t-physical]
lift-heavy-loads | ST | | lift and carry heavy loads; use ergonomic lifting techniques | zware lasten tillen en dragen; ergonomisch tillen
  | Lift, carry and move heavy objects safely, using ergonomic techniques.
  | Zware voorwerpen veilig tillen, dragen en verplaatsen met ergonomische technieken.
use-hand-tools | ST | | use hand tools; work with hand tools | handgereedschap gebruiken; met handgereedschap werken
  | Use hammers, screwdrivers, pliers, saws and similar tools safely and precisely.
  | Hamers, schroevendraaiers, tangen, zagen en dergelijk gereedschap veilig en precies gebruiken.
use-power-tools | SC | ^use-hand-tools | use power tools; drill, saw and grind with power tools | elektrisch gereedschap gebruiken; boren, zagen en slijpen met elektrisch gereedschap
  | Operate electric and pneumatic tools such as drills, angle grinders and saws safely.
  | Elektrisch en pneumatisch gereedschap zoals boormachines, haakse slijpers en zagen veilig bedienen.
work-physically-demanding | ST | | work in a physically demanding job; stand and walk for long periods | fysiek zwaar werk verrichten; lang staan en lopen
  | Keep up physical effort over a working day, including standing, bending and walking.
  | Een werkdag lang fysieke inspanning volhouden, waaronder staan, bukken en lopen.
[t-life]
work-safely | ST | | work safely; follow health and safety rules; ~veilig werken | veilig werken; arboregels naleven; ~safety first
  | Apply health and safety rules and use protective equipment to prevent accidents.
  | Arbo- en veiligheidsregels toepassen en beschermingsmiddelen gebruiken om ongevallen te voorkomen.
apply-hygiene-standards | ST | | apply hygiene standards; work hygienically | hygiënisch werken; hygiënenormen toepassen
  | Keep oneself, the workplace and equipment clean to prevent contamination and infection.
  | Zichzelf, de werkplek en materialen schoon houden om besmetting en infectie te voorkomen.
act-ethically | ST | | act with integrity; follow professional ethics | integer handelen; beroepsethiek naleven
  | Act honestly and according to the ethical code of the profession.
  | Eerlijk handelen en volgens de ethische code van het beroep.
respect-confidentiality | ST | | respect confidentiality; keep information confidential; professional secrecy | vertrouwelijkheid respecteren; beroepsgeheim; geheimhouding
  | Handle confidential information with care and share it only when allowed.
  | Vertrouwelijke informatie zorgvuldig behandelen en alleen delen wanneer dat mag.
reduce-waste-and-energy-use | ST | g | reduce waste and energy use; work sustainably; save energy | afval en energiegebruik verminderen; duurzaam werken; energie besparen
  | Avoid waste, separate materials for recycling and use energy and water sparingly.
  | Verspilling voorkomen, materialen scheiden voor hergebruik en zuinig omgaan met energie en water.
provide-first-aid | SC | | provide first aid; administer first aid; ~EHBO | eerste hulp verlenen; EHBO toepassen; ~first aid
  | Give first aid to injured or ill people until professional help arrives.
  | Eerste hulp geven aan gewonde of zieke personen tot professionele hulp arriveert.
perform-cpr | SC | ^provide-first-aid | perform cardiopulmonary resuscitation; perform CPR; use an AED | reanimeren; reanimatie uitvoeren; AED gebruiken
  | Resuscitate a person in cardiac arrest with chest compressions, ventilation and an AED.
  | Een persoon met een hartstilstand reanimeren met borstcompressies, beademing en een AED.
act-in-emergency | SC | | act in emergencies; respond to incidents; evacuate a building | handelen bij calamiteiten; optreden bij incidenten; een gebouw ontruimen
  | Raise the alarm, follow emergency procedures and help people to safety.
  | Alarm slaan, noodprocedures volgen en mensen in veiligheid brengen.
[l-languages]
dutch | KT | | Dutch; Dutch language | Nederlands; Nederlandse taal
  | The Dutch language, its grammar, vocabulary and spelling.
  | De Nederlandse taal, de grammatica, de woordenschat en de spelling.
speak-dutch | ST | ^dutch | speak Dutch; interact verbally in Dutch; Dutch conversation | Nederlands spreken; mondeling communiceren in het Nederlands
  | Communicate orally in Dutch.
  | Mondeling communiceren in het Nederlands.
understand-spoken-dutch | ST | ^dutch | understand spoken Dutch; listen in Dutch | gesproken Nederlands begrijpen; luisteren in het Nederlands
  | Understand Dutch when it is spoken.
  | Nederlands begrijpen wanneer het gesproken wordt.
write-dutch | ST | ^dutch | write Dutch; write texts in Dutch | Nederlands schrijven; teksten schrijven in het Nederlands
  | Write texts in Dutch.
  | Teksten schrijven in het Nederlands.
read-dutch | ST | ^dutch | understand written Dutch; read Dutch | geschreven Nederlands begrijpen; Nederlands lezen
  | Read and understand texts written in Dutch.
  | Teksten in het Nederlands lezen en begrijpen.
english | KT | | English; English language | Engels; Engelse taal
  | The English language, its grammar, vocabulary and spelling.
  | De Engelse taal, de grammatica, de woordenschat en de spelling.
speak-english | ST | ^english | speak English; interact verbally in English | Engels spreken; mondeling communiceren in het Engels
  | Communicate orally in English.
  | Mondeling communiceren in het Engels.
write-english | ST | ^english | write English; write texts in English | Engels schrijven; teksten schrijven in het Engels
  | Write texts in English.
  | Teksten schrijven in het Engels.
read-english | ST | ^english | understand written English; read English | geschreven Engels begrijpen; Engels lezen
  | Read and understand texts written in English, such as manuals and documentation.
  | Teksten in het Engels lezen en begrijpen, zoals handleidingen en documentatie.
german | KT | | German; German language | Duits; Duitse taal
  | The German language, its grammar, vocabulary and spelling.
  | De Duitse taal, de grammatica, de woordenschat en de spelling.
speak-german | ST | ^german | speak German; interact verbally in German | Duits spreken; mondeling communiceren in het Duits
  | Communicate orally in German.
  | Mondeling communiceren in het Duits.
polish | KT | | Polish; Polish language | Pools; Poolse taal
  | The Polish language, its grammar, vocabulary and spelling.
  | De Poolse taal, de grammatica, de woordenschat en de spelling.
speak-polish | ST | ^polish | speak Polish; interact verbally in Polish | Pools spreken; mondeling communiceren in het Pools
  | Communicate orally in Polish.
  | Mondeling communiceren in het Pools.
turkish | KT | | Turkish; Turkish language | Turks; Turkse taal
  | The Turkish language, its grammar, vocabulary and spelling.
  | De Turkse taal, de grammatica, de woordenschat en de spelling.
speak-turkish | ST | ^turkish | speak Turkish; interact verbally in Turkish | Turks spreken; mondeling communiceren in het Turks
  | Communicate orally in Turkish.
  | Mondeling communiceren in het Turks.
arabic | KT | | Arabic; Arabic language | Arabisch; Arabische taal
  | The Arabic language, its grammar, vocabulary and script.
  | De Arabische taal, de grammatica, de woordenschat en het schrift.
speak-arabic | ST | ^arabic | speak Arabic; interact verbally in Arabic | Arabisch spreken; mondeling communiceren in het Arabisch
  | Communicate orally in Arabic.
  | Mondeling communiceren in het Arabisch.
dutch-sign-language | KT | | Dutch Sign Language; NGT | Nederlandse Gebarentaal; NGT
  | The sign language of the deaf community in the Netherlands.
  | De gebarentaal van de dovengemeenschap in Nederland.
"""
