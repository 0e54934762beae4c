"""Which employer and role a message names: never an ATS brand, never a free-mail domain."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from afterview.connectors.base import MessageHeader, Person

ATS_DOMAINS = frozenset(
    [
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "myworkdayjobs.com",
        "workday.com", "ashbyhq.com", "smartrecruiters.com", "icims.com", "workable.com",
        "workablemail.com", "personio.de", "personio.com", "teamtailor.com", "teamtailor-mail.com",
        "recruitee.com", "jobvite.com", "bamboohr.com", "successfactors.com", "successfactors.eu",
        "taleo.net", "breezy.hr", "jazzhr.com", "calendly.com", "goodtime.io", "gem.com", "join.com",
        "softgarden.io", "rexx-systems.com", "linkedin.com", "indeed.com", "stepstone.de", "xing.com",
        "welcometothejungle.com", "infojobs.net", "hirehive.com", "recruiterbox.com", "pinpointhq.com",
        "dover.com", "rippling.com"
    ]
)
ATS_BRANDS = frozenset(
    [
        "greenhouse", "lever", "workday", "ashby", "smartrecruiters", "icims", "workable", "personio",
        "teamtailor", "recruitee", "jobvite", "bamboohr", "successfactors", "taleo", "breezy", "jazzhr",
        "calendly", "goodtime", "gem", "linkedin", "indeed", "stepstone", "xing", "softgarden", "join",
        "rippling", "dover", "pinpoint"
    ]
)
FREE_MAIL = frozenset(
    [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.es", "hotmail.fr",
        "hotmail.de", "live.com", "yahoo.com", "yahoo.fr", "yahoo.es", "yahoo.de", "icloud.com", "me.com",
        "gmx.de", "gmx.net", "gmx.com", "web.de", "t-online.de", "orange.fr", "free.fr", "laposte.net",
        "wanadoo.fr", "proton.me", "protonmail.com", "aol.com", "mail.com", "telefonica.net"
    ]
)
_SCAN_CHARS = 1000
_SIGNATURE_CHARS = 400
_ROLE_KEYS = ("position", "role", "opening", "vacancy", "application", "poste", "puesto", "stelle", "bewerbung",
              "job")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov"})
_GENERIC_TAIL = frozenset(
    [
        "team", "talent", "careers", "career", "recruiting", "recruitment", "hr", "people", "jobs",
        "hiring", "acquisition", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "ag", "sa", "sas", "sl",
        "s.l.", "plc"
    ]
)
_CAPWORDS = re.compile(r"[A-ZÄÖÜÉÈÀÁÍÓÚÑÇ][\w'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÄÖÜÉÈÀÁÍÓÚÑÇ][\w'’&-]*){0,4}")
_SIG_SPLIT = re.compile(r"\s*(?:\||·|•|,|\s-\s|\s–\s)\s*")
_TITLE_WORDS = frozenset(
    [
        "engineer", "engineering", "manager", "recruiter", "recruiting", "recruitment", "head", "director",
        "talent", "partner", "coordinator", "lead", "hr", "people", "specialist", "officer", "chief", "vp",
        "president", "founder", "cto", "ceo", "coo", "acquisition", "senior", "junior", "principal",
        "staff", "business", "generalist", "operations", "www", "recruiterin", "referent",
        "personalreferent", "leitung", "chargée", "chargé", "responsable", "técnica", "técnico",
        "reclutador", "reclutadora", "drh", "selección", "team"
    ]
)
_AT_COMPANY = re.compile(
    r"(?:\bat|\bwith|\bjoin(?:ing)?|\bin|\bbei|\bchez|\ben|\bfrom|\bvia|^Team)[ \t]+"
    r"([A-ZÄÖÜÉ][\w'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-ZÄÖÜÉ][\w'’&-]*){0,3})"
)
# Each anchor opens with its first letter, so that `re` skips other characters in C (a pattern that opened with a
# look-ahead was entered at every position); "\b" before an anchor's first letter is the look-behind after it.
# The anchors that share a first letter cannot match at the same place, so their order does not matter. The same
# matches as the plain form in tests/test_mail_fastpaths.py.
_FOLLOWS_ROLE = r"(?=[A-Z][^\n]{0,60}?\s+(?:position|role|opening|vacancy)\b)"
_FOLLOWS_ROLE_OR_APPLICATION = r"(?=[A-Z][^\n]{0,60}?\s+(?:position|role|opening|vacancy|application)\b)"
_ARTICLE = r"(?:the\s+|our\s+|an?\s+)?"
_ROLE_ANCHORS = re.compile(
    r"p(?:osition\s+(?:of|as)\s+|(?<!\w.)oste\s+(?:de|d')\s*|(?<!\w.)uesto\s+de\s+)"
    r"|role\s+(?:of|as)\s+|job\s+(?:of|as)\s+"
    r"|f(?:or\s+" + _ARTICLE + _FOLLOWS_ROLE + r")|a(?:s\s+" + _ARTICLE + _FOLLOWS_ROLE + r")"
    r"|o(?:f\s+" + _ARTICLE + _FOLLOWS_ROLE + r"|ur\s+" + _FOLLOWS_ROLE_OR_APPLICATION + r")"
    r"|t(?:he\s+" + _FOLLOWS_ROLE_OR_APPLICATION + r")|y(?:our\s+" + _FOLLOWS_ROLE_OR_APPLICATION + r")"
    r"|S(?<!\w.)telle\s+als\s+|B(?<!\w.)ewerbung\s+als\s+|P(?<!\w.)osition\s+als\s+"
)
_ROLE_END = re.compile(
    r"\s+(?:position|role|opening|vacancy|application|at|bei|chez|au sein|en|in|with|has|is|and|y|et|und|pour"
    r"|para|anbieten|here|\u00e0)\b|[.!?;:\n]|,\s+(?:and|we|i|as|but|nous|wir)\b|\s+-\s+|$"
)
_SUBJECT_ROLE = re.compile(
    r"(?=[aoinbcpvstj])(?:application(?:\s+received)?|offer|invitation|next steps|candidature|candidatura|bewerbung"
    r"|proceso de selección|invitación a entrevista|invitation à un entretien|oferta de empleo|offre d'emploi"
    r"|proposition d'embauche|vertragsangebot|nächste schritte|suite à votre candidature|siguiente paso|tu oferta"
    r"|job offer)"
    r"\s*(?:for|als|:|-|–)\s*(?P<role>[^\n]{3,60})$",
    re.IGNORECASE,
)
# In an ASCII subject every match of _SUBJECT_ROLE holds one of these (its ASCII keywords, lower-cased): a subject
# without one is not searched (case-blind `re` matches a few non-ASCII letters to ASCII ones: other subjects are).
_SUBJECT_ROLE_NEEDLES = ("application", "offer", "invitation", "next steps", "candidatur", "bewerbung", "oferta",
                         "offre", "proposition", "vertragsangebot", "siguiente paso")

_REPLY_PREFIX = re.compile(r"^(?:re|aw|fwd?|wg|tr)\s*:\s*", re.IGNORECASE)
_AT_SPLIT = re.compile(r"\s+(?:at|bei|chez|en)\s+")


@lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", plain.lower())


def _registrable(domain: str) -> str:
    parts = domain.lower().split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _is_ats(domain: str) -> bool:
    return _registrable(domain) in ATS_DOMAINS or domain.lower() in ATS_DOMAINS


@lru_cache(maxsize=4096)
def _employer_domain(domain: str) -> str | None:
    """Given a sender's domain, returns its registrable domain, or None for an ATS or free-mail domain."""
    reg = _registrable(domain)
    if reg in ATS_DOMAINS or domain.lower() in ATS_DOMAINS or reg in FREE_MAIL:
        return None
    return reg


def employer_domains(header: MessageHeader) -> list[str]:
    """Given a header, returns the registrable employer domains of Reply-To then From (no ATS, no free mail)."""
    out: list[str] = []
    for person in (*header.reply_to, header.sender):
        domain = person.domain
        reg = _employer_domain(domain) if domain else None
        if reg is not None and reg not in out:
            out.append(reg)
    return out


def _trim(name: str) -> str:
    words = name.split()
    while words and words[-1].lower().strip(",.") in _GENERIC_TAIL:
        words.pop()
    while words and words[0].lower() in {"the", "team", "dear", "hi", "hello"}:
        words.pop(0)
    return " ".join(words).strip(" ,.-|·")


def _display_company(sender: Person) -> str | None:
    name = (sender.name or "").strip()
    if not name:
        return None
    for sep in (" via ", " at ", " @ ", " from "):
        if sep in name:
            left, right = name.split(sep, 1)
            candidate = right if sep != " via " else left
            return None if _slug(candidate) in ATS_BRANDS else _trim(candidate)
    domain = sender.domain or ""
    if domain and _is_ats(domain) and _slug(name) not in ATS_BRANDS and len(name.split()) <= 4:
        return _trim(name)
    return None


def _by_stem(text: str, stems: list[str]) -> str | None:
    """Given text and domain stems, returns the longest capitalised phrase that spells a stem."""
    best: tuple[int, str] | None = None
    lowered = text.lower()
    for stem in stems:
        head = stem[:3]
        pos = lowered.find(head)
        while pos >= 0:
            # Only capitalised words that start where the stem's first letters are seen.
            start_ok = text[pos].isupper() and (pos == 0 or not text[pos - 1].isalnum())
            match = _CAPWORDS.match(text, pos) if start_ok else None
            pos = lowered.find(head, pos + 1)
            if match is None:
                continue
            for slug, name in _leading_names(match.group(0)):
                exact = slug == stem
                longer = slug.startswith(stem) and len(slug) <= len(stem) + 16
                shorter = stem.startswith(slug) and len(slug) >= 4
                if (exact or longer or shorter) and (best is None or len(slug) > best[0]):
                    best = (len(slug), name)
    return best[1] if best else None


@lru_cache(maxsize=8192)
def _leading_names(phrase: str) -> tuple[tuple[str, str], ...]:
    """Given capitalised words ("Brambleway Health Talent"), returns (slug, name) for its first one to four words, up
    to a generic word ("Talent", "Team") and without the too short or ATS ones: the names a domain stem may spell."""
    words = phrase.split()
    slugs = [_slug(word) for word in words]
    out: list[tuple[str, str]] = []
    for j in range(1, min(len(words), 4) + 1):
        if j > 1 and slugs[j - 1] in _GENERIC_TAIL:
            break
        slug = "".join(slugs[:j])
        if len(slug) < 3 or slug in ATS_BRANDS:
            continue
        out.append((slug, " ".join(words[:j]).strip(" ,.-|·")))
    return tuple(out)


def find_company(header: MessageHeader, body: str, signature: str) -> str | None:
    """Given a header and the employer's body and signature, returns the employer's display name or None."""
    domains = employer_domains(header)
    stems = [_slug(d.rsplit(".", 1)[0].split(".")[-1]) for d in domains]
    text = f"{header.subject}\n{signature[:_SIGNATURE_CHARS]}\n{body[:_SCAN_CHARS]}"
    if stems:
        named = _by_stem(text, stems)
        if named:
            return named
    display = _display_company(header.sender)
    if display:
        return display
    if domains:
        # The domain is the employer's even when the text never spells the name out.
        label = domains[0].rsplit(".", 1)[0].split(".")[-1]
        return " ".join(part.capitalize() for part in label.split("-") if part)
    signed = _from_signature(signature, header.sender)
    if signed:
        return signed
    counts: Counter[str] = Counter()
    for match in _AT_COMPANY.finditer(text):
        name = _trim(match.group(1))
        if name and _slug(name) not in ATS_BRANDS and len(_slug(name)) >= 3 and not _TITLE_WORDS & set(
                name.lower().split()):
            counts[name] += 1
    if counts:
        return counts.most_common(1)[0][0]
    return None


def _from_signature(signature: str, sender: Person) -> str | None:
    """Given a signature block, returns the last capitalised part that is neither a job title nor the sender."""
    own = _slug(sender.name or "")
    found: str | None = None
    for line in signature.splitlines()[:8]:
        for part in _SIG_SPLIT.split(line):
            part = _trim(part.strip())
            words = part.split()
            if not words or len(words) > 4 or not all(w[:1].isupper() or w == "&" for w in words):
                continue
            slug = _slug(part)
            if len(slug) < 3 or slug == own or slug in ATS_BRANDS or _TITLE_WORDS & {w.lower() for w in words}:
                continue
            if own and (slug in own or own.startswith(slug)):
                continue
            found = part
    return found


def find_role(subject: str, body: str) -> str | None:
    """Given the subject and the employer's body, returns the job title the message names, or None."""
    head = body[:_SCAN_CHARS]
    lowered = head.lower()
    if not any(map(lowered.__contains__, _ROLE_KEYS)):
        head = ""
    for match in _ROLE_ANCHORS.finditer(head):
        rest = body[match.end(): match.end() + 80]
        end = _ROLE_END.search(rest)
        role = rest[: end.start()] if end else rest
        role = role.strip(" ,\"'“”")
        if 2 < len(role) <= 60 and role[:1].isupper() and len(role.split()) <= 7:
            return role
    cleaned = _REPLY_PREFIX.sub("", subject.strip())
    folded = cleaned.lower()
    if cleaned.isascii() and not any(needle in folded for needle in _SUBJECT_ROLE_NEEDLES):
        return None
    found = _SUBJECT_ROLE.search(cleaned)
    if found:
        role = _AT_SPLIT.split(found.group("role"))[0].strip()
        if role[:1].isupper() and len(role.split()) <= 7:
            return role
    return None
