"""Cue families (phrases that point to a label) for en/de/fr/es, with negation and scope.

All phrases of all families are precompiled once into small regexes keyed by the first
letters they can start with, so a message costs one pass over its word starts plus a few
anchored matches (see dispatch.py). A hit is cancelled (or redirected) when a negator or a
conditional ("if …", "wenn …") opens its clause, when it thanks for a meeting that already happened
("thank you for taking the time to interview"), or when the offer goes "to another candidate"
(scope.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.daemon.mailclass import frames, scope
from afterview.daemon.mailclass.dispatch import Scanner
from afterview.daemon.verdicts import MailLabel


@dataclass(frozen=True)
class Family:
    """A named group of cue phrases voting for `label` with `weight`.

    `negated_label`: where a negated hit votes instead (None: it is dropped);
    `conditional`: an "if/once/wenn/si" clause cancels the hit; `past`: thanks for, or a look back
    at, a meeting that already happened ("thank you for taking the time to interview") cancels it.
    """

    name: str
    label: MailLabel
    weight: float
    phrases: tuple[str, ...]
    negatable: bool = False
    negated_label: MailLabel | None = None
    conditional: bool = False
    to_others: bool = False
    past: bool = False
    guard: re.Pattern[str] | None = None
    guard_reason: str = "user-in-gap"


@dataclass(frozen=True)
class Hit:
    """One cue found in the text: which family, the matched words, and what scope did to it."""

    family: Family
    text: str
    start: int
    negated: bool = False
    cancelled: str | None = None
    # Where a negated hit votes instead of its family's negated_label ("no offer yet" is pending, not a no).
    vote: MailLabel | None = None


def _alt(*phrases: str) -> tuple[str, ...]:
    return phrases


_OTHER_PERSON = r"(?:an?other|other|different|alternative|internal|external|stronger)\s+(?:\w+\s+){0,2}?"
_CANDIDATE = r"(?:candidate|applicant|finalist|profile|person|people|hire|individual)s?"
# What an offer of a meeting offers: "offer you an interview for the position" is a next step, not an offer.
_NOT_A_MEETING = (r"(?!\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:interview|call|chat|conversation"
                  r"|meeting|slot|place\s+(?:in|on)|opportunity\s+to\s+(?:interview|meet|speak|talk)))")

REJECTION = Family("rejection", "rejection", 3.0, _alt(
    # en
    r"(?:move|moving|go|going|proceed|proceeding|continue|continuing|progress|progressing|pursue|pursuing"
    r"|went|gone|move\s+ahead|moving\s+ahead)\s+(?:forward\s+|ahead\s+)?with\s+(?:an?\s+|the\s+|some\s+)?"
    + _OTHER_PERSON + _CANDIDATE,
    r"(?:pursue|pursuing|chosen|chose|choose|selected|select|hired|appointed|identified|decided\s+on|opted\s+for)"
    r"\s+(?:an?\s+|the\s+)?" + _OTHER_PERSON + _CANDIDATE,
    r"(?:offered|given)\s+the\s+(?:role|position|job)\s+to\s+(?:an?other|a\s+different|an\s+internal"
    r"|someone\s+else|somebody\s+else)",
    r"(?:role|position|job|vacancy)\s+(?:has\s+|have\s+)?(?:gone|went|been\s+given|been\s+offered)\s+to\s+"
    r"(?:an?other|a\s+different|an\s+internal|someone)",
    # …but "we can't move forward until the freeze lifts" is a pause.
    r"(?:not|\w+n't|no\s+longer|unable\s+to|cannot)\s+(?:be\s+)?(?:able\s+to\s+)?(?:moving|move|proceeding|proceed"
    r"|progressing|progress|going|go|continuing|continue|advancing|advance|taking|take)\s+(?:\w+\s+){0,3}?"
    r"(?:forward|further|ahead)(?!\s+(?:as\s+(?:planned|scheduled)|until|till))",
    r"(?:not|\w+n't|unable\s+to)\s+(?:be\s+)?(?:able\s+to\s+)?(?:inviting|invite)\s+you\s+(?:to|for)\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?interview",
    r"(?:not|\w+n't|unable\s+to)\s+(?:be\s+)?(?:able\s+to\s+)?(?:moving|move|proceeding|proceed|progressing"
    r"|progress|going|go|continuing|continue)\s+(?:forward\s+|ahead\s+)?with\s+(?:you|your)",
    r"(?:decided|decision|chosen|opted)\s+not\s+to\s+(?:proceed|progress|move|continue|pursue|extend|offer"
    r"|invite|take|advance|fill|hire)",
    r"(?:not|\w+n't|unable\s+to|cannot|no\s+longer\s+able\s+to)\s+(?:be\s+)?(?:able\s+to\s+)?(?:offer|extend)\s+"
    r"(?:you\s+)?(?:an?\s+|the\s+)?(?:interview|position|role|job|place|opportunity|offer)",
    # "you were not selected", not "we have not selected anyone yet".
    r"(?:not|\w+n't|have\s+not|has\s+not)\s+(?:been\s+)?(?:selected|shortlisted|chosen|successful)"
    # …nor "applicants who are not selected will be notified"
    r"(?!\s+(?:an?|another|other|any|anyone|someone|the|a\s+different|will|may|within|by)\b)",
    r"(?:were|was)\s+not\s+the\s+successful\s+candidate",
    r"unsuccessful(?:\s+in\s+your\s+application|\s+on\s+this\s+occasion)?",
    r"(?:will|would|shall)\s+not\s+(?:be\s+)?(?:progress|proceed|move\s+forward|go\s+forward|be\s+taken\s+forward"
    r"|progressed|considered\s+further)",
    r"(?:position|role|vacancy|job|opening)\s+(?:[\w()-]+\s+){0,5}?(?:has\s+(?:now\s+)?been|was|is\s+now)"
    r"\s+filled",
    r"(?:continue|continuing|proceed|proceeding)\s+(?:the|our)\s+(?:process|search)\s+with\s+"
    + _OTHER_PERSON + _CANDIDATE,
    r"(?:have|'ve)\s+(?:now\s+)?filled\s+the\s+(?:position|role|vacancy)",
    r"(?:go|going|went)\s+in\s+a\s+different\s+direction",
    r"not\s+(?:quite\s+)?(?:the\s+right\s+|a\s+(?:good\s+|strong\s+|great\s+)?)(?:fit|match)",
    r"(?:decided\s+to\s+)?close\s+your\s+application",
    r"(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+|ahead\s+)?with\s+(?:a|an|the|another)\s+(?:\w+\s+)?"
    r"(?:candidate|applicant|person)\s+(?:whose|who|with)",
    r"(?:chosen|chose|selected|hired|picked|gone\s+with|went\s+with)\s+(?:a|an|another)\s+(?:\w+\s+)?"
    r"(?:candidate|applicant|person)\s+(?:whose|who|with)",
    r"(?:not|\w+n't)\s+(?:be\s+)?(?:progressing|progress|proceeding\s+with|considering|taking\s+forward)\s+your\s+"
    r"(?:application|candidacy|candidature)",
    r"(?:not|\w+n't)\s+(?:be\s+)?(?:progressing|taking\s+forward|advancing)\s+you\b(?!\s+(?:to|into)\b)",
    # de
    r"(?:für|mit)\s+(?:einen?|einem|eine|andere)\s+(?:anderen?\s+|andere\s+)?(?:kandidat|bewerber|besetzung|person)\w*",
    r"anderweitig\s+(?:zu\s+)?(?:besetzt|vergeben|besetzen|vergeben)",
    r"(?:prozess|verfahren|bewerbungsprozess|auswahlprozess)\s+(?:\w+\s+){0,4}?nicht\s+(?:weiter\s+)?"
    r"(?:fortsetzen|fortführen|weiterführen)",
    r"(?:bewerbung|kandidatur)\s+(?:\w+\s+){0,3}?nicht\s+(?:weiter\s+)?(?:verfolgen|berücksichtigen)",
    r"absage\s+erteilen|eine\s+absage",
    r"nicht\s+(?:weiter\s+)?berücksichtig\w*",
    r"keine\s+(?:positive\s+)?(?:rückmeldung|zusage)\s+(?:geben|machen|erteilen)",
    r"gegen\s+(?:ihre\s+bewerbung|sie)\s+entschieden",
    r"wahl\s+nicht\s+auf\s+sie", r"(?:gehen|gehe)\s+in\s+eine\s+andere\s+richtung",
    r"(?:gehen|machen|arbeiten|entschieden)\s+(?:\S+\s+){0,2}?mit\s+jemand(?:em)?\s+ander(?:em|en)",
    r"(?:nicht|kein\w*)\s+(?:zu\s+)?(?:einem\s+)?vorstellungsgespräch\s+(?:einladen|anbieten|anzubieten)",
    r"(?:stelle|position)\s+(?:\w+\s+){0,3}?(?:mit\s+einer\s+anderen\s+person\s+)?besetzt",
    # fr
    r"(?:ne|n')[^.!?\n]{0,60}?donner\w*\s+(?:pas\s+)?(?:une\s+)?suite(?:\s+favorable)?",
    r"pas\s+donner\s+suite",
    r"(?:retenu|choisi|sélectionné)\s+(?:un|une)\s+autre\s+(?:candidat|profil|personne)\w*",
    r"(?:poursuivre|continuer)\s+(?:le\s+processus\s+|notre\s+processus\s+|le\s+recrutement\s+)?avec\s+"
    r"(?:d'autres|un\s+autre|une\s+autre)\s+(?:candidat|profil|personne)\w*",
    r"n'a\s+pas\s+été\s+retenue?",
    r"ne\s+(?:pas\s+)?pouvoir\s+(?:vous\s+)?(?:retenir|donner\s+suite|proposer\s+(?:un\s+|d')entretien)",
    r"ne\s+(?:poursuivr|continuer|retiendr|avancer)\w*\s+pas",
    r"ne\s+(?:pouvons|pourrons)\s+pas\s+(?:retenir|donner\s+suite)",
    r"ne\s+correspond\s+pas\s+à\s+nos\s+besoins",
    r"poste\s+(?:[^\s.!?;:]+\s+){0,5}?(?:a|est)\s+(?:déjà\s+|désormais\s+|maintenant\s+)?(?:été\s+)?pourvu",
    r"pas\s+en\s+mesure\s+de\s+vous\s+proposer\s+un\s+entretien",
    r"(?:part|partons|parti)\s+sur\s+(?:un|une)\s+autre\s+(?:profil|candidat\w*|personne)",
    r"(?:partons|allons)\s+dans\s+une\s+autre\s+direction",
    # es
    r"no\s+(?:has|ha|han)\s+(?:sido|resultado)\s+(?:seleccionad|elegid|escogid)\w*",
    r"(?:continuar|seguir(?:\s+adelante)?|avanzar)\s+con\s+(?:otros|otras|otro|otra)\s+(?:candidat|perfil|persona)\w*",
    r"(?:optado|elegido|decidido|escogido|seleccionado)\s+(?:por\s+)?(?:a\s+)?(?:otro|otra)\s+"
    r"(?:persona|candidat|perfil)\w*",
    r"(?:puesto|vacante|posición)\s+(?:[^\s.!?;:]+\s+){0,5}?(?:ya\s+)?(?:ha\s+sido|fue|está)\s+cubiert[oa]",
    r"no\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+)?(?:seguir|continuar|avanzar)(?:\s+adelante)?\s+con\s+(?:tu|su)",
    r"no\s+(?:continuaremos|seguiremos|avanzaremos)",
    r"no\s+(?:continuarás|continuará|seguirás|seguirá|avanzarás|avanzará)\s+(?:en|con)",
    r"decidido\s+no\s+(?:avanzar|continuar|seguir)",
    r"(?:vamos|iremos|nos\s+quedamos)\s+con\s+otr[oa]\s+(?:persona|candidat\w*|perfil)",
    r"(?:vamos|iremos)\s+en\s+otra\s+dirección",
    # a portal's status line: "ha cambiado a: descartada", "a changé : non retenue", "status: rejected"
    r"(?:estado|status|statut)\s+(?:[^\s.!?;]+\s+){0,12}?(?:descartad[oa]|rechazad[oa]|abgelehnt|rejected|declined"
    r"|refusée?|non\s+retenue?|not\s+selected|unsuccessful)",
    r"(?:requisition|position|role|vacancy|opening|posting)\s+(?:[^\s.!?;:]+\s+){0,4}?(?:has\s+been|was|is\s+now)\s+"
    r"(?:closed|cancell?ed)(?!\s+(?:to|for)\s+(?:new\s+|further\s+)?(?:applica|submission|candidates))",
    r"no\s+longer\s+recruiting",
    # the role itself is gone: "die Stelle wurde gestrichen", "le poste a été supprimé", "la vacante ha sido cancelada"
    r"(?:stelle|position|vakanz)\s+(?:[^\s.!?;:]+\s+){0,4}?(?:gestrichen|storniert)",
    r"poste\s+(?:[^\s.!?;:]+\s+){0,5}?(?:a\s+été|est)\s+(?:supprimé|annulé)",
    r"(?:vacante|puesto|posición)\s+(?:[^\s.!?;:]+\s+){0,5}?(?:ha\s+sido|fue|se\s+ha)\s+(?:cancelad[oa]|eliminad[oa]"
    r"|suprimid[oa])",
    r"no\s+(?:podemos|podremos)\s+ofrecer(?:te|le|les)\s+una\s+entrevista",
), negatable=True, conditional=True)

RESCIND = Family("rescinded", "rejection", 6.0, _alt(
    r"(?:rescind|withdraw|revok|retract|pull)\w*\s+(?:the\s+|our\s+|your\s+|this\s+)?(?:\w+\s+){0,2}?offer",
    r"no\s+longer\s+(?:be\s+)?(?:able\s+to\s+)?(?:proceed|move\s+forward|honou?r|extend|go\s+ahead)\w*\s+with\s+"
    r"(?:your|the|our)\s+(?:\w+\s+)?offer",
    r"(?:angebot|vertragsangebot|zusage)\s+(?:[^\s.!?;:]+\s+){0,6}?(?:zurückziehen|zurückzuziehen|widerrufen)",
    r"(?:annuler|retirer)\s+(?:notre|votre|la)\s+(?:proposition|offre|promesse)",
    r"retir\w*\s+(?:la|nuestra|tu|su)\s+(?:\w+\s+)?oferta",
    r"(?:retir|annul)\w*\s+(?:la|notre|votre|cette)\s+(?:proposition|offre|promesse)",
    # German splits the verb: "ziehen wir das Ihnen unterbreitete Vertragsangebot … zurück".
    r"ziehen\s+(?:wir\s+)?(?:[^\s.!?;:]+\s+){0,8}?(?:angebot|vertragsangebot|zusage)\s+(?:[^\s.!?;:]+\s+){0,5}?zurück",
    r"offer\s+(?:[^\s.!?;:]+\s+){0,5}?(?:is|was|has\s+been)\s+(?:now\s+)?(?:off\s+the\s+table"
    r"|no\s+longer\s+(?:valid|available|on\s+the\s+table))",
))

REJECTION_SOFT = Family("rejection-soft", "rejection", 1.0, _alt(
    r"unfortunately", r"regrettably", r"regret\s+to", r"sadly", r"i'm\s+afraid", r"sorry\s+to",
    r"(?:wish|wishing)\s+you\s+(?:all\s+)?(?:the\s+)?(?:very\s+)?(?:best|success|luck)\s+(?:of\s+luck\s+)?"
    r"(?:in|with)\s+your\s+(?:job\s+)?(?:search|future|career|endeavou?rs)",
    r"(?:keep|hold\s+on\s+to)\s+your\s+(?:details|cv|resume|résumé|profile|information)",
    r"talent\s+(?:pool|community|network)", r"future\s+(?:opportunities|openings|roles|vacancies|positions)",
    r"re-?apply", r"apply\s+again",
    r"leider", r"bedauern", r"berufliche\s+zukunft", r"talentpool", r"erneut\s+(?:bei\s+uns\s+)?bewerben",
    r"malheureusement", r"au\s+regret", r"vivier", r"pleine\s+réussite",
    r"lamentablemente", r"lamentamos", r"sentimos", r"por\s+desgracia", r"bolsa\s+de\s+talento",
    r"futuros\s+procesos",
))

OFFER = Family("offer", "offer", 3.0, _alt(
    # en
    r"(?:offer|offering)" + _NOT_A_MEETING + r"\s+you\s+(?:the\s+|a\s+|an\s+)?(?:[\w(),-]+\s+){0,5}?"
    r"(?:position|role|job|post|employment"
    r"|opportunity)",
    r"(?:extend|extending|make|making|made)\s+(?:you\s+)?(?:an?\s+|the\s+|our\s+)?(?:formal\s+|verbal\s+|written\s+"
    r"|conditional\s+|job\s+)*offer(?!\s+(?:decision|recommendation))",
    r"offer\s+(?:letter|of\s+employment|package)",
    # …but "pleased to offer you an interview / a call" is a next step.
    r"(?:pleased|delighted|thrilled|happy|excited|glad)\s+to\s+(?:offer|extend|confirm\s+(?:our|the|your)\s+"
    r"(?:\w+\s+)?offer)" + _NOT_A_MEETING,
    r"(?:verbal|conditional|formal|written)\s+offer",
    r"(?:approved|prepared|finali[sz]ed|attached)\s+(?:your|the|an?)\s+(?:\w+\s+)?offer",
    r"(?:you've|you\s+have)\s+got\s+the\s+job",
    r"(?:love|like|want|wants|thrilled|excited|happy|delighted)\s+(?:to\s+)?(?:have|welcome)\s+you\s+(?:to\s+)?"
    r"(?:join|on\s+board|aboard|on\s+the\s+team|to\s+the\s+team|to\s+\w+)" + frames.NOT_FOR_A_MEETING,
    r"want\s+you\s+on\s+(?:board|the\s+team)", r"would\s+like\s+you\s+to\s+join",
    r"we\s+want\s+you(?!\s+to\b)", r"bring\s+you\s+on(?:\s+board)?\s+as",
    r"(?:like|love|want)\s+you\s+to\s+be\s+(?:our|part\s+of)", r"que\s+seas\s+(?:nuestr[oa]|parte)",
    r"(?:aimerions|voudrions|souhaitons)\s+que\s+(?:vous\s+soyez|tu\s+sois)\s+(?:notre|le\s+prochain|la\s+prochaine)",
    r"(?:approved|approve)\s+(?:moving\s+(?:forward|ahead)\s+with\s+)?(?:an?|the|your)\s+(?:\w+\s+)?offer",
    r"(?:selected|chosen)\s+(?:you\s+)?for\s+the\s+(?:[\w(),-]+\s+){0,5}?(?:role|position)",
    # an offer sent through a portal or an agency: "has sent you an offer", "have come back with an offer"
    r"(?:sent|made|prepared|issued|extended|created)\s+you\s+(?:an?|the|your)\s+(?:[\w-]+\s+)?offer",
    r"come\s+back\s+with\s+(?:an?|the)\s+(?:[\w-]+\s+)?offer", r"sign\s+your\s+offer",
    r"offer\s+you\s+a\s+(?:place|spot)\s+(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:programme|program|scheme|cohort"
    r"|team)",
    # the user has the offer: accepting it, deciding on it, an offer ready in the portal
    # (second person only: "Karim a accepté notre offre" is a note to the panel)
    r"(?:for\s+accepting|you(?:'ve|\s+have)\s+accepted)\s+our\s+(?:job\s+)?offer",
    r"(?:sie|du)\s+unser\s+(?:\w+\s+)?angebot\s+angenommen",
    r"(?:vous\s+avez|d'avoir)\s+accepté\s+notre\s+(?:offre|proposition)",
    r"(?:has|haber)\s+aceptado\s+nuestra\s+oferta",
    r"(?:your\s+decision|decide)\s+(?:about|on|regarding)\s+(?:the|our|your)\s+offer",
    r"(?:votre|ton)\s+offre\s+(?:d'emploi\s+|d'embauche\s+)?est\s+prête",
    r"tu\s+oferta\s+(?:de\s+empleo\s+)?(?:ya\s+)?está\s+lista",
    r"ihr\s+angebot\s+(?:ist\s+|liegt\s+)?(?:jetzt\s+)?bereit",
    # de
    r"(?:stelle|position)\s+(?:[^\s!?;:]+\s+){0,8}?(?:anbieten|anzubieten)",
    r"(?:ihnen|dir)\s+ein\s+(?:[^\s.!?;:]+\s+)?angebot\s+(?:[^\s.!?;:]+\s+){0,6}?(?:erstellt|gesendet|geschickt"
    r"|übermittelt|zukommen)",
    r"vertragsangebot", r"(?:uns|sich)\s+für\s+(?:sie|dich)\s+entschieden",
    r"(?:ein|unser)\s+(?:\w+\s+)?angebot\s+(?:[\w()/-]+\s+){0,6}?(?:zu\s+)?(?:unterbreiten|machen)",
    r"willkommen\s+im\s+team", r"(?:sie|dich)\s+(?:sehr\s+)?gerne\s+einstellen",
    r"in\s+unserem\s+team\s+(?:begrüßen|willkommen)", r"sie\s+haben\s+uns\s+überzeugt",
    # not the board's "Zusage der Geschäftsführung"
    r"zusage(?!\s+(?:des|der|vom|von|zum|zur)\b)",
    # fr
    r"(?:vous\s+)?proposer\s+(?:le\s+poste|de\s+rejoindre)", r"(?:faire|faisons|fait)\s+une\s+offre",
    r"(?:promesse|proposition)\s+d'embauche", r"vous\s+recruter",
    r"vous\s+accueillir\s+(?:dans|au\s+sein)",
    r"confirm\w*\s+notre\s+(?:offre|proposition)(?!\s+d'(?:entretien|échange))",
    r"(?:vous|t')\s*(?:a|avons|ont)\s+(?:adressé|envoyé|fait|transmis)\s+une\s+(?:offre|proposition)"
    r"(?!\s+d'(?:entretien|échange))",
    # es
    r"ofrecer(?:te|le)\s+(?:el|un|la)\s+(?:puesto|trabajo|posici\w+)", r"(?:hacerte|hacerle)\s+una\s+oferta",
    r"carta\s+de\s+oferta", r"propuesta\s+(?:económica|de\s+contrataci\w+)", r"(?:formes|formar)\s+parte\s+de",
    r"(?:unieras|te\s+unas|incorpores)\s+(?:al|a)\s+(?:equipo|nuestro|nosotros)", r"te\s+queremos\s+en\s+el\s+equipo",
    r"queremos\s+que\s+(?:te\s+unas|formes\s+parte|te\s+incorpores|te\s+vengas|vengas)",
    r"(?:enviado|enviarte|mandado|hecho)\s+una\s+oferta", r"contar\s+contigo\s+(?:como|para|en)",
    r"confirm\w*\s+(?:de\s+palabra\s+)?nuestra\s+oferta", r"(?:te|le)\s+propon\w*\s+(?:ser|unirte|incorporarte)",
    r"tengo\s+una\s+oferta\s+para\s+(?:ti|usted)", r"tenemos\s+una\s+oferta\s+para\s+(?:ti|usted)",
    # welcome aboard and a contract ready to sign, in four languages
    r"welcome\s+aboard", r"bienvenid[oa](?:/a)?\s+a\s+bordo", r"willkommen\s+an\s+bord", r"bienvenue\s+à\s+bord",
    r"(?:tu|su|your|ihr|dein|votre|ton)\s+(?:contrat\w*|vertrag|contract)\s+(?:[^\s.!?;:]+\s+){0,7}?(?:listo|ready|bereit"
    r"|prêt|zur\s+(?:digitalen\s+)?unterschrift)",
    r"(?:adjuntamos|le\s+adjunto|te\s+adjunto)\s+(?:el\s+)?contrato",
    r"(?:have|got)\s+an\s+offer\s+for\s+you", r"(?:revised|updated|improved|amended)\s+offer",
    r"(?:here's|here\s+is)\s+(?:the|your|our)\s+(?:[\w-]+\s+)?offer",
    r"(?:habe|haben)\s+ein\s+(?:\w+\s+)?angebot\s+für\s+(?:sie|dich)",
    r"(?:dich|sie)\s+(?:gern\w*\s+)?(?:als\s+(?:[^\s.!?;:]+\s+){1,3}?)?(?:an\s+bord\s+)?holen",
    r"(?:ai|avons)\s+une\s+(?:offre|proposition)\s+pour\s+(?:vous|toi)", r"accord\s+de\s+principe",
    r"(?:vous|t')\s*offrir\s+(?:ce|le|un)\s+poste",
    r"bestätige\w*\s+(?:[^\s.!?;:]+\s+){0,4}?(?:unser|das|ihr)\s+(?:[^\s.!?;:]+\s+)?angebot",
    r"(?:vous|te)\s+faire\s+une\s+(?:proposition|offre)(?!\s+d')",
    r"(?:vous|te)\s+propos\w*\s+de\s+(?:devenir|rejoindre|nous\s+rejoindre)",
    r"(?:has|ha)\s+sido\s+(?:seleccionad|elegid)[oa](?:/a)?\s+para\s+el\s+puesto", r"oferta\s+formal",
), negatable=True, negated_label="rejection", conditional=True, to_others=True, guard=frames.MEETING_GUARD,
   guard_reason="a-meeting")

OFFER_SOFT = Family("offer-soft", "offer", 1.0, _alt(
    r"congratulations", r"welcome\s+(?:aboard|to\s+the\s+team)",
    r"(?:talk|discuss|chat\s+about|go\s+over)\s+(?:the\s+)?(?:numbers|compensation|salary|package|start\s+date)",
    r"start\s+date", r"base\s+salary", r"offer\s+includes", r"your\s+offer", r"onboarding", r"docusign", r"paperwork",
    r"herzlichen\s+glückwunsch", r"arbeitsvertrag", r"starttermin", r"félicitations", r"enhorabuena",
    r"parler\s+des\s+conditions", r"hablar\s+de\s+las\s+condiciones",
), conditional=True)

NEXT_STEP = Family("next-step", "next_step", 2.0, _alt(
    # en
    r"(?:second|third|next|final|follow-up|technical|onsite|on-site|panel|video|phone|in-person)\s+"
    r"(?:round|interview|stage|call|conversation|screen)",
    r"invite\s+you\s+(?:to|for)", r"(?:schedule|book|pick|choose|select|find)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?"
    r"(?:time|slot|call|interview|meeting)",
    r"(?:take-home|coding|online|technical)\s+(?:assignment|assessment|challenge|exercise|test)",
    r"case\s+study", r"pairing\s+session", r"next\s+(?:step|stage|round)", r"calendar\s+invit\w*",
    r"reschedul\w*", r"move\s+(?:our|the|your)\s+(?:call|interview|meeting|onsite)",
    r"(?:what|which)\s+(?:days?|times?)\s+(?:work|suit)", r"(?:times|slots)\s+that\s+work",
    r"reference\s+(?:check|call)s?", r"meet\s+(?:the\s+)?(?:rest\s+of\s+the\s+|wider\s+)?team",
    r"come\s+(?:in|onsite|to\s+(?:our|the)\s+office)", r"interview\s+is\s+confirmed",
    r"alternative\s+times", r"(?:would|does)\s+\w+\s+(?:at\s+\S+\s+)?work\s+instead",
    r"(?:last|final|next)\s+step\s+(?:is|will\s+be)", r"(?:does|would|will)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|h|uhr)?\s+"
    r"(?:\w+\s+)?work",
    # de
    r"(?:zweit|folge|fach|vorstellungs)gespräch\w*", r"fachinterview", r"einladen|einladung",
    r"(?:passenden\s+|neuen\s+)?termin(?:e|en|s|vorschläge?n?|abstimmung|findung|bestätigung|anfrage)?",
    r"fallstudie", r"online-test", r"nächsten?\s+schritt",
    r"verschieben", r"zeit\s+(?:hätten|haben)",
    # fr
    r"(?:second|deuxième|prochain)\s+entretien", r"inviter\s+à\s+un\s+entretien", r"organiser\s+un\s+entretien",
    r"(?:vos|tes)\s+disponibilités", r"test\s+technique", r"prochaine\s+étape", r"vous\s+rencontrer",
    r"déplacer\s+notre\s+entretien", r"(?:reporter|décaler)\s+\w*\s*entretien", r"seriez-vous\s+disponible",
    r"êtes-vous\s+disponible",
    # es
    r"(?:segunda|siguiente|próxima)\s+(?:entrevista|fase)", r"invitarte\s+a", r"disponibilidad",
    r"prueba\s+técnica", r"conocerte", r"mover\s+la\s+entrevista", r"elige\s+un\s+horario",
    r"te\s+(?:vendría|viene|va|iría)\s+bien", r"puedes\s+venir", r"(?:conozcas|conocieras)\s+a",
    r"(?:switch|move|push)\s+(?:it|the\s+interview|the\s+call)\s+to",
    r"(?:schedule|book|set\s+up|arrange|organi[sz]e)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|chat|interview"
    r"|meeting|conversation)",
    # A proposed slot: "does Monday 1 March at 11:00 work", "could we do Thursday … instead", "passt Ihnen Montag".
    r"(?:does|would|could|will)\s+(?:[^\s.!?;]+\s+){0,2}?(?:monday|tuesday|wednesday|thursday|friday|\d{1,2}(?::\d\d)?"
    r"\s*(?:am|pm))\s+(?:[^\s.!?;]+\s+){0,5}?work",
    # a calendar invitation's own words
    r"invited\s+to\s+the\s+following\s+event", r"going\?\s*yes",
    r"complete\s+(?:the|our|your|an?)\s+(?:[\w-]+\s+)?(?:assessment|assignment|exercise|test|challenge|questionnaire"
    r"|case\s+study)",
    # the interview itself, set: "your interview is on", "tu entrevista será el lunes", "votre entretien aura lieu"
    r"your\s+(?:[\w-]+\s+)?interview\s+(?:is|will\s+be)\s+(?:on|at|scheduled|confirmed|booked)",
    r"(?:tu|su)\s+entrevista\s+(?:será|es|está\s+(?:programada|confirmada)|queda)",
    r"votre\s+entretien\s+(?:aura\s+lieu|est\s+(?:prévu|confirmé|fixé))",
    r"(?:ihr|dein)\s+(?:vorstellungs)?gespräch\s+(?:findet|ist\s+(?:am|für))",
    r"(?:could|can)\s+we\s+(?:do|try|move\s+to)\s+(?:[^\s.!?;:]+\s+){0,6}?instead",
    r"(?:can't|cannot|can\s+no\s+longer)\s+make\s+(?:our|the|my)\s+(?:slot|interview|call|meeting|appointment)",
    r"passt\s+(?:es\s+)?(?:ihnen|dir)", r"terminauswahl", r"(?:letzter|nächster)\s+schritt",
    r"die\s+(?:dir|ihnen)\s+passen",
    r"(?:send|share|propose|suggest)\s+(?:you\s+)?(?:some\s+)?(?:new|alternative|other)\s+(?:times|slots|dates)",
    r"(?:cancel|postpone)\s+(?:the|our|your|tomorrow's|thursday's)\s+(?:panel|interview|call|meeting|onsite)",
), negatable=True, conditional=True, past=True)

NEXT_SOFT = Family("next-soft", "next_step", 1.0, _alt(
    r"availability", r"(?:are\s+you|would\s+you\s+be)\s+(?:free|available)", r"interview\s+with", r"interview",
    r"entretien", r"entrevista",
), negatable=True, conditional=True, past=True)

PENDING = Family("pending", "pending", 2.5, _alt(
    r"still\s+(?:reviewing|interviewing|speaking|considering|deliberating|deciding|waiting|in\s+the\s+process|evaluating"
    r"|assessing|meeting|going\s+through|talking|working\s+through|finishing|finali[sz]ing|collecting|gathering"
    r"|wrapping\s+up|in\s+the\s+middle)",
    r"(?:few|couple\s+of|several)\s+more\s+(?:interviews|candidates|conversations)",
    r"(?:got|been|was|were)\s+(?:pushed|postponed|delayed)", r"(?:collecting|gathering)\s+(?:the\s+)?(?:last\s+)?"
    r"(?:pieces\s+of\s+)?feedback", r"waiting\s+(?:to\s+hear\s+back|for\s+(?:their|his|her|an?)\s+(?:answer|response))",
    r"(?:not|\w+n't)\s+(?:yet\s+)?(?:made|reached|finali[sz]ed|taken)\s+(?:a|our|any|the)\s+(?:final\s+)?decision",
    r"no\s+decision\s+(?:has\s+(?:yet\s+)?been|was)\s+(?:made|taken|reached)", r"nothing\s+has\s+been\s+decided",
    r"(?:taking|take|takes)\s+(?:a\s+(?:little|bit)\s+)?longer\s+than", r"(?:slower|longer)\s+than\s+(?:we\s+)?"
    r"(?:hoped|expected|anticipated|planned)", r"delay(?:ed)?", r"behind\s+schedule",
    r"under\s+(?:consideration|review)", r"in\s+the\s+running", r"(?:process|search)\s+is\s+(?:still\s+)?ongoing",
    r"keep\s+you\s+(?:in\s+the\s+loop|posted|updated)", r"haven't\s+forgotten",
    r"(?:vous|te)\s+tiens\s+au\s+courant", r"vous\s+tiendrons\s+(?:au\s+courant|informée?)",
    r"halte\s+(?:sie|dich)\s+auf\s+dem\s+laufenden", r"te\s+mantengo\s+al\s+tanto",
    r"still\s+thinking", r"talk\s+it\s+through\s+with",
    r"länger\s+als\s+(?:geplant|erwartet|gedacht|vorgesehen)", r"más\s+de\s+lo\s+(?:previsto|esperado|planeado)",
    r"plus\s+longtemps\s+que\s+prévu",
    # interviews still to hold: "two interviews still to go", "deux entretiens restent à mener", "stehen noch aus"
    r"still\s+have\s+(?:[^\s.!?;:]+\s+){0,3}?(?:candidates|interviews|conversations)\s+to", r"restent\s+à\s+mener",
    r"stehen\s+noch\s+aus", r"nos\s+quedan\s+(?:[^\s.!?;:]+\s+)?(?:entrevistas|candidat\w*|conversaciones)",
    r"pas\s+encore\s+en\s+mesure\s+de\s+(?:faire|vous\s+faire|prendre)",
    r"once\s+(?:the\s+|a\s+|our\s+)?decisions?\s+(?:is|are|has|have)\s+(?:been\s+)?made",
    r"finali[sz]ing\s+(?:the\s+)?(?:offers?|decisions?)",
    r"(?:need|needs)\s+(?:a\s+(?:bit|little)\s+)?more\s+time",
    r"(?:wrapping|finishing|winding)\s+up\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:interviews|conversations"
    r"|process)",
    # de
    r"noch\s+(?:keine|nicht)\s+(?:entscheidung|abgeschlossen)", r"(?:weiterhin\s+)?in\s+(?:prüfung|bearbeitung)",
    r"verzöger\w*", r"noch\s+(?:etwas\s+)?zeit", r"noch\s+im\s+auswahl\w*",
    r"noch\s+nicht\s+(?:gefallen|getroffen|entschieden)", r"noch\s+(?:mitten\s+)?in\s+den\s+gesprächen",
    r"(?:führen|führt|sprechen|spricht)\s+(?:derzeit\s+|aktuell\s+|gerade\s+)?noch\s+(?:[^\s.!?;:]+\s+){0,2}?"
    r"(?:gespräche|mit)",
    r"warten\s+(?:noch\s+)?auf\s+(?:die\s+)?(?:rückmeldung|antwort)",
    # fr
    r"toujours\s+en\s+(?:train|cours)", r"pas\s+encore\s+pris", r"aucune\s+décision",
    r"(?:un\s+peu\s+)?plus\s+de\s+temps", r"en\s+cours\s+d'(?:examen|étude)",
    r"(?:processus|recrutement)\s+(?:\w+\s+){0,5}?(?:est\s+)?toujours\s+en\s+cours",
    r"attendons\s+(?:encore\s+)?(?:la|sa|leur)\s+réponse",
    # es
    r"seguimos\s+(?:revisando|hablando|entrevistando|evaluando)", r"(?:todavía|aún)\s+no\s+hemos\s+tomado",
    r"(?:todavía|aún)\s+no\s+(?:tenemos|hay)\s+(?:una\s+|ninguna\s+)?decisión",
    r"(?:estamos\s+)?terminando\s+(?:las\s+)?(?:últimas\s+)?entrevistas",
    r"alargando|retrasando|retraso", r"sigue\s+en\s+proceso", r"(?:algo\s+)?más\s+de\s+tiempo",
))

HOLD = Family("on-hold", "pending", 4.5, _alt(
    r"on\s+hold", r"(?:hiring|recruiting|process)\s+(?:freeze|pause)", r"(?:is|been|are)\s+(?:temporarily\s+)?paused",
    r"(?:temporarily\s+)?freeze\s+hiring", r"until\s+hiring\s+resumes", r"once\s+hiring\s+resumes",
    r"auf\s+eis", r"pausiert", r"paused\s+(?:all\s+)?hiring",
    r"(?:pause|paused|pausing|freeze|froze|frozen)\s+(?:the|our|this)\s+(?:search|process|hiring|recruitment|role|position)",
    r"hiring\s+(?:is\s+|has\s+been\s+)?paused",
    r"suspendu", r"en\s+pausa?", r"wait\s*-?\s*list\w*", r"warteliste",
    r"liste\s+d'attente", r"lista\s+de\s+espera", r"first\s+alternate", r"second\s+(?:alternate|choice)",
    # still open while someone else is at offer stage: "keep your application open", "tu candidatura sigue activa"
    r"(?:keep|keeping)\s+your\s+(?:application|candidacy|profile)\s+(?:open|active)",
    # someone else's offer is not accepted yet, and the user is next
    r"(?:not|n't|has\s+not|have\s+not)\s+(?:been\s+)?(?:yet\s+)?(?:accepted|signed)(?:\s+(?:it|the\s+offer))?\s+yet",
    r"(?:the\s+person|who)\s+we'd\s+go\s+to\s+next",
    r"(?:if|should|in\s+case)\s+(?:they|he|she|the\s+(?:other\s+)?(?:candidate|finalist)|that\s+person|it|that"
    r"|the\s+offer)\s+(?:declines?|turns?\s+(?:it|the\s+offer)\s+down|doesn't\s+work\s+out|falls?\s+through)",
    r"si\s+no\s+acepta",
    r"(?:s'il|si\s+elle|s'ils)\s+(?:la\s+|le\s+)?décline", r"(?:falls|sollte)\s+(?:er|sie)\s+(?:\w+\s+)?absag\w*",
    r"(?:candidatura|bewerbung|candidature)\s+(?:sigue|bleibt|reste)\s+(?:activa|aktiv|active|abierta|ouverte|offen)",
    r"(?:second|deuxième)\s+choix", r"segunda\s+opción", r"zweite\s+wahl", r"(?:very\s+)?close\s+second",
    r"(?:se\s+ha\s+)?(?:pausado|paralizado|congelado)", r"mis\s+en\s+(?:pause|attente|suspens)",
    r"(?:backup|back-up|reserve)\s+candidates?", r"gelée?s?\b", r"gel\s+des\s+recrutements",
))

ACK = Family("acknowledgement", "acknowledgement", 2.0, _alt(
    r"(?:received|receipt\s+of)\s+your\s+(?:application|cv|resume|documents|portfolio|email|message|submission)",
    r"(?:we've|we\s+have|i've|i\s+have)\s+(?:got|received)\s+your", r"got\s+it",
    r"application\s+(?:has\s+been\s+|was\s+)?(?:successfully\s+)?(?:received|submitted)",
    r"(?:application|yours)\s+(?:for\s+(?:the\s+)?(?:[\w(),/&-]+\s+){1,6}?)?is\s+in\b(?!\s+(?:review|progress))",
    r"(?:successfully\s+)?received\s+your\s+application",
    r"passed\s+(?:it\s+)?on\s+to", r"application\s+confirmation",
    r"(?:team\s+is|we\s+are|we're|i\s+am|i'm)\s+(?:currently\s+)?reviewing\s+your", r"share\s+(?:it|them)\s+with",
    r"confirmation\s+that\s+your\s+application",
    r"eingangsbestätigung", r"bestätigen\s+(?:hiermit\s+)?den\s+eingang",
    r"(?:bewerbung|unterlagen)\s+(?:ist|sind)\s+(?:gut\s+)?(?:bei\s+uns\s+)?(?:eingegangen|angekommen)",
    r"(?:gut|sicher|wohlbehalten|vollständig)\s+(?:bei\s+(?:uns|mir)\s+)?(?:eingegangen|angekommen)",
    r"ihre\s+(?:bewerbung|unterlagen)\s+(?:\w+\s+){0,3}?erhalten",
    r"bonne\s+réception", r"bien\s+reçue?s?", r"j'ai\s+transmis", r"bien\s+été\s+reçue?", r"bien\s+parvenue?",
    r"hemos\s+recibido\s+(?:\w+\s+){0,2}?(?:tus?|sus?)", r"nos\s+ha\s+llegado", r"se\s+ha\s+registrado",
    r"recibido,?\s+¡?gracias", r"lo\s+(?:comparto|paso|reenvío)\s+(?:con|a)",
    r"received,?\s+thank(?:s|\s+you)", r"got\s+them", r"pass\s+(?:it|them)\s+on",
    r"received\s+(?:the|your)\s+(?:[^\s.!?;:]+\s+){0,2}?(?:nda|documents?|portfolio|references|cv|resume|files?|forms?"
    r"|certificates|transcripts|availability)",
    r"(?:will|i'll|we'll)\s+(?:share|pass)\s+(?:it\s+|them\s+)?(?:on\s+)?(?:with|to)\s+the",
    r"(?:se\s+lo|se\s+la|lo|la|los|las)\s+he\s+(?:pasado|reenviado|compartido)", r"he\s+recibido\s+(?:tus?|sus?)",
    r"(?:se\s+lo|se\s+la|se\s+los)\s+paso\s+(?:al|a)",
    r"(?:je\s+)?l'ai\s+transmise?", r"je\s+(?:le\s+|la\s+|les\s+)?transmets",
    r"(?:ist|sind)\s+(?:gut\s+|alle\s+)?(?:bei\s+(?:uns|mir)\s+)?(?:eingegangen|angekommen)",
    r"gebe\s+(?:sie|es|alles|ihre\s+\w+)\s+(?:[^\s.!?;:]+\s+){0,3}?weiter",
    r"weitergeleitet\s+(?:habe|haben|hat)", r"(?:habe|haben)\s+(?:[^\s.!?;:]+\s+){0,4}?weitergeleitet",
    r"(?:we|i|we've|i've)\s+(?:got|received)\s+(?:the|your|all\s+the)\s+(?:[^\s.!?;:]+\s+){0,2}?(?:portfolio"
    r"|references|documents|cv|resume|files|certificates|transcripts)",
    r"thank(?:s|\s+you)\s+for\s+submitting\s+your\s+application", r"track\s+the\s+status\s+of\s+your\s+application",
    r"share\s+your\s+(?:cv|resume|application|profile)\s+with",
))

ACK_SOFT = Family("acknowledgement-soft", "acknowledgement", 1.0, _alt(
    r"thank(?:s|\s+you)\s+for\s+(?:applying|your\s+application|submitting|your\s+interest)", r"time\s+to\s+apply",
    r"(?:will|shall)\s+(?:review|take\s+a\s+look|be\s+reviewing)", r"review\s+(?:it|every|your)",
    r"dank\s+für\s+ihre\s+bewerbung", r"prüfen", r"merci\s+pour\s+votre\s+candidature",
    r"étudiée", r"gracias\s+por\s+(?:tu|su)\s+(?:candidatura|interés|solicitud)", r"revisaremos",
    # An acknowledgement's footer: "if you have not heard from us within two weeks, please consider your application
    # unsuccessful" - the longer phrase is matched first, so its "unsuccessful" casts no rejection vote.
    r"(?:please\s+)?consider\s+(?:your\s+application\s+|yourself\s+)?(?:as\s+|to\s+be\s+)?unsuccessful",
    r"considérer\s+que\s+votre\s+candidature\s+n'a\s+pas\s+été\s+retenue",
    r"(?:entiende|considera|entienda|considere)\s+que\s+(?:tu|su)\s+candidatura\s+no\s+ha\s+sido\s+seleccionad[oa]",
    r"davon\s+aus,?\s+dass\s+(?:wir\s+)?(?:ihre|deine)\s+bewerbung\s+nicht\s+(?:weiter\s+)?berücksichtig\w*",
))

OUT_OF_OFFICE = Family("out-of-office", "auto_reply", 4.0, _alt(
    r"out\s+of\s+(?:the\s+)?office", r"(?:annual|parental|sick|maternity|paternity)\s+leave", r"on\s+leave",
    r"(?:limited|sporadic|no)\s+access\s+to\s+(?:my\s+)?e-?mails?", r"(?:not|\w+n't)\s+checking\s+(?:my\s+)?e-?mails?",
    r"(?:respond|reply|get\s+back\s+to\s+you)\s+(?:\w+\s+){0,4}?(?:when\s+i'm\s+back|on\s+my\s+return|after\s+i"
    r"\s+return|upon\s+my\s+return)", r"will\s+not\s+be\s+forwarded", r"i'm\s+(?:away|out)\s+until",
    r"nicht\s+im\s+büro", r"abwesend", r"(?:bin|befinde\s+mich)\s+(?:[^\s.!?;:]+\s+){0,4}?im\s+urlaub",
    r"außer\s+haus", r"nicht\s+weitergeleitet",
    r"keinen\s+zugriff", r"absente?\s+du\s+bureau", r"en\s+congés?", r"(?:à|dès)\s+mon\s+retour",
    r"accès\s+limité", r"en\s+déplacement\s+jusqu", r"fuera\s+de\s+la\s+oficina", r"de\s+vacaciones",
    r"a\s+mi\s+regreso", r"acceso\s+limitado", r"estaré\s+ausente",
))

NO_REPLY = Family("no-reply", "auto_reply", 3.0, _alt(
    r"(?:inbox|mailbox|address)\s+is\s+not\s+monitored", r"replies\s+are\s+not\s+read",
    r"no-?reply\s+address", r"automated\s+(?:response|reply)", r"does\s+not\s+accept\s+replies",
    r"(?:your\s+)?message\s+has\s+not\s+been\s+read",
))

ALERT = Family("job-alert", "other", 4.0, _alt(
    r"new\s+jobs?", r"jobs?\s+(?:you\s+may|that\s+match|for\s+you|alert)", r"match(?:es)?\s+your\s+(?:alert|search)",
    r"recommended\s+jobs", r"apply\s+(?:now|before)", r"applications\s+close", r"stellenangebote",
    r"suchauftrag", r"neue\s+jobs", r"bewerbungsschluss", r"nouvelles\s+offres", r"votre\s+alerte",
    r"postulez", r"nuevas\s+ofertas", r"ofertas\s+de\s+empleo", r"fecha\s+límite", r"inscríbete",
))

NEWS = Family("newsletter", "other", 3.5, _alt(
    r"\d+%\s+off", r"premium", r"upgrade\s+your", r"newsletter", r"webinar", r"meetup", r"open\s+house",
    r"career(?:s)?\s+(?:fair|day|digest|event)", r"tech\s+fair", r"hiring\s+day", r"booth",
    r"(?:special|exclusive|limited-time)\s+offer", r"karriere-?(?:abend|event|messe)",
    r"portes\s+ouvertes", r"salon\s+de\s+l'emploi", r"puertas\s+abiertas", r"password|passwort|mot\s+de\s+passe"
    r"|contraseña", r"(?:complete|update)\s+your\s+profile", r"profile\s+is\s+\d+%", r"ergänzen\s+sie\s+ihr\s+profil",
    r"completa\s+tu\s+perfil", r"añade\s+tu\s+experiencia", r"survey", r"candidate\s+experience",
    r"feedback\s+on\s+our\s+hiring\s+process", r"came\s+across\s+your\s+profile", r"caught\s+my\s+eye",
    r"découvert\s+votre\s+profil", r"ouvert(?:·e|e)?\s+à\s+un\s+échange", r"(?:he\s+visto|encontré)\s+tu\s+perfil",
    r"abiert[oa]\s+a\s+(?:una\s+)?(?:charla|conversación)", r"ihr\s+profil\s+ist\s+mir\s+aufgefallen",
    r"open\s+to\s+a\s+(?:quick\s+)?(?:chat|conversation)", r"what's\s+new\s+at",
))

NEWS_SOFT = Family("newsletter-soft", "other", 1.0, _alt(r"engineering\s+blog",))

WITHDRAWN = Family("withdrawal", "other", 7.0, _alt(
    r"(?:withdraw|withdrawn|withdrawal|withdrawing)\s+(?:of\s+)?(?:your|the)\s+(?:application|candidacy|candidature)",
    r"(?:you\s+have|you've)\s+withdrawn", r"request\s+to\s+withdraw", r"(?:is\s+now|has\s+been)\s+withdrawn",
    r"your\s+withdrawal", r"bewerbung\s+zurückgezogen", r"rückzug\s+ihrer\s+bewerbung",
    r"retrait\s+de\s+votre\s+candidature", r"has\s+retirado", r"retirada\s+de\s+candidatura",
    r"bewerbung\s+(?:[^\s.!?;:]+\s+){0,3}?zurückgezogen",
    r"candidature\s+(?:[^\s.!?;:]+\s+){0,6}?(?:a\s+)?(?:bien\s+)?été\s+retirée",
    r"candidatura\s+(?:[^\s.!?;:]+\s+){0,6}?(?:ha\s+sido|fue|se\s+ha)\s+retirad[ao]",
    # The candidate took another job: "congratulations on your new role", "alles Gute für die neue Stelle".
    r"congratulations\s+on\s+(?:your|the)\s+new\s+(?:role|job|position)",
    r"félicitations\s+pour\s+(?:ce|votre|ton)\s+nouveau\s+(?:poste|job|emploi)",
    r"(?:alles\s+gute|viel\s+erfolg|glückwunsch)\s+(?:für\s+die|zur|bei\s+der)\s+neuen?\s+(?:stelle|position|job)",
    r"enhorabuena\s+por\s+(?:el|tu|su)\s+nuevo\s+(?:puesto|trabajo|empleo)",
))

INTERVIEWER = Family("interviewer", "other", 7.0, _alt(
    r"scorecard", r"interview\s+kit", r"(?:submit|leave|enter)\s+your\s+(?:interview\s+)?(?:feedback|evaluation)",
    r"(?:scheduled\s+to\s+interview|interview\s+loop|interview\s+panel|the\s+interview\s+panel)",
    r"assessing\s+the\s+candidate", r"als\s+interviewer", r"feedback\s+(?:bis\s+\w+\s+)?ein(?:tragen)?\b",
    r"faire\s+passer\s+l'entretien", r"saisir\s+votre\s+évaluation", r"feedback\s+for\s+the\s+candidate",
    r"add\s+your\s+(?:interview\s+)?feedback",
    r"(?:you're|you\s+are)\s+(?:scheduled\s+to\s+)?interviewing\s+(?!with\b)",
    r"be\s+on\s+the\s+(?:interview\s+)?panel", r"as\s+(?:the|an?)\s+(?:[\w-]+\s+)?interviewer",
    r"candidate\s+packet", r"joining\s+the\s+(?:interview\s+)?panel",
    r"entrevistas\s+a\s+(?!tu\b|su\b)\w+", r"(?:deja|dejar|introduce)\s+tu\s+valoración",
    r"guía\s+de\s+(?:preguntas|entrevista)",
    r"trag\w*\s+(?:[^\s.!?;:]+\s+){0,2}?(?:dein|ihr|euer)\s+feedback",
    r"(?:dein|euer)\s+feedback\s+(?:[^\s.!?;:]+\s+){0,3}?(?:ins\s+system|eintragen|ein)\b",
    r"(?:rellenar|rellena|completar|completa)\s+tu\s+(?:evaluación|valoración|feedback|scorecard)",
    r"offer\s+(?:goes|will\s+go|went)\s+out\s+to\s+(?!you\b)\w+",
    # the sender accepts an offer the user made: the user is the employer here
    # (first person singular: an employer accepting a reschedule writes "we're happy to accept")
    r"(?:i'm|i\s+am)\s+(?:\w+\s+)?(?:delighted|happy|pleased|thrilled|glad)\s+to\s+accept",
    r"i\s+(?:hereby\s+)?accept\s+(?:the|your)\s+offer",
    r"nehme\s+(?:ihr|das|dein)\s+angebot\s+(?:\w+\s+)?an",
    r"j'accepte\s+(?:avec\s+plaisir\s+)?(?:votre|l'|ton)\s*offre",
    r"acepto\s+(?:encantad[oa]\s+)?(?:la|tu|su|vuestra)\s+oferta",
    r"(?:mettre|saisir|renseigner|donner)\s+(?:ton|votre)\s+(?:feedback|avis|évaluation)",
))

# Compositional frames (frames.py): verb family x object family, per clause, in four languages.
CHOSE_ANOTHER = Family("chose-another", "rejection", 3.0, frames.CHOSE_ANOTHER + frames.CHOSE_ANOTHER_DE,
                       negatable=True, conditional=True, guard=frames.GAP_GUARD)
STOP_WITH_USER = Family("stop-with-user", "rejection", 3.0, frames.STOP_WITH_USER, conditional=True)
RESCIND_FRAMES = Family("rescind-frames", "rejection", 6.0, frames.RESCINDED)
OFFER_FRAMES = Family("offer-frames", "offer", 3.0, frames.OFFER_FRAMES, negatable=True,
                      negated_label="rejection", conditional=True, to_others=True, guard=frames.MEETING_GUARD,
                      guard_reason="a-meeting")
NEXT_FRAMES = Family("next-frames", "next_step", 2.0, frames.NEXT_FRAMES, negatable=True, conditional=True,
                     past=True)
PENDING_FRAMES = Family("pending-frames", "pending", 2.5, frames.PENDING_FRAMES)
HOLD_FRAMES = Family("hold-frames", "pending", 4.5, frames.HOLD_FRAMES)
ACK_FRAMES = Family("ack-frames", "acknowledgement", 2.0, frames.ACK_FRAMES)
ACK_SOFT_FRAMES = Family("ack-soft-frames", "acknowledgement", 1.0, frames.ACK_SOFT_FRAMES)
INTERVIEWER_FRAMES = Family("interviewer-frames", "other", 7.0, frames.INTERVIEWER_FRAMES)

FAMILIES: tuple[Family, ...] = (
    REJECTION, RESCIND, REJECTION_SOFT, OFFER, OFFER_SOFT, NEXT_STEP, NEXT_SOFT, PENDING, HOLD, ACK,
    ACK_SOFT, OUT_OF_OFFICE, NO_REPLY, ALERT, NEWS, NEWS_SOFT, WITHDRAWN, INTERVIEWER, CHOSE_ANOTHER, STOP_WITH_USER,
    RESCIND_FRAMES, OFFER_FRAMES, NEXT_FRAMES, PENDING_FRAMES, HOLD_FRAMES, ACK_FRAMES, ACK_SOFT_FRAMES,
    INTERVIEWER_FRAMES,
)

_SCANNER = Scanner([family.phrases for family in FAMILIES], [family.weight for family in FAMILIES])


def find_cues(text: str) -> list[Hit]:
    """Given lower-cased employer text, returns every cue hit with its negation and scope applied."""
    hits: list[Hit] = []
    for index, start, end in _SCANNER.scan(text):
        family = FAMILIES[index]
        matched = text[start:end]
        is_negated = False
        cancelled = None
        vote: MailLabel | None = None
        if family.negatable or family.conditional or family.past:
            clause = scope.clause_before(text, start)
            # An offer phrase that holds its own "nicht"/"not" ("die Stelle nicht anbieten") is a negated offer.
            if family.negatable and (scope.negated(clause, matched) or (
                    family.negated_label is not None and scope.self_negated(matched))):
                is_negated = True
                if family.negated_label is not None and scope.not_yet(clause, text, end):
                    vote = "pending"
            elif family.conditional and scope.conditional(clause):
                cancelled = "conditional"
            elif family.past and scope.looks_back(clause):
                cancelled = "past"
        if family.to_others and cancelled is None:
            cancelled = scope.goes_to_others(text, end)
        if family.guard is not None and cancelled is None and family.guard.search(matched) is not None:
            cancelled = family.guard_reason
        hits.append(Hit(family, matched, start, is_negated, cancelled, vote))
    return hits
