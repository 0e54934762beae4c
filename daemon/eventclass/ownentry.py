"""What the user's own entries say about themselves: a note that nobody else is invited to is decided from its text.

An applicant's note to self lists what to bring to the interview: a portfolio or work samples ("bring portfolio
print + passport", "llevar portfolio impreso", "Arbeitsproben mitnehmen"), references ("Zeugnisse mitnehmen"), or
the laptop for a round's presentation ("Keel final – bring laptop"). It also notes what to ask at a round and whom
the talk is with ("Fuchs = GF"). The organisation is often only an address or a name, and nothing says "interview".

Patterns are written against `fold()`ed text (signals.py).
"""

from __future__ import annotations

from afterview.daemon.eventclass.signals import HR, INTERVIEW, JOB_CONTEXT, cues, words_rx

__all__ = ["LEAVE_TAKEN", "applicant_kit", "applicant_notes", "called_about_job", "leave_taken"]

_BRING = (r"(?:bring|take|pack|llevar|lleva|traer|mitbringen|mitnehmen|mitnah|einpacken|apporter|ramener|amener"
          r"|prendre)")
_OWN = r"(?:(?:the|my|a|el|mi|un|mon|le|mein(?:e|en)?|die|den) )?"
# Work shown to an interviewer, brought along: a portfolio, work samples, a printed "Mappe".
_SAMPLES = r"(?:portfolio|portafolio|portfolio print|arbeitsproben|work samples|bewerbungsmappe|mappe|30-60-90 plan)"
# ... or the German applicant's references ("Zeugnisse mitnehmen", "Unterlagen: Zeugnisse, Arbeitsbewilligung"),
# which only an applicant carries to a talk (a job fair's "bring your CV" is a fair's, vetoed before).
_PAPERS = r"(?:arbeits)?zeugnisse"
# ... and the applicant's CV and diplomas in the user's own words ("Apporter CV + diplômes", "CV papier + certificats
# CACES"; not "son CV", the candidate's, written by an interviewer)
_CV = r"(?:cv|lebenslauf|curriculum|diplomes?|diplomas?|certificats?|titulos?)"
_KIT = words_rx([
    rf"{_BRING}:? {_OWN}(?:[\w+-]+,? ){{0,2}}?{_SAMPLES}", rf"{_SAMPLES} (?:[\w+-]+ ){{0,2}}?{_BRING}",
    rf"{_BRING} {_OWN}(?:[\w+-]+ ){{0,2}}?{_PAPERS}", rf"{_PAPERS} (?:[\w+-]+ ){{0,2}}?{_BRING}",
    rf"unterlagen:? (?:[\w+-]+,? ){{0,2}}?{_PAPERS}",
    rf"{_BRING}:? (?:(?:my|mon|mes|mi|mis|mein(?:e|en)?) )?{_CV}",
    # ... among other things ("llevar sacacorchos y CV impreso"), or with the German shorthand "… mit!"
    rf"{_BRING} (?:[\w-]+ ){{1,3}}?(?:y|and|und|et|\+) (?:(?:my|mon|mes|mi|mis|mein(?:e|en)?) )?{_CV}",
    rf"{_PAPERS} (?:[\w+-]+ ){{0,2}}?mit(?=\s*!)",
    # ... or the Dutch "mee" ("CV + attest AEO opleiding mee")
    rf"{_CV} (?:[\w+-]+ ){{0,4}}?(?:mee|meenemen)(?![a-z])",
    # ... and the stories an applicant readies for a behavioural round ("STAR: isolation story, crew conflict")
    r"star:? (?:[\w-]+ ){0,3}?stor(?:y|ies)",
])
# A laptop counts only for a round's presentation or case: "bring laptop" is a class's or a coworking day's too.
_LAPTOP = words_rx([rf"{_BRING} {_OWN}(?:laptop|portatil|ordinateur|ordi|notebook)"])
# A round's words, in the user's own shorthand.
_ROUND_WORDS = [r"final", r"finale", r"round", r"runde", r"ronda", r"case study", r"fallstudie", r"presentation",
                r"pres", r"prasentation", r"presentacion", r"onsite"]
_ROUND = words_rx([*_ROUND_WORDS, r"tour", r"case interview", r"etude de cas", r"caso practico"])
# What the user means to ask the employer, at a round ("ask about reserves policy + trading sub", "preguntar x stack
# … y si es 100% remoto"): an applicant's questions (a technical round counts here too: "Entre técnica Molinete").
# (not "tour", an English visit: "Tour + headteacher talk. Ask about wraparound care"; nor the case words)
_ASK_ROUND = words_rx(_ROUND_WORDS)
_ASK = words_rx([r"ask (?:them )?(?:about|re|if|whether)", r"preguntar (?:x|por|si|sobre|cuanto|como)",
                 r"(?:nachfragen|fragen) (?:nach|ob|wegen)", r"demander (?:si|pour|combien|comment)",
                 r"parler (?:de (?:la )?|du )?(?:remuneration|salaire|package|teletravail)"])  # "Parler rémunération"
_TECH_ROUND = words_rx([r"tecnica", r"technical", r"technique", r"technisch(?:es)?", r"fachgesprach"])
# Whom the user meets, noted with their post ("Fuchs = GF", "Hr. Kurz = Werkstättenleiter"), in an entry titled as a
# talk ("Vorstellung Wachau Kälte Krems", "Gespräch Werkstättenleiter"): the boss the applicant presents to.
_BOSS_NOTE = words_rx([r"(?:(?:hr|fr|herr|frau|mr|mrs|ms)\.? )?[a-z][a-z-]+ = (?:gf|geschaftsfuhr(?:er|erin|ung)"
                       r"|\w*leiter(?:in)?|inhaber(?:in)?|chef(?:in)?|patron(?:ne)?|jef[ea]|duen[oa]|ceo|owner|founder"
                       r"|hiring manager|head of \w+)"])
_TALK = words_rx([r"vorstellung", r"gesprach", r"gsproch", r"gsprach", r"kennenlernen", r"treffen", r"termin", r"rdv",
                  r"rencontre", r"entrevista", r"entretien", r"cita"])
# Leave taken from the current job for it ("entretien en présentiel, après garde de nuit -> poser RTT", "Probetag
# Voltaro (Urlaub eingetragen!)", "annual leave booked"): only an applicant does (combine lets no model veto it)
_LEAVE = words_rx([r"(?:poser|prendre) (?:un |une |mon |ma |le )?(?:rtt|conge|jour(?:nee)?|demi-journee)",
                   r"(?:conge|rtt) (?:pris|pose)",
                   r"(?:urlaub|ferien)(?:s?tag)? (?:\w+ ){0,2}?(?:nehmen|beantragen|eintragen|eingetragen|eingegeben"
                   r"|genommen|beantragt)",  # (Swiss "Ferientag eingegeben")
                   r"(?:gleittag|zeitausgleich) (?:nehmen|eintragen)",
                   r"take (?:a |the )?(?:day|half[- ]day|morning|afternoon) (?:off|as leave)",
                   r"book(?:ed)? (?:a )?(?:day|leave) off", r"annual leave booked",
                   r"pedir (?:el |un |medio )?dia (?:libre)?", r"(?:pedir|cogerme) (?:vacaciones|asuntos propios)",
                   r"vacaciones pedidas", r"pedi el dia",
                   r"有給", r"有休", r"半休", r"午[前後]休"])  # Japanese paid leave, a half day off ("午後半休")
_INTERVIEW_WORD = words_rx([r"entretien", r"interview", r"entrevista", r"gesprach", r"vorstellungsgesprach",
                            r"entrevue", r"面接",
                            # ... or a selection's test ("Test excel CACEIS … Poser demi-journée", "test écrit (3h)")
                            r"test (?:ecrit|excel|technique|de logique)", r"(?:written|excel|online) test",
                            r"cas pratique", r"caso practico", r"case study",
                            # ... or a public employer's exam ("examen connaissances + test psychométrique")
                            r"test psycho(?:metrique|technique)s?", r"examen (?:de )?connaissances"])
# Executives met at a round, in the title ("Quillfeather final - CPO + CEO")
_EXECS = words_rx([r"(?:ceo|cpo|cto|coo|cfo|cmo|md|gm|founder)(?: ?[+&/,] ?(?:ceo|cpo|cto|coo|cfo|cmo|md|gm|founders?"
                   r"|vp \w+))+"])

# ... or one of them at the final ("Marriott final!! Claudia Engel (RVP)")
_EXEC = words_rx([r"ceo", r"cpo", r"cto", r"coo", r"cfo", r"cmo", r"rvp", r"svp", r"evp", r"presidente?", r"founder",
                  r"fundador(?:a)?", r"fondat(?:eur|rice)", r"gf", r"pdg", r"dg"])
_FINAL = words_rx([r"final", r"finale", r"finalrunde", r"endrunde"])


def applicant_kit(title: str, body: str, full_title: str = "") -> str | None:
    """Given the folded title and notes of the user's own entry, returns the cue when they list what an applicant
    brings to an interview (work samples; a laptop for a round), asks at a round or whom they present to, else
    None. `full_title` is the folded title with any role left in ("final - CPO + CEO")."""
    text = title + " " + body
    if kit := cues(_KIT, text):
        return kit[0]
    if (laptop := cues(_LAPTOP, text)) and cues(_ROUND, text):
        return laptop[0]
    if (ask := cues(_ASK, body)) and (cues(_ASK_ROUND, text) or cues(_TECH_ROUND, title)):
        return ask[0]
    if (boss := cues(_BOSS_NOTE, body)) and cues(_TALK, title):
        return boss[0]
    if (execs := cues(_EXECS, full_title or title)) and cues(_ASK_ROUND, title):
        return execs[0]
    if (boss := cues(_EXEC, full_title or title)) and cues(_FINAL, title):  # "Copperleaf final (Teams) - CPO"
        return boss[0]
    return None


LEAVE_TAKEN = "the user takes leave from work for it"


def leave_taken(title: str, body: str) -> str | None:
    """Given the folded title and notes of the user's own entry, returns the cue when the notes take leave from the
    current job for an interview or a trial day named in it, else None."""
    if (leave := cues(_LEAVE, title + " " + body)) and (cues(_INTERVIEW_WORD, title + " " + body)
                                                       or cues(INTERVIEW, title)):
        return leave[0]
    return None


# Someone calls the user ("she calls my cell", "ruft mich an", "me llama ella", "c'est lui qui appelle"): the
# user waits for the employer's or recruiter's call. Not "call her", "ich rufe an": the user calling a candidate.
_CALLED = words_rx([
    r"(?:s?he|they|he)(?:'ll| will)? (?:calls?|rings?|phones?)(?: (?:me|my (?:cell|mobile|phone)))?",
    r"(?:calls?|rings?) (?:me|my (?:cell|mobile))", r"ruf(?:t|en) (?:mich )?(?:auf (?:dem |meinem )?handy )?an",
    r"me llaman?(?: (?:ella|el|ellos|ellas))?", r"(?:ella|el|ellos|ellas) me llaman?",
    r"me marcan?(?: (?:ella|el))?", r"(?:ella|el) me marcan?",  # Mexico: "Karen de talent me marca"
    r"(?:il|elle|ils) m'appellen?t?", r"c'est (?:lui|elle|eux) qui (?:m')?appellen?t?",
    r"(?:m|mme|mr|monsieur|madame)\.? [a-z'-]+ m'appelle",  # "M. Lecomte m'appelle"
    r"(?:hij|zij|ze) belt(?: me| mij)?", r"belt (?:me|mij)",
    # a call from someone of an employer's selection desk ("Llamada de Marta (selección ECI)")
    r"(?:llamada|appel|anruf|call) (?:de|von|from) [a-z]+ \((?:seleccion|recrutement|rrhh|rh|hr|recruiting)",
])
# ... about a job: the post, the recruiting side, the pay the applicant asks about
_JOB_CALL = words_rx([
    r"ta", HR, r"rrhh", r"rh", r"recruiter(?:in)?", r"recruiting", r"talent(?: \w+)?", r"headhunter(?:in)?", r"rol",
    r"personalabt\w*", r"\w*stelle", r"poste", r"puesto", r"role", r"position", r"vacature", r"bewerbung",
    r"candidature", r"candidatura", r"(?:phone )?screen(?:ing)?", r"filtro", r"seleccion", r"recrutement",
    r"job", r"erste[sn]? (?:tel\w*|gesprach)", r"gehalt", r"salaire", r"salario", r"salary", r"salaris", r"sueldo",
    r"cherche (?:un |une )?\w+",
])
# ... and not a referee's, a survey's, a journalist's or an offer's call
_NOT_APPLYING = words_rx([r"referen(?:z|ce|cia|tie)\w*", r"referee", r"\w*umfrage", r"\w*befragung", r"survey",
                          r"offer", r"oferta", r"angebot", r"proposition", r"propuesta"])


def called_about_job(title: str, body: str) -> str | None:
    """Given the folded title and notes of the user's own entry, returns the cue when they say that someone calls
    the user about a job ("ruft mich an. Gehalt: 150+?"), else None."""
    text = title + " " + body
    if (called := cues(_CALLED, text)) and cues(_JOB_CALL, text) and not cues(_NOT_APPLYING, text):
        return called[0]
    return None


# A call with a recruiter, by the user's own words ("Appel recruteuse", "Telefonat Recruiterin", "call w/ recruiter").
_RECRUITER_CALL = words_rx([
    r"(?:appel|call|telefonat|anruf|llamada|echange|phone screen)(?: (?:avec|with|w/|mit|con) (?:la |le |der |dem |el "
    r"|the |a )?| )(?:recruteu(?:r|se)|recruiter(?:in)?|reclutador(?:a)?|headhunter(?:in)?|chasseu(?:r|se) de tetes"
    r"|talent partner)",
    # ... or with the employer's HR ("Tel RH Rhône Commo – juriste corporate", "HR call Acme – Controller")
    # (not "Telefonat Hr. Kessler", Herr Kessler)
    rf"(?:tel|appel|call|telefonat|anruf|llamada) (?:(?:avec|with|w/|mit|con) (?:la |les |the )?)?(?:rh|{HR}|rrhh)",
    r"(?:hr|rh|rrhh) (?:call|appel|telefonat|llamada)",
])


def applicant_notes(title: str, body: str, full_title: str, role: bool, unnamed: bool) -> list[tuple[float, str]]:
    """Given the folded title and notes of the user's own entry, its folded title with any role left in, whether a
    role is named and whether an agent keeps the client unnamed, returns the weighted reasons that the notes are an
    applicant's: what to bring or ask, leave taken, a call about a job awaited."""
    found = []
    if kit := applicant_kit(title, body, full_title):
        # "Hafenweg 12, 3rd floor – ask for Uma" with "bring portfolio print + passport": a visit as an applicant
        found.append((3.0, f"the user's own entry reads as an applicant's (what to bring or ask, whom to meet): "
                           f"'{kit}'"))
    if leave := leave_taken(title, body):
        found.append((3.0, f"{LEAVE_TAKEN}: '{leave}'"))
    if unnamed:  # ("Kunde vertraulich": no employer yet)
        return found
    if called := called_about_job(title, body):
        # "Call Hafenlogik (Jonna, TA) – ruft mich an. Gehalt: 150+?": the user waits for a call about a job
        found.append((3.0, f"the user's own entry: someone calls the user about a job: '{called}'"))
    if (call := cues(_RECRUITER_CALL, title)) and (role or cues(JOB_CONTEXT, title)):
        # "Appel recruteuse Skillup (poste formatrice)": the user's note of a recruiter's call about a named job
        found.append((1.5, f"the user's own entry for a recruiter's call about a job: '{call[0]}'"))
    return found
