"""holdout232 events, part A: Château Pichon-Garance and Calder Ridge Winery rounds, a few negatives."""

EVENTS = [
    dict(
        kind="gcal-invite",
        uid="5q8v1m3kd2hf0e7rt9c6lsbn4a@google.com",
        y=1,
        company="Château Pichon-Garance",
        role="Maître de chai",
        stage="hiring_manager",
        who="arnaud.ferriere@pichon-garance.fr",
        trap="google-invite-estate-director-first-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250204T180000
DTEND;TZID=Europe/Paris:20250204T184500
DTSTAMP:20250130T094512Z
ORGANIZER;CN=Arnaud Ferrière:mailto:arnaud.ferriere@pichon-garance.fr
UID:5q8v1m3kd2hf0e7rt9c6lsbn4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Arnaud Ferrière;X-NUM-GUESTS=0:mailto:arnaud.ferriere@pichon-garance.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
X-MICROSOFT-CDO-OWNERAPPTID:-1187754310
CREATED:20250130T094511Z
DESCRIPTION:Bonjour Élodie\,<br><br>Comme convenu par téléphone\, je vous p
 ropose un premier échange au sujet du poste de maître de chai (départ en r
 etraite de Michel à l'issue des vendanges 2025).<br>Je vous appellerai sur
  votre portable. Prévoyez 45 minutes.<br><br>Bien à vous\,<br>Arnaud Ferri
 ère<br>Directeur général – Château Pichon-Garance\, Pauillac
LAST-MODIFIED:20250130T094511Z
LOCATION:Téléphone (06 71 22 48 90)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pichon-Garance / É. Castaing – échange poste maître de chai
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="0j7d2kq6p1tbl4r9hs5m8ueac3@google.com",
        y=1,
        company="Château Pichon-Garance",
        role="Maître de chai",
        stage="technical",
        who="arnaud.ferriere@pichon-garance.fr;hlabarthe@oeno-medoc-conseil.fr",
        trap="rescheduled-degustation-technique-sequence-2",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250221T093000
DTEND;TZID=Europe/Paris:20250221T120000
DTSTAMP:20250214T161204Z
ORGANIZER;CN=Arnaud Ferrière:mailto:arnaud.ferriere@pichon-garance.fr
UID:0j7d2kq6p1tbl4r9hs5m8ueac3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Arnaud Ferrière;X-NUM-GUESTS=0:mailto:arnaud.ferriere@pichon-garance.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hélène Labarthe;X-NUM-GUESTS=0:mailto:HLabarthe@oeno-medoc-conseil.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250206T102233Z
DESCRIPTION:Nouvel horaire : vendredi 21 à 9h30 (au lieu du mardi 18\, Hélè
 ne étant retenue aux primeurs de la Place).\n\nDéroulé :\n- dégustation à
  l'aveugle de 8 échantillons (vins en cours d'élevage 2023 et 2024\, dont
 2 défauts à identifier)\n- commentaire écrit + proposition d'assemblage s
 ur 3 lots de merlot / cabernet\n- échange avec Hélène Labarthe\, notre œno
 logue conseil\n\nMerci de ne pas vous parfumer ce jour-là.\nRDV au chai à
  barriques\, entrée par la route des Châteaux (portail vert).
LAST-MODIFIED:20250214T161204Z
LOCATION:Château Pichon-Garance\, route des Châteaux\, 33250 Pauillac
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Dégustation technique – candidature maître de chai (É. Castaing)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="9B1E52A4-7C3D-4F08-A6E1-33D0C8F2B791",
        y=1,
        company="Château Pichon-Garance",
        role="",
        stage="final",
        who="Mme de Lestapis;Arnaud",
        trap="typed-visite-du-domaine-with-owner-final",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250305T071845Z
DTEND;TZID=Europe/Paris:20250314T150000
DTSTAMP:20250305T071912Z
DTSTART;TZID=Europe/Paris:20250314T110000
LAST-MODIFIED:20250305T071912Z
LOCATION:Pichon-Garance
SEQUENCE:0
SUMMARY:Visite domaine Pichon + déj avec Mme de Lestapis
DESCRIPTION:c'est la dernière étape d'après Arnaud. Elle veut voir les par
 celles avec moi et parler projet (bio ? cuvier bois ?). Déjeuner au châte
 au. Tenue correcte + bottes dans le coffre.\nPoser la question logement d
 e fonction / date de prise de poste.
TRANSP:OPAQUE
UID:9B1E52A4-7C3D-4F08-A6E1-33D0C8F2B791
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H30M
UID:0D34A1F2-55B8-4E6A-9C1D-7A2E8B4F6C10
X-WR-ALARMUID:0D34A1F2-55B8-4E6A-9C1D-7A2E8B4F6C10
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="ml-3f9c1e7a-2b4d-4c58-9e10-6a7d8b2c4f11",
        y=1,
        company="Calder Ridge Winery",
        role="Associate Winemaker",
        stage="recruiter_screen",
        who="megan.oduya@calderridgewinery.com",
        trap="modernloop-recruiter-screen-pacific-outlook-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@PACIFIC_OUTLOOK@@
BEGIN:VEVENT
UID:ml-3f9c1e7a-2b4d-4c58-9e10-6a7d8b2c4f11
DTSTAMP:20250210T230411Z
DTSTART;TZID=Pacific Standard Time:20250218T080000
DTEND;TZID=Pacific Standard Time:20250218T083000
SUMMARY:Calder Ridge Winery | Recruiter Screen - Elodie Castaing (Associat
 e Winemaker)
ORGANIZER;CN=Calder Ridge Recruiting:mailto:recruiting@calderridgewinery.com
ATTENDEE;CN=Megan Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan
 .oduya@calderridgewinery.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
LOCATION:https://calderridge.zoom.us/j/83140026617?pwd=Qm1zTzVhR0lDbWx2
DESCRIPTION:Hi Elodie\,\n\nThanks for your interest in the Associate Winema
 ker role at Calder Ridge Winery in St. Helena\, Napa Valley. You'll be spe
 aking with Megan Oduya\, People & Culture Partner\, for a 30-minute introd
 uctory conversation (background\, visa/relocation\, timing around harvest).
 \n\nTime zone note: 8:00 AM Pacific = 5:00 PM in Bordeaux.\n\nJoin Zoom Me
 eting\nhttps://calderridge.zoom.us/j/83140026617?pwd=Qm1zTzVhR0lDbWx2\nMee
 ting ID: 831 4002 6617\nPasscode: 552901\n\nScheduled with ModernLoop. Nee
 d to reschedule? https://app.modernloop.io/candidate/r/7hX2kQ
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOM86622914053",
        y=1,
        company="Calder Ridge Winery",
        role="Associate Winemaker",
        stage="hiring_manager",
        who="dana@calderridgewinery.com",
        trap="english-zoom-with-napa-winemaker",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@@LA_GOOGLE@@
BEGIN:VEVENT
DTSTAMP:20250224T185533Z
DTSTART;TZID=America/Los_Angeles:20250303T073000
DTEND;TZID=America/Los_Angeles:20250303T083000
SUMMARY:Elodie / Dana - winemaking chat
UID:ZOOM86622914053
TZID:America/Los_Angeles
DESCRIPTION:Dana Whitfield is inviting you to a scheduled Zoom meeting.\n\n
 Join Zoom Meeting\nhttps://us06web.zoom.us/j/86622914053?pwd=bVhqS1pWR2h4
 Y0FTQ1d6RDM4UT09\n\nMeeting ID: 866 2291 4053\nPasscode: cab2024\n\n---\n\n
 One tap mobile\n+16699006833\,\,86622914053#\,\,\,\,*770214# US (San Jose)\n
 \nDial by your location\n• +1 669 900 6833 US (San Jose)\n• +33 1 7037 22
 46 France\n\nFind your local number: https://us06web.zoom.us/u/kdR9vT3x
LOCATION:https://us06web.zoom.us/j/86622914053?pwd=bVhqS1pWR2h4Y0FTQ1d6RDM
 4UT09
ORGANIZER;CN=Dana Whitfield:mailto:dana@calderridgewinery.com
ATTENDEE;CN=elodie.castaing.oeno@laposte.net;ROLE=REQ-PARTICIPANT;RSVP=TRUE
 :mailto:elodie.castaing.oeno@laposte.net
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ats-invite",
        uid="gh-interview-4417792-2039461@greenhouse.io",
        y=1,
        company="Calder Ridge Winery",
        role="Associate Winemaker",
        stage="onsite",
        who=(
            "dana@calderridgewinery.com;luis.barajas@calderridgewinery.com;"
            "kpatel@calderridgewinery.com"
        ),
        trap="greenhouse-virtual-onsite-utc-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-4417792-2039461@greenhouse.io
DTSTAMP:20250307T001522Z
DTSTART:20250313T150000Z
DTEND:20250313T170000Z
SUMMARY:Virtual Onsite: Elodie Castaing <> Calder Ridge Winery
ORGANIZER;CN=Jess Tran (Calder Ridge Recruiting Coordinator):mailto:jtran@
 calderridgewinery.com
ATTENDEE;CN=Elodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:elodie.castaing.oeno@laposte.net
LOCATION:Zoom - link below
DESCRIPTION:Hi Elodie\,\n\nPlease find your virtual onsite schedule for the
  Associate Winemaker position below. All times shown in Pacific Time.\n\n
 8:00 - 8:45 AM  Dana Whitfield\, Winemaker (dana@calderridgewinery.com) -
  Fermentation management & lot decisions\n8:45 - 9:15 AM  Luis Barajas\, V
 ineyard Manager (luis.barajas@calderridgewinery.com) - Harvest logistics\n
 9:15 - 10:00 AM  Kiran Patel\, Enologist / Lab (kpatel@calderridgewinery.c
 om) - Panel sensory + lab case study\n\nPlease have a glass and the sample
  sheet we emailed handy for the sensory portion.\n\nZoom: https://calderri
 dge.zoom.us/j/89904412208\n\nQuestions? Reply to Jess Tran\, Recruiting Co
 ordinator.\n\nPowered by Greenhouse
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancel",
        uid="7r2c9tq0n4mvk1hb8sd3l6pe5f@google.com",
        y=1,
        company="Calder Ridge Winery",
        role="Associate Winemaker",
        stage="final",
        who="thomas@calderridgewinery.com;dana@calderridgewinery.com",
        trap="method-cancel-final-with-owner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
@@LA_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250324T090000
DTEND;TZID=America/Los_Angeles:20250324T100000
DTSTAMP:20250321T170845Z
ORGANIZER;CN=Dana Whitfield:mailto:dana@calderridgewinery.com
UID:7r2c9tq0n4mvk1hb8sd3l6pe5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Th
 omas Calder;X-NUM-GUESTS=0:mailto:thomas@calderridgewinery.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elodie
 .castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.castaing.oeno@lap
 oste.net
CREATED:20250314T202110Z
DESCRIPTION:Final conversation with Thomas Calder (owner) and Dana. \n\nThi
 s event has been canceled.\n\nSorry Elodie - Thomas is stuck in New York t
 his week\, I'll send new times shortly. - Dana
LAST-MODIFIED:20250321T170845Z
LOCATION:Google Meet: https://meet.google.com/xpt-rgva-kqm
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Final conversation - Elodie Castaing / Thomas Calde
 r
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="3E8A01C2-90B4-4D1F-8C77-6F5B2A9D0E34",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="prep-block-revise-millesimes-before-tasting",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250217T201122Z
DTEND;TZID=Europe/Paris:20250220T220000
DTSTAMP:20250217T201140Z
DTSTART;TZID=Europe/Paris:20250220T203000
LAST-MODIFIED:20250217T201140Z
SEQUENCE:0
SUMMARY:Réviser pr Pichon : millésimes 2018-2023 + défauts (brett\, TCA\, v
 olatile)
DESCRIPTION:reprendre fiches DNO + kit arômes. Dormir tôt !!
TRANSP:OPAQUE
UID:3E8A01C2-90B4-4D1F-8C77-6F5B2A9D0E34
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="C0F4D7B8-2E19-4A63-B5D2-8E7A1F3C9D06",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="thank-you-note-reminder-after-panel",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T181502Z
DTEND;VALUE=DATE:20250315
DTSTAMP:20250313T181502Z
DTSTART;VALUE=DATE:20250314
LAST-MODIFIED:20250313T181502Z
SEQUENCE:0
SUMMARY:mail merci Dana + Luis + Kiran (en anglais !)
TRANSP:TRANSPARENT
UID:C0F4D7B8-2E19-4A63-B5D2-8E7A1F3C9D06
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="2n6h0s4v8cqfk3tj1m9ar7ebdl@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-degustation-test-for-caviste-candidates",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250716T140000
DTEND;TZID=Europe/Paris:20250716T170000
DTSTAMP:20250709T080315Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:2n6h0s4v8cqfk3tj1m9ar7ebdl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N=Salle de dégustation (chai n°2);X-NUM-GUESTS=0:mailto:c_1889v7fk2ah@reso
 urce.calendar.google.com
CREATED:20250709T080310Z
DESCRIPTION:Test dégustation à l'aveugle pour les 3 candidats caviste CDD (
 Kevin B.\, Anaïs M.\, Yanis T.).\nJM : préparer 6 verres INAO par candida
 t\, échantillons cuves 4\, 7\, 12 + un bouchonné.\nGrille de notation dans
  le Drive > RH > Saison 2025 > Caviste. On note chacun de notre côté puis
  on compare.
LAST-MODIFIED:20250709T080315Z
LOCATION:Salle de dégustation (chai n°2)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dégustation à l'aveugle – candidats caviste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
