"""The fullest way an event writes the employer's name: "Hollerbach Maschinenbau" for hollerbach-mb.de, "Obras y
Viales Tajo" for ovtajo.es, "Caisse cantonale genevoise de prévoyance" for CCGP, "Helior Énergies" for "Helior".

A domain label abbreviates a name when each word gives all its letters, a prefix, or its initial and at most two
more of its letters in order ("mb" = Maschinenbau, "fh" = Flughafen, "lea" = Landesenergieagentur); particles may
be skipped, hyphenated parts may come in any order ("tramontana-se" = Sistemas Eléctricos Tramontana), and one
trailing word the domain leaves out is allowed, unless it is a place the event names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from afterview.daemon.eventclass.companyname import (
    ORG_WORDS,
    clean_company,
    legal_line,
    unlinked,
    without_legal_form,
    written_whole,
)
from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, DISPLAY_DROP, STOP, TRADE_LEADS, label_variants
from afterview.daemon.eventclass.role import CITIES
from afterview.daemon.eventclass.signals import fold, squash

__all__ = ["abbreviates", "fullest"]

_PARTICLES = frozenset({"de", "del", "des", "du", "da", "di", "la", "le", "los", "las", "von", "van", "der", "den",
                        "y", "e", "et", "und", "of", "the", "&", "and", "d", "l", "fur"})
# Words that join a second thing to a name, or a German article before a noun: never before a left-out last word.
_JOINERS = frozenset({"und", "et", "y", "and", "&", "der", "die", "das", "the"})
# The kind of organisation, written before the name and often left out of the domain: "Groupe Saônor" at saonor.fr.
_LEADING = frozenset({"groupe", "group", "grupo", "gruppe", "gebruder", "gebr", "laboratorios", "laboratorio",
                      "laboratoires", "laboratoire", "seguros", "assurances", "cabinet", "bureau", "stadtwerke",
                      "fundacion", "fondation", "stiftung", "compagnie", "compania", "societe", "sociedad", "banque",
                      "banco",
                      # public bodies: "University of Kestrel Hill" at kestrelhill.ac.uk, "Klinikum Spreebogen"
                      "university", "universidad", "universite", "universitat", "universita", "universiteit",
                      "hochschule", "college", "hospital", "hopital", "klinikum", "klinik", "clinica", "clinique",
                      "museum", "musee", "museo", "fundacao", "institut", "instituto", "institute", *TRADE_LEADS})
# Countries and regions a company writes after its name for a subsidiary ("Ventura Foods Deutschland").
_PLACES = frozenset({"deutschland", "germany", "austria", "osterreich", "schweiz", "suisse", "switzerland",
                     "france", "espana", "spain", "portugal", "uk", "dach"})
_CAP = "A-ZÀ-ÖØ-Þ"
# Words for the kind of business a name may hold between the parts its domain spells ("Elbufer International School"
# at elbufer-school.de).
_KIND = (COMPANY_WORDS | _LEADING | {"international", "internationale", "internacional", "bilingual", "bilingue"}) \
    - {"the", "and"}
_TRANSLATED = {"bank": ("banco", "banque"), "insurance": ("seguros", "assurances"), "hotels": ("hoteles",)}
# A city written after the name ("Pavillon Events Bruxelles"): the office, unless the domain spells it; not a
# country's name ("Banco Atlántico Luxembourg" is the subsidiary there).
_CITY_WORD = re.compile(rf"(?!lux)(?:{CITIES})", re.IGNORECASE)
# Words that never end or fill a company name here; "Engineering" and "Software" do ("Atlantica Engineering").
_STOP = STOP - {"engineering", "software", "systems", "data"}
# Where a name cannot go on: a sentence, a clause, a title's separator.
_SPANS = re.compile(r"(?<=[.,;:!?()\[\]–—|/])\s|\s[-–—|/:+]\s|\n")
_WORD = re.compile(rf"[{_CAP}0-9][\w'’&-]*|[a-zß-öø-ÿ][\w'’-]*|&")


_TOKEN = re.compile(r"[a-z0-9]+|&")
_ELIDED = re.compile(rf"^(?:[lLdD]|qu)['’](?=[{_CAP}])")


_HONORIFICS = frozenset({"herr", "herrn", "frau", "mr", "mrs", "ms", "dr", "monsieur", "madame", "mme", "senor",
                         "senora", "don", "dona"})


@lru_cache(maxsize=16384)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(name)))


@lru_cache(maxsize=16384)
def _ends(label: str, words: tuple[str, ...], pos: int, index: int) -> frozenset[int]:
    """Given label[pos:] and words[index:], returns the index after the last word used for every way the words
    spell the rest of the label."""
    if pos == len(label):
        return frozenset({index})
    if index == len(words):
        return frozenset()
    word = words[index]
    found: set[int] = set()
    if index > 0 and (word in _PARTICLES or (word in _KIND and pos > 0 and index + 1 < len(words))):
        # a particle, or a word for the kind of business between parts the domain spells ("NorthStar Health Cover"
        # at northstarcover, "Groupe Hôtelier Lumen" at groupe-lumen)
        found |= _ends(label, words, pos, index + 1)
    for size in range(len(word), 0, -1):
        if label.startswith(word[:size], pos):
            found |= _ends(label, words, pos + size, index + 1)
    if label[pos] == word[0] and len(word) > 2:
        # the initial and one or two later letters in order: "mb" = Maschinenbau, "lea" = Landesenergieagentur
        # (the earliest match of each letter decides whether one exists)
        rest = word[1:]
        first = rest.find(label[pos + 1]) if pos + 1 < len(label) else -1
        if first >= 0:
            found |= _ends(label, words, pos + 2, index + 1)
            if pos + 2 < len(label) and rest.find(label[pos + 2], first + 1) >= 0:
                found |= _ends(label, words, pos + 3, index + 1)
    return frozenset(found)


def _spells(label: str, words: tuple[str, ...], places: frozenset[str]) -> int:
    """Given a squashed label and a name's words, returns how many words it spells (0: it does not)."""
    best = 0
    # "Groupe Hôtelier Côte Bleue": one or two words for the kind of organisation before the name
    leads = next((k for k in range(min(2, len(words) - 1), 0, -1) if set(words[:k]) <= _LEADING), 0) \
        or int(len(words) > 1 and _acronym_of(words[0], "".join(words[1:])))
    for start in range(leads + 1):
        for end in _ends(label, words, 0, start):
            tail = [w for w in words[end:] if w not in _PARTICLES]
            if len(tail) > 1 or any((len(w) < 3 and w not in COMPANY_WORDS) or w.isdigit() or w in places
                                    or _CITY_WORD.fullmatch(w)
                                    for w in tail) or (tail and _JOINERS & set(words[end:])):
                continue  # ("Stellwerk und der Rolle": a second thing, not a word of the name)
            best = max(best, len([w for w in words if w not in _PARTICLES]))
    return best


def _acronym_of(word: str, rest: str) -> bool:
    """Given a name's first word and its other words squashed, returns whether the word is their short form, written
    before them ("WPP Windpark-Planer": w, p, p in order)."""
    return 2 <= len(word) <= 4 and word.isalpha() and word[0] == rest[:1] and _in_order(word[1:], rest[1:])


@lru_cache(maxsize=1024)
def _readings(label: str) -> tuple[tuple[str, bool], ...]:
    """Given a domain label, returns its readings: (squashed letters, whether it leaves out the last part)."""
    parts = [p for p in re.split(r"[^a-z0-9]+", label.lower()) if p]
    readings = {"".join(order) for order in itertools.permutations(parts)} if 1 < len(parts) <= 3 else set()
    readings |= set(label_variants(label))
    # the domain's English company word for the name's own ("openfinbank" for "Openfin Banco Digital")
    readings |= {r.replace(en, other) for r in readings for en, others in _TRANSLATED.items() if en in r
                 for other in others}
    shortened = "".join(parts[:-1]) if len(parts) > 1 and len("".join(parts[:-1])) >= 2 else ""
    # "iha-geneva": the last part says where
    return tuple((r, False) for r in sorted(readings - {shortened})) + (((shortened, True),) if shortened else ())


def _in_order(letters: str, text: str) -> bool:
    """Given letters and a text, returns whether the text holds the letters in that order."""
    rest = iter(text)
    return all(ch in rest for ch in letters)


@lru_cache(maxsize=16384)
def abbreviates(label: str, name: str, places: frozenset[str] = frozenset(), short_min: int = 2) -> int:
    """Given a domain label and a name as written, returns the number of the name's words the label abbreviates
    (0: it does not abbreviate the name). `places`: folded words of where the event is, never a trailing word;
    `short_min`: how many words must spell the label without its last hyphenated part ("iha-geneva")."""
    words = _tokens(name)
    if not words or words[0] in _PARTICLES:
        return 0
    squashed = "".join(words)
    best = 0
    for reading, shortened in _readings(label):
        # each word gives letters of its own, in order: a reading the name does not hold in order cannot fit
        if _in_order(reading, squashed) and (count := _spells(reading, words, places)) \
                and (not shortened or count >= short_min):
            best = max(best, count)
    return best


@lru_cache(maxsize=256)
def _starts(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Given a text, returns each capitalised word with the words after it in its clause (at most five)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for span in _SPANS.split(text):
        tokens = _WORD.findall(span)
        found.extend((fold(token)[:1], tuple(tokens[i: i + 6])) for i, token in enumerate(tokens) if token[0].isupper())
        # "de l'Enseignement catholique de Savoie": a name may start after an elided article (which stays inside one:
        # "Musée de l'Espace Occitan")
        found.extend((fold(bare)[:1], (bare, *tokens[i + 1: i + 6])) for i, token in enumerate(tokens)
                     if (bare := _ELIDED.sub("", token)) != token)
    return tuple(found)


def _runs(text: str, initials: frozenset[str]) -> Iterable[str]:
    """Given a text and the letters a name may start with, returns every run of up to six words that starts with a
    capitalised word (lowercase words and particles inside: "Caisse cantonale genevoise de prévoyance")."""
    for initial, tokens in _starts(text):
        if initial in initials or fold(tokens[0]) in _LEADING:
            for j in range(1, len(tokens) + 1):
                yield " ".join(tokens[:j])


@lru_cache(maxsize=1024)
def _initials(label: str) -> frozenset[str]:
    """Given a domain label, returns the letters a name it abbreviates can start with."""
    parts = [p for p in re.split(r"[^a-z0-9]+", label.lower()) if p]
    return frozenset(p[0] for p in parts) | frozenset(v[0] for v in label_variants(label) if v)


def _consistent(run: str, texts: Sequence[str]) -> bool:
    """Given a name whose last word the domain leaves out, returns whether the texts always write that word after
    the rest ("Galenia Ibérica" throughout, not "Harcourt Lyle" here and "Harcourt Lyle Advisory" in a signature)."""
    core = run.rsplit(" ", 1)[0]
    pattern = re.compile(rf"(?<!\w){re.escape(fold(core))}(?!\w)(?! {re.escape(fold(run.rsplit(' ', 1)[1]))})")
    return not any(pattern.search(fold(text)) for text in texts)


def fullest(company: str | None, texts: Sequence[str], labels: Sequence[str], location: str,
            excluded: set[str]) -> str | None:
    """Given the company found, the event's texts, the employer's domain labels, the location and folded names
    that are no company (people), returns the fullest name the texts write that the labels abbreviate and that
    agrees with the company (or the company)."""
    texts = [unlinked(text) for text in texts]
    # where the event is: not a word of the name (the location often starts with the company's name)
    company = _without_place(company, location, labels)
    places = (frozenset(re.findall(r"[a-z0-9]+", fold(location))) - set(_tokens(company or ""))) | _PLACES
    best, best_key = company, (0, 0)
    squashed = squash(company) if company else ""
    # a name shown from the domain ("Quantiva Cro") that the texts never write gives way to one word they do write
    # ("Quantiva") that the domain spells without its last part
    unwritten = bool(company) and not any(fold(company or "") in fold(text) for text in texts)
    title = fold(texts[0]) if texts else ""
    in_title = bool(company) and re.search(rf"(?<!\w){re.escape(fold(company or ''))}(?!\w)", title) is not None
    words_of = (company or "").split()
    for label in labels:
        # ... when that part is a short tag, not a word of the name ("-cro", "-ls"; not "-energy", "-werke")
        last = label.rpartition("-")[2]
        short_min = 1 if unwritten and "-" in label and len(last) <= 3 and last not in ORG_WORDS else 2
        have = abbreviates(label, company, places) if company else 0
        if company and not (have or any(
                squashed in v or squashed.startswith(v) for v in label_variants(label))):
            continue  # the company found is not this domain's
        if short_min == 2:
            best_key = max(best_key, (have, len(company or "")))
        if company and not unwritten and abbreviates(label, company, places, 99):
            # the company spells the whole label ("Kestrel Academy" at kestrel-academy.com): a name that spells it
            # without its last part ("Kestrel Logistics") is another organisation
            short_min = 99
        initials = _initials(label)
        for text in texts:
            for run in _runs(text, initials):
                key = (abbreviates(label, run, places, short_min), len(run))
                if not key[0] or key <= best_key:
                    continue
                words = run.split()
                if not unwritten and fold(company or "").startswith(fold(run) + " "):
                    continue  # "Rivage Hotels & Resorts" as written, not its first words
                if in_title and fold(run).endswith(" " + fold(company or "")) and fold(run) not in title \
                        and fold(run) not in fold(location):
                    # "Campus Norte" as the title writes it, not "la Universidad Campus Norte" in prose (but
                    # "Laboratorios Brisa" heading the address)
                    continue
                if in_title and " " in (company or "") and fold(company or "") not in fold(run) \
                        and fold(run) not in title and not any(w.isupper() and len(w) > 1 for w in words_of):
                    # "Hoteles Montaña Blanca" as the title writes it, not "Hotel Montaña Blanca Sölden" (but "Cirrus
                    # FTS" written out)
                    continue
                if (words[-1][:1].islower() and "'" not in words[-1] and "’" not in words[-1]
                        and fold(words[-2]) not in _PARTICLES) or fold(words[0]) in _HONORIFICS:
                    # "Hallerstein freut (sich)", "Herr Hallerstein": a sentence or a person, not a name (but "Agence
                    # du numérique", "Chantier Naval de l'Odet")
                    continue
                if fold(run) in excluded or _person_after(run, excluded) \
                        or any(fold(w) in _STOP or _CODE.fullmatch(w) for w in words) \
                        or any(len(w) < 2 and w.isupper() for w in words) or clean_company(run) != run:
                    continue
                if len(words) > 1 and abbreviates(label, " ".join(words[:-1]), places) and (
                        not words[-1][0].isupper() or not _consistent(run, texts[:2])):
                    continue  # the domain spells it without its last word, which the texts do not always write
                best, best_key = run, key
        if (named := _title_name(texts[0] if texts else "", label, places)) and (len(named.split()), 0) > best_key \
                and (unwritten or not fold(company or "").startswith(fold(named) + " ")):
            # (not "Rivage Hotels" in the title when the event writes "Rivage Hotels & Resorts")
            best, best_key = named, (len(named.split()), len(named))
    if best:
        # "Lumenta Learning Inc." in the text: the name the company registers wins over a shorter one; "Festival
        # Lumières Sonores" wherever the event writes "Lumières Sonores": the name it always writes
        best = written_whole(legal_line(_with_lead(best, texts), texts), texts, location)
    named = _with_spelled_tail(best, texts, labels)
    named = _city_administration(named, texts)
    return _nominative(without_legal_form(named) if named else named, texts)


# A town's own administration, as the texts call it: "Stadt Biel" for biel-bienne.ch, "Ville de Nyon" for "Nyon".
_ADMINISTRATION = re.compile(
    r"\b(?:Ville de|Stadt|Commune de|Municipalit[ée] de|Mairie de|Ayuntamiento de|Ajuntament de|Concello de"
    r"|City of|Town of|Gemeinde|Marktgemeinde|Einwohnergemeinde|Gemeindeverwaltung|Stadtverwaltung|Landeshauptstadt"
    r"|Comune di)\s+([A-ZÀ-Þ][\w'’-]*)")


def _city_administration(name: str | None, texts: Sequence[str]) -> str | None:
    """Given the company found (a town's name, one or two words) and the texts, returns the town's administration
    as the texts write it when they do ("Ville de Nyon"), else the company."""
    if not name or len(name.split()) > 2:
        return name
    words = set(fold(name).replace("-", " ").split())
    for text in texts:
        for match in _ADMINISTRATION.finditer(text):
            if fold(match.group(1)) in words:
                return match.group(0)
    return name


def _with_lead(name: str, texts: Sequence[str]) -> str:
    """Given a name and the texts, returns it with the kind of organisation the texts write before it ("Gebrüder
    Pichler Fruchtsäfte GmbH" for "Pichler Fruchtsäfte"), else the name."""
    if fold(name.split()[0]) in _LEADING:
        return name
    title = fold(texts[0]) if texts else ""
    for text in texts:
        for match in re.finditer(rf"(?<![\w-])([{_CAP}][\w.]*)\s+{re.escape(name)}(?![\w-])", text):
            lead = fold(match.group(1)).rstrip(".")
            # (not "la Universidad Campus Norte" in prose when the title writes "Campus Norte" alone)
            if lead in _LEADING and not re.search(rf"(?<!{re.escape(lead)} ){re.escape(fold(name))}", title):
                return f"{match.group(1)} {name}"
    return name


def _with_spelled_tail(name: str | None, texts: Sequence[str], labels: Sequence[str]) -> str | None:
    """Given the name found, the texts and the domain labels, returns it with the word the texts write after it when
    cleaning took that word off but the domain spells the name with it ("Orbital Ops" at orbitalops.io, "Cirrus
    Madrid" at cirrusmadrid.com); not a hiring word ("Acme Careers")."""
    if not name:
        return name
    squashed = {re.sub(r"[^a-z0-9]", "", label) for label in labels}
    for text in texts:
        if name + " " not in text:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)} ([{_CAP}][\w'’-]+)", text):
            word = match.group(1)
            whole = f"{name} {word}"
            if fold(word) in STOP or fold(word) in DISPLAY_DROP or clean_company(whole) != name:
                continue
            if squash(whole) in squashed:
                return whole
    return name


# German plural company words in the dative after "den": "bei den Wiener Zahlungsdiensten", "von den Stadtwerken".
_DATIVE_PLURAL = re.compile(r"(?<=\w)(dienste|werke|betriebe)n\b")


def _person_after(run: str, excluded: set[str]) -> bool:
    """Given a run of words and folded names that are no company (people's full and first names), returns whether the
    run ends in a person's first name, or full name, after other words ("AirMed Léman × Antoine Girard")."""
    words = re.findall(r"\w+", fold(run))
    people = [x.split() for x in excluded if " " in x and x.split()[0] in excluded]
    return any(words[-k:] == name[:k] for name in people for k in {1, len(name)} if 0 < k < len(words))


def _nominative(name: str | None, texts: Sequence[str]) -> str | None:
    """Given a name as found and the event's texts, returns it with a German dative plural ending taken off ("Wiener
    Zahlungsdiensten" -> "Wiener Zahlungsdienste"), and its first word's declension where the texts also write it
    undeclined ("der Deutschen Schule Guadalquivir" where the address says "Deutsche Schule Guadalquivir")."""
    if not name:
        return name
    name = _DATIVE_PLURAL.sub(r"\1", name)
    first, _, rest = name.partition(" ")
    if rest and first.endswith("en") and any(f"{first[:-1]} {rest}" in text for text in texts):
        return f"{first[:-1]} {rest}"
    return name


def _without_place(company: str | None, location: str, labels: Sequence[str]) -> str | None:
    """Given the company found, the location and the domain labels, returns it without a last word that is where the
    event is and that no label spells ("Voltaro Martorell" at voltaro.es, in "Polígono …, Martorell")."""
    words = (company or "").split()
    if len(words) < 2 or not (location or _CITY_WORD.fullmatch(words[-1])) or len(words[-1]) < 4 \
            or not words[-1].isalpha() or fold(words[-1]) in ORG_WORDS:
        return company  # "Finch & Co", "Lumengrid Energy": a company word is no place
    last = _tokens(words[-1])
    rest = " ".join(words[:-1])
    # where the event is, without the company's own name ("Kinetrix Munich, Balanstraße 73")
    where = fold(location).replace(fold(company or ""), " ")
    if last and (set(last) <= set(_tokens(where)) or _CITY_WORD.fullmatch(words[-1])) and any(
            abbreviates(label, rest) and not abbreviates(label, company or "", frozenset(last)) for label in labels):
        return rest
    # "Lernwerk Berlin" from lernwerk-berlin.de, at "Lernwerk, Torstraße 140, 10119 Berlin": the label's last part
    # is the city, and the location writes the name without it
    if last and set(last) <= set(_tokens(where)) and re.search(rf"(?<!\w){re.escape(fold(rest))}(?!\w)", where) \
            and any(label.rpartition("-")[2] == "".join(last) for label in labels):
        return rest
    return company


# A word of letters and digits mixed: a code or a password ("IAWSpanel25"), not a word of a name.
_CODE = re.compile(r"(?=[^\W\d_]*\d)(?=\d*[^\W\d_])\w{6,}")


def _title_name(title: str, label: str, places: frozenset[str]) -> str | None:
    """Given a title, a domain label and the event's places, returns a whole title part of two to four capitalised
    words that starts with the name the label spells ("… – Aerovía Gestión Aeroportuaria" for aerovia)."""
    for part in re.split(r"\s[-–—|:]\s|\s*\|\s*|:\s", title):  # ("Datakeel Interview: Legal Counsel")
        part = part.strip()
        words = part.split()
        if not 2 <= len(words) <= 4 or re.search(r"[,;.()]", part) or clean_company(part) != part:
            continue
        if not all(w[0].isupper() or fold(w) in _PARTICLES for w in words) or any(
                fold(w) in _STOP or fold(w) in places for w in words):
            continue
        if abbreviates(label, words[0], places) or abbreviates(label, " ".join(words[:2]), places):
            return part
    return None
