"""Where a text names the employer another party acts for: an agency's client ("my client Acme Ltd", "Kunde: …",
"gaat het om de rol … bij PensioenPlus") or the company an interviewing service works for ("on behalf of Ardent
Health").
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.companyname import CO as _CO
from afterview.daemon.eventclass.companyname import NOT_COMPANY as _NOT_COMPANY
from afterview.daemon.eventclass.companyname import clean_company
from afterview.daemon.eventclass.people import plausible_name
from afterview.daemon.eventclass.registered import role_named as _role_named
from afterview.daemon.eventclass.signals import RETAINED_FOR as _RETAINED_FOR
from afterview.daemon.eventclass.signals import fold, squash

__all__ = ["ACTING_FOR", "CLIENT_LABEL", "POST_AT_CLIENT", "agency_client", "on_behalf_of"]

# The post at the client, in a sentence, up to where the client's name starts: "geht es um die Leitung
# E/E-Entwicklung bei der Zollern Antriebe GmbH", "gaat het om de rol Product Owner Deelnemersportaal bij PensioenPlus",
# "ons mandaat … bij"
# (a regex fragment for this module's client pattern and agencyclient.CLIENT_NAMED)
POST_AT_CLIENT = (r"\bgaat (?:het )?om (?:de|het|een) (?:[\w/-]+ ){1,6}?bij"
                  r"|\bgeht es um (?:die|den|das|eine|einen) (?:[\w/-]+ ){1,4}?bei(?: der| dem| den)?"
                  # an agency's mandate: "ons mandaat Supply Chain & Customs Manager bij Kallo Polymers NV"
                  r"|\b(?:ons|mijn|our|my|notre|mon) (?:mandaat|mandate|mandat|zoekopdracht) (?:[\w/&-]+ ){1,6}?"
                  r"(?:bij|at|chez)")

# Someone acting for the employer, up to its name: "on behalf of", "im Auftrag von", "pour le compte de", "por cuenta
# de" (a regex fragment for this module's _ON_BEHALF, which knows more such words, and agencyclient.CLIENT_NAMED)
ACTING_FOR = r"on behalf of|im auftrag (?:von|der|des)|pour le compte (?:de|d')|por cuenta de"

# The label of an agency's line that names its client, before the colon: "Client", "- Client", "Cliente (confidencial,
# no lo comentes por ahí)" (a regex fragment, written at a line's start, for this module's client pattern and
# agencyclient.CLIENT_NAMED)
CLIENT_LABEL = r"(?:[-•*][ \t]*)?(?:client|cliente|kunde|mandant|auftraggeber)(?:[ \t]*\([^()\n]{0,60}\))?"

_CLIENT = re.compile(
    r"(?i:\b(?:my|our) client|\b(?:unser(?:em|er|en)?|meinem|meiner) (?:mandant|kunde|auftraggeber)(?:en|in|n)?"
    r"|\b(?:notre|mon) client(?:e)?|\b(?:nuestro|nuestra|mi) cliente|\b(?:onze|mijn) klant"
    # an agency's form: "Client: Daventry Clarke LLP", "Kunde: …", "Rencontre client : Fromageries Marcillac"
    r"|(?m:^)" + CLIENT_LABEL + r"\s*:|rencontre client\s*:|entretien client(?:\s*:)?"
    r"|\((?:client|cliente|kunde|mandant|auftraggeber)\s*:"  # "Entrevista de evaluación – … (cliente: Minera X)"
    # "the client is KopiPay", "we've been retained by Orchard Health", "the search we're running for Pinecrest"
    r"|\b(?:the|el|le) cliente?(?=\s+(?:is|es|est)\b)|" + _RETAINED_FOR + "|" + POST_AT_CLIENT + ")"
    r"(?:[,:]|\s[–—])?\s+(?:<(?:b|strong)>\s*)?"  # (a mail's bold: "with my client <b>Dunelm</b>")
    # "nuestro cliente es la Fundación …", "our client is Ardent", "unser Mandant ist die …"
    r"(?:(?:is|es|est|ist|c'est)\s+)?"
    r"(?:(?:the|le|la|les|el|die|der|das)\s+)?" + _CO
)


_ON_BEHALF = re.compile(
    r"(?i:" + ACTING_FOR + r"|im namen (?:von|der|des)|au nom (?:de|d')|en nombre de|en representaci[oó]n de)"
    r"\s*(?:<(?:b|strong)>\s*)?(?:(?:the|die|der|la|le|el)\s+)?" + _CO
    # "Lumora has partnered with Codepair to conduct …", "Murchison Vanadium has asked us to complete a psychological
    # assessment", "Interview for Lumora (hosted by Codepair)"
    + r"|" + _CO + r" (?:has|have) (?:partnered with|(?:asked|engaged|commissioned) us to)"
    r"|(?i:interview|entretien|entrevista|gespr[aä]ch)\s+(?i:for|pour|para|f[uü]r)\s+" + _CO
    + r"\s*\((?i:hosted|conducted|run|powered|organi[sz]ed) by"
)


# A person's title after the name: ", SVP & Chief Data Officer", ", Head of Talent", ", CEO"
_TITLE_AFTER = re.compile(r",\s*(?:(?:C[A-Z]O|CHRO|[SE]?VP|MD)\b|(?i:(?:senior|head|chief|director|directora?|vp|vice"
                          r"|managing|partner|founder|co-founder|responsable|jefe|jefa|leiter|leiterin"
                          r"|gesch[aä]ftsf[uü]hrer)\b))")
_HONORIFIC_LEAD = re.compile(r"(?i)(?:d\.?ª|dña\.?|d\.|sra?\.|m\.|mme|mr\.?|mrs\.?|ms\.?|herrn?|frau|dr\.?)\s")
_ON_BEHALF_WORDS = ("behalf", "auftrag", "im namen", "compte d", "au nom", "nombre de", "cuenta de", "representaci",
                    "partnered", " by", " us to")


def on_behalf_of(text: str, excluded: set[str]) -> str | None:
    """Given a text, returns the company it says someone acts for ("on behalf of Ardent Health")."""
    lowered = text.lower()
    if not any(word in lowered for word in _ON_BEHALF_WORDS):  # the scan is costly; these words are rare
        return None
    for match in _ON_BEHALF.finditer(text):
        name = clean_company(next(g for g in match.groups() if g))
        if len(squash(name or "")) < 2 or _HONORIFIC_LEAD.match(name or ""):
            continue  # "pour le compte de M. Lemaire", "en nombre de D.ª Nayra …": a person, not a company
        words = set(fold(name or "").split())
        if _TITLE_AFTER.match(text, match.end()) or (len(words) == 1 and any(
                words <= set(x.split()) for x in excluded if len(x.split()) > 1 and plausible_name(x))):
            continue  # "On behalf of Richard Ames, SVP & …", "(en nombre de Javier)" of Javier Elizalde: a person
        # ("Im Namen von Landesbaudirektor DI Werner Nägele": a person, whatever the order of the names)
        if name and not _NOT_COMPANY.match(name) and fold(name) not in excluded and not _role_named(name) \
                and not any(len(x.split()) > 1 and set(x.split()) <= words for x in excluded):
            return name
    return None


def agency_client(description: str, excluded: set[str]) -> str | None:
    """Given a description, returns the client an agency names as the employer ("my client Acme Ltd")."""
    title_end = description.find("\n")
    for match in _CLIENT.finditer(description):
        if match.start() < title_end and re.search(r"\s[–—]\s", match.group(0)):
            continue  # "Rendez-vous chez notre client – Contrôleur de gestion": the title's parts, not a client named
        name = clean_company(match.group(1))
        if name and not _NOT_COMPANY.match(name) and fold(name) not in excluded and not _role_named(name):
            return name
    return None
