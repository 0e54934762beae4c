"""Compositional cue frames: a verb family x an object family (x polarity) per language, as regex phrases.

Whole-phrase lists miss the next recruiter's wording ("nos hemos decantado por otro perfil", "the team has
opted to go with someone else"). A frame names what must be said (someone chose / a choice went to someone
else), lets the words in between vary within one clause, and keeps the user out of that gap: when "you"
sits between the verb and "another candidate" ("invite you and two other candidates"), it is no rejection.
cues.py turns these phrase tuples into families; dispatch.py scans them in the same single pass.
"""

from __future__ import annotations

import re


def _words(*stems: str) -> str:
    return "(?:" + "|".join(stems) + ")"


# One clause's worth of in-between words: no sentence or clause punctuation. The words themselves are
# checked after the match (GAP_GUARD): never the user ("you", "vous", "te", "dich", "Ihnen") and no verb of an
# ongoing evaluation ("speak with other candidates") - cheaper than a look-ahead at every word.
_TOKEN = r"(?!-\s)[^\s.!?;:—–]+\s+"
GAP_GUARD = re.compile(
    r"\s(?:you|your|yourself|vous|votre|tu|te|ti|dich|dir|sie|ihnen|ihre)\s"
    r"|\sto\s+(?:speak|talk|meet|interview|see|consider|review|evaluate|assess|compare)\s"
    r"|\s(?:speaking|talking|meeting|interviewing|seeing|considering|reviewing|evaluating|assessing|comparing"
    r"|hablar|hablando|entrevistar|entrevistando|conocer|rencontrer|échanger|sprechen|treffen|kennenlernen"
    r"|conversations?|discussions?|chats?|gespräche|entretiens|entrevistas|conversaciones|stage|phase|fase|phase)\s"
)


def gap(most: int) -> str:
    """Given a count, returns a lazy run of at most that many in-clause words."""
    return f"(?:{_TOKEN}){{0,{most}}}?"


# Someone other than the user, as the object of a choice.
_ELSE = r"(?!\s+(?:and|as\s+well\s+as|alongside|along\s+with|including|y|et|und)\s+(?:you|vous|ti|te|sie|dich))"
OTHER_PERSON = _words(
    r"(?:an?other|other|different|internal|external|stronger|more\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:candidate|applicant|person|people|profile|individual|finalist|hire)s?" + _ELSE,
    r"(?:someone|somebody)\s+(?:else|(?:with|whose)\s+(?:more|greater|deeper|stronger|broader)|who\s+(?:brings"
    r"|has|better|more|is\s+a\s+(?:closer|better|stronger))|whose\s+(?:[\w-]+\s+)?(?:background|experience|profile"
    r"|skills?|expertise))",
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:candidate|applicant|person|profile)\s+(?:with|whose|who|that)",
    r"(?:candidates|applicants|profiles)\s+(?:with|whose|who|that)",
    r"d'autres\s+(?:candidat\w*|profils?|personnes?|candidatures?)",
    r"des\s+(?:candidat\w*|profils?|personnes?)\s+(?:dont|qui|plus|ayant|avec)",
    r"(?:d')?(?:un|une)\s+autre\s+(?:candidat\w*|profil|personne|candidature)",
    r"(?:un|une|la|d'un|d'une)\s+(?:candidat|candidate|profil|personne|candidature)s?\s+(?:dont|qui|plus|d'un|d'une"
    r"|avec)",
    r"(?:otro|otra|otros|otras)\s+(?:[\w-]+\s+)?(?:candidat|perfil|persona)\w*" + _ELSE,
    r"alguien\s+(?:con\s+más|más|que\s+(?:tiene|encaja|se\s+ajusta|aporta))",
    r"(?:un|una)\s+(?:candidat|perfil|persona)\w*\s+(?:que|con|más|cuy[oa])",
    r"(?:candidat[oa]s|perfiles|personas)\s+(?:que|con|más|cuy[oa]s?)",
)
CHOICE_VERB = _words(
    # en
    r"decided", r"decision", r"chose", r"chosen", r"choose", r"selected", r"opted", r"gone", r"went", r"go",
    r"going", r"proceed\w*", r"hiring", r"elected",
    r"mov(?:e|ed|ing)", r"continu\w*", r"pursu\w*", r"hired", r"picked", r"offered",
    r"extend\w*", r"give", r"given", r"gave", r"giving", r"award\w*", r"favou?r\w*", r"prioriti[sz]\w*",
    r"settled", r"found", r"appointed", r"progress\w*", r"advanc\w*", r"offer", r"identified",
    # fr
    r"choisi\w*", r"choix", r"décidé", r"retenu\w*", r"sélectionné\w*", r"privilégi\w*", r"poursui\w*",
    r"continuer", r"orienté\w*", r"porté\w*", r"préféré\w*",
    # es
    r"decantado", r"inclinado", r"optado", r"elegido", r"escogido", r"seleccionado", r"decidido", r"decisión",
    r"apostado", r"seguir", r"continuar", r"avanzar", r"contratado", r"favor",
)
# "nos hemos decantado por otro perfil", "the panel opted to go with someone else", "extend the offer to
# another candidate", "fait le choix de poursuivre avec un candidat dont …".
CHOSE_ANOTHER = (CHOICE_VERB + r"\s+" + gap(7) + OTHER_PERSON,)

# German puts the verb last: "uns für andere Profile entscheiden", "für einen anderen Bewerber entschieden".
CHOSE_ANOTHER_DE = (
    r"für\s+(?:einen?\s+|eine\s+)?(?:anderen?|andere\w*|weitere\w*)\s+(?:[^\s.!?;:]+\s+){0,2}?"
    r"(?:kandidat|bewerber|person|profil|besetzung)\w*",
    r"(?:ein|eine)\s+(?:andere[rn]?)\s+(?:kandidat|bewerber|person)\w*\s+(?:[^\s.!?;:]+\s+){0,6}?"
    r"(?:mehr|besser|passender|überzeugt|mitbringt)",
    # "wir setzen das Verfahren mit Bewerberinnen fort, die …"
    r"(?:setzen|führen)\s+(?:[^\s.!?;:]+\s+){0,4}?mit\s+(?:anderen\s+|weiteren\s+)?(?:kandidat|bewerber)\w*\s+fort",
    # "den Prozess mit Kandidaten fortsetzen, die bereits … mitbringen"
    r"mit\s+(?:anderen\s+|weiteren\s+)?(?:kandidat|bewerber)\w*\s+(?:[^\s.!?;:,]+\s+){0,2}?(?:fortsetzen|fortzusetzen"
    r"|weitermachen|weiterführen|weiterzuführen),?\s+die",
    r"gegen\s+(?:[^\s.!?;:]+\s+){0,4}?entschieden", r"für\s+jemand(?:en)?\s+(?:ander\w*|mit)",
    r"kein\w*\s+(?:[^\s.!?;:]+\s+)?(?:angebot|zusage)\s+(?:[^\s.!?;:]+\s+){0,3}?(?:unterbreiten|machen|geben|erteilen)",
    r"(?:stelle|position|vakanz)\s+(?:[^\s.!?;:]+\s+){0,6}?(?:inzwischen|bereits|schon|nun|mittlerweile|anderweitig)"
    r"\s+(?:[^\s.!?;:]+\s+){0,2}?(?:besetzt|besetzen|vergeben)",
)

# Not going on with the user: a negator, a continuation verb, and the process or the user's application.
# Contractions are spelt out: the scanner starts a phrase at a word start, and "n't" is inside "can't".
_NEG = r"(?:not|n't|no\s+longer|unable\s+to|cannot|won't|will\s+not|can't|couldn't|don't|aren't|wouldn't)"
STOP_WITH_USER = (
    _NEG + r"\s+(?:be\s+)?(?:able\s+to\s+)?(?:proceed|progress|continu|advanc|mov|tak|pursu|carry)\w*\s+"
    r"(?:[^\s.!?;:]+\s+){0,3}?(?:forward|further|ahead|with\s+(?:you|your))(?!\s+(?:until|till|before)\b)",
    r"(?:pass|passing|passed)\s+on\s+(?:your|this)\s+(?:application|candidacy|profile)",
    r"decided\s+against",
    # closing the user's application: "close out your candidacy", "clôturer votre candidature"
    r"(?:clos(?:e|ed|ing)|clôtur\w*|cerra\w*|archiv\w*|declin\w*|reject\w*)\s+(?:out\s+)?(?:your|votre|tu|su)\s+"
    r"(?:application|candidacy|candidature|candidatura|solicitud|profile)",
    r"(?:gone|go|going|went)\s+(?:in\s+)?(?:another|a\s+different)\s+(?:way|direction|route)",
    r"(?:don't|do\s+not|didn't|did\s+not)\s+see\s+(?:a|the|an?\s+\w+)\s+(?:match|fit)",
    # fr: "nous n'allons pas poursuivre le processus avec vous", "ne pas donner suite"
    r"(?:ne|n')\s*(?:[^\s.!?;:]+\s+){0,3}?(?:pas|plus)\s+(?:[^\s.!?;:]+\s+){0,2}?"
    r"(?:poursuivre|continuer|avancer|retenir|aller\s+plus\s+loin)\w*",
    r"ne\s+correspond\s+pas\s+(?:[^\s.!?;:]+\s+){0,2}?(?:attentes|besoins|critères|exigences|recherches)",
    # es
    r"no\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+|seguiremos\s+)?(?:seguir|continuar|avanzar|proceder)\w*\s+"
    r"(?:adelante\s+)?con(?:\s+(?:tu|su|usted)|tigo)",
    r"no\s+(?:se\s+ajusta|encaja)",
    # de: "den Prozess mit Ihnen nicht fortzusetzen"
    r"nicht\s+(?:weiter\s+)?(?:fort|weiter)(?:zu)?(?:setzen|führen|verfolgen)",
    r"nicht\s+(?:weiter\s+)?(?:zu\s+)?berücksichtig\w*",
    r"für\s+(?:sie|dich)\s+geht\s+es\s+(?:[^\s.!?;:]+\s+){0,4}?nicht\s+weiter",
    # after a test: "das Ergebnis reicht leider nicht für die nächste Runde", "nous ne retenons pas votre
    # candidature", "no pasas a la siguiente fase"
    r"(?:reicht|reichte|genügt|genügte|reichen)\s+(?:[^\s.!?;:]+\s+){0,2}?(?:ergebnis|punktzahl|leistung|erfahrung"
    r"|profil|qualifikation)\w*\s+(?:[^\s.!?;:]+\s+){0,2}?nicht",
    r"(?:ergebnis|punktzahl|leistung|erfahrung|profil|qualifikation)\w*\s+(?:reicht|reichte|genügt|genügte|reichen)\s+"
    r"(?:[^\s.!?;:]+\s+){0,2}?nicht",
    r"ne\s+(?:retenons|retiendrons|poursuivrons|pouvons\s+retenir)\s+pas\s+(?:votre|ta|ton)\s+(?:candidature|profil"
    r"|dossier)",
    r"no\s+(?:pasas|pasa|pasarás|pasará|avanzas|avanza|avanzarás|continúas|continúa)\s+a\s+la\s+(?:siguiente|próxima"
    r"|última)\s+(?:fase|etapa|ronda)",
    # German puts the negator last: "ein zweites Gespräch werden wir daher nicht ansetzen"
    r"(?:(?:zweites|weiteres|nächstes|erneutes|letztes)\s+)?(?:gespräch|interview|runde)\s+(?:[^\s.!?;:]+\s+){0,4}?"
    r"nicht\s+(?:mehr\s+)?(?:ansetzen|anbieten|führen"
    r"|vereinbaren|einplanen)",
    # not taking the user to the next stage: "we won't be moving to the onsite stage"
    _NEG + r"\s+(?:be\s+)?(?:moving|move|advancing|advance|progressing|progress|inviting|invite|taking)\s+"
    r"(?:you\s+|your\s+(?:application|candidacy|profile|submission)\s+)?"
    r"(?:forward\s+)?(?:on\s+)?(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:stage|round|step)",
    r"(?:can't|cannot|unable\s+to|won't\s+be\s+able\s+to)\s+(?:make|go\s+ahead\s+with)\s+the\s+hire",
    # a negated invitation to interview: "keine Möglichkeit, Sie zu einem Vorstellungsgespräch einzuladen"
    r"(?:not|n't|unable|cannot|kein\w*|nicht|pas|no)\s+(?:[^\s.!?;:]+\s+){0,6}?(?:einzuladen|einladen|invite|inviting"
    r"|inviter|invitarte|invitarle|convocarte|proposer\s+(?:un\s+|d')entretien"
    r"|ofrecer(?:te|le|les)\s+(?:una\s+)?entrevista)",
)

# An offer of employment needs an employment frame, not just "offer" ("offer you an interview" is none).
RESCINDED = (
    r"no\s+longer\s+(?:[^\s.!?;:]+\s+){0,4}?(?:proceed|move\s+forward|honou?r|extend|go\s+ahead)\w*\s+with\s+"
    r"(?:your|the|our)\s+(?:[^\s.!?;:]+\s+){0,2}?offer",
    # "the offer is therefore withdrawn", "your offer has been rescinded" - not "what to do when an offer is rescinded"
    r"(?:the|your|our|this)\s+(?:[^\s.!?;:]+\s+){0,3}?offer\s+(?:[^\s.!?;:]+\s+){0,5}?(?:is|has\s+been|was|been)\s+"
    r"(?:\w+\s+)?(?:rescinded|withdrawn|revoked|cancell?ed)",
    r"(?:not|n't|unable\s+to|cannot)\s+(?:be\s+)?(?:able\s+to\s+)?(?:proceed|move\s+forward|go\s+ahead|honou?r)\s+"
    r"with\s+(?:your|the|our)\s+(?:[^\s.!?;:]+\s+){0,2}?offer",
    r"revenir\s+sur\s+(?:la|notre|votre|cette)\s+(?:promesse|proposition|offre)",
)
_WANT = _words(r"love", r"like", r"want", r"wants", r"thrilled", r"delighted", r"happy", r"excited", r"ravis?",
               r"aimerait", r"aimerions", r"voudrions", r"souhaitons", r"souhaiterions",
               r"heureux", r"encantaría", r"gustaría", r"queremos", r"möchten", r"würden", r"wollen")
_JOIN = _words(r"join", r"come\s+aboard", r"come\s+on\s+board", r"rejoign\w*", r"rejoindre", r"unieras", r"unas",
               r"incorpores", r"im\s+team\s+haben", r"an\s+bord", r"take\s+the\s+job", r"take\s+the\s+role",
               r"accept\s+the\s+(?:job|role|position)", r"einstellen", r"hire\s+you", r"recruter", r"contratarte",
               r"come\s+and\s+(?:be|build|join|work)",
               r"bring\s+you\s+on")
# Joining for a meeting is no job: "we'd love to have you join us for an onsite interview".
NOT_FOR_A_MEETING = (r"(?!\s+(?:(?:us\s+|the\s+team\s+)?(?:for|at|on)\s+(?:an?|the|our|a\s+quick)|our|the|an?)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:interview|call|chat|meeting|conversation|lunch|coffee|session|event"
                     r"|webinar|visit|panel|round|assessment))")
# An offer phrase whose own words name a meeting or a stage offers that, not a job ("selected for the final
# interview for the role", "offer you a slot in our assessment centre for the position").
MEETING_GUARD = re.compile(r"interview|entrevista|entretien|gespräch|\bround\b|\bstage\b|shortlist|assessment|\bslot")
OFFER_FRAMES = (
    _WANT + r"\s+(?:[^\s.!?;:]+\s+){0,6}?" + _JOIN + NOT_FOR_A_MEETING,
    r"(?:ready|free)\s+to\s+(?:come\s+aboard|come\s+on\s+board|join\s+(?:us|the\s+team))",
    r"(?:job|role|position|post|poste|puesto|stelle)\s+(?:is|est|es|gehört)\s+(?:yours|tuyo|suyo|à\s+(?:toi|vous)"
    r"|(?:dir|ihnen))",
    r"(?:job|role|position)'s\s+yours",
    r"(?:chosen|selected|picked)\s+you\b", r"you're\s+the\s+(?:person|one|candidate)\s+we\s+(?:want|chose|picked)",
    r"c'est\s+(?:toi|vous)\s+(?:qu'on|que\s+nous)\s+(?:a|avons)\s+(?:choisie?|retenue?|sélectionnée?)",
    r"te\s+hemos\s+(?:elegido|seleccionado|escogido)",
    # "votre candidature a été retenue (pour le poste)", not "retenue pour un entretien / la prochaine étape"
    r"(?:candidature|vous)\s+(?:avez\s+|a\s+)?(?:bien\s+)?été\s+retenue?s?(?:\s+pour\s+le\s+poste)?(?!\s+pour)",
    r"(?:proposer|offrir|ofrecerte|ofrecerle|offer\s+you|anbieten)\s+(?:un|una|a|an|einen)\s+(?:[^\s.!?;:]+\s+){0,2}?"
    r"(?:contrat|cdi|cdd|contrato|contract|arbeitsvertrag|vertrag)",
    # onboarding after a yes: "félicitations et bienvenue !", "congratulations and welcome to the team",
    # "pour finaliser votre arrivée" - not "welcome to the next round"
    r"(?:félicitations|congratulations|enhorabuena|felicidades|glückwunsch)\s*(?:et|and|y|und|,|!)?\s*(?:bienvenue"
    r"|welcome|bienvenid[oa]|willkommen)(?!\s+(?:to\s+|à\s+|a\s+|in\s+|zur\s+)?(?:the\s+|our\s+|la\s+|l'|el\s+|der\s+)?"
    r"(?:next|final|prochaine|nächste|siguiente|round|stage|étape|fase|runde|event|webinar|session))",
    r"(?:finaliser|préparer|organiser)\s+votre\s+arrivée",
    r"(?:it's|it\s+is)\s+a\s+yes", r"(?:your|the)\s+offer\s+is\s+ready", r"e-?sign\s+your\s+offer",
)

# A candidate portal's status line says the outcome in one or two words ("status: not selected", "neuer Status:
# Absage erteilt", "estado: proceso finalizado", "has changed to: offer extended"); ATS mail around it is boilerplate
# (no-reply footers, log-in links), so the line outweighs it.
_STATUS = r"(?:(?:estado|status|statut)\s*:?|(?:aktueller\s+)?stand\s*:)\s+(?:[^\s.!?;]+\s+){0,12}?"
# A portal's status line names the role, a dash and the status ("Senior Data Analyst - rejected", "Chef de projet -
# candidature déclinée"): the value ends its line, and the dash is checked behind it (the scan starts at the value).
_LINE_VALUES = ("rejected", "not selected", "unsuccessful", "candidature déclinée", "non retenue", "non retenu",
                "abgelehnt", "absage", "rechazada", "rechazado", "descartada", "descartado", "no seleccionada",
                "no seleccionado")
PORTAL_REJECTION = (
    _STATUS + r"(?:descartad[oa]|rechazad[oa]|abgelehnt|rejected|declined|refusée?|non\s+retenue?|not\s+selected"
    r"|unsuccessful|absage|proceso\s+(?:finalizado|cerrado)|no\s+longer\s+(?:under|in)\s+consideration"
    r"|candidature\s+clôturée|candidature\s+déclinée|nicht\s+berücksichtigt)",
    *(re.escape(value).replace("\\ ", " ") + rf"(?<=\s[-–]\s{re.escape(value)})(?=[ \t]*(?:\n|$))"
      for value in _LINE_VALUES),
)
PORTAL_OFFER = (
    _STATUS + r"(?:offer\s+(?:extended|made|sent)|angebot\s+(?:versendet|verschickt|unterbreitet|erstellt)"
    r"|offre\s+(?:envoyée|proposée|émise)|(?:oferta|propuesta)\s+(?:enviada|emitida|extendida|realizada))",
)

# Next steps: booking a slot, one more conversation, a first stage passed, an invitation, a moved meeting.
NEXT_FRAMES = (
    _words(r"réserver", r"choisir", r"sélectionner", r"book", r"pick", r"choose", r"select", r"elegir", r"elige",
           r"escoger", r"reservar", r"wählen", r"buchen") + r"\s+(?:[^\s.!?;:]+\s+){0,3}?"
    + _words(r"créneau", r"slot", r"time", r"horario", r"hora", r"termin", r"date", r"fecha", r"rendez-vous"),
    _words(r"one\s+(?:more|last)", r"another", r"last", r"final", r"second", r"última", r"otra", r"segunda",
           r"dernier", r"second", r"nouvel", r"letztes", r"weiteres", r"zweites") + r"\s+"
    + _words(r"conversation", r"chat", r"call", r"meeting", r"conversación", r"charla", r"reunión", r"échange",
             r"rendez-vous", r"gespräch", r"treffen"),
    r"(?:which|what)\s+days?\s+(?:suits?|works?|would\s+(?:suit|work))",
    r"(?:meet|see)\s+you\s+(?:again|in\s+person)", r"(?:like|love|want)\s+to\s+meet\s+you",
    r"confirm\w*\s+(?:of\s+)?(?:your|the|la|votre|tu)\s+(?:[^\s.!?;:]+\s+)?(?:interview|call|entrevista|entretien)",
    _words(r"propon\w*", r"propos(?:e|ons|er)", r"offer\s+you", r"ofrecerte")
    + r"\s+(?:una|un|an|a)\s+(?:[^\s.!?;:]+\s+)?"
    + _words(r"entrevista", r"entretien", r"interview", r"call", r"échange"),
    _words(r"superado", r"passed", r"réussi", r"bestanden", r"gemeistert", r"cleared") + r"\s+(?:la|the|die|le)\s+"
    + _words(r"primera", r"first", r"erste", r"première") + r"\s+" + _words(r"fase", r"round", r"runde", r"étape",
                                                                            r"stage"),
    r"(?:vous|t')\s*invit\w*", r"te\s+invitamos", r"invit\w*\s+you\s+(?:[^\s.!?;:]+\s+){0,4}?(?:to|for)",
    r"next\s+(?:part|phase|step|stage|round)", r"take-?\s?home\s+(?:project|assignment|task|exercise|challenge)",
    r"suite\s+du\s+processus",
    r"retenue?s?\s+pour\s+(?:la\s+|l')?(?:prochaine|suivante|un\s+entretien|entretien|suite)",
    r"reprogramm\w*", r"reprogramar", r"verlegen", r"terminüberschneidung", r"mover(?:la|lo)", r"aplazar",
    r"cambiar\s+(?:la\s+)?(?:hora|fecha)", r"décaler", r"(?:push|move|shift)\s+(?:it|our|the|your)\s+"
    r"(?:[^\s.!?;:]+\s+)?(?:interview|call|meeting|on-?site)",
)

# Still in the running, not decided yet, no news yet.
PENDING_FRAMES = (
    r"(?:sigue|sigues|continúa|continúas|seguimos)\s+(?:siendo\s+)?(?:en\s+(?:el\s+)?proceso|valorad\w*|en\s+pie"
    r"|en\s+(?:la\s+)?carrera)",
    r"(?:toujours|encore)\s+(?:dans\s+la\s+course|à\s+l'étude|en\s+lice)",
    r"(?:weiterhin|noch)\s+im\s+(?:rennen|prozess|auswahlverfahren)",
    r"still\s+in\s+(?:consideration|contention|the\s+process)",
    # "keep you in the process", "vous garder dans le processus", "mantenerte en el proceso"
    r"(?:keep|garder|mantener)\w*\s+(?:you\s+|vous\s+)?(?:in|dans|en)\s+(?:the|le|el)\s+(?:process|processus|proceso"
    r"|running|course)",
    r"(?:don't|do\s+not|haven't|have\s+not|no)\s+(?:[^\s.!?;:]+\s+){0,5}?(?:update|news|decision|feedback|debrief"
    r"|discussion|sign-off|approval)\w*\s+yet",
    r"pas\s+encore\s+(?:de|d'|pris|reçu|eu)", r"(?:aún|todavía)\s+no\s+(?:tengo|tenemos|hay|he|hemos)\s+"
    r"(?:[^\s.!?;:]+\s+){0,2}?(?:noticias|respuesta|decisión|novedades)",
    r"(?:finalis|termin|finiss)\w*\s+(?:les\s+|nos\s+|ses\s+|leurs\s+)?(?:derniers\s+)?entretiens",
    r"(?:encore\s+)?rien\s+(?:n'est\s+)?(?:encore\s+)?(?:arrêté|décidé|tranché)",
    # still + an ongoing evaluation verb: "aún estamos entrevistando", "still speaking with", "noch prüfen"
    r"(?:aún|todavía|still|noch|encore|toujours)\s+(?:[^\s.!?;:]+\s+){0,2}?(?:entrevist|evalu|revis|valor|interview|decid"
    r"|review|speak|talk|meet|assess|consider|prüf|sprech|examin|étudi|rencontr)\w*",
)
HOLD_FRAMES = (r"waiting\s+list", r"nachrück\w*")

# Receipt: a receiving verb and the user's own document, in either order, within one clause.
_MINE = _words(r"your", r"votre", r"vos", r"tu", r"tus", r"su", r"sus", r"ihre", r"ihrer", r"deine", r"deiner", r"dein")
_DOC = _words(r"application", r"cv", r"resume", r"résumé", r"submission", r"documents?", r"candidacy",
              r"candidature", r"dossier", r"candidatura", r"solicitud", r"bewerbung", r"unterlagen", r"arbeitsprobe",
              r"réponses", r"questionnaire", r"prueba", r"assessment", r"test")
_RECEIVED = _words(r"received", r"receipt", r"recibid[oa]s?", r"recepción", r"reçue?s?", r"réception",
                   r"enregistrée?s?", r"registrad[ao]", r"eingegangen", r"erhalten", r"eingang", r"übermittelt",
                   r"submitted", r"transmise?", r"enviad[ao]\s+con\s+éxito", r"angekommen")
ACK_FRAMES = (
    _RECEIVED + r"\s+(?:[^\s.!?;:]+\s+){0,3}?" + _MINE + r"\s+(?:[^\s.!?;:]+\s+){0,1}?" + _DOC,
    _MINE + r"\s+(?:[^\s.!?;:]+\s+){0,1}?" + _DOC + r"\s+(?:[^\s.!?;:()]+\s+|\([^)]{0,30}\)\s+){0,4}?"
    + _RECEIVED,
    r"bien\s+été\s+(?:reçue?s?|enregistrée?s?|transmise?s?|prise?s?\s+en\s+compte)",
    r"(?:la|lo|las|los)\s+hemos\s+recibido", r"¡recibido\s*!", r"recibido\s*!",
    _words(r"thank(?:s|\s+you)\s+for", r"merci\s+d'avoir", r"gracias\s+por", r"danke\s+für\s+die",
           r"dank\s+für\s+die")
    + r"\s+(?:[^\s.!?;:]+\s+){0,1}?" + _words(r"submitting", r"sending", r"completing", r"complété", r"envoyé",
                                              r"enviarnos", r"enviar", r"completar", r"übermittlung", r"zusendung"),
    r"only\s+(?:[^\s.!?;:]+\s+){0,2}?candidates\s+(?:will|who)",
    r"(?:passed|forwarded|shared|flagged)\s+(?:[^\s.!?;:]+\s+){0,3}?(?:on\s+)?(?:to|with)\s+(?:the|our|my)\s+"
    r"(?:hiring|team|recruit|manager|panel|committee)",
    r"(?:we|i)\s+(?:have|'ve\s+got|got)\s+your\s+(?:cv|application|resume|résumé)",
    r"got\s+your\s+(?:cv|resume|résumé)",
)
ACK_SOFT_FRAMES = (
    _words(r"danke", r"dank", r"gracias", r"merci", r"thanks?", r"thank\s+you") + r"\s+(?:für|por|pour|for)\s+"
    + _words(r"deine", r"ihre", r"tu", r"su", r"votre", r"your") + r"\s+" + _words(r"bewerbung", r"candidatura",
                                                                                     r"candidature", r"application",
                                                                                     r"interés", r"interesse"),
)

# The user is the interviewer: the candidate is someone else, in the third person.
INTERVIEWER_FRAMES = (
    r"intervieweu(?:r|se)s?", r"como\s+entrevistador\w*", r"(?:her|his|their)\s+(?:cv|resume|résumé)",
    r"(?:round|interview|feedback)\s+(?:for|with)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?candidate\b",
    r"everyone's\s+feedback", r"grille\s+d'évaluation",
)
