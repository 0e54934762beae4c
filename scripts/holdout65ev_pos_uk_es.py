"""holdout65: the user's own interviews, London employers (part B) and a Spanish hotel group."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, pos

CLEMENTS = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261209T113015Z
DESCRIPTION:Dear Mathieu\,\n\nThank you for coming in last week. We would be pleased to see you for the final
 stage of the process for the F&B Manager position: a conversation with the Club Secretary (myself) and our
 General Manager\, Rupert Hale\, followed by a short walk-through of the dining room and the cellar.\n\n
 Members' entrance at the front of the building\; please ask for me at the porter's lodge.\n\nYours
 sincerely\,\nAlice Pemberton\nClub Secretary\nSt Clement's Club\, 12 Pall Mall Place\, London SW1
DTEND:20270105T160000Z
DTSTAMP:20261209T113015Z
DTSTART:20270105T143000Z
LOCATION:St Clement's Club – Committee Room
ORGANIZER;CN="Pemberton, Alice":mailto:a.pemberton@stclementsclub.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Mathieu"
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hale, Rupert":mailto:r.hale@stclementsclub.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Committee Room":mailto:committee.room@stclementsclub.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Mathieu Lambert - F&B Manager - second interview
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C9B3F1A7E574DB0100000000000000001000000017E9D4C2B6A8F053
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""

ALDWYCH = r"""BEGIN:VEVENT
UID:goodtime-7f4c1e90b3a2d65e@goodtime.io
DTSTAMP:20261203T164500Z
DTSTART;TZID=Europe/London:20270105T093000
DTEND;TZID=Europe/London:20270105T123000
SUMMARY:Onsite Interview – Executive Chef – Aldwych Park Hotel
DESCRIPTION:Hello Mathieu\,\n\nWe're looking forward to welcoming you to Aldwych Park Hotel. Your agenda:\n\n
 09:30 – 10:15  Nicholas Grant\, General Manager\n10:15 – 11:00  Sarah Mensah\, Director of Food & Beverage\n
 11:00 – 12:00  Kitchen walk-through and conversation with Luca Ferraro\, Executive Sous Chef\n12:00 – 12:30
 Wrap-up with People & Culture (Amy Collins)\n\nPlease arrive 10 minutes early and ask for Megan Doyle
 (Talent Coordinator) at the front desk. Megan will escort you between interviews.\n\nPowered by GoodTime
LOCATION:Aldwych Park Hotel\, 7 Aldwych\, London WC2B 4BG
ORGANIZER;CN=Megan Doyle:mailto:megan.doyle@aldwychpark.com
ATTENDEE;CN=Nicholas Grant;ROLE=REQ-PARTICIPANT:mailto:nicholas.grant@aldwychpark.com
ATTENDEE;CN=Sarah Mensah;ROLE=REQ-PARTICIPANT:mailto:sarah.mensah@aldwychpark.com
ATTENDEE;CN=Luca Ferraro;ROLE=REQ-PARTICIPANT:mailto:luca.ferraro@aldwychpark.com
ATTENDEE;CN=Amy Collins;ROLE=REQ-PARTICIPANT:mailto:amy.collins@aldwychpark.com
ATTENDEE;CN=Megan Doyle;ROLE=NON-PARTICIPANT:mailto:megan.doyle@aldwychpark.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

FENNEL = r"""BEGIN:VEVENT
UID:greenhouse-interview-90218834-4401@greenhouse.io
DTSTAMP:20261204T101200Z
DTSTART;TZID=Europe/London:20261209T143000
DTEND;TZID=Europe/London:20261209T170000
SUMMARY:Interview Confirmation: Cook-off – Head Chef\, Soho (Fennel & Fig)
DESCRIPTION:Hi Mathieu\,\n\nThis confirms your cook-off for the Head Chef\, Soho role at Fennel & Fig
 Restaurants.\n\nWhen: Wednesday\, December 9\, 2026\, 2:30 PM – 5:00 PM GMT\nWhere: Fennel & Fig Soho\, 31
 Greek Street\, London W1D 5DQ\n\nYou'll cook two dishes from our current menu and one of your own\, then
 talk them through with:\n• Aisha Khan – Culinary Director\n• Ben Holloway – Operations Manager\, Soho\n\n
 Chef's whites will be provided.\n\nThanks\,\nFennel & Fig Talent Team
LOCATION:Fennel & Fig Soho\, 31 Greek Street\, London W1D 5DQ
ORGANIZER;CN=Fennel & Fig Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Aisha Khan;ROLE=REQ-PARTICIPANT:mailto:aisha.khan@fennelandfig.co.uk
ATTENDEE;CN=Ben Holloway;ROLE=REQ-PARTICIPANT:mailto:ben.holloway@fennelandfig.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

LAVANDE = r"""BEGIN:VEVENT
UID:workable-event-3f8a2c71e6d94b05@workable.com
DTSTAMP:20261126T081000Z
DTSTART:20261202T153000Z
DTEND:20261202T161500Z
SUMMARY:Interview with Bistro Lavande for Head Chef
DESCRIPTION:Hi Mathieu\,\n\nYou have an interview with Claire Dubois-Hart for the Head Chef position at Bistro
 Lavande.\n\nType: Video call\nDuration: 45 minutes\nJoin: https://meet.google.com/ufc-kzpa-rwe\n\nIf you need
 to reschedule\, please reply to this email.\n\nBest regards\,\nBistro Lavande\n\n--\nSent with Workable
LOCATION:https://meet.google.com/ufc-kzpa-rwe
ORGANIZER;CN=Bistro Lavande:mailto:bistro-lavande@applications.workable.com
ATTENDEE;CN=Claire Dubois-Hart;ROLE=REQ-PARTICIPANT:mailto:claire@bistrolavande.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

MARISMA_SCREEN = r"""BEGIN:VEVENT
DTSTART:20261127T110000Z
DTEND:20261127T113000Z
DTSTAMP:20261123T092215Z
ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@marismahoteles.com
UID:3k7l1z5x9c4v8b2n6m0q4w8e2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Ortega;X-NUM-GUESTS=0
 :mailto:lucia.ortega@marismahoteles.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN=mathieu.lambert.chef@gmail.com;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
DESCRIPTION:Hola Mathieu\,\nGracias por tu candidatura. Te llamaré para una primera entrevista telefónica
 sobre el puesto de Chef Ejecutivo para la apertura de nuestro hotel en París (primavera 2027). Podemos hablar
 en español o en francés\, como prefieras.\nUn saludo\,\nLucía Ortega\nTalent Acquisition – Marisma Hoteles
 \, Madrid
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica – Chef Ejecutivo apertura París
TRANSP:OPAQUE
END:VEVENT"""

MARISMA_OPS = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261203T150812Z
DESCRIPTION:Hola Mathieu\,\n\nTe confirmo la entrevista con Javier Ibarra\, Director de Operaciones\, que
 será el responsable directo del puesto de Chef Ejecutivo en Marisma París Opéra. Yo coordino la agenda pero
 no estaré en la llamada.\n\nUn saludo\,\nLucía\n\n
 ________________________________________________________________________________\nReunión de Microsoft Teams
 \nÚnase a través de su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la
 reunión\nId. de reunión: 366 041 229 587\nCódigo de acceso: qT8w2A\nDescargar Teams | Unirse en la web\n
 ________________________________________________________________________________
DTEND;TZID=Romance Standard Time:20261210T180000
DTSTAMP:20261203T150812Z
DTSTART;TZID=Romance Standard Time:20261210T170000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Ortega, Lucía":mailto:lucia.ortega@marismahoteles.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.lambert.chef@gmail.com
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ibarra, Javier"
 :mailto:j.ibarra@marismahoteles.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista Chef Ejecutivo París – Dirección de Operaciones
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5A1C7D3B072DB01000000000000000010000000C4F8E2A0D61B9357
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[Ev]:
    return [
        pos("outlook-utc-final-en", cal(CLEMENTS, OUTLOOK), "St Clement's Club", "F&B Manager", "final",
            "a.pemberton@stclementsclub.co.uk;r.hale@stclementsclub.co.uk", "outlook-utc-last-first-final-en"),
        pos("goodtime-onsite-en", cal(ALDWYCH, "-//GoodTime.io//GoodTime Scheduler//EN", tz=("Europe/London",)),
            "Aldwych Park Hotel", "Executive Chef", "onsite",
            "nicholas.grant@aldwychpark.com;sarah.mensah@aldwychpark.com;luca.ferraro@aldwychpark.com;"
            "amy.collins@aldwychpark.com", "goodtime-onsite-coordinator-en"),
        pos("greenhouse-cookoff-en", cal(FENNEL, "-//Greenhouse Software//Greenhouse//EN", tz=("Europe/London",)),
            "Fennel & Fig Restaurants", "Head Chef, Soho", "technical",
            "aisha.khan@fennelandfig.co.uk;ben.holloway@fennelandfig.co.uk", "greenhouse-cook-off-en"),
        pos("workable-en", cal(LAVANDE, "-//Workable//Workable Calendar//EN"), "Bistro Lavande", "Head Chef",
            "hiring_manager", "claire@bistrolavande.co.uk", "workable-meet-en"),
        pos("google-phone-es", cal(MARISMA_SCREEN, "-//Google Inc//Google Calendar 70.9054//EN"),
            "Marisma Hoteles", "Chef Ejecutivo", "recruiter_screen", "lucia.ortega@marismahoteles.com",
            "google-phone-screen-es"),
        pos("outlook-teams-es", cal(MARISMA_OPS, OUTLOOK, tz=("Romance Standard Time",)),
            "Marisma Hoteles", "Chef Ejecutivo", "hiring_manager", "j.ibarra@marismahoteles.com",
            "outlook-teams-coordinator-es"),
    ]
