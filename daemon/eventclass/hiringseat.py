"""The words side.py reads for the user's seat on the hiring side (EN/DE/FR/ES), beyond an invitation's structure:
a seat on a jury, panel or assessor team; a candidate's CV handed to the user; the hiring side's work and meetings
on applications; the user's own team's opening; a candidate named in a title or a description's label.

Patterns are written against `fold()`ed text (signals.py). Each names the user's seat or a third person's
application, never words an invitation to the user's own interview uses ("our assessors will observe you",
"bring your CV", "the team you would join").
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import FOUNDER_PARTS, words_rx

__all__ = [
    "APPLICANT_IN_TITLE",
    "APPLYING_QUESTION",
    "APPOSED_CANDIDATE",
    "ASSESSOR_SEAT",
    "BOOKING_STAFF",
    "CANDIDATE_FILE",
    "CANDIDATE_LABEL",
    "CANDIDATE_WORD",
    "COUNTED_CANDIDATES",
    "HIRING_SIDE_PERSON",
    "HIRING_SYNC",
    "HIRING_TASK",
    "INTERVIEWS_SOMEONE",
    "MY_SEAT",
    "MY_TEAM_OPENING",
    "NOTED_CANDIDATES",
    "OUR_CANDIDATE",
    "OWN_ASSESSMENT",
    "OWN_HIRING",
    "OWN_SLOTS",
    "PANEL_LINE",
    "THIRD_PERSON_CANDIDATE",
    "THIRD_TRIAL",
    "TITLE_CANDIDATE",
    "panel_names",
]

# The user sits on the jury, the panel or the assessors' team ("thanks for volunteering as an assessor", "tu fais
# partie du jury", "formas parte del tribunal", "du bist als Beobachterin eingeplant").
ASSESSOR_SEAT = words_rx([
    r"(?:volunteer(?:ing|ed)?|joining|signing up|signed up) as (?:an |a |the |one of the )?(?:lead )?assessors?",
    r"you(?:'re| are| will be|'ll be) (?:an |a |the |one of the )?(?:lead )?assessors?",
    r"assessor (?:briefing|training|pack|calibration|wash-?up)",
    r"(?:join|sit on|be on) (?:the |our )?(?:interview(?:ing)? |hiring |selection )?panel for "
    r"(?!(?:the|a|an|this|your)\b)[a-z]+",
    # asked to join as (second) interviewer: "could you join as second interviewer?", "kannst du als Zweitinterviewer"
    r"(?:can you|could you|please|would you|you'll|you will|thanks for|thank you for) (?:join(?:ing)?|sit(?:ting)? in)"
    r"(?: on (?:the|this) interview| us| me)? as (?:a |an |the )?(?:second |additional |co-?|lead |panel )?"
    r"interviewer", r"(?:kannst du|konntest du|konnen sie|konnten sie|bitte) (?:\w+ )?als (?:zweite[rn]? |zweit-?)?"
    r"(?:interviewer(?:in)?|gesprachspartner(?:in)?|beisitzer(?:in)?)",
    r"(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous) (?:\w+ )?(?:en tant que|comme) (?:deuxieme |second(?:e)? )?"
    r"(?:recruteur|recruteuse|interviewer|membre du jury)",
    r"(?:puedes|podrias|puede|podria) (?:\w+ )?como (?:segund[oa] )?entrevistador(?:a)?",
    r"(?:tu fais|vous faites) partie du (?:jury|panel|comite de selection)", r"(?:tu es|vous etes) membre du jury",
    r"(?:formas|formais) parte del (?:panel|tribunal|jurado|comite de seleccion)",
    r"(?:gracias por|para) formar parte del (?:panel|tribunal|jurado|comite)",
    r"eres (?:vocal|miembro) del (?:tribunal|jurado|panel)",
    # a listener who does not ask ("du kannst gern als Zuhörer dabei sein", "vienes de oyente al tribunal")
    r"als (?:stille[rn]? )?zuhorer(?:in)?", r"(?:de|como) oyente",
    # an outside examiner or observer, thanked for it ("acting again as external examiner", "als externe
    # psychologische Beobachterin unterstützen")
    r"(?:acting|act|serve|serving) (?:again )?as (?:an? )?(?:external )?(?:examiner|assessor|observer)",
    r"als externe[rn]? (?:\w+ )?(?:beobachter(?:in)?|prufer(?:in)?|gutachter(?:in)?)",
    r"du bist (?:als |in der |im )?(?:fach)?(?:interviewer(?:in)?|beobachter(?:in)?|jury|assessor(?:in)?"
    r"|(?:auswahl)?(?:gremium|kommission|panel))",
    # added to a vacancy's panel by the tracker ("You have been added as a panel member"), or watching a colleague's
    # interview to learn it ("shadow entrevista con Marcela (RRHH)")
    r"(?:added|invited|booked|selected|scheduled) (?:you )?as (?:an? |the )?(?:panel ?(?:member|ist)|panellist)",
    r"shadow(?:ing)? (?:an? |the |la |el |un |une )?(?:interviews?|entrevistas?|entretiens?|panels?)",
    r"beobachtungsbogen", r"grille (?:de notation|d'observation)", r"(?:marking|scoring) (?:sheets?|grids?|schemes?)",
    r"you(?:'re| are|'ll be| will be) (?:on|part of) (?:the |an |our )?(?:interview(?:ing)? |hiring |selection "
    r"|assessment )?panel(?: [a-z0-9](?![a-z0-9]))?(?! (?:discussion|talk|session|interviews?)\b)",
    r"(?:los|las) cv de (?:los|las) candidat[oa]s", r"les cv des candidat(?:e)?s",
    r"cvs? (?:of|for|from) (?:the |our |all |\w+'s )?(?:shortlisted )?(?:candidates|applicants)",
    r"die lebenslaufe der (?:bewerber|kandidat)(?:innen|en)?",
    # the hiring manager is the user, said to the user ("as you're the hiring manager", "eres la responsable de …")
    r"you(?:'re| are) (?:the |an? )?(?:hiring manager|hm)", r"eres (?:el |la )?responsable de (?:la )?(?:contratacion"
    r"|seleccion)", r"(?:tu es|vous etes) (?:le |la )?(?:manager|responsable) (?:du |de ce )?recrutement",
])
# The same seat in the user's own words, which a panel member writing to the user as the candidate uses too ("I'm
# one of the assessors", "je fais partie du jury"): only in the user's own entry or invitation.
MY_SEAT = words_rx([
    # watching others interview to learn it ("sit in on 429 TA intvws (observe only)")
    r"sit(?:ting)? in on (?:[\w-]+ ){0,3}?(?:interviews?|intvws?|intvs?|entrevistas?|entretiens?)",
    r"i(?:'m| am| will be|'ll be) (?:an |a |the |one of the )?(?:lead )?assessors?", r"i(?:'m| am) assessing",
    r"(?:je fais|je suis membre|je siege) (?:partie )?(?:du|au) (?:jury|panel|comite de selection)",
    r"formo parte del (?:panel|tribunal|jurado|comite de seleccion)",
    r"soy (?:vocal|miembro) del (?:tribunal|jurado|panel)",
    # the terse note to self: the pronoun next to the seat ("entrevistas alumnos (yo tribunal)", "(ich Jury)")
    r"(?:yo|ich|moi|me) (?:(?:en el|im|in der|au|dans le|on the|on) )?(?:tribunal|jury|jurado|panel|kommission"
    r"|gremium|comite)",
    r"ich bin (?:als |in der |im )?(?:fach)?(?:interviewer(?:in)?|beobachter(?:in)?|jury|assessor(?:in)?"
    r"|(?:auswahl)?(?:gremium|kommission|panel))",
    r"(?:i'm|i am) (?:the )?(?:hiring manager|hm)",
    # the user receives the applicant (not "je vous reçois", said to the user)
    r"je re[cç]ois (?:m|mme|monsieur|madame|mlle)",
    # the user's note on a day of interviews: which candidate this is, which question set ("2nd candidate. use Q
    # set B")
    r"(?:2nd|3rd|4th|5th|second|third|fourth|fifth|next) (?:candidate|applicant|interviewee)",
    r"(?:use|using) (?:q|question) set [a-z0-9]",
    # the user decides on a trial ("Decide by EOD whether to offer the rest of block 2")
    r"decide (?:by [\w-]+ )?(?:whether|if) (?:to|we) (?:offer|hire|keep|take (?:her|him|them) on)",
])
# The hiring side's own work on applications: sifting CVs, shortlisting ("Bewerbungen sichten", "tri des CV").
HIRING_TASK = words_rx([
    r"cv (?:screening|sift(?:ing)?)", r"(?:sift(?:ing)?|screening|reviewing) (?:the )?(?:cvs|applications)",
    r"application sift", r"shortlisting (?:meeting|session|panel)",
    # the tracker's admin ("Greenhouse admin – close stale reqs, fix interview plans")
    r"interview plans", r"(?:close|open|approve|clean up) (?:stale |old |the |open )?reqs",
    r"bewerbungen (?:sichten|durchsehen|auswerten)", r"(?:sichtung|vorauswahl|auswertung) der bewerbungen",
    r"bewerberauswahl",
    r"tri des (?:cv|candidatures)", r"(?:preselection|selection|lecture) des (?:cv|candidatures)",
    r"(?:revision|cribado|criba|filtrado|valoracion|preseleccion) de (?:cv|cvs|candidaturas|curriculums|candidat[oa]s)",
])
# The hiring side's meetings about its search, by their titles: syncs, pipeline reviews, feedback rounds on
# candidates (a description to a candidate says "we are meeting several candidates for the role" too).
HIRING_SYNC = words_rx([
    r"(?:weekly|biweekly|bi-weekly|monthly) (?:hiring|recruiting|recruitment|search) (?:update|sync|call|meeting)",
    r"(?:hiring|recruiting|recruitment) (?:sync|status|pipeline)", r"(?:candidate|hiring|recruiting) pipeline",
    r"pipeline (?:review|update|sync)", r"search update", r"candidates (?:for|fur|pour|para)",
    r"feedback (?:round|session|meeting) (?:on|for|about|re:?|-|–) ?(?:the |our )?candidates?",
    r"(?:kandidaten|bewerber)(?:innen)?-?(?:abstimmung|besprechung|runde)", r"point (?:sur les )?candidat(?:e)?s",
    r"(?:revision|reunion) (?:de|sobre) (?:los |las )?candidat[oa]s",
])
# Someone else's trial lesson, shift or day, by honorific or as the candidate's ("die Probestunde von Frau Keller",
# "trial shift of Mr Ortiz").
THIRD_TRIAL = words_rx([
    r"(?:probestunde|lehrprobe|probetag|probearbeit(?:stag)?|hospitation|trial (?:shift|day|lesson|class)"
    r"|(?:journee|cours|lecon|jour) d'essai|(?:clase|dia|jornada|turno) de prueba)"
    r" (?:von|of|de|du|del) (?:herrn?|frau|mr|mrs|ms|mme|m|monsieur|madame|sr|sra|senor|senora"
    r"|la candidata|el candidato|the candidate|the applicant|der bewerberin|dem bewerber|la candidate|le candidat)\b",
])
# A third person's application handed to the user: an agency's or a colleague's "CV attached" about a candidate
# ("anbei der Lebenslauf des Kandidaten", "je vous présente le profil de M. Ruiz", "te adjunto el CV del candidato").
CANDIDATE_FILE = words_rx([
    # (not "profil du candidat", a job advert's heading for what it asks of applicants)
    r"(?:cv|resume|lebenslauf) (?:of|des|du|de la|del|de l[ao]) (?:the |our |unseres |unserer |notre |nuestr[oa] )?"
    r"(?:candidat(?:e|o|a)?|kandidat(?:en|in)|bewerber(?:s|in)?|applicant)",
    r"(?:candidate's|applicant's) (?:cv|resume)",
    r"(?:je vous|je te|nous vous) present(?:e|ons) (?:le )?profil de (?:m|mme|monsieur|madame)\b",
    # (not "le envío el CV al cliente", an agency to the user as the candidate, nor "attached is the CV for reference")
    r"(?:anbei|im anhang) (?:der |den |finden sie den )?lebenslauf (?:von (?:herrn?|frau)|des bewerbers|der bewerberin"
    r"|des kandidaten|der kandidatin)",
    r"(?:attached|enclosed) (?:is |are )?(?:the )?(?:cv|resume) (?:of|for) (?:the |our |this )?(?:candidate|applicant"
    r"|mr|mrs|ms|dr)\b", r"(?:cv|resume) (?:attached|enclosed) (?:for|of) (?:the |our |this )?(?:candidate|applicant"
    r"|mr|mrs|ms|dr)\b",
])
# Someone's CV sent along to the user ("Full CV attached", "CV attached to my email", "te adjunto su CV"): on the
# seen splits 133 invitations say so and 3 are the user's interviews, each a booking whose notes the user wrote.
CV_SENT_ALONG = words_rx([
    r"(?:full |his |her |their )?(?:cv|resume|lebenslauf|curriculum)(?: is| are)? (?:attached|enclosed|anbei|im anhang"
    r"|ci-joint|en piece jointe|adjunto)", r"(?:te |le |les )?adjunto (?:su |el )?(?:cv|curriculum)",
])
# An applicant's papers in the user's own notes: "CV reçu via FOREM", "his resume in blue folder" (not "Ihr
# Lebenslauf" or "su CV", said to the user)
APPLICANT_PAPERS = words_rx([r"(?:cv|resume|lebenslauf|curriculum) (?:recu|received|erhalten|recibido)",
                             r"(?:his|her) (?:resume|cv)", r"(?:son|sa) cv", r"seinen lebenslauf"])
# The user organises a talk about an opening on the user's own team ("the AM role on my team", "für mein Team").
MY_TEAM_OPENING = words_rx([
    r"(?:role|position|opening|vacancy|job|seat) (?:on|in) my team", r"join(?:ing)? my team", r"hiring for my team",
    r"(?:stelle|position) (?:in|bei) meinem team", r"(?:fur|in) mein(?:em)? team (?:suche|such|einstell)",
    r"(?:poste|role) (?:dans|au sein de) mon equipe", r"rejoindre mon equipe",
    r"(?:puesto|posicion|vacante) (?:en|de) mi equipo", r"unirte a mi equipo", r"incorporarte a mi equipo",
    r"for our (?:[\w-]+ ){0,3}(?:team|crew|unit|shop|store|site)",  # ("phone screen … for our initial attack crew")
])
# A registration number after the word, given to the user by a public employer or a test centre ("(Applicant 11873)",
# "Candidate #3391"), makes the word name the user: the candidate patterns below do not match before one.
_NOT_NUMBERED = r"(?! #?\d{3,})"
# A candidate in the title of the user's own entry, also where the role reader took it for a job ("Trial shift –
# new barista applicant"), but not a job about candidates ("Candidate Experience Lead").
APPLICANT_IN_TITLE = words_rx([
    r"(?:candidates?|applicants?|bewerber(?:in)?|kandidat(?:in)?|kandidaat|candidat(?:e|o|a)?|postulante)"
    r"(?! (?:experience"
    r"|care|relations|sourcing|journey|success|engagement|marketing|attraction|management|manager|pipeline|data"
    r"|operations|ops|support|services?)\b)" + _NOT_NUMBERED,
])
# Said of the candidate in the third person, in a title: "Review take-home for candidate #4471".
THIRD_PERSON_CANDIDATE = words_rx([
    r"(?:for|review|with|of|about|re:?) (?:the |a |our |this |each )?candidates?",
    # a place in the day's order ("Panel - Candidate 2 of 3"), not a registration number the user was given
    # ("Oral Board (Candidate #3391)", "Written test - Candidate 0231")
    r"candidates? #?[1-9]\d?(?!\d)",
    r"(?:fur|mit|uber) (?:den |die |der )?(?:kandidat|bewerber)(?:in)?", r"(?:pour|avec) (?:le |la )?candidat(?:e)?",
    r"(?:para|con) (?:el |la )?candidat[oa]",
    # an agency's proposal of its candidate to the user: "Kandidatenvorschlag: Herr Jan Vogel", "candidate submission"
    r"kandidat(?:en|innen)?-?(?:vorschlag|vorstellung|profil)", r"bewerber(?:innen)?-?(?:vorschlag|profil)",
    r"candidate (?:proposal|submission|shortlist)",
    r"(?:presentation|proposition) (?:de |du |d'un(?:e)? )?candidat(?:e)?",
    r"(?:presentacion|propuesta) (?:de |del )?candidat[oa]",
])
# Said of a person on the hiring side: a private person so labelled is not the user's candidate.
HIRING_SIDE_PERSON = words_rx([
    r"recruit(?:er|ing|ment)?", r"talent(?: partner| acquisition)?", r"hiring manager", r"headhunter", r"hr",
    r"human resources", r"personalvermittl\w*", r"personaler(?:in)?", r"recruteur",
    r"recruteuse", r"reclutador(?:a)?", r"cazatalentos", r"chasseur de tetes", *FOUNDER_PARTS,
])
# A booking form's question to the invitee: on the user's own booking page, the invitee is the applicant.
APPLYING_QUESTION = words_rx([
    r"(?:which|what) (?:role|position|job) are you applying (?:for|to)", r"(?:are you|you're|you are) applying for",
    r"fur welche (?:stelle|position) bewerben sie sich", r"a quel poste postulez-vous", r"a que puesto postulas",
])
CANDIDATE_WORD = words_rx([r"candidates?" + _NOT_NUMBERED, r"candidat(?:e|es|s)?", r"candidat[oa]s?",
                           r"\w*bewerber(?:in|innen)?", r"kandidat(?:in|innen|en)?", r"kandida(?:a)?t(?:en)?",
                           r"applicants?" + _NOT_NUMBERED, r"postulantes?",
                           r"cand\.",  # a terse note's short form: "entrev. cand. Sergio M. (fisio jr)"
                           r"候选人",  # Chinese, typed by the user: "面试 候选人 张嘉欣 (SOC L2)"
                           # a block of talks with applicants: "Bewerbergespräche (Slot)", "candidate interviews"
                           r"(?:bewerber|kandidaten)(?:innen)?gesprache?", r"(?:candidate|applicant) interviews",
                           r"entretiens (?:de |des |avec des )?candidat(?:e)?s",
                           r"entrevistas (?:a|de|con) candidat[oa]s",
                           # an interview of an intern, said as a person ("entrevista becaria - Valeria"): a job seeker
                           # names the internship ("entretien stage Airbus"), not the intern
                           r"(?:interview|entrevista|entretien|entrevue|gesprach|vorstellungsgesprach|entrev\.?)"
                           r" (?:(?:with|con"
                           r"|avec|mit) )?(?:(?:a|an|the|la|el|le|une|un|der|die|dem) )?(?:becari[oa]s?"
                           r"|praktikant(?:in|en|innen)?|werkstudent(?:in|en|innen)?|stagiaires?|alternante?s?"
                           r"|apprentie?s?|azubis?|pasantes?)",
                           # ... or the intern after a first name: "entretien Inès (stagiaire 5e master)"
                           r"(?:interview|entrevista|entretien|entrevue|gesprach|entrev\.?) [a-z]+ \((?:becari[oa]"
                           r"|praktikant(?:in)?|stagiaire|alternante?|apprentie?|intern|werkstudent(?:in)?)"])
# The user's own words for the employer's hiring: "re our Data Eng role", "Hiring panel", "unsere offene Stelle".
OWN_HIRING = words_rx([
    r"our (?:[\w-]+ ){0,3}(?:role|opening|position|vacancy|req|headcount)", r"hiring (?:panel|sync|meeting|plan)",
    r"unsere[rn]? (?:offene[rn]? )?(?:stelle|position|vakanz)", r"notre (?:poste|offre)",
    r"nuestr[oa] (?:vacante|puesto|posicion)",
    # the user supervising someone's trial shift or day ("Trial shift – night audit (Tomasz K.) – I supervise")
    r"i(?:'ll| will)? supervise", r"ich (?:betreue|beaufsichtige)", r"je (?:supervise|encadre)", r"yo superviso",
    # a placement at the user's own workplace ("Tel. Interview J. Otto (Praxissemester bei uns)")
    r"(?:praktikum|praxissemester|ausbildung|stelle) bei uns", r"(?:stage|alternance) chez nous",
    r"(?:internship|placement) with us",
    # a recruiter's intake with the hiring manager ("Call w/ recruiter – Senior Analyst role intake")
    r"(?:role|req|position|job|search|hiring) intake", r"intake (?:call|meeting|session|form) (?:for|re|about)",
    # hiring the user's own cover or successor ("Interviews for my maternity cover", "pour mon remplacement")
    r"(?:for|fur|pour|para) (?:my|meine[rn]?|mon|ma|mi) (?:maternity |parental |sick )?(?:cover|replacement|successor"
    r"|nachfolge(?:r|rin)?|(?:elternzeit|mutterschutz)?vertretung|remplacant(?:e)?|remplacement|successeur"
    r"|sustitut[oa]|sustitucion|reemplazo|suplente)",
    # the user's own note interviewing a number of people ("interviewing 3 x sales asst", "interviewing 2 new RVNs"):
    # a candidate's own rounds are not counted in people
    r"interviewing (?:\d+|two|three|four|five|six)(?: x)?(?= )(?! (?:rounds?|days?|hours?|hrs?|mins?|minutes|slots?"
    r"|times|companies|firms|places)\b)",
    # the user's own note placing it at the current job ("@ work", "(work)", "at work", "(trabajo)", "(Arbeit)")
    r"@ ?work", r"\(work\)", r"at work", r"\(trabajo\)", r"en el (?:trabajo|curro)", r"\(arbeit\)",
    r"auf (?:der )?arbeit", r"au (?:boulot|taf)",
    # ... or sharing the interviewer's seat with a colleague ("Interview Werkstudent (ich + Nadine)")
    # ... or more of them ("SWA intvs 9-4 (me, Dave K, HR)")
    r"\((?:ich|me|moi|yo) ?(?:\+|&|und|and|et|y|,) ?[\w-]+(?=[),\s])",
])
# A line that lists the hiring side's people ("Interviewers: Maya Lindqvist, Tom Hale", "Auswahlkommission: Frau
# Lindqvist (Fachbereich), Herr Brandt"): the user named in it sits on that side.
PANEL_LINE = re.compile(
    r"(?i)(?:^|[.\n]\s*)(?:interviewers?|interview panel|panel(?:ists)?|assessors?|jury|auswahlkommission"
    r"|kommission|interviewer(?:in|innen)|gespr[äa]chsf[üu]hrung|entrevistador(?:es|as|a)?|tribunal|comit[ée]"
    r" de s[ée]lection|membres du jury)\s*:\s*(?P<names>[^\n]+)")
_PANEL_SPLIT = re.compile(r"\s*(?:[,;/&+]|\(|\)|\.\s|\s(?:and|und|et|y)\s)\s*")
_HONORIFIC = re.compile(r"(?i)^(?:herrn?|frau|mr|mrs|ms|dr|prof|mme|m|monsieur|madame|sr|sra|don|do[nñ]a)\.?\s+")


def panel_names(description: str) -> list[str]:
    """Given a description, returns the names written in its lines that list the hiring side's people, each without
    an honorific ("Frau Lindqvist" -> "Lindqvist")."""
    names: list[str] = []
    for match in PANEL_LINE.finditer(description):
        for part in _PANEL_SPLIT.split(match.group("names")):
            while (bare := _HONORIFIC.sub("", part.strip())) != part.strip():
                part = bare
            if part.strip():
                names.append(part.strip())
    return names


# A person the title calls the candidate: "Trial shift – candidate Sam Ortiz", "Lehrprobe – Frau Keller (Bewerberin
# Mathe)", "Probetag Bewerber: Herr Jan Vogel" (side.py checks that it is not the user).
TITLE_CANDIDATE = re.compile(
    r"(?i:\b(?:candidate|applicant|bewerber(?:in)?|kandidat(?:in)?|candidat(?:e)?|candidat[oa]|postulante))\s*:?\s+"
    r"(?P<hon>(?i:herrn?|frau|mr|mrs|ms|mme|m|sr|sra)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)"
    # "Frau Keller (Bewerberin Mathe)", "Sam Ortiz (candidate)": not "Dana Smith (Candidate Experience)"
    r"|(?P<hon2>(?i:herrn?|frau|mr|mrs|ms|mme|m|sr|sra)\.?\s+)(?P<name2>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)"
    r"\s*\((?i:candidate|applicant|bewerber(?:in)?|kandidat(?:in)?|candidat(?:e)?|candidat[oa]|postulante)\b"
    r"|(?P<name3>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?)\s*\((?i:candidate|applicant|bewerber(?:in)?|kandidat(?:in)?"
    r"|candidat(?:e)?|candidat[oa]|postulante)\)")


CANDIDATE_LABEL = re.compile(
    r"(?im)^\s*(?:candidate|candidat[eoa]?|kandidat(?:in)?|bewerber(?:in)?|postulante|applicant)\s*(?:name)?\s*:\s*"
    # (up to the sentence's end: "Candidate: Jana Petersen. Interviewer: …", not an abbreviation's dot: "Dr.")
    r"([^\n(;]+?)(?:(?<=\w{3})\.(?=\s|$)|(?=[\n(;])|,(?! ?[A-ZÀ-Þ]+$)|$)"
)
# "Léa Bertrand, candidate stage", "Tobias Meier, Bewerber Lager": a person's name with "candidate" in apposition
APPOSED_CANDIDATE = re.compile(
    r"(?P<name>\b[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+),\s+"
    r"(?i:candidat[eoa]?|kandidat(?:in)?|bewerber(?:in)?|postulante|applicant)\b")
# "our candidate Maria Lopez", "unseren Kandidaten Herrn Tobias Meier", "notre candidate Julie Roy": an agency's
# candidate, named (not "our candidate experience team")
# An agency's own "my SDR candidate Derek Owens" (its trade's short word between) too.
OUR_CANDIDATE = re.compile(
    r"(?i:\b(?:our|my|unser(?:e|en|er|em)?|mein(?:e|en)?|notre|nos|mon|ma|nuestr[oa]s?|mis?) (?:[A-Z]{2,5} )?"
    r"(?:candidate|kandidat(?:in|en)?|bewerber(?:in)?|candidat(?:e)?|candidat[oa]))\s+(?:(?i:herrn?|frau|mr|mrs|ms|mme|m|monsieur|madame|sr|sra|don|do[nñ]a)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+)")
# "Interviewing Priya Shah", "Entrevista a Marta Gil": the user asks the questions.
INTERVIEWS_SOMEONE = re.compile(
    r"(?i:\binterviewing|\bentrevista(?:r|ndo)? a|\binterviewe(?:n|r)? (?:von|mit)?)\s+"
    r"(?!(?i:at|with|for|bei|chez|en|con|mit|la|el|las|los|un|una)\b)([A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’.-]+)?)"
)


# Candidates in the user's own note, named as a third party ("candidate poste MK neuro chez nous", "PE cands - notes"):
# the user's own words about applicants are the hiring side's. Not the user's own candidate number or reference
# ("ref candidato 88231", "Candidate ID: 113095", "Applicant 11873"), a test's name ("Candidate Physical Ability
# Test"), another candidate beside the user ("paired with another candidate", "~6 candidates"), nor instructions
# pasted from an invitation ("Candidates will be asked to …").
NOTED_CANDIDATES = words_rx([
    # (not a greeting to the user, "Dear candidate", nor a desk: "EPSO Candidate Contact")
    r"(?<!another )(?<!other )(?<!otro )(?<!otra )(?<!autre )(?<!ref )(?<![0-9~] )(?<!dear )"
    r"(?:cands?|candidat[eoa]s?|candidates?|kandidat(?:in|en|innen)?|bewerber(?:in|innen)?|applicants?)"
    r"(?!\s*(?:id|no\.?|n°|nº|number|ref|portal|login|account|contact|:\s*\d)(?![a-z]))"
    r"(?! (?:will|must|should|are|need|may|physical)\b)" + _NOT_NUMBERED,
])
# A count of candidates seen in a row ("3 candidatas seguidas"; maybe with the post's short name between: "the 3 RA
# candidates"; Swiss "Kandidierende"; not a field the candidate hears of: "Ellie says ~6 candidates"). Another company
# also tells the candidate at a private address how many compete ("Journée d'évaluation finale (3 candidats)").
COUNTED_CANDIDATES = words_rx([
    r"(?<![~≈])(?<!about )(?<!around )(?<!says )\d+ (?:[a-z]{1,4} |shortlisted |short-listed |preselected )?"
    r"(?:candidates|candidat[oa]s|candidat(?:e)?s"
    r"|bewerber(?:innen)?|kandidat(?:en|innen)|kandidierenden?|applicants|postulantes)",
    r"(?:den|die) (?:zwei|drei|vier|funf) (?:bewerber(?:innen)?|kandidat(?:en|innen)|kandidierenden)",
])


# A booking page's staff member, the one booked ("Staff: Daniel Okafor", "Membre du personnel : Marie-Ève Gagnon"):
# when that is the user, an applicant booked the user.
BOOKING_STAFF = re.compile(r"(?i:\b(?:staff(?: member)?|membre du personnel|miembro del personal))[ \t]*:[ \t]*"
                           r"([^\n,;(|<]+?)[ \t]*(?=$|[\n,;(|<])", re.MULTILINE)
# The user's own notes as the assessor: a mark given ("Me: 3/4", "4/5 content, 3/5 mgmt", "=> 3/5"), a candidate
# on the user's team ("for the PE2 on my team"), a trial day the user supervises ("je l'encadre … on garde ou pas"),
# an exercise drafted for a round ("draft a 10 min exercise"). Not a course's "séance 3/5" nor a round's "(2/4)".
_MARK = r"[0-5](?:[.,]5)?/(?:4|5|10)(?![\d/])"
OWN_ASSESSMENT = words_rx([
    rf"(?:me|moi|ich|yo|score|note|rating|bewertung|puntuacion|nota)\s*:\s*{_MARK}", rf"=>?\s*{_MARK}",
    rf"{_MARK} (?:[a-z]+ )?(?:hire|no hire|content|mgmt|technique|tech|technik|kommunikation|communication|motivation"
    rf"|fit|skills)\b", rf"{_MARK}[^/\n]{{1,40}}\b{_MARK}",
    r"(?:for|on|in|to|join) my team", r"(?:dans|pour) mon equipe", r"(?:fur|in) mein team", r"(?:en|para) mi equipo",
    r"je (?:l'|la |le |les )?(?:encadre|supervise)", r"on (?:le |la |les )?garde ou pas",
    r"i(?:'m| am|'ll| will)? supervis(?:e|ing) (?:him|her|them)", r"ich betreue (?:ihn|sie)",
    r"(?:yo )?l[oa]s? superviso",
    r"draft (?:a|an|the) (?:\d+[ -]?min(?:ute)? )?(?:practical |written |short )?(?:exercise|task|test)",
    # a verdict on someone's next round ("YES to 2nd rnd - pair w/ Owen")
    r"(?:yes|no|go|no-?go) (?:to|for) (?:a |the )?(?:2nd|second|3rd|third|next|final) "
    r"(?:round|rnd|rd|stage|interview|int)",
    # ... or a recommendation for it ("Empfehlung: 2. Gespräch", "recommend: next round")
    r"(?:empfehlung|empfehle|recommend(?:ation)?|recommandation|recomendacion)\s*:?\s*(?:2\.?|zweites|3\.?|drittes"
    r"|2nd|second|next|final|naechste|nachste)\s*(?:runde|gesprach|round|rnd|stage|interview)",
    # ... asking a colleague about it ("Seraina fragen ob 2. Runde"), or how an applicant comes across on the phone
    r"fragen,? ob (?:eine )?(?:2\.|zweite|3\.|dritte) runde",
    r"wirkt (?:sehr |eher |etwas |total )?(?:motiviert|schuchtern|unsicher|nervos|engagiert)",
])
# ... and, in its title, slots for several people in a row ("2. Runde Bew.: Holzer 13:30 / Aydin 14:15")
OWN_SLOTS = words_rx([r"[a-z]+ \d{1,2}[:.h]\d{2} ?[/,;+] ?[a-z]+ \d{1,2}[:.h]\d{2}"])
