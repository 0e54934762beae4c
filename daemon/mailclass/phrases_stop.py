"""Cue phrases of the stop labels (rejection, rescinded offer, offer) in en/de/fr/es; cues.py assembles them."""

from __future__ import annotations

from afterview.daemon.mailclass import frames
from afterview.daemon.mailclass.family import Family
from afterview.daemon.mailclass.family import alt as _alt

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
    r"(?:puesto|vacante|posición)\s+(?:[^\s.!?;:]+\s+){0,5}?(?:ya\s+)?(?:ha\s+sido|fue|está|queda|quedó|ha\s+quedado)\s+cubiert[oa]",
    r"no\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+)?(?:seguir|continuar|avanzar)(?:\s+adelante)?\s+con\s+(?:tu|su)",
    r"no\s+(?:continuaremos|seguiremos|avanzaremos)",
    # "lamentamos comunicarte que no vas a continuar en el proceso de selección"
    r"no\s+(?:(?:vas|va)\s+a\s+(?:seguir|continuar|avanzar)|(?:seguir|continuar|avanzar)(?:ás|á))\s+(?:adelante\s+)?"
    r"en\s+(?:el|este|nuestro)\s+proceso",
    r"no\s+(?:continuarás|continuará|seguirás|seguirá|avanzarás|avanzará)\s+(?:en|con)",
    r"decidido\s+no\s+(?:avanzar|continuar|seguir)",
    r"(?:vamos|iremos|nos\s+quedamos)\s+con\s+otr[oa]\s+(?:persona|candidat\w*|perfil)",
    r"(?:vamos|iremos)\s+en\s+otra\s+dirección",
    r"no\s+longer\s+(?:under|in)\s+consideration",
    r"(?:requisition|position|role|vacancy|opening|posting)\s+(?:[^\s.!?;:]+\s+){0,4}?(?:has\s+been|was|is\s+now)\s+"
    r"(?:closed|cancell?ed)(?!\s+(?:to|for)\s+(?:new\s+|further\s+)?(?:applica|submission|candidates))",
    r"no\s+longer\s+recruiting",
    # the search ends with nobody: "close the role without hiring", "not to fill the position", "ohne Besetzung
    # abgeschlossen", "clôturer le poste sans recrutement", "cerrar la vacante sin cubrirla"
    r"(?:close|closing|closed|end|ending)\s+(?:the|this|our)\s+(?:role|position|vacancy|search|requisition|process)\s+"
    r"without\s+(?:hiring|filling|making\s+a\s+hire)",
    r"(?:not\s+to|won't\s+be|will\s+not\s+be)\s+fill(?:ing)?\s+(?:the|this)\s+(?:role|position|vacancy)",
    r"ohne\s+(?:eine\s+)?(?:besetzung|einstellung)\s+(?:[^\s.!?;:]+\s+){0,2}?(?:abgeschlossen|beendet|beenden|abschließen)",
    # (closed, not "sigue sin cubrir": a role still open is no answer)
    r"(?:clôtur|ferm|termin)\w*\s+(?:[^\s.!?;:]+\s+){0,4}?sans\s+(?:recrutement|recruter|pourvoir)",
    r"(?:cerra|cierr|finaliz)\w*\s+(?:[^\s.!?;:]+\s+){0,4}?sin\s+(?:cubrir(?:la|lo)?|contratar)",
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
    r"(?:angebot|vertragsangebot|zusage)\s+(?:[^\s.!?;:]+\.?\s+){0,9}?(?:zurückziehen|zurückzuziehen|widerrufen"
    r"|zurücknehmen|zurückzunehmen)",
    # a participle only for the user's offer, named by a determiner (not a newsletter's "wenn eine Zusage
    # zurückgezogen wird"); a day number's period is no sentence end ("das am 2. März unterbreitete Angebot")
    r"(?:die|unsere?n?|ihre?n?|deine?n?|das|diese[sn]?)\s+(?:[^\s.!?;:]+\.?\s+){0,5}?(?:angebot|vertragsangebot|zusage)"
    r"\s+(?:[^\s.!?;:]+\.?\s+){0,9}?(?:zurückgenommen|zurückgezogen)",
    r"(?:anul|cancel|revoc)\w*\s+(?:la|nuestra|tu|su)\s+(?:\w+\s+)?oferta",
    # an offer that can no longer be kept: "ne plus être en mesure de maintenir la promesse d'embauche"
    r"(?:ne|n')\s*(?:[^\s.!?;:]+\s+){0,4}?(?:plus|pas)\s+(?:[^\s.!?;:]+\s+){0,4}?(?:maintenir|honorer)\s+"
    r"(?:la|notre|votre|cette)\s+(?:promesse|proposition|offre)",
    r"no\s+(?:[^\s.!?;:]+\s+){0,3}?(?:mantener|cumplir|honrar)\s+(?:la|nuestra|tu|su|esta)\s+(?:\w+\s+)?oferta",
    r"(?:angebot|vertragsangebot|zusage)\s+(?:[^\s.!?;:]+\.?\s+){0,5}?nicht\s+(?:mehr\s+)?(?:aufrecht\s*erhalten"
    r"|aufrechterhalten|einhalten)",
    r"(?:unable|not\s+able|no\s+longer\s+able|cannot|can't)\s+to\s+(?:honou?r|maintain|stand\s+by)\s+"
    r"(?:the|our|your|this)\s+(?:\w+\s+)?offer",
    r"(?:annuler|retirer)\s+(?:notre|votre|la)\s+(?:proposition|offre|promesse)",
    r"retir\w*\s+(?:la|nuestra|tu|su)\s+(?:\w+\s+)?oferta",
    r"(?:retir|annul)\w*\s+(?:la|notre|votre|cette)\s+(?:proposition|offre|promesse)",
    # German splits the verb: "ziehen wir das Ihnen unterbreitete Vertragsangebot … zurück".
    # (a day number's period is no sentence end: "unser Vertragsangebot vom 3. November daher zurück")
    r"ziehen\s+(?:wir\s+)?(?:[^\s.!?;:]+\s+){0,8}?(?:angebot|vertragsangebot|zusage)\s+(?:[^\s.!?;:]+\.?\s+){0,5}?zurück",
    r"offer\s+(?:[^\s.!?;:]+\s+){0,5}?(?:is|was|has\s+been)\s+(?:now\s+)?(?:off\s+the\s+table"
    r"|no\s+longer\s+(?:valid|available|on\s+the\s+table))",
    # "the conditional offer made to you for the position of Logistics Analyst has been withdrawn"
    r"(?:the|your|our)\s+(?:[\w-]+\s+)?offer\s+(?:made|extended|sent)\s+to\s+you\s+(?:[^\s.!?;:]+\s+){0,7}?(?:has\s+been|was|is|is\s+being)\s+"
    r"(?:withdrawn|rescinded|revoked|retracted|cancell?ed)",
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
