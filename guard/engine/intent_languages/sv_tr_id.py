"""The intent cues in Swedish, Turkish and Indonesian.

Each entry extends the English group of the same name in guard.engine.features; the patterns
follow its rules (matched at a word start on normalised text, ending at a word end, beginning
with at least three literal characters). Only words that carry the intent are listed: a
request frame, the harm (mostly as a verb: "förgifta", "zehirlemek", "meracuni"), the target,
the evasion, the frames that make a harm a topic or a defence. Nouns that name a harm in an
ordinary news, history or school question ("vapen", "silah", "senjata") are listed only with
a word that makes them the dangerous kind ("hemgjorda vapen", "ruhsatsız silah",
"senjata rakitan").

Turkish puts its verb, and so its request, last ("bomba nasıl yapılır", "komşumu
zehirlemenin en kolay yolu"): those endings are in TRAILING_REQUESTS. Turkish is often typed
without its letters (or in capitals, which lowercase "I" to "i", not "ı"), so each Turkish
pattern is written once, in Turkish spelling, and _tr() lets ı/ş/ğ/ç/ö/ü also match their
ASCII look-alike (a class after the third character, a separate pattern within the first
three, so every pattern still starts with three literal characters).
"""

from __future__ import annotations

import re
from itertools import product

_TR_FOLD = {"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u"}
_KEY = 3


_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<!(?:[^()\\]|\\.)*\))*")


def _each(words: tuple[str, ...] | str, rest: str) -> tuple[str, ...]:
    """One pattern per first word (a pattern may not open with an alternation)."""
    return tuple(w + rest for w in (words.split("|") if isinstance(words, str) else words))


def _tr(*patterns: str) -> tuple[str, ...]:
    """Turkish patterns that also match the same words typed without Turkish letters."""
    out: list[str] = []
    for pat in patterns:
        # The first three characters after any leading lookbehind stay literal.
        lead = _LEADING_LOOKBEHINDS.match(pat).end()  # type: ignore[union-attr]
        behind = "".join(f"[{c}{_TR_FOLD[c]}]" if c in _TR_FOLD else c for c in pat[:lead])
        head, tail = pat[lead : lead + _KEY], pat[lead + _KEY :]
        tail = "".join(f"[{c}{_TR_FOLD[c]}]" if c in _TR_FOLD else c for c in tail)
        choices = [(c, _TR_FOLD[c]) if c in _TR_FOLD else (c,) for c in head]
        for variant in product(*choices):
            p = behind + "".join(variant) + tail
            if p not in out:
                out.append(p)
    return tuple(out)


# Things a person might make, buy or write that are forged in a fraud ("KTP palsu").
_ID_FORGED = (
    "ktp", "sim", "paspor", "ijazah", "dokumen", "uang", "surat dokter", "surat keterangan",
    "identitas", "akta", "sertifikat", "kartu kredit", "tanda tangan", "resep dokter", "nota",
    "kuitansi", "faktur", "rekening koran", "slip gaji",
)

CUES: dict[str, tuple[str, ...]] = {
    "weapons": (
        # sv ("bomb" itself is the English cue)
        r"bomb(?:er|en|erna)",
        *_each("rörbomb|spikbomb|bilbomb|brevbomb", r"\w*"),
        r"hemgjord\w* (?:bomb\w*|vapen|sprängämne\w*)",
        r"hemmagjord\w* (?:bomb\w*|vapen|sprängämne\w*)",
        r"sprängämne\w*",
        r"sprängladdning\w*",
        r"sprängmedel",
        r"spränga (?:en |ett |den |det )?(?:bro\w*|byggnad\w*|bil\w*|hus\w*|bankomat\w*|"
        r"tunnelbana\w*|station\w*|skola\w*|polishus\w*|lägenhet\w*|dörr\w*)",
        r"handgranat\w*",
        r"molotovcocktail\w*",
        r"skjutvapen",
        r"automatvapen",
        r"olagliga vapen",
        r"olagligt vapen",
        r"kemiska vapen",
        r"biologiska vapen",
        r"nervgas\w*",
        r"nervgift\w*",
        r"mjältbrand",
        # tr: not "bomba gibi" (a bombshell, a knockout) or a bombshell piece of news.
        *_tr(
            r"bomba(?!st)\w*(?! (?:gibi|haber\w*|fiyat\w*|indirim\w*|kampanya\w*)\b)",
            r"el bomba\w*",
            r"patlayıcı\w*",
            r"fünye\w*",
            r"dinamit\w*",
            r"molotof\w*",
            r"ruhsatsız (?:silah\w*|tabanca\w*)",
            r"yasa ?dışı (?:silah\w*|tabanca\w*|mühimmat\w*)",
            r"kaçak (?:silah\w*|tabanca\w*)",
            r"ev yapımı (?:silah\w*|bomba\w*|patlayıcı\w*|tabanca\w*)",
            r"el yapımı (?:silah\w*|bomba\w*|patlayıcı\w*|tabanca\w*)",
            r"ateşli silah\w*",
            r"otomatik silah\w*",
            r"kimyasal silah\w*",
            r"biyolojik silah\w*",
            r"nükleer silah\w*",
            r"sinir gaz\w*",
            r"şarbon\w*",
            r"mühimmat\w*",
            # Not a glue, paint or air gun, or a car's silencer.
            r"(?<!silikon )(?<!boya )(?<!tutkal )(?<!hava )(?<!su )tabanca\w*",
            r"(?<!egzoz )susturucu(?!su\b)\w*",
        ),
        # id: not "kue bom" (a pastry); "bom" as a boom in prices or sales is "booming".
        r"(?<!kue )bom(?! (?:harga|diskon|promo|penjualan)\b)",
        r"bom (?:rakitan|molotov|ikan|pipa|panci|bunuh diri)",
        r"bahan peledak",
        r"peledak",
        r"meledakkan\w*",
        r"granat",
        r"senjata (?:api|rakitan|ilegal|gelap|kimia|biologi\w*|nuklir|pemusnah massal)",
        r"senpi",
        r"amunisi",
        r"mesiu",
        r"gas saraf",
        r"antraks",
        r"dinamit",
    ),
    "drugs": (
        # sv
        r"narkotika\w*",
        r"knark\w*",
        r"amfetamin",
        r"metamfetamin",
        r"kokain\w*",
        r"hasch\w*",
        r"odla (?:cannabis|marijuana|hampa|gräs)",
        r"langa (?:knark|narkotika|kokain|gräs|hasch|piller)",
        r"sälja (?:knark|narkotika|kokain|droger|gräs|hasch)",
        r"dödlig dos\w*",
        r"rattfyll\w*",
        # tr: not a numbing cream or spray ("uyuşturucu krem").
        *_tr(
            r"uyuşturucu\w*(?! (?:krem|sprey|jel|merhem|iğne|etki)\w*)",
            r"eroin\w*",
            r"kokain\w*",
            r"metamfetamin\w*",
            r"ekstazi\w*",
            r"bonzai\w*",
            r"esrar (?:yetiştir|üret|sat|bul|al|iç)\w*",
            r"kenevir yetiştir\w*",
            r"torbacı\w*",
            r"aşırı doz\w*",
            r"öldürücü doz\w*",
            r"ölümcül doz\w*",
        ),
        # id: "sabu" (meth) but not "sabun" (soap).
        r"narkoba",
        r"narkotika",
        r"sabu(?:-sabu)?",
        r"ganja",
        r"kokain",
        r"putaw",
        r"ekstasi",
        r"ketamin",
        r"metamfetamin",
        r"pil koplo",
        r"tembakau gorila",
        r"obat terlarang",
        r"menanam ganja",
        r"mengedarkan (?:narkoba|sabu\w*|ganja|obat terlarang|pil)",
        r"bandar (?:narkoba|sabu\w*|ganja)",
        r"dosis mematikan",
        r"menyelundupkan\w*",
    ),
    "cyber": (
        # sv ("hacka" is read by the English "hack\w*": see the report for "hacka lök")
        r"skadlig kod",
        r"skadlig programvara",
        r"skadeprogram\w*",
        r"utpressningsprogram\w*",
        r"spionprogram\w*",
        r"nätfiske\w*",
        r"lösenordsstöld\w*",
        r"dataintrång\w*",
        r"ddos-attack\w*",
        r"överbelastningsattack\w*",
        r"knäcka (?:lösenord\w*|koden till|wifi\w*|wi-fi\w*|krypteringen)",
        r"stjäla (?:\w+ )?(?:lösenord\w*|inloggning\w*|bankuppgifter|kortuppgifter|"
        r"kontouppgifter|personuppgifter|bankid)",
        r"bryta sig in i (?:\w+ )?(?:dator\w*|system\w*|konto\w*|nätverk\w*|server\w*|"
        r"mejl\w*|telefon\w*|mobil\w*)",
        r"ta över (?:\w+ )?(?:konto\w*|instagram\w*|facebook\w*|mejl\w*)",
        # tr ("hacklemek" is the English "hack\w*")
        *_tr(
            r"zararlı yazılım\w*",
            r"kötü amaçlı (?:yazılım\w*|kod\w*)",
            r"fidye yazılım\w*",
            r"casus yazılım\w*",
            r"oltalama\w*",
            r"kimlik avı\w*",
            r"truva atı\w*",
            r"şifre\w* (?:çal(?!ış|ın|[celou]|mar)|kır)\w*",
            r"parola\w* (?:çal(?!ış|ın|[celou]|mar)|kır)\w*",
            r"hesab\w* (?:ele geçir|çal(?!ış|ın|[celou]|mar))\w*",
            r"sisteme sız\w*",
            r"sistemine sız\w*",
            r"ağına sız\w*",
            r"sunucuya sız\w*",
            r"siber saldırı\w*",
            r"ddos saldırı\w*",
            r"açığı(?:nı)? istismar\w*",
            r"kredi kartı bilgi\w* çal(?!ış|ın|[celou]|mar)\w*",
        ),
        # id ("hack", "hacker" are the English cue)
        r"meretas",
        r"retas",
        r"ngehack\w*",
        r"membobol (?:\w+ )?(?:akun|sistem|server|database|wifi|kata sandi|password|"
        r"situs|website|rekening|atm|jaringan|email)",
        r"bobol (?:akun|sistem|server|database|wifi|password|situs|website|rekening|atm|email)",
        r"mencuri (?:\w+ )?(?:kata sandi|password|data|akun|kredensial|cookie|otp|"
        r"pin|nomor kartu)",
        r"phising",
        r"perangkat lunak berbahaya",
        r"serangan siber",
        r"serangan ddos",
        r"keylogger",
    ),
    "violence": (
        # sv: not a process, a thread, the time, weeds or pests killed; "de döda" are the dead.
        r"(?<!de )(?<!våra )(?<!alla )döda(?:r|de)?\b(?! (?:[\w.-]+ ){0,2}(?:process\w*|"
        r"jobbet|jobb|tråden|trådar|tiden|tid|ogräs\w*|myror\w*|myrorna|bladlöss|insekter\w*|"
        r"mögel\w*|bakterier\w*|virus\w*|flugor\w*|mygg\w*|kackerlackor\w*|ohyra|sessionen|"
        r"programmet|appen|uppgiften|stämningen|samtalet|tråkigheten|löss|loppor|"
        r"mördarsniglar\w*|sniglar\w*)\b)",
        r"mörda(?:r|de|t)?",
        r"förgifta(?:r|de|t)?",
        r"knivhugg(?:a|er|de|it)",
        r"kidnappa\w*",
        r"strypa",
        r"ströp",
        r"tortera\w*",
        r"misshandla\w*",
        r"slå ihjäl(?! tiden)",
        r"skjuta (?:ihjäl|ner )?(?:någon|honom|henne|dem|folk|människor|min|mitt|polis\w*)",
        r"skjuta ihjäl",
        r"ta livet av (?:någon|honom|henne|dem|mig|min|mitt|sig)",
        r"skada (?:någon|honom|henne|dem|folk|människor|min|mitt|mig själv|djur)",
        r"självmord\w*",
        r"skada mig själv",
        r"terrordåd\w*",
        r"terrorattack\w*",
        r"massaker\w*",
        r"mordbrand\w*",
        r"bränna ner (?:\w+ )?(?:hus\w*|huset|skola\w*|bil\w*|moské\w*|kyrka\w*|synagoga\w*)",
        # tr: active verbs only (a passive "öldürüldü", "zehirlendi" is the news).
        *_tr(
            r"(?<!zaman )(?<!zamanı )(?<!işlemi )(?<!süreci )(?<!prosesi )(?<!uygulamayı )"
            r"(?<!görevi )(?<!bakterileri )(?<!mikropları )(?<!virüsleri )(?<!böcekleri )"
            r"(?<!karıncaları )(?<!sinekleri )(?<!otları )(?<!pireleri )(?<!bitleri )"
            r"(?<!işlemi nasıl )(?<!süreci nasıl )(?<!zamanı nasıl )(?<!prosesi nasıl )"
            r"(?<!uygulamayı nasıl )(?<!bakterileri nasıl )(?<!böcekleri nasıl )"
            r"(?<!hamamböceklerini )(?<!sivrisinekleri )(?<!yabani otları )"
            r"öldür(?!ül|ücü (?:ilaç|sprey))\w*",
            r"zehirle(?!n)\w*",
            r"bıçakla(?:mak|mayı|manın|madan|yıp|yarak|yacak\w*|yabil\w*|dı\w*|r mısın)",
            r"boğazla(?!n)\w*",
            r"çocuk kaçır(?!ıl)\w*",
            r"adam kaçır(?!ıl)\w*",
            r"birini kaçır(?!ıl)\w*",
            r"işkence\w*",
            r"katlet\w*",
            r"katliam\w*",
            r"suikast\w*",
            r"intihar\w*",
            r"kendimi (?:öldür|as|kes|yak)\w*",
            r"kendime zarar\w*",
            r"kendine zarar\w*",
            r"birine zarar ver\w*",
            r"birini (?:döv|yarala|vur|bıçakla)\w*",
            r"insanlara zarar ver\w*",
            r"terör\w*",
            r"kundakla(?!n)\w*",
            r"birine ateş et\w*",
            r"insanlara ateş et\w*",
            r"cinayet işle\w*",
        ),
        # id: not time, a process, boredom, pests or germs killed.
        *_each("membunuh|bunuh", r"(?:nya)?(?! (?:[\w-]+ ){0,2}(?:waktu|proses\w*|kebosanan|"
               r"bosan|nyamuk|kecoa|semut|tikus|hama|gulma|rumput|bakteri|kuman|virus|jamur|"
               r"lalat|kutu|serangga|ulat|rayap|task|program|aplikasi|karakter|diri)\b)"),
        r"meracuni\w*",
        r"racuni",
        r"racun(?! (?:dari |di |dalam )?(?:tubuh|badan|hati|darah|usus|kulit|tikus|serangga|"
        r"hama|nyamuk|kecoa|rumput|rayap|semut)\b)",
        r"menikam\w*",
        r"menculik\w*",
        r"mencekik\w*",
        r"menyiksa(?! diri)\w*",
        r"melukai (?:seseorang|orang|dia|mereka|anak|diri|istri|suami|tetangga|teman|warga)",
        r"menyakiti (?:seseorang|orang|dia|mereka|anak|diri|istri|suami|tetangga|hewan)",
        r"menembak (?:mati|orang|seseorang|warga|polisi|dia|mereka)",
        r"bunuh diri",
        r"pembunuh bayaran",
        r"teror(?:is|isme)?",
        r"membakar (?:rumah|gedung|mobil|orang|masjid|gereja|toko|kantor)\w*",
        r"pembantaian",
    ),
    "fraud": (
        # sv: "stjäla" not the show or a glance.
        r"stjäla(?! (?:showen|uppmärksamheten|en blick|en kyss|hjärtan|hjärtat)\b)",
        r"bedrägeri\w*",
        r"svindla\w*",
        r"lura (?:pengar|av|gamla|pensionärer|någon|folk|människor|kunder)",
        r"tvätta (?:pengar|svarta pengar)",
        r"penningtvätt\w*",
        r"förfalska\w*",
        r"falsk(?:a|t)? (?:id-handling\w*|id-kort|legitimation\w*|leg|pass|körkort|sedlar|"
        r"pengar|recept|intyg|underskrift\w*|fakturor|faktura)",
        r"identitetsstöld\w*",
        r"skattefusk\w*",
        r"snatta\w*",
        r"göra inbrott",
        r"bryta sig in (?:i|hos) (?:\w+ )?(?:hus\w*|villa\w*|lägenhet\w*|bil\w*|butik\w*|"
        r"affär\w*|granne\w*|grannens)",
        r"utpressa\w*",
        r"utpressning\w*",
        r"muta\w*",
        r"mutor",
        r"råna\w*",
        # tr: "çalmak" is also to play music or ring; "çalışmak" to work.
        *_tr(
            r"dolandır(?!ıl)\w*",
            r"kara para\w*",
            r"para akla\w*",
            r"sahte (?:kimlik|pasaport|belge|evrak|para|diploma|rapor|imza|fatura|ehliyet|"
            r"reçete|banknot|hesap|profil)\w*",
            r"kalpazan\w*",
            r"sahtecilik\w*",
            r"imza\w* taklit\w*",
            r"rüşvet\w*",
            r"şantaj\w*",
            r"hırsızlık yap\w*",
            r"banka\w* soy(?!ul)\w*",
            r"kuyumcu\w* soy(?!ul)\w*",
            r"evi soy(?!ul)\w*",
            r"para(?:yı|sını|mı)? çal(?!ış|ın|[celou]|mar)\w*",
            r"araba(?:yı|sını)? çal(?!ış|ın|[celou]|mar)\w*",
            r"cüzdan(?:ı|ını)? çal(?!ış|ın|[celou]|mar)\w*",
            r"mağazadan (?:\w+ )?çal(?!ış|ın|[celou]|mar)\w*",
            r"marketten (?:\w+ )?çal(?!ış|ın|[celou]|mar)\w*",
            r"vergi kaçır\w*",
            r"kaçakçılı\w*",
            r"haraç\w*",
        ),
        # id: "mencuri" not attention, hearts, a glance, a head start.
        r"mencuri(?! (?:perhatian|hati|start|pandang|ilmu|waktu|kesempatan|momen|panggung|"
        r"spotlight)\b)",
        r"curi (?:uang|motor|mobil|hp|barang|data)",
        r"mencopet\w*",
        r"merampok\w*",
        r"rampok",
        r"membegal\w*",
        r"menipu(?! diri)\w*",
        r"penipuan",
        r"mencuci uang",
        r"pencucian uang",
        r"memalsukan\w*",
        r"memalsu\w*",
        *(f"{thing} palsu" for thing in _ID_FORGED),
        r"menyuap\w*",
        r"suap",
        r"memeras (?:seseorang|orang|dia|mereka|korban|bos|mantan|pejabat|teman)",
        r"pemerasan",
        r"korupsi",
        r"menggelapkan (?:uang|dana)",
        r"pencurian identitas",
    ),
    "hate": (
        # sv
        r"rasis(?:m|t|ter|tisk\w*)",
        r"hatbrott\w*",
        r"hatpropaganda",
        r"hets mot folkgrupp",
        r"trakassera\w*",
        r"trakasserier",
        r"mobba\w*",
        r"nätmobbning\w*",
        r"förolämpa\w*",
        r"nedsättande",
        r"diskriminer\w*",
        r"desinformation",
        r"falska nyheter",
        r"hatisk\w*",
        # tr
        *_tr(
            r"ırkçı\w*",
            r"nefret söylem\w*",
            r"nefret suç\w*",
            r"taciz\w*",
            r"zorbalı\w*",
            r"hakaret\w*",
            r"aşağıla(?!n)\w*",
            r"iftira\w*",
            r"dezenformasyon\w*",
            r"yalan haber\w*",
            r"sahte haber\w*",
        ),
        # id
        r"rasis\w*",
        r"ujaran kebencian",
        r"menghina\w*",
        r"hinaan",
        r"merundung\w*",
        r"perundungan",
        r"membully\w*",
        r"melecehkan\w*",
        r"hoaks",
        r"berita (?:palsu|bohong)",
        r"fitnah\w*",
        r"diskriminasi\w*",
    ),
    "privacy": (
        # sv: one's own number ("mitt personnummer") is no privacy harm.
        r"spionera\w*",
        r"förfölja\w*",
        r"smygfilma\w*",
        r"dold kamera",
        r"dolda kameror",
        r"avlyssna\w*",
        r"spåra (?:någon|min|mitt|hans|hennes|deras|mobil\w*)",
        r"(?<!mitt )(?<!mina )personnummer",
        *_each("hans|hennes|deras|någons", r" (?:adress|hemadress|telefonnummer|personnummer|"
               r"lösenord|mejl|sms|meddelanden)"),
        r"var (?:han|hon|de) bor",
        # tr
        *_tr(
            r"gizlice (?:takip|izle|dinle|kaydet|çek)\w*",
            r"birinin (?:konum|adres|telefon|şifre|mesaj|hesab)\w*",
            r"eşimin (?:telefon|mesaj|konum|whatsapp)\w*",
            r"karımın (?:telefon|mesaj|konum|whatsapp)\w*",
            r"kocamın (?:telefon|mesaj|konum|whatsapp)\w*",
            r"sevgilimin (?:telefon|mesaj|konum|whatsapp)\w*",
            r"eski sevgilimin (?:telefon|mesaj|konum|whatsapp|adres)\w*",
            r"gizli kamera\w*",
            r"ev adresini bul\w*",
            r"nerede oturduğunu\w*",
            r"tc kimlik numara\w*",
            r"dinleme cihaz\w*",
        ),
        # id: one's own address or number ("alamat rumah saya") is not named.
        r"menguntit\w*",
        r"memata-matai",
        r"mematai",
        r"menyadap\w*",
        r"melacak (?:lokasi|seseorang|hp|ponsel|nomor|istri|suami|pacar|mantan|orang)",
        r"lacak (?:lokasi|nomor|hp|ponsel)",
        r"kamera tersembunyi",
        r"alamat rumah(?:nya| dia| seseorang| orang)",
        r"nomor (?:hp|telepon|ponsel|wa)(?:nya| dia| seseorang| orang lain)",
        r"data pribadi (?:orang lain|seseorang)",
        r"membaca (?:chat|pesan|wa|whatsapp) (?:pacar|istri|suami|orang|mantan)",
    ),
    "sexual": (
        # sv
        r"barnporr\w*",
        r"porr\w*",
        r"minderårig\w*",
        r"pedofil\w*",
        r"nakenbild\w*",
        r"våldta\w*",
        r"sexuella övergrepp",
        # tr
        *_tr(
            r"çocuk porno\w*",
            r"müstehcen\w*",
            r"çıplak (?:fotoğraf|resim|görüntü|video)\w*",
            r"tecavüz\w*",
            r"reşit olmayan\w*",
            r"pedofil\w*",
            r"cinsel istismar\w*",
            r"çocuk istismar\w*",
        ),
        # id
        r"memperkosa\w*",
        r"pemerkosaan",
        r"pelecehan seksual",
        r"di bawah umur",
        r"pedofil\w*",
        r"telanjang",
        r"bugil",
    ),
    "evasion": (
        # sv
        r"utan att (?:bli|åka|jag blir|man blir) (?:upptäckt|påkommen|fast|ertappad|"
        r"avslöjad|sedd)\w*",
        r"utan att någon (?:märker|vet|får veta|ser|upptäcker)",
        r"utan att lämna (?:några )?spår",
        r"ospårbar\w*",
        r"oupptäckt\w*",
        r"olaglig\w*",
        r"i hemlighet",
        r"obemärkt",
        r"svarta marknaden",
        r"undgå (?:polisen|upptäckt|tullen)",
        # tr
        *_tr(
            r"yakalanmadan",
            r"fark edilmeden",
            r"iz bırakmadan",
            r"tespit edilmeden",
            r"kimse(?:nin)? (?:fark etmeden|anlamadan|bilmeden|görmeden|duymadan)",
            r"kimseye çaktırmadan",
            r"izi sürülemeyen",
            r"tespit edilemeyen",
            r"yasa dışı\w*",
            r"yasadışı\w*",
            r"gizlice",
            r"polise yakalanma\w*",
            r"karaborsa\w*",
        ),
        # id
        r"tanpa (?:ketahuan|terdeteksi|terlacak|jejak|meninggalkan jejak|sepengetahuan|"
        r"diketahui)",
        r"tidak (?:terdeteksi|terlacak|ketahuan|bisa dilacak)",
        r"tak (?:terdeteksi|terlacak)",
        r"diam-diam",
        r"secara ilegal",
        r"ilegal",
        r"pasar gelap",
        r"lolos dari (?:polisi|aparat|razia)",
    ),
    "how": (
        # sv
        r"hur (?:gör|kan|ska|skulle|bör|får|tillverkar|bygger|blandar|framställer|odlar|"
        r"köper|skaffar|kommer) (?:jag|man|vi|du|någon)",
        r"hur man",
        r"hur \w+ (?:jag|man|vi|någon)",
        r"steg för steg",
        r"instruktioner (?:för|om|till|på)",
        r"guide (?:för|till|om)",
        r"recept på",
        *_each("bästa|enklaste|snabbaste|säkraste", " sättet att"),
        r"sätt att",
        r"metoder? för att",
        r"tips på hur",
        r"lär mig",
        r"visa mig hur",
        r"berätta (?:för mig )?hur",
        r"förklara hur man",
        r"var (?:kan|köper|hittar|får) (?:jag|man)(?: (?:köpa|hitta|få tag|beställa|tag))?",
        # tr: the words that come first; the endings are in TRAILING_REQUESTS.
        *_tr(
            r"nasıl",
            r"nereden",
            r"adım adım",
        ),
        # id: not "dengan cara" (by means of), "cara kerja" (how it works), "cara pandang".
        r"(?<!dengan )(?<!berbagai )cara(?:nya)?(?! (?:kerja|pandang|berpikir)\b)",
        r"bagaimana (?:cara\w*|saya|aku|kita|seseorang|orang)",
        r"gimana (?:cara\w*|saya|aku|kita|sih cara)",
        r"langkah-langkah",
        r"langkah demi langkah",
        r"tutorial",
        r"panduan",
        r"resep(?! (?:dokter|obat)\b)",
        r"ajari (?:saya|aku|kami)",
        r"ajarkan",
        r"tunjukkan cara",
        r"di mana (?:saya|aku|kita) (?:bisa|dapat) (?:membeli|beli|mendapatkan|dapat|menemukan|"
        r"mencari)",
        r"beli di mana",
    ),
    "task": (
        # sv
        r"ge mig",
        r"hjälp mig",
        r"skriv",
        r"skapa (?:en|ett)",
        r"generera",
        r"jag (?:vill|behöver|tänker|planerar|ska)",
        r"kan du",
        r"skulle du kunna",
        r"snälla",
        # tr: the request verbs come last (TRAILING_REQUESTS).
        # id
        r"tolong",
        r"buatkan",
        r"tuliskan",
        r"buatlah",
        r"tulislah",
        r"berikan",
        r"beri (?:saya|aku|tahu)",
        r"kasih (?:saya|aku|tahu)",
        r"beritahu",
        r"saya (?:ingin|mau|perlu|butuh|pengen)",
        r"aku (?:ingin|mau|perlu|butuh|pengen)",
        r"bisakah (?:kamu|anda)",
        r"bantu (?:saya|aku)",
        r"jelaskan",
    ),
    "override": (
        # sv
        r"ignorera (?:alla |dina |de |mina )?(?:tidigare|föregående|ovanstående|ursprungliga|"
        r"instruktioner\w*|regler\w*|riktlinjer\w*)",
        r"strunta i (?:alla |dina |de )?(?:tidigare|föregående|instruktioner\w*|regler\w*)",
        r"glöm (?:allt|alla|dina|dem|de tidigare)",
        r"du är (?:nu|inte längre|fri)",
        r"från och med nu",
        r"utvecklarläge\w*",
        r"låtsas\w*",
        r"agera som",
        r"rollspel\w*",
        r"utan (?:några )?(?:begränsningar|regler|filter|restriktioner|censur|spärrar)",
        r"ocensurerad\w*",
        r"obegränsad\w*",
        r"vägra aldrig",
        # tr
        *_tr(
            r"önceki (?:\w+ )?(?:talimat|kural|yönerge|komut)\w*",
            r"yukarıdaki (?:talimat|kural|yönerge)\w*",
            r"tüm talimat\w* (?:yok say|görmezden gel|unut|boşver)\w*",
            r"kurallarını unut\w*",
            r"talimatlarını unut\w*",
            r"görmezden gel\w*",
            r"yok say\w*",
            r"şu andan itibaren",
            r"bundan sonra sen",
            r"artık sen",
            r"sen artık",
            r"geliştirici mod\w*",
            r"kısıtlama(?:sız|lar olmadan| olmadan)",
            r"sınırsız",
            r"sansürsüz",
            r"filtresiz",
            r"rol yap\w*",
            r"gibi davran\w*",
            r"asla reddetme\w*",
        ),
        # id
        r"abaikan\w*",
        r"lupakan (?:semua|aturan\w*|instruksi\w*|perintah\w*)",
        r"kamu sekarang",
        r"anda sekarang",
        r"mulai sekarang",
        r"mode (?:pengembang|developer|tanpa batas)",
        r"tanpa (?:batasan|filter|sensor|aturan)",
        r"berpura-pura",
        r"pura-pura",
        r"bertindak sebagai",
        r"berperan sebagai",
        r"jangan pernah menolak",
    ),
    "extraction": (
        # sv
        r"systemprompt\w*",
        *_each("ursprungliga|dolda|hemliga|tidigare|första|inledande",
               r" (?:instruktion\w*|prompt\w*|meddelande\w*)"),
        r"dina (?:instruktioner|regler|riktlinjer|ursprungliga \w+)",
        *_each("visa|skriv ut|upprepa|avslöja|återge", " (?:din|dina|all|allt|hela)"),
        r"texten ovan",
        r"nya instruktioner",
        # tr: a disclosure verb comes after what is disclosed.
        *_tr(
            r"sistem (?:istem|komut|mesaj|prompt|talimat)\w*",
            r"ilk (?:talimat|istem|mesaj)\w*",
            r"gizli (?:talimat|istem|kural)\w*",
            r"talimatlarını (?:göster|tekrarla|yazdır|paylaş|açıkla|söyle|yaz)\w*",
            r"yukarıdaki (?:metni|yazıyı|mesajı) (?:\w+ )?(?:tekrarla|yazdır|göster)\w*",
            r"yeni talimat\w*",
        ),
        # id
        r"prompt sistem\w*",
        r"instruksi (?:awal|sistem|tersembunyi|rahasia|sebelumnya|asli)\w*",
        r"pesan sistem",
        r"instruksimu",
        r"aturanmu",
        *_each("tunjukkan|tampilkan|ulangi|bocorkan|cetak|sebutkan",
               " (?:semua|seluruh|instruksi|prompt|teks)"),
        r"teks di atas",
        r"instruksi baru",
    ),
    "disclose": (
        # sv
        r"visa",
        r"skriv ut",
        r"upprepa",
        r"avslöja",
        r"återge",
        r"citera",
        r"berätta vad",
        # id
        r"tunjukkan",
        r"tampilkan",
        r"ulangi",
        r"bocorkan",
        r"cetak",
        r"sebutkan",
        r"salin",
    ),
    "hidden": (
        # sv
        r"systemprompt\w*",
        *_each("ursprungliga|dolda|hemliga|tidigare|första|inledande", r" instruktion\w*"),
        r"dina (?:instruktioner|regler|riktlinjer)",
        r"texten ovan",
        r"allt ovan",
        # tr
        *_tr(r"sistem (?:istem|prompt|mesaj|talimat)\w*"),
        # id
        r"prompt sistem\w*",
        r"instruksi (?:awal|sistem|tersembunyi|rahasia|sebelumnya|asli)\w*",
        r"instruksimu",
        r"aturanmu",
        r"teks di atas",
        r"pesan sistem",
    ),
    "defence": (
        # sv
        r"skydda\w*",
        r"skydd mot",
        r"förhindra\w*",
        r"förebygga\w*",
        r"förebyggande",
        r"upptäcka",
        r"känn(?:a|er) igen",
        r"upptäcker",
        r"vet jag om",
        r"veta om",
        r"märker jag om",
        r"kolla om",
        r"ta bort",
        r"tar bort",
        r"tar (?:jag|man|vi|du) bort",
        r"bli av med",
        r"blir (?:jag|man|vi|du) av med",
        r"rensa\w*",
        r"rapportera\w*",
        r"prata\w* (?:jag |man |vi )?med",
        r"beroende",
        r"anmäl\w*",
        r"polisanmäl\w*",
        r"varna\w*",
        r"motverka\w*",
        r"bekämpa\w*",
        r"undvika att (?:bli|falla|drabbas)",
        r"stötta\w*",
        r"stödja",
        r"hjälpa (?:en|min|mitt|någon|mina|våra)",
        r"behandla\w*",
        r"drabbad\w* av",
        r"offer för",
        r"motgift\w*",
        r"första hjälpen",
        r"giftinformation\w*",
        # tr: "fark et" is also "fark edilmeden" (the evasion it sits in drops it).
        *_tr(
            r"koru\w*",
            r"önle\w*",
            r"önlem\w*",
            r"engelle\w*",
            r"tespit et\w*",
            r"fark et\w*",
            r"anlayabil\w*",
            r"şikayet et\w*",
            r"ihbar\w*",
            r"bildir\w*",
            r"güvende\w*",
            r"güvenliğ\w*",
            r"güvenlik önlem\w*",
            r"farkındalı\w*",
            r"mağdur\w*",
            r"kurbanı\w*",
            r"tedavi\w*",
            r"panzehir\w*",
            r"ilk yardım\w*",
            r"uyarmak",
            r"uyarı\w*",
            r"bırak(?!ma(?:dan|yın))\w*",
            r"kurtul\w*",
            r"mücadele\w*",
            r"ile mücadele\w*",
            r"karşı (?:korun|önlem|mücadele|koru|uyar|bilinçlen)\w*",
            r"tanıma\w*",
            r"rapor et\w*",
            r"yardım\w*",
            r"bağımlı\w*",
        ),
        # id: "anti narkoba" is a campaign against drugs.
        r"melindungi",
        r"lindungi",
        r"perlindungan",
        r"mencegah",
        r"pencegahan",
        r"cegah",
        r"mendeteksi",
        r"deteksi",
        r"mengenali",
        r"melaporkan",
        r"lapor\w*",
        r"waspada\w*",
        r"menghindari",
        r"hindari",
        r"terhindar",
        r"menangkal",
        r"memblokir",
        r"memberantas",
        r"berantas",
        r"anti",
        r"korban",
        r"ciri-ciri",
        r"tanda-tanda",
        r"pertolongan pertama",
        r"penawar",
        r"menghapus",
        r"membersihkan",
        r"memulihkan",
        r"mengatasi",
        r"rehabilitasi",
        r"kecanduan",
        r"berhenti",
        r"lepas dari",
    ),
    "negation": (
        # sv
        *_each("inkludera|använd|skriv|nämn|lägg till", " inte"),
        r"aldrig",
        r"utan",
        r"ingen",
        r"inga",
        r"inget",
        # id
        r"jangan",
        r"tidak (?:boleh|usah|perlu)",
        r"tanpa",
        r"bukan",
    ),
    "inform": (
        # sv
        r"vad (?:\w+ ){0,2}(?:är|var|betyder|innebär)",
        r"varför (?:är|var|gör|har|blir|finns|används)",
        r"historia",
        r"historien (?:om|bakom|kring)",
        r"historik",
        r"definition\w* av",
        r"skillnaden mellan",
        r"hur fungerar",
        r"hur (?:\w+ ){1,2}fungerar",
        # tr: mostly after what is asked about ("fidye yazılımı nedir").
        *_tr(
            r"nedir",
            r"neden",
            r"niçin",
            r"tarihçe\w*",
            r"tarihi",
            r"ne demek",
            r"nasıl çalışır",
        ),
        # id
        r"apa itu",
        r"apa (?:yang dimaksud|arti|pengertian|definisi|bedanya|perbedaan)",
        r"pengertian",
        r"definisi",
        r"sejarah",
        r"mengapa",
        r"kenapa",
        r"cara kerja",
        r"apakah",
    ),
    "topic": (
        # sv
        *_each("uppsats|essä|artikel|rapport|föredrag|presentation|novell|dikt|sammanfattning|"
               "lektion|debattartikel|analys", "(?:en)? (?:om|kring|angående)"),
        *_each("farorna|riskerna|effekterna|konsekvenserna|orsakerna|följderna|skadorna",
               " (?:med|av|kring|om)"),
        r"varför (?:folk|människor|personer|många|vissa|unga|ungdomar)",
        r"sammanfatta (?:denna|den här|detta|det här|följande|texten|artikeln)",
        r"översätt (?:denna|den här|detta|det här|följande|texten|artikeln)",
        # tr
        *_tr(
            r"neden insanlar",
            r"hakkında",
            r"özetle\w*",
        ),
        # id
        *_each("esai|artikel|makalah|cerita|puisi|laporan|presentasi|pidato|ringkasan|skripsi|"
               "berita", " (?:tentang|mengenai|soal)"),
        *_each("bahaya|dampak|risiko|efek|akibat|penyebab|sejarah|bahayanya", "(?: dari)?"),
        r"mengapa orang",
        r"kenapa orang",
        r"kampanye",
        r"ringkas\w*",
        r"rangkum\w*",
        r"terjemahkan",
    ),
    "detail": (
        # sv
        *_each("exakta|precisa", " (?:mängder|mått|doser|ingredienser|steg|instruktioner|"
               "kemikalier)"),
        r"i detalj",
        r"i minsta detalj",
        # tr
        *_tr(
            r"tam (?:miktar|ölçü|oran|doz)\w*",
            r"ayrıntılı (?:olarak|tarif|talimat|adım)\w*",
        ),
        # id
        r"takaran (?:yang )?(?:tepat|pasti|persis)",
        r"secara (?:detail|rinci|lengkap)",
    ),
    "target": (
        # sv
        r"min (?:granne|chef|fru|man|pojkvän|flickvän|sambo|kollega|lärare|svärmor|svärfar|bror|"
        r"syster|mamma|pappa|son|dotter|partner|klasskompis|rival|hyresvärd)",
        r"mitt ex",
        r"mina (?:grannar|kollegor|föräldrar|barn|klasskompisar)",
        r"min (?:grannes|chefs|frus|mans|pojkväns|flickväns|exs)",
        r"någon(?:s)?",
        r"ett barn",
        r"barn",
        # tr
        *_tr(
            r"komşu(?:m|mu|muz|mun|ma|muzu|larımı|larım)",
            r"eski sevgilim\w*",
            r"eski eşim\w*",
            r"eşim(?:i|e|in)?",
            r"karım(?:ı|a|ın)?",
            r"kocam(?:ı|a|ın)?",
            r"patronum\w*",
            r"müdürüm\w*",
            r"sevgilim\w*",
            r"öğretmenim\w*",
            r"kayınvalidem\w*",
            r"iş arkadaşım\w*",
            r"birini",
            r"birisini",
            r"birine",
            r"bir çocuğ\w*",
        ),
        # id
        r"tetangga(?:ku| saya)",
        r"mantan(?:ku| saya| pacar\w*| istri\w*| suami\w*)",
        r"istri(?:ku| saya)",
        r"suami(?:ku| saya)",
        r"pacar(?:ku| saya)",
        r"bos(?:ku| saya)",
        r"atasan(?:ku| saya)",
        r"rekan kerja(?:ku| saya)",
        r"teman(?:ku| saya)",
        r"guru(?:ku| saya)",
        r"mertua(?:ku| saya)",
        r"seseorang",
        r"orang lain",
        r"anak kecil",
        r"anak-anak",
    ),
}

# A defence verb right before "the way to" ("korunmanın yolu") asks how to defend.
_NOT_DEFENDED = "".join(
    f"(?<!{verb} )"
    for verb in ("önlemenin", "korunmanın", "korumanın", "engellemenin", "kurtulmanın",
                 "mücadelenin", "mücadele etmenin", "tespit etmenin", "anlamanın", "fark etmenin",
                 "bırakmanın", "tedavi etmenin", "ihbar etmenin", "şikayet etmenin", "tanımanın",
                 "ayırt etmenin", "silmenin", "temizlemenin", "kaldırmanın")
)

_NOT_DEFENDED_NOUN = "".join(
    f"(?<!{noun} )"
    for noun in ("mücadele", "tedavi", "tespit", "ihbar", "şikayet", "önlem", "imha", "teşhis",
                 "rehabilitasyon", "koruma", "kontrol")
)

# Turkish asks last: "bomba nasıl yapılır", "komşumu zehirlemenin en kolay yolu", "eroin
# nereden alabilirim", "bir oltalama e-postası yaz". Only endings that ask for the procedure
# or the artefact: not "anlat" (tell) or "yaz" (write) anywhere, which close an essay about
# a harm as often ("uyuşturucunun zararlarını anlat").
TRAILING_REQUESTS: tuple[str, ...] = _tr(
    # Not the fight against it or its treatment: "uyuşturucu ile mücadele nasıl yapılır".
    _NOT_DEFENDED_NOUN + r"nasıl (?:yapılır|yapılıyor|yapabilirim|yaparım|yapacağım|yapmalıyım|"
    r"hazırlanır|hazırlarım|hazırlayabilirim|üretilir|üretebilirim|üretirim|elde edilir|"
    r"elde edebilirim|"
    r"sentezlenir|sentezlerim|bulunur|bulurum|bulabilirim|alınır|alabilirim|satın alabilirim|"
    r"temin edilir|temin edebilirim|kurulur|kurarım|kurabilirim|kullanılır|kullanabilirim|"
    r"yazılır|yazabilirim|geçirebilirim|sokabilirim|kaçırabilirim|ederim|edebilirim|"
    r"yetiştirilir|yetiştirebilirim|satabilirim|satılır|takip edebilirim|takip ederim|"
    r"dinleyebilirim|okuyabilirim|girebilirim|ele geçirebilirim|ele geçiririm)",
    r"nereden (?:alabilirim|bulabilirim|satın alabilirim|temin edebilirim|bulunur|alınır)",
    r"nerede (?:satılır|bulunur|bulabilirim)",
    # "Terör saldırılarını önlemenin yolları": the way asked for is the defence's.
    _NOT_DEFENDED + r"yolu (?:nedir|ne|var mı|nelerdir)",
    _NOT_DEFENDED + r"yolunu (?:söyle|anlat|göster|öğret|bul)\w*",
    _NOT_DEFENDED + r"yolları (?:nelerdir|neler|nedir)",
    _NOT_DEFENDED + r"yollarını (?:söyle|anlat|göster|öğret)\w*",
    _NOT_DEFENDED + r"en (?:iyi|kolay|kısa|hızlı|etkili|ucuz|güvenli) (?:yol|yöntem)\w*",
    _NOT_DEFENDED + r"yöntem(?:i|leri) (?:nedir|nelerdir|neler)",
    r"tarifi(?:ni)?",
    r"yapımı(?:nı)?",
    r"yapım talimat\w*",
    r"yapılışı(?:nı)?",
    r"nasıl yapıldığını\w*",
    r"nasıl yapılacağını\w*",
    r"yapmayı (?:öğret|anlat|göster)\w*",
    r"öğret(?:ir misin|ebilir misin|)",
    r"adım adım",
    r"yapmak istiyorum",
    r"almak istiyorum",
    r"bulmak istiyorum",
    r"istiyorum",
    r"kodu(?:nu)? yaz\w*",
    r"kod yaz\w*",
    r"betiği(?:ni)? yaz\w*",
    r"script(?:i|ini)? yaz\w*",
    r"e-posta(?:sı|sını)? yaz\w*",
    r"mesajı(?:nı)? yaz\w*",
    r"programı(?:nı)? yaz\w*",
)
