"""holdout76: Kenji Watanabe's own interviews, international employers (part B). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, ev, meet, outlook_x, teams

TZ_ROMANCE = TZ_WIN.replace("W. Europe Standard Time", "Romance Standard Time")

EVENTS = [
    ev("lever-hm-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251027T143000Z
DTEND:20251027T151500Z
DTSTAMP:20251020T110822Z
ORGANIZER;CN=Sarah Klein:mailto:sarah.klein@helixdrive.com
UID:lever-9c2e7a51-0d4f-4b6a-8e13-f5a2c7b9d041
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Klein;X-NUM-GUESTS=0:mailto:sar
 ah.klein@helixdrive.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe;X-NUM-GU
 ESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251020T110821Z
DESCRIPTION:{D}
LAST-MODIFIED:20251020T110822Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Helix Drive Systems: Interview with Sarah Klein (VP Operations)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Helix Drive Systems", "Head of Supply Chain & Logistics", "hiring_manager", "sarah.klein@helixdrive.com",
      "lever-hiring-manager-en"), D="""
Hi Kenji,

Looking forward to our conversation about the Head of Supply Chain & Logistics role at Helix Drive Systems.
The role reports to me, so I'd like to understand how you've built planning and logistics teams before,
and share what we're facing with our e-axle ramp-up in Nuremberg.

Sarah Klein
VP Operations, Helix Drive Systems GmbH

Scheduled via Lever

""" + meet("en", "hux-abnr-qzc", "630184275")),
    ev("lever-case-debrief-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251110T130000Z
DTEND:20251110T143000Z
DTSTAMP:20251103T084504Z
ORGANIZER;CN=Lena Vogt:mailto:lena.vogt@helixdrive.com
UID:lever-1b8f3d60-72ac-4e95-a0c7-3e9d5f1b2a86
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Klein;X-NUM-GUESTS=0:mailto:sar
 ah.klein@helixdrive.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ömer Çelik;X-NUM-GUESTS=0:mailto:oeme
 r.celik@helixdrive.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe;X-NUM-GU
 ESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251103T084503Z
DESCRIPTION:{D}
LAST-MODIFIED:20251103T084504Z
LOCATION:Helix Drive Systems\, Frankenstraße 210\, 90461 Nürnberg\, Room "Pegnitz"
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case study debrief – Kenji Watanabe / Helix Drive Systems
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Helix Drive Systems", "Head of Supply Chain & Logistics", "technical",
      "sarah.klein@helixdrive.com;oemer.celik@helixdrive.com", "lever-candidate-case-debrief-en"), D="""
Hi Kenji,

thanks for sending your take-home case! In this session you'll walk Sarah Klein (VP Operations) and Ömer Çelik
(Director Procurement) through your analysis of the e-axle inbound network (20 min), followed by Q&A.

I'm the coordinator for your process – ping me with any questions.
Lena Vogt, Talent Acquisition

Scheduled via Lever
"""),
    ev("outlook-romance-final-fr", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Moreau, Claire":mailto:claire.moreau@lutetia-equipements.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Garnier, Philippe":mailto:philippe.garnier@lut
 etia-equipements.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moreau, Claire":mailto:claire.moreau@lutetia-
 equipements.fr
DESCRIPTION;LANGUAGE=fr-FR:{D}
UID:040000008200E00074C5B7101A82E0080000000082D7F3A1C49CDC01000000000000000010000000F4B8E2D6A0C3195E
 7A2C5F8B1D4E6093
SUMMARY;LANGUAGE=fr-FR:Entretien final – Head of Supply Chain site de Sarrelouis (K. Watanabe)
DTSTART;TZID=Romance Standard Time:20251209T110000
DTEND;TZID=Romance Standard Time:20251209T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T153518Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Lutetia Équipements Automobiles", "Head of Supply Chain", "final",
      "philippe.garnier@lutetia-equipements.fr;claire.moreau@lutetia-equipements.fr", "outlook-romance-zone-final-fr"),
       RAW_TZ=TZ_ROMANCE, RAW_X=outlook_x(0, "-1877230045"), D="""
Bonjour Monsieur Watanabe,

Suite à vos échanges avec l'équipe du site de Sarrelouis, nous avons le plaisir de vous convier à l'entretien final
avec Philippe Garnier, Directeur Industriel Europe, et moi-même. L'entretien se déroulera en anglais.

Bien cordialement,
Claire Moreau
DRH Groupe – Lutetia Équipements Automobiles

""" + teams("fr", "319 774 503 281", "Lt6Fe3", "ZjkwMWE3")),
    ev("workday-spanish-hm-es", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-REQ-77106-e03b5d19c4@myworkday.com
DTSTAMP:20251105T095012Z
DTSTART:20251114T090000Z
DTEND:20251114T100000Z
SUMMARY:Entrevista: Director/a de Cadena de Suministro – Planta Zwickau (Alemania)
ORGANIZER;CN=Ebrotec Talento:mailto:ebrotec@myworkday.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Javier Lasheras;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:j.lasheras@ebrotec.com
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Ebrotec Automoción", "Director/a de Cadena de Suministro", "hiring_manager", "j.lasheras@ebrotec.com",
      "workday-spanish-template-es"), D="""
Hola Kenji:

Se ha programado una entrevista.

Puesto: Director/a de Cadena de Suministro – Planta Zwickau (Alemania) (REQ-77106)
Fecha: viernes, 14 de noviembre de 2025
Hora: 10:00 - 11:00 (hora de Europa central)
Entrevistador: Javier Lasheras, Director de Operaciones Europa (responsable de la vacante)
Idioma de la entrevista: inglés

Ebrotec Automoción S.A. – Grupo Ebrotec | Zaragoza
Este es un mensaje automático de Workday. No responda a este correo.

""" + teams("es", "327 405 618 992", "Eb5Zr8", "NDdkMmU1")),
    ev("homerun-round1-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Homerun Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:homerun-c41d8e-2025-veluwe-33190@homerun.co
DTSTAMP:20251024T072211Z
DTSTART:20251031T093000Z
DTEND:20251031T103000Z
SUMMARY:Interview round 1 – Head of Supply Chain (Veluwe Packaging)
ORGANIZER;CN=Lotte de Graaf:mailto:lotte.degraaf@veluwepack.nl
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Lotte de Graaf;PARTSTAT=ACCEPTED:mailto:lotte.degraaf@veluwepack.nl
ATTENDEE;CN=Mark Smit;PARTSTAT=ACCEPTED:mailto:mark.smit@veluwepack.nl
LOCATION:Google Meet
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Veluwe Packaging", "Head of Supply Chain", "", "lotte.degraaf@veluwepack.nl;mark.smit@veluwepack.nl",
      "homerun-first-round-en"), D="""
Hi Kenji!

Great news – we'd love to get to know you better. You'll be talking to Lotte de Graaf (People Lead) and Mark Smit
(Operations Director) about the Head of Supply Chain role at Veluwe Packaging in Apeldoorn.

See you soon!
Team Veluwe Packaging

""" + meet("en", "wrk-eyqt-dcv", "592013378")),
    ev("google-japanese-screen-ja", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251021T110000
DTEND;TZID=Europe/Berlin:20251021T114500
DTSTAMP:20251014T064010Z
ORGANIZER;CN=佐藤 美咲:mailto:misaki.sato@kuroshio-precision.eu
UID:5b0sh2kq9dr6e1m3tjc7vn8alp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=佐藤 美咲;X-NUM-GUESTS=0:mailto:mis
 aki.sato@kuroshio-precision.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=渡辺 健二;X-NUM-GUESTS=0
 :mailto:kenji.watanabe@gmx.de
CREATED:20251014T064009Z
DESCRIPTION:{D}
LAST-MODIFIED:20251014T064010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【一次面接】黒潮精密ヨーロッパ – General Manager Supply Chain Europe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Kuroshio Precision Europe", "General Manager Supply Chain Europe", "recruiter_screen",
      "misaki.sato@kuroshio-precision.eu", "google-recruiter-screen-ja"), RAW_TZ=TZ_BERLIN, D="""
渡辺 健二 様

この度は Kuroshio Precision Europe GmbH（デュッセルドルフ）の General Manager Supply Chain Europe 職にご応募いただき、
誠にありがとうございます。一次面接（人事面談、約45分）を下記の通り設定いたしました。
面接担当：人事部マネージャー 佐藤 美咲

当日は Google Meet にてお願いいたします。ご都合が悪い場合はご連絡ください。

よろしくお願いいたします。
佐藤

""" + meet("en", "kpe-jvxa-tmh", "883106427")),
    ev("teams-final-president-en", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Sato, Misaki":mailto:misaki.sato@kuroshio-precision.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mori, Takeshi":mailto:mori.takeshi@kuroshio-p
 recision.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vogel, Dr. Katrin":mailto:k.vogel@kuroshio-pr
 ecision.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ito, Yuka (Executive Assistant)":mailto:yuka
 .ito@kuroshio-precision.co.jp
DESCRIPTION;LANGUAGE=en-US:{D}
UID:040000008200E00074C5B7101A82E00800000000A3B9C0E5D21DDC01000000000000000010000000C8E1F5A3B7D0426F
 9B4D2A6E0C8F3175
SUMMARY;LANGUAGE=en-US:Final interview with President (Tokyo HQ joining) – GM Supply Chain Europe
DTSTART;TZID=W. Europe Standard Time:20251211T080000
DTEND;TZID=W. Europe Standard Time:20251211T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T023312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Düsseldorf office\, Immermannstraße 40\, 5F / Microsoft Teams (Tokyo)
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Kuroshio Precision Europe", "General Manager Supply Chain Europe", "final",
      "mori.takeshi@kuroshio-precision.co.jp;k.vogel@kuroshio-precision.eu", "outlook-final-president-ja-line-en"),
       RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "1188074406"), D="""
Dear Watanabe-san,

Thank you very much for your time so far. For the final interview, our President Mr. Takeshi Mori will join from
Tokyo via Teams (16:00 JST), and Dr. Katrin Vogel, Managing Director Europe, will meet you in person in Düsseldorf.
Ms. Ito (Executive Assistant to the President) will only handle the connection.

最終面接は英語と日本語で行います。

Best regards,
Misaki Sato
HR Manager, Kuroshio Precision Europe GmbH

""" + teams("en", "366 802 417 530", "Kp9Rt1", "MGE3ZjQ4")),
]
