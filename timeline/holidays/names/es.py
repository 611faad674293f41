"""Spanish names of the holidays, as written (see the package docstring for the pattern syntax).

Spain's conventions where Spanish-speaking countries differ: "Día de la Madre" is
Spain's (the first Sunday of May), "Día del Padre" is San José (19 March), "Día
de los (Santos) Inocentes" is 28 December (the April joke day is "día de las
bromas de abril"), "Día de la Constitución" is Spain's (6 December). "Día de la
Independencia" alone is Mexico's (16 September), the largest Spanish-speaking
country; the others are named with their country ("Día de la Independencia de
Argentina").
"""

from __future__ import annotations

NAMES: dict[str, tuple[str, ...]] = {
    "new_years_day": ("Año Nuevo", "Día de Año Nuevo", "Primero de Año"),
    "new_years_eve": ("Nochevieja", "Noche Vieja", "Víspera de Año Nuevo"),
    "epiphany": ("Día de Reyes", "Reyes Magos", "Día de los Reyes Magos", "Epifanía", "Epifanía del Señor"),
    "valentines_day": ("San Valentín", "Día de San Valentín", "Día de los Enamorados",
                       "Día del Amor y la Amistad"),
    "womens_day": ("Día Internacional de la Mujer", "Día de la Mujer", "Día Internacional de la Mujer Trabajadora"),
    "st_josephs_day": ("Día de San José", "Festividad de San José", "Día del Padre"),
    "april_fools_day": ("Día de las Bromas de Abril", "Día de las Bromas", "Día de los Inocentes de Abril"),
    "may_day": ("Día del Trabajo", "Día del Trabajador", "Día Internacional de los Trabajadores",
                "Primero de Mayo", "Fiesta del Trabajo"),
    "mothers_day_es": ("Día de la Madre",),
    "st_johns_day": ("Día de San Juan", "Festividad de San Juan"),
    "st_james_day": ("Santiago Apóstol", "Día de Santiago", "Día de Santiago Apóstol"),
    "assumption": ("Asunción de la Virgen", "Asunción de María", "Día de la Asunción"),
    "hispanic_day": ("Día de la Hispanidad", "Fiesta Nacional de España", "Día del Pilar",
                     "Día de la Raza", "Día del Descubrimiento de América"),
    "all_saints_day": ("Todos los Santos", "Día de Todos los Santos"),
    "all_souls_day": ("Día de los Difuntos", "Día de los Fieles Difuntos", "Día de Difuntos"),
    "day_of_the_dead": ("Día de Muertos", "Día de los Muertos"),
    "spanish_constitution_day": ("Día de la Constitución", "Día de la Constitución Española"),
    "immaculate_conception": ("Inmaculada Concepción", "Día de la Inmaculada", "Inmaculada",
                              "Día de la Inmaculada Concepción"),
    "christmas_eve": ("Nochebuena", "Noche Buena", "Víspera de Navidad"),
    "christmas": ("Navidad", "Navidades", "Día de Navidad"),
    "st_stephens_day": ("San Esteban", "Día de San Esteban"),
    "holy_innocents_day": ("Día de los Inocentes", "Día de los Santos Inocentes", "Santos Inocentes"),
    "halloween": ("Noche de Brujas",),
    "thanksgiving": ("Día de Acción de Gracias",),
    "mexican_independence_day": ("Día de la Independencia", "Día de la Independencia de México",
                                 "Independencia de México"),
    "argentine_independence_day": ("Día de la Independencia de Argentina", "Independencia de Argentina",
                                   "Día de la Independencia Argentina"),
    "colombian_independence_day": ("Día de la Independencia de Colombia", "Independencia de Colombia"),
    "chilean_independence_day": ("Día de la Independencia de Chile", "Fiestas Patrias de Chile"),
    "peruvian_independence_day": ("Día de la Independencia del Perú", "Día de la Independencia de Perú",
                                  "Fiestas Patrias del Perú"),
    "venezuelan_independence_day": ("Día de la Independencia de Venezuela", "Independencia de Venezuela"),
    # the Easter cycle
    "carnival": ("Carnaval",),
    "shrove_tuesday": ("Martes de Carnaval", "Martes Lardero"),
    "ash_wednesday": ("Miércoles de Ceniza",),
    "lent": ("Cuaresma",),
    "palm_sunday": ("Domingo de Ramos",),
    "holy_week": ("Semana Santa", "Semana Mayor"),
    "maundy_thursday": ("Jueves Santo",),
    "good_friday": ("Viernes Santo",),
    "holy_saturday": ("Sábado Santo", "Sábado de Gloria"),
    "easter": ("Pascua", "Domingo de Pascua", "Domingo de Resurrección", "Pascua de Resurrección"),
    "easter_monday": ("Lunes de Pascua",),
    "ascension": ("Día de la Ascensión", "Jueves de la Ascensión", "Ascensión del Señor"),
    "pentecost": ("Pentecostés", "Domingo de Pentecostés"),
    "whit_monday": ("Lunes de Pentecostés",),
    "trinity_sunday": ("Santísima Trinidad", "Domingo de la Santísima Trinidad"),
    "orthodox_christmas": ("Navidad Ortodoxa",),
    "orthodox_easter": ("Pascua Ortodoxa",),
    # Jewish, Islamic, Chinese
    "rosh_hashanah": ("Año Nuevo Judío",),
    "yom_kippur": ("Día del Perdón", "Día de la Expiación"),
    "hanukkah": ("Jánuca", "Janucá", "Fiesta de las Luces"),
    "passover": ("Pascua Judía", "Pésaj"),
    "ramadan": ("Ramadán",),
    "eid_al_fitr": ("Fiesta del Fin del Ramadán", "Fiesta de la Ruptura del Ayuno"),
    "eid_al_adha": ("Fiesta del Sacrificio", "Fiesta del Cordero"),
    "islamic_new_year": ("Año Nuevo Islámico",),
    "chinese_new_year": ("Año Nuevo Chino", "Año Nuevo Lunar", "Fiesta de la Primavera"),
    # international days (UN)
    "arabic_language_day": ("Día Mundial de la Lengua Árabe", "Día de la Lengua Árabe"),
    "zero_discrimination_day": ("Día de la Cero Discriminación", "Día para la Cero Discriminación"),
    "cooperatives_day": ("Día Internacional de las Cooperativas", "Día Internacional del Cooperativismo"),
    "world_prematurity_day": ("Día de la Prematuridad Mundial", "Día Mundial de la Prematuridad",
                              "Día Mundial del Prematuro", "Día Mundial del Niño Prematuro"),
    "africa_day": ("Día de África",),
    "earth_hour": ("Hora del Planeta",),
    "world_water_day": ("Día Mundial del Agua",),
    "earth_day": ("Día de la Tierra",),
    "world_environment_day": ("Día Mundial del Medio Ambiente",),
    "human_rights_day": ("Día de los Derechos Humanos",),
    "world_aids_day": ("Día Mundial del Sida", "Día Mundial de la Lucha contra el Sida"),
}
