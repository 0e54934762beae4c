"""Cue phrases of the other labels (next step, pending, acknowledgement, auto-reply, other) in en/de/fr/es."""

from __future__ import annotations

from afterview.daemon.mailclass.family import Family
from afterview.daemon.mailclass.family import alt as _alt

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
    # (not the Spanish verb: "antes de que termine noviembre")
    r"(?:passenden\s+|neuen\s+)?termin(?:e|en|s|vorschläge?n?|abstimmung|findung|bestätigung|anfrage)?"
    r"(?!\s+(?:el|la|los|las|este|esta|su|tu|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre)\b)",
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
    # asking for a short slot of the user's time: "are you free for a 30 min call", "would you have 20 minutes",
    # "hättest du nächste Woche Zeit", "auriez-vous un créneau", "un premier échange", "¿tendrías 20 minutos?"
    r"(?:are\s+you\s+|would\s+you\s+be\s+)?(?:free|available)\s+for\s+(?:a|an)\s+(?:[^\s.!?;:]+\s+){0,3}?"
    r"(?:call|chat|conversation)",
    r"(?:would|do|could)\s+you\s+have\s+(?:[^\s.!?;:]+\s+){0,2}?minutes",
    r"(?:hättest|hast)\s+du\s+(?:[^\s.!?;:]+\s+){0,4}?zeit", r"hätten\s+sie\s+(?:[^\s.!?;:]+\s+){0,4}?zeit",
    r"auriez-vous\s+(?:un\s+)?(?:créneau|moment|disponibilité)", r"premier\s+échange",
    r"(?:tendrías|tienes|tendría|tiene)\s+(?:[^\s.!?;:]+\s+){0,3}?(?:minutos|un\s+rato|un\s+hueco)",
    # the invitation to the user's own presentation or interview: "l'invitation pour votre présentation devant le jury"
    r"(?:invitation|einladung|invitación)\s+(?:pour|à|zu|zur|zum|para|a|for|to)\s+(?:votre|ihre|ihrem|deine|deinem|your"
    r"|tu|su)\s+(?:[^\s.!?;:]+\s+)?(?:présentation|entretien|presentation|interview|präsentation|gespräch"
    r"|presentación|entrevista)",
    r"(?:présentation|presentation|präsentation|presentación)\s+(?:devant\s+le\s+jury|to\s+the\s+panel"
    r"|vor\s+der\s+(?:kommission|jury|auswahlkommission)|ante\s+el\s+tribunal)",
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
    r"under(?<!no\slonger\sunder)\s+(?:consideration|review)", r"in\s+the\s+running",
    r"(?:process|search)\s+is\s+(?:still\s+)?ongoing",
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
    # the user is next in line behind someone else's offer: "you're our backup choice", "auf Platz zwei",
    # "en deuxième position", "estás en segunda posición", "in case it doesn't go ahead", "si no sale"
    r"(?:backup|back-up|reserve)\s+(?:choice|option|pick)", r"keep\s+you\s+warm",
    # ranked on a reserve list: "reserve list", "liste complémentaire", "en el puesto número 2" of a bolsa/lista
    r"reserve\s+list", r"liste\s+complémentaire", r"lista\s+de\s+reserva",
    r"(?:bolsa|lista)\s+(?:de\s+[^\s.!?;:]+\s+)?(?:[^\s.!?;:]+\s+){0,6}?(?:en\s+el\s+)?(?:puesto|posición|lugar)\s+"
    r"(?:número\s+|n\.?º\s*)?\d+",
    r"(?:in\s+case|if)\s+(?:it|that|things)\s+(?:doesn't|does\s+not|don't|do\s+not)\s+(?:go\s+ahead|work\s+out"
    r"|pan\s+out|come\s+together)",
    r"(?:auf|an)\s+(?:platz|position|rang)\s+(?:zwei|2)\b", r"an\s+zweiter\s+stelle", r"auf\s+dem\s+zweiten\s+platz",
    r"falls\s+es\s+(?:[^\s.!?;:]+\s+){0,2}?nicht\s+klappt", r"vertragsverhandlungen\s+laufen",
    r"noch\s+nicht\s+(?:angenommen|unterschrieben)",
    r"(?:en\s+)?(?:deuxième|seconde)\s+position", r"si\s+(?:cela|ça)\s+ne\s+se\s+(?:fait|concrétise)\s+pas",
    r"(?:pas\s+encore|n'a\s+pas\s+encore)\s+accepté",
    r"(?:segunda|segundo)\s+(?:posición|lugar|puesto)", r"si\s+no\s+sale", r"(?:todavía|aún)\s+no\s+(?:la|lo)\s+ha\s+"
    r"aceptado", r"no\s+(?:la|lo)\s+ha\s+aceptado\s+(?:todavía|aún)",
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
    # passing what the user sent on to the team: "je les partage avec le responsable", "lo paso al equipo",
    # "ich leite alles an die Fachabteilung weiter", "will go through it with the team", "received!"
    r"(?:je|nous)\s+(?:les|la|le|l')\s*(?:partage|partageons|transmets|transmettons)\s+(?:avec|à)",
    r"(?:lo|la|los|las)\s+(?:paso|pasamos|comparto|compartimos|reenvío|reenviamos)\s+(?:al|a\s+la|con\s+el|a\s+mi"
    r"|a\s+nuestr[oa])",
    r"(?:leite|leiten)\s+(?:[^\s.!?;:]+\s+){0,3}?(?:an|zu)\s+(?:[^\s.!?;:]+\s+){0,2}?weiter",
    r"(?:go\s+through|have\s+a\s+look|take\s+a\s+look|look\s+(?:at|through))\s+(?:(?:it|them|this|these)\s+)?"
    r"(?:at\s+it\s+)?with\s+(?:the|my|our)\s+team",
    r"received\s*!", r"recibido\s*,", r"erhalten\s*!",
))

ACK_SOFT = Family("acknowledgement-soft", "acknowledgement", 1.0, _alt(
    r"thank(?:s|\s+you)\s+for\s+(?:applying|your\s+application|submitting|your\s+interest)", r"time\s+to\s+apply",
    r"(?:will|shall)\s+(?:review|take\s+a\s+look|be\s+reviewing)", r"review\s+(?:it|every|your)",
    r"dank\s+für\s+ihre\s+bewerbung", r"prüfen", r"merci\s+pour\s+votre\s+candidature",
    r"étudiée", r"gracias\s+por\s+(?:tu|su)\s+(?:candidatura|interés|solicitud)", r"revisaremos",
))

# An acknowledgement's footer: "if you have not heard from us within two weeks, please consider your application
# unsuccessful" - the longer phrase is matched first, so its "unsuccessful" casts no rejection vote. A strong cue: the
# rules read it and judged the "no" hypothetical, which the model (trained on words, not on scope) must not overrule.
PRESUMED_NO = Family("presumed-no", "acknowledgement", 3.0, _alt(
    r"(?:please\s+)?consider\s+(?:your\s+application\s+|yourself\s+)?(?:as\s+|to\s+be\s+)?unsuccessful",
    r"(?:please\s+)?assume\s+(?:that\s+)?(?:your\s+application\s+|you\s+)?(?:has\s+|have\s+|was\s+|were\s+)?"
    r"(?:not\s+been\s+successful|been\s+unsuccessful|unsuccessful|not\s+successful)",
    r"considérer\s+que\s+votre\s+candidature\s+n'a\s+pas\s+été\s+retenue",
    r"(?:entiende|considera|entienda|considere)\s+que\s+(?:tu|su)\s+candidatura\s+no\s+ha\s+sido\s+seleccionad[oa]",
    r"davon\s+aus,?\s+dass\s+(?:wir\s+)?(?:ihre|deine)\s+bewerbung\s+nicht\s+(?:weiter\s+)?berücksichtig\w*",
))

OUT_OF_OFFICE = Family("out-of-office", "auto_reply", 4.0, _alt(
    r"out\s+of\s+(?:the\s+)?office", r"(?:annual|parental|sick|maternity|paternity)\s+leave",
    # "I'm on leave", not "our director has been on leave" (a person explaining a delay)
    r"(?:i\s+am|i'm|i\s+will\s+be|i'll\s+be|currently)\s+(?:\w+\s+)?on\s+leave",
    r"(?:limited|sporadic|no)\s+access\s+to\s+(?:my\s+)?e-?mails?", r"(?:not|\w+n't)\s+checking\s+(?:my\s+)?e-?mails?",
    r"(?:respond|reply|get\s+back\s+to\s+you)\s+(?:\w+\s+){0,4}?(?:when\s+i'm\s+back|on\s+my\s+return|after\s+i"
    r"\s+return|upon\s+my\s+return)", r"will\s+not\s+be\s+forwarded", r"i'm\s+(?:away|out)\s+until",
    r"nicht\s+im\s+büro", r"abwesend", r"(?:bin|befinde\s+mich)\s+(?:[^\s.!?;:]+\s+){0,4}?im\s+urlaub",
    r"außer\s+haus", r"nicht\s+weitergeleitet",
    r"keinen\s+zugriff", r"absente?\s+du\s+bureau", r"en\s+congés?", r"(?:à|dès)\s+mon\s+retour",
    r"accès\s+limité", r"en\s+déplacement\s+jusqu", r"fuera\s+de\s+la\s+oficina",
    # "estoy de vacaciones", not "tienen a la directora de vacaciones" (a person explaining a delay)
    r"(?:estoy|me\s+encuentro|estaré|estaremos|estamos)\s+(?:[^\s.!?;:]+\s+){0,2}?de\s+vacaciones",
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
    r"open\s+(?:evening|day|studio)", r"tag\s+der\s+offenen\s+tür", r"soirée\s+(?:portes|découverte|recrutement)",
    r"jornada\s+(?:de\s+)?(?:puertas|informativa)", r"(?:drinks|snacks)\s+(?:and\s+\w+\s+)?on\s+us",
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
    r"retrait\s+de\s+votre\s+candidature", r"has\s+retirado", r"retirons\s+votre\s+candidature",
    r"retiramos\s+(?:tu|su)\s+candidatura", r"retirada\s+de\s+candidatura",
    r"bewerbung\s+(?:[^\s.!?;:]+\s+){0,3}?zurückgezogen",
    r"candidature\s+(?:[^\s.!?;:]+\s+){0,6}?(?:a\s+)?(?:bien\s+)?été\s+retirée",
    r"candidatura\s+(?:[^\s.!?;:]+\s+){0,6}?(?:ha\s+sido|fue|se\s+ha)\s+retirad[ao]",
    # The candidate took another job: "congratulations on your new role", "alles Gute für die neue Stelle".
    r"congratulations\s+on\s+(?:your|the)\s+new\s+(?:role|job|position)",
    r"félicitations\s+pour\s+(?:ce|votre|ton)\s+nouveau\s+(?:poste|job|emploi)",
    r"(?:alles\s+gute|viel\s+erfolg|glückwunsch)\s+(?:für\s+die|zur|bei\s+der)\s+neuen?\s+(?:stelle|position|job)",
    r"enhorabuena\s+por\s+(?:el|tu|su)\s+nuevo\s+(?:puesto|trabajo|empleo)",
))

# An application sent to the user (a manager who hires for their own team): "I am writing to apply for the
# supervisor position", "ich bewerbe mich hiermit", "je vous adresse ma candidature", "presentar mi candidatura".
APPLICATION_TO_USER = Family("application-to-user", "other", 4.0, _alt(
    r"i\s+(?:am|'m)\s+writing\s+to\s+apply", r"i\s+would\s+like\s+to\s+apply\s+for\s+the",
    r"please\s+find\s+(?:attached\s+)?my\s+cv",
    r"bewerbe\s+mich\s+(?:hiermit\s+)?(?:auf|um|als|bei)", r"(?:je\s+)?vous\s+adresse\s+ma\s+candidature",
    r"je\s+me\s+permets\s+de\s+(?:vous\s+)?(?:adresser|proposer)\s+ma\s+candidature",
    r"(?:presentar|present[oa])\s+mi\s+candidatura", r"adjunto\s+mi\s+(?:cv|currículum)",
))

INTERVIEWER = Family("interviewer", "other", 7.0, _alt(
    r"scorecard", r"interview\s+kit", r"(?:submit|leave|enter)\s+your\s+(?:interview\s+)?(?:feedback|evaluation)",
    # "the interview panel" alone is also whom feedback comes from: the user must be on it
    r"(?:scheduled\s+to\s+interview|interview\s+loop|your\s+interview\s+panel\s+(?:for|with)\s+(?!you\b))",
    r"assessing\s+the\s+candidate", r"als\s+interviewer", r"feedback\s+(?:bis\s+\w+\s+)?ein(?:tragen)?\b",
    r"faire\s+passer\s+l'entretien", r"saisir\s+votre\s+évaluation", r"feedback\s+for\s+the\s+candidate",
    r"add\s+your\s+(?:interview\s+)?feedback",
    r"(?:you're|you\s+are)\s+(?:scheduled\s+to\s+)?interviewing\s+(?!with\b)",
    r"be\s+on\s+the\s+(?:interview\s+)?panel", r"as\s+(?:the|an?)\s+(?:[\w-]+\s+)?interviewer",
    r"candidate\s+packet", r"joining\s+the\s+(?:interview\s+)?panel",
    r"entrevistas\s+a\s+(?!tu\b|su\b)\w+", r"(?:deja|dejar|introduce)\s+tu\s+valoración",
    r"guía\s+de\s+(?:preguntas|entrevista)",
    r"trag\w*\s+(?:[^\s.!?;:]+\s+){0,2}?(?:dein|ihr|euer)\s+feedback",
    r"(?:dein|euer)\s+feedback\s+(?:[^\s.!?;:]+\s+){0,5}?(?:ins\s+system|eintragen|ein)\b",
    # the user judged a named candidate ("thanks for your feedback on Dev Patel"); a sell call is the hiring side's
    r"(?:your|ton|votre|tu|dein|ihr)\s+(?:interview\s+)?(?:feedback|notes|avis|valoración|einschätzung|notizen|notas)\s+"
    r"(?:on|about|zu|sur|sobre)\s+"
    r"(?!(?:my|me|us|our|the|this|that|it|your|mon|ma|mes|notre|nos|le|la|les|mi|mis|nuestr\w*|el|meine\w*|unser\w*"
    r"|die|das|den|monday|tuesday|wednesday|thursday|friday|both|all|each|any|every|how|what|why|whether|working"
    r"|interview\w*|process\w*|today|yesterday|last|next|a|an|his|her|their)\b)[^\W\d_]+\s+[^\W\d_]+",
    r"sell\s+call",
    # a candidate writing to the user: "thank you for inviting me to interview", agency CVs "who you'd like to
    # interview"
    r"(?:thank\s+you|thanks)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+inviting\s+me\s+(?:to|for)\s+(?:an?\s+)?interview",
    r"(?:danke|vielen\s+dank)\s+(?:\w+\s+)?für\s+die\s+einladung\s+zum\s+(?:vorstellungs)?gespräch",
    r"merci\s+(?:beaucoup\s+)?(?:de|pour)\s+(?:m'avoir\s+invitée?\s+à\s+(?:un\s+)?entretien|l'invitation\s+à\s+l'entretien)",
    r"gracias\s+(?:por\s+invitarme\s+a\s+(?:la\s+|una\s+)?entrevista|por\s+la\s+invitación\s+a\s+la\s+entrevista)",
    r"(?:who|which\s+(?:ones|candidates))\s+you'd\s+like\s+to\s+interview",
    # mail to the selection panel the user sits on: "Dear panel members, attached: the shortlisted candidates' …"
    r"dear\s+(?:interview\s+|selection\s+)?panel(?:\s+members)?\b", r"shortlisted\s+candidates'\s+(?:applications|cvs)",
    r"(?:chers|chères)\s+membres\s+du\s+jury", r"(?:estimad|querid)[oa]s\s+miembros\s+del\s+(?:tribunal|comité|panel)",
    r"(?:liebe|sehr\s+geehrte)\s+(?:mitglieder\s+der\s+)?(?:auswahlkommission|jury|kommission)",
    r"(?:join|sit\s+on)\s+(?:the|a|our)\s+(?:interview\s+)?panel", r"decide\s+on\s+(?:her|him)\b",
    r"(?:get|put|add)\s+your\s+notes\s+into",
    # a candidate coming in at a set time (not "we have a candidate for the role who brings more …", a rejection)
    r"(?:we've\s+got|we\s+have)\s+a\s+(?:[\w-]+\s+){0,2}?candidate\s+(?:for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?"
    r"(?:coming\s+in|on\s+(?:monday|tuesday|wednesday|thursday|friday)|at\s+\d)",
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
