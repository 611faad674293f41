"""Ukrainian names of the holidays, as written (see the package docstring for the pattern syntax).

Every name is given in the cases people write it in: the nominative
("Великдень"), the genitive after "до", "після", "напередодні" ("Великодня"), the
dative ("Великодню"), the accusative after "на", "у" ("на Великдень") and the
instrumental after "перед", "з" ("перед Великоднем"), and the locative where it
is used ("у Великодні"); "{День|Дня|Дню|Днем|Дні}" is the head noun of "День
Незалежності" in those cases. Apostrophes (' ’ ʼ) do not matter. The locative
"у новому році" is left out of New Year's Day on purpose: it means "in the new year".

Ukraine's conventions: since 2023 the Orthodox Church of Ukraine keeps its fixed
feasts on the Revised Julian calendar, so "Різдво" is 7 January until then and
25 December since (both fall in 2023), and the same change moved Christmas Eve,
the Epiphany, St Nicholas and the Intercession; Easter ("Великдень") stays
Orthodox Easter. "День Перемоги" is 9 May until 2022 and 8 May since 2023 (the
Day of Remembrance and Victory); the Defenders' Day moved from 14 October to
1 October in 2023 and Statehood Day from 28 July to 15 July in 2024.
"""

from __future__ import annotations

_DAY = "{День|Дня|Дню|Днем|Дні}"

NAMES: dict[str, tuple[str, ...]] = {
    "new_years_day": ("Новий рік", "Нового року", "Новому року", "Новим роком", "Новорічн{е|ого|ому|им} свят{о|а|у|ом}"),
    "new_years_eve": ("Новорічн{а|ої|у|ій|ою} ні{ч|чч|ччю}", "Переддень Нового року"),
    "ukrainian_christmas_eve": ("Святвеч{ір|ора|ору|ором|орі}", "Свят{ий|ого|ому|им|ім} веч{ір|ора|ору|ором|орі}"),
    "ukrainian_christmas": ("Різдв{о|а|у|ом|і}", "Різдв{о|а|у|ом|і} Христов{е|ого|ому|им|ім}"),
    "christmas": ("Католицьк{е|ого|ому|им|ім} Різдв{о|а|у|ом|і}",),
    "orthodox_christmas": ("Православн{е|ого|ому|им|ім} Різдв{о|а|у|ом|і} за юліанським календарем",),
    "orthodox_new_year": ("Стар{ий|ого|ому|им} Нов{ий|ого|ому|им} р{ік|оку|оком}",),
    "ukrainian_epiphany": ("Водохрещ{е|а|у|ем|і}", "Хрещенн{я|ю|ям|і} Господн{є|ього|ьому|ім}", "Богоявленн{я|ю|ям|і}"),
    "ukrainian_unity_day": (_DAY + " Соборності", _DAY + " Соборності України"),
    "valentines_day": (_DAY + " (святого) Валентина", _DAY + " закоханих", _DAY + " усіх закоханих",
                       _DAY + " всіх закоханих"),
    "womens_day": ("Міжнародн{ий|ого|ому|им|ім} жіноч{ий|ого|ому|им|ім} " + _DAY.lower(),
                   "Жіноч{ий|ого|ому|им|ім} " + _DAY.lower()),
    "may_day": (_DAY + " праці", "Перше травня", "Першого травня", _DAY + " міжнародної солідарності трудящих"),
    "mothers_day": (_DAY + " матері",),
    "ukrainian_victory_day": (_DAY + " Перемоги", _DAY + " пам'яті та перемоги",
                              _DAY + " пам'яті та перемоги над нацизмом",
                              _DAY + " пам'яті та перемоги над нацизмом у Другій світовій війні"),
    "ukrainian_reconciliation_day": (_DAY + " пам'яті та примирення",),
    "fathers_day": (_DAY + " батька",),
    "ukrainian_constitution_day": (_DAY + " Конституції", _DAY + " Конституції України"),
    "ukrainian_statehood_day": (_DAY + " Державності", _DAY + " Української Державності",
                                _DAY + " Державності України"),
    "ukrainian_flag_day": (_DAY + " Державного Прапора", _DAY + " Державного Прапора України", _DAY + " Прапора"),
    "ukrainian_independence_day": (_DAY + " Незалежності", _DAY + " Незалежності України"),
    "knowledge_day": (_DAY + " знань",),
    "ukrainian_defenders_day": (_DAY + " захисників і захисниць", _DAY + " захисників і захисниць України",
                                _DAY + " захисників та захисниць України", _DAY + " захисника України",
                                _DAY + " захисника", _DAY + " захисників України", _DAY + " захисників"),
    "ukrainian_intercession": ("Покров{а|и|і|у|ою}", "Покров{а|и|і|у|ою} Пресвятої Богородиці"),
    "ukrainian_dignity_day": (_DAY + " Гідності та Свободи", _DAY + " Гідності і Свободи"),
    "holodomor_remembrance_day": (_DAY + " пам'яті жертв голодоморів", _DAY + " пам'яті жертв Голодомору"),
    "ukrainian_armed_forces_day": (_DAY + " Збройних Сил", _DAY + " Збройних Сил України", _DAY + " ЗСУ"),
    "ukrainian_st_nicholas_day": (_DAY + " святого Миколая", "Свят{ий|ого|ому|им|ім} Микола{й|я|ю|єм|ї}",
                                  "Миколаї{в|вського} д{ень|ня|ню|нем}"),
    "thanksgiving": (_DAY + " подяки",),
    "black_friday": ("Чорн{а|ої|у|ій|ою} п'ятниц{я|і|ю|ею}",),
    "halloween": ("Гелловін{|а|у|ом|і}", "Хелловін{|а|у|ом|і}", "Хеловін{|а|у|ом|і}", "Гелоувін{|а|у|ом|і}"),
    # the Easter cycle (Orthodox)
    "maslenitsa": ("Масниц{я|і|ю|ею}", "Масля{на|ної|ній|ну|ною}", "Масляний тиждень", "Масляного тижня"),
    "clean_monday": ("Чист{ий|ого|ому|им|ім} понеділ{ок|ка|ку|ком}",),
    "great_lent": ("Велик{ий|ого|ому|им|ім} піст", "Великого посту", "Великому посту", "Великим постом"),
    "orthodox_palm_sunday": ("Вербн{а|ої|у|ій|ою} неділ{я|і|ю|ею}",),
    "orthodox_holy_thursday": ("Чист{ий|ого|ому|им|ім} четв{ер|ерга|ергу|ергом}",),
    "orthodox_good_friday": ("Страсн{а|ої|у|ій|ою} п'ятниц{я|і|ю|ею}", "Велик{а|ої|у|ій|ою} п'ятниц{я|і|ю|ею}"),
    "orthodox_holy_saturday": ("Велик{а|ої|у|ій|ою} субот{а|и|і|у|ою}",),
    "orthodox_easter": ("Велик{день|одня|одню|однем|одні}", "Пасх{а|и|і|у|ою}",
                        "Воскресінн{я|ю|ям|і} Христов{е|ого|ому|им|ім}",
                        "Світл{е|ого|ому|им|ім} Христов{е|ого|ому|им|ім} Воскресінн{я|ю|ям|і}"),
    "orthodox_easter_monday": ("Світл{ий|ого|ому|им|ім} понеділ{ок|ка|ку|ком}",),
    "orthodox_ascension": ("Вознесінн{я|ю|ям|і}", "Вознесінн{я|ю|ям|і} Господн{є|ього|ьому|ім}"),
    "orthodox_pentecost": ("Трійц{я|і|ю|ею}", _DAY + " Святої Трійці", "Зелен{і|их|им|ими} свят{а|ам|ами}",
                           "П'ятидесятниц{я|і|ю|ею}"),
    "easter": ("Католицьк{ий|ого|ому|им|ім} Велик{день|одня|одню|однем|одні}",),
    "passover": ("Єврейськ{а|ої|у|ій|ою} Пасх{а|и|і|у|ою}", "Песах{|у|ом|і}"),
    # Jewish, Islamic, Chinese, Indian
    "rosh_hashanah": ("Рош га-Шана", "Рош-га-Шана", "Рош ха-Шана", "Єврейськ{ий|ого|ому|им} Нов{ий|ого|ому|им} р{ік|оку|оком}"),
    "yom_kippur": ("Йом-Кіпур{|у|ом|і}", "Йом Кіпур{|у|ом|і}", "Судн{ий|ого|ому|им} д{ень|ня|ню|нем}"),
    "hanukkah": ("Ханук{а|и|і|у|ою}",),
    "purim": ("Пурим{|у|ом|і}",),
    "ramadan": ("Рамадан{|у|ом|і}",),
    "eid_al_fitr": ("Ураза-байрам{|у|ом|і}", "Ід аль-Фітр"),
    "eid_al_adha": ("Курбан-байрам{|у|ом|і}", "Ід аль-Адха"),
    "chinese_new_year": ("Китайськ{ий|ого|ому|им|ім} Нов{ий|ого|ому|им|ім} р{ік|оку|оком|оці}",),
    "nowruz": ("Навруз{|у|ом|і}", "Новруз{|у|ом|і}"),
    "diwali": ("Дівалі",),
}
