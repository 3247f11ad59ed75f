"""The intent cues in Spanish, French, German, Portuguese and Italian.

The classifier's intent columns (guard.engine.features) say what a prompt asks for ("how do
I" before a harm, a person as its target, wanting it unseen) whatever the words around
them. Read in English only, a request in another language had none of them, and its
character n-grams (learnt from benign questions in those languages) scored it benign:
"¿cómo puedo envenenar a mi vecino?" read 0.03. These cues let the same columns fire in the
five languages the written-here translated pairs cover (training/contrast_languages.jsonl),
so what the model learnt of intent in English carries over.

Each entry extends the English group of the same name; the patterns follow the same rules
(matched at a word start, on lowercased text with its accents kept, ending at a word end).
Only words that carry the intent are listed: a request frame, the harm, the target, the
evasion, the frames that make a harm a topic or a defence. Nouns that name a harm in an
ordinary news or history question ("armas", "veneno") are left out where a verb says the
same ("envenenar"), so a reading-comprehension question keeps no request for a harm.
"""

from __future__ import annotations

CUES: dict[str, tuple[str, ...]] = {
    "weapons": (
        # es / pt / it
        r"bombas? (?:caseras?|caseiras?|artesanais?|artigianali?|de tubo|molotov)",
        r"(?:c[oó]ctel|coquetel|bottiglia) molotov",
        r"explosiv[oa]s?",
        r"esplosiv[oi]",
        r"detonador(?:es)?",
        r"armas? (?:de fuego|de fogo|caseras?|sin registro|sem registro|fantasma)",
        r"armi (?:da fuoco|artigianali|non registrate)",
        # fr
        r"bombes? (?:artisanales?|maison|tuyau)",
        r"explosifs?",
        r"d[ée]tonateurs?",
        r"armes? (?:[àa] feu|artisanales?|non d[ée]clar[ée]es?)",
        # de
        r"(?:rohr)?bomben?",
        r"sprengstoff\w*",
        r"sprengs[äa]tz\w*",
        r"z[üu]nder",
        r"schusswaffe\w*",
    ),
    "drugs": (
        r"metanfetamina",
        r"m[ée]thamph[ée]tamine",
        r"coca[ií]na",
        r"coca[iï]ne",
        r"kokain",
        r"hero[ií]na",
        r"h[ée]ro[iï]ne",
        r"eroina",
        r"fentanilo",
        r"fentanil",
    ),
    "cyber": (
        r"hackear\w*",
        r"hackerare",
        # German "hacken" is also chopping wood or onions: only with something digital.
        r"(?:konto|account|handy|smartphone|wlan|wifi|server|passw[öo]rt|netzwerk|system|rechner|"
        r"computer|laptop|instagram|facebook|whatsapp|snapchat|e-mail|email|website|webseite|"
        r"kamera|router)\w*\s+(?:[\w-]+\s+){0,2}(?:zu\s+)?hacken",
        r"pirater",
        r"piratear",
        r"invadir (?:a |o |el |la )?(?:conta|cuenta|celular|computador|computadora|whatsapp|"
        r"instagram|sistema|servidor|red|rede)",
        r"(?:robar|roubar|rubare|voler|stehlen|klauen) (?:las |los |sus |as |os |le |i |les |"
        r"des |ses |die )?(?:contrase[ñn]as|senhas|password|mots de passe|passw[öo]rter|"
        r"credenciales|credenciais|credenziali|identifiants|zugangsdaten|cookies|"
        r"datos bancarios|dados banc[áa]rios)",
        r"(?:contrase[ñn]as|senhas|mots de passe|passw[öo]rter|zugangsdaten) (?:zu )?(?:robar|"
        r"roubar|voler|stehlen|klauen|abgreifen)",
    ),
    "violence": (
        # Not a process, a task, the time, weeds or pests killed (as "kill" in English).
        r"(?:matar|tuer|uccider(?:e|lo|la|li|le)|ammazzar(?:e|lo|la|li|le)|t[öo]ten)"
        r"(?:lo|la|le|los|las)?\b(?!\s+(?:[\w.-]+\s+){0,2}"
        r"(?:procesos?|processus|processo|processi|prozess\w*|tareas?|t[âa]ches?|tarefas?|"
        r"task|jobs?|hilos?|threads?|sesi[oó]n|servidor|serveur|server|contenedor|container|"
        r"pods?|programa|programme|programma|tiempo|temps|tempo|zeit|noia|malas\s+hierbas|"
        r"ervas\s+daninhas|mauvaises\s+herbes|erbacce|unkraut|hormigas|formigas|fourmis|"
        r"formiche|ameisen|cucarachas|baratas|cafards|scarafaggi|kakerlaken|pulgones|"
        r"insect[oe]s|insetos|insetti)\b)",
        # es / pt
        r"asesinar\w*",
        r"assassinar\w*",
        r"envenen\w*",
        r"apu[ñn]alar\w*",
        r"esfaquear\w*",
        r"secuestrar\w*",
        r"sequestrar\w*",
        r"estrangular\w*",
        r"(?:hacer|fazer) (?:da[ñn]o|mal) a",
        # fr
        r"empoisonn\w*",
        r"poignarder",
        r"[ée]trangler",
        r"kidnapper",
        r"faire du mal [àa]",
        # de
        r"umbringen",
        r"umzubringen",
        r"ermorden",
        r"vergiften",
        r"zu vergiften",
        r"erstechen",
        r"entf[üu]hren",
        r"erw[üu]rgen",
        # it
        r"avvelenar\w*",
        r"accoltellar\w*",
        r"rapire",
        r"strangolar\w*",
        r"far(?:e)? del male a",
    ),
    "fraud": (
        r"estafar\w*",
        r"arnaquer",
        r"escroquer",
        r"betr[üu]gen",
        r"truffare",
        r"frodare",
        r"(?:falsificar|falsifier|f[äa]lschen|falsificare) (?:un |una |uma |des |den |die |un' )?"
        r"(?:documentos?|documents?|pasaportes?|passaportes?|passeports?|reisepass|"
        r"passaporti?|dni|billetes?|billets?|firmas?|signatures?|recetas?|ordonnances?)",
        r"(?:lavar|blanquear|lavare|riciclare|blanchir) (?:dinero|dinheiro|denaro|de l'argent)",
        r"geld waschen",
    ),
    "privacy": (
        r"(?:espiar|espionar|spiare|espionner|aussp[äa]hen|[üu]berwachen) (?:a |o |el |la |"
        r"il |le |mon |ma |mi |meu |minha |mio |mia |meine\w* )",
        r"(?:el |o |il |das |le )?(?:celular|m[óo]vil|tel[ée]fono|telefone|telefono|handy|"
        r"portable) de (?:mi|meu|minha|mon|ma)",
    ),
    "evasion": (
        # es
        r"sin que (?:nadie|la polic[ií]a|los m[ée]dicos|se (?:den|d[ée]) cuenta|lo sepa|me "
        r"(?:pillen|atrapen|descubran))",
        r"sin (?:ser (?:detectad|descubiert|atrapad|visto)\w*|dejar (?:rastro|huellas?)|que me "
        r"pillen)",
        r"indetectable\w*",
        r"il[ée]gal(?:es|mente)?",
        # pt
        r"sem (?:ser (?:pego|detectad|descobert|visto)\w*|deixar (?:rastro|vest[íi]gios?)|que "
        r"(?:ningu[ée]m|a pol[íi]cia) (?:saiba|descubra|perceba))",
        r"indetect[áa]ve(?:l|is)",
        r"escondid[oa] da pol[íi]cia",
        # fr
        r"sans (?:(?:[êe]tre|me faire) (?:d[ée]tect[ée]|rep[ée]r[ée]|pris|vu|attrap[ée])\w*|"
        r"laisser de traces?|que personne (?:ne )?(?:le )?sache)",
        r"ind[ée]tectables?",
        r"ill[ée]gal(?:ement|e|es)?",
        # de
        r"ohne (?:erwischt|entdeckt|gesehen) zu werden",
        r"ohne (?:spuren|eine spur) zu hinterlassen",
        r"unentdeckt",
        r"unauff[äa]llig",
        r"heimlich",
        # it
        r"senza (?:essere|farsi) (?:scopert|beccat|notat|vist|rilevat)\w*",
        r"senza lasciare tracce",
        r"di nascosto",
        r"irrintracciabil\w*",
    ),
    "how": (
        # es / pt ("como" without the accent is both)
        r"c[oó]mo (?:puedo|podr[ií]a|podemos|hago|har[ií]a|se hace|se puede|consigo|conseguir|"
        r"fabrico|fabricar|preparo|preparar|hacer|posso|poderia|fa[çc]o|fazer|consigo|"
        r"se faz|se fabrica)",
        r"(?:la )?mejor (?:forma|manera) de",
        r"(?:a )?melhor (?:forma|maneira|jeito) de",
        r"pasos? para",
        r"passo a passo",
        r"instrucciones? (?:para|de c[oó]mo)",
        r"ens[ée][ñn]ame",
        r"me ensin[ae]",
        r"d[oó]nde (?:puedo|podr[ií]a) (?:comprar|conseguir)",
        r"onde (?:posso|consigo) comprar",
        # fr
        r"comment (?:je peux|puis-je|faire|fabriquer|pr[ée]parer|on fait|peut-on|est-ce qu'on|"
        r"est-ce que je|je fais|je pourrais|pourrais-je)",
        r"(?:la )?meilleure (?:fa[çc]on|mani[èe]re) de",
        r"[ée]tapes? pour",
        r"apprends-moi",
        r"o[uù] (?:puis-je|je peux) (?:acheter|trouver)",
        # de
        r"wie (?:kann|k[öo]nnte|mache|baue|stelle|bekomme|schaffe) ich",
        r"wie (?:macht|baut|stellt|bekommt) man",
        r"anleitung (?:f[üu]r|zum|zur|wie)",
        r"schritt f[üu]r schritt",
        r"(?:der )?beste weg",
        r"zeig mir,? wie",
        r"wo kann ich \w+ kaufen",
        # it
        r"come (?:posso|potrei|faccio|fare|si fa|costruire|preparare|fabbricare|ottenere)",
        r"(?:il )?modo migliore per",
        r"passo passo",
        r"istruzioni per",
        r"insegnami",
        r"spiegami come",
        r"dove posso comprare",
    ),
    "task": (
        r"dame",
        r"dime",
        r"ay[uú]dame",
        r"escr[ií]beme",
        r"hazme",
        r"quiero",
        r"necesito",
        r"me d[êe]",
        r"me diga",
        r"me ajud[ae]",
        r"escreva",
        r"quero",
        r"preciso",
        r"donne-moi",
        r"dis-moi",
        r"aide-moi",
        r"[ée]cris-moi",
        r"je veux",
        r"j'ai besoin",
        r"gib mir",
        r"sag mir",
        r"hilf mir",
        r"schreib(?:e)? mir",
        r"ich (?:will|m[öo]chte|brauche)",
        r"dammi",
        r"dimmi",
        r"aiutami",
        r"scrivimi",
        r"voglio",
        r"ho bisogno",
    ),
    "target": (
        r"mi (?:vecin[oa]|jef[ea]|espos[oa]|marido|mujer|novi[oa]|ex|suegr[oa]|compa[ñn]er[oa]|"
        r"herman[oa]|madre|padre|hij[oa]|pareja|profesor[a]?|prim[oa]|t[íi][oa]|abuel[oa])",
        r"(?:meu|minha) (?:vizinh[oa]|chefe|esposa|marido|mulher|namorad[oa]|ex|sogr[oa]|colega|"
        r"irm[ãa]o?|m[ãa]e|pai|filh[oa]|professor[a]?|av[óô])",
        r"(?:mon|ma) (?:voisin[e]?|patron(?:ne)?|chef|femme|mari|copain|copine|ex|belle-m[èe]re|"
        r"beau-p[èe]re|coll[èe]gue|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re|fils|fille|prof)",
        r"mein(?:e|en|em|er)? (?:nachbar\w*|chef\w*|frau|mann|freund\w*|ex|schwieger\w*|kolleg\w*|"
        r"bruder|schwester|mutter|vater|sohn|tochter|lehrer\w*)",
        r"(?:mio|mia) (?:vicin[oa]|capo|moglie|marito|ragazz[oa]|ex|suocer[oa]|collega|fratello|"
        r"sorella|madre|padre|figli[oa]|professor\w*)",
        r"alguien",
        r"algu[ée]m",
        r"quelqu'un",
        r"jemand(?:en|em)?",
        r"qualcuno",
    ),
    "defence": (
        r"proteger\w*",
        r"prot[ée]ger",
        r"proteggere",
        r"sch[üu]tzen",
        r"prevenir",
        r"pr[ée]venir",
        r"prevenire",
        r"verhindern",
        r"detectar",
        r"d[ée]tecter",
        r"rilevare",
        r"erkennen",
        r"reconocer",
        r"reconhecer",
        r"reconna[îi]tre",
        r"riconoscere",
        r"denunciar",
        r"denunciare",
        r"signaler",
        r"anzeigen",
    ),
    "inform": (
        r"qu[ée] (?:es|son|fue|fueron|era)",
        r"por qu[ée]",
        r"historia de",
        r"o que (?:[ée]|s[ãa]o|foi|foram)",
        r"hist[óo]ria d[aeo]s?",
        r"qu'est-ce que",
        r"pourquoi",
        r"histoire d[eu]s?",
        r"was (?:ist|sind|war|waren)",
        r"warum",
        r"geschichte (?:der|des)",
        r"(?:che )?cos'[èe]",
        r"perch[ée]",
        r"storia d\w*",
    ),
}
