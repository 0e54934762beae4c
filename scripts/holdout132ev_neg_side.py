"""holdout132 negatives: the user on the hiring side at the Stadtverwaltung (apprentices, boards, agencies)."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_UTC1_DE, TZ_WIN, cal, ev

EX = "Microsoft Exchange Server 2010"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
IOS = "-//Apple Inc.//iPhone OS 18.2//EN"


def _x(kind: str, text: str, trap: str) -> dict[str, str]:
    return ev(kind, text, 0, trap="user-as-interviewer-" + trap)


def _uid(tag: str) -> str:
    return "040000008200E00074C5B7101A82E00800000000" + tag + "DA01000000000000000010000000" + tag[:4]


def events() -> list[dict[str, str]]:
    out = []
    out.append(_x("azubi-panel-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Stadthaus Raum 3.12":mailto:raum312.stadthaus@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Liebe Kollegen\,\n\nanbei die Termine für die Vorstellungsgespräche Ausbildung Fachin
         formatiker/in Systemintegration 2026. Heute: Bewerberin Lea Hoffmann (Realschule\, Praktikum bei einem Systemha
         us). Bewerbungsunterlagen liegen im Laufwerk P:\\Ausbildung\\2026\\FISI.\n\nGesprächsleitfaden und Bewertungsbo
         gen bitte ausgedruckt mitbringen.\n\nGruß\nMonika Albers\nAusbildungsleitung\, Personal- und Organisationsamt
        UID:{_uid("11AA22BB33CC")}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Ausbildung FISI - Lea Hoffmann
        DTSTART;TZID=W. Europe Standard Time:20260212T090000
        DTEND;TZID=W. Europe Standard Time:20260212T094500
        DTSTAMP:20260202T100000Z
        LOCATION;LANGUAGE=de-DE:Stadthaus Raum 3.12
        END:VEVENT
        """, tz=TZ_WIN), "azubi-panel-de"))

    out.append(_x("kit-prep-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Abstimmung Interviewleitfaden und Bewertungsmatrix für die FISI-Gespräche KW 7/8. Bit
         te je 3 Fachfragen (Netzwerk\, Hardware\, Logik) vorschlagen.
        UID:{_uid("22BB33CC44DD")}
        SUMMARY;LANGUAGE=de-DE:Interviewleitfaden FISI 2026 abstimmen
        DTSTART;TZID=W. Europe Standard Time:20260204T130000
        DTEND;TZID=W. Europe Standard Time:20260204T140000
        DTSTAMP:20260128T090000Z
        LOCATION;LANGUAGE=de-DE:Teams
        END:VEVENT
        """, tz=TZ_WIN), "kit-prep-de"))

    out.append(_x("auswahlkommission-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Personal- und Organisationsamt - Stellenbesetzung";SENT-BY="mailto:petra.wessel@stadtdo.de":mailto
         :stellenbesetzung@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Personalrat - Fr. Sommer":mailto:personalrat@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Gleichstellungsstelle":mailto:gleichstellung@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Schwerbehindertenvertretung":mailto:sbv@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräche zur Stellenausschreibung 10/26-32 Netzwerkadministrator/in (EG 10 TV
         öD)\, Nachbesetzung Stelle Hr. Brockmann.\n\n09:00 Bewerber/in 1 (Fr. T.)\n10:00 Bewerber/in 2 (Hr. R.)\n11:00
          Bewerber/in 3 (Hr. A.\, schwerbehindert - SBV nimmt teil)\n12:00 Beratung der Kommission\n\nHerr Kowalczyk ver
         tritt die Fachabteilung mit fachlichen Fragen. Bewerbungsunterlagen vertraulich behandeln.
        UID:{_uid("33CC44DD55EE")}
        SUMMARY;LANGUAGE=de-DE:Auswahlgespräche Ausschreibung 10/26-32
        DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260318T090000
        DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260318T130000
        DTSTAMP:20260302T080000Z
        LOCATION;LANGUAGE=de-DE:Rathaus\, Sitzungszimmer 2
        END:VEVENT
        """, tz=TZ_UTC1_DE), "selection-board-de"))

    out.append(_x("debrief-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Wessel, Petra":mailto:petra.wessel@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Nachbesprechung der Auswahlgespräche 10/26-32: Bewertungsbögen zusammenführen\, Rangf
         olge\, Vermerk für den Personalrat.
        UID:{_uid("44DD55EE66FF")}
        SUMMARY;LANGUAGE=de-DE:Nachbesprechung Auswahlgespräche / Bewertungsbögen
        DTSTART;TZID=W. Europe Standard Time:20260319T140000
        DTEND;TZID=W. Europe Standard Time:20260319T150000
        DTSTAMP:20260318T130500Z
        END:VEVENT
        """, tz=TZ_WIN), "debrief-scorecards-de"))

    out.append(_x("bookings-host-de", cal(EX, rf"""
        BEGIN:VEVENT
        UID:{_uid("55EE66FF7700")}
        DTSTAMP:20260121T190000Z
        DTSTART;TZID=W. Europe Standard Time:20260127T150000
        DTEND;TZID=W. Europe Standard Time:20260127T153000
        SUMMARY:Schülerpraktikum IT - Kennenlerngespräch (Tim Kasper)
        ORGANIZER;CN=Praktika Stadtverwaltung:mailto:Praktika@stadtdo.de
        ATTENDEE;CN=Dennis Kowalczyk;ROLE=REQ-PARTICIPANT:mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;CN=Tim Kasper;RSVP=TRUE:mailto:tim.kasper09@gmail.com
        DESCRIPTION:Neue Buchung\n\nService: Kennenlerngespräch Praktikum IT (30 Min.)\nMitarbeiter: Dennis Kowalczyk\nK
         unde: Tim Kasper\, tim.kasper09@gmail.com\nNotizen des Kunden: Ich gehe in die 10. Klasse am Helmholtz-Gymnasiu
         m und würde gern mein Praktikum in der IT machen.\n\nMicrosoft Bookings
        END:VEVENT
        """, tz=TZ_WIN), "bookings-host-de"))

    out.append(_x("agency-candidate-de", cal(OL, rf"""
        BEGIN:VEVENT
        UID:{_uid("66FF77008811")}
        DTSTAMP:20260209T111500Z
        DTSTART;TZID=W. Europe Standard Time:20260217T100000
        DTEND;TZID=W. Europe Standard Time:20260217T110000
        SUMMARY:Kandidatenvorstellung: Herr Emre Yilmaz - Freelancer Citrix-Migration
        ORGANIZER;CN="Jansen, Tim":mailto:tim.jansen@ruhr-talent.de
        ATTENDEE;CN="Kowalczyk, Dennis";RSVP=TRUE:mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;CN=Emre Yilmaz:mailto:emre.yilmaz.it@outlook.de
        LOCATION:Microsoft Teams-Besprechung
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nwie telefonisch besprochen stelle ich Ihnen für das Projekt Citrix
         -Migration (Rahmenvertrag ANÜ) unseren Kandidaten Herrn Emre Yilmaz vor. Profil anbei. Herr Yilmaz ist ab 01.04
         . verfügbar\, Stundensatz wie angeboten.\n\nMit freundlichen Grüßen\nTim Jansen\nRuhr Talent Partners GmbH
        END:VEVENT
        """, tz=TZ_WIN), "agency-sends-candidate-de"))

    out.append(_x("freemail-candidate-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=jonas.berger2004@web.de:mailto:jonas.berger2004@web.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Berger\,\n\nvielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als F
         achinformatiker Systemintegration. Wir laden Sie zum Vorstellungsgespräch ein. Bitte melden Sie sich an der Pfo
         rte des Stadthauses (Olpe 1) und bringen Sie Ihr letztes Zeugnis mit.\n\nMit freundlichen Grüßen\nDennis Kowalc
         zyk\nStadt Dortmund\, Dortmunder Systemhaus - Infrastruktur
        UID:{_uid("77008811992A")}
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Ausbildung Fachinformatiker - Stadt Dortmund
        DTSTART;TZID=W. Europe Standard Time:20260212T100000
        DTEND;TZID=W. Europe Standard Time:20260212T104500
        DTSTAMP:20260203T141000Z
        LOCATION;LANGUAGE=de-DE:Stadthaus Raum 3.12
        END:VEVENT
        """, tz=TZ_WIN), "organizer-to-freemail-candidate-de"))

    out.append(_x("hand-azubi-de", cal(IOS, r"""
        BEGIN:VEVENT
        UID:AB12CD34-EF56-4789-9ABC-DEF012345678
        DTSTAMP:20260210T070000Z
        DTSTART;TZID=Europe/Berlin:20260213T140000
        DTEND;TZID=Europe/Berlin:20260213T144500
        SUMMARY:Bewerber Azubi 14h (3.12) - Bewertungsbogen!
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), "hand-terse-de"))

    out.append(_x("shadow-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Wessel, Petra":mailto:petra.wessel@stadtdo.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kowalczyk\,\n\nwie gewünscht können Sie vor Ihrem ersten Einsatz in einer
          Auswahlkommission als Beisitzer (ohne Stimmrecht) an den Gesprächen für die Stelle Sachbearbeitung IT-Beschaff
         ung teilnehmen und zuhören.\n\nGruß\nPetra Wessel
        UID:{_uid("8811992AAB3B")}
        SUMMARY;LANGUAGE=de-DE:Hospitation Auswahlgespräche IT-Beschaffung (Beisitz)
        DTSTART;TZID=W. Europe Standard Time:20260224T090000
        DTEND;TZID=W. Europe Standard Time:20260224T120000
        DTSTAMP:20260216T100000Z
        LOCATION;LANGUAGE=de-DE:Rathaus\, Sitzungszimmer 2
        END:VEVENT
        """, tz=TZ_WIN), "shadowing-board-de"))

    out.append(_x("practical-test-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Nowicki, Artur":mailto:artur.nowicki@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Testumgebung für den praktischen Teil der Netzwerkadmin-Gespräche vorbereiten (2 Swit
         ches\, falsches VLAN-Tagging einbauen). Bewerber/in 1-3 bearbeiten je 20 Min. die Aufgabe\, wir bewerten nach M
         atrix.
        UID:{_uid("992AAB3BBC4C")}
        SUMMARY;LANGUAGE=de-DE:Praktische Aufgabe für Bewerber vorbereiten (Labor)
        DTSTART;TZID=W. Europe Standard Time:20260316T130000
        DTEND;TZID=W. Europe Standard Time:20260316T160000
        DTSTAMP:20260309T080000Z
        LOCATION;LANGUAGE=de-DE:Netzwerklabor UG
        END:VEVENT
        """, tz=TZ_WIN), "practical-task-for-candidates-de"))

    out.append(_x("phone-werkstudent-de", cal(OL, rf"""
        BEGIN:VEVENT
        UID:{_uid("2AAB3BBC4CCD")}
        DTSTAMP:20260126T110000Z
        DTSTART;TZID=W. Europe Standard Time:20260129T111500
        DTEND;TZID=W. Europe Standard Time:20260129T114500
        SUMMARY:Telefoninterview Werkstudent IT-Support - Frau Nguyen
        ORGANIZER;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;CN=Mai Linh Nguyen;RSVP=TRUE:mailto:mailinh.nguyen@stud.tu-dortmund.de
        LOCATION:Ich rufe Sie an: 0231 / 9xx (Ihre Nummer aus der Bewerbung)
        DESCRIPTION:Guten Tag Frau Nguyen\,\n\nwie per Mail vereinbart rufe ich Sie zum Telefoninterview an (ca. 30 Min.
         ). Es geht um die Werkstudierendenstelle im IT-Support (Fachbereich Infrastruktur).\n\nViele Grüße\nDennis Kowa
         lczyk
        END:VEVENT
        """, tz=TZ_WIN), "phone-screen-student-de"))

    out.append(_x("agency-candidate-en", cal(OL, rf"""
        BEGIN:VEVENT
        UID:{_uid("3BBC4CCD5DDE")}
        DTSTAMP:20260223T090000Z
        DTSTART;TZID=W. Europe Standard Time:20260302T150000
        DTEND;TZID=W. Europe Standard Time:20260302T154500
        SUMMARY:Candidate introduction: Pieter de Vries - Azure Engineer (freelance) for Stadt Dortmund
        ORGANIZER;CN="van Dam, Sanne":mailto:sanne.vandam@lowlandstalent.nl
        ATTENDEE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;CN=Pieter de Vries:mailto:pieterdevries.cloud@gmail.com
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Dear Mr Kowalczyk\,\n\nas agreed\, I'd like to introduce Pieter to you for the Azure landing-zone pr
         oject. He has 8 years of Azure experience and speaks good German. Please feel free to grill him on Terraform an
         d Entra ID!\n\nKind regards\,\nSanne van Dam\nLowlands Talent B.V.
        END:VEVENT
        """, tz=TZ_WIN), "agency-candidate-en"))

    out.append(_x("scorecard-task-de", cal(IOS, r"""
        BEGIN:VEVENT
        UID:BC23DE45-F067-4890-ABCD-EF0123456789
        DTSTAMP:20260212T160000Z
        DTSTART;TZID=Europe/Berlin:20260213T080000
        DTEND;TZID=Europe/Berlin:20260213T083000
        SUMMARY:Bewertungsmatrix FISI ausfüllen (Hoffmann\, Berger) + an Fr. Albers
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), "scorecard-task-de"))

    out.append(_x("jobfair-booth-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Standdienst Ausbildungsbörse: Fragen von Schülerinnen und Schülern zur IT-Ausbildung
          beantworten\, Kurzgespräche mit Interessierten führen\, Bewerbungen entgegennehmen.
        UID:{_uid("4CCD5DDE6EEF")}
        SUMMARY;LANGUAGE=de-DE:Ausbildungsbörse Westfalenhallen - Standdienst IT
        DTSTART;TZID=W. Europe Standard Time:20260307T100000
        DTEND;TZID=W. Europe Standard Time:20260307T140000
        DTSTAMP:20260220T100000Z
        LOCATION;LANGUAGE=de-DE:Westfalenhallen\, Halle 3\, Stand 3-14
        END:VEVENT
        """, tz=TZ_WIN), "job-fair-booth-de"))

    out.append(_x("aptitude-test-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        DESCRIPTION;LANGUAGE=de-DE:Aufsicht beim schriftlichen Einstellungstest für die Ausbildungsberufe IT (24 Bewerbe
         r/innen). Danach Auswertung der Logikaufgaben.
        UID:{_uid("5DDE6EEF7FF0")}
        SUMMARY;LANGUAGE=de-DE:Einstellungstest Ausbildung IT - Aufsicht
        DTSTART;TZID=W. Europe Standard Time:20260128T080000
        DTEND;TZID=W. Europe Standard Time:20260128T120000
        DTSTAMP:20260115T100000Z
        LOCATION;LANGUAGE=de-DE:Stadthaus\, Saal A
        END:VEVENT
        """, tz=TZ_WIN), "aptitude-test-supervision-de"))

    out.append(_x("azubi-second-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Albers, Monika":mailto:monika.albers@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=sara.oeztuerk@gmx.de:mailto:sara.oeztuerk@gmx.de
        DESCRIPTION;LANGUAGE=de-DE:Zweites Gespräch mit Frau Öztürk inkl. Rundgang durch das Rechenzentrum. Herr Kowalcz
         yk übernimmt den Rundgang und die fachlichen Fragen.
        UID:{_uid("6EEF7FF08001")}
        SUMMARY;LANGUAGE=de-DE:2. Gespräch Ausbildung - Sara Öztürk
        DTSTART;TZID=W. Europe Standard Time:20260226T140000
        DTEND;TZID=W. Europe Standard Time:20260226T150000
        DTSTAMP:20260219T100000Z
        LOCATION;LANGUAGE=de-DE:RZ Hohe Straße\, Empfang
        END:VEVENT
        """, tz=TZ_WIN), "second-round-candidate-freemail-gmx-de"))

    out.append(_x("panel-en", cal(OL, rf"""
        BEGIN:VEVENT
        UID:{_uid("7FF080019112")}
        DTSTAMP:20260304T100000Z
        DTSTART;TZID=W. Europe Standard Time:20260311T100000
        DTEND;TZID=W. Europe Standard Time:20260311T113000
        SUMMARY:Interview panel - Smart City Data Platform Engineer (EU project SCORE-Ruhr)
        ORGANIZER;CN="Brandt, Olivia":mailto:olivia.brandt@stadtdo.de
        ATTENDEE;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;CN="Martens, Joris":mailto:joris.martens@gent.example.be
        DESCRIPTION:Dear panel\,\n\nthanks for joining the interviews for the project-funded Data Platform Engineer post
         . We will see two candidates (CVs in the project SharePoint). Dennis\, please cover infrastructure/hosting ques
         tions\; Joris joins from our partner city for the interoperability part. Interviews are in English.\n\nOlivia B
         randt\, Project Lead Smart City
        LOCATION:Microsoft Teams Meeting
        END:VEVENT
        """, tz=TZ_WIN), "panel-en"))

    out.append(_x("rejection-call-de", cal(IOS, r"""
        BEGIN:VEVENT
        UID:CD34EF56-0789-4A1B-BCDE-F01234567890
        DTSTAMP:20260320T080000Z
        DTSTART;TZID=Europe/Berlin:20260323T090000
        DTEND;TZID=Europe/Berlin:20260323T091500
        SUMMARY:Rückmeldung an Bewerber Hr. Adam (Absage\, Feedback zum Fachteil)
        END:VEVENT
        """, method=None, tz=TZ_BERLIN), "feedback-call-to-candidate-de"))

    out.append(_x("calendly-host-de", cal("-//Calendly//Calendly Scheduling//EN", r"""
        BEGIN:VEVENT
        UID:Zt8pQw3nLm5vYr2K@calendly.com
        DTSTAMP:20260218T200000Z
        DTSTART:20260224T163000Z
        DTEND:20260224T170000Z
        SUMMARY:Kevin Schulte und Dennis Kowalczyk
        ORGANIZER;CN=Dennis Kowalczyk:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Kevin Schulte;PARTSTAT=ACCEPTED:mailto:kevin.schulte98@gmail.com
        LOCATION:Telefon: Dennis ruft an
        DESCRIPTION:Ereignistyp: Vorgespräch Nebenjob IT-Betreuung Sportverein\n\nEingeladener: Kevin Schulte\nAntworten
         :\nNachricht: Hallo\, ich habe Ihre Anzeige im Vereinsheft gesehen und würde die Betreuung der Vereins-PCs gern
          als Minijob übernehmen. Ich mache gerade meine Ausbildung zum FISI.\n\nAbsagen oder neu planen: https://calend
         ly.com/dennis-kowalczyk
        END:VEVENT
        """), "calendly-host-club-minijob-de"))

    out.append(_x("interview-candidate-teams-de", cal(EX, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN="Lindner, Thomas":mailto:thomas.lindner@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kowalczyk, Dennis":mailto:dennis.kowalczyk@stadtdo.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Bewerber:mailto:f.reimann@t-online.de
        DESCRIPTION;LANGUAGE=de-DE:Fachgespräch mit Herrn Florian Reimann (Bewerbung Systemadministrator/in\, befristet
         \, Elternzeitvertretung). Dennis stellt die Linux-Fragen.\n\n__________________________________________________
         ______________________________\nMicrosoft Teams-Besprechung\nKlicken Sie hier\, um an der Besprechung teilzuneh
         men\n________________________________________________________________________________
        UID:{_uid("8001911201A3")}
        SUMMARY;LANGUAGE=de-DE:Fachgespräch Bewerber Reimann
        DTSTART;TZID=W. Europe Standard Time:20260309T130000
        DTEND;TZID=W. Europe Standard Time:20260309T140000
        DTSTAMP:20260226T100000Z
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        END:VEVENT
        """, tz=TZ_WIN), "colleague-organizer-candidate-tonline-de"))
    return out
