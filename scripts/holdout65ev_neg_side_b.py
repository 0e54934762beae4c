"""holdout65 negatives: the user on the hiring side at his brasserie (part B, FR/EN/ES/DE)."""

from __future__ import annotations

from holdout65ev_ics import UTC1_DE, Ev, cal, neg

TEAMS_EN = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261202T211500Z
DESCRIPTION:Hi Tom\,\n\nThanks for your application for the Sous Chef position at Brasserie de la Saône in
 Lyon. Let's have a first chat on Teams (30 min) – we can speak English\, and I'd like to hear about your
 time at the Covent Garden brasserie you mentioned and your plans for moving to France.\n\nBest\,\nMathieu
 Lambert\nChef de cuisine\n\n________________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the
 meeting\nMeeting ID: 349 662 015 873\nPasscode: aS9t4E\n
 ________________________________________________________________________________
DTEND;TZID=Romance Standard Time:20261207T173000
DTSTAMP:20261202T211500Z
DTSTART;TZID=Romance Standard Time:20261207T170000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Lambert, Mathieu":mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tom.fletcher.chef@outlook.com
 :mailto:tom.fletcher.chef@outlook.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Interview: Tom Fletcher – Sous Chef – Brasserie de la Saône
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B9C1D7E3F46BDB01000000000000000010000000E8A2C6F0B4D19357
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

ES_CANDIDATE = r"""BEGIN:VEVENT
DTSTART:20261228T140000Z
DTEND:20261228T150000Z
DTSTAMP:20261207T190012Z
ORGANIZER;CN=Mathieu Lambert:mailto:m.lambert@brasserie-saone.fr
UID:4d8f2g6h0j5k9l3z7x1c5v9b3n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mathieu Lambert;X-NUM-GUESTS=0
 :mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.romero.cocina@gmail.com
 ;X-NUM-GUESTS=0:mailto:lucia.romero.cocina@gmail.com
DESCRIPTION:Hola Lucía\,\nTe espero en la brasserie el lunes a las 15h para la entrevista (puesto de
 commis de cocina). Después te enseño la cocina y\, si quieres\, te quedas a ver el servicio de la noche.
 \nUn saludo\,\nMathieu – Brasserie de la Saône\, Lyon
LOCATION:Brasserie de la Saône\, 27 quai Saint-Vincent\, 69001 Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Lucía Romero – commis de cocina (Lyon)
TRANSP:OPAQUE
END:VEVENT"""

AGENCY_DE = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261201T100522Z
DESCRIPTION:Guten Tag Herr Lambert\,\n\ngerne stelle ich Ihnen Herrn Lukas Brunner vor (Chef de partie\, 29\,
 zweisprachig D/F\, zuletzt im Restaurant eines Hotels in Fribourg). Er möchte für ein Jahr in Lyon arbeiten.
 \nDas Gespräch mit Ihnen findet per Teams statt\; Herr Brunner ist eingeladen.\n\nFreundliche Grüsse\nSimone
 Baumann\nKüchenprofis Personal AG
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20261222T100000
DTSTAMP:20261201T100522Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20261222T093000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Baumann, Simone":mailto:s.baumann@kuechenprofis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.lambert@brasserie-saone.fr
 :mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lukas.brunner@bluewin.ch
 :mailto:lukas.brunner@bluewin.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Kandidatenvorstellung: Lukas Brunner (Chef de partie) – Brasserie de la Saône\, Lyon
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002C8F4A1D7B6ADB010000000000000000100000005E9B3D7F1A2C4068
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

PHONE_NOTE = r"""BEGIN:VEVENT
CREATED:20261206T081100Z
UID:3F9A1C7E-2D5B-4A80-B6E4-0C8D2F6A9B13
DTEND;TZID=Europe/Paris:20261207T131500
TRANSP:OPAQUE
SUMMARY:Appeler candidate pâtissière (Leboncoin) – Manon 06 58 31 77 20
DTSTART;TZID=Europe/Paris:20261207T130000
DTSTAMP:20261206T081100Z
DESCRIPTION:annonce pâtissier(e) 35h. Demander dispo week-ends + si elle peut faire un essai jeudi.
SEQUENCE:0
END:VEVENT"""

APPRENTI = r"""BEGIN:VEVENT
UID:20261203T111502Z-4471-cfa-rhone@cfa-metiers-bouche.fr
DTSTAMP:20261203T111502Z
DTSTART;TZID=Europe/Paris:20261230T100000
DTEND;TZID=Europe/Paris:20261230T110000
SUMMARY:Entretien apprenti CAP cuisine – Mattéo Roussel / Brasserie de la Saône
DESCRIPTION:Bonjour Monsieur Lambert\,\n\nSuite à votre offre d'apprentissage\, je vous propose de
 rencontrer Mattéo Roussel (16 ans\, entrée en CAP Cuisine en janvier)\, accompagné de sa mère. L'entretien
 se tiendra dans votre établissement. Je serai présente pour présenter le contrat et le calendrier
 d'alternance.\n\nSandrine Roche\nDéveloppeuse de l'apprentissage – CFA des Métiers de Bouche du Rhône
LOCATION:Brasserie de la Saône\, Lyon 1er
ORGANIZER;CN=Sandrine Roche:mailto:s.roche@cfa-metiers-bouche.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.lambert@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

OWNER_FOH = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261205T153000
DTEND;TZID=Europe/Paris:20261205T161500
DTSTAMP:20261202T170122Z
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@brasserie-saone.fr
UID:5f9g3h7j1k6l0z4x8c2v6b0n4m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julie Moreau;X-NUM-GUESTS=0
 :mailto:j.moreau@brasserie-saone.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:m.lambert@brasserie-saone.fr
DESCRIPTION:Candidate chef de rang (CV dans le drive). Mathieu\, passe 10 min à la fin pour lui parler du
 lien salle/cuisine et des allergènes.
LOCATION:Brasserie – salle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Sophie Laurent – chef de rang
TRANSP:OPAQUE
END:VEVENT"""

RESCHEDULED = r"""BEGIN:VEVENT
UID:tt-interview-a4f8b2c6-1d3e-4f50-9a7b-8c6d2e0f1a39-r1@teamtailor.com
DTSTAMP:20261208T075511Z
DTSTART;TZID=Europe/Paris:20261214T150000
DTEND;TZID=Europe/Paris:20261214T160000
SUMMARY:Entretien déplacé : Inès Fabre – Chef de partie garde-manger
DESCRIPTION:L'entretien avec Inès Fabre a été déplacé à la demande de la candidate.\nNouvelle date : lundi
 14 décembre 2026\, 15:00 – 16:00\n\nIntervenants : Mathieu Lambert\, Sarah Benhamou\nKit d'entretien :
 https://brasserie-saone.teamtailor.com/candidates/88213/interview-kit
LOCATION:Brasserie de la Saône – bureau
ORGANIZER;CN=Julie Moreau:mailto:j.moreau@brasserie-saone.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:m.lambert@brasserie-saone.fr
ATTENDEE;CN=Sarah Benhamou;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:s.benhamou@brasserie-saone.fr
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT"""

CANCELLED = r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Dylan\,\n\nJe dois annuler notre entretien de mardi (livraison décalée et service chargé).
 Je vous rappelle pour fixer une autre date.\n\nMathieu Lambert\nBrasserie de la Saône
DTEND;TZID=Romance Standard Time:20261215T153000
DTSTAMP:20261213T091020Z
DTSTART;TZID=Romance Standard Time:20261215T150000
LOCATION:Brasserie de la Saône
ORGANIZER;CN="Lambert, Mathieu":mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dylan.moreau07@gmail.com
 :mailto:dylan.moreau07@gmail.com
PRIORITY:1
SEQUENCE:2
STATUS:CANCELLED
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien commis – Dylan Moreau
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000C3F8A2D6E17CDB01000000000000000010000000A6D0B4F8E2C17359
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT"""

RECURRING = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270112T150000
DTEND;TZID=Europe/Paris:20270112T170000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270223T140000Z
DTSTAMP:20261218T100000Z
UID:9s3d7f1g5h0j4k8l2z6x0c4v8b@google.com
CREATED:20261218T095911Z
DESCRIPTION:Créneau fixe pour recevoir les candidats commis / plonge (entretien 20 min + mini-essai). Caler
 les candidats via Calendly.
LAST-MODIFIED:20261218T100000Z
LOCATION:Brasserie de la Saône
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Créneau entretiens commis
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270119T160000
DTEND;TZID=Europe/Paris:20270119T180000
DTSTAMP:20261218T100000Z
UID:9s3d7f1g5h0j4k8l2z6x0c4v8b@google.com
RECURRENCE-ID;TZID=Europe/Paris:20270119T150000
CREATED:20261218T095911Z
DESCRIPTION:Décalé d'une heure (inventaire).
LAST-MODIFIED:20261218T100000Z
LOCATION:Brasserie de la Saône
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Créneau entretiens commis
TRANSP:OPAQUE
END:VEVENT"""

TRIAL_EN = r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/Paris:20261219T230000
ATTENDEE;CN=Ana Costa;CUTYPE=INDIVIDUAL;EMAIL=ana.costa.cook@gmail.com;PARTSTAT=NEEDS-ACTION
 ;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ana.costa.cook@gmail.com
ATTENDEE;CN=Mathieu Lambert;CUTYPE=INDIVIDUAL;EMAIL=mathieu.lambert.chef@gmail.com;PARTSTAT=ACCEPTED
 ;ROLE=CHAIR:mailto:mathieu.lambert.chef@gmail.com
UID:A5C9E1B3-7D2F-4068-9B4A-E3F1D5C7A902
DTSTAMP:20261212T221031Z
LOCATION:Brasserie de la Saône\n27 Quai Saint-Vincent\, 69001 Lyon\, France
DESCRIPTION:Hi Ana\, see you Saturday for your trial shift on the grill station (dinner service). Ask for
 me at the kitchen door at 5pm. Bring your knives\, we provide the whites.\nMathieu
SEQUENCE:0
SUMMARY:Trial shift – Brasserie de la Saône – Ana Costa (chef de partie)
DTSTART;TZID=Europe/Paris:20261219T170000
CREATED:20261212T221002Z
ORGANIZER;CN=Mathieu Lambert;EMAIL=mathieu.lambert.chef@gmail.com:mailto:mathieu.lambert.chef@gmail.com
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
UAI = "user-as-interviewer"


def events() -> list[Ev]:
    return [
        neg("outlook-teams-candidate-en", cal(TEAMS_EN, OUTLOOK, tz=("Romance Standard Time",)),
            f"{UAI}-teams-candidate-en"),
        neg("google-candidate-es", cal(ES_CANDIDATE, GOOGLE), f"{UAI}-freemail-candidate-es"),
        neg("agency-candidate-de", cal(AGENCY_DE, OUTLOOK, tz=(UTC1_DE,)), f"{UAI}-agency-sends-candidate-ch-de"),
        neg("ios-phone-note-fr", cal(PHONE_NOTE, "-//Apple Inc.//iPhone OS 18.1//EN", method=None,
                                     tz=("Europe/Paris",)),
            f"{UAI}-phone-note-fr"),
        neg("cfa-apprentice-fr", cal(APPRENTI, "-//CFA Metiers de Bouche//Agenda//FR", tz=("Europe/Paris",)),
            f"{UAI}-apprentice-cfa-fr"),
        neg("google-owner-foh-fr", cal(OWNER_FOH, GOOGLE, tz=("Europe/Paris",)), f"{UAI}-owner-panel-foh-fr"),
        neg("teamtailor-rescheduled-fr", cal(RESCHEDULED, "-//Teamtailor//Interview//EN", tz=("Europe/Paris",)),
            f"{UAI}-rescheduled-fr"),
        neg("outlook-cancel-candidate-fr", cal(CANCELLED, OUTLOOK, method="CANCEL", tz=("Romance Standard Time",)),
            f"{UAI}-cancelled-fr"),
        neg("google-recurring-slots-fr", cal(RECURRING, GOOGLE, method="PUBLISH", tz=("Europe/Paris",)),
            f"{UAI}-recurring-override-fr"),
        neg("apple-trial-gmail-en", cal(TRIAL_EN, "-//Apple Inc.//macOS 15.1//EN", tz=("Europe/Paris",)),
            f"{UAI}-trial-shift-from-gmail-en"),
    ]
