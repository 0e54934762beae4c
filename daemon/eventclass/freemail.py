"""Personal mail providers: an address on one is a private person's (or the user's private one), never a company's
nor the user's employer's."""

from __future__ import annotations

from afterview.daemon.eventclass.reserved import without_reserved

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.de", "hotmail.fr",
    "hotmail.es", "hotmail.co.uk", "live.com", "live.de", "live.fr", "msn.com", "yahoo.com",
    "yahoo.de", "yahoo.fr", "yahoo.es", "yahoo.co.uk", "ymail.com", "aol.com", "gmx.de", "gmx.net",
    "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "icloud.com", "me.com",
    "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "mail.com", "zoho.com",
    "yandex.com", "yandex.ru", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr",
    "hey.com", "fastmail.com", "fastmail.fm", "tutanota.com", "tuta.io", "posteo.de", "posteo.net",
    "mailbox.org", "qq.com", "163.com", "libero.it", "seznam.cz", "wp.pl", "telefonica.net",
    # national providers of Switzerland, Italy, Austria, Germany, France, Spain and the UK
    "bluewin.ch", "hispeed.ch", "sunrise.ch", "tiscali.it", "virgilio.it", "alice.it", "tin.it", "email.it",
    "fastwebnet.it", "aon.at", "chello.at", "arcor.de", "neuf.fr", "club-internet.fr", "aliceadsl.fr", "bbox.fr",
    "numericable.fr", "terra.es", "ono.com", "btinternet.com", "virginmedia.com", "ntlworld.com", "talktalk.net",
    # ... and the consumer providers of other countries: a private address on one of them read as the employer's
    # puts the user "at work" in every invitation sent there (Ireland, the UK, North America, Australia and New
    # Zealand, the Low Countries, Portugal, the Nordics, Central and Eastern Europe, Latin America, Asia)
    "eircom.net", "iol.ie", "sky.com", "blueyonder.co.uk", "tiscali.co.uk", "plus.com", "aol.co.uk",
    "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "cox.net", "charter.net", "earthlink.net",
    "bellsouth.net", "optonline.net", "shaw.ca", "rogers.com", "sympatico.ca", "videotron.ca", "bigpond.com",
    "optusnet.com.au", "xtra.co.nz", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl", "xs4all.nl",
    "telenet.be", "skynet.be", "proximus.be", "vodafonemail.de", "kabelmail.de", "online.de", "a1.net", "sapo.pt",
    "netcabo.pt", "online.no", "telia.com", "o2.pl", "interia.pl", "onet.pl", "centrum.cz", "email.cz", "mail.ru",
    "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "rediffmail.com", "naver.com", "hanmail.net", "daum.net",
    "uol.com.br", "bol.com.br", "terra.com.br", "126.com", "sina.com", "movistar.es", "orange.es", "pt.lu",
    "vtr.net", "fibertel.com.ar", "arnet.com.ar", "speedy.com.ar", "prodigy.net.mx", "bigpond.net.au",
    "euskaltel.net", "euskaltel.com", "jazztel.es", "ya.com",  # the Basque Country's and Spain's other providers
})
FREE_MAIL_PREFIXES = ("yahoo.", "hotmail.", "gmx.", "outlook.", "live.")


def is_free_mail(domain: str | None) -> bool:
    """Given a mail domain, returns whether it is a personal mail provider."""
    if not domain:
        return False
    domain = without_reserved(domain.lower())[0]
    return domain in FREE_MAIL_DOMAINS or domain.startswith(FREE_MAIL_PREFIXES)
