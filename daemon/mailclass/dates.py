"""The promised decision date: "we'll get back to you by Friday", "bis Ende November", "d'ici vendredi".

Only sentences where the employer promises an answer count; requests to the candidate
(offer acceptance, assessment due dates, application deadlines, "re-apply in 6 months")
are not decision dates. Relative expressions resolve against the message's own date.
"""

from __future__ import annotations

import re
from datetime import date

from afterview.daemon.mailclass.dateexpr import business_days_after, resolve_expression
from afterview.daemon.mailclass.dispatch import Scanner

__all__ = ["business_days_after", "find_decision_date", "resolve_expression"]

# A promise of an answer from the employer…
_PROMISE = re.compile(
    r"let\s+you\s+know|get\s+back\s+to\s+you|get\s+back\s+in\s+touch|hear\s+(?:back\s+)?from\s+(?:us|me)"
    r"|be\s+(?:back\s+)?in\s+touch|update\s+you|circle\s+back|decisions\s+(?:will|should)\s+be"
    # Confirming is a promise unless what is confirmed is a meeting ("te confirmo la entrevista para el 7").
    r"|(?:(?:will|'ll|to)\s+confirm|te\s+confirmo)(?!\s+(?:the|your|a|an|la|el|tu|una|un)\s+(?:interview|time|slot"
    r"|call|meeting|date|entrevista|cita|reunión|hora|fecha|llamada))"
    r"|feedback\s+for\s+you|(?:have|give|share)\s+(?:you\s+)?(?:some\s+)?(?:feedback|news)|(?:make|reach|have|expect|take)\s+(?:a\s+|our\s+|the\s+|any\s+)?(?:final\s+)?"
    r"decision|decision\s+(?:will|should)\s+be|(?:an?|the|our)\s+(?:(?:final|definite|definitive|clear|firm|formal"
    r"|quick|written|proper)\s+)?(?:answer|decision|update|outcome"
    r"|feedback)|come\s+back\s+to\s+you|reach\s+out\s+to\s+you|contact\s+you|inform\s+you|notify\s+you"
    r"|(?:respond|reply)\s+to\s+you|(?:will|'ll)\s+reply|let\s+(?:all\s+)?(?:candidates|applicants)\s+know|keep\s+you\s+(?:posted|informed|updated)"
    r"|(?:will|we'll|i'll|they'll|should|(?:expect|plan|hope|aim|want)(?:s|n?ing)?\s+to)\s+decide"
    # "we'll make a call on it by Friday", "we will tell you by 6 November whether …", "expect to contact
    # shortlisted candidates by 21 November"
    r"|make\s+(?:a|the|our|my)\s+(?:final\s+)?call\s+on|(?:will|we'll|i'll|they'll)\s+tell\s+you"
    r"|(?:expect|plan|aim|hope)(?:s|n?ing)?\s+to\s+contact"
    r"|(?:we|i|they)'ll\s+confirm|(?:we'll|i'll|will)\s+know\s+more|promised\s+(?:me\s+|us\s+)?(?:feedback|an?\s+answer)"
    r"|respond\s+to\s+(?:all|every|each)\s+(?:applicants?|candidates?|applications?)"
    r"|melden\s+uns|rückmeldung|entscheidung|entscheiden|bescheid|antwort|hören\s+sie\s+von\s+uns|informieren\s+sie"
    r"|reviendr(?:ons|a|ai)\s+vers\s+vous|revenir\s+vers\s+vous|vous\s+répondr(?:a|ons)|(?:on|je)\s+te\s+dit"
    r"|réponse|décision|de\s+nos\s+nouvelles"
    r"|tiendrons\s+informée?|tiens\s+informée?|vous\s+informer|vous\s+recontacter|(?:un|notre|mon)\s+retour"
    r"|répondre\s+à\s+(?:chaque|tous|toutes|vous)|vous\s+ferons\s+part"
    r"|respuesta|decisión|noticias\s+nuestras|pondremos\s+en\s+contacto|contestaremos|responderemos"
    r"|informaremos|te\s+(?:digo|escribo|respondo|aviso|cuento)(?!\s*(?::|para\b|cómo\b|que\b))|te\s+diremos|te\s+avisaremos|te\s+(?:diré|contaré|confirmaré)|le\s+(?:diré|diremos)"
    # Someone will hear, know or have clarity (the news then reaches the candidate): "should hear by the end of
    # February", "expect to know more by", "we'll have clarity in 10 working days", "sabremos algo a finales de mes".
    # (A contraction is no word start for the scanner: "they'll" is spelt out.)
    r"|(?:will|should|expect\s+to|hope\s+to)\s+hear|hear\s+(?:back\s+)?(?:by|within|before|next|this)"
    r"|know\s+more|(?:have|get|expect)\s+(?:more\s+)?clarity|(?:should|will|expect\s+to|hope\s+to|(?:i|we)'ll)\s+know\b"
    r"|(?:will|(?:i|we)'ll)\s+message\s+you"
    r"|(?:will|should|going\s+to|(?:we|i|they|he|she)'ll)\s+(?:let\s+(?:me|us)\s+know|reach\s+out|review)"
    r"|sabremos|sabré|saurons|saurai|wissen\s+wir|weiß\s+ich|revisará"
    # German word order puts the verb first or last: "melden wir uns", "melde mich", "Sie hören … von mir".
    r"|melden\s+(?:wir\s+)?(?:uns|mich|sich)|melde\s+(?:ich\s+)?mich|meldet\s+sich"
    r"|h[öo]r(?:en|st)\s+(?:\S+\s+){0,5}?von\s+(?:uns|mir)|(?:je\s+)?(?:reviens|revenons)\s+vers\s+(?:vous|toi)"
    # Said of the decision itself: "final decisions are due within 7 days", "results will be confirmed by 27/10".
    r"|decisions?\s+(?:are|is)\s+(?:due|expected)|(?:results?|outcomes?)\s+(?:will|should)\s+be\s+(?:confirmed"
    r"|communicated|shared|sent|announced|known)"
    # Written to everyone, and verb-first orders: "we will write to all interviewed candidates", "we reply to
    # everyone within 14 days", "come back to all candidates", "informieren wir Sie", "nous vous dirons".
    r"|write\s+to\s+(?:you|all|every\w*|each)|reply\s+to\s+(?:all|every\w*|each)|come\s+back\s+to\s+(?:all|every\w*|each)"
    r"|informieren\s+wir\s+(?:sie|dich|euch)|(?:vous|te)\s+dirons|esperamos\s+saber\w*"
    r"|recontact\w*|contactar(?:emos|é|á)|(?:vous|te)\s+contacter(?:ons|a|ai)|kontaktier\w*"
    # Everyone is told: "decisions go out by", "all candidates will be notified", "let everyone know", "get back to
    # every finalist", "clôturer le processus d'ici fin novembre".
    r"|decisions?\s+(?:go|goes|will\s+go)\s+out|notified|benachrichtig\w*|notifiée?s?|notificad[oa]s?"
    r"|let\s+(?:all\s+)?(?:candidates|applicants|everyone|everybody)\s+know|get\s+back\s+to\s+(?:every\w*|all|each)"
    r"|(?:clôturer|close|conclude|wrap\s+up|finish|finali[sz]e|abschließen|cerrar)\s+(?:le|the|our|den|el|das)\s+"
    r"(?:processus|process|recrutement|search|prozess|proceso|verfahren|auswahlverfahren)"
    r"|(?:you'll|you\s+will|you\s+should)\s+(?:hear|have|get)|recibirás|recibirá"
    r"|te\s+(?:decimos|contamos|avisamos|escribimos|respondemos|confirmamos)|contest(?:o|amos|aré|aremos)"
    r"|vous\s+répondre|serez\s+fix\w*|retour\s+(?:promis|garanti|prévu|d'ici|sous|avant|dans)"
    r"|entschieden\s+haben|haben\s+wir\s+entschieden|(?:kommen|komme)\s+(?:wir|ich)\s+(?:\S+\s+)?auf\s+(?:sie|dich)\s+zu"
    r"|auf\s+(?:sie|dich)\s+zukommen|(?:sollten|werden|wollen)\s+wir\s+so\s+weit\s+sein"
    r"|resolución|comunicar(?:á|emos|é)"
    # Telling, sending or writing in the future tense: "je vous tiens au courant sous 3 jours ouvrés", "te
    # contaremos novedades el miércoles", "our scheduling team will email you tomorrow", "wir schicken dir innerhalb
    # von 14 tagen terminvorschläge", "seront contactés demain", "sie erhalten bis zum 26. oktober weitere nachricht".
    r"|(?:tiens|tiendrons|tiendrai|tenons)\s+au\s+courant"
    r"|te\s+(?:contaremos|confirmaremos|escribiremos|enviaremos|mandaremos|llamaremos)|le\s+(?:contaremos"
    r"|confirmaremos|escribiremos|enviaremos)|(?:te|le)\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?:mando|envío|enviaré|mandaré)\b"
    r"|(?:will|(?:we|i|they)'ll|going\s+to)\s+(?:email|e-mail|write\s+to|call|ring|phone)\s+you\b"
    r"|(?:schicken|senden|schreiben)\s+(?:wir\s+|ich\s+)?(?:dir|ihnen|euch)|(?:sie|du)\s+erh(?:alten|ältst)"
    r"|contacté(?:e|s|es)?\b|contactad[oa]s?\b|kontaktiert|(?:will|shall)\s+be\s+contacted"
    r"|(?:se\s+publicará(?:n)?|will\s+be\s+published|wird\s+(?:\S+\s+)?veröffentlicht|ser(?:a|ont)\s+publié(?:e|s|es)?)"
    r"|(?:you'll|you\s+will|you\s+should)\s+receive"
    # the panel's own timetable: "the panel expects to complete its assessment by", "our team reviews your
    # portfolio (within 7 business days)", "should have something for you", "we expect their answer by Friday"
    r"|complete\s+(?:its|our|their|the)\s+(?:assessment|review|evaluation|shortlisting|selection|deliberation)"
    r"|reviews?\s+your\s+(?:application|portfolio|cv|submission|candidacy|documents)"
    r"|(?:revisa|valora)\s+(?:tu|su)\s+(?:candidatura|portfolio|cv|solicitud|perfil)"
    r"|(?:prüft|sichtet)\s+(?:ihre?|deine?)\s+(?:bewerbung|unterlagen|portfolio|lebenslauf)"
    r"|(?:examine|étudie|examinera|étudiera)\s+(?:votre|ton|ta)\s+(?:candidature|portfolio|dossier|cv)"
    r"|(?:terminar|completar|finalizar|concluir)\s+(?:la|su|nuestra)\s+(?:evaluación|valoración|selección|revisión)"
    r"|(?:auswahl|prüfung|bewertung|sichtung)\s+(?:[^\s.!?;:]+\s+){0,4}?(?:abschließen|abzuschließen|beenden"
    r"|abgeschlossen)"
    r"|(?:terminer|achever|finaliser|boucler)\s+(?:l'|son\s+|sa\s+|notre\s+|leur\s+)?(?:évaluation|sélection"
    r"|examen|délibération)"
    r"|have\s+something\s+for\s+you|expect\s+(?:their|his|her|an?|the)\s+(?:answer|response|decision)"
    # someone ahead of the user must answer by then: "die Erstplatzierte wurde gebeten, sich bis Ende November zu
    # erklären"
    r"|sich\s+(?:\S+\s+){0,5}?zu\s+(?:erklären|entscheiden)"
    # Answering, deciding or telling everyone in the future, in each language: "will reply within 6 business days",
    # "we aim to review every application by", "expect to communicate decisions", "will contact all candidates",
    # "die Zu- oder Absage kommt bis", "nous comptons trancher d'ici", "el comité resolverá como muy tarde el".
    r"|(?:will|shall|(?:we|i|they)'ll|(?:expect|aim|plan|hope|intend)(?:ing)?\s+to)\s+(?:reply|respond|answer|revert"
    r"|communicate|follow\s+up|contact\s+(?:all|every|each|the)|review\s+(?:every|all|each|your))"
    r"|absage|(?:trancher|statuer|trancherons|tranchera|statuerons|statuera|déciderons|décidera)"
    r"|(?:resolver|decidir|responder)(?:á|án|emos)"
)
# A vague time right after the promise ("a decision for you as soon as we can") means an earlier date in the
# sentence is about something else ("we're wrapping up the last interviews this week").
_VAGUE = re.compile(r"as\s+soon\s+as|\bsoon\b|shortly|zeitnah|\bbald\b|so\s+schnell|dès\s+que|rapidement|pronto"
                    r"|en\s+cuanto|lo\s+antes")
# A rejection's only promise is feedback: its date counts only in a sentence that names it.
# (What a rejection promises "in writing" - "te lo envío por escrito" - is feedback too.)
_FEEDBACK = re.compile(r"feedback|notes|notizen|retour|rückmeldung|comentarios|devoluci[oó]n|commentaires"
                       r"|por\s+escrito|schriftlich|par\s+écrit|in\s+writing")
# Written feedback promised with a rejection ("I'll send over the written feedback", "te mando el feedback",
# "das ausführliche Feedback schicke ich Ihnen"): the noun is scanned, the giving is checked behind it (a pattern
# that starts at "the" or "send" would be tried at every such word).
_FEEDBACK_NOUN = r"feedback|notes|notizen|retour|retours|comentarios|informe"
_FEEDBACK_GIVEN = re.compile(
    r"(?:(?<![\w'])(?:send|share|give|pass|schick|sende|envoie|envoyer|envoi|transmet|mand|envi|recibir)\w*"
    r"\s+(?:\S+\s+){0,9}?|(?<![\w'])(?:put|compil|collect|gather|writ)\w*\s+(?:\S+\s+){0,2}?"
    r"|(?<![\w'])(?:the|our|my|their|its|detailed|written|das|le|el|mon|notre|un|ein|eine|einen|una|les)"
    r"\s+(?:\S+\s+){0,2}?)$"
)
_FEEDBACK_REACH = 90
_PROMISE_SCAN = Scanner([[_PROMISE.pattern], [_FEEDBACK_NOUN]], [1.0, 0.5])
# …unless the sentence asks something of the candidate or names a deadline of theirs.
_REQUEST = re.compile(
    r"let\s+us\s+know|your\s+(?:decision|answer|acceptance|response)|please|kindly|\bsign\b(?![\s-]+off)|\baccept|\breturn\b"
    r"|\bsubmit|\bcomplete\b(?!\s+(?:its|our|their)\b)|\bapply|applications?\s+close|expire|valid\s+until|deadline|re-?apply"
    r"|(?:we'd|we\s+would)\s+appreciate|you\s+(?:must|need\s+to|should)\b(?!\s+(?:have|hear|get|receive)\b)|i'm\s+back|i\s+return|my\s+return"
    r"|bitte|geben\s+sie\s+uns|teilen\s+sie\s+uns|ihre\s+entscheidung|zurücksenden|bewerbungsschluss|erneut"
    r"|merci\s+de|votre\s+décision|nous\s+faire\s+part|postulez|veuillez|(?:à|dès|après)\s+mon\s+retour"
    r"|tu\s+(?:respuesta|decisión)|agradecer|necesitar|por\s+favor|inscríbete|postular|fecha\s+límite|mi\s+regreso"
)


# "We're seeing two more people this week and then we'll decide": a date before "then" dates the step before.
_THEN = re.compile(r"\b(?:and\s+then|then|danach|dann|ensuite|puis|luego|después)\b")


# The date of a meeting being sent or confirmed is no decision date: "I'll email you the invite for Thursday",
# "sie erhalten die Einladung zum Gespräch am Montag", "contacté pour un entretien le 12", "la entrevista del lunes".
_SLOT = re.compile(
    r"(?:invit|einladung|interview|slot|call|meeting|gespräch|termin|entretien|entrevista|rendez-vous|cita|llamada"
    r"|reunión)\w*\s+(?:(?!antes\b|avant\b|vor\b|d'ici\b|bis\b)[^\s.!?;:]+\s+){0,2}?(?:for|on|at|am|le|el|pour|para|für|zum|au|du|del)\s+"
    r"(?:the\s+|den\s+|la\s+)?$"
)
# A span counted from a later event has no date yet (a date named outright still counts): "within 10 working
# days of the interview", "innerhalb von 10 Werktagen nach dem Termin", "sous 10 jours ouvrés après cet entretien",
# "en un plazo de 10 días hábiles desde la presentación". ("After that" keeps its date: the step just named.)
_SPAN = re.compile(r"^(?:within|in|over|innerhalb|binnen|sous|dans|en)\b.*(?:days?|weeks?|fortnight|tag(?:en)?|wochen?"
                   r"|jours?|ouvrés|ouvrables|calendaires|semaines?|quinzaine|huitaine|días|hábiles|laborables|semanas?)$")
_FROM_EVENT = re.compile(r"\s*(?:of|after|following|from|nach|après|suivant|desde|después|tras)\b"
                         r"(?!\s+(?:today|now|that|this|heute|jetzt|aujourd'hui|maintenant|hoy|ahora)\b)")
# A semicolon ends a request before a promise: "please send your availability; we aim to decide by …".
_STOPS = (". ", "! ", "? ", "; ")


def _ordinal(text: str, i: int) -> bool:
    """Given the index of a stop, returns whether it ends a day number ("am 15. März"), not a year ("2025. Wir")."""
    return i > 0 and text[i - 1].isdigit() and not (i >= 4 and text[i - 4:i].isdigit())


# Plain-text mail is often wrapped at 70-80 columns ("we will contact you within\n15 working days"): a newline
# continues the sentence after a long line that does not end in punctuation, unless a blank line or a list item
# follows. A short line (a greeting, a sign-off, a heading) ends at its newline.
_WRAPPED_LINE = 45
_ENDS = ".!?:;"
_ITEM = "-*•·>"
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")


def _wraps(text: str, i: int) -> bool:
    """Given the index of a newline, returns whether it only wraps a sentence onto the next line."""
    if i == 0 or i + 1 >= len(text) or text[i - 1] in _ENDS or text[i + 1] == "\n" or text[i + 1] in _ITEM:
        return False
    return _NUMBERED.match(text, i + 1) is None and i - (text.rfind("\n", 0, i) + 1) >= _WRAPPED_LINE


def _line_start(text: str, begin: int) -> int:
    """Given a position, returns where its sentence's first line starts (wrapped lines joined)."""
    i = text.rfind("\n", 0, begin)
    while i >= 0 and _wraps(text, i):
        i = text.rfind("\n", 0, i)
    return i + 1


def _line_end(text: str, finish: int) -> int:
    """Given a position, returns where its sentence's last line ends (wrapped lines joined)."""
    i = text.find("\n", finish)
    while i >= 0 and _wraps(text, i):
        i = text.find("\n", i + 1)
    return len(text) if i < 0 else i


def _sentence_start(text: str, begin: int) -> int:
    """Given a position, returns where its sentence starts: after . ! ? + space (not "am 15. März") or a line."""
    start = _line_start(text, begin)
    for stop in _STOPS:
        i = text.rfind(stop, start, begin)
        while _ordinal(text, i):
            i = text.rfind(stop, start, i)
        if i >= 0:
            start = max(start, i + 2)
    return start


def _sentence_end(text: str, finish: int) -> int:
    """Given a position, returns where its sentence ends (the same boundaries as `_sentence_start`)."""
    end = _line_end(text, finish)
    for stop in _STOPS:
        i = text.find(stop, finish, end)
        while _ordinal(text, i):
            i = text.find(stop, i + 1, end)
        if i >= 0:
            end = min(end, i)
    return end


def find_decision_date(text: str, as_of: date, *, feedback_only: bool = False) -> tuple[date, str] | None:
    """Given lower-cased employer text and the message's date, returns the promised date and its words.

    Returns None when no sentence promises an answer by a resolvable date; with `feedback_only` (a rejection)
    only a sentence that promises feedback counts.
    """
    if feedback_only and _FEEDBACK.search(text) is None:
        return None
    for index, begin, finish in _PROMISE_SCAN.scan(text):
        if index == 1 and _FEEDBACK_GIVEN.search(text, max(0, begin - _FEEDBACK_REACH), begin) is None:
            continue
        start = _sentence_start(text, begin)
        sentence = text[start:_sentence_end(text, finish)].replace("\n", " ")
        if _REQUEST.search(sentence) or (feedback_only and _FEEDBACK.search(sentence) is None):
            continue
        found = resolve_expression(sentence, as_of)
        if found is not None and _THEN.search(sentence, sentence.find(found[1]), begin - start):
            found = resolve_expression(sentence[begin - start:], as_of)
        if found is not None and _SLOT.search(sentence, 0, max(0, sentence.find(found[1]))):
            continue
        if (found is not None and _SPAN.search(found[1])
                and _FROM_EVENT.match(sentence, sentence.find(found[1]) + len(found[1]))):
            continue
        if found is not None and not (_VAGUE.search(sentence, finish - start, finish - start + 40)
                                      and sentence.find(found[1]) < begin - start):
            return found
    return None
