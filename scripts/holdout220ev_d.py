"""holdout220 events, part D: booking links, founders, headhunters, Swiss and DACH ATS (raw iCalendar)."""

EVENTS = [
    dict(
        kind="calendly",
        uid="c3a9f1e2-7b44-4d0e-8f61-2a5b9c0d1e3f@calendly.com",
        iv=1, company="IT-Werkstatt Thun", role="", stage="hiring_manager", who="roger.hadorn@it-werkstatt.ch",
        trap="calendly-owner-booking-page-small-msp",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c3a9f1e2-7b44-4d0e-8f61-2a5b9c0d1e3f@calendly.com
DTSTAMP:20250404T191122Z
DTSTART:20250410T163000Z
DTEND:20250410T170000Z
SUMMARY:Kennenlerngespräch (30 Min) zwischen Roger Hadorn und Lukas Zbinden
ORGANIZER;CN=Roger Hadorn:mailto:roger.hadorn@it-werkstatt.ch
ATTENDEE;CN=Lukas Zbinden;PARTSTAT=ACCEPTED:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Event Name: Kennenlerngespräch (30 Min)\n\nLocation: This is a
  Zoom web conference.\nhttps://us06web.zoom.us/j/81234509876\n\nPlease sha
 re anything that will help prepare for our meeting.: Bewerbung System
 techniker / Stv. Geschäftsführer – Inserat jobs.ch\n\nNeed to make change
 s to this event?\nCancel: https://calendly.com/cancellations/c3a9f1e2\nR
 eschedule: https://calendly.com/reschedulings/c3a9f1e2\n\nPowered by Cale
 ndly.com
LOCATION:https://us06web.zoom.us/j/81234509876
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="cal-com",
        uid="calcom-8f6d2b1a-0e9c-4a7b-b5d3-1c2e4f6a8b0d",
        iv=1, company="Opsmatic", role="DevOps / System Engineer", stage="",
        who="jonas.brodbeck@opsmatic.ch",
        trap="cal-com-founder-chat-is-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-8f6d2b1a-0e9c-4a7b-b5d3-1c2e4f6a8b0d
DTSTAMP:20250508T201500Z
DTSTART:20250513T150000Z
DTEND:20250513T154500Z
SUMMARY:Chat DevOps / System Engineer between Jonas Brodbeck and Lukas Zbinden
ORGANIZER;CN=Jonas Brodbeck:mailto:jonas.brodbeck@opsmatic.ch
ATTENDEE;CN=Lukas Zbinden;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:What: Chat DevOps / System Engineer\nWho: Jonas Brodbeck (Found
 er\, Opsmatic GmbH) - Organizer\; Lukas Zbinden - lukas.zbinden@bluewin.ch
 \nWhere: Cal Video https://app.cal.com/video/kN2p8sQa\nAdditional notes: C
 V im Anhang\, aktuell Systemtechniker Spital\, Kündigungsfrist keine (Vert
 rag endet 30.6.)
LOCATION:https://app.cal.com/video/kN2p8sQa
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="bookings",
        uid="AAMkADQ3ZTg1Y2E0LWJmMjUtNDM3Mi05ZDBhLTVlNDZhZTVmYjI3OABGAAAAAADw8ZqH0nN=",
        iv=1, company="Gemeinde Worblental", role="Informatiker/in Gemeindeverwaltung (80%)",
        stage="hiring_manager", who="urs.stettler@worblental.ch",
        trap="ms-bookings-municipality-interview-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN=Gemeinde Worblental Personaldienst:mailto:Personaldienst@worblental.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Zbinden:mailto:lukas.zbinden@bluewi
 n.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Urs Stettler:mailto:urs.stettler@worblental.
 ch
DESCRIPTION;LANGUAGE=de-CH:Ihre Buchung ist bestätigt.\n\nDienstleistung:
  Vorstellungsgespräch Informatiker/in Gemeindeverwaltung (80%)\nMitarbeite
 r: Urs Stettler\, Gemeindeschreiber-Stv. / Leiter Informatik\nOrt: Gemein
 dehaus\, Sitzungszimmer 2\, Bernstrasse 12\n\nTermin verwalten: https://o
 utlook.office365.com/owa/calendar/Personaldienst@worblental.onmicrosoft.co
 m/bookings/\n
UID:AAMkADQ3ZTg1Y2E0LWJmMjUtNDM3Mi05ZDBhLTVlNDZhZTVmYjI3OABGAAAAAADw8ZqH0nN=
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Informatiker/in Gemeindeverwaltung (80%)
DTSTART;TZID=W. Europe Standard Time:20250407T163000
DTEND;TZID=W. Europe Standard Time:20250407T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T120304Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Gemeindehaus\, Sitzungszimmer 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="workable-test",
        uid="workable-event-4418820-bb71@workable.com",
        iv=1, company="Alpnet Hosting", role="Linux/Windows System Administrator", stage="technical",
        who="marc.zuercher@alpnet.ch",
        trap="workable-practical-test-review",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-4418820-bb71@workable.com
DTSTAMP:20250512T091500Z
DTSTART:20250519T113000Z
DTEND:20250519T123000Z
SUMMARY:Alpnet Hosting - Praktischer Test (Review) - Lukas Zbinden
ORGANIZER;CN=Alpnet Hosting:mailto:alpnet-hosting@jobs.workablemail.com
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Marc Zürcher:mailto:marc.zuercher@alpnet.ch
DESCRIPTION:Hallo Lukas\, danke für das Einreichen der Testaufgabe (Ansible
  Playbook + Hardening-Konzept). Im Review-Call geht Marc Zürcher (Head of Op
 erations) mit dir die Lösung durch und stellt Vertiefungsfragen.\nTeams: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxwbmV0%40thread.v2/0
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="founder-gmail",
        uid="7ho1kc4q8r2f6t0m3n9s5b1d2v@google.com",
        iv=1, company="Fairbyte", role="Sysadmin / IT-Verantwortlicher", stage="",
        who="kevin.aebischer.ch@gmail.com",
        trap="founder-free-mail-beer-talk-is-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250417T160000Z
DTEND:20250417T171500Z
DTSTAMP:20250414T212233Z
ORGANIZER;CN=Kevin Aebischer:mailto:kevin.aebischer.ch@gmail.com
UID:7ho1kc4q8r2f6t0m3n9s5b1d2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kevin Aebischer;X-NUM-GUESTS=0:mailto:kevin.aebischer.ch@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lukas.zbinden@bluewin.ch;X-NUM-GUESTS=0:mailto:lukas.zbinden@bluewi
 n.ch
DESCRIPTION:Hey Lukas\, wie am Telefon: wir suchen jemanden\, der bei Fairby
 te die ganze IT schmeisst (Sysadmin / IT-Verantwortlicher\, 20 Leute\, M36
 5\, ein paar Linux-Server\, Firewall). Lass uns bei einem Bier im Lorenzin
 i reden\, dann zeig ich dir nachher noch das Büro. Gruss Kevin
LOCATION:Lorenzini\, Hotelgasse 10\, 3011 Bern
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bier & Fairbyte
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="headhunter",
        uid="040000008200E00074C5B7101A82E00800000000E1C2B3A49D8EDB0100000000000000001000000011223344556677889900",
        iv=1, company="Zähringer Privatbank", role="Teamleiter IT-Infrastruktur", stage="recruiter_screen",
        who="andreas.fankhauser@meridian-search.ch",
        trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Fankhauser Andreas":mailto:andreas.fankhauser@meridian-search.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Zbinden\n\nBesten Dank für d
 as angenehme Telefonat. Wie besprochen handelt es sich bei meiner Mandant
 in um die Zähringer Privatbank AG in Bern (Marktgasse). Gesucht wird ein T
 eamleiter IT-Infrastruktur (5 MA). Gerne lerne ich Sie bei uns im Büro pe
 rsönlich kennen\, bevor ich Ihr Dossier vertraulich präsentiere.\n\nMit fr
 eundlichen Grüssen\nAndreas Fankhauser\nPartner\, Meridian Search AG\, Ka
 sinoplatz 8\, 3011 Bern\n
UID:040000008200E00074C5B7101A82E00800000000E1C2B3A49D8EDB0100000000000000001000000011223344556677889900
SUMMARY;LANGUAGE=de-CH:Austausch L. Zbinden / A. Fankhauser
DTSTART;TZID=W. Europe Standard Time:20250404T170000
DTEND;TZID=W. Europe Standard Time:20250404T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T152915Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Meridian Search AG\, Kasinoplatz 8\, Bern
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="webex-bank",
        uid="040000008200E00074C5B7101A82E0080000000077B1A0C3E2C9DB010000000000000000100000009988776655443322AABB",
        iv=1, company="Zähringer Privatbank", role="Teamleiter IT-Infrastruktur", stage="hiring_manager",
        who="christoph.dubach@zaehringer-bank.ch;isabelle.rey@zaehringer-bank.ch",
        trap="bank-webex-assistant-sends-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Dubach Christoph";SENT-BY="mailto:karin.hirschi@zaehringer-bank.ch":mailto:christoph.dubac
 h@zaehringer-bank.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.zbinden@bluewin.ch:mailto:lukas.zbi
 nden@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rey Isabelle":mailto:isabelle.rey@zaehr
 inger-bank.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fankhauser Andreas":mailto:andreas.fank
 hauser@meridian-search.ch
DESCRIPTION;LANGUAGE=de-CH:Im Auftrag von Herrn Christoph Dubach (CIO) la
 de ich Sie zum Gespräch ein. Weiter nimmt Frau Isabelle Rey (Leiterin HR)
  teil. Herr Fankhauser ist zur Information eingeladen.\n\nWebex: https://
 zaehringer-bank.webex.com/meet/c.dubach\nZugriffscode: 2741 008 1137\n\nF
 reundliche Grüsse\nKarin Hirschi\, Assistentin CIO\n
UID:040000008200E00074C5B7101A82E0080000000077B1A0C3E2C9DB010000000000000000100000009988776655443322AABB
SUMMARY;LANGUAGE=de-CH:Gespräch Herr Zbinden (Teamleiter IT-Infrastruktur)
DTSTART;TZID=W. Europe Standard Time:20250415T171500
DTEND;TZID=W. Europe Standard Time:20250415T181500
CLASS:CONFIDENTIAL
PRIORITY:5
DTSTAMP:20250409T101808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Webex
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="jobwerk-screen",
        uid="4A1B2C3D-9E8F-4071-8263-54A3B2C1D0E9",
        iv=1, company="Swissnet Datacenter", role="Datacenter System Engineer", stage="recruiter_screen",
        who="Melanie Roth",
        trap="typed-agency-phone-screen-named-client", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
@VTZ:ZURICH@
BEGIN:VEVENT
DTSTAMP:20250422T120903Z
DTSTART;TZID=Europe/Zurich:20250424T121500
DTEND;TZID=Europe/Zurich:20250424T124500
SUMMARY:Tel. Jobwerk (Melanie Roth) – Swissnet DC Engineer
DESCRIPTION:Sie ruft an. Stelle Datacenter System Engineer bei Swissnet in
  Zollikofen\, Schichtpikett. Fragt Lohn + Verfügbarkeit. Mittagspause dra
 ussen telefonieren.
UID:4A1B2C3D-9E8F-4071-8263-54A3B2C1D0E9
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="umantis-gespraech",
        uid="umantis-bs-appointment-58213-1@abacusumantis.ch",
        iv=1, company="Kanton Basel-Stadt", role="ICT-Systemtechniker/in Client Services (100%)",
        stage="hiring_manager", who="beatrice.sutter@bs.ch;lars.wenger@bs.ch",
        trap="umantis-canton-first-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:umantis-bs-appointment-58213-1@abacusumantis.ch
DTSTAMP:20250414T080044Z
DTSTART;TZID=Europe/Zurich:20250422T100000
DTEND;TZID=Europe/Zurich:20250422T110000
SUMMARY:Vorstellungsgespräch: ICT-Systemtechniker/in Client Services (100%) – Lukas Zbinden
ORGANIZER;CN="Kanton Basel-Stadt – Stellenportal":mailto:no-reply@stellen.bs.ch
ATTENDEE;CN="Lukas Zbinden";RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Sehr geehrter Herr Zbinden\n\nGerne bestätigen wir Ihnen den Te
 rmin für das Vorstellungsgespräch.\n\nGesprächsteilnehmende:\n- Beatrice
  Sutter\, Leiterin Client Services (beatrice.sutter@bs.ch)\n- Lars Wenger\
 , HR-Fachmann (lars.wenger@bs.ch)\n\nOrt: Zentrale Informatikdienste\, Ste
 inenschanze 6\, 4051 Basel\n\nFreundliche Grüsse\nHR Basel-Stadt
LOCATION:Steinenschanze 6\, 4051 Basel
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="zweitgespraech",
        uid="umantis-bs-appointment-58213-2@abacusumantis.ch",
        iv=1, company="Kanton Basel-Stadt", role="ICT-Systemtechniker/in Client Services (100%)",
        stage="final", who="beatrice.sutter@bs.ch;markus.thommen@bs.ch",
        trap="umantis-canton-zweitgespraech-final",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:umantis-bs-appointment-58213-2@abacusumantis.ch
DTSTAMP:20250505T130511Z
DTSTART;TZID=Europe/Zurich:20250515T080000
DTEND;TZID=Europe/Zurich:20250515T093000
SUMMARY:Zweitgespräch: ICT-Systemtechniker/in Client Services (100%) – Lukas Zbinden
ORGANIZER;CN="Kanton Basel-Stadt – Stellenportal":mailto:no-reply@stellen.bs.ch
ATTENDEE;CN="Lukas Zbinden";RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Sehr geehrter Herr Zbinden\n\nWir freuen uns\, Sie zum Zweitges
 präch einzuladen. Es besteht aus einer praktischen Aufgabe (Fehleranalyse
  an einem Client\, 30 Min.) und einem Gespräch mit Markus Thommen\, Leiter
  Zentrale Informatikdienste (markus.thommen@bs.ch)\, und Beatrice Sutter (b
 eatrice.sutter@bs.ch). Dies ist der letzte Schritt im Auswahlverfahren.\n
 \nFreundliche Grüsse\nHR Basel-Stadt
LOCATION:Steinenschanze 6\, 4051 Basel
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="refline-einladung",
        uid="refline-termin-unibe-2025-3317-ZB",
        iv=1, company="Universität Bern", role="Systemadministrator/in Windows/Linux (80-100 %)",
        stage="", who="daniel.zingg@unibe.ch;patricia.moser@unibe.ch",
        trap="refline-university-einladung-zum-gespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Refline AG//Refline Recruiting//DE
METHOD:PUBLISH
@VTZ:ZURICH@
BEGIN:VEVENT
UID:refline-termin-unibe-2025-3317-ZB
DTSTAMP:20250423T111500Z
DTSTART;TZID=Europe/Zurich:20250430T140000
DTEND;TZID=Europe/Zurich:20250430T150000
SUMMARY:Einladung zum Gespräch – Universität Bern
DESCRIPTION:Stelle: Systemadministrator/in Windows/Linux (80-100 %)\, Info
 rmatikdienste\nGesprächspartner/innen: Daniel Zingg (daniel.zingg@unibe.
 ch)\, Patricia Moser (patricia.moser@unibe.ch)\nOrt: Hochschulstrasse 6\,
  3012 Bern\, Raum 027\nBitte melden Sie sich am Empfang.
LOCATION:Hochschulstrasse 6\, 3012 Bern\, Raum 027
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="coveto-gespraech",
        uid="coveto-interview-20250603-lvz-114",
        iv=1, company="Limmat Verkehr", role="Teamleiter/in ICT-Betrieb", stage="hiring_manager",
        who="roman.egli@limmatverkehr.ch;tanja.buehlmann@limmatverkehr.ch",
        trap="coveto-teamleiter-interview-zurich",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//coveto AG//coveto ATS//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:coveto-interview-20250603-lvz-114
DTSTAMP:20250527T064500Z
DTSTART:20250603T080000Z
DTEND:20250603T091500Z
SUMMARY:Bewerbungsgespräch Teamleiter/in ICT-Betrieb
ORGANIZER;CN=Limmat Verkehr AG – Personal:mailto:jobs@limmatverkehr.ch
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
ATTENDEE;CN=Roman Egli:mailto:roman.egli@limmatverkehr.ch
ATTENDEE;CN=Tanja Bühlmann:mailto:tanja.buehlmann@limmatverkehr.ch
DESCRIPTION:Grüezi Herr Zbinden\nGesprächsteilnehmende: Roman Egli (Leiter
  ICT) und Tanja Bühlmann (HR Business Partner). Ort: Depot Hard\, Pfingstw
 eidstrasse 20\, 8005 Zürich\, Eingang Verwaltung.
LOCATION:Depot Hard\, Pfingstweidstrasse 20\, 8005 Zürich
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="rexx-video",
        uid="rexx-appointment-77120-2025@rexx-systems.com",
        iv=1, company="Schwarzwald IT", role="Systemadministrator (m/w/d) Standort Basel", stage="",
        who="katrin.weiss@schwarzwald-it.de",
        trap="rexx-video-interview-europe-berlin",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:REQUEST
@VTZ:BERLIN@
BEGIN:VEVENT
UID:rexx-appointment-77120-2025@rexx-systems.com
DTSTAMP:20250502T101030Z
DTSTART;TZID=Europe/Berlin:20250509T083000
DTEND;TZID=Europe/Berlin:20250509T091500
SUMMARY:Videointerview Systemadministrator (m/w/d) Standort Basel
ORGANIZER;CN=Katrin Weiß:mailto:katrin.weiss@schwarzwald-it.de
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Sehr geehrter Herr Zbinden\,\nwir laden Sie herzlich zu einem V
 ideointerview mit Frau Katrin Weiß (Teamleitung IT-Services) ein. Den Zug
 angslink zu MS Teams erhalten Sie separat.\nMit freundlichen Grüßen\nSchw
 arzwald IT GmbH\, Lörrach
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        kind="prescreen",
        uid="prescreen-8b3e1d0c-appt-2291@prescreen.io",
        iv=1, company="Alpenland Software", role="System Engineer Cloud & Workplace (Standort Zürich)",
        stage="recruiter_screen", who="eva.gruber@alpenland.at",
        trap="prescreen-austrian-erstgespraech-vienna",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen international GmbH//prescreen//DE
METHOD:REQUEST
@VTZ:VIENNA@
BEGIN:VEVENT
UID:prescreen-8b3e1d0c-appt-2291@prescreen.io
DTSTAMP:20250519T074455Z
DTSTART;TZID=Europe/Vienna:20250526T110000
DTEND;TZID=Europe/Vienna:20250526T113000
SUMMARY:Erstgespräch Alpenland Software – System Engineer Cloud & Workplace
ORGANIZER;CN=Eva Gruber:mailto:eva.gruber@alpenland.at
ATTENDEE;CN=Lukas Zbinden;RSVP=TRUE:mailto:lukas.zbinden@bluewin.ch
DESCRIPTION:Servus Herr Zbinden\, vielen Dank für Ihre Bewerbung! Ich freue
  mich auf ein erstes telefonisches Kennenlernen (ca. 30 Min.). Ich rufe Si
 e an. LG Eva Gruber\, Recruiting Alpenland Software GmbH\, Wien
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
]
