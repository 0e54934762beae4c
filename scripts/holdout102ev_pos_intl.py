"""holdout102: the user's own interviews in English, German, Spanish and Swiss French."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal

ZOOM_EN = (
    r"Join Zoom Meeting\nhttps://alvirahealth.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {mids}\nPasscode: {code}"
    r"\n\n---\n\nOne tap mobile\n+33170372246\,\,{mid}# France\n+442034815240\,\,{mid}# United Kingdom\n"
)


def _personio_de() -> Ev:
    body = r"""BEGIN:VEVENT
UID:personio-appointment-9920113@personio.de
DTSTAMP:20261201T074400Z
DTSTART;TZID=Europe/Berlin:20261209T090000
DTEND;TZID=Europe/Berlin:20261209T093000
SUMMARY:Telefoninterview: Clinical Nurse Specialist (m/w/d) Frankreich Süd-West
DESCRIPTION:Hallo Camille Roux\,\n\nvielen Dank für Ihre Bewerbung als Clinical Nurse Specialist (m/w/d)
  Frankreich Süd-West. Gerne möchten wir Sie in einem ersten Telefonat (ca. 30 Minuten) näher kennenlerne
 n. Ihre Gesprächspartnerin ist Svenja Hartmann (Talent Acquisition). Das Gespräch kann gerne auf Englisch
  oder Französisch geführt werden.\n\nViele Grüße\nIhr Infusana Medical Recruiting-Team\n\nPowered by Per
 sonio
ORGANIZER;CN=Infusana Medical GmbH:mailto:jobs@infusana.jobs.personio.de
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Svenja Hartmann:mailto:svenja.hartmann@infusana.de
LOCATION:Telefon
END:VEVENT"""
    return Ev("personio-phone-de", cal(body, "-//Personio//Personio Calendar//DE", tz=("Europe/Berlin", "olson")), 1,
              "Infusana Medical", "Clinical Nurse Specialist (m/w/d) Frankreich Süd-West", "recruiter_screen",
              "svenja.hartmann@infusana.de", "personio-phone-de", ["Infusana"])


def _infusana_case() -> Ev:
    body = r"""BEGIN:VEVENT
ORGANIZER;CN="Krüger, Matthias":mailto:matthias.krueger@infusana.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.ide@laposte.net:mailto:camil
 le.roux.ide@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lefort, Anaïs":mailto:anais.lefort@infusana.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Hartmann, Svenja":mailto:svenja.hartmann@in
 fusana.de
DESCRIPTION;LANGUAGE=en-US:Hi Camille\,\n\nAs discussed with Svenja\, please prepare a 15-minute present
 ation: how would you train the nursing team of a French clinic on our ambulatory infusion pump (ambulator
 y chemo at home\, PCA)? Then 30 minutes Q&A with Anaïs (Clinical Manager France) and me.\nSvenja joins as
  an observer only.\n\nBest regards\,\nMatthias Krüger\nHead of Clinical Services Europe\n\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB010000000000000000100000000A1B2C3D4E5F6A7
 B8C9D0E1F2A3B4C5D
SUMMARY;LANGUAGE=en-US:Case presentation – Clinical Nurse Specialist France SW – Camille Roux
DTSTART;TZID=W. Europe Standard Time:20261216T150000
DTEND;TZID=W. Europe Standard Time:20261216T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261210T132000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return Ev("outlook-case-en-de", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                        tz=("W. Europe Standard Time", "windows")), 1,
              "Infusana Medical", "Clinical Nurse Specialist France SW", "technical",
              "matthias.krueger@infusana.de;anais.lefort@infusana.de", "case-presentation-en-observer")


def _softgarden() -> Ev:
    body = r"""BEGIN:VEVENT
UID:softgarden-interview-38117742-1@softgarden.io
DTSTAMP:20261203T150000Z
DTSTART:20261215T083000Z
DTEND:20261215T091500Z
SUMMARY:Entretien vidéo : Infirmier(ère) conseil à domicile – Vitaldos France
DESCRIPTION:Bonjour Madame Roux\,\n\nNous vous remercions de votre intérêt pour Vitaldos France SAS\, fil
 iale française du groupe Vitaldos Homecare (Hambourg). Nous avons le plaisir de vous inviter à un entreti
 en vidéo pour le poste d'Infirmier(ère) conseil à domicile (secteur Gironde/Landes).\n\nVotre interlocut
 eur : Romain Sabathé\, Responsable régional Sud-Ouest\n\nLien : https://vitaldos.softgarden.io/video/3811
 7742\n\nCordialement\,\nL'équipe recrutement\n\nsoftgarden e-recruiting GmbH
ORGANIZER;CN=Vitaldos France Recrutement:mailto:noreply@softgarden.io
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
LOCATION:Entretien vidéo
END:VEVENT"""
    return Ev("softgarden-subsidiary-fr", cal(body, "-//softgarden//softgarden e-recruiting//DE"), 1,
              "Vitaldos France", "Infirmier(ère) conseil à domicile", "hiring_manager", "Romain Sabathé",
              "softgarden-subsidiary-not-parent", [])


def _lever() -> Ev:
    body = r"""BEGIN:VEVENT
UID:lever-interview-5e0a3f7c-12d8-4b9e-a6c1-7f2e8d9b0c34
DTSTAMP:20261202T180000Z
DTSTART:20261208T160000Z
DTEND:20261208T163000Z
SUMMARY:Phone Screen: Camille Roux <> Curely Health (Remote Nurse Coordinator - France)
DESCRIPTION:Hi Camille\,\n\nThanks for your interest in Curely Health! This is a 30-minute phone screen
  with Dana Whitfield (Senior Talent Partner). Dana will call you on +33 6 12 48 90 33.\n\nIf you need to
  reschedule\, just reply to this email.\n\n--\nScheduled via Lever
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@curelyhealth.com
ATTENDEE;CN=Dana Whitfield;PARTSTAT=ACCEPTED:mailto:dana.whitfield@curelyhealth.com
ATTENDEE;CN=Camille Roux;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
LOCATION:Phone call
END:VEVENT"""
    return Ev("lever-phone-en", cal(body, "-//Lever//Lever Calendar//EN"), 1, "Curely Health",
              "Remote Nurse Coordinator - France", "recruiter_screen", "dana.whitfield@curelyhealth.com",
              "lever-phone-en", ["Curely"])


def _curely_hm() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261215T110000
DTEND;TZID=America/New_York:20261215T114500
DTSTAMP:20261210T190022Z
UID:5t7v9x1z3b5d7f9h1j3l5n7p9r@google.com
ORGANIZER;CN=Rachel Ostrowski:mailto:rachel@curelyhealth.com
ATTENDEE;CN=Rachel Ostrowski;PARTSTAT=ACCEPTED:mailto:rachel@curelyhealth.com
ATTENDEE;CN=camille.roux.ide@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
SUMMARY:Camille / Rachel - Remote Nurse Coordinator (EU pod)
DESCRIPTION:Hi Camille - looking forward to our chat. I lead clinical ops for our EU pod and this role wo
 uld report to me. We'll go through a couple of patient escalation scenarios. Note the time is 5pm for you
  in Bordeaux.\n\nJoin with Google Meet: https://meet.google.com/hwe-rbxk-upo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    ny = r"""BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
"""
    return Ev("google-hm-en-ny", cal(ny + body, "-//Google Inc//Google Calendar 70.9054//EN"), 1, "Curely Health",
              "Remote Nurse Coordinator", "hiring_manager", "rachel@curelyhealth.com", "google-hm-en-other-zone")


def _greenhouse() -> Ev:
    desc = (
        r"Hi Camille\,\n\nYou're confirmed for your Clinical Scenario Interview for the Research Nurse (Bordeaux"
        r" site) role at Alvira Health.\n\nInterviewer: Dr. Priya Natarajan (Clinical Operations Lead\, EMEA)\n"
        r"Duration: 60 minutes\n\n" + ZOOM_EN.format(mid="91744302156", mids="917 4430 2156", pwd="Qk9zT1",
                                                       code="448120")
        + r"\nPlease reach out to Megan Doyle (Recruiting Coordinator) with any questions.\n\nSent via Greenhouse"
    )
    body = rf"""BEGIN:VEVENT
UID:greenhouse-scheduled-interview-66021458@greenhouse.io
DTSTAMP:20261209T150400Z
DTSTART:20261217T150000Z
DTEND:20261217T160000Z
SUMMARY:Clinical Scenario Interview - Alvira Health
DESCRIPTION:{desc}
ORGANIZER;CN=Megan Doyle:mailto:megan.doyle@alvirahealth.com
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Priya Natarajan:mailto:priya.natarajan@alvirahealth.com
LOCATION:https://alvirahealth.zoom.us/j/91744302156
END:VEVENT"""
    return Ev("greenhouse-zoom-en", cal(body, "-//Greenhouse Software//Greenhouse//EN"), 1, "Alvira Health",
              "Research Nurse (Bordeaux site)", "technical", "priya.natarajan@alvirahealth.com",
              "greenhouse-coordinator-en")


def _goodtime() -> Ev:
    body = r"""BEGIN:VEVENT
UID:goodtime-7f3c1a9e-d2b4-4e60-91aa-3c5e7f9b1d20@goodtime.io
DTSTAMP:20261221T100000Z
DTSTART:20270112T083000Z
DTEND:20270112T120000Z
SUMMARY:Alvira Health - Final Round (onsite) - Research Nurse - Camille Roux
DESCRIPTION:Agenda (times in CET):\n09:30-10:15 Site tour & Study coordination - Hugo Marchetti (Site Man
 ager Bordeaux)\n10:15-11:00 GCP & protocol case - Dr. Priya Natarajan\n11:15-12:00 Values interview - Jo
 anna Kelsey (VP Clinical Operations\, via video)\n12:00-12:30 Lunch with the team (optional)\n\nYour coor
 dinator: Megan Doyle\nAddress: Alvira Health Bordeaux Research Unit\, 3 rue Lucien Faure\, 33300 Bordeaux\n
 \nScheduled with GoodTime
ORGANIZER;CN=Megan Doyle:mailto:megan.doyle@alvirahealth.com
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Hugo Marchetti:mailto:hugo.marchetti@alvirahealth.com
ATTENDEE;CN=Priya Natarajan:mailto:priya.natarajan@alvirahealth.com
ATTENDEE;CN=Joanna Kelsey:mailto:joanna.kelsey@alvirahealth.com
ATTENDEE;CUTYPE=ROOM;CN=BDX-Room Garonne:mailto:bdx-room-garonne@alvirahealth.com
LOCATION:Alvira Health Bordeaux\, 3 rue Lucien Faure - Room Garonne
END:VEVENT"""
    return Ev("goodtime-panel-en", cal(body, "-//GoodTime//GoodTime//EN"), 1, "Alvira Health", "Research Nurse",
              "final",
              "hugo.marchetti@alvirahealth.com;priya.natarajan@alvirahealth.com;joanna.kelsey@alvirahealth.com",
              "goodtime-final-onsite-room-en")


def _modernloop() -> Ev:
    body = r"""BEGIN:VEVENT
UID:ml-evt-01HZ7K3Q9V8R2M4N6P0T1W5X3Y@modernloop.io
DTSTAMP:20261205T220000Z
DTSTART:20261211T150000Z
DTEND:20261211T154500Z
SUMMARY:Pulsewise | Hiring Manager Interview | Clinical Nurse Lead (France)
DESCRIPTION:Candidate: Camille Roux\nInterviewer: Tomás Ibarra (Director of Clinical Services)\nCoordinat
 or: Kayla Benson\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _OTk1ZjQ2%40thread.v2/0\n\nScheduled with ModernLoop
ORGANIZER;CN=Kayla Benson:mailto:kayla.benson@pulsewise.io
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Tomas Ibarra:mailto:tomas.ibarra@pulsewise.io
LOCATION:Microsoft Teams Meeting
END:VEVENT"""
    return Ev("modernloop-hm-en", cal(body, "-//ModernLoop//ModernLoop//EN"), 1, "Pulsewise",
              "Clinical Nurse Lead (France)", "hiring_manager", "tomas.ibarra@pulsewise.io", "modernloop-en")


def _humanis() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270119T100000
DTEND;TZID=Europe/Paris:20270119T113000
DTSTAMP:20270104T124000Z
UID:hci-recruit-2027-0119-roux@humaniscare.org
SUMMARY:Technical interview - Nurse\, Emergency Medical Team roster (Camille Roux)
ORGANIZER;CN=HR Humanis Care International:mailto:recruitment@humaniscare.org
ATTENDEE;CN=Camille Roux;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Grace Mwangi:mailto:g.mwangi@humaniscare.org
ATTENDEE;CN=Pierre-Yves Lamarque:mailto:py.lamarque@humaniscare.org
DESCRIPTION:Dear Camille\,\nThank you for your application to our Emergency Medical Team roster. This tec
 hnical interview (90 min\, in English and French) includes a triage scenario and questions on mass-casua
 lty management. Panel: Grace Mwangi (Medical Coordinator) and Pierre-Yves Lamarque (Nursing Advisor).\n
 HR Team\, Humanis Care International\n\nJoin Zoom Meeting https://us02web.zoom.us/j/86311902477
LOCATION:Zoom
END:VEVENT"""
    return Ev("ngo-technical-en", cal(body, "-//Humanis Care International//HR//EN", tz=("Europe/Paris", "olson")), 1,
              "Humanis Care International", "Nurse, Emergency Medical Team roster", "technical",
              "g.mwangi@humaniscare.org;py.lamarque@humaniscare.org", "ngo-technical-en", ["Humanis Care"])


def _itsasbide() -> Ev:
    body = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261222T100000
DTEND;TZID=Europe/Madrid:20261222T110000
DTSTAMP:20261214T091500Z
UID:2d4f6h8j0l2n4p6r8t0v2x4z6b@google.com
ORGANIZER;CN=Miren Goikoetxea:mailto:mgoikoetxea@clinicaitsasbide.es
ATTENDEE;CN=Miren Goikoetxea;PARTSTAT=ACCEPTED:mailto:mgoikoetxea@clinicaitsasbide.es
ATTENDEE;CN=camille.roux.ide@laposte.net;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camille.roux.ide@laposte.net
SUMMARY:Entrevista - Enfermera/o de quirófano - Camille Roux
DESCRIPTION:Hola Camille\,\n\nTe confirmo la entrevista para el puesto de enfermera/o de quirófano en Clí
 nica Itsasbide (Irun). Hablaremos en español y francés\, sin problema. Soy la supervisora del bloque qui
 rúrgico.\n\nUn saludo\,\nMiren Goikoetxea\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con
  Google Meet: https://meet.google.com/yzp-mkcq-rwe\n\nO marca: (ES) +34 932 75 08 83 PIN: 552 118 903#\n\n
 Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~::~:~::-
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("google-meet-es", cal(body, "-//Google Inc//Google Calendar 70.9054//EN", tz=("Europe/Madrid", "olson")),
              1, "Clínica Itsasbide", "Enfermera/o de quirófano", "hiring_manager", "mgoikoetxea@clinicaitsasbide.es",
              "google-meet-es")


def _bidasoa() -> Ev:
    body = r"""BEGIN:VEVENT
ORGANIZER;CN="Urrutia Agirre, Leire":mailto:leire.urrutia@policlinicabidasoa.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Roux:mailto:camille.roux.ide@lapo
 ste.net
DESCRIPTION;LANGUAGE=es-ES:Buenos días Camille\,\n\nGracias por tu candidatura al puesto de Enfermero/a
  UCI. Te propongo una primera entrevista telefónica con Recursos Humanos (20-30 minutos). Te llamaré al
  número de tu CV.\n\nUn saludo\,\nLeire Urrutia\nTécnica de Selección – Policlínica Bidasoa Norte\n
UID:040000008200E00074C5B7101A82E008000000005566778899AADB01000000000000000010000000ABCDEF0123456789A
 BCDEF0123456789
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica RRHH – Enfermero/a UCI
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20261210T123000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20261210T130000
DTSTAMP:20261204T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return Ev("outlook-phone-es", cal(body, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                      tz=("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "windows")), 1,
              "Policlínica Bidasoa Norte", "Enfermero/a UCI", "recruiter_screen",
              "leire.urrutia@policlinicabidasoa.eus",
              "outlook-phone-es", ["Policlínica Bidasoa"])


def _leman() -> Ev:
    body = r"""BEGIN:VEVENT
UID:umantis-itv-2026-77310@abacus-umantis.ch
DTSTAMP:20261207T130000Z
DTSTART;TZID=Europe/Zurich:20261214T080000
DTEND;TZID=Europe/Zurich:20261214T083000
SUMMARY:Entretien vidéo - Infirmier·ère HES bloc opératoire (80-100%) - Clinique du Léman-Rive
DESCRIPTION:Madame\,\n\nNous vous confirmons un premier entretien vidéo avec Mme Noémie Favre\, spécialis
 te en recrutement. Merci de préparer votre diplôme pour la reconnaissance Croix-Rouge suisse (CRS).\n\nLi
 en : https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQx%40thread.v2/0\n\nClinique du Léman-Rive
  SA\, Genève
ORGANIZER;CN=Clinique du Léman-Rive - Recrutement:mailto:recrutement@leman-rive.ch
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
ATTENDEE;CN=Noémie Favre:mailto:noemie.favre@leman-rive.ch
LOCATION:Microsoft Teams
END:VEVENT"""
    return Ev("swiss-video-fr", cal(body, "-//Abacus Umantis//Recruiting//DE", tz=("Europe/Zurich", "olson")), 1,
              "Clinique du Léman-Rive", "Infirmier·ère HES bloc opératoire", "recruiter_screen",
              "noemie.favre@leman-rive.ch", "swiss-zone-fr", ["Léman-Rive"])


def events() -> list[Ev]:
    return [_personio_de(), _infusana_case(), _softgarden(), _lever(), _curely_hm(), _greenhouse(), _goodtime(),
            _modernloop(), _humanis(), _itsasbide(), _bidasoa(), _leman()]
