"""holdout68: other accepted forms of each labelled employer's name (tests/corpus/events/company_forms.csv).

Decided from the companies themselves (see the split's brief on company forms): short names the company or its
people use, the name without a generic trailing word, '&' spelled out. No agencies, tools or parent groups."""

from __future__ import annotations

FORMS: dict[str, list[str]] = {
    "Alpenglück Travel": ["Alpenglück"],
    "Atlas Fares": [],
    "Brightmoor Insurance": ["Brightmoor"],
    "Corvane Systems": ["Corvane"],
    "Dekker Verzekeringen": [],
    "Dijkstra & Bos": ["Dijkstra en Bos", "Dijkstra and Bos"],
    "Fernweg": [],
    "Grachtwerk": [],
    "Harrow & Finch": ["Harrow and Finch"],
    "Havenstad Mobility": [],
    "Hoppr Logistics": ["Hoppr"],
    "Isarwerk Mobility": ["Isarwerk"],
    "Kestrel Payments": ["Kestrel"],
    "Kiezkasse": [],
    "Larkspur Finance": ["Larkspur"],
    "Lindenhof Software": ["Lindenhof"],
    "Lumenbox": [],
    "Meeuw Travel": ["Meeuw"],
    "Meridian Maps": [],
    "Nordsee Reisen": [],
    "Northbank Health": [],
    "Pebblepath": [],
    "Polderwind Energie": ["Polderwind"],
    "Quayside Labs": ["Quayside"],
    "Rheinhafen Logistik": [],
    "Rivierland Bank": ["Rivierland"],
    "Rumbo Claro": [],
    "Saltmarsh Analytics": ["Saltmarsh"],
    "Skylark Airways": ["Skylark"],
    "Sonnenfeld Energy": ["Sonnenfeld"],
    "Spreewerk Commerce": ["Spreewerk"],
    "Stichting Reisinformatie Nederland": ["Reisinformatie Nederland"],
    "Tidewater Bookings": ["Tidewater"],
    "Tulpa Health": ["Tulpa"],
    "Veloxa Bikes": ["Veloxa"],
    "Voyagr": [],
    "Voyelle": [],
    "Wayfarer Holidays": [],
    "Zilverreiger Media": ["Zilverreiger"],
}
