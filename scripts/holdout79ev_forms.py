"""holdout79: other accepted forms of each labelled employer's name (company_forms.csv; written blind; CC0 1.0).

Legal forms, case, accents and punctuation are forgiven by the scorer and not listed. Agencies, tools, parent
groups, regions and lone generic words are never listed.
"""

from __future__ import annotations

FORMS: dict[str, list[str]] = {
    "Médiane Pharma": ["Médiane"],
    "Brabantia Biologics": ["Brabantia Bio", "Brabantia"],
    "Santerra": ["Santerra Benelux", "Laboratoires Santerra"],
    "Pharmabel Consulting": ["Pharmabel"],
    "Lysandre Therapeutics": ["Lysandre", "Lysandre Tx"],
    "Genvalis": [],
    "Laboratoires Delvaux-Marchal": ["Delvaux-Marchal"],
    "Vesale Pharma": ["Vesale"],
    "Mosane": ["Mosane Bio", "Mosane Biotech"],
    "Hexagone Vaccines": ["Hexagone"],
    "Nivelles Cell Factory": ["NCF"],
    "Clinisphere": [],
    "Ardenne Radiopharma": ["ARP", "ARP Ardenne Radiopharma"],
    "Orbital Diagnostics": ["Orbital", "Orbital Dx"],
    "Lémanis": [],
    "Jura Galenics": [],
    "Helvepharm": [],
    "Kempen Generics": [],
    "Valbio": [],
    "Brightwater Pharmaceuticals": ["Brightwater", "Brightwater Pharma"],
    "Pharmalog Benelux": ["Pharmalog"],
    "MedQualis": [],
    "Cerulean Biologics": ["Cerulean", "Cerulean Biologics Europe"],
    "Kestrel Bio": ["Kestrel"],
    "Sequoia Rare Diseases": ["Sequoia RD", "Sequoia"],
    "Northfield Biologics": ["Northfield"],
    "Alpenrose Biologics": ["Alpenrose"],
    "Rheinknie Therapeutics": ["Rheinknie"],
    "Zeeland Biosciences": ["Zeeland Bio"],
    "Noordkade Health": ["Noordkade"],
    "Oranjewoud Pharma": ["Oranjewoud"],
    "Limmat Diagnostics": ["Limmat Dx"],
    "Vlietland Therapeutics": ["Vlietland", "Vlietland Tx"],
    "Ostara MedComms": ["Ostara"],
    "Noordzee Peptides": [],
    "Maasdelta Steriel": ["Maasdelta"],
    "Flandria Plasma": [],
    "Dreiland Pharma": [],
}
