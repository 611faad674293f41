"""The first words of the English holiday names, as data (generated: do not edit).

What the grammar tests a word against before it builds the catalogue and the name index
(about 20 ms), so that a text naming no holiday ("Wednesday's speech", "the summit") never
loads them. Regenerate with ``python tools/gen_first_words.py`` after adding or changing an
English or international name: the first words of the catalogue's English name index
(:func:`timeline.holidays.matching.first_words`), less the canonical ``holiday_`` words.
"""

from __future__ import annotations

FIRST_WORDS_EN: frozenset[str] = frozenset({
    "advent", "africa", "african", "al", "all", "alvida", "amun", "annakoot", "annakut", "annunciation",
    "anzac", "april", "arabic", "arafah", "arafat", "argentina", "argentinas", "argentine", "armed",
    "armistice", "ascension", "ash", "ashoura", "ashura", "assumption", "august", "australia", "austrian",
    "baisakhi", "bakr", "bakra", "bakri", "bakrid", "basant", "bastille", "bhai", "bhaiya", "bhau", "bhogi",
    "birth", "birthday", "black", "boghi", "bogi", "bonfire", "boss", "bosse", "bosses", "bosss", "boxing",
    "branch", "brazil", "brazilian", "brazils", "bright", "british", "buddha", "buddhas", "burns", "butter",
    "canada", "canadian", "candlemas", "carnival", "chaitra", "channukah", "channukkah", "chanuka",
    "chanukah", "chanukka", "chanukkah", "cheesefare", "chhath", "chhathi", "chhoti", "childermas", "chile",
    "chilean", "chiles", "chinese", "ching", "chongyang", "choti", "christmas", "christmastime", "chun",
    "chung", "chunjie", "chuxi", "cinco", "civil", "clean", "colombia", "colombian", "colombias",
    "columbus", "constitution", "corpus", "cosmonautics", "cosmonauts", "covenant", "cyber", "dala",
    "dasara", "dashain", "day", "dayananda", "decoration", "deepavali", "deepawali", "defender",
    "defenders", "dhanatrayodashi", "dhanteras", "dhantrayodashi", "dhanvantari", "dhulandi", "dhuleti",
    "dhulivandan", "divali", "diwali", "dominion", "dongzhi", "double", "dragon", "duanwu", "durga",
    "durgashtami", "durgotsava", "dussehra", "dussera", "dusshera", "early", "earth", "easter", "eid",
    "election", "epiphany", "fat", "father", "fathers", "feast", "festival", "first", "flag", "forgiveness",
    "fourth", "french", "ganesh", "german", "ghost", "global", "gokulashtami", "good", "govardhan", "great",
    "greek", "green", "groundhog", "gudi", "guru", "guy", "gysd", "halloween", "hallowmas", "haloween",
    "hannuka", "hannukah", "hannukkah", "hanuka", "hanukah", "hanukka", "hanukkah", "hari", "hijri",
    "hispanic", "hogmanay", "holi", "holika", "holocaust", "holodomor", "holy", "human", "hungry", "id",
    "immaculate", "independence", "indigenous", "intercession", "international", "iranian", "islamic",
    "isra", "israel", "israeli", "italian", "italy", "italys", "jamat", "jamshedi", "janmashtami",
    "jerusalem", "jewish", "joyous", "jumat", "jummat", "jumuatul", "juneteenth", "kaanum", "kali",
    "kamudu", "kanni", "kanum", "karva", "karwa", "king", "kings", "knowledge", "koningsdag", "krishna",
    "krishnashtami", "kurban", "kwanzaa", "laba", "labor", "labour", "lady", "laetare", "lag", "lailat",
    "lakshmi", "lantern", "late", "laxmi", "laylat", "laylatul", "lazarus", "lebaran", "lent", "lenten",
    "lunar", "maattu", "magha", "maghi", "maha", "maharishi", "mahashivaratri", "mahashivratri",
    "mahashtami", "mahaveer", "mahavir", "makar", "makara", "mardi", "martin", "martinmas", "maslenitsa",
    "mattu", "maundy", "mawlid", "may", "memorial", "mesadi", "mevlid", "mevlit", "mexican", "mid",
    "midsummer", "milad", "mlk", "mon", "monday", "moon", "mooncake", "mother", "mothering", "mothers",
    "mulud", "muslim", "narak", "naraka", "national", "nauryz", "navarathri", "navaratri", "navrathri",
    "navratri", "navroz", "nevruz", "new", "night", "ninth", "norooz", "norouz", "novruz", "nowrooz",
    "nowruz", "nye", "onam", "orthodox", "paddy", "paddys", "palm", "pancake", "pargat", "parsi", "pascha",
    "passover", "patriot", "pentecost", "persian", "peru", "perus", "peruvian", "pesach", "pesah", "pesakh",
    "phagwah", "pokrov", "pongal", "poppy", "portugal", "portugals", "portuguese", "president",
    "presidents", "prophet", "prophets", "pure", "purim", "qingming", "qixi", "qurban", "rabindra",
    "rabindranath", "rakhi", "raksha", "rakshabandhan", "ram", "rama", "ramadan", "ramadhan", "ramatan",
    "ramathan", "ramazan", "ramzaan", "ramzan", "rangwali", "ras", "rath", "ratha", "ravidas",
    "reformation", "remembrance", "resurrection", "robert", "roop", "rose", "rosh", "russia", "russian",
    "sacrifice", "saint", "samvatsaradi", "sankranthi", "sankranti", "saraswati", "seker", "shab",
    "shangyuan", "shavuos", "shavuot", "shavuoth", "sheer", "sheker", "shemini", "shivaratri", "shivratri",
    "shmini", "shovuos", "shrove", "shushan", "simchas", "simchat", "simhat", "spanish", "spring", "st",
    "statehood", "succos", "succot", "succoth", "sukkos", "sukkot", "sukkoth", "sukot", "summer", "surya",
    "swami", "swiss", "tabaski", "thai", "thanksgiving", "theophany", "thiru", "thiruvonam", "thu", "thur",
    "thurs", "thursday", "tiradentes", "tisha", "tomb", "trinity", "tu", "tuen", "turkey", "ugadi", "uk",
    "ukraine", "ukraines", "ukrainian", "un", "united", "unity", "us", "uttarayan", "v", "vaisakha",
    "vaisakhadi", "vaisakhi", "vaishakhi", "valentine", "valentines", "valmiki", "vasakhi", "vasant", "ve",
    "venezuela", "venezuelan", "venezuelas", "vesak", "vesakha", "veteran", "veterans", "victoria",
    "victory", "vijayadashami", "vinayaka", "visakha", "waitangi", "washington", "washingtons", "whit",
    "white", "whitmonday", "whitsun", "whitsunday", "winter", "women", "womens", "worker", "workers",
    "world", "x", "xmas", "yew", "yom", "yuanxiao", "yugadi", "zero", "zhongqiu", "zhongyuan",
})
