"""holdout81: accepted other forms of each labelled employer's name (company_forms.csv). CC0 1.0.

Bare river or region names (Donau, Vltava, Levante, Brabant, Najd, Ionian) are not accepted on their own.
"""

from __future__ import annotations

FORMS: dict[str, list[str]] = {
    "Aerolíneas Hesperia": ["Hesperia"],
    "Air Lumière": [],
    "Albion Airways": ["Albion"],
    "Alisios Airlines": ["Alisios"],
    "Alpina Swiss Air Lines": ["Alpina Swiss", "Alpina"],
    "Aquila Airways": ["Aquila"],
    "Atlântica": ["Atlântica Linhas Aéreas"],
    "Aurora Iceland Air": ["Aurora Iceland", "Aurora Air"],
    "Baltic Amber Airlines": ["Baltic Amber"],
    "Boreal Airways": ["Boreal"],
    "Brabant Airlines": [],
    "Dilmun Air": ["Dilmun"],
    "Donau Airways": [],
    "EuroFreight Airlines": ["EuroFreight", "EFA"],
    "ExpressLink Aviation": ["ExpressLink"],
    "Gulf Falcon Airways": ["Gulf Falcon", "GFA"],
    "Hanseatic Airways": ["Hanseatic"],
    "Ibercarga Air": ["Ibercarga"],
    "Ionian Airways": [],
    "Levante Regional": [],
    "Meridian Freight Airlines": ["Meridian Freight"],
    "Muscat Pearl Airways": ["Muscat Pearl"],
    "Najd Airlines": ["flynajd"],
    "Nordic Star Airlines": ["Nordic Star"],
    "Noordzee Air": ["KNL Noordzee Air", "KNL", "Koninklijke Noordzee Luchtvaartmaatschappij", "Noordzee"],
    "Qamar Airways": ["Qamar"],
    "Sahra Air Cargo": ["Sahra Cargo", "Sahra"],
    "Saraya Air": ["Saraya"],
    "Saxonia Air Cargo": ["Saxonia Cargo", "Saxonia"],
    "Shamrock Atlantic": [],
    "Sonnenflug": ["Sonnenflug Airlines"],
    "Vltava Airlines": [],
    "Wisła Airlines": ["Wisła", "PLL Wisła", "Polskie Linie Lotnicze Wisła"],
    "Zephyr Air Cargo": ["Zephyr Cargo", "Zephyr"],
}
