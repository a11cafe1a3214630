"""Source of the Kronika NER test set: invented news articles in Polish with hand annotations.

Original writing for the Kronika project (see README.md). Real public figures and institutions appear
with invented statements; minor people (analysts, local officials, residents) are invented.
Format of `mentions`: see build.py. `traps` lists spans that look like names but are not mentions.
"""

DOCS = []

DOCS.append(dict(name="kronika_pl_01", date="2019-12-09", text="""\
Łukaszenka i Putin bez przełomu w Soczi

Rozmowy prezydenta Białorusi Alaksandra Łukaszenki z Władimirem Putinem, które w sobotę trwały w Soczi ponad pięć godzin, nie przyniosły porozumienia w sprawie pogłębionej integracji obu państw. Jak podała agencja BelTA, przywódcy uzgodnili jedynie, że prace nad tzw. mapami drogowymi będą kontynuowane, a kolejne spotkanie odbędzie się przed 20 grudnia.

Według rzecznika Kremla Dmitrija Pieskowa nierozstrzygnięte pozostają kwestie cen rosyjskiego gazu oraz rekompensat za tzw. manewr podatkowy w sektorze naftowym. Mińsk domaga się, by białoruskie rafinerie mogły kupować surowiec na takich samych warunkach jak odbiorcy w Rosji. Moskwa uzależnia ustępstwa od zgody na wspólne organy ponadnarodowe, w tym jednolity rząd i parlament.

– Nikt nie wcieli Białorusi do innego państwa. Suwerenność nie jest towarem na sprzedaż – mówił Łukaszenka przed wylotem, cytowany przez białoruską telewizję państwową.

Traktat o utworzeniu Państwa Związkowego podpisano 8 grudnia 1999 roku, jednak przez dwie dekady większość jego zapisów pozostała na papierze. – Kreml uznał, że nadszedł moment, by wystawić Mińskowi rachunek za lata subsydiów – ocenia dr Tomasz Wierzbicki z Ośrodka Studiów Wschodnich. Jego zdaniem Putin nie potrzebuje formalnej aneksji, wystarczy mu kontrola nad białoruską energetyką i armią.

W Mińsku doszło w weekend do niewielkich protestów przeciwko „rozpuszczeniu” kraju w Rosji. Demonstranci nieśli biało-czerwono-białe flagi. Jak poinformowała Agencja Reutera, milicja nie interweniowała, choć kilkunastu uczestników wylegitymowano.

Analitycy Polskiego Instytutu Spraw Międzynarodowych zwracają uwagę, że integracja wojskowa postępuje szybciej niż gospodarcza. Białoruskie jednostki regularnie uczestniczą w manewrach Zapad, a wspólny regionalny system obrony powietrznej działa od 2009 roku. – Jeśli Rosjanie postawią na swoim, na Białorusi może powstać stała baza lotnicza, o którą Moskwa zabiega od 2015 roku – mówi Anna Korzeniewska z PISM.

W Warszawie i Wilnie rozmowy w Soczi śledzono z niepokojem. Rzecznik MSZ Litwy podkreślił, że każda zmiana statusu Białorusi byłaby problemem dla całego regionu, a sprawa powinna trafić na agendę NATO i Unii Europejskiej.""",
mentions="""
Łukaszenka | = | PER | PER-Alaksandr-Lukaszenka
Putin | = | PER | PER-Vladimir-Putin
Soczi | = | LOC | GPE-Sochi
Białorusi | Białoruś | LOC | GPE-Belarus
Alaksandra Łukaszenki | Alaksandr Łukaszenka | PER | PER-Alaksandr-Lukaszenka
Władimirem Putinem | Władimir Putin | PER | PER-Vladimir-Putin
Soczi
BelTA | = | ORG | ORG-BelTA
Kremla | Kreml | LOC | LOC-Kremlin
Dmitrija Pieskowa | Dmitrij Pieskow | PER | PER-Dmitry-Peskov
Mińsk | = | LOC | GPE-Minsk
Rosji | Rosja | LOC | GPE-Russia
Moskwa | = | LOC | GPE-Moscow
Białorusi | Białoruś
Łukaszenka
Traktat o utworzeniu Państwa Związkowego | = | PRO | PRO-Union-State-Treaty
Kreml
Mińskowi | Mińsk
Tomasz Wierzbicki | = | PER | PER-Tomasz-Wierzbicki
Ośrodka Studiów Wschodnich | Ośrodek Studiów Wschodnich | ORG | ORG-OSW
Putin
Mińsku | Mińsk
Rosji | Rosja
Agencja Reutera | = | ORG | ORG-Reuters
Polskiego Instytutu Spraw Międzynarodowych | Polski Instytut Spraw Międzynarodowych | ORG | ORG-PISM
Zapad | = | EVT | EVT-Zapad
Rosjanie | = | PER | GPE-Russia
Białorusi | Białoruś
Moskwa
Anna Korzeniewska | = | PER | PER-Anna-Korzeniewska
PISM | = | ORG | ORG-PISM
Warszawie | Warszawa | LOC | GPE-Warsaw
Wilnie | Wilno | LOC | GPE-Vilnius
Soczi
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Lithuania
Litwy | Litwa | LOC | GPE-Lithuania
Białorusi | Białoruś
NATO | = | ORG | ORG-NATO
Unii Europejskiej | Unia Europejska | ORG | ORG-European-Union
"""))

DOCS.append(dict(name="kronika_pl_02", date="2020-08-11", text="""\
Cichanouska na Litwie. Opozycja nie uznaje wyników wyborów na Białorusi

Swiatłana Cichanouska, która w niedzielnych wyborach prezydenckich rzuciła wyzwanie Alaksandrowi Łukaszence, jest bezpieczna i przebywa na Litwie – poinformował we wtorek szef litewskiej dyplomacji Linas Linkevičius. Kandydatka opozycji opuściła Mińsk po wielogodzinnej rozmowie w siedzibie Centralnej Komisji Wyborczej.

Według oficjalnych danych CKW urzędujący prezydent zdobył 80,1 proc. głosów, a Cichanouska zaledwie 10,1 proc. Sztab opozycjonistki twierdzi, że w komisjach, w których udało się przeprowadzić niezależne liczenie, to ona wyraźnie wygrała. Na nagraniu opublikowanym w serwisie YouTube widocznie zmęczona Cichanouska mówi, że podjęła „bardzo trudną decyzję” ze względu na dzieci.

Od niedzielnego wieczoru w Mińsku, Grodnie, Brześciu i Homlu trwają demonstracje. Milicja i oddziały OMON używają gazu łzawiącego, granatów hukowych i gumowych kul. Jak podało MSW Białorusi, zatrzymano ponad sześć tysięcy osób. Niezależny portal Nasza Niwa pisze o co najmniej jednej ofierze śmiertelnej w stolicy.

Łukaszenka oskarżył protestujących o działanie na zlecenie z zagranicy. – Sterują nimi z Polski, z Wielkiej Brytanii i z Czech – mówił, cytowany przez BelTA. Władimir Putin jako jeden z pierwszych rozmawiał z Łukaszenką i pogratulował mu zwycięstwa; depesza z Moskwy nadeszła, zanim CKW ogłosiła wstępne wyniki.

Premier Mateusz Morawiecki zaapelował o zwołanie nadzwyczajnego posiedzenia przywódców Unii Europejskiej. – Musimy stanąć po stronie Białorusinów, którzy domagają się wolności – podkreślił. Przewodniczący Rady Europejskiej Charles Michel zapowiedział, że szefowie państw i rządów UE spotkają się w formule wideokonferencji.

– Cichanouska stała się symbolem, choć nigdy nie planowała kariery politycznej. Łukaszenka popełnił błąd, lekceważąc kobietę, która przejęła kampanię po uwięzionym mężu – mówi w rozmowie z Interią Jauhien Marczuk, białoruski politolog mieszkający w Białymstoku. Jego zdaniem władze w Mińsku liczą, że wyjazd kandydatki osłabi protesty, ale efekt może być odwrotny.

Ośrodek Studiów Wschodnich zwraca uwagę, że po raz pierwszy od 1994 roku niezadowolenie objęło także mniejsze miejscowości i zakłady państwowe. Strajki zapowiedziano m.in. w zakładach BiełAZ w Żodzinie.""",
mentions="""
Cichanouska | = | PER | PER-Sviatlana-Tsikhanouskaya
Litwie | Litwa
Białorusi | Białoruś
Swiatłana Cichanouska | = | PER | PER-Sviatlana-Tsikhanouskaya
Alaksandrowi Łukaszence | Alaksandr Łukaszenka
Litwie | Litwa
Linas Linkevičius | = | PER | PER-Linas-Linkevicius
Mińsk
Centralnej Komisji Wyborczej | Centralna Komisja Wyborcza | ORG | ORG-CEC-Belarus
CKW | = | ORG | ORG-CEC-Belarus
Cichanouska
YouTube | = | PRO | PRO-YouTube
Cichanouska
Mińsku | Mińsk
Grodnie | Grodno | LOC | GPE-Grodno
Brześciu | Brześć | LOC | GPE-Brest-Belarus
Homlu | Homel | LOC | GPE-Gomel
OMON | = | ORG | ORG-OMON
MSW | = | ORG | ORG-Ministry-of-Internal-Affairs-Belarus
Białorusi | Białoruś
Nasza Niwa | = | PRO | PRO-Nasha-Niva
Łukaszenka
Polski | Polska | LOC | GPE-Poland
Wielkiej Brytanii | Wielka Brytania | LOC | GPE-Great-Britain
Czech | Czechy | LOC | GPE-Czech-Republic
BelTA
Władimir Putin
Łukaszenką | Łukaszenka
Moskwy | Moskwa
CKW
Mateusz Morawiecki | = | PER | PER-Mateusz-Morawiecki
Unii Europejskiej | Unia Europejska
Białorusinów | Białorusini | PER | GPE-Belarus
Rady Europejskiej | Rada Europejska | ORG | ORG-European-Council
Charles Michel | = | PER | PER-Charles-Michel
UE | = | ORG | ORG-European-Union
Cichanouska
Łukaszenka
Interią | Interia | PRO | PRO-Interia.pl
Jauhien Marczuk | = | PER | PER-Jauhien-Marczuk
Białymstoku | Białystok | LOC | GPE-Białystok
Mińsku | Mińsk
Ośrodek Studiów Wschodnich
BiełAZ | = | ORG | ORG-BelAZ
Żodzinie | Żodzino | LOC | GPE-Zhodzina
"""))

DOCS.append(dict(name="kronika_pl_03", date="2021-08-27", text="""\
Koczowisko pod Usnarzem Górnym. Straż Graniczna: to operacja białoruskich służb

Od blisko trzech tygodni grupa ponad 30 cudzoziemców, głównie obywateli Afganistanu, koczuje na pasie granicznym w pobliżu wsi Usnarz Górny w województwie podlaskim. Po polskiej stronie stoją funkcjonariusze Straży Granicznej i żołnierze Wojska Polskiego, po białoruskiej – uzbrojeni pogranicznicy, którzy nie pozwalają migrantom zawrócić w głąb kraju.

– Ci ludzie zostali przywiezieni do granicy przez białoruskie służby. Mamy do czynienia z zaplanowaną operacją hybrydową, a nie z kryzysem, który wybuchł samoistnie – powiedział w piątek minister spraw wewnętrznych i administracji Mariusz Kamiński. Szef MSWiA zapowiedział, że wzdłuż granicy z Białorusią stanie ogrodzenie o wysokości 2,5 metra.

Rzeczniczka Podlaskiego Oddziału Straży Granicznej mjr Dorota Kalisiak przekazała, że od początku sierpnia funkcjonariusze udaremnili ponad 2100 prób nielegalnego przekroczenia granicy. Dla porównania w całym 2020 roku odnotowano ich nieco ponad sto.

Do koczowiska próbują dotrzeć posłowie opozycji i przedstawiciele organizacji pomocowych. Fundacja Ocalenie domaga się dopuszczenia do cudzoziemców lekarzy i tłumaczy. Biuro Rzecznika Praw Obywatelskich zwróciło się do komendanta głównego SG o wyjaśnienia. Europejski Trybunał Praw Człowieka zobowiązał Polskę do zapewnienia migrantom żywności, wody i schronienia, nie nakazał jednak wpuszczenia ich na terytorium kraju.

Mieszkańcy Usnarza Górnego są zmęczeni obecnością kamer i wojska. – Przez lata żyliśmy tu spokojnie, z Białorusinami zza rzeki handlowaliśmy i się przyjaźniliśmy. Teraz w nocy słychać krzyki i strzały ostrzegawcze – mówi Halina Ostapczuk, emerytowana nauczycielka z pobliskich Krynek.

Podobna sytuacja trwa od czerwca na Litwie, gdzie granicę nielegalnie przekroczyło w tym roku ponad cztery tysiące osób. Wilno wprowadziło stan nadzwyczajny, a Unia Europejska skierowała na Litwę funkcjonariuszy Frontexu. Komisja Europejska uznała działania Mińska za próbę destabilizacji całej Unii.

Eksperci nie mają wątpliwości, że to odwet za sankcje nałożone po sfałszowanych wyborach i po zmuszeniu do lądowania w Mińsku samolotu Ryanaira, na którego pokładzie leciał opozycjonista Raman Pratasiewicz. – Alaksandr Łukaszenka zamienił migrantów w broń. Liczy, że Zachód przystąpi do rozmów i uzna go za partnera – ocenia Anna Korzeniewska z PISM.""",
mentions="""
Usnarzem Górnym | Usnarz Górny | LOC | GPE-Usnarz-Górny
Straż Graniczna | = | ORG | ORG-Border-Guard-Poland
Afganistanu | Afganistan | LOC | GPE-Afghanistan
Usnarz Górny
województwie podlaskim | województwo podlaskie | LOC | GPE-Poland-Podlaskie-Voivodeship
Straży Granicznej | Straż Graniczna
Wojska Polskiego | Wojsko Polskie | ORG | ORG-Polish-Armed-Forces
Mariusz Kamiński | = | PER | PER-Mariusz-Kamiński
MSWiA | = | ORG | ORG-Ministry-of-Interior-and-Administration-Poland
Białorusią | Białoruś
Podlaskiego Oddziału Straży Granicznej | Podlaski Oddział Straży Granicznej | ORG | ORG-Podlaski-Border-Guard-Unit
Dorota Kalisiak | = | PER | PER-Dorota-Kalisiak
Fundacja Ocalenie | = | ORG | ORG-Ocalenie-Foundation
Biuro Rzecznika Praw Obywatelskich | = | ORG | ORG-Ombudsman-Poland
SG | = | ORG | ORG-Border-Guard-Poland
Europejski Trybunał Praw Człowieka | = | ORG | ORG-ECHR
Polskę | Polska
Usnarza Górnego | Usnarz Górny
Białorusinami | Białorusini
Halina Ostapczuk | = | PER | PER-Halina-Ostapczuk
Krynek | Krynki | LOC | GPE-Krynki
Litwie | Litwa
Wilno
Unia Europejska
Litwę | Litwa
Frontexu | Frontex | ORG | ORG-Frontex
Komisja Europejska | = | ORG | ORG-European-Commission
Mińska | Mińsk
Unii | Unia | ORG | ORG-European-Union
Mińsku | Mińsk
Ryanaira | Ryanair | ORG | ORG-Ryanair
Raman Pratasiewicz | = | PER | PER-Raman-Pratasevich
Alaksandr Łukaszenka
Zachód | = | LOC | LOC-West
Anna Korzeniewska
PISM
"""))

DOCS.append(dict(name="kronika_pl_04", date="2021-11-09", text="""\
Tłum migrantów pod Kuźnicą. Błaszczak: na granicy jest 12 tysięcy żołnierzy

Kilka tysięcy migrantów, eskortowanych przez białoruskich mundurowych, dotarło w poniedziałek do granicy z Polską w rejonie Kuźnicy, naprzeciw białoruskiego przejścia w Bruzgach. Część z nich próbowała przeciąć ogrodzenie nożycami i przewrócić je za pomocą pni drzew. Straż Graniczna poinformowała, że wszystkie próby zostały odparte.

Minister obrony narodowej Mariusz Błaszczak przekazał, że na pograniczu służy obecnie około 12 tysięcy żołnierzy, a w gotowości pozostają kolejne pododdziały, w tym żołnierze obrony terytorialnej. – Polska granica to nie jest zwykła granica. To wschodnia flanka NATO i zewnętrzna granica Unii Europejskiej – podkreślił szef MON podczas wizyty w Kuźnicy.

Ruch na przejściu w Kuźnicy wstrzymano we wtorek rano. Ciężarówki kierowane są do Bobrownik i Terespola, gdzie kolejki wydłużyły się do kilkudziesięciu kilometrów. Ministerstwo Obrony Narodowej opublikowało nagrania z drona, na których widać obozowisko rozbite tuż przy ogrodzeniu, po białoruskiej stronie.

Jak podała agencja BelTA, Alaksandr Łukaszenka zapewnił, że jego kraj „nie zamierza nikogo zatrzymywać siłą”. Rzeczniczka MSZ Rosji Maria Zacharowa oskarżyła z kolei Warszawę o „łamanie norm humanitarnych”. Kreml zaprzecza, by miał cokolwiek wspólnego z kryzysem, choć według Reutera część migrantów przyleciała do Mińska z Bliskiego Wschodu na podstawie wiz turystycznych.

Premier Mateusz Morawiecki spotkał się we wtorek w Wilnie z prezydentem Litwy Gitanasem Nausėdą, a następnie rozmawiał telefonicznie z przewodniczącym Rady Europejskiej. Szefowa Komisji Europejskiej Ursula von der Leyen zapowiedziała rozszerzenie sankcji wobec reżimu w Mińsku i przewoźników uczestniczących w przerzucie ludzi. Na celowniku znalazły się m.in. białoruskie linie Biełavia.

Sołtys Kuźnicy Marek Sielewicz przyznaje, że mieszkańcy boją się wychodzić wieczorem z domów. – Słyszymy krzyki z lasu, helikoptery latają całą noc. Ludzie pytają, kiedy to się skończy – mówi. Według analityków Ośrodka Studiów Wschodnich presja na granicy potrwa co najmniej do wiosny, bo Mińsk traktuje ją jako kartę przetargową w relacjach z Brukselą.""",
mentions="""
Kuźnicą | Kuźnica | LOC | GPE-Kuźnica
Błaszczak | = | PER | PER-Mariusz-Błaszczak
Polską | Polska
Kuźnicy | Kuźnica
Bruzgach | Bruzgi | LOC | GPE-Bruzgi
Straż Graniczna
Mariusz Błaszczak | = | PER | PER-Mariusz-Błaszczak
NATO
Unii Europejskiej
MON | = | ORG | ORG-Ministry-of-National-Defence-Poland
Kuźnicy | Kuźnica
Kuźnicy | Kuźnica
Bobrownik | Bobrowniki | LOC | GPE-Bobrowniki
Terespola | Terespol | LOC | GPE-Terespol
Ministerstwo Obrony Narodowej | = | ORG | ORG-Ministry-of-National-Defence-Poland
BelTA
Alaksandr Łukaszenka
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Russia
Rosji | Rosja
Maria Zacharowa | = | PER | PER-Maria-Zaharova
Warszawę | Warszawa
Kreml
Reutera | Reuter | ORG | ORG-Reuters
Mińska | Mińsk
Bliskiego Wschodu | Bliski Wschód | LOC | LOC-Middle-East
Mateusz Morawiecki
Wilnie | Wilno
Litwy | Litwa
Gitanasem Nausėdą | Gitanas Nausėda | PER | PER-Gitanas-Nauseda
Rady Europejskiej | Rada Europejska
Komisji Europejskiej | Komisja Europejska
Ursula von der Leyen | = | PER | PER-Ursula-von-der-Leyen
Mińsku | Mińsk
Biełavia | = | ORG | ORG-Belavia
Kuźnicy | Kuźnica
Marek Sielewicz | = | PER | PER-Marek-Sielewicz
Ośrodka Studiów Wschodnich | Ośrodek Studiów Wschodnich
Mińsk
Brukselą | Bruksela | LOC | GPE-Brussles
""",
traps=["Polska granica"]))

DOCS.append(dict(name="kronika_pl_05", date="2022-02-10", text="""\
Ruszyły manewry Sojusznicza Determinacja-2022. Na Białoruś trafiły S-400 i Iskandery

Na poligonach w obwodach brzeskim i homelskim rozpoczęły się w czwartek rosyjsko-białoruskie ćwiczenia Sojusznicza Determinacja-2022. Według białoruskiego resortu obrony bierze w nich udział kilkadziesiąt tysięcy żołnierzy, a Rosja przerzuciła na Białoruś m.in. dwa dywizjony systemów przeciwlotniczych S-400, myśliwce Su-35 i wyrzutnie pocisków Iskander-M.

Minister obrony Białorusi Wiktar Chrenin zapewnił, że manewry mają „wyłącznie obronny charakter”, a rosyjskie jednostki wrócą do stałych miejsc dyslokacji po ich zakończeniu 20 lutego. Podobne zapewnienia padały w Moskwie przy okazji ćwiczeń Zapad-2021, po których część sprzętu pozostała na Białorusi.

Sekretarz generalny NATO Jens Stoltenberg nazwał koncentrację wojsk „największym rosyjskim rozmieszczeniem na Białorusi od czasów zimnej wojny”. – Łącznie z siłami zgromadzonymi na Krymie i w pobliżu Donbasu Rosja ma wokół Ukrainy ponad sto batalionowych grup taktycznych – mówił Stoltenberg w Brukseli.

Zaniepokojenie wyraża Kijów. Minister spraw zagranicznych Ukrainy Dmytro Kułeba określił manewry jako „presję psychologiczną”. Według waszyngtońskiego Instytutu Studiów nad Wojną (ISW) rozmieszczenie rosyjskich oddziałów w rejonie Mozyrza i Jelska, zaledwie kilkadziesiąt kilometrów od granicy z Ukrainą, umożliwia uderzenie na Kijów od północy.

Polska wzmacnia tymczasem wschodnią granicę. Do kraju przybywają kolejni z blisko pięciu tysięcy amerykańskich żołnierzy 82. Dywizji Powietrznodesantowej, skierowanych do Polski przez prezydenta Joego Bidena. – Nie wykluczamy, że manewry na Białorusi są przykrywką dla przygotowań do ataku – powiedział w rozmowie z RMF FM wiceminister obrony narodowej Marcin Ociepa.

Analityk OSW Tomasz Wierzbicki zwraca uwagę na obecność Iskanderów w pobliżu polskiej granicy. – Pociski o zasięgu 500 kilometrów mogą z okolic Brześcia dosięgnąć Warszawy, Rzeszowa i baz NATO w Polsce. Nawet jeśli Rosjanie wycofają część sił, infrastruktura na Białorusi pozostanie – ocenia ekspert. Kreml zaprzecza planom inwazji, a rzecznik Dmitrij Pieskow nazwał doniesienia zachodnich mediów „histerią”.""",
mentions="""
Sojusznicza Determinacja-2022 | = | EVT | EVT-Allied-Resolve-2022
Białoruś
S-400 | = | PRO | PRO-S-400
Iskandery | Iskander | PRO | PRO-Iskander-M
# coordinated regions: the shared head noun is left out, as SlavicNER does for "województwa: śląskie, pomorskie"
brzeskim | brzeski | LOC | GPE-Brest-Region
homelskim | homelski | LOC | GPE-Gomel-Region
Sojusznicza Determinacja-2022
Rosja
Białoruś
S-400
Su-35 | = | PRO | PRO-Su-35
Iskander-M | = | PRO | PRO-Iskander-M
Białorusi | Białoruś
Wiktar Chrenin | = | PER | PER-Viktar-Khrenin
Moskwie | Moskwa
Zapad-2021 | = | EVT | EVT-Zapad-2021
Białorusi | Białoruś
NATO
Jens Stoltenberg | = | PER | PER-Jens-Stoltenberg
Białorusi | Białoruś
zimnej wojny | zimna wojna | EVT | EVT-Cold-War
Krymie | Krym | LOC | GPE-Crimea
Donbasu | Donbas | LOC | LOC-Donbass
Rosja
Ukrainy | Ukraina | LOC | GPE-Ukraine
Stoltenberg | = | PER | PER-Jens-Stoltenberg
Brukseli | Bruksela
Kijów | = | LOC | GPE-Kiev
Ukrainy | Ukraina
Dmytro Kułeba | = | PER | PER-Dmytro-Kuleba
Instytutu Studiów nad Wojną | Instytut Studiów nad Wojną | ORG | ORG-ISW
ISW | = | ORG | ORG-ISW
Mozyrza | Mozyrz | LOC | GPE-Mazyr
Jelska | Jelsk | LOC | GPE-Yelsk
Ukrainą | Ukraina
Kijów
Polska
82. Dywizji Powietrznodesantowej | 82. Dywizja Powietrznodesantowa | ORG | ORG-82nd-Airborne-Division
Polski | Polska
Joego Bidena | Joe Biden | PER | PER-Joe-Biden
Białorusi | Białoruś
RMF FM | = | PRO | PRO-RMF
Marcin Ociepa | = | PER | PER-Marcin-Ociepa
OSW | = | ORG | ORG-OSW
Tomasz Wierzbicki
Iskanderów | Iskander
Brześcia | Brześć
Warszawy | Warszawa
Rzeszowa | Rzeszów | LOC | GPE-Rzeszów
NATO
Polsce | Polska
Rosjanie
Białorusi | Białoruś
Kreml
Dmitrij Pieskow
"""))

DOCS.append(dict(name="kronika_pl_06", date="2022-09-28", text="""\
Baltic Pipe otwarty w cieniu wycieków z Nord Stream

We wtorek w Goleniowie oficjalnie zainaugurowano gazociąg Baltic Pipe, który połączy Polskę ze złożami w Norwegii przez terytorium Danii. Kilka godzin wcześniej duńskie i szwedzkie władze poinformowały o gwałtownych spadkach ciśnienia i wyciekach gazu z obu nitek Nord Stream oraz z jednej z nitek Nord Stream 2 na Morzu Bałtyckim.

– Kończy się epoka, w której Rosja mogła nas szantażować gazem. Od dziś mamy wybór – mówił podczas uroczystości premier Mateusz Morawiecki. Wtórowała mu premier Danii Mette Frederiksen, która nazwała nową rurę „symbolem energetycznej niezależności regionu”. Obecnemu na uroczystości prezydentowi Andrzejowi Dudzie towarzyszyła minister klimatu i środowiska Anna Moskwa.

Inwestycję zrealizowały wspólnie polski operator sieci przesyłowej Gaz-System i duński Energinet. Przepustowość Baltic Pipe wyniesie do 10 mld metrów sześciennych rocznie, a większość mocy zarezerwowało PGNiG, które od kwietnia nie otrzymuje gazu od Gazpromu. Rosyjski koncern wstrzymał dostawy do Polski, gdy Warszawa odmówiła płacenia w rublach.

Szwedzcy sejsmolodzy zarejestrowali w rejonie Bornholmu dwa podwodne wstrząsy. – Trudno sobie wyobrazić, by do trzech wycieków doszło przypadkowo – powiedziała Frederiksen. Niemiecki minister gospodarki Robert Habeck nie wykluczył sabotażu. Rzecznik Kremla Dmitrij Pieskow stwierdził, że Moskwa jest „bardzo zaniepokojona”, i zastrzegł, że nie można wykluczyć żadnej wersji.

Jak zauważa dr Paweł Zaręba, ekspert ds. energetyki z Polskiego Instytutu Spraw Międzynarodowych, uszkodzenie obu gazociągów oznacza w praktyce koniec epoki rosyjskiego gazu płynącego do Niemiec po dnie Bałtyku. – Nawet jeśli Gazprom zechce kiedyś wznowić tłoczenie, naprawa zajmie wiele miesięcy. Nord Stream 2 nigdy zaś nie uzyskał certyfikacji i dziś jest właściwie bezwartościowy – ocenia Zaręba.

Według agencji Reutera ceny gazu na giełdzie w Amsterdamie wzrosły we wtorek o kilkanaście procent. Komisja Europejska zapowiedziała, że każde celowe zakłócenie infrastruktury energetycznej w Europie spotka się z „najostrzejszą możliwą odpowiedzią”. Orlen, który wkrótce przejmie PGNiG, zapewnia, że polskie magazyny gazu są wypełnione niemal w stu procentach.""",
mentions="""
Baltic Pipe | = | PRO | PRO-Baltic-Pipe
Nord Stream | = | PRO | PRO-Nord-Stream-1
Goleniowie | Goleniów | LOC | GPE-Goleniów
Baltic Pipe
Polskę | Polska
Norwegii | Norwegia | LOC | GPE-Norway
Danii | Dania | LOC | GPE-Denmark
Nord Stream
Nord Stream 2 | = | PRO | PRO-Nord-Stream-2
Morzu Bałtyckim | Morze Bałtyckie | LOC | LOC-Baltic-Sea
Rosja
Mateusz Morawiecki
Danii | Dania
Mette Frederiksen | = | PER | PER-Mette-Frederiksen
Andrzejowi Dudzie | Andrzej Duda | PER | PER-Andrzej-Duda
# a person, not the city
Anna Moskwa | = | PER | PER-Anna-Moskwa
Gaz-System | = | ORG | ORG-Gaz-System
Energinet | = | ORG | ORG-Energinet
Baltic Pipe
PGNiG | = | ORG | ORG-PGNiG
Gazpromu | Gazprom | ORG | ORG-Gazprom
Polski | Polska
Warszawa
Bornholmu | Bornholm | LOC | LOC-Bornholm
Frederiksen | = | PER | PER-Mette-Frederiksen
Robert Habeck | = | PER | PER-Robert-Habeck
Kremla | Kreml
Dmitrij Pieskow
Moskwa
Paweł Zaręba | = | PER | PER-Paweł-Zaręba
Polskiego Instytutu Spraw Międzynarodowych | Polski Instytut Spraw Międzynarodowych
Niemiec | Niemcy | LOC | GPE-Germany
Bałtyku | Bałtyk | LOC | LOC-Baltic-Sea
Gazprom
Nord Stream 2
Zaręba | = | PER | PER-Paweł-Zaręba
# lower-case "agencja/agencji X": only the name (SlavicNER mostly); capitalised "Agencja Reutera": whole
Reutera | Reuter
Amsterdamie | Amsterdam | LOC | GPE-Amsterdam
Komisja Europejska
Europie | Europa | LOC | LOC-Europe
Orlen | = | ORG | ORG-Orlen
PGNiG
"""))

DOCS.append(dict(name="kronika_pl_07", date="2023-06-14", text="""\
Łukaszenka: pierwsze rosyjskie głowice jądrowe są już na Białorusi

Alaksandr Łukaszenka potwierdził, że na terytorium Białorusi dotarła pierwsza partia rosyjskiej taktycznej broni jądrowej. – Mamy rakiety i bomby, które otrzymaliśmy od Rosji. Są kilka razy potężniejsze od tych, które zrzucono na Hiroszimę i Nagasaki – mówił białoruski przywódca w wywiadzie dla rosyjskiej telewizji Rossija-1.

Kilka dni wcześniej Władimir Putin zapowiedział, że rozmieszczenie ładunków zakończy się przed końcem lata. Przenoszenie głowic umożliwią zestawy Iskander-M, przekazane armii białoruskiej w ubiegłym roku, oraz samoloty szturmowe Su-25, przystosowane do przenoszenia bomb atomowych. Jak podała agencja RIA Nowosti, białoruskie załogi przeszły szkolenie na poligonach w Rosji.

Sekretarz generalny NATO Jens Stoltenberg ocenił, że Sojusz nie widzi na razie oznak, by Moskwa przygotowywała się do użycia broni jądrowej. Ostrzejsze słowa padły w Warszawie. – To kolejny etap przekształcania Białorusi w rosyjski poligon. Odpowiemy wzmocnieniem obecności wojsk sojuszniczych i przyspieszeniem dostaw sprzętu dla naszej armii – powiedział wicepremier, szef MON Mariusz Błaszczak.

Rosyjsko-białoruskie porozumienie w tej sprawie podpisali w maju w Mińsku ministrowie obrony obu państw, Siergiej Szojgu i Wiktar Chrenin. Dokument przewiduje, że kontrolę nad głowicami sprawuje Moskwa, a decyzja o ich ewentualnym użyciu należy do Kremla. – Łukaszenka dostaje prestiż, ale nie dostaje przycisku – ironizuje Jauhien Marczuk, białoruski politolog związany z Uniwersytetem w Białymstoku.

Analitycy Instytutu Studiów nad Wojną zwracają uwagę, że kluczowe znaczenie ma lokalizacja magazynów. Zdjęcia satelitarne opublikowane przez amerykańskich badaczy wskazują na rozbudowę obiektu w pobliżu Asipowiczów w obwodzie mohylewskim, gdzie stacjonuje brygada rakietowa wyposażona w Iskandery.

Wilno i Ryga domagają się od NATO wzmocnienia obrony powietrznej regionu. Prezydent Litwy Gitanas Nausėda przypomniał, że od granicy z Białorusią do Wilna jest zaledwie 30 kilometrów. Litewskie władze zapowiedziały zakup kolejnych wyrzutni HIMARS i zestawów NASAMS, a Łotwa od lipca przywraca obowiązkową służbę wojskową.""",
mentions="""
Łukaszenka
Białorusi | Białoruś
Alaksandr Łukaszenka
Białorusi | Białoruś
Rosji | Rosja
Hiroszimę | Hiroszima | LOC | GPE-Hiroshima
Nagasaki | = | LOC | GPE-Nagasaki
Rossija-1 | = | PRO | PRO-Rossiya-1
Władimir Putin
Iskander-M
Su-25 | = | PRO | PRO-Su-25
RIA Nowosti | = | ORG | ORG-RIA-Novosti
Rosji | Rosja
NATO
Jens Stoltenberg
Sojusz | = | ORG | ORG-NATO
Moskwa
Warszawie | Warszawa
Białorusi | Białoruś
MON
Mariusz Błaszczak
Mińsku | Mińsk
Siergiej Szojgu | = | PER | PER-Sergei-Shoigu
Wiktar Chrenin
Moskwa
Kremla | Kreml
Łukaszenka
Jauhien Marczuk
Uniwersytetem w Białymstoku | Uniwersytet w Białymstoku | ORG | ORG-University-of-Białystok
Instytutu Studiów nad Wojną | Instytut Studiów nad Wojną
Asipowiczów | Asipowicze | LOC | GPE-Asipovichy
obwodzie mohylewskim | obwód mohylewski | LOC | GPE-Mogilev-Region
Iskandery | Iskander
Wilno
Ryga | = | LOC | GPE-Riga
NATO
Litwy | Litwa
Gitanas Nausėda
Białorusią | Białoruś
Wilna | Wilno
HIMARS | = | PRO | PRO-HIMARS
NASAMS | = | PRO | PRO-NASAMS
Łotwa | = | LOC | GPE-Latvia
"""))

DOCS.append(dict(name="kronika_pl_08", date="2023-07-12", text="""\
Szczyt NATO w Wilnie. Ukraina dostanie zaproszenie, „gdy warunki zostaną spełnione”

Przywódcy państw NATO zakończyli w środę dwudniowe obrady w stolicy Litwy. W deklaracji końcowej zapisano, że przyszłość Ukrainy jest w Sojuszu, a Kijów otrzyma zaproszenie do członkostwa, „gdy sojusznicy się zgodzą i warunki zostaną spełnione”. Jednocześnie zniesiono wymóg realizacji Planu Działań na rzecz Członkostwa.

Prezydent Ukrainy Wołodymyr Zełenski jeszcze przed przylotem do Wilna nazwał brak konkretnego terminu „absurdalnym”. Po rozmowach z Joem Bidenem i innymi przywódcami złagodził jednak ton. – Wracam do Kijowa z dobrymi wynikami: z nowymi pakietami pomocy i jasnym sygnałem, że Ukraina będzie w NATO – mówił na konferencji prasowej.

Podczas szczytu po raz pierwszy zebrała się Rada NATO–Ukraina. Państwa grupy G7 przyjęły deklarację o długoterminowych gwarancjach bezpieczeństwa dla Kijowa. Jedenaście krajów, w tym Polska, Dania i Holandia, potwierdziło powstanie koalicji, która wyszkoli ukraińskich pilotów na myśliwcach F-16. Szkolenia mają ruszyć w sierpniu w Rumunii.

W Wilnie zatwierdzono także regionalne plany obronne, pierwsze od zakończenia zimnej wojny. – Po raz pierwszy od dekad mamy precyzyjne plany, kto i w jaki sposób broni każdego kilometra wschodniej flanki – podkreślał sekretarz generalny Jens Stoltenberg, któremu przywódcy niedawno przedłużyli mandat o kolejny rok. Od kwietnia 31. członkiem Sojuszu jest Finlandia, a w przeddzień szczytu Turcja wycofała sprzeciw wobec akcesji Szwecji.

Prezydent Andrzej Duda zwracał uwagę na przemieszczanie się najemników Grupy Wagnera na Białoruś. – To mogą być tysiące ludzi gotowych do prowokacji na granicy z Polską i Litwą – ostrzegał. Gospodarz spotkania, prezydent Gitanas Nausėda, dziękował sojusznikom za rozmieszczenie na czas obrad baterii Patriot i dodatkowych myśliwców.

– Wilno pokazało jedność Zachodu, ale też jego ostrożność. Ukraińcy chcieli daty, a dostali proces – ocenia Lina Vaitkutė z Instytutu Stosunków Międzynarodowych i Nauk Politycznych Uniwersytetu Wileńskiego. Kreml skrytykował ustalenia szczytu. Zdaniem Dmitrija Pieskowa oznaczają one, że Zachód „przedłuża konflikt”. Kolejny szczyt NATO odbędzie się w lipcu 2024 roku w Waszyngtonie, w 75. rocznicę powstania Sojuszu.""",
mentions="""
# summits are not EVT: SlavicNER annotates "szczytu NATO w Brukseli" as NATO (ORG) and Brukseli (LOC) only
NATO
Wilnie | Wilno
Ukraina
NATO
Litwy | Litwa
Ukrainy | Ukraina
Sojuszu | Sojusz
Kijów
Planu Działań na rzecz Członkostwa | Plan Działań na rzecz Członkostwa | PRO | PRO-NATO-Membership-Action-Plan
Ukrainy | Ukraina
Wołodymyr Zełenski | = | PER | PER-Volodimir-Zelenski
Wilna | Wilno
Joem Bidenem | Joe Biden
Kijowa | Kijów
Ukraina
NATO
Rada NATO–Ukraina | = | ORG | ORG-NATO-Ukraine-Council
G7 | = | ORG | ORG-G7
Kijowa | Kijów
Polska
Dania
Holandia | = | LOC | GPE-Holland
F-16 | = | PRO | PRO-F-16
Rumunii | Rumunia | LOC | GPE-Romania
Wilnie | Wilno
zimnej wojny | zimna wojna
Jens Stoltenberg
Sojuszu | Sojusz
Finlandia | = | LOC | GPE-Finland
Turcja | = | LOC | GPE-Turkey
Szwecji | Szwecja | LOC | GPE-Sweden
Andrzej Duda
Grupy Wagnera | Grupa Wagnera | ORG | ORG-Wagner-Group
Białoruś
Polską | Polska
Litwą | Litwa
Gitanas Nausėda
Patriot | = | PRO | PRO-Patriot
Wilno
Zachodu | Zachód
Ukraińcy | = | PER | GPE-Ukraine
Lina Vaitkutė | = | PER | PER-Lina-Vaitkute
Instytutu Stosunków Międzynarodowych i Nauk Politycznych Uniwersytetu Wileńskiego | Instytut Stosunków Międzynarodowych i Nauk Politycznych Uniwersytetu Wileńskiego | ORG | ORG-TSPMI-Vilnius-University
Kreml
Dmitrija Pieskowa | Dmitrij Pieskow
Zachód
NATO
Waszyngtonie | Waszyngton | LOC | GPE-WashingtonDC
Sojuszu | Sojusz
"""))

DOCS.append(dict(name="kronika_pl_09", date="2024-07-11", text="""\
NATO obiecuje Ukrainie 40 mld euro i kolejne Patrioty

Sojusznicy zebrani na jubileuszowym szczycie NATO w Waszyngtonie zobowiązali się przekazać Ukrainie w ciągu najbliższego roku pomoc wojskową o wartości co najmniej 40 mld euro. W deklaracji końcowej po raz pierwszy określono drogę Kijowa do członkostwa jako „nieodwracalną”.

Prezydent Joe Biden ogłosił, że Stany Zjednoczone, Niemcy, Holandia, Rumunia i Włochy przekażą Ukrainie pięć dodatkowych systemów obrony powietrznej, w tym baterie Patriot i zestawy SAMP/T. Pierwsze myśliwce F-16 z Danii i Holandii mają latać nad Ukrainą jeszcze tego lata. – Putin chciał wymazać Ukrainę z mapy. Ukraina wciąż jest wolna, a NATO jest silniejsze niż kiedykolwiek – mówił gospodarz spotkania.

W Waszyngtonie zapadła też decyzja o utworzeniu w Wiesbaden dowództwa koordynującego szkolenia i dostawy sprzętu dla ukraińskiej armii. Misja NSATU ma przejąć część zadań realizowanych dotąd przez Amerykanów i Grupę Kontaktową ds. Obrony Ukrainy, nazywaną formatem z Ramstein.

Premier Donald Tusk przekonywał, że bezpieczeństwo wschodniej flanki zależy dziś od sukcesu Ukrainy. Polska delegacja zabiegała o wsparcie dla programu Tarcza Wschód, czyli umocnień wzdłuż granicy z Rosją i Białorusią o wartości 10 mld zł. – Polska wydaje na obronność ponad cztery procent PKB. Oczekujemy, że inni pójdą naszym śladem – mówił szef MSZ Radosław Sikorski, który w Waszyngtonie spotkał się m.in. z sekretarzem stanu Antonym Blinkenem.

Był to ostatni szczyt Jensa Stoltenberga w roli sekretarza generalnego. Od 1 października jego następcą zostanie były premier Holandii Mark Rutte. – To nie będzie łatwa zmiana warty, bo Stoltenberg prowadził Sojusz przez najtrudniejszą dekadę od zakończenia zimnej wojny – ocenia Anna Korzeniewska z PISM. Jej zdaniem Rutte ma opinię sprawnego negocjatora, co może się przydać w rozmowach z Donaldem Trumpem, jeśli ten wygra listopadowe wybory.

Moskwa zareagowała ostro. Rzeczniczka MSZ Rosji Maria Zacharowa stwierdziła, że Sojusz „otwarcie przygotowuje się do konfrontacji”. Władze w Pekinie odrzuciły zaś zapis nazywający Chiny „decydującym sprzymierzeńcem” rosyjskiej agresji. Według agencji TASS Kreml zapowiedział „adekwatną odpowiedź” na plany rozmieszczenia w Niemczech od 2026 roku amerykańskich pocisków dalekiego zasięgu.""",
mentions="""
NATO
Ukrainie | Ukraina
Patrioty | Patriot
NATO
Waszyngtonie | Waszyngton
Ukrainie | Ukraina
Kijowa | Kijów
Joe Biden
Stany Zjednoczone | = | LOC | GPE-USA
Niemcy | = | LOC | GPE-Germany
Holandia
Rumunia
Włochy | = | LOC | GPE-Italy
Ukrainie | Ukraina
Patriot
SAMP/T | = | PRO | PRO-SAMP-T
F-16
Danii | Dania
Holandii | Holandia
Ukrainą | Ukraina
Putin
Ukrainę | Ukraina
Ukraina
NATO
Waszyngtonie | Waszyngton
Wiesbaden | = | LOC | GPE-Wiesbaden
NSATU | = | ORG | ORG-NSATU
Amerykanów | Amerykanie | PER | GPE-USA
Grupę Kontaktową ds. Obrony Ukrainy | Grupa Kontaktowa ds. Obrony Ukrainy | ORG | ORG-Ukraine-Defense-Contact-Group
Ramstein | = | LOC | GPE-Ramstein
Donald Tusk | = | PER | PER-Donald-Tusk
Ukrainy | Ukraina
Tarcza Wschód | = | PRO | PRO-East-Shield
Rosją | Rosja
Białorusią | Białoruś
Polska
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Poland
Radosław Sikorski | = | PER | PER-Radosław-Sikorski
Waszyngtonie | Waszyngton
Antonym Blinkenem | Antony Blinken | PER | PER-Antony-Blinken
Jensa Stoltenberga | Jens Stoltenberg
Holandii | Holandia
Mark Rutte | = | PER | PER-Mark-Rutte
Stoltenberg
Sojusz
zimnej wojny | zimna wojna
Anna Korzeniewska
PISM
Rutte | = | PER | PER-Mark-Rutte
Donaldem Trumpem | Donald Trump | PER | PER-Donald-Trump
Moskwa
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Russia
Rosji | Rosja
Maria Zacharowa
Sojusz
Pekinie | Pekin | LOC | GPE-Beijing
Chiny | = | LOC | GPE-China
TASS | = | ORG | ORG-TASS-Agency
Kreml
Niemczech | Niemcy
""",
traps=["Polska delegacja"]))

DOCS.append(dict(name="kronika_pl_10", date="2024-12-07", text="""\
Putin i Łukaszenka podpisali traktat o gwarancjach bezpieczeństwa. Oriesznik trafi na Białoruś

Władimir Putin i Alaksandr Łukaszenka podpisali w piątek w Mińsku traktat o gwarancjach bezpieczeństwa w ramach Państwa Związkowego. Dokument przewiduje, że Rosja może użyć wszystkich dostępnych środków, w tym broni jądrowej, w odpowiedzi na agresję wobec Białorusi.

Podczas posiedzenia Najwyższej Rady Państwa Związkowego Putin przystał na prośbę gospodarza o rozmieszczenie na Białorusi pocisków średniego zasięgu Oriesznik. – Myślę, że będzie to możliwe w drugiej połowie przyszłego roku, w miarę jak nowe systemy będą trafiać do rosyjskich wojsk – powiedział prezydent Rosji, cytowany przez RIA Nowosti. Wybór celów ma należeć do strony białoruskiej.

Oriesznik został po raz pierwszy użyty bojowo 21 listopada w ataku na zakłady Jużmasz w Dnieprze. Według ukraińskiego wywiadu pocisk osiągnął prędkość ponad 10 machów. Władimirowi Putinowi zależy na pokazaniu, że Moskwa dysponuje bronią, której zachodnie systemy nie są w stanie przechwycić.

– Łukaszence chodzi głównie o prestiż. Kontrola nad pociskami, a także nad głowicami, pozostanie w rosyjskich rękach, czyli w praktyce przy Putinie – twierdzi w rozmowie z agencją Interfax Jurij Sołowiow, emerytowany pułkownik i komentator wojskowy z Moskwy. Innego zdania są analitycy Instytutu Studiów nad Wojną. W raporcie ISW czytamy, że rozmieszczenie Orieszników może być kolejnym krokiem do faktycznego wchłonięcia białoruskich sił zbrojnych przez armię rosyjską.

W Polsce zapowiedzi z Mińska przyjęto spokojnie, choć z uwagą. – Od lat wiemy, że Białoruś jest w praktyce częścią rosyjskiego teatru działań. Nasze plany obronne uwzględniają ten scenariusz – powiedział wicepremier, szef MON Władysław Kosiniak-Kamysz. Szef Sztabu Generalnego Wojska Polskiego gen. Wiesław Kukuła dodał, że wojsko monitoruje sytuację w obwodach grodzieńskim i brzeskim, gdzie rozbudowywana jest infrastruktura wojskowa.

Przebywająca na emigracji liderka białoruskiej opozycji Swiatłana Cichanouska oceniła, że „Łukaszenka oddaje kraj kawałek po kawałku, by utrzymać się u władzy”. Doradca Cichanouskiej Franak Wiaczorka przypomniał na Telegramie, że w styczniu odbędą się wybory prezydenckie, które opozycja uznaje za farsę.""",
mentions="""
Putin
Łukaszenka
# named treaties are PRO, flat, even when written in lower case (SlavicNER: "traktat o wyjściu Wielkiej Brytanii z UE")
traktat o gwarancjach bezpieczeństwa | Traktat o gwarancjach bezpieczeństwa | PRO | PRO-Union-State-Security-Guarantees-Treaty
Oriesznik | = | PRO | PRO-Oreshnik
Białoruś
Władimir Putin
Alaksandr Łukaszenka
Mińsku | Mińsk
traktat o gwarancjach bezpieczeństwa w ramach Państwa Związkowego | Traktat o gwarancjach bezpieczeństwa w ramach Państwa Związkowego | PRO | PRO-Union-State-Security-Guarantees-Treaty
Rosja
Białorusi | Białoruś
Najwyższej Rady Państwa Związkowego | Najwyższa Rada Państwa Związkowego | ORG | ORG-Supreme-State-Council-Union-State
Putin
Białorusi | Białoruś
Oriesznik
Rosji | Rosja
RIA Nowosti
Oriesznik
Jużmasz | = | ORG | ORG-Yuzhmash
Dnieprze | Dniepr | LOC | GPE-Dnipro
Władimirowi Putinowi | Władimir Putin
Moskwa
Łukaszence | Łukaszenka
Putinie | Putin
Interfax | = | ORG | ORG-Interfax
Jurij Sołowiow | = | PER | PER-Jurij-Sołowiow
Moskwy | Moskwa
Instytutu Studiów nad Wojną | Instytut Studiów nad Wojną
ISW
Orieszników | Oriesznik
Polsce | Polska
Mińska | Mińsk
Białoruś
MON
Władysław Kosiniak-Kamysz | = | PER | PER-Władysław-Kosiniak-Kamysz
Sztabu Generalnego Wojska Polskiego | Sztab Generalny Wojska Polskiego | ORG | ORG-General-Staff-Poland
Wiesław Kukuła | = | PER | PER-Wiesław-Kukuła
grodzieńskim | grodzieński | LOC | GPE-Grodno-Region
brzeskim | brzeski
Swiatłana Cichanouska
Łukaszenka
Cichanouskiej | Cichanouska
Franak Wiaczorka | = | PER | PER-Franak-Viachorka
Telegramie | Telegram | PRO | PRO-Telegram
"""))

DOCS.append(dict(name="kronika_pl_11", date="2025-01-27", text="""\
Łukaszenka ogłasza siódmą kadencję. Opozycja i Zachód: to nie były wybory

Centralna Komisja Wyborcza Białorusi ogłosiła w poniedziałek, że Alaksandr Łukaszenka zdobył w niedzielnym głosowaniu 86,8 proc. głosów przy frekwencji przekraczającej 85 proc. Czterej pozostali kandydaci, dopuszczeni do startu przez władze, otwarcie popierali urzędującego prezydenta lub unikali krytyki jego rządów.

– Nie obchodzi mnie, czy Zachód uzna te wybory – mówił Łukaszenka podczas wielogodzinnej konferencji prasowej, cytowany przez BelTA. Zapytany przez zagranicznych dziennikarzy o następcę, odparł, że „przyjdzie na to czas”.

Obserwatorzy Biura Instytucji Demokratycznych i Praw Człowieka OBWE nie zostali zaproszeni. Po raz pierwszy od 1994 roku w kraju nie było żadnego niezależnego kandydata, a w więzieniach przebywa według centrum praw człowieka Wiasna ponad 1200 więźniów politycznych, w tym noblista Aleś Bialacki.

Swiatłana Cichanouska, która od 2020 roku kieruje opozycją z Wilna, wezwała demokratyczne państwa do nieuznawania wyników. – Łukaszenka nie jest legalnym prezydentem. To dyktator, który utrzymuje się przy władzy dzięki represjom i wsparciu Putina – powiedziała. W poniedziałek z Cichanouską spotkała się delegacja Parlamentu Europejskiego. W Warszawie, Wilnie i Berlinie odbyły się w niedzielę manifestacje białoruskiej diaspory; w stolicy Polski kilka tysięcy osób zebrało się przed Pałacem Kultury i Nauki.

Szefowa unijnej dyplomacji Kaja Kallas nazwała głosowanie „pozbawioną wiarygodności farsą”, a ministrowie spraw zagranicznych Polski, Litwy, Łotwy i Estonii wydali wspólne oświadczenie. Zupełnie inaczej zareagowała Moskwa: Władimir Putin pogratulował Łukaszence „przekonującego zwycięstwa”, zanim CKW ogłosiła wyniki.

– Łukaszenka zorganizował te wybory przede wszystkim dla siebie i dla Kremla. Chciał pokazać, że to, co wydarzyło się w 2020 roku, już się nie powtórzy – mówi w rozmowie z Interią Wolha Kazlouskaja, białoruska dziennikarka pracująca dla telewizji Biełsat. Jej zdaniem Mińsk będzie teraz próbował poprawić relacje z Waszyngtonem, licząc na nowe otwarcie po zaprzysiężeniu Donalda Trumpa.""",
mentions="""
Łukaszenka
Zachód
# a full institution name with its country in the genitive is one mention (SlavicNER: "Departament Stanu USA",
# "Rząd Niemiec"); an acronym with its country is two ("MSZ" + "Rosji")
Centralna Komisja Wyborcza Białorusi | = | ORG | ORG-CEC-Belarus
Alaksandr Łukaszenka
Zachód
Łukaszenka
BelTA
Biura Instytucji Demokratycznych i Praw Człowieka OBWE | Biuro Instytucji Demokratycznych i Praw Człowieka OBWE | ORG | ORG-ODIHR
Wiasna | = | ORG | ORG-Viasna
Aleś Bialacki | = | PER | PER-Ales-Bialiatski
Swiatłana Cichanouska
Wilna | Wilno
Łukaszenka
Putina | Putin
Cichanouską | Cichanouska
Parlamentu Europejskiego | Parlament Europejski | ORG | ORG-European-Parliament
Warszawie | Warszawa
Wilnie | Wilno
Berlinie | Berlin | LOC | GPE-Berlin
Polski | Polska
Pałacem Kultury i Nauki | Pałac Kultury i Nauki | LOC | LOC-Palace-of-Culture-and-Science
Kaja Kallas | = | PER | PER-Kaja-Kallas
Polski | Polska
Litwy | Litwa
Łotwy | Łotwa
Estonii | Estonia | LOC | GPE-Estonia
Moskwa
Władimir Putin
Łukaszence | Łukaszenka
CKW
Łukaszenka
Kremla | Kreml
Interią | Interia
Wolha Kazlouskaja | = | PER | PER-Wolha-Kazlouskaja
Biełsat | = | PRO | PRO-Belsat
Mińsk
Waszyngtonem | Waszyngton
Donalda Trumpa | Donald Trump
"""))

DOCS.append(dict(name="kronika_pl_12", date="2025-05-20", text="""\
UE przyjęła 17. pakiet sankcji. Na celowniku „flota cieni” i białoruskie firmy

Ministrowie spraw zagranicznych państw Unii Europejskiej zatwierdzili we wtorek w Brukseli siedemnasty pakiet sankcji wobec Rosji. Restrykcje obejmują blisko 200 kolejnych statków tzw. floty cieni, za pomocą której Moskwa omija pułap cenowy na ropę, a także kilkadziesiąt przedsiębiorstw z Rosji, Białorusi, Chin i Zjednoczonych Emiratów Arabskich, dostarczających komponenty dla rosyjskiego przemysłu zbrojeniowego.

– Im dłużej Rosja prowadzi tę wojnę, tym ostrzejsza będzie nasza odpowiedź – zapowiedziała wysoka przedstawiciel UE do spraw zagranicznych Kaja Kallas. Przewodnicząca Komisji Europejskiej Ursula von der Leyen poinformowała, że Bruksela pracuje już nad osiemnastym pakietem, który może objąć m.in. sektor bankowy i pozostałości infrastruktury Nord Stream.

Polska, która do końca czerwca sprawuje prezydencję w Radzie UE, zabiegała o włączenie do pakietu większej liczby białoruskich podmiotów. – Reżim w Mińsku jest współodpowiedzialny za agresję na Ukrainę. Nie ma powodu, by traktować go łagodniej niż Kreml – powiedział minister spraw zagranicznych Radosław Sikorski. Na liście znalazły się m.in. zakłady z Mińska i Homla produkujące części do dronów typu Szahid oraz spółka zależna koncernu Biełaruskalij.

Uzgodnienie pakietu opóźniały zastrzeżenia Węgier i Słowacji. Premier Viktor Orbán domagał się usunięcia z listy kilku rosyjskich biznesmenów, a Bratysława – gwarancji w sprawie dostaw ropy rurociągiem Przyjaźń. Ostatecznie kompromis osiągnięto na szczeblu ambasadorów.

Poza sankcjami pozostaje tranzyt do obwodu kaliningradzkiego. Litwa, przez którą przebiega kolejowy korytarz między Rosją a Kaliningradem, zaostrza jednak kontrole ładunków. – Każdy wagon jedzie pod lupą. Nie pozwolimy, by tranzyt stał się furtką do obchodzenia restrykcji – mówiła w rozmowie z Agencją Reutera litewska wiceminister spraw zagranicznych.

MSZ Rosji zapowiedziało odpowiedź. Zdaniem Marii Zacharowej kolejne pakiety „uderzają przede wszystkim w europejskich podatników”. Inaczej ocenia to ekonomistka Katarzyna Mazur-Rudnik z Ośrodka Studiów Wschodnich. – Sankcje działają powoli, ale działają. Rosja płaci coraz więcej za omijanie ograniczeń, a jej dochody z eksportu ropy spadają – zauważa.""",
mentions="""
UE
Unii Europejskiej | Unia Europejska
Brukseli | Bruksela
Rosji | Rosja
Moskwa
Rosji | Rosja
Białorusi | Białoruś
Chin | Chiny
Zjednoczonych Emiratów Arabskich | Zjednoczone Emiraty Arabskie | LOC | GPE-UAE
Rosja
UE
Kaja Kallas
Komisji Europejskiej | Komisja Europejska
Ursula von der Leyen
Bruksela
Nord Stream
Polska
Radzie UE | Rada UE | ORG | ORG-Council-of-the-EU
Mińsku | Mińsk
Ukrainę | Ukraina
Kreml
Radosław Sikorski
Mińska | Mińsk
Homla | Homel
Szahid | = | PRO | PRO-Shahed
Biełaruskalij | = | ORG | ORG-Belaruskali
Węgier | Węgry | LOC | GPE-Hungary
Słowacji | Słowacja | LOC | GPE-Slovakia
Viktor Orbán | = | PER | PER-Viktor-Orban
Bratysława | = | LOC | GPE-Bratislava
Przyjaźń | = | PRO | PRO-Druzhba-Pipeline
obwodu kaliningradzkiego | obwód kaliningradzki | LOC | GPE-Kaliningrad-Oblast
Litwa
Rosją | Rosja
Kaliningradem | Kaliningrad | LOC | GPE-Kaliningrad
Agencją Reutera | Agencja Reutera
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Russia
Rosji | Rosja
Marii Zacharowej | Maria Zacharowa
Katarzyna Mazur-Rudnik | = | PER | PER-Katarzyna-Mazur-Rudnik
Ośrodka Studiów Wschodnich | Ośrodek Studiów Wschodnich
Rosja
"""))

DOCS.append(dict(name="kronika_pl_13", date="2025-06-26", text="""\
Szczyt NATO w Hadze. Sojusznicy zgodzili się na 5 proc. PKB na obronność

Przywódcy 32 państw NATO zobowiązali się w Hadze, że do 2035 roku będą przeznaczać na obronność i związane z nią inwestycje 5 proc. produktu krajowego brutto. Z tej kwoty 3,5 proc. ma trafiać na wydatki stricte wojskowe, a 1,5 proc. na infrastrukturę, cyberbezpieczeństwo i odporność państw.

– To historyczny moment. Europa bierze na siebie więcej odpowiedzialności za własne bezpieczeństwo – mówił sekretarz generalny Mark Rutte, dla którego był to pierwszy szczyt w roli szefa Sojuszu. Prezydent USA Donald Trump, który wielokrotnie krytykował europejskich sojuszników za zbyt niskie wydatki, ogłosił porozumienie swoim sukcesem. Zastrzeżenia zgłosiła jedynie Hiszpania, której premier Pedro Sánchez wynegocjował odrębną ścieżkę dojścia do celu.

Deklaracja końcowa, najkrótsza od lat, określa Rosję jako „długoterminowe zagrożenie” dla bezpieczeństwa euroatlantyckiego. W dokumencie zabrakło natomiast zapisu o perspektywie członkostwa Ukrainy. Wołodymyr Zełenski wziął udział w kolacji wydanej przez króla Niderlandów Wilhelma Aleksandra i spotkał się z Trumpem na marginesie obrad. O Zełenskim nie wspomniano w deklaracji ani razu.

Polska, która w tym roku wyda na wojsko 4,7 proc. PKB, od miesięcy apelowała o podniesienie celu. – Jesteśmy liderem NATO, jeśli chodzi o wydatki. Teraz cały Sojusz idzie drogą, którą wskazywała Warszawa – podkreślił w Hadze prezydent Andrzej Duda. Według szefa MON Władysława Kosiniaka-Kamysza znaczna część środków trafi na program Tarcza Wschód oraz na zakup czołgów K2 i Abrams, śmigłowców Apache i kolejnych baterii Patriot.

Wątpliwości budzi tempo realizacji zobowiązań. – Papier jest cierpliwy. Dla Litwy czy Estonii 5 proc. to kwestia przetrwania, ale dla części państw Europy Zachodniej to cel bardzo odległy – zauważa Piotr Wądołowski, analityk Polskiego Instytutu Spraw Międzynarodowych. Ekspert przypomina, że Niemcy, które dopiero w tym roku złagodziły konstytucyjny hamulec zadłużenia, mają osiągnąć 3,5 proc. dopiero w 2029 roku.

Rzecznik Kremla Dmitrij Pieskow stwierdził, że decyzje z Hagi potwierdzają „militaryzację Europy”. Według RIA Nowosti Moskwa zamierza odpowiedzieć zwiększeniem obecności wojskowej w obwodzie kaliningradzkim i na Białorusi.""",
mentions="""
NATO
Hadze | Haga | LOC | GPE-Hague
NATO
Hadze | Haga
Europa | = | LOC | LOC-Europe
Mark Rutte
Sojuszu | Sojusz
USA | = | LOC | GPE-USA
Donald Trump | = | PER | PER-Donald-Trump
Hiszpania | = | LOC | GPE-Spain
Pedro Sánchez | = | PER | PER-Pedro-Sanchez
Rosję | Rosja
Ukrainy | Ukraina
Wołodymyr Zełenski
Niderlandów | Niderlandy | LOC | GPE-Holland
Wilhelma Aleksandra | Wilhelm Aleksander | PER | PER-Willem-Alexander
Trumpem | Trump | PER | PER-Donald-Trump
Zełenskim | Zełenski | PER | PER-Volodimir-Zelenski
Polska
NATO
Sojusz
Warszawa
Hadze | Haga
Andrzej Duda
MON
Władysława Kosiniaka-Kamysza | Władysław Kosiniak-Kamysz
Tarcza Wschód
K2 | = | PRO | PRO-K2
Abrams | = | PRO | PRO-M1-Abrams
Apache | = | PRO | PRO-AH-64-Apache
Patriot
Litwy | Litwa
Estonii | Estonia
Europy Zachodniej | Europa Zachodnia | LOC | LOC-Western-Europe
Piotr Wądołowski | = | PER | PER-Piotr-Wądołowski
Polskiego Instytutu Spraw Międzynarodowych | Polski Instytut Spraw Międzynarodowych
Niemcy | = | LOC | GPE-Germany
Kremla | Kreml
Dmitrij Pieskow
Hagi | Haga
Europy | Europa
RIA Nowosti
Moskwa
obwodzie kaliningradzkim | obwód kaliningradzki
Białorusi | Białoruś
"""))

DOCS.append(dict(name="kronika_pl_14", date="2025-09-13", text="""\
Zapad-2025: Polska zamyka granicę z Białorusią, Mińsk ćwiczy użycie Oriesznika

Na poligonach w Rosji i na Białorusi rozpoczęły się w piątek manewry Zapad-2025. W nocy z czwartku na piątek Polska zamknęła wszystkie przejścia graniczne z Białorusią, również kolejowe. Decyzję podjęto kilka dni po tym, jak nad terytorium kraju wleciało kilkanaście rosyjskich dronów, z których część zestrzeliły polskie F-16 i holenderskie F-35.

– Zapad-2025 to ćwiczenia bardzo agresywne, skierowane przeciwko państwom NATO. Nie będziemy udawać, że to rutynowe manewry – mówił premier Donald Tusk. Według Ministerstwa Obrony Narodowej w pobliżu granicy rozmieszczono ok. 40 tysięcy żołnierzy, w tym uczestników operacji „Bezpieczne Podlasie”.

Białoruski resort obrony poinformował, że scenariusz przewiduje m.in. planowanie użycia taktycznej broni jądrowej i pocisków Oriesznik w obronie Państwa Związkowego. W części ćwiczeń prowadzonej na Białorusi bierze oficjalnie udział ok. 6 tysięcy żołnierzy, a główne epizody rozgrywane są na poligonie pod Borysowem i na terenie obwodu grodzieńskiego. Minister obrony Białorusi Wiktar Chrenin zapewnił, że manewry przeniesiono w głąb kraju, „by nie drażnić sąsiadów”.

Zdaniem szefa Sztabu Generalnego Wojska Polskiego gen. Wiesława Kukuły Rosja testuje odporność Sojuszu. – Incydent z dronami nie był przypadkiem. Przeciwnik sprawdza nasze procedury, czas reakcji i spójność decyzji w NATO – mówił w rozmowie z Polsat News. W odpowiedzi Sojusz uruchomił operację Wschodnia Straż, w ramach której nad Polską patrolują dodatkowe samoloty z Francji, Danii i Wielkiej Brytanii.

Zamknięcie granicy uderza w przewoźników. W Małaszewiczach, przez które przebiega większość kolejowego transportu towarowego z Chin do Unii Europejskiej, utknęły dziesiątki składów. – Tracimy kontrakty z klientami, którzy nie chcą czekać – skarży się Andrzej Łapiński, właściciel firmy spedycyjnej z Białej Podlaskiej. Pekin zwrócił się do Warszawy o jak najszybsze przywrócenie ruchu.

Analityk OSW Tomasz Wierzbicki uważa, że tegoroczna odsłona manewrów jest mniejsza niż Zapad-2021, bo Rosja wciąż angażuje główne siły na Ukrainie. – Ważniejsza od liczby żołnierzy jest jednak symbolika. Moskwa i Mińsk pokazują, że traktują Białoruś i obwód kaliningradzki jak jeden teatr działań – ocenia. Ćwiczenia potrwają do 16 września.""",
mentions="""
Zapad-2025 | = | EVT | EVT-Zapad-2025
Polska
Białorusią | Białoruś
Mińsk
Oriesznika | Oriesznik
Rosji | Rosja
Białorusi | Białoruś
Zapad-2025
Polska
Białorusią | Białoruś
F-16
F-35 | = | PRO | PRO-F-35
Zapad-2025
NATO
Donald Tusk
Ministerstwa Obrony Narodowej | Ministerstwo Obrony Narodowej
Bezpieczne Podlasie | = | EVT | EVT-Operation-Safe-Podlasie
Oriesznik
Państwa Związkowego | Państwo Związkowe | ORG | ORG-Union-State
Białorusi | Białoruś
Borysowem | Borysów | LOC | GPE-Barysaw
obwodu grodzieńskiego | obwód grodzieński | LOC | GPE-Grodno-Region
Białorusi | Białoruś
Wiktar Chrenin
Sztabu Generalnego Wojska Polskiego | Sztab Generalny Wojska Polskiego
Wiesława Kukuły | Wiesław Kukuła
Rosja
Sojuszu | Sojusz
NATO
Polsat News | = | PRO | PRO-Polsat-News
Sojusz
Wschodnia Straż | = | EVT | EVT-Eastern-Sentry
Polską | Polska
Francji | Francja | LOC | GPE-France
Danii | Dania
Wielkiej Brytanii | Wielka Brytania
Małaszewiczach | Małaszewicze | LOC | GPE-Małaszewicze
Chin | Chiny
Unii Europejskiej | Unia Europejska
Andrzej Łapiński | = | PER | PER-Andrzej-Łapiński
Białej Podlaskiej | Biała Podlaska | LOC | GPE-Biała-Podlaska
Pekin
Warszawy | Warszawa
OSW
Tomasz Wierzbicki
Zapad-2021
Rosja
Ukrainie | Ukraina
Moskwa
Mińsk
Białoruś
obwód kaliningradzki
"""))

DOCS.append(dict(name="kronika_pl_15", date="2026-01-20", text="""\
Przesmyk suwalski pod lupą. Bundeswehra buduje bazę na Litwie, Kaliningrad się zbroi

Na poligonie w Rudnikach pod Wilnem trwa budowa koszar dla 45. Brygady Pancernej Bundeswehry – pierwszej niemieckiej jednostki tej wielkości stacjonującej na stałe poza granicami Niemiec od czasów II wojny światowej. Do 2027 roku na Litwie ma służyć blisko 5 tysięcy niemieckich żołnierzy, wyposażonych m.in. w czołgi Leopard 2A8.

– Bezpieczeństwo Wilna jest bezpieczeństwem Berlina – mówił podczas wizyty na budowie minister obrony Niemiec Boris Pistorius. Litewski resort obrony podkreśla, że Wilno ponosi znaczną część kosztów infrastruktury. Władze Litwy zapowiedziały też zakup kolejnych wyrzutni HIMARS, a Estonia i Łotwa przygotowują wspólny zakup systemów obrony powietrznej średniego zasięgu.

Nieco ponad sto kilometrów na południowy zachód od Rudnik zaczyna się przesmyk suwalski – około 65-kilometrowy odcinek polsko-litewskiej granicy między Białorusią a obwodem kaliningradzkim. Wojskowi od lat uznają go za najsłabszy punkt wschodniej flanki NATO. – Gdyby Rosja chciała odciąć państwa bałtyckie od reszty Sojuszu, zrobiłaby to właśnie tu – tłumaczy Wolha Sidarenka, białoruska ekspertka ds. bezpieczeństwa pracująca w Warszawie.

W Kaliningradzie stacjonują m.in. zestawy Iskander-M i S-400, a port w Bałtyjsku jest główną bazą Floty Bałtyckiej. Według estońskiego wywiadu Moskwa odtwarza w obwodzie jednostki lądowe, które wcześniej przerzuciła na front w Ukrainie. Rzeczniczka MSZ Rosji Maria Zacharowa nazwała niemiecką brygadę „prowokacją u rosyjskich granic”.

Polska wzmacnia swój odcinek w ramach programu Tarcza Wschód. Wzdłuż granicy z obwodem kaliningradzkim powstają rowy przeciwczołgowe, zapory i schrony, a w Braniewie i Gołdapi rozbudowywane są koszary. – Każdy, kto planuje atak, musi wiedzieć, że pierwsze godziny będą dla niego bardzo kosztowne – mówił w Ełku wiceminister obrony narodowej Cezary Tomczyk.

Zdaniem Siergieja Ławrowa państwa bałtyckie i Polska „prowadzą politykę konfrontacji, za którą zapłacą mieszkańcy regionu”. – Ławrow straszy, bo Kreml widzi, że jego szantaż przestał działać. Jeszcze kilka lat temu Litwini pytali, czy NATO ich obroni. Dziś pytają, jak szybko – ocenia Lina Vaitkutė z Uniwersytetu Wileńskiego.""",
mentions="""
Przesmyk suwalski | przesmyk suwalski | LOC | LOC-Suwałki-Gap
Bundeswehra | = | ORG | ORG-Bundeswehr
Litwie | Litwa
Kaliningrad
Rudnikach | Rudniki | LOC | GPE-Rudninkai
Wilnem | Wilno
# a full unit name with its armed force in the genitive is one mention (like "Departament Stanu USA")
45. Brygady Pancernej Bundeswehry | 45. Brygada Pancerna Bundeswehry | ORG | ORG-Panzerbrigade-45
Niemiec | Niemcy
II wojny światowej | II wojna światowa | EVT | EVT-World-War-II
Litwie | Litwa
Leopard 2A8 | = | PRO | PRO-Leopard-2
Wilna | Wilno
Berlina | Berlin
Niemiec | Niemcy
Boris Pistorius | = | PER | PER-Boris-Pistorius
Wilno
Litwy | Litwa
HIMARS
Estonia
Łotwa
Rudnik | Rudniki
przesmyk suwalski
Białorusią | Białoruś
obwodem kaliningradzkim | obwód kaliningradzki
NATO
Rosja
Sojuszu | Sojusz
Wolha Sidarenka | = | PER | PER-Wolha-Sidarenka
Warszawie | Warszawa
Kaliningradzie | Kaliningrad
Iskander-M
S-400
Bałtyjsku | Bałtyjsk | LOC | GPE-Baltiysk
Floty Bałtyckiej | Flota Bałtycka | ORG | ORG-Baltic-Fleet
Moskwa
Ukrainie | Ukraina
MSZ | = | ORG | ORG-Ministry-of-Foreign-Affairs-Russia
Rosji | Rosja
Maria Zacharowa
Polska
Tarcza Wschód
obwodem kaliningradzkim | obwód kaliningradzki
Braniewie | Braniewo | LOC | GPE-Braniewo
Gołdapi | Gołdap | LOC | GPE-Gołdap
Ełku | Ełk | LOC | GPE-Ełk
Cezary Tomczyk | = | PER | PER-Cezary-Tomczyk
Siergieja Ławrowa | Siergiej Ławrow | PER | PER-Sergey-Lavrov
Polska
Ławrow | = | PER | PER-Sergey-Lavrov
Kreml
Litwini | = | PER | GPE-Lithuania
NATO
Lina Vaitkutė
Uniwersytetu Wileńskiego | Uniwersytet Wileński | ORG | ORG-Vilnius-University
"""))
