"""The catalogue: every holiday timeline knows, as data.

One entry per holiday: its key, its canonical English name, the rule that places
it in a year (the types of :mod:`timeline.holidays.rules`, with the years a rule
changed written as :class:`~timeline.holidays.rules.Eras`), the country whose
holiday it is where that matters (ISO 3166-1 alpha-2; ``None`` for religious
and international days) and an optional note for the documentation. The names
people write for each holiday live beside it, one data module per language, in
:mod:`timeline.holidays.names`.

The order is the order of the documentation (``docs/holidays.md``, generated
from this module by ``tools/gen_holiday_docs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.holidays.calendars.gregorian import MON, SAT, SUN, THU
from timeline.holidays.model import Placement
from timeline.holidays.rules import (
    Advent,
    Announced,
    Chinese,
    Cycle,
    EarthHour,
    Easter,
    Era,
    Eras,
    Fixed,
    Hebrew,
    Hijri,
    HijriLastFriday,
    Moved,
    NotComputed,
    Nowruz,
    NthWeekday,
    SiderealSolar,
    SolarTerm,
    Tithi,
    WeekdayBefore,
)

__all__ = ["CATALOGUE", "Entry"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One holiday of the catalogue (its names are in :mod:`timeline.holidays.names`)."""

    key: str
    name: str
    rule: Placement
    country: str | None = None
    note: str | None = None


_HINDU = (
    "{name} follows the Hindu lunisolar calendar, which timeline cannot compute "
    "(its date depends on the lunar day at sunrise in India)"
)
_ONAM = (
    "{name} follows the Malayalam sidereal solar calendar and the lunar mansions (nakshatras), "
    "which timeline cannot compute"
)
_BUDDHIST = (
    "{name} follows the Buddhist lunisolar calendars, which timeline cannot compute "
    "(the full moon of Vesakha is dated differently by each country)"
)

#: Dates announced by Youth Service America (Friday; the event runs to Sunday).
_GYSD = Announced(
    {2012: (4, 20), 2013: (4, 26), 2014: (4, 11), 2015: (4, 17), 2016: (4, 15), 2017: (4, 21), 2018: (4, 20)},
    days=3,
    text="a Friday-Sunday in April announced each year",
)
#: Navroz of the Shahenshahi calendar: 365-day years, no leap day.
_PARSI = Cycle(
    date(2018, 8, 17), 365, "1 Farvardin of the Shahenshahi calendar: every 365 days from 17 August 2018"
)

CATALOGUE: tuple[Entry, ...] = (
    # ---- fixed Gregorian dates
    Entry("new_years_day", "New Year's Day", Fixed(1, 1)),
    Entry("new_years_eve", "New Year's Eve", Fixed(12, 31)),
    Entry("epiphany", "Epiphany", Fixed(1, 6)),
    Entry("orthodox_christmas", "Orthodox Christmas Day", Fixed(1, 7)),
    Entry("orthodox_new_year", "Orthodox New Year", Fixed(1, 14)),
    Entry("burns_night", "Burns Night", Fixed(1, 25)),
    Entry("australia_day", "Australia Day", Fixed(1, 26)),
    Entry("holocaust_remembrance_day", "International Holocaust Remembrance Day", Fixed(1, 27)),
    Entry("groundhog_day", "Groundhog Day", Fixed(2, 2)),
    Entry("candlemas", "Candlemas", Fixed(2, 2)),
    Entry("waitangi_day", "Waitangi Day", Fixed(2, 6)),
    Entry("valentines_day", "Valentine's Day", Fixed(2, 14)),
    Entry("st_davids_day", "St David's Day", Fixed(3, 1)),
    Entry("womens_day", "International Women's Day", Fixed(3, 8)),
    Entry("st_patricks_day", "St Patrick's Day", Fixed(3, 17)),
    Entry("world_water_day", "World Water Day", Fixed(3, 22)),
    Entry("annunciation", "Annunciation", Fixed(3, 25)),
    Entry("april_fools_day", "April Fools' Day", Fixed(4, 1)),
    Entry("world_health_day", "World Health Day", Fixed(4, 7)),
    Entry("earth_day", "Earth Day", Fixed(4, 22)),
    Entry("st_georges_day", "St George's Day", Fixed(4, 23)),
    Entry("anzac_day", "Anzac Day", Fixed(4, 25)),
    Entry("may_day", "May Day", Fixed(5, 1)),
    Entry("cinco_de_mayo", "Cinco de Mayo", Fixed(5, 5)),
    Entry("world_environment_day", "World Environment Day", Fixed(6, 5)),
    Entry("flag_day", "Flag Day", Fixed(6, 14), country="US"),
    Entry("juneteenth", "Juneteenth", Fixed(6, 19), country="US"),
    Entry("canada_day", "Canada Day", Fixed(7, 1)),
    Entry("independence_day", "Independence Day", Fixed(7, 4), country="US"),
    Entry("bastille_day", "Bastille Day", Fixed(7, 14)),
    Entry("assumption", "Assumption of Mary", Fixed(8, 15)),
    Entry("patriot_day", "Patriot Day", Fixed(9, 11), country="US"),
    Entry("international_day_of_peace", "International Day of Peace", Fixed(9, 21)),
    Entry("united_nations_day", "United Nations Day", Fixed(10, 24)),
    Entry("halloween", "Halloween", Fixed(10, 31)),
    Entry("all_saints_day", "All Saints' Day", Fixed(11, 1)),
    Entry("world_vegan_day", "World Vegan Day", Fixed(11, 1)),
    Entry("all_souls_day", "All Souls' Day", Fixed(11, 2)),
    Entry("guy_fawkes_night", "Guy Fawkes Night", Fixed(11, 5)),
    Entry("veterans_day", "Veterans Day", Fixed(11, 11), country="US"),
    Entry("remembrance_day", "Remembrance Day", Fixed(11, 11)),
    Entry("international_mens_day", "International Men's Day", Fixed(11, 19)),
    Entry("st_andrews_day", "St Andrew's Day", Fixed(11, 30)),
    Entry("world_aids_day", "World AIDS Day", Fixed(12, 1)),
    Entry("immaculate_conception", "Feast of the Immaculate Conception", Fixed(12, 8)),
    Entry("human_rights_day", "Human Rights Day", Fixed(12, 10)),
    Entry("christmas_eve", "Christmas Eve", Fixed(12, 24)),
    Entry("christmas", "Christmas", Fixed(12, 25)),
    Entry("boxing_day", "Boxing Day", Fixed(12, 26)),
    Entry("st_stephens_day", "St Stephen's Day", Fixed(12, 26)),
    Entry("kwanzaa", "Kwanzaa", Fixed(12, 26, days=7)),
    Entry("advent", "Advent", Advent(until_christmas=True)),
    Entry("advent_sunday", "Advent Sunday", Advent()),
    # ---- weekday rules and other Gregorian rules
    Entry("mlk_day", "Martin Luther King Jr. Day", NthWeekday(1, MON, 3), country="US"),
    Entry("presidents_day", "Presidents' Day", NthWeekday(2, MON, 3), country="US"),
    Entry("mothers_day", "Mother's Day", NthWeekday(5, SUN, 2), country="US", note="US; the UK's is Mothering Sunday"),
    Entry("memorial_day", "Memorial Day", NthWeekday(5, MON, -1), country="US"),
    Entry("fathers_day", "Father's Day", NthWeekday(6, SUN, 3), country="US", note="US, UK"),
    Entry("labor_day", "Labor Day", NthWeekday(9, MON, 1), country="US", note="US, Canada"),
    Entry("columbus_day", "Columbus Day", NthWeekday(10, MON, 2), country="US"),
    Entry("canadian_thanksgiving", "Thanksgiving Day (Canada)", NthWeekday(10, MON, 2), country="CA"),
    Entry("election_day", "Election Day", NthWeekday(11, MON, 1, offset=1), country="US"),
    Entry("remembrance_sunday", "Remembrance Sunday", NthWeekday(11, SUN, 2)),
    Entry("thanksgiving", "Thanksgiving Day", NthWeekday(11, THU, 4), country="US"),
    Entry("black_friday", "Black Friday", NthWeekday(11, THU, 4, offset=1)),
    Entry("cyber_monday", "Cyber Monday", NthWeekday(11, THU, 4, offset=4)),
    Entry("early_may_bank_holiday", "Early May Bank Holiday", Moved(NthWeekday(5, MON, 1), {1995: (5, 8), 2020: (5, 8)}), country="GB", note="UK; moved to 8 May in 1995 and 2020"),
    Entry("spring_bank_holiday", "Spring Bank Holiday", Moved(NthWeekday(5, MON, -1), {2002: (6, 4), 2012: (6, 4), 2022: (6, 2)}), country="GB", note="UK; moved in 2002, 2012, 2022"),
    Entry("summer_bank_holiday", "Summer Bank Holiday", NthWeekday(8, MON, -1), country="GB"),
    Entry("victoria_day", "Victoria Day", WeekdayBefore(5, 24, MON), country="CA"),
    Entry("bosses_day", "Boss's Day", Fixed(10, 16, saturday=-1, sunday=1), country="US"),
    Entry("kings_day", "King's Day", Eras((Era(Fixed(4, 27, sunday=-1), since=2014),)), country="NL"),
    Entry("earth_hour", "Earth Hour", EarthHour()),
    Entry("global_youth_service_day", "Global Youth Service Day", _GYSD),
    Entry("parsi_new_year", "Parsi New Year", _PARSI),
    Entry("st_nicholas_day", "St Nicholas Day", Fixed(12, 6)),
    Entry("st_josephs_day", "St Joseph's Day", Fixed(3, 19), note="Father's Day in Spain, Italy and Portugal"),
    Entry("st_johns_day", "St John's Day", Fixed(6, 24)),
    Entry("st_anthonys_day", "St Anthony's Day", Fixed(6, 13)),
    Entry("st_martins_day", "St Martin's Day", Fixed(11, 11)),
    Entry("holy_innocents_day", "Holy Innocents' Day", Fixed(12, 28)),
    Entry("orthodox_christmas_eve", "Orthodox Christmas Eve", Fixed(1, 6)),
    Entry("orthodox_epiphany", "Orthodox Epiphany", Fixed(1, 19)),
    Entry("orthodox_annunciation", "Orthodox Annunciation", Fixed(4, 7)),
    Entry("intercession", "Intercession of the Theotokos", Fixed(10, 14)),
    Entry("ve_day", "Victory in Europe Day", Fixed(5, 8)),
    Entry("arabic_language_day", "UN Arabic Language Day", Fixed(12, 18)),
    Entry("zero_discrimination_day", "Zero Discrimination Day", Fixed(3, 1)),
    Entry("cooperatives_day", "International Day of Cooperatives", NthWeekday(7, SAT, 1)),
    Entry("world_prematurity_day", "World Prematurity Day", Fixed(11, 17)),
    Entry("africa_day", "Africa Day", Fixed(5, 25)),
    Entry("knowledge_day", "Day of Knowledge", Fixed(9, 1), note="the first school day in Russia and Ukraine"),
    # ---- France
    Entry("fete_de_la_musique", "Fête de la Musique", Fixed(6, 21), country="FR"),
    Entry("mothers_day_fr", "Mothers' Day (France)", NthWeekday(5, SUN, -1, clash=49), country="FR"),
    # ---- Germany, Austria, Switzerland
    Entry(
        "german_unity_day", "German Unity Day",
        Eras((Era(Fixed(6, 17), since=1954, until=1990), Era(Fixed(10, 3), since=1990))), country="DE",
        note="17 June in West Germany until 1990, 3 October since reunification",
    ),
    Entry("reformation_day", "Reformation Day", Fixed(10, 31), country="DE"),
    Entry("volkstrauertag", "National Day of Mourning (Germany)", Advent(-14), country="DE"),
    Entry("repentance_day", "Day of Repentance and Prayer", Advent(-11), country="DE"),
    Entry("totensonntag", "Sunday of the Dead", Advent(-7), country="DE"),
    Entry("austrian_national_day", "Austrian National Day", Eras((Era(Fixed(10, 26), since=1965),)), country="AT"),
    Entry("swiss_national_day", "Swiss National Day", Fixed(8, 1), country="CH"),
    # ---- Spain and Latin America
    Entry("hispanic_day", "Hispanic Day", Fixed(10, 12), country="ES",
          note="Fiesta Nacional de España, also Día del Pilar"),
    Entry("spanish_constitution_day", "Constitution Day (Spain)", Eras((Era(Fixed(12, 6), since=1978),)),
          country="ES"),
    Entry("st_james_day", "St James' Day", Fixed(7, 25), country="ES"),
    Entry("mothers_day_es", "Mother's Day (Spain)", NthWeekday(5, SUN, 1), country="ES"),
    Entry("day_of_the_dead", "Day of the Dead", Fixed(11, 1, days=2), country="MX"),
    Entry("mexican_independence_day", "Independence Day (Mexico)", Fixed(9, 16), country="MX"),
    Entry("argentine_independence_day", "Independence Day (Argentina)", Fixed(7, 9), country="AR"),
    Entry("colombian_independence_day", "Independence Day (Colombia)", Fixed(7, 20), country="CO"),
    Entry("chilean_independence_day", "Independence Day (Chile)", Fixed(9, 18), country="CL"),
    Entry("peruvian_independence_day", "Independence Day (Peru)", Fixed(7, 28), country="PE"),
    Entry("venezuelan_independence_day", "Independence Day (Venezuela)", Fixed(7, 5), country="VE"),
    # ---- Italy
    Entry("italian_liberation_day", "Liberation Day (Italy)", Eras((Era(Fixed(4, 25), since=1946),)), country="IT"),
    Entry("italian_republic_day", "Republic Day (Italy)", Eras((Era(Fixed(6, 2), since=1947),)), country="IT"),
    # ---- Portugal and Brazil
    Entry("portuguese_freedom_day", "Freedom Day (Portugal)", Eras((Era(Fixed(4, 25), since=1974),)), country="PT",
          note="the Carnation Revolution of 25 April 1974"),
    Entry("portugal_day", "Portugal Day", Fixed(6, 10), country="PT"),
    Entry("portuguese_republic_day", "Republic Day (Portugal)", Eras((Era(Fixed(10, 5), since=1910),)), country="PT"),
    Entry("portuguese_restoration_day", "Restoration of Independence (Portugal)", Fixed(12, 1), country="PT"),
    Entry("mothers_day_pt", "Mother's Day (Portugal)", NthWeekday(5, SUN, 1), country="PT"),
    Entry("tiradentes", "Tiradentes Day", Fixed(4, 21), country="BR"),
    Entry("brazilian_independence_day", "Independence Day (Brazil)", Eras((Era(Fixed(9, 7), since=1822),)),
          country="BR"),
    Entry("our_lady_of_aparecida", "Our Lady of Aparecida", Fixed(10, 12), country="BR"),
    Entry("brazilian_republic_day", "Republic Proclamation Day (Brazil)", Eras((Era(Fixed(11, 15), since=1889),)),
          country="BR"),
    Entry("black_consciousness_day", "Black Consciousness Day", Fixed(11, 20), country="BR"),
    # ---- Russia
    Entry("defender_of_the_fatherland_day", "Defender of the Fatherland Day", Fixed(2, 23), country="RU"),
    Entry("cosmonautics_day", "Cosmonautics Day", Eras((Era(Fixed(4, 12), since=1962),)), country="RU"),
    Entry("victory_day", "Victory Day", Eras((Era(Fixed(5, 9), since=1945),)), country="RU"),
    Entry("russia_day", "Russia Day", Eras((Era(Fixed(6, 12), since=1992),)), country="RU"),
    Entry("unity_day_ru", "Unity Day (Russia)", Eras((Era(Fixed(11, 4), since=2005),)), country="RU"),
    Entry("russian_constitution_day", "Constitution Day (Russia)", Eras((Era(Fixed(12, 12), since=1993),)),
          country="RU"),
    Entry("mothers_day_ru", "Mother's Day (Russia)", Eras((Era(NthWeekday(11, SUN, -1), since=1998),)),
          country="RU"),
    # ---- Ukraine (the Orthodox Church of Ukraine moved its fixed feasts to the Revised Julian calendar in 2023)
    Entry("ukrainian_christmas", "Christmas (Ukraine)",
          Eras((Era(Fixed(1, 7), until=2023), Era(Fixed(12, 25), since=2023))), country="UA"),
    Entry("ukrainian_christmas_eve", "Christmas Eve (Ukraine)",
          Eras((Era(Fixed(1, 6), until=2023), Era(Fixed(12, 24), since=2023))), country="UA"),
    Entry("ukrainian_epiphany", "Epiphany (Ukraine)",
          Eras((Era(Fixed(1, 19), until=2023), Era(Fixed(1, 6), since=2024))), country="UA"),
    Entry("ukrainian_unity_day", "Day of Unity of Ukraine", Eras((Era(Fixed(1, 22), since=1999),)), country="UA"),
    Entry("ukrainian_victory_day", "Day of Remembrance and Victory (Ukraine)",
          Eras((Era(Fixed(5, 9), since=1945, until=2022), Era(Fixed(5, 8), since=2023))), country="UA"),
    Entry("ukrainian_reconciliation_day", "Day of Remembrance and Reconciliation (Ukraine)",
          Eras((Era(Fixed(5, 8), since=2015, until=2022),)), country="UA"),
    Entry("ukrainian_constitution_day", "Constitution Day (Ukraine)", Eras((Era(Fixed(6, 28), since=1996),)),
          country="UA"),
    Entry("ukrainian_statehood_day", "Statehood Day (Ukraine)",
          Eras((Era(Fixed(7, 28), since=2022, until=2023), Era(Fixed(7, 15), since=2024))), country="UA"),
    Entry("ukrainian_flag_day", "Flag Day (Ukraine)", Eras((Era(Fixed(8, 23), since=2004),)), country="UA"),
    Entry("ukrainian_independence_day", "Independence Day (Ukraine)", Eras((Era(Fixed(8, 24), since=1991),)),
          country="UA"),
    Entry("ukrainian_defenders_day", "Defenders Day (Ukraine)",
          Eras((Era(Fixed(10, 14), since=2015, until=2022), Era(Fixed(10, 1), since=2023))), country="UA"),
    Entry("ukrainian_intercession", "Intercession (Ukraine)",
          Eras((Era(Fixed(10, 14), until=2022), Era(Fixed(10, 1), since=2023))), country="UA"),
    Entry("ukrainian_dignity_day", "Day of Dignity and Freedom (Ukraine)", Eras((Era(Fixed(11, 21), since=2014),)),
          country="UA"),
    Entry("holodomor_remembrance_day", "Holodomor Remembrance Day", Eras((Era(NthWeekday(11, SAT, 4), since=1998),)),
          country="UA"),
    Entry("ukrainian_armed_forces_day", "Armed Forces Day (Ukraine)", Eras((Era(Fixed(12, 6), since=1993),)),
          country="UA"),
    Entry("ukrainian_st_nicholas_day", "St Nicholas Day (Ukraine)",
          Eras((Era(Fixed(12, 19), until=2022), Era(Fixed(12, 6), since=2023))), country="UA"),
    # ---- the Easter cycle (Western)
    Entry("fat_thursday", "Fat Thursday", Easter(-52)),
    Entry("rose_monday", "Rose Monday", Easter(-48)),
    Entry("carnival", "Carnival", Easter(-50, days=4), note="Saturday to Shrove Tuesday"),
    Entry("shrove_tuesday", "Shrove Tuesday", Easter(-47)),
    Entry("ash_wednesday", "Ash Wednesday", Easter(-46)),
    Entry("lent", "Lent", Easter(-46, days=46)),
    Entry("mothering_sunday", "Mothering Sunday", Easter(-21)),
    Entry("palm_sunday", "Palm Sunday", Easter(-7)),
    Entry("holy_week", "Holy Week", Easter(-7, days=7)),
    Entry("maundy_thursday", "Maundy Thursday", Easter(-3)),
    Entry("good_friday", "Good Friday", Easter(-2)),
    Entry("holy_saturday", "Holy Saturday", Easter(-1)),
    Entry("easter", "Easter Sunday", Easter(0)),
    Entry("easter_monday", "Easter Monday", Easter(1)),
    Entry("ascension", "Ascension Day", Easter(39)),
    Entry("pentecost", "Pentecost", Easter(49)),
    Entry("whit_monday", "Whit Monday", Easter(50)),
    Entry("trinity_sunday", "Trinity Sunday", Easter(56)),
    Entry("corpus_christi", "Corpus Christi", Easter(60)),
    # ---- the Easter cycle (Orthodox)
    Entry("maslenitsa", "Maslenitsa", Easter(-55, days=7, orthodox=True), note="the week before Great Lent"),
    Entry("forgiveness_sunday", "Forgiveness Sunday", Easter(-49, orthodox=True)),
    Entry("clean_monday", "Clean Monday", Easter(-48, orthodox=True)),
    Entry("great_lent", "Great Lent", Easter(-48, days=40, orthodox=True)),
    Entry("lazarus_saturday", "Lazarus Saturday", Easter(-8, orthodox=True)),
    Entry("orthodox_palm_sunday", "Orthodox Palm Sunday", Easter(-7, orthodox=True)),
    Entry("orthodox_holy_thursday", "Orthodox Holy Thursday", Easter(-3, orthodox=True)),
    Entry("orthodox_good_friday", "Orthodox Good Friday", Easter(-2, orthodox=True)),
    Entry("orthodox_holy_saturday", "Orthodox Holy Saturday", Easter(-1, orthodox=True)),
    Entry("orthodox_easter", "Orthodox Easter Sunday", Easter(0, orthodox=True)),
    Entry("orthodox_easter_monday", "Orthodox Easter Monday", Easter(1, orthodox=True)),
    Entry("orthodox_ascension", "Orthodox Ascension Day", Easter(39, orthodox=True)),
    Entry("orthodox_pentecost", "Orthodox Pentecost", Easter(49, orthodox=True)),
    # ---- Jewish (Hebrew calendar; the span starts on the eve)
    Entry("rosh_hashanah", "Rosh Hashanah", Hebrew("tishrei", 1, days=3)),
    Entry("yom_kippur", "Yom Kippur", Hebrew("tishrei", 10)),
    Entry("sukkot", "Sukkot", Hebrew("tishrei", 15, days=9)),
    Entry("shemini_atzeret", "Shemini Atzeret", Hebrew("tishrei", 22)),
    Entry("simchat_torah", "Simchat Torah", Hebrew("tishrei", 23)),
    Entry("hanukkah", "Hanukkah", Hebrew("kislev", 25, days=8)),
    Entry("tu_bishvat", "Tu BiShvat", Hebrew("shevat", 15)),
    Entry("purim", "Purim", Hebrew("purim", 14)),
    Entry("shushan_purim", "Shushan Purim", Hebrew("purim", 15)),
    Entry("passover", "Passover", Hebrew("nisan", 15, days=9)),
    Entry("yom_hashoah", "Yom HaShoah", Hebrew("nisan", 27, shift="shoah")),
    Entry("yom_hazikaron", "Yom HaZikaron", Hebrew("iyar", 4, shift="zikaron")),
    Entry("yom_haatzmaut", "Yom Ha'atzmaut", Hebrew("iyar", 5, shift="haatzmaut")),
    Entry("lag_baomer", "Lag BaOmer", Hebrew("iyar", 18)),
    Entry("yom_yerushalayim", "Yom Yerushalayim", Hebrew("iyar", 28)),
    Entry("shavuot", "Shavuot", Hebrew("sivan", 6, days=3)),
    Entry("tisha_bav", "Tisha B'Av", Hebrew("av", 9, shift="av")),
    # ---- Islamic (Umm al-Qura)
    Entry("islamic_new_year", "Islamic New Year", Hijri(1, 1)),
    Entry("ashura", "Ashura", Hijri(1, 10)),
    Entry("mawlid", "Mawlid", Hijri(3, 12)),
    Entry("isra_miraj", "Isra and Mi'raj", Hijri(7, 27)),
    Entry("shab_e_barat", "Shab-e-Barat", Hijri(8, 15)),
    Entry("ramadan", "Ramadan", Hijri(9, 1, until=(10, 1))),
    Entry("laylat_al_qadr", "Laylat al-Qadr", Hijri(9, 27)),
    Entry("jumuatul_wida", "Jumu'atul-Wida", HijriLastFriday(9)),
    Entry("eid_al_fitr", "Eid al-Fitr", Hijri(10, 1)),
    Entry("day_of_arafah", "Day of Arafah", Hijri(12, 9)),
    Entry("eid_al_adha", "Eid al-Adha", Hijri(12, 10)),
    # ---- Chinese calendar and solar terms
    Entry("chinese_new_year", "Chinese New Year", Chinese(1, 1)),
    Entry("chinese_new_years_eve", "Chinese New Year's Eve", Chinese(1, 1, offset=-1)),
    Entry("lantern_festival", "Lantern Festival", Chinese(1, 15)),
    Entry("qingming", "Qingming Festival", SolarTerm("qingming")),
    Entry("dragon_boat_festival", "Dragon Boat Festival", Chinese(5, 5)),
    Entry("qixi", "Qixi Festival", Chinese(7, 7)),
    Entry("ghost_festival", "Ghost Festival", Chinese(7, 15)),
    Entry("mid_autumn_festival", "Mid-Autumn Festival", Chinese(8, 15)),
    Entry("double_ninth_festival", "Double Ninth Festival", Chinese(9, 9)),
    Entry("dongzhi", "Dongzhi Festival", SolarTerm("dongzhi")),
    Entry("laba_festival", "Laba Festival", Chinese(12, 8)),
    Entry("nowruz", "Nowruz", Nowruz()),
    # ---- Hindu, Sikh and Jain (the Indian engine; tithis 1-15 Shukla, 16-30 Krishna, amanta months)
    Entry("diwali", "Diwali", Tithi("ashvin", 30, 'sunset', 'Amavasya of Ashvin (amanta; Kartika purnimanta) prevailing at sunset (the first such evening)')),
    Entry("dhanteras", "Dhanteras", Tithi("ashvin", 28, 'pradosh-last', 'Krishna Trayodashi of Ashvin (amanta) prevailing at sunset (the later such evening)')),
    Entry("naraka_chaturdashi", "Naraka Chaturdashi", Tithi("ashvin", 30, 'sunset', 'the day before Diwali (Choti Diwali)', offset=-1)),
    Entry("govardhan_puja", "Govardhan Puja", Tithi("kartika", 1, 'morning', 'Shukla Pratipada of Kartika prevailing in the morning (a fifth of the daytime after sunrise)')),
    Entry("bhai_dooj", "Bhai Dooj", Tithi("kartika", 2, 'aparahna', 'Shukla Dwitiya of Kartika, the day it covers most of the afternoon (aparahna)')),
    Entry("chhath", "Chhath", Tithi("kartika", 6, 'sunrise', 'Shukla Shashthi of Kartika at sunrise (the day of the evening offering)')),
    Entry("navaratri", "Navaratri", NotComputed("Ashvin Shukla Pratipada to Navami", _HINDU)),
    Entry("maha_saptami", "Maha Saptami", Tithi("ashvin", 7, 'sunrise', 'Shukla Saptami of Ashvin at sunrise')),
    Entry("durga_ashtami", "Durga Ashtami", NotComputed("eighth day of Navaratri", _HINDU)),
    Entry("maha_navami", "Maha Navami", NotComputed("ninth day of Navaratri", _HINDU)),
    Entry("vijayadashami", "Vijayadashami", NotComputed("Ashvin Shukla Dashami", _HINDU)),
    Entry("karva_chauth", "Karva Chauth", Tithi("ashvin", 19, 'moonrise', 'Krishna Chaturthi of Ashvin (amanta; Kartika purnimanta) at moonrise (taken as sunset + a tenth of the night)')),
    Entry("ratha_yatra", "Ratha Yatra", Tithi("ashadha", 2, 'sunrise', 'Shukla Dwitiya of Ashadha at sunrise')),
    Entry("raksha_bandhan", "Raksha Bandhan", Tithi("shravana", 15, 'morning', 'Purnima of Shravana prevailing in the morning (a fifth of the daytime after sunrise)')),
    Entry("mahavir_jayanti", "Mahavir Jayanti", Tithi("chaitra", 13, 'sunrise', 'Shukla Trayodashi of Chaitra at sunrise')),
    Entry("maha_shivaratri", "Maha Shivaratri", Tithi("magha", 29, 'midnight', 'Krishna Chaturdashi of Magha (amanta; Phalguna purnimanta) at midnight (nishita)')),
    Entry("dayananda_saraswati_jayanti", "Dayananda Saraswati Jayanti", Tithi("magha", 25, 'sunrise', 'Krishna Dashami of Magha (amanta; Phalguna purnimanta) at sunrise')),
    Entry("thai_pongal", "Thai Pongal", SiderealSolar("pongal", 'the day the Sun enters sidereal Capricorn (Lahiri), the next day when after sunset (Chennai)')),
    Entry("boghi", "Boghi", SiderealSolar("pongal", 'the day before Thai Pongal', offset=-1)),
    Entry("mattu_pongal", "Mattu Pongal", SiderealSolar("pongal", 'the day after Thai Pongal', offset=1)),
    Entry("kaanum_pongal", "Kaanum Pongal", SiderealSolar("pongal", 'two days after Thai Pongal', offset=2)),
    Entry("vaisakhi", "Vaisakhi", SiderealSolar("vaisakhi", 'the day (IST) the Sun enters sidereal Aries (Lahiri)')),
    Entry("thiru_onam", "Thiru Onam", NotComputed("Thiruvonam nakshatra in the month of Chingam", _ONAM, calendar="hindu-solar")),
    Entry("rabindra_jayanti", "Rabindra Jayanti", SiderealSolar("rabindra", '25 Boishakh: 1 Boishakh is the day after the Sun enters sidereal Aries (two days after when that is past midnight in Kolkata)')),
    Entry("vasant_panchami", "Vasant Panchami", Tithi("magha", 5, 'sunrise', 'Shukla Panchami of Magha at sunrise')),
    Entry("holika_dahan", "Holika Dahan", Tithi("phalguna", 15, 'holika', 'the evening of Phalguna Purnima after Bhadra; the next evening when Bhadra lasts the night and Purnima covers three quarters of the next day')),
    Entry("holi", "Holi", Tithi("phalguna", 15, 'holika', 'the day after Holika Dahan', offset=1)),
    Entry("krishna_janmashtami", "Krishna Janmashtami", Tithi("shravana", 23, 'pradosh-last', 'Krishna Ashtami of Shravana (amanta; Bhadrapada purnimanta) prevailing at sunset (the later such evening)')),
    Entry("ganesh_chaturthi", "Ganesh Chaturthi", Tithi("bhadrapada", 4, 'madhyahna', 'Shukla Chaturthi of Bhadrapada, the day it covers most of midday (madhyahna)')),
    Entry("rama_navami", "Rama Navami", Tithi("chaitra", 9, 'sunrise', 'Shukla Navami of Chaitra at sunrise')),
    Entry("ugadi", "Ugadi", Tithi("chaitra", 1, 'sunrise', 'Shukla Pratipada of Chaitra at sunrise')),
    Entry("guru_gobind_singh_jayanti", "Guru Gobind Singh Jayanti", Tithi("pausha", 7, 'sunrise', 'Shukla Saptami of Pausha at sunrise (can fall twice in a year, or not at all)')),
    Entry("guru_ravidass_jayanti", "Guru Ravidass Jayanti", Tithi("magha", 15, 'sunrise', 'Purnima of Magha at sunrise')),
    Entry("pargat_diwas", "Pargat Diwas", Tithi("ashvin", 15, 'sunrise', 'Purnima of Ashvin at sunrise')),
    Entry("guru_nanak_jayanti", "Guru Nanak Jayanti", Tithi("kartika", 15, 'sunrise', 'Purnima of Kartika at sunrise')),
    Entry("vesak", "Vesak", NotComputed("full moon of Vesakha", _BUDDHIST, calendar="buddhist")),
)
