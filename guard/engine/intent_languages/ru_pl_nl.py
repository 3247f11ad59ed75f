"""The intent cues in Russian, Polish and Dutch.

Each entry extends the English group of the same name in guard.engine.features and follows
its rules: matched at a word start on normalised text (NFKC, lower case, digits folded to 0,
accents kept), ending at a word end, beginning with at least three literal characters.

What carries the intent is listed, not every word near it:
- request frames: ru "как" + an infinitive ("как сделать", "как отравить"), "где купить",
  "напиши", "дай"; pl "jak" + an infinitive ("jak zrobić"), "gdzie kupić", "napisz", "daj
  mi"; nl "hoe kan ik", "hoe maak je", "hoe ... te maken", "geef me", "schrijf";
- the harms as the verbs that ask for them ("отравить", "otruć", "vergiftigen") or as nouns
  that name nothing else ("взрывчатка", "metamfetamina", "witwassen"); the ordinary nouns
  of news and history ("оружие", "broń", "wapen") only in the phrases that make them a
  request ("огнестрельное оружие", "broń palna", "vuurwapen");
- the everyday senses kept out: a process, time, weeds, pests killed ("убить процесс",
  "zabić czas"), a pomegranate ("гранат", "granat", "granaatappel"), meat stewed ("udusić
  mięso"), a record beaten ("pobić rekord"), a balloon blown up ("ballon opblazen"), a lot of
  money ("een bom geld"), a picture ("obraz"), a sudden storm ("gwałtowna burza"), a
  heroine ("героиня"), castor oil ("olej rycynowy"), trying ("пытаться"), rat poison;
- Polish is also written without its diacritics ("jak zrobic bombe"): the frames and the
  commonest harm words take both spellings.

Russian, Polish and Dutch put the request frame before what is asked for ("как сделать
бомбу", "jak zrobić bombę", "hoe maak ik een bom"; a Dutch verb at the end comes after its
frame "hoe ... te maken"), so TRAILING_REQUESTS holds only the short colloquial afterthoughts
that name what was just said ("отравить соседа — как это сделать?").
"""

# Cyrillic letters that look like Latin ones are this module's subject matter.
from __future__ import annotations

CUES: dict[str, tuple[str, ...]] = {
    "weapons": (
        # ru: "бомба" is also slang for "great" ("трек — бомба"): the accusative of making it
        # and the kinds. Not the pomegranate (гранат, граната in the genitive), a glue gun, a
        # spray gun, a car's muffler (глушитель), or "взорвать интернет" (go viral).
        r"бомбу",
        r"(?:самодельн|трубчат|грязн|ядерн|атомн)\w* бомб\w*",
        r"взрывчатк\w*",
        r"взрывчат\w* веществ\w*",
        r"взрывн\w* (?:устройств|веществ|смес)\w*",
        r"самодельн\w* взрывн\w*",
        r"детонатор\w*",
        r"заминир\w*",
        r"коктейл\w* молотова",
        r"гранату",
        r"ручн\w* гранат\w*",
        r"огнестрельн\w*",
        r"(?<!клеевой )(?<!клеевого )пистолет(?:а|ы|ов|у|ом)?(?!-распылител\w*| для (?:клея|"
        r"покраски|герметика|пены|монтажной))",
        r"обрез(?:а|ом)? (?:из|ружья)",
        r"глушител\w* для (?:пистолета|ружья|оружия|винтовки)",
        r"боеприпас\w*",
        r"тротил\w*",
        r"динамит\w*",
        r"гексоген\w*",
        r"напалм\w*",
        r"зарин\w*",
        r"рицин\w*",
        r"(?:нервно-паралитическ|отравляющ|боев)\w* (?:газ|веществ|агент)\w*",
        r"(?:химическ|биологическ|ядерн|бактериологическ)\w* оружи\w*",
        r"оружи[еяю] массов\w* (?:поражения|уничтожения)",
        r"взорвать (?:\w+ ){0,2}(?:здани|школ|мост|машин|автомобил|самол|поезд|метро|торгов|"
        r"посольств|станци|вокзал|аэропорт|больниц|церк|толп)\w*",
        r"(?:устроить|совершить) взрыв\w*",
        # pl: "bomba" is also "great"; "granat" is a pomegranate and navy blue, "rycynowy"
        # castor oil, "tłumik" a muffler, "wysadzić" also dropping someone off.
        r"bomb[ęe]",
        r"bomb\w* (?:rurow|domow|zegarow|brudn|atomow|jądrow|jadrow)\w*",
        r"(?:ładun|ladun)\w* wybuchow\w*",
        r"(?:materiał|material)\w* wybuchow\w*",
        r"(?:koktajl|koktail)\w* (?:mołotowa|molotowa)",
        r"granat\w* (?:ręczn|reczn|hukow|odłamkow|odlamkow|zaczepn|obronn)\w*",
        r"zapalnik\w*",
        r"detonator\w*",
        r"bro[ńn]i? (?:paln|chemiczn|biologiczn|jądrow|jadrow|masowego|automatyczn|bez licencji|"
        r"bez pozwolenia|domowej roboty)\w*",
        r"karabin(?:u|y|ów|ow|em|ami)?",
        # "pistolet" is also French (and a glue or paint gun): the Polish cases, and the
        # nominative after a verb of getting it.
        r"pistolet(?:u|y|ów|ow|em)(?! (?:do (?:kleju|malowania|silikonu|piany)|klejow\w*|"
        r"natryskow\w*))",
        r"(?:kupić|kupic|zdobyć|zdobyc|zrobić|zrobic|zbudować|zbudowac|wydrukować|wydrukowac|"
        r"nielegalny|przemycić|przemycic) (?:\w+ )?pistolet(?! (?:do |klejow|natryskow))",
        r"amunicj\w*",
        r"trotyl\w*",
        r"dynamit\w*",
        r"semtex\w*",
        r"proch\w* strzelnicz\w*",
        r"rycyn[aęy]",
        r"sarin(?:u|em)",
        r"(?:wąglik|waglik)\w*",
        r"gaz\w* (?:bojow|paraliżując|paralizujac|musztardow)\w*",
        # "wysadzić dziecko przy szkole" is dropping a child off
        r"wysadzi[ćc] (?:w powietrze )?(?:budyn|szkoł|szkol|most|samoch|auto|pociąg|pociag|"
        r"metro|ambasad|lotnisk|kości|kosci|sklep|tłum|tlum|stacj)\w*",
        r"wysadzi\w* (?:\w+ ){0,2}w powietrze",
        # nl: "een bom geld" is a lot of money, a granaatappel a pomegranate, "een ballon
        # opblazen" inflating one; "wapen" alone is also a coat of arms.
        # Not the Portuguese "bom" (good): with a Dutch article or verb.
        r"bommen",
        r"(?:een|die|deze|zo'n) bom(?! (?:geld|duiten))",
        r"bom (?:te )?(?:maken|bouwen|plaatsen|laten ontploffen|maakt|bouwt)",
        r"(?:pijp|spijker|auto|brief|berm|nagel|kern|atoom|vuile )bom\w*",
        r"bomaanslag\w*",
        r"explosieven",
        r"explosieve (?:stof|lading|middel|apparat|vest)\w*",
        r"springstof\w*",
        r"ontsteker\w*",
        r"molotovcocktail\w*",
        # "granaat" alone is also the gemstone garnet
        r"handgranat\w*",
        r"granaat (?:te )?(?:maken|bouwen|gooien|werpen|kopen)",
        r"vuurwapen\w*",
        r"wapens? (?:te )?(?:maken|bouwen|kopen|printen|bemachtigen|smokkelen|regelen)",
        r"(?:zelfgemaakt|illegaal|illegale|ongeregistreerd)\w* "
        r"(?:wapen|vuurwapen|pistool|geweer)\w*",
        r"pistool",
        r"pistolen",
        r"machinegeweer\w*",
        r"munitie",
        r"buskruit",
        r"zenuwgas\w*",
        r"ricine",
        r"miltvuur\w*",
        r"(?:chemisch|biologisch)\w* (?:wapen|strijdmiddel)\w*",
        r"kernwapen\w*",
        r"(?:gebouw|school|brug|auto|trein|station|ambassade|metro|vliegtuig)\w* (?:op te blazen|"
        r"opblazen)",
    ),
    "drugs": (
        # ru: "героин" not "героиня" (a heroine: its dative "героине" is left out); "закладка"
        # is also a bookmark; "наркоз" is anaesthesia.
        r"метамфетамин\w*",
        r"амфетамин\w*",
        r"первитин\w*",
        r"мефедрон\w*",
        r"кокаин\w*",
        r"героин(?:а|у|ом)?",
        r"фентанил\w*",
        r"экстази",
        r"лсд",
        r"мдма",
        r"кетамин\w*",
        r"наркотик\w*",
        r"наркотическ\w*",
        r"психоделик\w*",
        r"смертельн\w* доз\w*",
        r"передозировк\w*",
        r"контрабанд\w*",
        r"(?:вырастить|выращивать|выращивание) (?:\w+ )?(?:коноплю|марихуан\w*|каннабис\w*|"
        r"галлюциногенн\w*)",
        r"(?:вести|водить|садиться за руль|сесть за руль|ездить) (?:\w+ )?(?:пьяным|пьяной|"
        r"в нетрезвом виде|под кайфом)",
        r"пьян\w* за рул\w*",
        r"(?:антибиотик|опиоид|обезболивающ|снотворн|транквилизатор|феназепам|трамадол|"
        r"лирик)\w* без рецепта",
        r"(?:обмануть|обойти) (?:\w+ )?(?:детектор лжи|полиграф|тест на наркотики|"
        r"алкотестер|наркотест)\w*",
        # pl ("heroina" is the drug; a heroine is "bohaterka")
        r"metamfetamin\w*",
        r"amfetamin\w*",
        r"mefedron\w*",
        r"kokain\w*",
        r"heroin[aęy]",
        r"fentanyl\w*",
        r"ketamin\w*",
        r"narkotyk\w*",
        r"dopalacz\w*",
        r"(?:śmierteln|smierteln)\w* dawk\w*",
        r"przedawkowa\w*",
        r"przemyt\w*",
        r"przemyci[ćc]",
        r"(?:pigułk|pigulk|tabletk)\w* (?:gwałtu|gwaltu)",
        r"upraw\w* (?:marihuan|konopi|grzyb\w* halucyn)\w*",
        r"(?:jeździ|jezdzi|prowadzi|jecha|kierowa)\w* (?:\w+ ){0,2}po (?:pijanemu|pijaku|"
        r"alkoholu|narkotykach)",
        r"(?:oszuka|obejś|obejs)\w* (?:alkomat|wykrywacz kłamstw|wykrywacz klamstw|test "
        r"narkotykowy|poligraf)\w*",
        # nl ("drugs" alone would fire in English text as well; "heroine" without its
        # diaeresis is the English heroine)
        r"methamfetamine",
        r"amfetamine",
        r"cocaïne",
        r"heroïne",
        r"xtc",
        r"harddrugs",
        r"partydrugs",
        r"drugs (?:te )?(?:maken|kopen|verkopen|smokkelen|dealen|bestellen|koken)",
        r"drugs(?:lab|handel|deal|smokkel|koerier)\w*",
        r"dodelijke dosis",
        r"overdosis",
        r"smokkel\w*",
        r"(?:wiet|hennep|cannabis)\w* (?:te )?kwe\w*",
        r"(?:wiet|hennep)(?:plantage|kwekerij)\w*",
        r"dronken (?:achter het stuur|rijden)",
        r"rijden onder invloed",
        r"onder invloed (?:rijden|achter het stuur)",
        r"(?:antibiotica|opioïden|opioiden|oxycodon|tramadol|slaappillen|benzo)\w* zonder recept",
        r"(?:ademtest|drugstest|blaastest|leugendetector)\w* (?:te )?(?:omzeilen|misleiden|"
        r"verslaan|foppen)",
    ),
    "cyber": (
        # ru: "взлом" is also a burglary (a harm either way); a virus is computing only with
        # a word that says so; "подобрать пароль" is also choosing one, so the brute force.
        r"взлом\w*",
        r"хакнуть",
        r"хакерск\w* (?:атак|программ)\w*",
        r"фишинг\w*",
        r"вредонос\w*",
        r"(?:вирус|программ)\w*-(?:вымогател|шифровальщик)\w*",
        r"шифровальщик\w*",
        r"кейлоггер\w*",
        r"троян(?:а|ы|ов|у|ом)?",
        r"троянск\w* (?:программ|вирус)\w*",
        r"ботнет\w*",
        r"руткит\w*",
        r"бэкдор\w*",
        r"эксплойт\w*",
        r"эксплоит\w*",
        r"ддос\w*",
        r"sql-инъекци\w*",
        r"брутфорс\w*",
        r"перебор\w* парол\w*",
        r"компьютерн\w* вирус\w*",
        r"(?:напиши|написать|создай|создать|сделай|сделать) (?:\w+ )?(?:вирус|червя|троян)\w*",
        r"(?:украсть|украду|красть|воровать|стащить|похитить|угнать|увести|перехватить) "
        r"(?:\w+ ){0,2}(?:парол|аккаунт|учётн|учетн|данн|куки|cookie|токен|логин|сесси|"
        r"переписк|страниц)\w*",
        r"угнать (?:\w+ )?(?:аккаунт|страниц|телеграм|инстаграм|вк|почт)\w*",
        r"обойти (?:\w+ )?(?:антивирус|защит|авторизац|аутентификац|капч|фаервол|брандмауэр|"
        r"двухфакторн|пароль)\w*",
        r"перехват\w* (?:\w+ )?(?:трафик|парол|sms|смс|переписк|звонк)\w*",
        r"кибератак\w*",
        r"(?:получить|получение) (?:\w+ )?(?:несанкционированн|неавторизованн)\w* доступ\w*",
        r"несанкционированн\w* доступ\w*",
        # pl ("hak" is a hook; "włamać się" to a house is in fraud)
        r"zhakowa\w*",
        r"shakowa\w*",
        r"hakowa\w*",
        r"(?:włama|wlama)\w* (?:się |sie )?(?:na|do) (?:\w+ )?(?:kont|komputer|sie[ćc]|serwer|"
        r"system|telefon|skrzynk|poczt|facebook|instagram|wifi|wi-fi|sieci|router|kamer)\w*",
        r"(?:złośliw|zlosliw)\w* (?:oprogramowani|kod|skrypt|program)\w*",
        r"wirus\w* komputerow\w*",
        r"(?:napisz|napisać|napisac|stwórz|stworz|stworzyć|stworzyc) (?:\w+ )?(?:wirus|robak|"
        r"trojan)\w*",
        r"(?:ukraść|ukrasc|wykraść|wykrasc|kraść|krasc|przechwyci[ćc]|wyłudzi[ćc]|wyludzi[ćc]) "
        r"(?:\w+ ){0,2}(?:hasł|hasl|dan|kont|ciasteczk|cookies|token|login|numer\w* kart)\w*",
        r"(?:kradzież|kradziez)\w* (?:hase|haseł|hasel|danych|kont|tożsamo|tozsamo)\w*",
        r"(?:złama|zlama|łama|lama)\w* (?:\w+ )?(?:hasł|hasl|zabezpiecz|szyfrowani|licencj)\w*",
        r"obej(?:ść|sc|ście|scie) (?:\w+ )?(?:zabezpiecz|antywirus|uwierzytelni|logowani|"
        r"captcha|firewall|zapor|weryfikacj)\w*",
        r"przej(?:ąć|ac|ęcie|ecie) (?:\w+ )?(?:kont|profil|telefon|komputer|serwer)\w*",
        r"cyberatak\w*",
        r"atak\w* (?:ddos|phishingow|hakersk|ransomware)\w*",
        r"nieautoryzowan\w* dost[ęe]p\w*",
        # nl ("hacken" alone is German chopping too: only with what is hacked, or as "te
        # hacken" / "leren hacken")
        r"(?:account|wifi|wi-fi|telefoon|computer|server|netwerk|systeem|website|instagram|"
        r"facebook|whatsapp|snapchat|e-mail|email|mail|wachtwoord|laptop|camera|router|"
        r"database)[\w-]* (?:[\w-]+ ){0,3}(?:te )?hacken",
        r"te hacken",
        r"leren hacken",
        r"het hacken van",
        r"kwaadaardig\w* (?:software|code|programma|script|bijlage|link)\w*",
        r"virussen",
        r"computervirus\w*",
        r"ddos-aanval\w*",
        r"cyberaanval\w*",
        r"(?:steel|stelen|kraak|kraken|onderschep\w*|achterhalen) (?:\w+ ){0,2}(?:wachtwoord|"
        r"inloggegevens|cookies|account|bankgegevens|pincode)\w*",
        r"(?:wachtwoord|inloggegevens|cookies|account|bankgegevens|pincode)\w* (?:\w+ ){0,3}"
        r"(?:te )?(?:stelen|kraken|onderscheppen|overnemen|achterhalen)",
        r"omzeil\w* (?:de |het |een )?(?:beveiliging|antivirus|authenticatie|inlog|firewall|"
        r"detectie|captcha|tweestapsverificatie|verificatie)\w*",
        r"(?:beveiliging|antivirus|firewall|captcha|tweestapsverificatie)\w* (?:te )?omzeilen",
        r"inbreken (?:in|op) (?:een |het |de |iemands )?(?:\w+ )?(?:computer|systeem|netwerk|"
        r"account|server|telefoon|e-mail|mail|database)\w*",
        r"ongeautoriseerde toegang",
    ),
    "violence": (
        # ru: not a process, time, weeds, pests or two hares killed ("убить двух зайцев"),
        # nor "пытаться" (to try) for "пытать" (to torture), food poisoning ("отравление")
        # or getting poisoned oneself ("отравиться"), nor lighting a candle ("поджечь").
        r"уби(?:ть|й|ю|вать|ваю|ла|л|ли)\b(?!\s+(?:[\w.-]+\s+){0,2}(?:процесс\w*|задач\w*|"
        r"врем\w*|вечер\w*|скук\w*|сорняк\w*|муравь\w*|таракан\w*|клоп\w*|комар\w*|мух\w*|"
        r"вредител\w*|бактери\w*|микроб\w*|сесси\w*|поток\w*|демон\w*|сервер\w*|контейнер\w*|"
        r"pod\w*|зайц\w*|настроени\w*|вкус\w*|запах\w*|программ\w*|приложени\w*|страх\w*|"
        r"привычк\w*|аппетит\w*|интерес\w*|батаре\w*|аккумулятор\w*|босс\w*|дракон\w*|"
        r"монстр\w*|зомби|моб\w*|крип\w*|персонаж\w*)\b)",
        r"убийств\w*",
        r"убийц\w*",
        r"отрави(?:ть|л|ла|ли|м|шь|т|те)",
        r"отравлю",
        r"отравлять",
        # Not rat or insect poison ("яд от крыс").
        r"(?:яда|яду|ядом|ядов|ядами)(?! (?:от|для|против) (?:крыс|мыш|тарака|насеком|клоп|"
        r"муравь|грызун|сорняк|вредител|комар|мух|слизн)\w*)",
        r"(?:купить|достать|приготовить|сделать|найти|подсыпать|подлить|добавить) яд(?! (?:от|для|"
        r"против) (?:крыс|мыш|тарака|насеком|клоп|муравь|грызун|сорняк|вредител|комар|мух|"
        r"слизн)\w*)",
        r"насили\w*",
        r"яд (?:\w+ ){0,2}(?:подсыпать|подлить|добавить|положить|незаметно)",
        r"(?:какой|каким) (?:яд|ядом)(?! (?:у|от|для|в) )",
        r"подсыпать (?:\w+ )?(?:снотворн|яд|клофелин|таблетк|наркотик|что-то|что-нибудь)\w*",
        r"зареза(?:ть|л|ла|ли)",
        r"зарежу",
        r"застрели\w*",
        r"пристрели(?:ть|л|ла|ли)",
        r"пристрелю",
        r"задуш(?:ить|у|ил|ила|или)",
        r"похитить (?:\w+ )?(?:человек|ребёнк|ребенк|девушк|женщин|его|её|ее|сына|дочь|"
        r"бизнесмен)\w*",
        r"похищени\w* (?:человек|людей|ребёнк|ребенк|детей)\w*",
        r"пытать",
        r"пытк(?:и|ам|ами|у|ой)",
        r"пыток",
        r"избить",
        r"избиени\w*",
        r"покалечить\w*",
        r"искалечить\w*",
        r"причинить (?:\w+ )?(?:вред|боль|увечь)\w*",
        r"напасть на (?:\w+ )?(?:человек|прохож|соседа|него|неё|нее|них|девушк|ребёнк|ребенк|"
        r"учител|полицейск|школ)\w*",
        r"теракт\w*",
        r"террор\w*",
        r"(?:массов|школьн)\w* (?:расстрел|стрельб|убийств)\w*",
        r"стрельб\w* в (?:школ|университет|торгов)\w*",
        r"скулшутинг\w*",
        r"самоубийств\w*",
        r"суицид\w*",
        r"покончить с собой",
        r"убить себя",
        r"(?:порезать|резать|ранить) себя",
        r"(?:вскрыть|порезать) (?:себе )?вены",
        r"повеситься",
        r"самоповрежд\w*",
        r"селфхарм\w*",
        r"поджечь (?:\w+ )?(?:дом|машин|квартир|здани|школ|автомобил|офис|магазин|мечет|"
        r"церк|синагог)\w*",
        r"поджог\w*",
        r"геноцид\w*",
        r"этническ\w* чистк\w*",
        r"расчлен\w*",
        r"жесток\w* обращени\w* с животн\w*",
        # pl: not time, a process, mosquitoes killed ("zabić czas, proces, komara"), meat
        # stewed ("udusić"), a record beaten ("pobić rekord"), a grill lit ("podpalić grill"),
        # "porwać" for being swept away, rat poison.
        r"zabi(?:ć|c|j|ję|je|jesz|ł|l|ła|la|łem|lem|li|jać|jac)\b(?!\s+(?:[\w.-]+\s+){0,2}"
        r"(?:proces\w*|zadani\w*|task\w*|wątek|watek|wątki|watki|czas\w*|nud\w*|chwast\w*|"
        r"komar\w*|mrówk\w*|mrowk\w*|karaluch\w*|pluskw\w*|bakteri\w*|zarazk\w*|robak\w*|"
        r"mszyc\w*|much\w*|kontener\w*|serwer\w*|sesj\w*|aplikacj\w*|program\w*|dwóch|dwoch|"
        r"smak\w*|zapach\w*|klimat\w*|nastr[óo]j\w*|strach\w*|bossa|bossów|bossow|smok\w*|"
        r"potwor\w*|zombie|mob\w*|postać|postac|bateri\w*|akumulator\w*)\b)",
        r"zab[óo]jstw\w*",
        r"zab[óo]jc\w*",
        r"zamordowa\w*",
        r"morderstw\w*",
        r"mordowa[ćc]",
        r"otru(?:ć|c|ję|je|jesz|ł|l|ła|la|łem|lem|j)",
        r"truci[ćc]",
        r"trucizn\w*(?! (?:na|dla) (?:szczur|mysz|gryzon|karaluch|mrówk|mrowk|ślimak|slimak|"
        r"kret|chwast|owad|komar|much)\w*)",
        r"dosypa\w* (?:\w+ )?(?:coś|cos|tabletk|narkotyk|trucizn|środ|srod|pigułk|pigulk)\w*",
        r"(?:dźgną|dzgna|zadźga|zadzga|pchną|pchna)\w* (?:\w+ )?(?:nożem|nozem|go|ją|ja|kogoś|"
        r"kogos)",
        r"zadźga\w*",
        r"zadzga\w*",
        r"udusi\w* (?:\w+ )?(?:go|ją|ja|ich|człowiek\w*|czlowiek\w*|sąsiad\w*|sasiad\w*|żon\w*|"
        r"zon\w*|męż\w*|mez\w*|dzieck\w*|kogoś|kogos|poduszk\w*)",
        r"porwa\w* (?:\w+ )?(?:dzieck|człowiek|czlowiek|kogoś|kogos|córk|cork|syn|dziewczyn|"
        r"biznesmen)\w*",
        r"uprowadzi\w*",
        r"uprowadzeni\w*",
        r"torturowa\w*",
        r"tortur\w*",
        r"przemoc\w*",
        r"pobi[ćc](?! (?:\w+ )?rekord\w*)",
        r"skatowa\w*",
        r"skrzywdzi\w*",
        r"(?:zrobić|zrobic|zrobi[ćc]) (?:\w+ )?(?:krzywd[ęe]|kuku)",
        r"zaatakowa\w* (?:\w+ )?(?:kogoś|kogos|człowiek\w*|czlowiek\w*|ludzi|sąsiad\w*|"
        r"sasiad\w*|go|ją|ja|nauczyciel\w*|dzieck\w*|policjant\w*)",
        r"zastrzeli\w*",
        r"zamach\w*",
        r"terroryst\w*",
        r"terroryzm\w*",
        r"strzelanin\w*",
        r"masakr\w*",
        r"samob[óo]jstw\w*",
        r"odebra[ćc] sobie (?:życie|zycie)",
        r"powiesi[ćc] si[ęe]",
        r"samookalecz\w*",
        r"poci[ąa][ćc] si[ęe]",
        r"podpali[ćc] (?:\w+ )?(?:dom|mieszkani|samoch|auto|budyn|szkoł|szkol|sklep|kości|kosci|"
        r"meczet|synagog)\w*",
        r"podpaleni\w*",
        r"ludob[óo]jstw\w*",
        r"czystk\w* etniczn\w*",
        r"(?:poćwiartowa|pocwiartowa)\w*",
        r"znęca\w* si[ęe] nad (?:zwierz|psem|kotem|dzieck)\w*",
        r"zneca\w* sie nad (?:zwierz|psem|kotem|dzieck)\w*",
        # nl: not "de doden" (the dead) for "doden" (to kill), nor "een kaars aansteken".
        r"vermoord\w*",
        r"moord(?:en|enaar|enaars)?",
        r"moordaanslag\w*",
        r"(?:iemand|hem|haar|mensen|mijn \w+) (?:te )?doden",
        r"doodmaken",
        r"dood (?:te )?maken",
        r"om zeep (?:te )?helpen",
        r"vergiftig\w*",
        r"neersteken",
        r"neergestoken",
        r"doodsteken",
        r"neerschieten",
        r"doodschieten",
        r"wurgen",
        r"wurg(?:de|t)",
        r"ontvoer\w*",
        r"martel(?:en|ing|ingen|de|den|t)",
        r"gemarteld",
        r"mishandel\w*",
        r"in elkaar (?:slaan|trappen|timmeren)",
        r"(?:iemand|hem|haar) (?:\w+ )?(?:pijn (?:te )?doen|iets aan(?: te)? doen)",
        r"aanslag (?:op|plegen)",
        r"terreur(?:aanslag|daad|daden|organisatie|groep|cel|dreiging)\w*",
        r"schietpartij\w*",
        r"geweld\w*",
        r"zelfmoord\w*",
        r"zelfdoding",
        r"suïcid\w*",
        r"zelfbeschadiging",
        r"(?:mezelf|me) (?:snijden|pijn doen|iets aandoen|ophangen)",
        r"eind(?:e)? aan mijn leven",
        r"in brand (?:te )?steken",
        r"brandstichting",
        r"etnische zuivering",
        r"levend (?:verbranden|begraven|villen)",
        r"(?:dieren|een dier|mijn hond|mijn kat)\w* (?:te )?(?:mishandelen|martelen)",
    ),
    "fraud": (
        # ru
        r"мошенни\w*",
        r"обмануть (?:\w+ )?(?:пенсионер|бабушк|дедушк|клиент|покупател|банк|страхов|налогов|"
        r"людей|инвестор|старик|пожил)\w*",
        r"развести (?:\w+ ){0,2}на деньги",
        r"укра(?:сть|ду|дёт|дет|дем|л|ла|ли)",
        r"своровать\w*",
        r"воровать\w*",
        r"краж[аеиу]",
        r"ограбить\w*",
        r"ограблени\w*",
        r"(?:отмыть|отмывать|отмывани\w*|отмывка) (?:\w+ )?(?:деньг|денег|средств|доход)\w*",
        r"подделать\w* (?:\w+ )?(?:паспорт|документ|подпис|справк|рецепт|диплом|деньг|купюр|"
        r"печать|права|удостоверени|чек)\w*",
        r"подделк\w* (?:паспорт|документ|подпис|справк|рецепт|диплом|деньг|купюр)\w*",
        r"поддельн\w* (?:паспорт|документ|справк|диплом|купюр|деньг|права|рецепт|удостоверени|"
        r"банкнот)\w*",
        r"фальшив\w* (?:деньг|купюр|паспорт|документ|отзыв|банкнот)\w*",
        r"фальшивомонет\w*",
        r"накрут\w* (?:\w+ )?отзыв\w*",
        r"уклон\w* от (?:уплаты )?налог\w*",
        r"(?:дать|дать ему|предложить) взятк\w*",
        r"подкупить\w*",
        r"шантаж\w*",
        r"вымогат\w*",
        r"финансов\w* пирамид\w*",
        r"кардинг\w*",
        r"выдать себя за",
        r"вскрыть (?:\w+ )?(?:замок|сейф|машин|дверь|квартир)\w*",
        r"угнать (?:\w+ )?(?:машин|автомобил|авто|тачк|велосипед|мотоцикл)\w*",
        r"манипулир\w* (?:\w+ )?(?:людьми|им|ей|ими|партнёр\w*|партнер\w*|муж\w*|жен\w*|"
        r"выбор\w*|рынк\w*|детьми|девушк\w*|парн\w*)",
        r"газлайт\w*",
        r"пронести (?:\w+ ){0,2}(?:мимо|через) (?:охран|досмотр|рамк|таможн)\w*",
        r"обокрасть\w*",
        r"обналичить (?:\w+ ){0,3}(?:чуж|украден|краден)\w*",
        r"чуж\w* (?:банковск\w* )?(?:карт|сч[её]т|кошел[её]к)\w*",
        # pl
        r"oszust\w*",
        r"oszuka\w* (?:\w+ )?(?:klient|emeryt|babci|dziadk|starsz|ludzi|bank|ubezpiecz|urząd|"
        r"urzad|inwestor|kupując|kupujac|seniora|senior)\w*",
        r"wyłudz\w*",
        r"wyludz\w*",
        r"ukra(?:ść|sc|dnę|dne|dł|dl|dła|dla|dli)",
        r"kra(?:ść|sc)",
        r"(?:kradzież|kradziez)\w*",
        r"okra(?:ść|sc)",
        r"obrabowa\w*",
        r"napad\w* na (?:bank|sklep|kantor|stacj|jubiler|konwój|konwoj)\w*",
        r"(?:włama|wlama)\w* (?:się |sie )?(?:do|na) (?:\w+ )?(?:mieszkani|dom|samoch|auto|"
        r"sklep|sejf|piwnic|garaż|garaz)\w*",
        r"wytrych\w*",
        r"(?:wyprać|wyprac|prać|prac|pranie|prania) (?:brudn\w* )?pieni\w*",
        r"podrobi\w* (?:\w+ )?(?:dokument|paszport|podpis|dowód|dowod|recept|dyplom|banknot|"
        r"pieniąd|pieniad|legitymacj|zaświadcz|zaswiadcz)\w*",
        r"(?:fałszyw|falszyw)\w* (?:dokument|paszport|dowód|dowod|recept|dyplom|banknot|pieniąd|"
        r"pieniad|opini|recenzj|faktur|zaświadcz|zaswiadcz|konto|konta)\w*",
        r"(?:sfałszowa|sfalszowa|fałszowa|falszowa)\w*",
        r"(?:łapówk|lapowk)\w*",
        r"cudz\w* (?:kart|rachun|portfel|konto|konta)\w*",
        r"przekupi\w*",
        r"szanta(?:ż|z)\w*",
        r"okup(?:u|em|owi)?",
        r"piramid\w* finansow\w*",
        r"(?:unik|uchyl|uchyla)\w* (?:się |sie )?(?:od )?(?:płacenia |placenia )?podatk\w*",
        r"podszy\w* (?:się |sie )?pod",
        r"manipulowa\w* (?:\w+ )?(?:ludźmi|ludzmi|nim|nią|nia|partner\w*|żon\w*|zon\w*|"
        r"męż\w*|mez\w*|dziećmi|dziecmi|wyborcami|wybor\w*|rynk\w*|kurs\w*|dziewczyn\w*)",
        # nl: "oplichten" is also to light up, "steel" a handle and English steel, "gestolen"
        # the victim's word ("mijn fiets is gestolen"), "overvallen" being caught by rain.
        r"oplicht(?:er|ers|ing|ingen|erij)",
        r"(?:mensen|iemand|ouderen|klanten|bejaarden) (?:op te lichten|oplichten)",
        r"(?<!show )(?<!harten )(?<!hart )stelen",
        r"diefstal\w*",
        r"bankoverval\w*",
        r"overvaller\w*",
        r"overval(?:len)? (?:op |van )?(?:een |de |het )?(?:bank|winkel|tankstation|juwelier|"
        r"supermarkt|geldtransport)\w*",
        r"inbreken (?:in|bij) (?:een |het |de |mijn |iemands )?(?:\w+ )?(?:huis|woning|auto|winkel|"
        r"kluis|schuur|garage|appartement)\w*",
        r"inbraak",
        r"inbreker\w*",
        r"zakkenroll\w*",
        r"witwas\w*",
        r"vervals\w*",
        r"nep(?:-)?(?:paspoort|identiteitsbewijs|id|diploma|recensie|review|biljet|geld|"
        r"rijbewijs|recept|factu|account|profiel|webshop)\w*",
        r"valse? (?:paspoort|geld|biljet|identiteit|document|handtekening|recensie|review|"
        r"factu|diploma)\w*",
        r"belasting\w* (?:te )?ontduiken",
        r"belastingontduik\w*",
        r"omkop\w*",
        r"chanter\w*",
        r"chantage",
        r"afpers\w*",
        r"losgeld",
        r"piramidespel\w*",
        r"identiteitsfraude",
        r"andermans (?:bankpas|pinpas|betaalpas|creditcard|rekening|account|wachtwoord|"
        r"identiteit)\w*",
        r"identiteitsdiefstal",
        r"(?:mij|me|zich|je) voor(?: te)? doen als (?:een )?(?:agent|politie|bank|medewerker|"
        r"arts|dokter|ambtenaar)\w*",
        r"(?:mij|me|zich|je) voordoen als (?:een )?(?:agent|politie|bank|medewerker|arts|dokter|"
        r"ambtenaar)\w*",
        r"manipuler\w* (?:\w+ )?(?:mensen|iemand|hem|haar|kiezers|verkiezing\w*|koers\w*|"
        r"markt\w*|mijn \w+)",
        r"slot\w* (?:te )?(?:forceren|openbreken|kraken)",
    ),
    "hate": (
        # ru ("угроза" alone is any threat, cyber threats too; "травля" is harassment)
        r"расизм\w*",
        r"расист\w*",
        r"сексизм\w*",
        r"сексист\w*",
        r"гомофоб\w*",
        r"трансфоб\w*",
        r"антисемит\w*",
        r"ксенофоб\w*",
        r"нацизм\w*",
        r"нацист\w*",
        r"травл[яеию]\w*",
        r"затравить",
        r"буллинг\w*",
        r"кибербуллинг\w*",
        r"оскорбительн\w*",
        r"оскорбить\w*",
        r"унизить\w*",
        r"разжига\w* (?:\w+ )?(?:ненавист|вражд|рознь)\w*",
        r"дискриминац\w*",
        r"клевет\w*",
        r"дезинформац\w*",
        r"фейков\w* (?:новост|отзыв|аккаунт|стать)\w*",
        r"угрожать",
        r"пригрозить\w*",
        r"(?:письм|сообщени)\w* с угроз\w*",
        r"спам\w*",
        # pl ("obraz" is a picture: only the adjective "obraźliwy")
        r"rasizm\w*",
        r"rasist\w*",
        r"seksizm\w*",
        r"seksist\w*",
        r"homofob\w*",
        r"antysemit\w*",
        r"ksenofob\w*",
        r"nazizm\w*",
        r"nazist\w*",
        r"(?:nęka|neka)\w*",
        r"zastrasz\w*",
        r"(?:obraźliw|obrazliw)\w*",
        r"(?:znieważ|zniewaz)\w*",
        r"mow\w* nienawi[śs]ci",
        r"dyskrymin\w*",
        r"szykan\w*",
        r"hejt\w*",
        r"cyberprzemoc\w*",
        r"dezinformac\w*",
        r"propagand\w*",
        r"(?:zniesławi|znieslawi)\w*",
        r"podżega\w*",
        r"podzega\w*",
        r"(?:groźb|grozb)\w*",
        # nl
        r"seksis\w*",
        r"homofo(?:ob|bie|be)\w*",
        r"transfo(?:ob|bie|be)",
        r"antisemiet\w*",
        r"xenofo(?:ob|bie|be)\w*",
        r"pesten",
        r"pestkop\w*",
        r"cyberpest\w*",
        r"dreig(?:bericht|brief|mail|tekst|ement)\w*",
        r"intimider\w*",
        r"bedreig\w*",
        r"beledig\w*",
        r"vernederen",
        r"vernedering\w*",
        r"discrimin\w*",
        r"haatzaai\w*",
        r"laster(?:en|ing|praat\w*|campagne\w*)",
        r"lasterlijk\w*",
        r"belaster\w*",
        r"desinformatie",
        r"nepnieuws",
        r"complot(?:theorie|denk)\w*",
        r"scheldwoord\w*",
    ),
    "privacy": (
        # ru: a child watched over by a parent is left out of "следить за"
        r"следить за (?:\w+ )?(?:женой|мужем|девушкой|парнем|партнёр\w*|партнер\w*|бывш\w*|"
        r"соседом|соседкой|сотрудник\w*|коллег\w*|ним|ней|ними|человеком)",
        r"шпионить\w*",
        r"слежк\w*",
        r"сталкер\w*",
        r"сталкинг\w*",
        r"прослушк\w*",
        r"прослушива\w* (?:\w+ )?(?:телефон|разговор|звонк)\w*",
        r"скрыт\w* (?:камер|микрофон)\w*",
        r"тайно (?:запис|сним|сня|чита|прочит|установ|отслежива|следи|прослуш|фотографир)\w*",
        r"без (?:его|её|ее|их) (?:ведома|согласия|разрешения)",
        r"чуж\w* (?:переписк|парол|аккаунт|телефон|сообщени|почт|данн)\w*",
        r"переписк\w* (?:жены|мужа|девушки|парня|партнёр\w*|партнер\w*|бывш\w*|соседа)",
        r"деанон\w*",
        r"слить (?:\w+ )?(?:личн|персональн)\w* данн\w*",
        r"где (?:живёт|живет|работает) (?:\w+ )?(?:моя|мой|эта|этот|она|он|бывш)\w*",
        r"найти (?:\w+ )?(?:человека|адрес|его|её|ее) по (?:номеру|фото|фотографии)",
        # pl ("śledź" is a herring: "śledzić" with the one followed)
        r"(?:śledzi|sledzi)\w* (?:\w+ )?(?:żon\w*|zon\w*|męż\w*|mez\w*|partner\w*|dziewczyn\w*|"
        r"chłopak\w*|chlopak\w*|byłą|byla|byłego|bylego|kogoś|kogos|sąsiad\w*|sasiad\w*|"
        r"pracownik\w*|go|ją)",
        r"szpiegowa\w*",
        r"inwigil\w*",
        r"(?:podsłuch|podsluch)\w*",
        r"ukryt\w* kamer\w*",
        r"potajemnie (?:nagr|czyt|śledz|sledz|zainstal|podgl[ąa]d|obserw|przeczyt)\w*",
        r"bez (?:jej|jego|ich) (?:wiedzy|zgody)",
        r"cudz\w* (?:wiadomo|hasł|hasl|kont|telefon|skrzynk|poczt|rozmow|dan)\w*",
        r"gdzie mieszka (?:\w+ )?(?:moja|mój|moj|ta|ten|on|ona|była|byla|były|byly)",
        r"namierzy\w* (?:\w+ )?(?:telefon|osob|kogoś|kogos|lokalizacj|jego|jej|żon|zon|męż|mez|"
        r"dziewczyn|chłopak|chlopak)\w*",
        # nl
        r"bespion\w*",
        r"stiekem (?:\w+ ){0,2}(?:volgen|tracken|meelezen|afluisteren|filmen|opnemen|lezen|"
        r"installeren|bekijken|fotograferen)",
        r"afluister\w*",
        r"verborgen camera\w*",
        r"zonder (?:zijn|haar|hun) (?:medeweten|toestemming|weten)",
        r"meelez\w*",
        r"waar (?:woont|werkt) (?:\w+ )?(?:mijn|deze|die|hij|zij|ze)",
        r"adres van (?:mijn |deze |die |iemand)\w*",
    ),
    "sexual": (
        # ru ("обнажённая натура" of a life class is a bare noun, not a request)
        r"детск\w* порн\w*",
        r"порн\w*",
        r"эротическ\w*",
        r"изнасил\w*",
        r"педофил\w*",
        r"несовершеннолетн\w*",
        r"растлени\w*",
        r"совращ\w*",
        r"проститу\w*",
        r"интимн\w* (?:фото|видео|снимк)\w*",
        r"(?:голые|голых|обнажённ\w*|обнаженн\w*) (?:фото|снимк|селфи)\w*",
        r"секстинг\w*",
        # pl ("gwałtowny" is sudden, a storm: not "gwałt" with its adjective)
        r"pornografi\w*",
        r"porno\w*",
        r"erotyczn\w*",
        r"gwa[łl]t(?:u|em|y|ów|ow|ami|ach|owi)?",
        r"zgwa[łl]ci\w*",
        r"gwa[łl]ci[ćc]",
        r"pedofil\w*",
        r"nieletni\w*",
        r"molestowa\w*",
        r"kazirodztw\w*",
        r"nag\w* (?:zdjęć|zdjec|zdjęci\w*|zdjeci\w*|fot\w*)",
        r"prostytu\w*",
        r"seksting\w*",
        r"uwodzeni\w* (?:dzieci|nieletnich|małoletnich|maloletnich)",
        # nl
        r"kinderporno\w*",
        r"verkracht\w*",
        r"aanrand\w*",
        r"pedofie\w*",
        r"minderjarig\w*",
        r"naaktfoto\w*",
        r"seksuele (?:handelingen|inhoud|beelden)",
    ),
    "evasion": (
        # ru ("незаметно" and "тайно" alone are also surprises and time flying; "анонимно" is
        # also a whistleblower's report)
        r"(?:чтобы|так чтобы|что бы) никто не (?:узнал|заметил|догадался|понял|увидел|нашёл|нашел)",
        r"(?:чтобы|что бы) (?:меня |нас |это |его |её |ее |их )?не (?:поймали|нашли|вычислили|"
        r"заметили|спалили|"
        r"отследили|посадили)",
        # "следы" are also streaks ("покрасить без следов")
        r"не (?:оставив|оставляя) (?:никаких )?(?:улик|отпечатков|свидетелей)",
        r"без (?:улик|свидетелей)",
        r"не попасться",
        # The adverb (doing it unlawfully), not "незаконное увольнение" (a dismissal someone
        # else made unlawful).
        r"незаконно",
        r"нелегально",
        r"в обход закона",
        r"даркнет\w*",
        r"(?:чёрн|черн)\w* рын\w*",
        r"избавиться от (?:\w+ )?(?:трупа|тела|улик|свидетел)\w*",
        r"замести следы",
        r"уничтожить (?:\w+ )?(?:улики|доказательства)",
        r"скрыть от (?:полиции|следствия|врачей)",
        r"(?:чтобы|что бы) полиция не",
        r"неотслеживаем\w*",
        r"не отследят",
        r"мимо (?:таможни|охраны|досмотра|камер)",
        r"без палева",
        # pl
        r"(?:żeby|zeby|tak żeby|tak zeby|aby) nikt (?:się |sie )?nie (?:dowiedzia|zauważy|"
        r"zauwazy|zorientowa|domyśli|domysli|zobaczy)\w*",
        r"(?:żeby|zeby|aby) (?:mnie |nas )?nie (?:złapa|zlapa|wykry|namierzy|przyłapa|przylapa|"
        r"wyśledzi|wysledzi|nakry)\w*",
        # "bez śladów" is also a window washed without streaks
        r"bez (?:bycia |zostania )?(?:złapanym|zlapanym|wykrytym|przyłapanym|przylapanym|"
        r"zauważonym|zauwazonym)",
        r"niewykrywaln\w*",
        r"nie do (?:wykrycia|wyśledzenia|wysledzenia|namierzenia)",
        r"nielegalnie",
        r"niezgodnie z prawem",
        r"czarn\w* rynk\w*",
        r"pozby[ćc] (?:się |sie )?(?:\w+ )?(?:ciała|ciala|zwłok|zwlok|dowod\w*|świadk|swiadk)\w*",
        r"przed policj\w*",
        r"(?:zatrzeć|zatrzec|zacierać|zacierac) (?:wszystkie )?(?:ślady|slady)",
        # nl ("stiekem" alone is also a surprise party; "zonder vergunning" a dormer window)
        r"zonder dat (?:iemand|de politie|ze|men|hij|zij|mijn \w+) (?:het |er |iets )?(?:merkt|"
        r"doorheeft|weet|ontdekt|ziet|achter komt)",
        r"zonder (?:gepakt|betrapt|ontdekt|gezien|opgemerkt|opgespoord) te worden",
        r"niet (?:gepakt|betrapt|ontdekt|opgespoord) (?:te )?word\w*",
        r"onopgemerkt",
        r"onvindbaar",
        r"onopspoorbaar\w*",
        r"ontraceerbaar\w*",
        r"niet (?:te )?(?:traceren|opsporen|detecteren)",
        r"illegaal",
        r"zwarte markt",
        r"sporen (?:uit te wissen|uitwissen|wissen)",
        r"bewijs (?:te )?(?:vernietigen|laten verdwijnen)",
        r"(?:lichaam|lijk) (?:te )?(?:laten verdwijnen|dumpen|lozen|kwijtraken|verstoppen)",
        r"(?:uit|buiten) (?:handen|het zicht) van de politie",
    ),
    "how": (
        # ru: "как" with an infinitive is "how to"; "как работает" (how it works) is inform.
        r"как (?:мне |можно |бы |же |нам |лучше |правильно |быстро |быстрее |незаметно |легко |"
        r"проще |самому |самостоятельно |дома |в домашних условиях |тайно |тайком |анонимно |"
        r"навсегда |по-тихому )?\w+(?:ть|ти|чь)(?:ся)?",
        r"как (?:я |мы )?(?:могу|смогу|можем|сможем|мог бы|могла бы)",
        r"каким (?:образом|способом)",
        # "Чем отравить ...", "какой яд подсыпать ...": an infinitive after the question word
        # asks what to use.
        r"чем (?:можно |лучше |бы |мне )?\w+(?:ть|ти|чь)(?:ся)?",
        r"(?:какой|какую|какое|какие|каким) (?:\w+ ){0,2}(?:подсыпать|подлить|добавить|"
        r"использовать|купить|взять|выбрать|применить|достать)",
        r"(?:лучш|прост|быстр|легк|лёгк|надёжн|надежн|эффективн|дешёв|дешев|верн)\w* способ\w*",
        r"пошагов\w*",
        r"шаг за шагом",
        r"инструкци\w* (?:как|для|по(?! (?:применени|эксплуатаци|технике безопасност|"
        r"безопасност|охране)))",
        r"подробн\w* (?:инструкци|руководств|план)\w*",
        r"руководств\w* (?:по|как)",
        r"где (?:можно |мне )?(?:купить|достать|найти|заказать|взять|раздобыть)",
        r"научи(?:те)?",
        r"(?:объясни|расскажи|покажи|подскажи)(?:те)?,? (?:мне )?как (?:\w+(?:ть|ти|чь)|мне|можно)",
        # pl: "jak" with an infinitive (-ć, or -c without the diacritic)
        r"jak (?:mogę |moge |można |mozna |najlepiej |najszybciej |łatwo |latwo |skutecznie |"
        r"samemu |samodzielnie |w domu |po cichu |potajemnie |po kryjomu |niepostrzeżenie |"
        r"niepostrzezenie |szybko |anonimowo |na zawsze |mam |bym |mógłbym |moglbym |mogłabym |"
        r"moglabym |się |sie )?\w+[ćc](?: si[ęe])?",
        r"jak (?:mogę|moge|można|mozna|mam|mógłbym|moglbym|mogłabym|moglabym)",
        r"w jaki sposób",
        r"w jaki sposob",
        r"jakim sposobem",
        r"czym \w+[ćc]",
        r"(?:jaką|jaka|jaki|jakie|jakiej|jakiego) (?:\w+ ){0,2}(?:dosypać|dosypac|dolać|dolac|"
        r"dodać|dodac|użyć|uzyc|kupić|kupic|wybrać|wybrac|zastosować|zastosowac|zdobyć|zdobyc)",
        r"krok po kroku",
        r"instrukcj\w* (?:jak|do|dotycząc|dotyczac|wykonania)\w*",
        r"(?:najlepsz|najprostsz|najłatwiejsz|najlatwiejsz|najszybsz|najskuteczniejsz|najtańsz|"
        r"najtansz)\w* (?:sposób|sposob|sposoby|metod)\w*",
        r"sposób na",
        r"sposob na",
        r"przepis na",
        r"naucz (?:mnie|nas)",
        r"(?:pokaż|pokaz|powiedz|wyjaśnij|wyjasnij|wytłumacz|wytlumacz)(?: mi)?,? jak (?:\w+[ćc]|"
        r"mogę|moge|można|mozna)",
        r"gdzie (?:mogę |moge |można |mozna )?(?:kupić|kupic|dostać|dostac|zdobyć|zdobyc|"
        r"znaleźć|znalezc|zamówić|zamowic)",
        # nl: the frame comes first, the verb may close the sentence ("hoe ... te maken")
        r"hoe (?:kan|kun|moet|zou|maak|bouw|krijg|koop|doe|ga|kom) (?:ik|je|jij|men|we|u|jullie)",
        # "(leg uit) hoe je een bom maakt": the subordinate clause, verb at its end
        r"hoe (?:je|ik|men|we|jij)",
        r"hoe \w+ (?:ik|je|jij|men|we)",
        r"hoe (?:\w+ ){0,3}te (?:maken|bouwen|krijgen|kopen|vinden|hacken|doen|stelen|"
        r"vergiftigen|gebruiken|regelen|bemachtigen|smokkelen|kweken|kraken|vermoorden|"
        r"doden|ontvoeren|witwassen|vervalsen|omzeilen)",
        r"stap voor stap",
        r"stappenplan\w*",
        r"handleiding (?:voor|om|over|hoe)",
        r"instructies (?:voor|om|over|hoe)",
        r"(?:beste|makkelijkste|snelste|eenvoudigste|goedkoopste|effectiefste|"
        r"simpelste) (?:manier|methode)\w*",
        r"manier(?:en)? om",
        r"leer (?:me|mij|ons)",
        r"(?:vertel|laat|leg)(?: me| mij)? (?:zien |uit )?hoe (?:ik|je|men|we|te)",
        r"waar (?:kan|koop|krijg|vind) (?:ik|je|men)",
        # "met welk gif kan ik ...": what to use
        r"(?:met welk|welk)\w* (?:middel|middeltje|gif|vergif|stof|wapen|mes|pistool|drug|drugs|"
        r"pil|pillen|medicijn|medicijnen|chemicali\w*) (?:kan|moet|zou) (?:ik|je|men|we)",
    ),
    "task": (
        # ru
        r"напиши(?:те)?",
        r"дай(?:те)? (?:мне)",
        r"расскажи(?:те)? мне",
        r"подскажи(?:те)?",
        r"скажи(?:те)? мне",
        r"помоги(?:те)?",
        r"сделай(?:те)?",
        r"создай(?:те)?",
        r"придумай(?:те)?",
        r"составь(?:те)?",
        r"сгенерируй(?:те)?",
        r"разработай(?:те)?",
        r"опиши(?:те)?",
        r"объясни(?:те)?",
        r"перечисли(?:те)?",
        r"хочу",
        r"я хочу",
        r"мне (?:нужн\w*|надо)",
        r"можешь|можете",
        r"не мог(?:ли|ла|) бы (?:ты|вы)",
        r"пожалуйста",
        # pl
        r"daj (?:mi|nam)",
        r"podaj (?:mi|nam)",
        r"powiedz (?:mi|nam)",
        r"pom[óo]ż(?: mi)?",
        r"pomoz(?: mi)?",
        r"napisz(?:cie)?",
        r"stw[óo]rz",
        r"wygeneruj",
        r"przygotuj",
        r"zaprojektuj",
        r"opracuj",
        r"wymy[śs]l",
        r"wypisz",
        r"zaproponuj",
        r"opisz",
        r"wyja[śs]nij",
        r"chc[ęe]",
        r"potrzebuj[ęe]",
        r"czy (?:możesz|mozesz|mógłbyś|moglbys|mogłabyś|moglabys|mógłby pan|moglby pan)",
        r"(?:możesz|mozesz)",
        r"prosz[ęe]",
        # nl
        r"geef (?:me|mij|ons)",
        r"vertel (?:me|mij|ons)",
        r"help (?:me|mij|ons)",
        r"schrijf\w*",
        r"maak (?:een|me|mij|voor)",
        r"genereer",
        r"ontwerp",
        r"bedenk",
        r"beschrijf",
        r"leg uit",
        r"ik (?:wil|wilde|zou graag|moet)",
        r"(?:kun|kan|zou|wil) je",
        r"(?:kunt|wilt|zou) u",
        r"alsjeblieft",
        r"alstublieft",
    ),
    "override": (
        # ru
        r"(?:игнорир|проигнорир)\w* (?:\w+ ){0,2}(?:инструкци|указани|правил|ограничени|"
        r"предыдущ|прошл|вс[её]|все)\w*",
        r"забудь(?:те)? (?:\w+ ){0,2}(?:инструкци|правил|указани|ограничени|вс[её]|все|что "
        r"тебе|предыдущ)\w*",
        r"теперь ты (?:dan|свободен|свободна|свободный|не ограничен\w*|играешь|будешь|являешься|"
        r"злой|без)",
        r"отныне ты",
        r"с этого момента (?:ты|отвечай|веди|действуй|игнорируй|забудь)",
        r"ты (?:больше )?не (?:ии|ассистент|языковая модель|chatgpt|бот|нейросеть)",
        r"режим\w* (?:разработчика|бога|отладки|без ограничений|dan|джейлбрейка)",
        r"без (?:каких-либо |всяких |никаких )?(?:ограничений|цензуры|фильтров|правил|морали|"
        r"этики|запретов|моральных)",
        r"притворись\w*",
        r"представь(?:те)?,? (?:себе,? )?что ты",
        r"(?:сыграй|играй|исполни) (?:\w+ )?роль",
        r"ролев\w* игр\w*",
        r"(?:веди|ведите) себя как",
        r"действуй как",
        r"не отказывай\w*",
        r"никогда не отказывай\w*",
        r"ты не можешь отказ\w*",
        r"отвечай (?:на (?:любые|все|любой)|всегда)",
        r"гипотетическ\w*",
        r"вымышленн\w* (?:мир|сценари|персонаж|вселенн|ситуаци)\w*",
        r"джейлбрейк\w*",
        r"неэтичн\w*",
        r"аморальн\w*",
        r"без (?:предупреждений|дисклеймеров|оговорок)",
        r"злой (?:ии|бот|ассистент|двойник)",
        r"(?:обход|обойти|отключи|отключить) (?:\w+ )?(?:ограничени|фильтр|цензур|модераци)\w*",
        # pl
        r"(?:ignoruj|zignoruj)\w* (?:\w+ ){0,2}(?:instrukcj|polece|zasad|reguł|regul|ogranicze|"
        r"wcześniejsz|wczesniejsz|poprzedni|wszystk|powyższ|powyzsz)\w*",
        r"zapomnij (?:\w+ ){0,2}(?:instrukcj|polece|zasad|reguł|regul|ogranicze|wszystk|o "
        r"(?:swoich|twoich|zasadach))\w*",
        r"od teraz (?:jesteś|jestes|będziesz|bedziesz|odpowiadasz|udajesz)",
        r"(?:odtąd|odtad) (?:jesteś|jestes|będziesz|bedziesz)",
        r"udawaj\w*",
        r"wciel (?:się|sie) w",
        r"(?:odgrywaj|odegraj|zagraj)\w* rol\w*",
        r"tryb (?:deweloper\w*|programist\w*|boga|debugowania|bez ogranicze\w*|dan)",
        r"bez (?:żadnych |zadnych |jakichkolwiek )?(?:ograniczeń|ograniczen|cenzury|filtrów|"
        r"filtrow|"
        r"zasad|reguł|regul|moralności|moralnosci|etyki|zabezpieczeń|zabezpieczen)",
        r"nie (?:odmawiaj|odmówisz|odmowisz|możesz odmówić|mozesz odmowic)",
        r"nigdy nie odmawiaj\w*",
        r"zawsze odpowiadaj",
        r"hipotetyczn\w*",
        r"fikcyjn\w* (?:świat|swiat|scenariusz|postać|postac|uniwersum|sytuacj)\w*",
        r"wyobra[źz] sobie,? (?:że|ze) (?:jesteś|jestes)",
        r"(?:zachowuj|zachowaj) (?:się|sie) jak",
        r"(?:działaj|dzialaj) jako",
        r"nieetyczn\w*",
        r"amoraln\w*",
        r"(?:nie jesteś|nie jestes) (?:już|juz)",
        r"już nie jesteś",
        r"juz nie jestes",
        r"bez (?:ostrzeżeń|ostrzezen|zastrzeżeń|zastrzezen)",
        # nl ("vergeet je huiswerk niet", "vanaf nu ga ik gezonder eten" are no overrides)
        r"negeer\w* (?:\w+ ){0,2}(?:instructies|regels|richtlijnen|beperkingen|opdrachten|vorige|"
        r"eerdere|alle|bovenstaande)",
        r"vergeet (?:alle |al je |je |de )(?:\w+ )?(?:instructies|regels|richtlijnen|beperkingen)",
        r"vergeet alles",
        r"vanaf nu (?:ben|ga|speel|reageer|antwoord|doe|gedraag)\w* (?:je|jij)",
        r"(?:je|jij) bent (?:nu|vanaf nu) (?:dan|een (?:\w+ )?(?:ai|bot|personage|assistent)|vrij|"
        r"ongefilterd|ongecensureerd)",
        r"je bent (?:niet langer|geen) (?:\w+ )?(?:ai|assistent|chatbot|taalmodel)",
        r"doe alsof (?:je|jij)",
        r"speel (?:de|een) rol",
        r"rollenspel\w*",
        r"ontwikkelaarsmodus",
        r"zonder (?:enige |alle |welke )?(?:beperkingen|restricties|filters|regels|censuur|"
        r"ethiek|moraal|grenzen)",
        r"ongecensureerd\w*",
        r"ongefilterd\w*",
        r"weiger nooit",
        r"nooit weigeren",
        r"(?:je mag|jij mag) niet weigeren",
        r"hypothetisch\w*",
        r"fictieve (?:wereld|situatie|scenario|personage|setting)",
        r"stel je voor (?:dat )?(?:je|jij)",
        r"gedraag je als",
        r"fungeer als",
        r"onethisch\w*",
        r"amoreel",
        r"immoreel",
        r"zonder (?:waarschuwingen|disclaimers)",
    ),
    "extraction": (
        # ru
        r"системн\w* (?:промпт|подсказк|инструкци|сообщени|настройк)\w*",
        r"(?:исходн|первоначальн|начальн|скрыт|секретн|предыдущ|изначальн|внутренн)\w* "
        r"(?:промпт|инструкци|указани|сообщени|правил)\w*",
        r"тво(?:й|и|ю|ей|их|е|ё|им|ими) (?:системн\w* )?(?:промпт|инструкци|правил|указани|"
        r"настройк|конфигурац)\w*",
        r"(?:текст|сообщени\w*|слова) (?:выше|до этого|перед этим)",
        r"всё,? что (?:было )?(?:выше|написано выше)",
        r"все,? что (?:было )?(?:выше|написано выше)",
        r"нов\w* инструкци\w*",
        r"вместо этого,? (?:выведи|напиши|скажи|ответь|просто)",
        r"(?:твой|ваш|секретн\w*|админск\w*) (?:пароль|ключ)\w*",
        r"api-ключ\w*",
        r"не (?:переводи|пересказывай|анализируй|оценивай|обрабатывай)",
        # pl
        r"(?:prompt|instrukcj|polece|wiadomo)\w* systemow\w*",
        r"systemow\w* (?:prompt|instrukcj|polece|wiadomo)\w*",
        r"(?:początkow|poczatkow|pierwotn|oryginaln|ukryt|tajn|poprzedni|wcześniejsz|wczesniejsz|"
        r"wewnętrzn|wewnetrzn)\w* (?:instrukcj|polece|prompt|wiadomo|zasad|reguł|regul|"
        r"wytyczn)\w*",
        r"(?:twój|twoj|twoje|twoją|twoja|twoich|twoim|twoimi) (?:instrukcj|prompt|zasad|reguł|"
        r"regul|wytyczn|polece|konfiguracj|ustawieni)\w*",
        r"(?:tekst|wszystko|wiadomo\w*|słowa|slowa) (?:powyżej|powyzej|wyżej|wyzej)",
        r"nowe (?:instrukcje|polecenie|polecenia)",
        r"zamiast tego,? (?:napisz|wypisz|powiedz|odpowiedz|zwróć|zwroc|po prostu)",
        r"(?:twoje|twój|twoj|tajne|administratora) (?:hasł|hasl)\w*",
        r"klucz\w* api",
        # nl
        r"systeem ?(?:prompt|instructie|bericht|opdracht)\w*",
        r"(?:initiële|initiele|oorspronkelijke|originele|verborgen|geheime|vorige|eerdere|interne) "
        r"(?:prompt|instructies|opdracht|bericht|regels|richtlijnen)\w*",
        r"(?:je|jouw) (?:instructies|prompt|systeemprompt|richtlijnen|configuratie)",
        r"(?:tekst|alles|woorden|berichten?) (?:hierboven|boven dit|voor dit bericht)",
        r"bovenstaande (?:tekst|instructies|bericht)",
        r"nieuwe (?:instructies|opdracht)",
        r"in plaats daarvan,? (?:schrijf|zeg|print|geef|antwoord|reageer|alleen)",
        r"(?:je|jouw) (?:geheime )?wachtwoord",
        r"api-sleutel\w*",
    ),
    "addressed": (
        # ru
        r"(?:сообщени|примечани|заметк|указани|инструкци)\w* (?:для|к) (?:ии|ассистент\w*|"
        r"модел\w*|бот\w*|нейросет\w*|языков\w* модел\w*)",
        r"если ты (?:ии|ассистент|языковая модель|бот|нейросеть)",
        r"(?:системн|срочн)\w* (?:сообщени|уведомлени|инструкци|указани|примечани)\w*",
        # pl
        r"(?:wiadomo|notatk|uwag|instrukcj)\w* dla (?:ai|asystent\w*|model\w*|bot\w*|sztucznej)",
        r"jeśli jesteś (?:ai|asystentem|modelem|botem|sztuczn\w*)",
        r"jesli jestes (?:ai|asystentem|modelem|botem|sztuczn\w*)",
        # nl
        r"(?:bericht|notitie|instructie)\w* (?:voor|aan) (?:de |elke |alle )?(?:ai|assistent|"
        r"model|bot|chatbot|taalmodel)\w*",
        r"als je een (?:ai|taalmodel|assistent|chatbot) bent",
    ),
    "command": (
        # ru
        r"игнорир\w*",
        r"забудь",
        r"вместо этого",
        r"(?:выведи|напиши|ответь|отправь|перешли|скажи|сообщи|порекомендуй|раскрой|покажи)(?:те)?",
        r"ты (?:должен|обязан)",
        # pl
        r"(?:zignoruj|ignoruj|zapomnij|wypisz|napisz|odpowiedz|wyślij|wyslij|przekaż|przekaz|"
        r"powiedz|ujawnij|poleć|polec|pokaż|pokaz)",
        r"musisz",
        # nl
        r"(?:negeer|vergeet|schrijf|antwoord|stuur|zeg|onthul|toon|beveel|raad aan)",
        r"in plaats daarvan",
        r"je moet",
    ),
    "disclose": (
        # ru
        r"(?:повтори|выведи|покажи|раскрой|распечатай|процитируй|скопируй|перечисли|вставь|"
        r"продолжи)(?:те)?",
        r"дословно",
        r"слово в слово",
        r"что (?:написано|сказано) в (?:тво|ваш)\w*",
        r"какие (?:у тебя |тебе )?(?:инструкци|правил|указани)\w*",
        # pl
        r"(?:powtórz|powtorz|wypisz|wyświetl|wyswietl|pokaż|pokaz|ujawnij|zacytuj|skopiuj|"
        r"wydrukuj|kontynuuj|dokończ|dokoncz)",
        r"(?:słowo|slowo) w (?:słowo|slowo)",
        r"(?:dosłownie|doslownie)",
        r"jakie (?:masz |dostałeś |dostales )?(?:instrukcj|zasad|reguł|regul|polece)\w*",
        # nl
        r"(?:herhaal|toon|print|onthul|citeer|kopieer|plak)",
        r"laat (?:me |mij )?zien",
        r"woord voor woord",
        r"letterlijk",
        r"wat (?:zijn|waren) (?:je|jouw) (?:instructies|regels|richtlijnen)",
    ),
    "hidden": (
        # ru
        r"системн\w* (?:промпт|подсказк|инструкци|сообщени|настройк)\w*",
        r"(?:исходн|первоначальн|начальн|скрыт|секретн|предыдущ|изначальн|внутренн|стартов)\w* "
        r"(?:промпт|инструкци|указани|сообщени|правил|настройк)\w*",
        r"тво(?:й|и|ю|ей|их|е|ё|им|ими) (?:системн\w* )?(?:промпт|инструкци|правил|указани|"
        r"настройк|конфигурац)\w*",
        r"(?:текст|сообщени\w*|всё|все|слова) (?:выше|до этого|перед этим)",
        r"в начале (?:этого |нашего )?(?:разговора|диалога|чата)",
        r"тебе (?:дали|сказали|велели|приказали|задали)",
        # pl
        r"(?:prompt|instrukcj|polece|wiadomo)\w* systemow\w*",
        r"systemow\w* (?:prompt|instrukcj|polece|wiadomo)\w*",
        r"(?:początkow|poczatkow|pierwotn|oryginaln|ukryt|tajn|poprzedni|wewnętrzn|wewnetrzn)\w* "
        r"(?:instrukcj|polece|prompt|wiadomo|zasad|reguł|regul|wytyczn)\w*",
        r"(?:twój|twoj|twoje|twoją|twoja|twoich|twoim) (?:instrukcj|prompt|zasad|reguł|regul|"
        r"wytyczn|polece|konfiguracj)\w*",
        r"(?:tekst|wszystko|słowa|slowa) (?:powyżej|powyzej|wyżej|wyzej)",
        r"na pocz[ąa]tku (?:tej |naszej )?(?:rozmowy|konwersacji|sesji)",
        # nl
        r"systeem ?(?:prompt|instructie|bericht|opdracht)\w*",
        r"(?:initiële|initiele|oorspronkelijke|originele|verborgen|geheime|vorige|eerdere|interne) "
        r"(?:prompt|instructies|opdracht|bericht|regels|richtlijnen)\w*",
        r"(?:je|jouw) (?:instructies|prompt|systeemprompt|richtlijnen|configuratie)",
        r"(?:tekst|alles|woorden) (?:hierboven|boven dit)",
        r"aan het begin van (?:dit|ons|het) (?:gesprek|chat)",
    ),
    "defence": (
        # ru ("помочь" alone is in "можешь помочь мне взломать": only helping someone harmed)
        r"защит\w*",
        r"уберечь\w*",
        r"обезопас\w*",
        r"предотвра\w*",
        r"профилактик\w*",
        r"обнаруж\w*",
        r"выяв\w*",
        r"распозна\w*",
        r"отлич(?:ить|ать)",
        r"провер(?:ить|ять|ка|ки|ку)",
        r"что делать,? (?:если|при|когда)",
        # Keeping someone from falling for it: "чтобы ребёнок не попал к мошенникам".
        r"(?:чтобы|что бы) (?:\w+ ){0,2}не (?:попал\w*|стал\w* жертв\w*|пострадал\w*|"
        r"повёлся|повелся|повелась|поддал\w*|связал\w*)",
        r"заявлени\w* (?:о|об|в полицию)",
        r"(?:вести себя|действовать|выжить|спастись|уцелеть) (?:при|во время|в случае)",
        r"пережить",
        r"справиться с",
        r"бросить (?:\w+ )?(?:употреблять|принимать|курить|пить|колоться)",
        r"реабилитац\w*",
        # A drug test taken (at work, for a licence) screens for drugs.
        r"(?:тест|анализ)\w* на (?:наркотики|алкоголь|наркотические)",
        r"зависимост\w*",
        r"избежать",
        r"избегать",
        r"не допустить",
        r"противостоять",
        r"бороться с",
        r"сообщить (?:о|об|в полицию)",
        r"заявить в полицию",
        r"обратиться в полицию",
        r"пожаловаться",
        r"стать жертвой",
        r"жертвам",
        r"меня (?:\w+ )?(?:обманули|взломали|ограбили|развели|шантажируют|травят|преследуют)",
        r"помочь (?:другу|подруге|ребёнку|ребенку|жертв\w*|пострадавш\w*|близк\w*)",
        r"помощь (?:жертвам|пострадавшим)",
        r"помощь при (?:отравлени|передозировк|ранени|ожог|укус)\w*",
        r"перв\w* помощ\w*",
        r"лечени\w*",
        r"лечить",
        r"вылечить",
        r"противояди\w*",
        r"налоксон\w*",
        r"обезвред\w*",
        r"разминир\w*",
        r"предупре(?:дить|ждение|ждать)\w*",
        r"телефон доверия",
        r"психолог(?:а|у|ом|ам|и|ов)?",
        r"психотерап\w*",
        r"пентест\w*",
        r"тестировани\w* на проникновение",
        r"(?:удалить|удаление|почистить|вылечить|проверить) (?:\w+ ){0,3}(?:вирус|троян|"
        r"вредонос|шифровальщик|кейлоггер)\w*",
        # pl
        # "chronic" is English ("chronic pain"), so only the forms with a Polish ending
        r"chroni(?:ć|ą|my|sz|ł\w*|eni\w*)",
        r"ochroni\w*",
        r"ochron\w*",
        r"zabezpiecz\w*",
        r"zapobie\w*",
        r"wykry(?:ć|c|wać|wac|wanie|cie)",
        r"rozpozna\w*",
        r"odr[óo][żz]ni\w*",
        r"(?:zgłosi|zglosi|zgłasza|zglasza|zgłoszeni|zgloszeni)\w*",
        r"zawiadomi\w* (?:policj|prokurat)\w*",
        r"unikn[ąa][ćc]",
        r"unika[ćc]",
        r"ustrzec\w*",
        r"uchroni\w*",
        r"obroni\w*",
        r"(?:padł|padl|stać si[ęe]|stac sie)\w* ofiar\w*",
        r"ofiar\w* (?:oszust|przemoc|phishing|kradzie|cyberprzemoc|hejt|nękan|nekan|przest)\w*",
        r"pom[óo]c (?:\w+ )?(?:ofiar|przyjaciel|koledz|koleżan|kolezan|dziecku|synowi|córce|"
        r"corce|osobie)\w*",
        r"leczeni\w*",
        r"leczy[ćc]",
        r"pierwsz\w* pomoc\w*",
        r"odtrutk\w*",
        r"nalokson\w*",
        r"rozbroi\w*",
        r"ostrze(?:c|gać|gac|żenie|zenie)\w*",
        r"telefon zaufania",
        r"psycholog(?:a|iem|owi|ów|ow)?",
        r"terapi\w*",
        r"test\w* penetracyjn\w*",
        r"sprawdzi[ćc](?:,? czy)?",
        r"co (?:zrobić|zrobic|robić|robic),? (?:jeśli|jesli|gdy|kiedy|gdy|po|w razie)",
        r"(?:zachować|zachowac|zachowywać|zachowywac) si[ęe] "
        r"(?:podczas|w czasie|w razie|w trakcie)",
        r"przetrwa[ćc]",
        r"(?:żeby|zeby|aby) (?:\w+ ){0,2}nie (?:padł|padl|dał|dal|stał|stal|wpadł|wpadl|uległ|"
        r"ulegl)\w*",
        r"przeży[ćc]",
        r"przezy[ćc]",
        r"poradzi[ćc] sobie z",
        r"rzuci[ćc] (?:\w+ )?(?:narkotyk|branie|ćpanie|cpanie|picie|palenie|nałóg|nalog)\w*",
        r"odwyk\w*",
        r"uzależnieni\w*",
        r"uzaleznieni\w*",
        r"(?:usun|usuwa|pozby|wyczy[śs]ci|przeskanowa|skanowa)\w* (?:\w+ ){0,3}(?:wirus|"
        r"złośliw|zlosliw|trojan|malware|ransomware)\w*",
        # nl
        r"bescherm\w*",
        r"beveilig\w*",
        r"voorkom\w*",
        r"herken\w*",
        r"detecter\w*",
        r"detectie",
        # Not the German imperative "melde dann, dass ..."
        r"melden",
        r"melding\w*",
        r"meldpunt\w*",
        r"meld (?:ik|je|het|dit|dat|een|u)",
        r"aangifte\w*",
        r"waarschuw\w*",
        r"(?:weet|weten|zie|zien|controleer|controleren|nagaan) (?:\w+ )?of",
        r"slachtoffer(?:s)? (?:van|worden|geworden)",
        r"(?:ben|word|werd|wordt|zijn|werden) (?:\w+ )?(?:opgelicht|gehackt|bestolen|gepest|"
        r"bedreigd|gechanteerd|beroofd|afgeperst)",
        r"behandeling\w*",
        r"behandelen",
        r"wat (?:moet |kan )?(?:ik|je|men) doen (?:als|bij|tegen)",
        r"reage(?:er|ren) (?:ik |je |we |u )?op",
        r"help (?:ik|je|we|u) (?:een |mijn |onze )?(?:vriend|vriendin|kind|zoon|dochter|"
        r"slachtoffer|collega|partner|tiener|puber|moeder|vader|broer|zus)\w*",
        r"hulp zoeken",
        r"hulplijn\w*",
        # Verb-final defence: "hoe je phishing kunt herkennen", "tegen pesten beschermen".
        r"hoe (?:je|ik|men|we|u|jij) (?:[\w-]+ ){1,4}(?:herken\w*|voorkom\w*|bescherm\w*|"
        r"beveilig\w*|meld\w*|opspoor\w*|opsporen|detecteer\w*|detecteren|tegengaan|"
        r"vermijd\w*|verwijder\w*|aangeeft|aangeven)",
        r"tegen (?:[\w-]+ ){1,3}(?:te )?(?:beschermen|wapenen|beveiligen)",
        r"stop(?:pen)? (?:ik |je |we |u )?met",
        r"afkick\w*",
        r"verslaving\w*",
        r"overle(?:ef|ven)",
        r"(?:ga|gaan|omga) (?:ik |je |we |u )?om met",
        r"omgaan met",
        r"verwerk\w* (?:van )?(?:het |de |een )?(?:verlies|rouw|trauma|dood|overlijden|"
        r"zelfmoord|misbruik|verkrachting)\w*",
        r"rouw\w*",
        r"ondersteun\w*",
        r"eerste hulp",
        r"tegengif\w*",
        r"naloxon\w*",
        r"ontmantel\w*",
        r"tegengaan",
        r"bestrijd\w*",
        r"veilig (?:blijven|houden|te houden|te blijven)",
        r"(?:verwijder|scan)\w* (?:\w+ ){0,3}(?:virus|malware|trojan|spyware|ransomware)\w*",
    ),
    "negation": (
        # ru
        r"без(?: использования| применения)?",
        r"не (?:используй|включай|добавляй|упоминай|пиши|создавай|давай|вставляй)(?:те)?",
        r"никак(?:их|ого|ой)",
        # pl
        r"bez(?: użycia| uzycia| stosowania)?",
        r"nie (?:używaj|uzywaj|dodawaj|dołączaj|dolaczaj|wspominaj|pisz|twórz|tworz|umieszczaj)",
        r"(?:żadnego|żadnych|zadnego|zadnych)",
        # nl
        r"zonder",
        r"geen",
        r"(?:gebruik|voeg|noem) geen",
    ),
    "inform": (
        # ru
        r"что (?:такое|это такое|значит|означает)",
        r"почему",
        r"зачем",
        r"истори(?:я|и|ю|ей)",
        r"определени\w*",
        r"значени\w* (?:слова|термина)",
        r"в чём разниц\w*",
        r"в чем разниц\w*",
        r"разниц\w* между",
        r"что (?:было|произошло|случилось)",
        r"кто (?:такой|такая|такие|был|была|были|убил|изобр[её]л|создал)",
        r"как (?:работа(?:ет|ют)|устроен\w*|действу(?:ет|ют)|влия(?:ет|ют)|появил\w*|"
        r"возник\w*|распространя\w*)",
        r"чем (?:опас\w*|вред\w*)",
        r"перевед\w*",
        r"переведи\w*",
        # pl
        r"co to (?:jest|są|sa|było|bylo|znaczy)",
        r"czym (?:jest|są|sa|był|byl|była|byla)",
        r"dlaczego",
        r"czemu",
        # "historia" is also Spanish ("una historia falsa"): its Polish genitive follows.
        r"histori[ięe]",
        r"historia \w+(?:y|u|ów|ow|ii|i)",
        r"definicj\w*",
        r"znaczeni\w* (?:słowa|slowa|terminu)",
        r"różnic\w* między",
        r"roznic\w* miedzy",
        r"jak (?:działa|dziala|działają|dzialaja|powstał\w*|powstal\w*)",
        r"na czym polega",
        r"co si[ęe] sta[łl]o",
        r"kto (?:był|byl|była|byla|zabił|zabil|wynalazł|wynalazl|stworzył|stworzyl)",
        r"przet[łl]umacz\w*",
        # nl
        r"wat (?:is|zijn|was|waren|betekent)",
        r"waarom",
        r"geschiedenis van",
        r"definitie van",
        r"betekenis van",
        r"het verschil tussen",
        r"hoe werk(?:t|en)",
        r"hoe (?:is|zijn|ontstond|ontstonden) (?:\w+ )?(?:ontstaan|gebeurd)",
        r"wat (?:gebeurde|is er gebeurd)",
        r"wie (?:was|waren|heeft)",
        r"vertaal\w*",
        r"leg (?:me |mij )?uit hoe(?! (?:ik|je|men|we|jij|u|te|kan|kun|moet)\b)",
    ),
    "topic": (
        # ru
        r"(?:рассказ|историю|стать[юяи]|эссе|сочинени[ея]|доклад|реферат|пост|стих\w*|"
        r"сценари[йя]|обзор|презентаци[юя]|урок|лекци[юя]|анализ|исследовани[ея]|курсов\w*|"
        r"диплом\w*|новост\w*|репортаж\w*) (?:о|об|про|на тему|по теме)",
        r"(?:опасност|риск|последстви|причин|влияни|психологи|вред)\w* (?:\w+ )?(?:наркот|"
        r"терроризм|мошенни|насили|буллинг|травл|экстремизм|радикал|оружи|киберпрест|хакер)\w*",
        r"почему (?:люди|некоторые|подростки|мошенники|преступники|молод\w*|человек)",
        r"(?:перескажи|резюмируй|перевед|переведи|сократи|кратко изложи|отредактируй|исправь) "
        r"(?:\w+ )?(?:этот|эту|это|следующ|текст|статью)\w*",
        r"повышени\w* осведомл[её]нност\w*",
        r"(?:говорить|поговорить|разговаривать|рассказать|рассказывать|объяснить|объяснять) "
        r"(?:\w+ ){0,2}(?:о|об|про)",
        # pl
        r"(?:esej|artykuł|artykul|opowiadani\w*|histori[ęe]|wypracowani\w*|referat|post|wiersz|"
        r"prezentacj\w*|lekcj\w*|wykład|wyklad|analiz\w*|raport|scenariusz|prac\w*|reportaż|"
        r"reportaz) (?:o|na temat|dotycząc\w*|dotyczac\w*)",
        r"(?:zagrożeni|zagrozeni|ryzyk|skutk|konsekwencj|przyczyn|psychologi|wpływ|wplyw|"
        r"niebezpiecze[ńn]stw)\w* (?:\w+ )?(?:narkot|terroryzm|oszust|przemoc|hejt|nękan|nekan|"
        r"ekstremizm|radykal|broni|cyberprzest|hakersk)\w*",
        r"dlaczego (?:ludzie|niektórzy|niektorzy|ktoś|ktos|przestępcy|przestepcy|oszuści|"
        r"oszusci|młodzi|mlodzi|nastolatki)",
        r"(?:streść|stresc|przetłumacz|przetlumacz|przeredaguj|popraw|skróć|skroc|podsumuj|"
        r"przepisz) (?:ten|tę|te|to|poniższ\w*|ponizsz\w*|tekst|artykuł|artykul)",
        r"(?:rozmawiać|rozmawiac|porozmawiać|porozmawiac|mówić|mowic|opowiedzieć|opowiedziec|"
        r"wytłumaczyć|wytlumaczyc) (?:\w+ ){0,2}o",
        # nl
        r"(?:essay|artikel|opstel|verhaal|blog|betoog|werkstuk|spreekbeurt|presentatie|gedicht|"
        r"verslag|les|analyse|scriptie|documentaire|samenvatting|nieuwsbericht) (?:over|op)",
        r"(?:gevaren|risico's|risicos|gevolgen|effecten|oorzaken|psychologie|impact|"
        r"ethiek) van",
        r"waarom (?:mensen|sommige|iemand|criminelen|oplichters|jongeren)",
        r"(?:vat|vertaal|herschrijf|herformuleer|corrigeer|verkort) (?:deze|dit|de volgende|"
        r"het volgende|onderstaande|de tekst)",
        r"bewustwording",
        r"(?:praat|praten|spreek|spreken|vertel|vertellen|uitleggen) (?:\w+ ){0,3}over",
    ),
    "detail": (
        # ru
        r"в подробностях",
        r"в мельчайших подробностях",
        r"во всех подробностях",
        r"(?:точн|конкретн)\w* (?:количеств|пропорци|дозировк|доз|температур|ингредиент|"
        r"реагент|компонент|шаг|инструкци|рецепт|код)\w*",
        r"рабоч\w* (?:код|скрипт|эксплойт|пример|рецепт|схем)\w*",
        r"список (?:материалов|ингредиентов|компонентов|реагентов)",
        r"ничего не (?:упуская|пропуская)",
        # pl
        r"ze szczeg[óo][łl]ami",
        r"szczeg[óo][łl]ow\w* (?:instrukcj|przepis|plan|krok)\w*",
        r"dok[łl]adn\w* (?:ilo[śs]ci|proporcj|dawk|temperatur|sk[łl]adnik|odczynnik|kroki|"
        r"instrukcj|przepis|kod)\w*",
        r"dzia[łl]aj[ąa]c\w* (?:kod|skrypt|exploit|przyk[łl]ad)\w*",
        r"list\w* (?:materiałów|materialow|składników|skladnikow|odczynników|odczynnikow|części|"
        r"czesci)",
        r"niczego nie pomijaj\w*",
        # nl
        r"tot in (?:de )?(?:kleinste )?(?:detail|details)",
        r"(?:exacte|precieze|specifieke|juiste) (?:hoeveelheden|verhoudingen|doseringen|dosis|"
        r"temperaturen|ingrediënten|ingredienten|stappen|instructies|code)",
        r"werkende (?:code|script|exploit|recept)",
        r"(?:materiaal|ingrediënten|ingredienten|onderdelen|boodschappen)lijst\w*",
        r"sla (?:geen|niets) (?:stap|stappen|details) over",
    ),
    "target": (
        # ru
        r"(?:мой|моя|моего|моему|мою|моей|моим|мои|моих|моими|моё|мое) "
        r"(?:сосед\w*|бывш\w*|начальни\w*|босс\w*|"
        r"коллег\w*|жен\w*|муж\w*|девушк\w*|парн\w*|учител\w*|одноклассни\w*|тёщ\w*|тещ\w*|"
        r"свекров\w*|сестр\w*|брат\w*|мам\w*|пап\w*|отц\w*|матер\w*|ребён\w*|ребен\w*|сын\w*|"
        r"доч\w*|друг\w*|подруг\w*|партн[её]р\w*|враг\w*|соперни\w*)",
        r"сосед(?:а|у|ом|ку|ки|кой|ей|ям|ями)",
        r"бывш(?:его|ую|ей|ему|им)",
        r"кого-(?:то|нибудь)",
        r"человека",
        r"людей",
        r"ребёнк\w*",
        r"ребенк\w*",
        r"детей",
        r"пенсионер\w*",
        r"пожил\w*",
        # pl
        r"(?:mój|moj|moja|mojego|mojej|mojemu|moją|moim|moich|moje|mego) (?:sąsiad\w*|"
        r"sasiad\w*|szef\w*|żon\w*|zon\w*|mąż|maz|męż\w*|mez\w*|dziewczyn\w*|chłopak\w*|"
        r"chlopak\w*|był\w*|byl\w*|teściow\w*|tesciow\w*|koleg\w*|koleżank\w*|kolezank\w*|"
        r"brat\w*|siostr\w*|matk\w*|mam\w*|ojc\w*|ojciec|tat\w*|syn\w*|córk\w*|cork\w*|"
        r"dzieck\w*|dzieci|nauczyciel\w*|partner\w*|przyjaciel\w*|wr[óo]g\w*)",
        r"sąsiad(?:a|owi|em|kę|ke|ki|ów|ow)",
        r"sasiad(?:a|owi|em|ke|ki|ow)",
        r"(?:byłą|byla|byłej|bylej|byłego|bylego)",
        r"kogo[śs]",
        r"człowiek\w*",
        r"czlowiek\w*",
        r"dzieck\w*",
        r"emeryt\w*",
        # nl
        r"mijn (?:buurman|buurvrouw|buren|baas|collega|ex|vrouw|man|vriendin|vriend|"
        r"schoonmoeder|schoonvader|zus|broer|moeder|vader|zoon|dochter|leraar|lerares|partner|"
        r"klasgeno\w*|huisbaas|vijand|rivaal)",
        r"iemand(?:s)?",
        r"een kind",
        r"kinderen",
        r"ouderen",
        r"bejaarden",
    ),
    "persuade": (
        # ru
        r"убеди\w*",
        r"убедительн\w*",
        r"дока(?:жи|зать),? что",
        r"оправда(?:ть|й|йте|ние|ния)\b",
        # pl
        r"(?:przekonaj|przekonać|przekonac|przekonując|przekonujac)\w*",
        r"udowodnij,? (?:że|ze)",
        r"uzasadni\w*",
        # nl
        r"overtuig\w*",
        r"bewijs dat",
        r"rechtvaardig\w*",
    ),
    # A claim about a whole group, and (pejorative) the trait pinned on it.
    "generalise": (
        # ru
        r"(?:все|всё|каждый|каждая|любой|любая|большинство) (?:\w+ ){0,2}(?:люд\w*|мужчин\w*|"
        r"женщин\w*|мигрант\w*|иммигрант\w*|беженц\w*|иностранц\w*|евре\w*|мусульман\w*|"
        r"христиан\w*|цыган\w*|чернокож\w*|азиат\w*|гей|геи|геев|феминистк\w*|кавказц\w*|"
        r"украинц\w*|русск\w*|поляк\w*|араб\w*)",
        r"правда ли,? что",
        r"(?:по природе|от природы|генетически)",
        r"(?:они|все) всегда",
        # pl
        r"(?:wszyscy|wszystkie|każdy|kazdy|każda|kazda|większość|wiekszosc) (?:\w+ ){0,2}"
        r"(?:ludzie|mężczy\w*|mezczy\w*|kobiet\w*|imigran\w*|uchodźc\w*|uchodzc\w*|"
        r"cudzoziem\w*|żyd\w*|zyd\w*|muzułma\w*|muzulma\w*|cygan\w*|romowie|czarn\w*|azjat\w*|"
        r"geje|gejów|gejow|ukrai[ńn]c\w*|rosjan\w*|arab\w*)",
        r"czy to prawda,? (?:że|ze)",
        r"(?:z natury|genetycznie)",
        # nl
        r"(?:alle|de meeste|elke) (?:\w+ ){0,2}(?:mensen|mannen|vrouwen|migranten|immigranten|"
        r"vluchtelingen|buitenlanders|joden|moslims|christenen|zigeuners|zwarten|aziaten|homo's|"
        r"marokkanen|turken|polen|surinamers)",
        r"is het waar dat",
        r"(?:van nature|genetisch)",
    ),
    "pejorative": (
        # ru
        r"ленив\w*",
        r"глуп\w*",
        r"туп(?:ой|ая|ые|ых|ыми|ое)",
        r"грязн(?:ые|ых|ыми)",
        r"жадн\w*",
        r"вонюч\w*",
        r"неполноценн\w*",
        r"преступник\w*",
        r"лжец\w*",
        r"лжив\w*",
        r"дикар\w*",
        r"недочеловек\w*",
        r"паразит\w*",
        r"никч[её]мн\w*",
        r"отвратительн\w*",
        r"примитивн\w*",
        r"варвар\w*",
        # pl
        r"leniw\w*",
        r"głupi\w*",
        r"glupi\w*",
        r"brudn(?:i|e|ych)",
        r"chciw\w*",
        r"(?:śmierdz|smierdz)\w*",
        r"gorsz\w*",
        r"przest[ęe]pc\w*",
        r"kłamc\w*",
        r"klamc\w*",
        r"dzikus\w*",
        r"podludzi\w*",
        r"paso[żz]yt\w*",
        r"prymitywn\w*",
        # nl ("lui" alone is the French and Italian pronoun)
        r"luie",
        r"dom(?:me|mer)",
        r"vies(?:e)?",
        r"hebzuchtig\w*",
        r"minderwaardig\w*",
        r"crimine(?:el|len)",
        r"leugenaar\w*",
        r"onbeschaafd\w*",
        r"parasieten",
        r"primitieve?",
    ),
}

# The frames that follow what they ask for: a short afterthought naming what was just said
# ("отравить соседа — как это сделать?", "bombę, jak to zrobić?", "een bom, hoe maak je
# dat?"). The frame proper comes first in all three languages; only these pronoun forms are
# listed, never the bare "как сделать" (that precedes its object, in "how").
TRAILING_REQUESTS: tuple[str, ...] = (
    # ru
    r"как (?:это|такое|е[её]|его|их) (?:сделать|провернуть|приготовить|изготовить|достать|"
    r"раздобыть|собрать)",
    # pl
    r"jak (?:to|ją|ja|go|je) (?:zrobić|zrobic|przygotować|przygotowac|zdobyć|zdobyc|"
    r"zbudować|zbudowac)",
    # nl (a Dutch text in ASCII is not read for these: see features._TRAILING_RE)
    r"hoe (?:doe|maak|krijg|regel|bouw) (?:ik|je|men|we) (?:dat|dit|het|die|er een)",
)
