"""Portuguese names of the holidays, as written (see the package docstring for the pattern syntax).

Portugal's conventions where Portugal and Brazil differ: "Dia da Mãe" is the
first Sunday of May, "Dia do Pai" is São José (19 March), "Dia dos Namorados"
is 14 February. Holidays only Brazil keeps are known by their Brazilian names:
"Dia da Independência" (7 September), "Tiradentes" (21 April), "Proclamação da
República" (15 November), "Nossa Senhora Aparecida" (12 October), "Dia da
Consciência Negra" (20 November). "25 de Abril" names Portugal's Freedom Day
and resolves to the same day as the date does.
"""

from __future__ import annotations

NAMES: dict[str, tuple[str, ...]] = {
    "new_years_day": ("Ano Novo", "Dia de Ano Novo", "Dia do Ano Novo", "Dia da Confraternização Universal"),
    "new_years_eve": ("Véspera de Ano Novo", "Passagem de Ano", "Réveillon", "Noite de Ano Novo"),
    "epiphany": ("Dia de Reis", "Dia dos Reis", "Epifania", "Dia dos Reis Magos"),
    "valentines_day": ("Dia dos Namorados", "Dia de São Valentim"),
    "womens_day": ("Dia Internacional da Mulher", "Dia da Mulher"),
    "st_josephs_day": ("Dia do Pai", "Dia de São José"),
    "april_fools_day": ("Dia das Mentiras", "Dia da Mentira", "Dia dos Bobos"),
    "portuguese_freedom_day": ("Dia da Liberdade", "25 de Abril", "Dia 25 de Abril", "Revolução dos Cravos"),
    "tiradentes": ("Dia de Tiradentes",),
    "may_day": ("Dia do Trabalhador", "Dia do Trabalho", "Primeiro de Maio", "1.º de Maio", "1º de Maio"),
    "mothers_day_pt": ("Dia da Mãe",),
    "portugal_day": ("Dia de Portugal", "Dia de Camões", "Dia de Portugal, de Camões e das Comunidades Portuguesas",
                     "Dia da Raça"),
    "st_anthonys_day": ("Santo António", "Dia de Santo António", "Santo Antônio", "Dia de Santo Antônio"),
    "st_johns_day": ("Dia de São João", "Noite de São João"),
    "assumption": ("Assunção de Nossa Senhora", "Dia da Assunção", "Assunção de Maria"),
    "brazilian_independence_day": ("Dia da Independência", "Dia da Independência do Brasil",
                                   "Independência do Brasil", "Sete de Setembro"),
    "portuguese_republic_day": ("Implantação da República", "Dia da Implantação da República"),
    "our_lady_of_aparecida": ("Nossa Senhora Aparecida", "Dia de Nossa Senhora Aparecida",
                              "Dia da Padroeira do Brasil"),
    "all_saints_day": ("Dia de Todos os Santos", "Todos os Santos", "Dia de Todos-os-Santos"),
    "all_souls_day": ("Dia de Finados", "Finados", "Dia dos Fiéis Defuntos", "Dia dos Mortos"),
    "brazilian_republic_day": ("Proclamação da República", "Dia da Proclamação da República"),
    "black_consciousness_day": ("Dia da Consciência Negra", "Dia Nacional de Zumbi e da Consciência Negra"),
    "portuguese_restoration_day": ("Restauração da Independência", "Dia da Restauração da Independência",
                                   "Dia da Restauração"),
    "immaculate_conception": ("Imaculada Conceição", "Dia da Imaculada Conceição", "Dia de Nossa Senhora da Conceição"),
    "christmas_eve": ("Véspera de Natal", "Consoada", "Noite de Natal"),
    "christmas": ("Natal", "Dia de Natal"),
    "holy_innocents_day": ("Dia dos Santos Inocentes",),
    "halloween": ("Dia das Bruxas",),
    "thanksgiving": ("Dia de Ação de Graças",),
    # the Easter cycle
    "carnival": ("Carnaval",),
    "shrove_tuesday": ("Terça-feira de Carnaval", "Entrudo", "Terça-feira Gorda"),
    "ash_wednesday": ("Quarta-feira de Cinzas",),
    "lent": ("Quaresma",),
    "palm_sunday": ("Domingo de Ramos",),
    "holy_week": ("Semana Santa",),
    "maundy_thursday": ("Quinta-feira Santa",),
    "good_friday": ("Sexta-feira Santa", "Sexta-feira da Paixão"),
    "holy_saturday": ("Sábado de Aleluia", "Sábado Santo"),
    "easter": ("Páscoa", "Domingo de Páscoa", "Domingo da Ressurreição"),
    "ascension": ("Ascensão", "Dia da Ascensão", "Quinta-feira da Ascensão"),
    "pentecost": ("Pentecostes", "Domingo de Pentecostes"),
    "trinity_sunday": ("Santíssima Trindade", "Domingo da Santíssima Trindade"),
    "corpus_christi": ("Corpo de Deus",),
    "orthodox_christmas": ("Natal Ortodoxo",),
    "orthodox_easter": ("Páscoa Ortodoxa",),
    # Jewish, Islamic, Chinese
    "rosh_hashanah": ("Ano Novo Judaico",),
    "yom_kippur": ("Dia do Perdão", "Dia da Expiação"),
    "passover": ("Páscoa Judaica", "Pessach"),
    "eid_al_fitr": ("Festa do Fim do Ramadão", "Festa do Fim do Ramadã"),
    "eid_al_adha": ("Festa do Sacrifício",),
    "ramadan": ("Ramadão", "Ramadã"),
    "islamic_new_year": ("Ano Novo Islâmico",),
    "chinese_new_year": ("Ano Novo Chinês", "Ano Novo Lunar", "Festival da Primavera"),
    "earth_hour": ("Hora do Planeta",),
    "earth_day": ("Dia da Terra",),
}
