"""Holdout12 German mail (Frankfurt, Luxembourg), each message written on its own."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail

MAILS: list[Mail] = [
    M("rejection", "de", "warm", "Kreditbank Rheinau AG", "KYC-Analyst (m/w/d)", "plain/iso-8859-1/qp",
      ("Katharina Vogt", "katharina.vogt@kreditbank-rheinau.de"), "Ihre Bewerbung als KYC-Analyst (m/w/d)",
      """Sehr geehrte Frau Bello,

vielen Dank für das angenehme Gespräch am Dienstag. Ihre Erfahrung mit der Prüfung komplexer
Gesellschaftsstrukturen hat uns wirklich beeindruckt.

Dennoch haben wir uns nach reiflicher Überlegung für eine Kandidatin entschieden, die bereits Erfahrung im
deutschen Geldwäscherecht mitbringt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Katharina Vogt
Personalreferentin
Kreditbank Rheinau AG · Sitz Frankfurt am Main · Amtsgericht Frankfurt HRB 99321"""),
    M("rejection", "de", "no_interview", "Zahlwerk GmbH", "Compliance Analyst (w/m/d)", "html//qp",
      ("Zahlwerk Recruiting", "noreply@personio.de"), "Deine Bewerbung bei Zahlwerk",
      """Hallo Aisha,

danke für deine Bewerbung als Compliance Analyst bei Zahlwerk! Wir haben uns dein Profil genau angeschaut,
können dir aber leider kein Interview anbieten. Für die Stelle suchen wir jemanden mit sehr guten
Deutschkenntnissen im Umgang mit der BaFin.

Wir wünschen dir viel Erfolg!
Dein Zahlwerk People Team""", reply_to="jobs@zahlwerk.de", extra={"ats": "Personio"}),
    M("rejection", "de", "talent_pool", "Mainbrück Versicherung AG", "Referent Geldwäscheprävention (m/w/d)",
      "alt//qp",
      ("Mainbrück Karriere", "karriere@mainbrueck-versicherung.de"), "Absage – Referent Geldwäscheprävention",
      """Sehr geehrte Frau Bello,

herzlichen Dank für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger Prüfung müssen wir Ihnen leider
mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne würden wir Ihre Unterlagen in unseren Talentpool aufnehmen, um bei passenden Vakanzen auf Sie
zuzukommen. Sollten Sie damit nicht einverstanden sein, geben Sie uns bitte kurz Bescheid.

Freundliche Grüße
Ihr Recruiting-Team der Mainbrück Versicherung AG"""),
    M("rejection", "de", "rescinded", "Taunus Privatbank", "Analystin Financial Crime", "plain/utf-8/qp",
      ("Jörg Albrecht", "joerg.albrecht@taunus-privatbank.de"), "AW: Vertragsangebot",
      """Liebe Frau Bello,

es tut mir sehr leid, Ihnen mitteilen zu müssen, dass wir unser Vertragsangebot vom letzten Donnerstag
zurückziehen müssen. Der Vorstand hat im Zuge der Fusion mit der Hessischen Handelsbank einen sofortigen
Einstellungsstopp beschlossen, der auch bereits unterschriebene Zusagen betrifft, deren Beginn nach dem 1.
des Monats liegt.

Ich weiß, wie ärgerlich das ist, und stehe gern für ein Gespräch zur Verfügung.

Herzliche Grüße
Jörg Albrecht""", quote="acc"),
    M("rejection", "de", "typo_lower", "Helvetor Payments GmbH", "Transaction Monitoring Analyst", "plain/utf-8/8bit",
      ("tobias", "tobias@helvetor.de"), "tm analyst",
      """hi aisha,

kurze info: wir haben uns leider für jemand anderen entschieden, sorry. war knapp!

vg tobias

Von meinem iPhone gesendet"""),
    M("rejection", "de", "after_assessment", "Luxfid S.A.", "Compliance Officer KYC", "html//b64",
      ("Luxfid Human Resources", "hr@luxfid.lu"), "Ihre Fallstudie",
      """Sehr geehrte Frau Bello,

vielen Dank für die Bearbeitung unserer Fallstudie zur Prüfung eines Investmentfonds-Kunden.

Leider müssen wir Ihnen mitteilen, dass wir Sie nicht in die nächste Runde einladen werden. Ihre Analyse war
gut strukturiert, die Risikobewertung der luxemburgischen Holdinggesellschaft blieb jedoch zu allgemein.

Mit freundlichen Grüßen
Human Resources
Luxfid S.A., Luxembourg"""),
    M("rejection", "de", "status_portal", "Kreditbank Rheinau AG", "Sanktionsanalyst (m/w/d)", "html//qp",
      ("Kreditbank Rheinau Karriere", "kreditbank-rheinau@successfactors.eu"), "Statusänderung Ihrer Bewerbung",
      """Guten Tag Frau Bello,

der Status Ihrer Bewerbung auf die Position Sanktionsanalyst (m/w/d) hat sich geändert:

Status: Absage – Stelle besetzt

Vielen Dank für Ihr Interesse an der Kreditbank Rheinau.""", extra={"ats": "SuccessFactors"}),
    M("offer", "de", "formal", "Kreditbank Rheinau AG", "KYC-Analyst (m/w/d)", "alt//qp",
      ("Katharina Vogt", "katharina.vogt@kreditbank-rheinau.de"), "Vertragsangebot KYC-Analyst",
      """Sehr geehrte Frau Bello,

wir freuen uns sehr, Ihnen die Position als KYC-Analystin in unserem Team Client Onboarding anbieten zu
können. Anbei erhalten Sie unser Vertragsangebot mit einem Jahresbruttogehalt von 62.000 EUR.

Das Angebot steht unter dem Vorbehalt einer erfolgreichen Zuverlässigkeitsprüfung (SCHUFA-Auskunft und
Führungszeugnis). Bitte senden Sie uns den unterschriebenen Vertrag bis zum {DUE} zurück.

Mit freundlichen Grüßen
Katharina Vogt"""),
    M("offer", "de", "casual", "Zahlwerk GmbH", "Compliance Analyst (w/m/d)", "plain/utf-8/8bit",
      ("Lena Hartmann", "lena@zahlwerk.de"), "Zusage!",
      """Hi Aisha,

wir würden dich sehr gerne im Team haben! Alle waren nach dem Case begeistert. Den Vertrag schicke ich dir
morgen, lass uns vorher noch kurz telefonieren?

Liebe Grüße
Lena"""),
    M("offer", "de", "conditional_references", "Luxfid S.A.", "Compliance Officer KYC", "plain/iso-8859-1/8bit",
      ("Marc Weber", "marc.weber@luxfid.lu"), "Nach unserem Telefonat",
      """Liebe Frau Bello,

wie soeben telefonisch besprochen, möchten wir Ihnen die Stelle als Compliance Officer KYC anbieten –
vorbehaltlich positiver Referenzen. Bitte nennen Sie mir zwei Referenzgeber; den Vertrag erhalten Sie dann
von unserer Personalabteilung.

Beste Grüße
Marc Weber"""),
    M("offer", "de", "offer_unfortunately", "Mainbrück Versicherung AG", "Referent Geldwäscheprävention (m/w/d)",
      "plain/windows-1252/qp",
      ("Stefan Krämer", "stefan.kraemer@mainbrueck-versicherung.de"), "Ihr Angebot",
      """Sehr geehrte Frau Bello,

ich freue mich, Ihnen die Stelle als Referentin Geldwäscheprävention anbieten zu dürfen. Leider können wir
beim Gehalt nicht ganz auf Ihre Vorstellung eingehen; wir bieten 58.000 EUR plus Bonus. Den Vertragsentwurf
finden Sie im Anhang.

Freundliche Grüße
Stefan Krämer"""),
    M("next_step", "de", "reschedule_unfortunately", "Kreditbank Rheinau AG", "Sanktionsanalyst (m/w/d)",
      "plain/utf-8/qp",
      ("Katharina Vogt", "katharina.vogt@kreditbank-rheinau.de"), "Verschiebung Ihres Gesprächs",
      """Sehr geehrte Frau Bello,

leider muss Herr Brandt unser Gespräch am Donnerstag absagen. Könnten Sie stattdessen am {SLOT} um 10 Uhr?
Das Gespräch findet weiterhin per MS Teams statt.

Mit freundlichen Grüßen
Katharina Vogt"""),
    M("next_step", "de", "case_study", "Luxfid S.A.", "Compliance Officer KYC", "alt//b64",
      ("Luxfid Human Resources", "hr@luxfid.lu"), "Nächster Schritt: Fallstudie",
      """Sehr geehrte Frau Bello,

vielen Dank für das erste Gespräch. Als nächsten Schritt senden wir Ihnen eine Fallstudie zu einem
Fondskunden. Bitte reichen Sie Ihre Ausarbeitung bis zum {DUE} ein. Im Anschluss melden wir uns innerhalb
von 5 Arbeitstagen nach Eingang bei Ihnen.

Mit freundlichen Grüßen
HR Luxfid"""),
    M("next_step", "de", "assessment_centre", "Mainbrück Versicherung AG", "Trainee Compliance (m/w/d)", "html//qp",
      ("Mainbrück Karriere", "karriere@mainbrueck-versicherung.de"), "Einladung zum Assessment Center",
      """Sehr geehrte Frau Bello,

wir laden Sie herzlich zu unserem Assessment Center für das Traineeprogramm Compliance am {SLOT} in
Frankfurt ein. Der Tag umfasst eine Gruppenübung, eine Präsentation und ein Einzelinterview. Die
Entscheidung teilen wir Ihnen bis Ende nächster Woche mit.

Freundliche Grüße
Ihr Recruiting-Team""", promise=("eonw", 0)),
    M("next_step", "de", "slots", "Zahlwerk GmbH", "Compliance Analyst (w/m/d)", "plain/utf-8/8bit",
      ("Lena Hartmann", "lena@zahlwerk.de"), "Zweites Gespräch",
      """Hi Aisha,

danke für das nette Kennenlernen! Wir würden dich gern zu einem zweiten Gespräch mit unserem MLRO einladen.
Passt dir {SLOT} oder {SLOT2} jeweils um 15 Uhr?

Liebe Grüße
Lena"""),
    M("next_step", "de", "references", "Taunus Privatbank", "Analystin Financial Crime", "plain/iso-8859-1/8bit",
      ("Jörg Albrecht", "joerg.albrecht@taunus-privatbank.de"), "Referenzen",
      """Liebe Frau Bello,

Sie sind in der engeren Auswahl. Bevor wir entscheiden, würden wir gern mit zwei Referenzgebern sprechen –
könnten Sie mir Kontakte nennen? Eine Entscheidung erhalten Sie spätestens Freitag.

Herzliche Grüße
Jörg Albrecht""", promise=("weekday", 4)),
    M("pending", "de", "still_reviewing", "Kreditbank Rheinau AG", "Compliance Analyst (m/w/d)",
      "html/iso-8859-1/qp",
      ("Katharina Vogt", "katharina.vogt@kreditbank-rheinau.de"), "AW: Nachfrage zu meiner Bewerbung",
      """Sehr geehrte Frau Bello,

vielen Dank für Ihre Nachfrage. Das Auswahlverfahren ist noch nicht abgeschlossen. Wir rechnen mit einer
Entscheidung bis Ende {M}.

Mit freundlichen Grüßen
Katharina Vogt""", promise=("eom", 0), quote="fu", extra={"qs": "outlook"}),
    M("pending", "de", "on_hold", "Helvetor Payments GmbH", "Transaction Monitoring Analyst", "plain/utf-8/qp",
      ("Helvetor People", "people@helvetor.de"), "Update zur Stelle",
      """Hallo Aisha,

kurzes Update: Die Stelle ist aktuell leider auf Eis gelegt, da wir nach der Übernahme durch die Nordpay Group
unsere Struktur neu aufstellen. Deine Bewerbung bleibt aber aktiv, wir melden uns, sobald es weitergeht.

Viele Grüße
Helvetor People Team"""),
    M("pending", "de", "delay", "Luxfid S.A.", "Compliance Officer KYC", "alt//qp",
      ("Marc Weber", "marc.weber@luxfid.lu"), "Ihre Bewerbung – Verzögerung",
      """Liebe Frau Bello,

entschuldigen Sie die Verzögerung. Unser Compliance-Ausschuss tagt erst nächste Woche; Sie erhalten unsere
Rückmeldung innerhalb von 10 Tagen.

Beste Grüße
Marc Weber""", promise=("days", 10)),
    M("pending", "de", "background_check", "Mainbrück Versicherung AG", "Referent Geldwäscheprävention (m/w/d)",
      "plain/utf-8/b64",
      ("Mainbrück Personal", "personal@mainbrueck-versicherung.de"), "Zuverlässigkeitsprüfung",
      """Sehr geehrte Frau Bello,

wir haben Ihre Unterlagen für die Zuverlässigkeitsprüfung erhalten und an unseren Dienstleister
weitergeleitet. Sobald das Ergebnis vorliegt, melden wir uns bei Ihnen.

Freundliche Grüße
Personalabteilung"""),
    M("pending", "de", "waitlist", "Taunus Privatbank", "Trainee Compliance", "plain/iso-8859-1/8bit",
      ("Jörg Albrecht", "joerg.albrecht@taunus-privatbank.de"), "Traineeprogramm",
      """Liebe Frau Bello,

Sie haben im Auswahltag sehr gut abgeschnitten. Derzeit sind alle Plätze vergeben, wir haben Sie aber auf
unsere Nachrückliste gesetzt. Bis zum {D} wissen wir, ob ein Platz frei wird, und geben Ihnen dann Bescheid.

Herzliche Grüße
Jörg Albrecht""", promise=("explicit", 18)),
    M("acknowledgement", "de", "received", "Kreditbank Rheinau AG", "KYC-Analyst (m/w/d)", "html//qp",
      ("Kreditbank Rheinau Karriere", "kreditbank-rheinau@successfactors.eu"), "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrte Frau Bello,

vielen Dank für Ihre Bewerbung als KYC-Analyst (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.
Wir melden uns innerhalb von 3 Wochen bei Ihnen.

Ihr Recruiting-Team""", promise=("days", 21), extra={"ats": "SuccessFactors"}),
    M("acknowledgement", "de", "received_portal", "Zahlwerk GmbH", "Compliance Analyst (w/m/d)", "html//b64",
      ("Zahlwerk Recruiting", "noreply@personio.de"), "Danke für deine Bewerbung!",
      """Hallo Aisha,

vielen Dank für deine Bewerbung bei Zahlwerk! Wir haben sie erhalten und schauen sie uns in Ruhe an. Du hörst
bis spätestens Mittwoch von uns.

Dein Zahlwerk People Team""", promise=("weekday", 2), reply_to="jobs@zahlwerk.de", extra={"ats": "Personio"}),
    M("acknowledgement", "de", "received_docs", "Luxfid S.A.", "Compliance Officer KYC", "plain/utf-8/qp",
      ("Luxfid Human Resources", "hr@luxfid.lu"), "Ihre Unterlagen",
      """Sehr geehrte Frau Bello,

wir bestätigen den Erhalt Ihrer Zeugnisse und des ausgefüllten Fragebogens. Vielen Dank. Wir melden uns bis
Ende nächster Woche mit dem weiteren Vorgehen.

Mit freundlichen Grüßen
HR Luxfid""", promise=("eonw", 0)),
    M("acknowledgement", "de", "ack_offer_word", "Mainbrück Versicherung AG", "Trainee Compliance (m/w/d)",
      "plain/windows-1252/8bit",
      ("Mainbrück Karriere", "karriere@mainbrueck-versicherung.de"), "Ihre Bewerbung ist bei uns eingegangen",
      """Sehr geehrte Frau Bello,

vielen Dank für Ihre Bewerbung für unser Traineeprogramm. Ihre Unterlagen sind vollständig bei uns
eingegangen. Informationen zu unserem Angebot für Trainees finden Sie auf unserer Karriereseite.

Freundliche Grüße
Recruiting"""),
    M("auto_reply", "de", "out_of_office", "Kreditbank Rheinau AG", "KYC-Analyst (m/w/d)", "plain/iso-8859-1/8bit",
      ("Katharina Vogt", "katharina.vogt@kreditbank-rheinau.de"), "Abwesenheitsnotiz: Ihre Bewerbung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {DUE} nicht im Büro. In dringenden Fällen
wenden Sie sich bitte an recruiting@kreditbank-rheinau.de.

Katharina Vogt""", extra={"auto": "auto-replied"}),
    M("auto_reply", "de", "left_company", "Helvetor Payments GmbH", "Transaction Monitoring Analyst",
      "plain/utf-8/8bit",
      ("tobias", "tobias@helvetor.de"), "Automatische Antwort: Nachfrage",
      """Tobias ist nicht mehr bei Helvetor tätig. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich
an people@helvetor.de.""", extra={"auto": "auto-replied"}),
    M("other", "de", "job_alert", "StepStone", "", "html//qp",
      ("StepStone Jobagent", "jobagent@stepstone.de"), "5 neue Jobs für „KYC Analyst Frankfurt“",
      """Ihr Jobagent hat neue Stellen gefunden:

- KYC Analyst (m/w/d) – Kreditbank Rheinau AG – Frankfurt – Bewerbungsschluss {DUE}
- AML Specialist – Helvetor Payments – Remote
- Compliance Referent – Mainbrück Versicherung – Wir bieten: 30 Tage Urlaub

Leider konnten wir nicht alle Treffer anzeigen.""", extra={"ats": "StepStone", "precedence": "bulk"}),
    M("other", "de", "withdrawal", "Zahlwerk GmbH", "Compliance Analyst (w/m/d)", "reply/utf-8/qp",
      ("Lena Hartmann", "lena@zahlwerk.de"), "Re: Rückzug meiner Bewerbung",
      """Hi Aisha,

schade, aber total verständlich – danke für die offene Nachricht! Ich habe deine Bewerbung zurückgezogen.
Alles Gute für den neuen Job!

Lena""", quote="ich habe ein anderes Angebot angenommen und möchte meine Bewerbung daher zurückziehen.",
      extra={"qs": "gmail"}),
    M("other", "de", "interviewer", "Whitcombe Leigh LLP", "Praktikant Rechtsabteilung", "plain/utf-8/qp",
      ("Anna Schuster", "anna.schuster@whitcombeleigh.de"), "Interviews Praktikanten Frankfurt",
      """Hallo Aisha,

könntest du am {SLOT} bei den Praktikanten-Interviews für das Frankfurter Büro dabei sein? Es sind zwei
Kandidaten; wir müssen bis Montag entscheiden, wem wir eine Zusage geben.

Danke dir!
Anna"""),
]
