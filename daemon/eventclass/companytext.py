"""Where a title or description states a company: the phrasings around a name ("interested in joining Acme", "on
behalf of …", "Acme Recruiting", "cofundador de Rayo") and the words that end or break a name.

Patterns are written against the event's own text (not folded): a company's name is capitalised.
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.companyname import CO as _CO

__all__ = ["COMMUNITY", "DANGLING", "MEET_WITH", "SENTENCE_END", "TEXT_PATTERNS", "WITH_WORD"]

TEXT_PATTERNS = [re.compile(p) for p in (
    r"(?:interest|interested) in (?:joining |working (?:at|with) )?(?:the )?" + _CO,
    r"(?i:on behalf of) " + _CO,
    r"(?:[Cc]ompany|[Ee]mployer|[Uu]nternehmen|[Ff]irma|[Ee]ntreprise|[Ss]oci[ée]t[ée]|[Ee]mpresa)"
    r"\s*:\s*" + _CO,
    _CO + r" (?:[Rr]ecruiting|[Rr]ecruiter|[Tt]alent|[Hh]iring|[Pp]eople|[Cc]areers|HR|TA)(?: [Tt]eam)?\b",
    r"(?i:recruiting|hiring|recruiter) (?i:for|f[üu]r|pour|para) " + _CO,
    r"(?:[Tt]he|[Dd]as|[Ll]'[ée]quipe|[Ee]l equipo de|[Ee]quipo de|[Tt]eam) " + _CO + r"(?: [Tt]eam)?",
    r"(?:joining|join|bei|chez|zu|para|au sein de|unirte a|rejoindre) " + _CO,
    r"(?i:interview|call|chat|screen|conversation|gespr[aä]ch|entretien|entrevista)\s+(?:with|at|mit|bei|"
    r"avec|chez|con|en)\s+" + _CO,
    r"(?:\bat|(?<!\S)@)[ \n]" + _CO,  # (a line may break after "at")
    r"(?i:puesto|posici[oó]n|vacante|rol|plaza) (?:de|como) [^.\n]{1,60}? en " + _CO,
    r"(?i:recruiter|recruiting|hiring manager|talent partner|founder|cto|ceo|someone|people|team|hr)"
    r" (?i:from|of|at|von|de|del) " + _CO,
    # a founder's own words: "cofundador de Rayo", "I'm building Ledgerlight", "ich gründe gerade Hauswende"
    r"(?i:co-?founder|co-?fundador(?:a)?|cofundador(?:a)?|co-?fondat(?:eur|rice)|mit-?gr[üu]nder(?:in)?|founder"
    r"|fundador(?:a)?|fondat(?:eur|rice)|gr[üu]nder(?:in)?|associ[ée]s|socios|inhaber(?:in)?|owner|propri[ée]taire"
    r"|due[ñn]o|due[ñn]a) (?i:of|at|von|bei|de|chez|du|del) " + _CO,
    r"(?i:i(?:'m| am) (?:building|starting)|we(?:'re| are) building|what we(?:'re| are) building at|ich gr[üu]nde"
    r"(?: gerade)?|wir gr[üu]nden(?: gerade)?|wir bauen(?: gerade)? mit|je (?:monte|lance|cr[ée]e|co-?fonde|fonde)"
    r"|nous (?:montons|lan[cç]ons)"
    r"|estoy (?:montando|creando|lanzando)|estamos (?:montando|creando|lanzando)) " + _CO,
    # the one who runs it: "Geschäftsführerin der PflegeCampus Akademie Hamburg", "gerente de Ingeniería Bética Solar"
    r"(?i:gesch[äa]ftsf[üu]hrer(?:in)? (?:der|des|von)|gerente de(?:l| la)?|directeur g[ée]n[ée]ral de(?:s| la)?"
    r"|directrice g[ée]n[ée]rale de(?:s| la)?|managing director of(?: the)?"
    # "le directeur industriel des Forges de l'Ariège": a director of a named firm, what they direct between
    r"|direct(?:eur|rice) (?:industriel(?:le)?|technique|commercial(?:e)?|financier|financi[èe]re|des op[ée]rations"
    r"|des ressources humaines|d'usine|de site|de l'usine) (?:des|du|de la|de l'))\s?" + _CO,
    # "soy director de Academia Magister Sur": the one who runs it, introducing themselves
    r"(?i:soy|i'm|i am|je suis|ich bin) (?i:el |la |the |der |die )?(?i:director(?:a)?|direct(?:eur|rice)|head"
    r"|leiter(?:in)?) (?i:de(?:l| la)?|of|at|von|der|bei) " + _CO,
    # a booking form's question: "Pourquoi Panier Malin ?", "Why Acme?"
    r"(?m)^[¿]?(?i:pourquoi|why|warum|por qu[ée]) " + _CO + r"\s*\?",
    # "Charla con Jordi (fundador Mapamar)": who the person is, and where, in brackets
    r"\((?i:co-?founder|founder|co-?fundador(?:a)?|fundador(?:a)?|co-?fondat(?:eur|rice)|fondat(?:eur|rice)"
    r"|mit-?gr[üu]nder(?:in)?|gr[üu]nder(?:in)?|ceo|cto|coo|owner|inhaber(?:in)?|due[ñn][oa]) " + _CO + r"\)",
    r"^(?i:interview|vorstellungsg(?:e)?spr[aä]ch|bewerbungsg(?:e)?spr[aä]ch|entretien|entrevista|onsite|phone screen"
    r"|screening|recruiter call|telefoninterview|kennenlernen|intro call)\s+"
    r"(?!(?i:conversation|call|chat|session|meeting)\b)" + _CO,  # (not "Screening Conversation: …")
    # a small employer says what it is: "Alfama Stays (our 9 guesthouses in Lisbon)", "a 40-person legal ops startup
    # (Lumen Legal)", "Cours Valmont – école privée bilingue"
    _CO + r" \((?i:our|we(?:'re| are)|notre|nos|nous sommes|nuestr[oa]s?|somos|unser(?:e|en)?|wir sind) ",
    r"(?i:startup|start-up|company|firm|business|agency|practice|school|studio|agence|entreprise|cabinet|empresa"
    r"|estudio|firma|kanzlei|b[üu]ro) \(" + _CO + r"\)",
    _CO + r" [–—] (?i:[ée]cole|escuela|colegio|lyc[ée]e|coll[èe]ge|school|startup|start-up|cabinet|agence"
    r"|entreprise|empresa|estudio|kanzlei|b[üu]ro|studio|a|an|une?|una?|eine?)\b",
    # "Vorstellungsgespräch bei der Kellermann Lebensmittel GmbH": where, after an article, as its legal form says
    r"(?:bei|beim|f[üu]r) (?:der|dem|die|den) ((?:[A-ZÄÖÜ][\w&.'’-]*[ ]){1,4}(?:GmbH(?: & Co\. KG)?|AG|KG|SE|mbH"
    r"|KGaA))\b",
    # a founder's pitch: "I'll tell you more about Loopwise (we help small clinics …)"
    r"(?i:tell you (?:a bit |a little |more )?about) " + _CO + r"(?= \(| and|[,.])",
    # an agency's client, in apposition: "für unsere Auftraggeberin, die Kessler Totalunternehmung AG (Baden)"
    r"(?i:(?:unsere[rnm]?|our|notre|nuestr[oa]) (?:auftraggeber(?:in)?|kund(?:e|in)|mandant(?:in)?|client(?:e)?)"
    r",? (?:die|der|das|the|la|le|el) )" + _CO,
    # a public recruiter's client: "pour la fonction d'attaché·e (A2) – Politique du stationnement pour Bruxelles
    # Mobilité (réf. BMOB-2025-11)"
    r"(?i:fonction|poste|post|position|stelle|puesto)\b[^.\n]{0,80}? (?i:pour|for|f[üu]r|para) " + _CO
    + r"(?= \((?i:r[ée]f|ref|kennziffer|reference))",
    # an agency's client: "du mandat que nous a confié Papiers Saguenay inc."
    r"(?i:mandat que nous a confi[ée]) " + _CO,
    # an agency's client: "before I put your profile forward to Qamar"
    r"(?i:(?:put|send|present|introduce|submit)(?:ting)? (?:you|your (?:profile|cv|application|details))"
    r"(?: forward)? to) " + _CO,
    # a founder's signature or pitch from personal mail: "Sinéad\nFounder, Patchwork & Co.", "Kurz zu uns: Flinkwerk
    # liefert …", "we're setting up Zephyr Air Cargo"
    r"(?i:co-?founder|founder|co-?fundador(?:a)?|fundador(?:a)?|gr[üu]nder(?:in)?|inhaber(?:in)?|owner|g[ée]rant(?:e)?"
    r"|fondat(?:eur|rice)|due[ñn][oa])(?: (?:&|and|y|et|und) (?i:ceo|cto|coo|md))?(?:,| \||\s[–—]|\s@) " + _CO,
    r"(?i:kurz zu uns|a bit about us|quelques mots sur nous|un poco sobre nosotros):\s+" + _CO,
    r"(?i:we(?:'re| are) setting up|nous cr[ée]ons|estamos armando) " + _CO,
)]
MEET_WITH = TEXT_PATTERNS[7]
WITH_WORD = re.compile(r"(?i)\s(?:with|mit|avec|con)\s")
# A sentence's end inside a run of capitalised words: "Sportia Wellness. Gracias por aplicar" (not "Acme Inc. Berlin"
# nor an initial: a word of four letters or more before the dot)
SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{4})\. (?=[A-ZÀ-Þ])")
DANGLING = frozenset({"y", "et", "und", "and", "e", "de", "del", "des", "du", "of", "for", "the", "dr", "prof", "mag"})
# A chat community the user was found in: "my post in the Buenos Aires JS Slack"
COMMUNITY = re.compile(r"(?i)\b(?:slack|discord|subreddit|meetup|whatsapp|telegram)(?: (?:group|channel|community"
                        r"|server))?$")
